// Reading the few request bodies and parameters the task actions take.

/**
 * step references as a JSON array of strings or numbers, or an XML
 * `<list>` whose children's text is the value (`<string>0_1_1_1</string>`,
 * `<int>1</int>`). Numbers are v1 step ids, strings v2 step paths.
 */
export function parseStepRefs(
  body: string,
  numeric: boolean,
): (string | number)[] | undefined {
  const text = body.trim();
  let values: unknown[];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!Array.isArray(parsed)) return undefined;
      values = parsed;
    } catch {
      return undefined;
    }
  } else if (text.startsWith('<list')) {
    values = [...text.matchAll(/<(\w+)>\s*([^<]*?)\s*<\/\1>/g)].map(
      (match) => match[2] ?? '',
    );
  } else {
    return undefined;
  }
  const refs = values.map((value) => (numeric ? Number(value) : String(value)));
  const valid = refs.every((ref) =>
    typeof ref === 'number' ? Number.isInteger(ref) : ref !== '',
  );
  return valid && refs.length > 0 ? refs : undefined;
}

/**
 * `time` as an ISO date-time with any offset, `+0000` included, as a
 * XebiaLabs plugin sends it (`2017-05-01T13:00:00.000-0000`).
 */
export function parseScheduleTime(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  const iso = value.trim().replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time;
}

/** `YYYY-MM-DD` as the first and last instant of that UTC day. */
export function parseDay(
  value: string | null,
  end: boolean,
): number | undefined | 'invalid' {
  if (value === null || value === '') return undefined;
  if (!/^\d{4}-\d\d-\d\d$/.test(value)) return 'invalid';
  const start = Date.parse(`${value}T00:00:00.000Z`);
  if (Number.isNaN(start)) return 'invalid';
  return end ? start + 24 * 3600 * 1000 - 1 : start;
}
