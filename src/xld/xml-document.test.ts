// The safety of reading: what is refused before or instead of parsing, and
// how the refusal is worded.
import { expect, test } from 'vitest';
import { XldResponseError } from './errors.ts';
import { parseTaskState, parseTaskStateList } from './parse.ts';
import { findWellFormednessError } from './xml-well-formed.ts';

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof XldResponseError) return error.message;
    throw error;
  }
  throw new Error('the response was accepted');
}

test('a DOCTYPE is refused before any entity could expand', () => {
  const billionLaughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><task id="&lol2;"/>';
  expect(refusal(() => parseTaskState(billionLaughs))).toContain(
    'DOCTYPE or entity declaration is not allowed',
  );
  expect(
    refusal(() => parseTaskState('<!entity x "y"><task id="1"/>')),
  ).toContain('not allowed');
});

test('a body above the limit is refused without being parsed', () => {
  const text = `<list>${'<task id="t"/>'.repeat(10)}</list>`;
  expect(refusal(() => parseTaskStateList(text, { maxChars: 50 }))).toContain(
    'too large',
  );
  expect(parseTaskStateList(text, { maxChars: text.length })).toHaveLength(10);
});

test('the wrong root element is named, an HTML page recognised', () => {
  expect(refusal(() => parseTaskState('<list/>'))).toBe(
    'The response is not what XL Deploy sends: expected <task>, got <list>.',
  );
  expect(
    refusal(() => parseTaskStateList('<html><body>Sign in</body></html>')),
  ).toContain('got <html> (an HTML page, perhaps from a proxy');
});

test('an empty body, plain text and JSON are not XML', () => {
  expect(refusal(() => parseTaskState(''))).toBe('The response is empty.');
  expect(refusal(() => parseTaskState('Service Unavailable'))).toContain(
    'not XML',
  );
  expect(refusal(() => parseTaskState('{"id": "t"}'))).toContain('not XML');
});

test('a task without an id is refused', () => {
  expect(refusal(() => parseTaskState('<task state="PENDING"/>'))).toBe(
    'A task in the response has no id.',
  );
});

test('element names that would pollute prototypes are refused', () => {
  expect(
    refusal(() => parseTaskState('<task id="t"><constructor/></task>')),
  ).toContain('could not be read');
});

test.each([
  ['<list><task id="a"/>', '<list> is not closed: the response is cut short'],
  ['<list></task></list>', '</task> where </list> was expected (line 1)'],
  ['<a/><b/>', 'a second root element <b> (line 1)'],
  ['text<a/>', 'text outside the root element (line 1)'],
  ['<a/>\ntrailing', 'text outside the root element (line 1)'],
  ['<a>\n<!-- open', 'unterminated comment or section (line 2)'],
  ['<a b="1 > 2"', 'unterminated tag (line 1)'],
  ['</a>', '</a> closes nothing (line 1)'],
  ['< a/>', 'a tag without a name (line 1)'],
  ['  \n ', 'it has no element'],
])('%j is not well-formed: %s', (text, problem) => {
  expect(findWellFormednessError(text)).toBe(problem);
});

test.each([
  '<a/>',
  '<?xml version="1.0"?>\n<!-- note --><a b="x > y" c=\'/>\'>t</a>\n',
  '<a><![CDATA[ </b> <c> ]]><b/></a>',
  '<a><log>  raw\n</log></a>',
])('%j is well-formed', (text) => {
  expect(findWellFormednessError(text)).toBeUndefined();
});

test('a byte order mark and CRLF line ends read as XML reads them', () => {
  const task = parseTaskState(
    '\uFEFF<?xml version="1.0"?>\r\n<task id="t">\r\n' +
      '<description>a\r\nb</description></task>\r\n',
  );
  expect(task.id).toBe('t');
  expect(task.description).toBe('a\nb');
});
