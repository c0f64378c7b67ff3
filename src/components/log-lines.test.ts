import { expect, test } from 'vitest';
import { MAX_LINE_CHARS, splitLog } from './log-lines.ts';

test('keeps leading spaces and tabs and drops only the final line break', () => {
  const { lines } = splitLog('first\n  indented\n\ttabbed\r\nlast\n');

  expect(lines).toEqual(['first', '  indented', '\ttabbed', 'last']);
});

test('cuts a very long line into pieces a screen can draw', () => {
  const { lines, widestChars } = splitLog('x'.repeat(MAX_LINE_CHARS * 2 + 5));

  expect(lines.map((line) => line.length)).toEqual([
    MAX_LINE_CHARS,
    MAX_LINE_CHARS,
    5,
  ]);
  expect(widestChars).toBe(MAX_LINE_CHARS);
});

test('an empty log is one empty line', () => {
  expect(splitLog('').lines).toEqual(['']);
});
