// The sources allowed to embed the dashboard in a frame (CSP
// `frame-ancestors`). Each source is checked, so that a setting can never
// add another directive or header to the answer.

const KEYWORDS: ReadonlySet<string> = new Set(["'none'", "'self'"]);
const SCHEME_SOURCE = /^[a-z][a-z0-9+.-]*:$/i;
const HOST_SOURCE = new RegExp(
  '^(?:[a-z][a-z0-9+.-]*://)?' + // scheme, optional
    '(?:\\*\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*' + // host, maybe *.example.com
    '(?::(?:\\d{1,5}|\\*))?$', // port, optional
  'i',
);

function isSource(source: string): boolean {
  return (
    KEYWORDS.has(source) ||
    SCHEME_SOURCE.test(source) ||
    HOST_SOURCE.test(source)
  );
}

/**
 * `'none'` when unset; otherwise the sources as given, separated by
 * spaces. Problems go to `report`.
 */
export function readFrameAncestors(
  text: string | undefined,
  report: (problem: string) => void,
): string | undefined {
  if (text === undefined) return "'none'";
  const sources = text.split(/\s+/).filter((source) => source !== '');
  const wrong = sources.filter((source) => !isSource(source));
  if (wrong.length > 0) {
    report(
      `FRAME_ANCESTORS holds ${wrong.map((s) => `"${s}"`).join(', ')}, ` +
        `which is not a frame source: use 'self', 'none' or origins ` +
        `separated by spaces, e.g. "'self' https://wiki.example.com".`,
    );
    return undefined;
  }
  if (sources.includes("'none'") && sources.length > 1) {
    report(`FRAME_ANCESTORS: 'none' cannot be combined with sources.`);
    return undefined;
  }
  return sources.join(' ');
}
