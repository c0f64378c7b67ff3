// Typed reads of one value of fast-xml-parser's tree. Every reader accepts
// any input and falls back to "absent", so that a surprising document
// yields an empty field rather than a TypeError.
import { asNode, type XmlNode } from './xml-document.ts';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const ENTITY = /&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+);/g;

function decodeEntity(whole: string, name: string): string {
  if (!name.startsWith('#')) return NAMED_ENTITIES[name] ?? whole;
  const hex = name.startsWith('#x');
  const codePoint = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
  const valid =
    codePoint > 0 &&
    codePoint <= 0x10ffff &&
    !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return valid ? String.fromCodePoint(codePoint) : whole;
}

/**
 * Decodes XML's five predefined entities and character references (`&#10;`,
 * `&#x41;`). Anything else (`&nbsp;`) is left as written: there is no DTD to
 * define it.
 */
export function decodeEntities(raw: string): string {
  return raw.includes('&') ? raw.replace(ENTITY, decodeEntity) : raw;
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/**
 * The text of an element kept raw by the parser (a log): CDATA sections
 * verbatim, entities decoded elsewhere, whitespace untouched.
 */
export function decodeRawText(raw: string): string {
  if (!raw.includes('<![CDATA[')) return decodeEntities(raw);
  let decoded = '';
  let last = 0;
  for (const match of raw.matchAll(CDATA)) {
    decoded += decodeEntities(raw.slice(last, match.index));
    decoded += match[1] ?? '';
    last = match.index + match[0].length;
  }
  return decoded + decodeEntities(raw.slice(last));
}

/**
 * The text of an attribute or a text-only element, decoded; undefined when
 * absent or not text. An element with attributes keeps its text in `#text`;
 * a repeated one gives its first occurrence.
 */
// TODO: CDATA outside a log is merged into the text by the parser and then
// entity-decoded with it (`<![CDATA[&amp;]]>` reads `&`); no XL Deploy
// sample has CDATA there, and keeping it apart would cost every element.
export function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeEntities(value);
  if (Array.isArray(value)) return readText(value[0]);
  if (typeof value === 'object' && value !== null) {
    return readText((value as XmlNode)['#text']);
  }
  return undefined;
}

/** A non-negative integer (`failures`, `currentStep`); else undefined. */
export function readCount(value: unknown): number | undefined {
  const text = readText(value)?.trim();
  if (text === undefined || !/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

/** `"true"` (any case) is true; anything else, absent included, false. */
export function readFlag(value: unknown): boolean {
  return readText(value)?.trim().toLowerCase() === 'true';
}

/** The repeated child elements `name` of a wrapper, as nodes or texts. */
export function readList(wrapper: unknown, name: string): readonly unknown[] {
  const items = asNode(wrapper)[name];
  if (items === undefined) return [];
  return Array.isArray(items) ? items : [items];
}

// fast-xml-parser renames elements that shadow Object.prototype members
// (`toString` becomes `__toString`); a metadata key gets its own name back.
const RENAMED_KEYS: ReadonlySet<string> = new Set([
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

function originalKey(key: string): string {
  return key.startsWith('__') && RENAMED_KEYS.has(key.slice(2))
    ? key.slice(2)
    : key;
}

/** A map element (`<metadata>`): one entry per child element, as text. */
export function readMap(value: unknown): Readonly<Record<string, string>> {
  const map: Record<string, string> = {};
  for (const [key, entry] of Object.entries(asNode(value))) {
    if (key === '#text') continue;
    map[originalKey(key)] = readText(entry) ?? '';
  }
  return map;
}
