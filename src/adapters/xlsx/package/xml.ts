/**
 * The small XML parts the package editor changes (the workbook, its relationships, the content
 * types, the styles) are read into a DOM and written back with @xmldom/xmldom: a real parser and
 * serializer, so what the editor does not touch in them stays as it was.
 */
import { DOMParser, Document, Element, Node, XMLSerializer } from "@xmldom/xmldom";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

/** A part that is not well-formed XML: the workbook is damaged. */
export class PartError extends Error {
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
  }
}

export function parseXml(text: string, part: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new PartError(part, message);
    },
  });
  return parser.parseFromString(text, "text/xml");
}

export function serializeXml(node: Document | Element | Node): string {
  return new XMLSerializer().serializeToString(node);
}

/** The element children of an element with this local name (any namespace prefix), or all with "*". */
export function childrenNamed(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === "*" || (n as Element).localName === localName)) out.push(n as Element);
  }
  return out;
}

export function childNamed(parent: Element, localName: string): Element | null {
  return childrenNamed(parent, localName)[0] ?? null;
}

/** A new element in the namespace and with the prefix of `like` (a part's root or a sibling). */
export function createLike(like: Element, localName: string): Element {
  const doc = like.ownerDocument!;
  const name = like.prefix ? `${like.prefix}:${localName}` : localName;
  return doc.createElementNS(like.namespaceURI, name);
}

/**
 * Insert `el` as a child of `parent` before the first child whose local name is one of `before`
 * (the elements the schema wants after it), else at the end.
 */
export function insertInOrder(parent: Element, el: Element, before: readonly string[]): void {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && before.includes((n as Element).localName!)) {
      parent.insertBefore(el, n);
      return;
    }
  }
  parent.appendChild(el);
}

/** Text for XML content or an attribute value; characters XML 1.0 cannot hold are left out. */
export function escapeXml(s: string): string {
  return xmlChars(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Tab, newlines and everything from the space up, but for U+FFFE and U+FFFF. */
function xmlChars(s: string): string {
  let ok = true;
  for (let i = 0; i < s.length && ok; i++) ok = isXmlChar(s.charCodeAt(i));
  if (ok) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) if (isXmlChar(s.charCodeAt(i))) out += s[i];
  return out;
}

const isXmlChar = (c: number) => c === 9 || c === 10 || c === 13 || (c >= 0x20 && c !== 0xfffe && c !== 0xffff);

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

export const utf8 = (s: string): Uint8Array => encoder.encode(s);
export const fromUtf8 = (b: Uint8Array): string => decoder.decode(b);
