// A quick check that a document's elements are balanced and that there is
// one root. fast-xml-parser does not validate while parsing: a truncated
// body parses into a task list with the cut-off tasks silently missing.
// This check is a single pass with indexOf, a few percent of the parse.
// It does not check names' characters or attribute syntax: the parser reads
// those, and nothing it reads can be wrong without the tags being wrong.

/** Why the document is not well-formed, or undefined if it is. */
export function findWellFormednessError(text: string): string | undefined {
  const open: string[] = [];
  let rootSeen = false;
  let pos = 0;

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? text.length : lt;
    if (open.length === 0 && text.slice(pos, textEnd).trim() !== '') {
      return at(text, pos, 'text outside the root element');
    }
    if (lt === -1) break;

    const next = text.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const end = skipMarkup(text, lt);
      if (end === -1) return at(text, lt, 'unterminated comment or section');
      pos = end;
      continue;
    }

    const tagEnd = findTagEnd(text, lt + 1);
    if (tagEnd === -1) return at(text, lt, 'unterminated tag');
    const name = readName(text, next === 0x2f /* / */ ? lt + 2 : lt + 1);
    if (name === '') return at(text, lt, 'a tag without a name');

    if (next === 0x2f) {
      const expected = open.pop();
      if (expected !== name) {
        return at(text, lt, mismatch(name, expected));
      }
    } else {
      if (open.length === 0 && rootSeen) {
        return at(text, lt, `a second root element <${name}>`);
      }
      rootSeen = true;
      const selfClosing = text.charCodeAt(tagEnd - 1) === 0x2f;
      if (!selfClosing) open.push(name);
    }
    pos = tagEnd + 1;
  }

  const unclosed = open.at(-1);
  if (unclosed !== undefined) {
    return `<${unclosed}> is not closed: the response is cut short`;
  }
  return rootSeen ? undefined : 'it has no element';
}

function mismatch(name: string, expected: string | undefined): string {
  return expected === undefined
    ? `</${name}> closes nothing`
    : `</${name}> where </${expected}> was expected`;
}

/** Past the end of `<!-- -->`, `<![CDATA[ ]]>`, `<? ?>` or `<!…>`. */
function skipMarkup(text: string, lt: number): number {
  const terminator = text.startsWith('<!--', lt)
    ? '-->'
    : text.startsWith('<![CDATA[', lt)
      ? ']]>'
      : text.startsWith('<?', lt)
        ? '?>'
        : '>';
  const end = text.indexOf(terminator, lt + 2);
  return end === -1 ? -1 : end + terminator.length;
}

/** The `>` ending a tag, skipping quoted attribute values; -1 if none. */
function findTagEnd(text: string, from: number): number {
  let quote = 0;
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      quote = code;
    } else if (code === 0x3e /* > */) {
      return index;
    } else if (code === 0x3c /* < */) {
      return -1;
    }
  }
  return -1;
}

function readName(text: string, from: number): string {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    const isDelimiter =
      code === 0x20 ||
      code === 0x09 ||
      code === 0x0a ||
      code === 0x0d ||
      code === 0x2f ||
      code === 0x3e;
    if (isDelimiter) break;
    end++;
  }
  return text.slice(from, end);
}

function at(text: string, pos: number, problem: string): string {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < pos;) {
    line++;
    index = text.indexOf('\n', index + 1);
  }
  return `${problem} (line ${line})`;
}
