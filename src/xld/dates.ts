// XL Deploy's dates: `2014-08-08T19:51:17.993+0000` in real output, with the
// offset written without a colon, which not every JavaScript date parser
// accepts. Read by hand, so that the instant is right in every browser.
import type { XldDate } from './types.ts';

// `2014-08-08T19:51:17.993+0000`: the day, an optional time, an offset.
const DAY = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const CLOCK = String.raw`(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?`;
const TIME = `(?:[T ]${CLOCK})?`;
const OFFSET = String.raw`(Z|[+-]\d{2}(?::?\d{2})?)?`;
const ISO_DATE = new RegExp(`^${DAY}${TIME}\\s*${OFFSET}$`, 'i');

const MS_PER_MINUTE = 60_000;

/** The offset from UTC in minutes: `+0200`, `+02:00`, `+02`, `Z`. */
function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined || offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes);
}

function toEpochMs(match: RegExpExecArray): number | undefined {
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const parts = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    ms: Number((fraction ?? '0').padEnd(3, '0').slice(0, 3)),
  };
  if (!isInRange(parts)) return undefined;

  const utc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    parts.ms,
  );
  return utc - offsetMinutes(offset) * MS_PER_MINUTE;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [4, 6, 9, 11].includes(month) ? 30 : 31;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function isInRange(parts: DateParts): boolean {
  return (
    parts.month >= 1 &&
    parts.month <= 12 &&
    // A year before 1000 is no server's clock; Date.UTC would also read
    // years below 100 as 19xx.
    parts.year >= 1000 &&
    parts.day >= 1 &&
    parts.day <= daysInMonth(parts.year, parts.month) &&
    parts.hour <= 23 &&
    parts.minute <= 59 &&
    parts.second <= 59
  );
}

/**
 * A date element's text as an XldDate. ISO 8601 with any offset (or none,
 * read as UTC: "the server will always return the date and time in UTC")
 * gets its instant; anything else, such as the RFC 822 dates of the
 * reference's StepState example, is kept as text with no instant.
 */
export function parseXldDate(text: string): XldDate {
  const trimmed = text.trim();
  const match = ISO_DATE.exec(trimmed);
  return {
    text: trimmed,
    epochMs: match === null ? undefined : toEpochMs(match),
  };
}
