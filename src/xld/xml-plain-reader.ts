// A one-pass reader for the plain XML XL Deploy sends (elements, attributes
// and text), giving the very tree fast-xml-parser gives with this folder's
// options, several times faster on a step block of a thousand steps. For
// anything beyond plain it gives up (undefined) and fast-xml-parser reads
// the document: comments, CDATA, processing instructions other than the
// declaration, mixed content, deep nesting, names outside letters, digits,
// `_`, `-` and `.`, and names of Object members, which the parser refuses
// or renames. What it reads whole is well-formed: each end tag closes the
// element open, there is one root element and nothing but spaces around it.

/** Where a log's raw text is kept, as the parser's stop nodes do. */
const RAW_TEXT_ELEMENT = 'log';
const TEXT_KEY = '#text';
/** Deeper documents go to the parser, which enforces its own limit. */
const MAX_DEPTH = 64;
const NAME = /^[A-Za-z_][\w.-]*$/;

type Tree = Record<string, unknown>;

interface OpenElement {
  readonly name: string;
  readonly attributes: Tree | undefined;
  readonly children: Tree;
  text: string | undefined;
  hasChildren: boolean;
}

class NotPlain extends Error {}

/** Names already found fine; a document repeats a few dozen names. */
const goodNames = new Set<string>();
const MAX_GOOD_NAMES = 1_000;

function checkName(name: string): string {
  if (goodNames.has(name)) return name;
  if (!NAME.test(name) || name in Object.prototype || name === 'prototype') {
    throw new NotPlain();
  }
  if (goodNames.size < MAX_GOOD_NAMES) goodNames.add(name);
  return name;
}

/** The end of a tag's name: the first space, or the end. */
function nameEnd(tag: string): number {
  for (let index = 0; index < tag.length; index++) {
    if (isSpace(tag.charCodeAt(index))) return index;
  }
  return tag.length;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** The attributes of a start tag's inside (`a="1" b='2'`), values trimmed. */
function readAttributes(inside: string): Tree | undefined {
  let attributes: Tree | undefined;
  let pos = 0;
  for (;;) {
    while (pos < inside.length && isSpace(inside.charCodeAt(pos))) pos++;
    if (pos >= inside.length) return attributes;
    const equals = inside.indexOf('=', pos);
    if (equals === -1) throw new NotPlain();
    const name = checkName(inside.slice(pos, equals).trimEnd());
    pos = equals + 1;
    while (pos < inside.length && isSpace(inside.charCodeAt(pos))) pos++;
    const quote = inside[pos];
    if (quote !== '"' && quote !== "'") throw new NotPlain();
    const end = inside.indexOf(quote, pos + 1);
    if (end === -1 || inside.includes('<', pos)) throw new NotPlain();
    attributes ??= {};
    if (name in attributes) throw new NotPlain();
    attributes[name] = inside.slice(pos + 1, end).trim();
    pos = end + 1;
  }
}

/** An element's value as fast-xml-parser's compress step makes it. */
function valueOf(element: OpenElement): unknown {
  const value = element.children;
  if (element.text !== undefined && element.text !== '') {
    value[TEXT_KEY] = element.text;
  }
  if (element.attributes !== undefined) {
    return Object.assign(value, element.attributes);
  }
  if (!element.hasChildren) return element.text ?? '';
  return value;
}

function addChild(
  parent: OpenElement,
  name: string,
  value: unknown,
  isArray: (name: string) => boolean,
): void {
  if (parent.text !== undefined) throw new NotPlain();
  const siblings = parent.children;
  const before = siblings[name];
  if (Object.hasOwn(siblings, name)) {
    if (Array.isArray(before)) before.push(value);
    else siblings[name] = [before, value];
  } else {
    siblings[name] = isArray(name) ? [value] : value;
  }
  parent.hasChildren = true;
}

/** Past `<?xml …?>` and spaces at the start; other prologs are not plain. */
function skipProlog(text: string): number {
  let pos = 0;
  while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  if (text.startsWith('<?xml', pos) && isSpace(text.charCodeAt(pos + 5))) {
    pos = text.indexOf('?>', pos) + 2;
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  }
  return pos;
}

function read(text: string, isArray: (name: string) => boolean): Tree {
  const document: OpenElement = {
    name: '',
    attributes: undefined,
    children: {},
    text: undefined,
    hasChildren: false,
  };
  const stack: OpenElement[] = [document];
  let pos = skipProlog(text);

  while (stack.length > 1 || !document.hasChildren) {
    const lt = text.indexOf('<', pos);
    if (lt === -1) throw new NotPlain();
    const current = stack[stack.length - 1] ?? document;
    const between = text.slice(pos, lt).trim();
    if (between !== '') {
      if (current.hasChildren || current.text !== undefined) {
        throw new NotPlain();
      }
      current.text = between;
    }

    const next = text.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) throw new NotPlain();
    const gt = text.indexOf('>', lt);
    if (gt === -1) throw new NotPlain();
    pos = gt + 1;

    if (next === 0x2f /* / */) {
      // An end tag with no element open (`</>` matches the document's own
      // empty name) is not well-formed.
      if (stack.length === 1) throw new NotPlain();
      if (text.slice(lt + 2, gt).trimEnd() !== current.name) {
        throw new NotPlain();
      }
      stack.pop();
      const parent = stack[stack.length - 1] ?? document;
      addChild(parent, current.name, valueOf(current), isArray);
      continue;
    }

    const selfClosing = text.charCodeAt(gt - 1) === 0x2f;
    const tag = text.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const space = nameEnd(tag);
    const name = checkName(tag.slice(0, space));
    const attributes =
      space === tag.length ? undefined : readAttributes(tag.slice(space));
    const element: OpenElement = {
      name,
      attributes,
      children: {},
      text: undefined,
      hasChildren: false,
    };

    if (selfClosing) {
      addChild(current, name, valueOf(element), isArray);
    } else if (name === RAW_TEXT_ELEMENT) {
      if (stack.length === 1) throw new NotPlain();
      const close = text.indexOf(`</${name}>`, pos);
      const raw = text.slice(pos, close);
      if (close === -1 || raw.includes('<')) throw new NotPlain();
      element.text = raw;
      pos = close + name.length + 3;
      addChild(current, name, valueOf(element), isArray);
    } else {
      if (stack.length > MAX_DEPTH) throw new NotPlain();
      stack.push(element);
    }
  }
  if (text.slice(pos).trim() !== '') throw new NotPlain();
  return document.children;
}

/**
 * The tree of a plain, well-formed document, as fast-xml-parser would give
 * it with `isArray` naming the repeated elements; undefined when the
 * document is not plain.
 */
export function readPlainXml(
  text: string,
  isArray: (name: string) => boolean,
): Tree | undefined {
  try {
    return read(text, isArray);
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
