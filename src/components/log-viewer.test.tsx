import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { LogViewer } from './log-viewer.tsx';

test('a 10 MB log draws only the lines in view, whitespace kept', () => {
  const line = '  copying chunk\twith a tab and trailing spaces   ';
  const count = Math.ceil((10 * 1024 * 1024) / (line.length + 1));
  const text = Array.from({ length: count }, () => line).join('\n');

  render(<LogViewer label="Log of Upload" text={text} />);

  const log = screen.getByRole('log', { name: 'Log of Upload' });
  const drawn = log.querySelectorAll('[data-log-line]');
  expect(count).toBeGreaterThan(200_000);
  expect(drawn.length).toBeGreaterThan(10);
  expect(drawn.length).toBeLessThan(100);
  expect(drawn[0]?.textContent).toBe(line);
  expect(
    within(log).getAllByText(line, { normalizer: (s) => s })[0],
  ).toHaveClass('whitespace-pre');
});
