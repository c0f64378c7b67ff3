// A small XML writer: elements with attributes in a fixed order, text
// children escaped, lists indented the way XL Deploy's samples are.

export interface XmlElement {
  readonly name: string;
  readonly attributes?: readonly (readonly [string, string | undefined])[];
  /** Text content; written even when empty (`<log></log>`, A-13). */
  readonly text?: string;
  readonly children?: readonly (XmlElement | undefined)[];
}

const NEEDS_ESCAPE = /[&<>"']/;

export function escapeXml(value: string): string {
  // Most values (dates, states, numbers, most descriptions) need nothing:
  // one scan instead of five replacements keeps large step blocks fast.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** XL Deploy's date format: `2014-08-08T19:51:17.993+0000`, in UTC. */
export function formatDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '+0000');
}

export function textElement(name: string, text: string): XmlElement {
  return { name, text };
}

export function dateElement(
  name: string,
  epochMs: number | undefined,
): XmlElement | undefined {
  return epochMs === undefined
    ? undefined
    : { name, text: formatDate(epochMs) };
}

/** A map (`metadata`): one child element per key, named after the key. */
export function mapElement(
  name: string,
  entries: Readonly<Record<string, string>>,
): XmlElement {
  return {
    name,
    children: Object.entries(entries).map(([key, value]) =>
      textElement(key, value),
    ),
  };
}

function openTag(element: XmlElement): string {
  let tag = `<${element.name}`;
  for (const [key, value] of element.attributes ?? []) {
    if (value !== undefined) tag += ` ${key}="${escapeXml(value)}"`;
  }
  return tag;
}

function write(element: XmlElement, indent: string, out: string[]): void {
  const open = openTag(element);
  if (element.text !== undefined) {
    out.push(`${indent}${open}>${escapeXml(element.text)}</${element.name}>`);
    return;
  }
  const children = element.children ?? [];
  if (!children.some((child) => child !== undefined)) {
    out.push(`${indent}${open}/>`);
    return;
  }
  out.push(`${indent}${open}>`);
  const inner = `${indent}  `;
  for (const child of children) {
    if (child !== undefined) write(child, inner, out);
  }
  out.push(`${indent}</${element.name}>`);
}

/** The document text, without a prolog, as XL Deploy sends it. */
export function toXml(element: XmlElement): string {
  const out: string[] = [];
  write(element, '', out);
  return `${out.join('\n')}\n`;
}
