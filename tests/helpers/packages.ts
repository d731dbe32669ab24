/**
 * Workbooks holding what ExcelJS drops on a round trip — native charts and pictures, pivot tables,
 * threaded comments, custom document properties, sparklines, `extLst` validations, data-bar
 * extensions and macros — for the tests of a file adapter that edits the package in place.
 *
 * Each one is the bundled sample (`examples/ita-2567-sample.xlsx`, its two score sheets written by
 * ExcelJS) with parts added. The new parts are written here as strings; the existing ones
 * (`[Content_Types].xml`, the relationships, `xl/workbook.xml`, the sheets, the shared strings,
 * `docProps/app.xml`) are edited as DOM trees through @xmldom/xmldom, so nothing depends on how
 * ExcelJS happened to lay their text out. Every fixture is deterministic: the same bytes each call.
 *
 * The score sheets stay untouched but for the added elements, so the reader still finds the same
 * scores (overall ๘๔.๓๓ = 84.33).
 */
import { WORKBOOK_ORDER, WORKSHEET_ORDER } from "../../src/adapters/xlsx/package/schema";
import { escapeXml as esc } from "../../src/adapters/xlsx/package/xml";
import { readFileSync } from "fs";
import * as path from "path";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import * as CFB from "cfb";
import { strFromU8, strToU8, unzipSync, zipSync, zlibSync } from "fflate";

export const SAMPLE_XLSX = path.join(__dirname, "..", "..", "examples", "ita-2567-sample.xlsx");

/** The sheets of the sample, and the sheets the fixtures add. */
export const INDICATOR_SHEET = "ผลคะแนนรายตัวชี้วัด";
export const SCORE_SHEET = "ผลคะแนนรายข้อ";
export const DATA_SHEET = "ข้อมูล";
export const PIVOT_SHEET = "ตาราง Pivot";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  xr: "http://schemas.microsoft.com/office/spreadsheetml/2014/revision",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  tc: "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments",
  vt: "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  app: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
} as const;

/** Relationship types, as Excel writes them. */
export const REL = {
  worksheet: `${NS.r}/worksheet`,
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
  image: `${NS.r}/image`,
  comments: `${NS.r}/comments`,
  vmlDrawing: `${NS.r}/vmlDrawing`,
  pivotCacheDefinition: `${NS.r}/pivotCacheDefinition`,
  pivotCacheRecords: `${NS.r}/pivotCacheRecords`,
  pivotTable: `${NS.r}/pivotTable`,
  customProperties: `${NS.r}/custom-properties`,
  threadedComment: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  person: "http://schemas.microsoft.com/office/2017/10/relationships/person",
  vbaProject: "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
} as const;

/** Content types, as Excel writes them. */
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  vbaProject: "application/vnd.ms-office.vbaProject",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  png: "image/png",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  threadedComments: "application/vnd.ms-excel.threadedcomments+xml",
  person: "application/vnd.ms-excel.person+xml",
  customProperties: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  pivotCacheDefinition: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  pivotCacheRecords: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
} as const;

export { WORKSHEET_ORDER };

/**
 * The worksheet extensions in the order Excel writes them inside `<extLst>` ([MS-XLSX] 2.2.4.5,
 * CT_WorksheetExtensionList): conditional formats, data validations, sparklines, slicers, …
 */
export const WORKSHEET_EXT_ORDER = [
  "{78C0D931-6437-407d-A8EE-F0AAD7539E65}", // x14:conditionalFormattings
  "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}", // x14:dataValidations
  "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}", // x14:sparklineGroups
  "{A8765BA9-456A-4dab-B4F3-ACF838C121DE}", // x14:slicerList
  "{FC87AEE6-9EDD-4A0A-B7FB-166176984837}", // x14:protectedRanges
  "{01252117-D84E-4E92-8308-4BE1C098FCBB}", // x14:ignoredErrors
  "{F7C9EE02-42E1-4005-9D12-6889AFFD525C}", // webExtensions
  "{7E03D99C-DC04-49d9-9315-930204A7B6E9}", // x15:timelineRefs
];

/** The `<ext>` of a data bar's `<cfRule>` that points at its x14 twin in the sheet's `<extLst>`. */
export const DATA_BAR_EXT_URI = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";

const FIXED_TIME = new Date(2025, 0, 1, 0, 0, 0);
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

function parseXml(text: string, name: string): Document {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${name}: ${message}`);
    },
  }).parseFromString(text, "text/xml");
  return doc as unknown as Document;
}

function elementChildren(node: Node): Element[] {
  const out: Element[] = [];
  for (let n = node.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** 0-based column number → letters. */
function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Resolve a relationship target against the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The target of `to` written relative to the folder of `from`. */
function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** A cell of a sheet written here: text (a shared string), a number, or a formula with its cached value. */
type Cell = string | number | { f: string; v: number } | null;

/** An unzipped package, its XML parts edited as DOM trees and written back when zipped. */
class Package {
  private readonly parts: Map<string, Uint8Array>;
  private readonly docs = new Map<string, Document>();

  constructor(bytes: Uint8Array) {
    this.parts = new Map(Object.entries(unzipSync(bytes)));
  }

  has(name: string): boolean {
    return this.parts.has(name) || this.docs.has(name);
  }

  put(name: string, content: string | Uint8Array): void {
    this.docs.delete(name);
    this.parts.set(name, typeof content === "string" ? strToU8(content) : content);
  }

  /** A part's DOM, parsed once; edits are kept and written when the package is zipped. */
  doc(name: string): Document {
    let doc = this.docs.get(name);
    if (!doc) {
      const bytes = this.parts.get(name);
      if (!bytes) throw new Error(`No part ${name}`);
      doc = parseXml(strFromU8(bytes), name);
      this.docs.set(name, doc);
    }
    return doc;
  }

  root(name: string): Element {
    return this.doc(name).documentElement;
  }

  /** Elements parsed from markup in the namespaces of a worksheet, ready to insert into `doc`. */
  fragment(doc: Document, xml: string): Element[] {
    const wrapper = parseXml(
      `<w xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" xmlns:xr="${NS.xr}">${xml}</w>`,
      "fragment",
    );
    return elementChildren(wrapper.documentElement).map((e) => doc.importNode<Element>(e, true));
  }

  // --- content types -------------------------------------------------------------------------

  override(part: string, contentType: string): void {
    const types = this.root("[Content_Types].xml");
    const name = `/${part}`;
    const existing = elementChildren(types).find(
      (e) => e.localName === "Override" && e.getAttribute("PartName") === name,
    );
    if (existing) {
      existing.setAttribute("ContentType", contentType);
      return;
    }
    const el = types.ownerDocument.createElementNS(NS.types, "Override");
    el.setAttribute("PartName", name);
    el.setAttribute("ContentType", contentType);
    types.appendChild(el);
  }

  defaultType(extension: string, contentType: string): void {
    const types = this.root("[Content_Types].xml");
    const same = elementChildren(types).find(
      (e) => e.localName === "Default" && e.getAttribute("Extension")?.toLowerCase() === extension,
    );
    if (same) return;
    const el = types.ownerDocument.createElementNS(NS.types, "Default");
    el.setAttribute("Extension", extension);
    el.setAttribute("ContentType", contentType);
    // Defaults come first, as Excel writes them.
    const firstOverride = elementChildren(types).find((e) => e.localName === "Override");
    types.insertBefore(el, firstOverride ?? null);
  }

  // --- relationships ---------------------------------------------------------------------------

  /** Add a relationship from `source` to the part `target`; its id. */
  relate(source: string, type: string, target: string): string {
    const relsPath = relsPathOf(source);
    if (!this.has(relsPath)) this.put(relsPath, `${XML_DECL}<Relationships xmlns="${NS.rels}"></Relationships>`);
    const rels = this.root(relsPath);
    const ids = new Set(elementChildren(rels).map((e) => e.getAttribute("Id")));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const el = rels.ownerDocument.createElementNS(NS.rels, "Relationship");
    el.setAttribute("Id", `rId${n}`);
    el.setAttribute("Type", type);
    el.setAttribute("Target", source === "" ? target : relativeTarget(source, target));
    rels.appendChild(el);
    return `rId${n}`;
  }

  /** The part a sheet's XML is in, by the sheet's name. */
  sheetPath(sheetName: string): string {
    const sheet = elementChildren(this.workbookChild("sheets")).find((e) => e.getAttribute("name") === sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const rid = sheet.getAttributeNS(NS.r, "id");
    const rel = elementChildren(this.root("xl/_rels/workbook.xml.rels")).find((e) => e.getAttribute("Id") === rid);
    if (!rel) throw new Error(`No relationship ${rid}`);
    return resolveTarget("xl/workbook.xml", rel.getAttribute("Target")!);
  }

  sheetNames(): string[] {
    return elementChildren(this.workbookChild("sheets")).map((e) => e.getAttribute("name")!);
  }

  private workbookChild(localName: string): Element {
    const el = elementChildren(this.root("xl/workbook.xml")).find((e) => e.localName === localName);
    if (!el) throw new Error(`workbook.xml has no ${localName}`);
    return el;
  }

  /** Insert `el` among `parent`'s children where `order` puts it (after any of the same name). */
  insertOrdered(parent: Element, el: Element, order: readonly string[]): void {
    const rank = order.indexOf(el.localName);
    if (rank < 0) throw new Error(`${el.localName} is not in the schema order`);
    const next = elementChildren(parent).find((c) => order.indexOf(c.localName) > rank);
    parent.insertBefore(el, next ?? null);
  }

  /** Insert markup into a sheet where CT_Worksheet orders it. */
  addToSheet(sheetPart: string, xml: string): void {
    const root = this.root(sheetPart);
    for (const el of this.fragment(root.ownerDocument, xml)) this.insertOrdered(root, el, WORKSHEET_ORDER);
  }

  /** Add an `<ext>` to a sheet's `<extLst>`, in the order Excel writes the extensions. */
  addSheetExt(sheetPart: string, extXml: string): void {
    const root = this.root(sheetPart);
    let extLst = elementChildren(root).find((e) => e.localName === "extLst");
    if (!extLst) {
      extLst = root.ownerDocument.createElementNS(NS.main, "extLst");
      this.insertOrdered(root, extLst, WORKSHEET_ORDER);
    }
    const [ext] = this.fragment(root.ownerDocument, extXml);
    const rank = (e: Element) => {
      const i = WORKSHEET_EXT_ORDER.findIndex((u) => u.toLowerCase() === e.getAttribute("uri")?.toLowerCase());
      return i < 0 ? WORKSHEET_EXT_ORDER.length : i;
    };
    const next = elementChildren(extLst).find((e) => rank(e) > rank(ext));
    extLst.insertBefore(ext, next ?? null);
  }

  // --- shared strings and sheets ---------------------------------------------------------------

  private strings?: Map<string, number>;

  /** The index of a shared string, added to `xl/sharedStrings.xml` when new; counts one use. */
  sharedString(text: string): number {
    const sst = this.root("xl/sharedStrings.xml");
    if (!this.strings) {
      this.strings = new Map();
      elementChildren(sst).forEach((si, i) => {
        if (!this.strings!.has(si.textContent ?? "")) this.strings!.set(si.textContent ?? "", i);
      });
    }
    let index = this.strings.get(text);
    if (index === undefined) {
      index = elementChildren(sst).length;
      const [si] = this.fragment(sst.ownerDocument, `<si><t xml:space="preserve">${esc(text)}</t></si>`);
      sst.appendChild(si);
      this.strings.set(text, index);
      sst.setAttribute("uniqueCount", String(index + 1));
    }
    if (sst.hasAttribute("count")) sst.setAttribute("count", String(Number(sst.getAttribute("count")) + 1));
    return index;
  }

  /** `<sheetData>` of rows of cells from A1, text as shared strings with style 1, numbers with style 2. */
  sheetData(rows: Cell[][], top = 1): string {
    const out = rows.map((cells, i) => {
      const r = top + i;
      const cs = cells
        .map((v, c) => {
          const ref = `${colName(c)}${r}`;
          if (v === null) return "";
          if (typeof v === "string") return `<c r="${ref}" s="1" t="s"><v>${this.sharedString(v)}</v></c>`;
          if (typeof v === "number") return `<c r="${ref}" s="2"><v>${v}</v></c>`;
          return `<c r="${ref}" s="2"><f>${esc(v.f)}</f><v>${v.v}</v></c>`;
        })
        .join("");
      return cs ? `<row r="${r}">${cs}</row>` : "";
    });
    return `<sheetData>${out.join("")}</sheetData>`;
  }

  /** Add a worksheet after the others: its part, relationship, `<sheet>`, content type and app.xml title. */
  addSheet(name: string, xml: string): string {
    const sheets = this.workbookChild("sheets");
    const ids = elementChildren(sheets).map((e) => Number(e.getAttribute("sheetId")));
    let n = 1;
    while (this.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    this.put(part, xml);
    this.override(part, CONTENT_TYPE.worksheet);
    const rid = this.relate("xl/workbook.xml", REL.worksheet, part);
    const el = sheets.ownerDocument.createElementNS(NS.main, "sheet");
    el.setAttribute("name", name);
    el.setAttribute("sheetId", String(Math.max(0, ...ids) + 1));
    el.setAttributeNS(NS.r, "r:id", rid);
    sheets.appendChild(el);
    this.addAppTitle(name);
    return part;
  }

  /** docProps/app.xml lists the sheets' names and counts them: keep it true. */
  private addAppTitle(name: string): void {
    if (!this.has("docProps/app.xml")) return;
    const app = this.root("docProps/app.xml");
    const find = (parent: Element, local: string) => elementChildren(parent).find((e) => e.localName === local);
    const titles = find(find(app, "TitlesOfParts")!, "vector")!;
    const lpstr = app.ownerDocument.createElementNS(NS.vt, "vt:lpstr");
    lpstr.appendChild(app.ownerDocument.createTextNode(name));
    titles.appendChild(lpstr);
    titles.setAttribute("size", String(elementChildren(titles).length));
    const variants = elementChildren(find(find(app, "HeadingPairs")!, "vector")!);
    const i = variants.findIndex((v) => v.textContent === "Worksheets");
    const count = variants[i + 1]?.getElementsByTagNameNS(NS.vt, "i4")[0];
    if (count) count.textContent = String(Number(count.textContent) + 1);
  }

  addToWorkbook(xml: string): void {
    const root = this.root("xl/workbook.xml");
    for (const el of this.fragment(root.ownerDocument, xml)) {
      const same = elementChildren(root).find((e) => e.localName === el.localName);
      if (same) for (const child of elementChildren(el)) same.appendChild(child);
      else this.insertOrdered(root, el, WORKBOOK_ORDER);
    }
  }

  zip(): Uint8Array {
    const serializer = new XMLSerializer();
    for (const [name, doc] of this.docs) {
      let text = serializer.serializeToString(doc as unknown as Parameters<XMLSerializer["serializeToString"]>[0]);
      if (!text.startsWith("<?xml")) text = XML_DECL + text;
      this.parts.set(name, strToU8(text));
    }
    this.docs.clear();
    const files: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {};
    for (const [name, bytes] of this.parts)
      files[name] = [bytes, { mtime: FIXED_TIME, level: /\.(png|bin)$/.test(name) ? 0 : 6 }];
    return zipSync(files);
  }
}

// --- a tiny PNG, made from bytes ---------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(strToU8(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A valid 24 × 24 RGB PNG drawn here: a blue square with a white band, the kind of logo an agency
 * puts beside its tables. Signature, IHDR, one zlib-compressed IDAT (each row led by filter 0), IEND.
 */
export function tinyPng(size = 24): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
  const raw = new Uint8Array(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    raw[row] = 0;
    for (let x = 0; x < size; x++) {
      const band = Math.abs(y - size / 2) < size / 8;
      raw.set(band ? [255, 255, 255] : [47, 85, 151], row + 1 + x * 3);
    }
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", zlibSync(raw)),
    pngChunk("IEND", new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (png.set(p, at), at + p.length), 0);
  return png;
}

// --- the data sheet that the chart and the pivot table draw on ---------------------------------

const QUARTERS = ["ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"];
const CHANNELS = ["เว็บไซต์", "โทรศัพท์"];
/** Complaints received per quarter and channel. */
const COUNTS = [
  [12, 5],
  [9, 7],
  [15, 4],
  [8, 6],
];
const QUARTER_TOTALS = COUNTS.map(([a, b]) => a + b);
const CHANNEL_TOTALS = CHANNELS.map((_, j) => COUNTS.reduce((n, row) => n + row[j], 0));

const worksheetOpen = `<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">`;

/** The sheet "ข้อมูล": complaints by quarter and channel (A1:C9) and a total per quarter by SUMIF (E1:F5). */
function ensureDataSheet(pkg: Package): string {
  if (pkg.sheetNames().includes(DATA_SHEET)) return pkg.sheetPath(DATA_SHEET);
  const rows: Cell[][] = [["ไตรมาส", "ช่องทาง", "จำนวนเรื่องร้องเรียน", null, "ไตรมาส", "รวม"]];
  QUARTERS.forEach((q, i) =>
    CHANNELS.forEach((ch, j) => {
      const r = 2 + i * CHANNELS.length + j;
      const summary: Cell[] =
        r <= 5 ? [QUARTERS[r - 2], { f: `SUMIF($A$2:$A$9,E${r},$C$2:$C$9)`, v: QUARTER_TOTALS[r - 2] }] : [null, null];
      rows.push([q, ch, COUNTS[i][j], null, ...summary]);
    }),
  );
  const xml =
    XML_DECL +
    worksheetOpen +
    `<dimension ref="A1:F9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols><col min="1" max="2" width="14" customWidth="1"/><col min="3" max="3" width="20" customWidth="1"/><col min="5" max="6" width="12" customWidth="1"/></cols>` +
    pkg.sheetData(rows) +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  return pkg.addSheet(DATA_SHEET, xml);
}

// --- the chart and the picture -------------------------------------------------------------------

function chartXml(): string {
  const cat = `'${DATA_SHEET}'!$E$2:$E$5`;
  const val = `'${DATA_SHEET}'!$F$2:$F$5`;
  const strPts = QUARTERS.map((q, i) => `<c:pt idx="${i}"><c:v>${esc(q)}</c:v></c:pt>`).join("");
  const numPts = QUARTER_TOTALS.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="th-TH"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="th-TH"/><a:t>เรื่องร้องเรียนรายไตรมาส</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>'${DATA_SHEET}'!$F$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>รวม</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${esc(cat)}</c:f><c:strCache><c:ptCount val="4"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(val)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="4"/>${numPts}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="150"/><c:axId val="111111111"/><c:axId val="222222222"/></c:barChart>` +
    `<c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="222222222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="111111111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>` +
    `</c:chartSpace>`
  );
}

function anchor(from: [number, number], to: [number, number], body: string): string {
  const mark = (tag: string, [col, row]: [number, number]) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return `<xdr:twoCellAnchor editAs="oneCell">${mark("from", from)}${mark("to", to)}${body}<xdr:clientData/></xdr:twoCellAnchor>`;
}

function drawingXml(chartRid: string, imageRid: string): string {
  const frame =
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${chartRid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  const emu = 24 * 9525;
  const pic =
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2" descr="ตราหน่วยงาน"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip r:embed="${imageRid}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu}" cy="${emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;
  return (
    XML_DECL +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    anchor([7, 1], [14, 17], frame) +
    anchor([7, 18], [8, 20], pic) +
    `</xdr:wsDr>`
  );
}

function addChart(pkg: Package): void {
  const sheet = ensureDataSheet(pkg);
  const chart = "xl/charts/chart1.xml";
  const drawing = "xl/drawings/drawing1.xml";
  const image = "xl/media/image1.png";
  pkg.put(chart, chartXml());
  pkg.put(image, tinyPng());
  const chartRid = pkg.relate(drawing, REL.chart, chart);
  const imageRid = pkg.relate(drawing, REL.image, image);
  pkg.put(drawing, drawingXml(chartRid, imageRid));
  pkg.override(drawing, CONTENT_TYPE.drawing);
  pkg.override(chart, CONTENT_TYPE.chart);
  pkg.defaultType("png", CONTENT_TYPE.png);
  pkg.addToSheet(sheet, `<drawing r:id="${pkg.relate(sheet, REL.drawing, drawing)}"/>`);
}

// --- the pivot table ----------------------------------------------------------------------------

function pivotCacheDefinitionXml(recordsRid: string): string {
  const items = (xs: string[]) =>
    `<sharedItems count="${xs.length}">${xs.map((x) => `<s v="${esc(x)}"/>`).join("")}</sharedItems>`;
  const all = COUNTS.flat();
  return (
    XML_DECL +
    `<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.r}" r:id="${recordsRid}" refreshedBy="ITA" refreshedDate="45658" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${all.length}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="A1:C9" sheet="${esc(DATA_SHEET)}"/></cacheSource>` +
    `<cacheFields count="3">` +
    `<cacheField name="ไตรมาส" numFmtId="0">${items(QUARTERS)}</cacheField>` +
    `<cacheField name="ช่องทาง" numFmtId="0">${items(CHANNELS)}</cacheField>` +
    `<cacheField name="จำนวนเรื่องร้องเรียน" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="${Math.min(...all)}" maxValue="${Math.max(...all)}"/></cacheField>` +
    `</cacheFields></pivotCacheDefinition>`
  );
}

function pivotCacheRecordsXml(): string {
  const records = QUARTERS.flatMap((_, i) =>
    CHANNELS.map((_, j) => `<r><x v="${i}"/><x v="${j}"/><n v="${COUNTS[i][j]}"/></r>`),
  );
  return (
    XML_DECL +
    `<pivotCacheRecords xmlns="${NS.main}" xmlns:r="${NS.r}" count="${records.length}">${records.join("")}</pivotCacheRecords>`
  );
}

const PIVOT_DATA_CAPTION = "ผลรวม ของ จำนวนเรื่องร้องเรียน";

/** Channels down the rows, the sum of complaints as the one data field, at A3:B6 of its sheet. */
function pivotTableXml(cacheId: number): string {
  return (
    XML_DECL +
    `<pivotTableDefinition xmlns="${NS.main}" name="PivotTable1" cacheId="${cacheId}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="ค่า" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
    `<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    `<pivotFields count="3"><pivotField showAll="0"/>` +
    `<pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField>` +
    `<pivotField dataField="1" showAll="0"/></pivotFields>` +
    `<rowFields count="1"><field x="1"/></rowFields>` +
    `<rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems>` +
    `<colItems count="1"><i/></colItems>` +
    `<dataFields count="1"><dataField name="${esc(PIVOT_DATA_CAPTION)}" fld="2" baseField="0" baseItem="0"/></dataFields>` +
    `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>` +
    `</pivotTableDefinition>`
  );
}

function addPivot(pkg: Package): void {
  ensureDataSheet(pkg);
  const definition = "xl/pivotCache/pivotCacheDefinition1.xml";
  const records = "xl/pivotCache/pivotCacheRecords1.xml";
  const table = "xl/pivotTables/pivotTable1.xml";
  const cacheId = 1;
  pkg.put(definition, pivotCacheDefinitionXml(pkg.relate(definition, REL.pivotCacheRecords, records)));
  pkg.put(records, pivotCacheRecordsXml());
  pkg.put(table, pivotTableXml(cacheId));
  pkg.relate(table, REL.pivotCacheDefinition, definition);
  pkg.override(definition, CONTENT_TYPE.pivotCacheDefinition);
  pkg.override(records, CONTENT_TYPE.pivotCacheRecords);
  pkg.override(table, CONTENT_TYPE.pivotTable);
  pkg.addToWorkbook(
    `<pivotCaches><pivotCache cacheId="${cacheId}" r:id="${pkg.relate("xl/workbook.xml", REL.pivotCacheDefinition, definition)}"/></pivotCaches>`,
  );
  // The pivot table's cells as Excel leaves them rendered on the sheet.
  const rows: Cell[][] = [
    ["ป้ายชื่อแถว", PIVOT_DATA_CAPTION],
    ...CHANNELS.map((ch, j): Cell[] => [ch, CHANNEL_TOTALS[j]]),
    ["ผลรวมทั้งหมด", CHANNEL_TOTALS.reduce((a, b) => a + b, 0)],
  ];
  const sheet = pkg.addSheet(
    PIVOT_SHEET,
    XML_DECL +
      worksheetOpen +
      `<dimension ref="A3:B6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
      `<cols><col min="1" max="1" width="16" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/></cols>` +
      pkg.sheetData(rows, 3) +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  pkg.relate(sheet, REL.pivotTable, table);
}

// --- Microsoft 365 parts: threaded comments, a sensitivity label, sparklines, x14 ---------------

const PERSON = { id: "{6C2A9F41-3B1E-4D8A-9C55-0E7B2D41A3F0}", name: "สมหญิง ใจดี" };
const REPLIER = { id: "{0B9E5D23-7A64-4F1C-8E2B-5D3C1A9F7E60}", name: "วิชัย รักงาน" };
const THREAD = { id: "{A1B2C3D4-1111-4A2B-8C3D-5E6F7A8B9C01}", ref: "C4", row: 3, col: 2 };
const REPLY_ID = "{A1B2C3D4-2222-4A2B-8C3D-5E6F7A8B9C02}";
const COMMENT_TEXT = "คะแนนข้อนี้ต่ำกว่าเป้าหมาย 85 — ขอให้กองบริการประชาชนชี้แจง";
const REPLY_TEXT = "รับทราบ จะเสนอมาตรการในแผนปีถัดไป";
/** The sensitivity label's id, as Microsoft Purview writes it into the custom properties' names. */
export const LABEL_ID = "f42aa342-8706-4288-bd11-ebb85995028c";
const DATA_BAR_ID = "{3F1C7D2E-9A4B-4C6D-8E0F-1A2B3C4D5E6F}";

function threadedCommentsXml(): string {
  return (
    XML_DECL +
    `<ThreadedComments xmlns="${NS.tc}" xmlns:x="${NS.main}">` +
    `<threadedComment ref="${THREAD.ref}" dT="2024-10-01T09:30:00.00" personId="${PERSON.id}" id="${THREAD.id}"><text>${esc(COMMENT_TEXT)}</text></threadedComment>` +
    `<threadedComment ref="${THREAD.ref}" dT="2024-10-02T14:05:00.00" personId="${REPLIER.id}" id="${REPLY_ID}" parentId="${THREAD.id}"><text>${esc(REPLY_TEXT)}</text></threadedComment>` +
    `</ThreadedComments>`
  );
}

function personsXml(): string {
  const person = (p: { id: string; name: string }) =>
    `<person displayName="${esc(p.name)}" id="${p.id}" userId="${esc(p.name)}" providerId="None"/>`;
  return (
    XML_DECL + `<personList xmlns="${NS.tc}" xmlns:x="${NS.main}">${person(PERSON)}${person(REPLIER)}</personList>`
  );
}

/** The note Excel writes beside a threaded comment, for versions that cannot show threads. */
function legacyCommentsXml(): string {
  const text =
    "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\n" +
    `Comment:\n    ${COMMENT_TEXT}\nReply:\n    ${REPLY_TEXT}`;
  return (
    XML_DECL +
    `<comments xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr" xmlns:xr="${NS.xr}">` +
    `<authors><author>tc=${THREAD.id}</author></authors>` +
    `<commentList><comment ref="${THREAD.ref}" authorId="0" shapeId="0" xr:uid="${THREAD.id}"><text><t xml:space="preserve">${esc(text)}</t></text></comment></commentList>` +
    `</comments>`
  );
}

function vmlDrawingXml(): string {
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:259.5pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>3, 15, 2, 10, 5, 15, 6, 4</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${THREAD.row}</x:Row><x:Column>${THREAD.col}</x:Column></x:ClientData></v:shape></xml>`
  );
}

/** A sensitivity label as Microsoft Purview stamps it into `docProps/custom.xml`. */
function customPropertiesXml(): string {
  const props: Array<[string, string]> = [
    ["Enabled", "true"],
    ["SetDate", "2024-10-01T02:30:00Z"],
    ["Method", "Standard"],
    ["Name", "ใช้ภายในหน่วยงาน"],
    ["SiteId", "2b7c3d9e-5f41-4a8b-9c0d-1e2f3a4b5c6d"],
    ["ActionId", "8e9f0a1b-2c3d-4e5f-6a7b-8c9d0e1f2a3b"],
    ["ContentBits", "0"],
  ];
  const body = props
    .map(
      ([key, value], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="MSIP_Label_${LABEL_ID}_${key}"><vt:lpwstr>${esc(value)}</vt:lpwstr></property>`,
    )
    .join("");
  return (
    XML_DECL +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${NS.vt}">${body}</Properties>`
  );
}

function addM365Parts(pkg: Package): void {
  const sheet = pkg.sheetPath(SCORE_SHEET);

  // The threaded comment on C4 (item i1's score), its person list, and the legacy note beside it.
  const threaded = "xl/threadedComments/threadedComment1.xml";
  const persons = "xl/persons/person.xml";
  const comments = "xl/comments1.xml";
  const vml = "xl/drawings/vmlDrawing1.vml";
  pkg.put(threaded, threadedCommentsXml());
  pkg.put(persons, personsXml());
  pkg.put(comments, legacyCommentsXml());
  pkg.put(vml, vmlDrawingXml());
  pkg.override(threaded, CONTENT_TYPE.threadedComments);
  pkg.override(persons, CONTENT_TYPE.person);
  pkg.override(comments, CONTENT_TYPE.comments);
  pkg.defaultType("vml", CONTENT_TYPE.vml);
  pkg.relate("xl/workbook.xml", REL.person, persons);
  const vmlRid = pkg.relate(sheet, REL.vmlDrawing, vml);
  pkg.relate(sheet, REL.comments, comments);
  pkg.relate(sheet, REL.threadedComment, threaded);
  pkg.addToSheet(sheet, `<legacyDrawing r:id="${vmlRid}"/>`);

  // The sensitivity label.
  const custom = "docProps/custom.xml";
  pkg.put(custom, customPropertiesXml());
  pkg.override(custom, CONTENT_TYPE.customProperties);
  pkg.relate("", REL.customProperties, custom);

  // A data bar on the first issue's item scores, with the x14 extension Excel 2010+ writes for it.
  pkg.addToSheet(
    sheet,
    `<conditionalFormatting sqref="C4:C6"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>` +
      `<extLst><ext uri="${DATA_BAR_EXT_URI}" xmlns:x14="${NS.x14}"><x14:id>${DATA_BAR_ID}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
  );
  pkg.addSheetExt(
    sheet,
    `<ext uri="${WORKSHEET_EXT_ORDER[0]}" xmlns:x14="${NS.x14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${NS.xm}">` +
      `<x14:cfRule type="dataBar" id="${DATA_BAR_ID}"><x14:dataBar minLength="0" maxLength="100" border="1" negativeBarBorderColorSameAsPositive="0">` +
      `<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:borderColor rgb="FF638EC6"/><x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/>` +
      `</x14:dataBar></x14:cfRule><xm:sqref>C4:C6</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`,
  );

  // A list validation whose source is on the other sheet: Excel writes those only as x14.
  pkg.addSheetExt(
    sheet,
    `<ext uri="${WORKSHEET_EXT_ORDER[1]}" xmlns:x14="${NS.x14}"><x14:dataValidations count="1" xmlns:xm="${NS.xm}">` +
      `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>'${esc(INDICATOR_SHEET)}'!$B$6:$B$10</xm:f></x14:formula1><xm:sqref>F4:F6</xm:sqref></x14:dataValidation>` +
      `</x14:dataValidations></ext>`,
  );

  // Sparklines of the EIT items' public and survey scores, beside them in column E.
  const sparklines = [8, 9, 10]
    .map(
      (r) => `<x14:sparkline><xm:f>'${esc(SCORE_SHEET)}'!C${r}:D${r}</xm:f><xm:sqref>E${r}</xm:sqref></x14:sparkline>`,
    )
    .join("");
  pkg.addSheetExt(
    sheet,
    `<ext uri="${WORKSHEET_EXT_ORDER[2]}" xmlns:x14="${NS.x14}"><x14:sparklineGroups xmlns:xm="${NS.xm}">` +
      `<x14:sparklineGroup type="column" displayEmptyCellsAs="gap" high="1" low="1">` +
      `<x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/>` +
      `<x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FF00B050"/><x14:colorLow rgb="FFD00000"/>` +
      `<x14:sparklines>${sparklines}</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`,
  );
}

// --- macros -------------------------------------------------------------------------------------

/**
 * `xl/vbaProject.bin`: a compound file (as a real one is) holding a PROJECT stream and an empty VBA
 * storage — NOT a working VBA project; no macro runs. A file adapter must carry its bytes unchanged.
 */
export function fakeVbaProject(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(
    cfb,
    "PROJECT",
    Buffer.from(
      'ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisWorkbook/&H00000000\r\nName="VBAProject"\r\n',
    ),
  );
  CFB.utils.cfb_add(cfb, "VBA/_placeholder", Buffer.from("not a real VBA project: test bytes only"));
  return new Uint8Array(CFB.write(cfb, { type: "buffer", fileType: "cfb" }) as Buffer);
}

function addMacros(pkg: Package): void {
  const vba = "xl/vbaProject.bin";
  pkg.put(vba, fakeVbaProject());
  pkg.defaultType("bin", CONTENT_TYPE.vbaProject);
  pkg.override("xl/workbook.xml", CONTENT_TYPE.macroWorkbook);
  pkg.relate("xl/workbook.xml", REL.vbaProject, vba);
  // The code names Excel gives the workbook and each sheet of a macro-enabled file.
  const workbookPr = elementChildren(pkg.root("xl/workbook.xml")).find((e) => e.localName === "workbookPr");
  workbookPr?.setAttribute("codeName", "ThisWorkbook");
  pkg.sheetNames().forEach((name, i) => {
    const part = pkg.sheetPath(name);
    const root = pkg.root(part);
    const sheetPr = elementChildren(root).find((e) => e.localName === "sheetPr");
    if (sheetPr) sheetPr.setAttribute("codeName", `Sheet${i + 1}`);
    else pkg.addToSheet(part, `<sheetPr codeName="Sheet${i + 1}"/>`);
  });
}

// --- the fixtures -------------------------------------------------------------------------------

function build(...features: Array<(pkg: Package) => void>): Uint8Array {
  const pkg = new Package(new Uint8Array(readFileSync(SAMPLE_XLSX)));
  for (const f of features) f(pkg);
  return pkg.zip();
}

/**
 * The sample plus a third sheet "ข้อมูล" (complaints by quarter and channel, A1:C9, and a SUMIF total
 * per quarter, E1:F5) holding a native clustered column chart of the totals (`xl/charts/chart1.xml`,
 * series cached) and a 24 × 24 PNG (`xl/media/image1.png`), both anchored in `xl/drawings/drawing1.xml`
 * (with its `_rels`), wired through the sheet's `<drawing>` and `_rels` and the content types.
 */
export function withChart(): Uint8Array {
  return build(addChart);
}

/**
 * The sample plus the sheet "ข้อมูล" (as in `withChart`, without the chart) and a sheet "ตาราง Pivot"
 * holding a pivot table (`xl/pivotTables/pivotTable1.xml`: channels down the rows, the sum of
 * complaints, at A3:B6, its cells rendered) on a pivot cache of that data
 * (`xl/pivotCache/pivotCacheDefinition1.xml` + `pivotCacheRecords1.xml`), wired through workbook.xml's
 * `<pivotCaches>` (cacheId 1), the workbook's, the sheet's, the table's and the cache's relationships.
 */
export function withPivot(): Uint8Array {
  return build(addPivot);
}

/**
 * The sample plus, on the score sheet "ผลคะแนนรายข้อ":
 * - a threaded comment with a reply on C4 (`xl/threadedComments/threadedComment1.xml`, its people in
 *   `xl/persons/person.xml`), and the legacy note Excel writes beside it (`xl/comments1.xml`,
 *   `xl/drawings/vmlDrawing1.vml`, the sheet's `<legacyDrawing>`);
 * - a data bar on C4:C6 whose `<cfRule>` links by `x14:id` to its x14 twin in the sheet's `<extLst>`;
 * - an `x14:dataValidations` list on F4:F6 whose source is 'ผลคะแนนรายตัวชี้วัด'!$B$6:$B$10;
 * - an `x14:sparklineGroups` group of column sparklines in E8:E10 over C:D of their rows;
 * and `docProps/custom.xml` holding a sensitivity label's MSIP_Label_… properties.
 */
export function withM365Parts(): Uint8Array {
  return build(addM365Parts);
}

/**
 * The sample as a macro-enabled workbook (save it as `.xlsm`): `xl/vbaProject.bin` (placeholder bytes
 * in a compound file, see `fakeVbaProject` — no macro in it), the vbaProject relationship from the
 * workbook, `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`, the
 * workbook's content type `application/vnd.ms-excel.sheet.macroEnabled.main+xml`, and code names.
 */
export function withMacros(): Uint8Array {
  return build(addMacros);
}

/** All of the above in one macro-enabled package (save it as `.xlsm`). */
export function withEverything(): Uint8Array {
  return build(addChart, addPivot, addM365Parts, addMacros);
}

/** The fixtures by name, with the extension each is saved with. */
export const FIXTURES: Record<string, { make: () => Uint8Array; ext: ".xlsx" | ".xlsm" }> = {
  withChart: { make: withChart, ext: ".xlsx" },
  withPivot: { make: withPivot, ext: ".xlsx" },
  withM365Parts: { make: withM365Parts, ext: ".xlsx" },
  withMacros: { make: withMacros, ext: ".xlsm" },
  withEverything: { make: withEverything, ext: ".xlsm" },
};

// --- reading packages in tests ------------------------------------------------------------------

/** The names of a package's parts, in the zip's order (no leading slash; folder entries left out). */
export function partNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes)).filter((name) => !name.endsWith("/"));
}

/** One part's bytes, uncompressed; throws when the package has no such part. */
export function partBytes(bytes: Uint8Array, name: string): Uint8Array {
  const found = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (!found) throw new Error(`No part ${name} in the package`);
  return found;
}

/** One part as text (UTF-8). */
export function partText(bytes: Uint8Array, name: string): string {
  return strFromU8(partBytes(bytes, name));
}
