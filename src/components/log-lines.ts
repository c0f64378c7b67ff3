// A log split into display lines. Lines longer than a screen can show are
// cut into pieces, so that even a log written as one 10 MB line draws only
// what is in view.

/** Characters per display line before it continues on the next. */
export const MAX_LINE_CHARS = 2_000;

export interface LogLines {
  readonly lines: readonly string[];
  /** The longest display line, to size the horizontal scroll. */
  readonly widestChars: number;
}

export function splitLog(text: string): LogLines {
  const lines: string[] = [];
  let widestChars = 0;

  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    for (let start = 0; start === 0 || start < line.length;) {
      const piece = line.slice(start, start + MAX_LINE_CHARS);
      lines.push(piece);
      widestChars = Math.max(widestChars, piece.length);
      start += MAX_LINE_CHARS;
    }
  }
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return { lines, widestChars };
}
