/**
 * The workbook's styles part, added to: the generated sheets' cell formats and the highlight's
 * differential format. A format that is already there — written by an earlier run, or the user's
 * own — is reused rather than added again, so running on the same workbook again leaves the styles
 * as they were.
 */
import { Document, Element } from "@xmldom/xmldom";
import { Style } from "../../../core/render/model";
import { isHighlightFont } from "../../../core/render/styles";
import { BUILT_IN_FORMATS, STYLESHEET_ORDER, after } from "./schema";
import { childNamed, childrenNamed, createLike, escapeXml, insertInOrder, parseXml, serializeXml } from "./xml";

/** Excel's built-in number formats by code: a style with one of these needs no format of its own. */
const BUILT_IN_IDS = new Map(Object.entries(BUILT_IN_FORMATS).map(([id, code]) => [code, Number(id)]));
/** Custom number formats are numbered from 164. */
const FIRST_CUSTOM_FORMAT = 164;
const BORDER_COLOR = "FFBFBFBF";
const FONT_FAMILY_SWISS = 2;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export const EMPTY_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

export class StyleBook {
  private readonly doc: Document;
  private readonly root: Element;
  /** Serialized children of each list, for reuse: the canonical form xmldom writes. */
  private readonly seen = new Map<string, Map<string, number>>();
  /**
   * The index each of our markups got, by list and markup: many styles share a font or a fill, and
   * a markup asked again is neither parsed nor serialized again.
   */
  private readonly asked = new Map<string, Map<string, number>>();

  constructor(xml: string, part: string) {
    this.doc = parseXml(xml, part);
    this.root = this.doc.documentElement!;
  }

  /** The cell format index (`s`) of a plan style. */
  xf(style: Style): number {
    const numFmtId = this.numFmt(style.numberFormat ?? "General");
    const fontId = this.add("fonts", fontXml(style));
    const fillId = style.fill ? this.add("fills", fillXml(style.fill)) : 0;
    const borderId = style.border === "thin" ? this.add("borders", thinBorderXml()) : 0;
    return this.add("cellXfs", xfXml(style, numFmtId, fontId, fillId, borderId));
  }

  /** The differential format of the highlight: a light red fill and the highlight's font colour. */
  highlightDxf(fill: string, fontColor: string): number {
    return this.add(
      "dxfs",
      `<dxf><font><color rgb="${argb(fontColor)}"/></font><fill><patternFill><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`,
    );
  }

  /** The differential formats that are ITA Analyzer's highlight (by its font colour), by index. */
  ourDxfs(): Set<number> {
    const out = new Set<number>();
    const list = childNamed(this.root, "dxfs");
    if (!list) return out;
    childrenNamed(list, "dxf").forEach((dxf, i) => {
      const color = childNamed(childNamed(dxf, "font") ?? dxf, "color");
      if (childNamed(dxf, "font") && color && isHighlightFont(color.getAttribute("rgb"))) out.add(i);
    });
    return out;
  }

  toXml(): string {
    return serializeXml(this.doc);
  }

  /** A number format's id: built in, already defined, or added. */
  private numFmt(code: string): number {
    const builtIn = BUILT_IN_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    const list = this.list("numFmts");
    let max = FIRST_CUSTOM_FORMAT - 1;
    for (const f of childrenNamed(list, "numFmt")) {
      const id = Number(f.getAttribute("numFmtId"));
      if (f.getAttribute("formatCode") === code) return id;
      max = Math.max(max, id);
    }
    list.appendChild(
      this.doc.importNode(this.element(`<numFmt numFmtId="${max + 1}" formatCode="${escapeXml(code)}"/>`), true),
    );
    list.setAttribute("count", String(elementCount(list)));
    return max + 1;
  }

  /** The index of an entry in a list (fonts, fills, …): an equal one already there, or the one added. */
  private add(listName: string, xml: string): number {
    let asked = this.asked.get(listName);
    if (!asked) this.asked.set(listName, (asked = new Map<string, number>()));
    const before = asked.get(xml);
    if (before !== undefined) return before;
    const index = this.addElement(listName, xml);
    asked.set(xml, index);
    return index;
  }

  private addElement(listName: string, xml: string): number {
    const list = this.list(listName);
    const known = this.index(listName, list);
    const el = this.element(xml);
    const found = known.get(serializeXml(el));
    if (found !== undefined) return found;
    list.appendChild(this.doc.importNode(el, true));
    const index = elementCount(list) - 1;
    list.setAttribute("count", String(index + 1));
    known.set(serializeXml(el), index);
    return index;
  }

  /** Our markup as an element of the stylesheet's namespace. */
  private element(xml: string): Element {
    const wrapped = `<w xmlns="${this.root.namespaceURI ?? ""}">${xml}</w>`;
    return parseXml(wrapped, "styles").documentElement!.firstChild as Element;
  }

  /** The entries of a list by their serialized form (the first of equal ones). */
  private index(listName: string, list: Element): Map<string, number> {
    let known = this.seen.get(listName);
    if (!known) {
      known = new Map();
      childrenNamed(list, "*").forEach((el, i) => {
        const key = serializeXml(el);
        if (!known!.has(key)) known!.set(key, i);
      });
      this.seen.set(listName, known);
    }
    return known;
  }

  /** A list element of the stylesheet, made in its place when missing. */
  private list(name: string): Element {
    const found = childNamed(this.root, name);
    if (found) return found;
    const el = createLike(this.root, name);
    el.setAttribute("count", "0");
    insertInOrder(this.root, el, after(STYLESHEET_ORDER, name));
    return el;
  }
}

function elementCount(list: Element): number {
  return childrenNamed(list, "*").length;
}

function fontXml(s: Style): string {
  const f = s.font ?? {};
  return (
    "<font>" +
    (f.bold ? "<b/>" : "") +
    (f.italic ? "<i/>" : "") +
    `<sz val="${f.size ?? 11}"/>` +
    (f.color ? `<color rgb="${argb(f.color)}"/>` : "") +
    `<name val="${escapeXml(f.name ?? "Calibri")}"/>` +
    `<family val="${FONT_FAMILY_SWISS}"/>` +
    "</font>"
  );
}

function fillXml(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function thinBorderXml(): string {
  const side = (name: string) => `<${name} style="thin"><color rgb="${BORDER_COLOR}"/></${name}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

function xfXml(s: Style, numFmtId: number, fontId: number, fillId: number, borderId: number): string {
  const a = s.align;
  const alignment = a
    ? "<alignment" +
      (a.horizontal ? ` horizontal="${a.horizontal}"` : "") +
      (a.vertical ? ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"` : "") +
      (a.wrap ? ' wrapText="1"' : "") +
      (a.indent ? ` indent="${a.indent}"` : "") +
      "/>"
    : "";
  return (
    `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
    ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${alignment}</xf>`
  );
}
