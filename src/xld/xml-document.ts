// Reads response text into fast-xml-parser's tree (built by the faster
// plain reader when the document is plain), safely: a size limit, no
// DOCTYPE or entity declarations, a well-formedness check (the parser alone
// accepts truncated documents and silently drops what is missing), and the
// expected root element. Only the mapping modules of this folder use it.
import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { XldResponseError } from './errors.ts';
import { readPlainXml } from './xml-plain-reader.ts';
import { findWellFormednessError } from './xml-well-formed.ts';

/** 50 MiB of text: far above any task, well below what freezes a tab. */
export const DEFAULT_MAX_RESPONSE_CHARS = 50 * 1024 * 1024;

export interface ParseOptions {
  /** Longest response text accepted, in UTF-16 code units. */
  readonly maxChars?: number;
}

/** fast-xml-parser's output for one element; read it through xml-fields. */
export type XmlNode = Readonly<Record<string, unknown>>;

/** Elements that repeat, so that a list of one is still a list. */
const REPEATED_ELEMENTS: ReadonlySet<string> = new Set([
  'task',
  'block',
  'step',
  'active',
  'current',
]);

/** The parser's options; exported for the benchmark's baseline. */
export const XML_PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  // `<version>1.0</version>` must stay "1.0"; numbers are converted by name.
  parseTagValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Entities are decoded once, by the mapping (xml-fields.ts), so that no
  // value is decoded twice and nothing beyond XML's own five and character
  // references is ever expanded.
  processEntities: false,
  // A log keeps its leading spaces and line breaks: the parser hands over
  // its raw text instead of trimming it.
  stopNodes: ['*.log'],
  // No callback reads the element's path: without this the parser builds
  // the path's text for every element, a fifth of a large step block's
  // parse.
  jPath: false,
  isArray: (
    name: string,
    _path: unknown,
    _isLeaf: boolean,
    isAttribute: boolean,
  ) => !isAttribute && REPEATED_ELEMENTS.has(name),
} satisfies X2jOptions;

const isRepeated = (name: string) => REPEATED_ELEMENTS.has(name);

const parser = new XMLParser(XML_PARSER_OPTIONS);

export interface XmlDocument {
  readonly rootName: string;
  readonly root: XmlNode;
}

/**
 * Parses `text` and checks that its root element is one of `expectedRoots`.
 * Throws XldResponseError, naming what was wrong, for anything else.
 */
export function readXmlDocument(
  text: string,
  expectedRoots: readonly string[],
  options: ParseOptions = {},
): XmlDocument {
  rejectUnsafeText(text, options.maxChars ?? DEFAULT_MAX_RESPONSE_CHARS);
  const tree = parseWellFormed(text);
  const rootName = Object.keys(tree)[0];
  if (rootName === undefined) {
    throw new XldResponseError('The response is not XML: it has no element.');
  }
  if (!expectedRoots.includes(rootName)) {
    throw new XldResponseError(wrongRootMessage(expectedRoots, rootName));
  }
  // A root named like a repeated element (`task`, `block`) comes as a list
  // of one.
  const root: unknown = tree[rootName];
  return { rootName, root: asNode(Array.isArray(root) ? root[0] : root) };
}

function rejectUnsafeText(text: string, maxChars: number): void {
  if (text.length > maxChars) {
    throw new XldResponseError(
      `The response is too large: ${text.length} characters, ` +
        `more than the limit of ${maxChars}.`,
    );
  }
  if (text.trim() === '') {
    throw new XldResponseError('The response is empty.');
  }
  // A DOCTYPE can declare entities that expand into gigabytes; XL Deploy
  // never sends one.
  if (/<!(DOCTYPE|ENTITY)/i.test(text)) {
    throw new XldResponseError(
      'The response is refused: a DOCTYPE or entity declaration is not ' +
        'allowed.',
    );
  }
}

function parseWellFormed(text: string): Record<string, unknown> {
  // The plain reader gives the parser's tree, faster, and reads nothing
  // that is not well-formed; it leaves anything unusual to the check and
  // the parser.
  const plain = readPlainXml(text, isRepeated);
  if (plain !== undefined) return plain;
  const problem = findWellFormednessError(text);
  if (problem !== undefined) {
    throw new XldResponseError(`The response is not XML: ${problem}.`);
  }
  try {
    return asRecord(parser.parse(text));
  } catch (error) {
    // TODO: an element named `constructor`, `prototype` or `__proto__`
    // (say, a metadata key) makes the whole response unreadable; the parser
    // refuses such names and has no option to rename them.
    // The document is well-formed, so this is one of the parser's limits
    // (nesting depth, reserved names such as `constructor`).
    const reason = error instanceof Error ? error.message : String(error);
    throw new XldResponseError(`The response could not be read: ${reason}`);
  }
}

function wrongRootMessage(expected: readonly string[], got: string): string {
  const wanted = expected.map((name) => `<${name}>`).join(' or ');
  const hint =
    got.toLowerCase() === 'html'
      ? ' (an HTML page, perhaps from a proxy or a login form)'
      : '';
  return `The response is not what XL Deploy sends: expected ${wanted}, got <${got}>${hint}.`;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : {};
}

/** An element's content as a node; text-only or empty elements are `{}`. */
export function asNode(value: unknown): XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as XmlNode)
    : {};
}
