import { expect, test } from 'vitest';
import { parseXldDate } from './dates.ts';

test.each([
  ['2014-08-08T19:51:17.993+0000', Date.UTC(2014, 7, 8, 19, 51, 17, 993)],
  ['2012-06-28T12:22:55.741+0200', Date.UTC(2012, 5, 28, 10, 22, 55, 741)],
  ['2012-06-28T12:22:55.741+02:00', Date.UTC(2012, 5, 28, 10, 22, 55, 741)],
  ['2017-05-01T13:00:00.000-0000', Date.UTC(2017, 4, 1, 13)],
  ['2017-05-01T13:00:00-0530', Date.UTC(2017, 4, 1, 18, 30)],
  ['2024-02-28T01:57:06.127Z', Date.UTC(2024, 1, 28, 1, 57, 6, 127)],
  ['2024-02-28T01:57:06.127456Z', Date.UTC(2024, 1, 28, 1, 57, 6, 127)],
  ['2024-02-28T01:57', Date.UTC(2024, 1, 28, 1, 57)],
  ['2024-02-29', Date.UTC(2024, 1, 29)],
  [' 2014-08-08T19:51:17.993+0000\n', Date.UTC(2014, 7, 8, 19, 51, 17, 993)],
])('reads %j as its instant', (text, epochMs) => {
  expect(parseXldDate(text)).toEqual({ text: text.trim(), epochMs });
});

test.each([
  'Wed, 20 Jun 12 12:15:09 CEST',
  '2023-02-29T00:00:00.000+0000',
  '2014-13-08T19:51:17.993+0000',
  '2014-08-08T24:00:00.000+0000',
  '0099-08-08T10:00:00.000+0000',
  '1407527477993',
  'yesterday',
])('keeps %j as text without an instant', (text) => {
  expect(parseXldDate(text)).toEqual({ text, epochMs: undefined });
});
