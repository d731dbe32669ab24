/**
 * The analysed workbook as an edit of the input's own package. Only what the analysis needs
 * changes: the generated sheets (and their tables, drawing and chart) are added as new parts —
 * an earlier run's removed first; the workbook's sheet list, defined names, relationships and
 * content types are extended; the styles are added to; a user sheet that gets highlights has its
 * conditional formats edited. Every other part is copied as its original compressed bytes.
 */
import { Document, Element } from "@xmldom/xmldom";
import { absoluteRef } from "../../../core/read/grid";
import { SheetPlan, WorkbookPlan } from "../../../core/render/model";
import { chartXml, drawingXml, relsXml } from "./chartXml";
import { HighlightEdit, editHighlights } from "./highlightSheet";
import { nextFree, relativeTarget, relsPathOf, resolveTarget } from "./paths";
import { PackageInfo, findPart } from "./readPackage";
import { WORKBOOK_ORDER, after } from "./schema";
import { printNames, tableXml, worksheetXml } from "./sheetXml";
import { EMPTY_STYLESHEET, StyleBook } from "./styles";
import {
  NS,
  childNamed,
  childrenNamed,
  createLike,
  fromUtf8,
  insertInOrder,
  parseXml,
  serializeXml,
  utf8,
} from "./xml";
import { OutEntry, ZipEntry, inflateEntry, writeZip } from "./zip";

const TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
};
const REL = (type: string) => `${NS.rel}/${type}`;
const CONTENT_TYPES = "[Content_Types].xml";

/** What follows `definedNames` and `calcPr` in a workbook. */
const AFTER_DEFINED_NAMES = after(WORKBOOK_ORDER, "definedNames");
const AFTER_CALC_PR = after(WORKBOOK_ORDER, "calcPr");

/**
 * The parts of the package as the edit goes: originals, written text (edited or new), removed
 * ones. A name finds its part as the reader finds it (`findPart`: no leading "/", any case), so a
 * relationship that spells a part otherwise than its zip entry still reaches it.
 */
class Parts {
  private readonly written = new Map<string, string>();
  private readonly removed = new Set<string>();

  constructor(private readonly entries: Map<string, ZipEntry>) {}

  /** The name the package knows the part by: its zip entry's, else its own. */
  private nameOf(name: string): string {
    return findPart(this.entries, name)?.name ?? name;
  }

  has(name: string): boolean {
    const n = this.nameOf(name);
    return !this.removed.has(n) && (this.written.has(n) || this.entries.has(n));
  }

  text(name: string): string | null {
    const n = this.nameOf(name);
    if (this.removed.has(n)) return null;
    const written = this.written.get(n);
    if (written !== undefined) return written;
    const entry = this.entries.get(n);
    return entry ? fromUtf8(inflateEntry(entry)) : null;
  }

  /** A part's new text; a part removed earlier in the edit (an earlier run's, say) comes back in its place. */
  set(name: string, text: string): void {
    const n = this.nameOf(name);
    this.removed.delete(n);
    this.written.set(n, text);
  }

  remove(name: string): void {
    const n = this.nameOf(name);
    this.removed.add(n);
    this.written.delete(n);
  }

  /** Every part name in use, lower-cased (part names compare without case). */
  taken(): Set<string> {
    const names = [...this.entries.keys(), ...this.written.keys()].filter((n) => !this.removed.has(n));
    return new Set(names.map((n) => n.toLowerCase()));
  }

  /** The originals in their order (copied or edited), then the new parts in the order they were made. */
  zip(): Uint8Array {
    const out: OutEntry[] = [];
    for (const [name, entry] of this.entries) {
      if (this.removed.has(name)) continue;
      const written = this.written.get(name);
      out.push(written === undefined ? { name, copy: entry } : { name, data: utf8(written) });
    }
    for (const [name, text] of this.written) if (!this.entries.has(name)) out.push({ name, data: utf8(text) });
    return writeZip(out);
  }
}

/** A part's XML in a DOM, written back when the edit is done. */
interface XmlPart {
  name: string;
  doc: Document;
  root: Element;
}

/** Write the plan into the package: the analysed workbook's bytes. */
export function writeAnalysedPackage(info: PackageInfo, plan: WorkbookPlan): Uint8Array {
  const parts = new Parts(info.entries);
  const edit = new PackageEdit(info, parts);
  edit.removeGenerated(plan);
  edit.highlight(plan);
  for (const sheet of plan.sheets) edit.addSheet(sheet, plan);
  edit.finish();
  return parts.zip();
}

class PackageEdit {
  private readonly types: XmlPart;
  private readonly workbook: XmlPart;
  private readonly workbookRels: XmlPart;
  private readonly styles: StyleBook;
  private readonly stylesPath: string;
  private readonly styleIndex = new Map<string, number>();
  /** The last table id used; counted from the workbook's own tables once the earlier run's are gone. */
  private tableId: number | null = null;

  constructor(
    private readonly info: PackageInfo,
    private readonly parts: Parts,
  ) {
    this.types = this.load(CONTENT_TYPES);
    this.workbook = this.load(info.workbookPath);
    this.workbookRels = this.load(relsPathOf(info.workbookPath));
    this.stylesPath = this.stylesPart();
    this.styles = new StyleBook(parts.text(this.stylesPath) ?? EMPTY_STYLESHEET, this.stylesPath);
  }

  /** Remove the sheets an earlier run wrote, with their parts, names and relationships. */
  removeGenerated(plan: WorkbookPlan): void {
    const sheets = this.sheetElements();
    const removed: number[] = [];
    sheets.forEach((el, i) => {
      if (!plan.replaceSheets.includes(el.getAttribute("name") ?? "")) return;
      const rId = el.getAttributeNS(NS.rel, "id") ?? "";
      const path = this.targetOf(this.workbookRels, this.info.workbookPath, rId);
      if (path) this.removeTree(path);
      this.removeRel(this.workbookRels, rId);
      el.parentNode!.removeChild(el);
      removed.push(i);
    });
    this.renumberNames(removed, plan.markerPrefix);
  }

  /**
   * The highlights of every user sheet: an earlier run's replaced, the plan's put in. A workbook
   * that never had ours only has the sheets that get highlights now read and edited.
   */
  highlight(plan: WorkbookPlan): void {
    const earlier = this.styles.ourDxfs();
    if (!plan.highlights.length && !earlier.size) return;
    const dxfId = plan.highlights.length
      ? this.styles.highlightDxf(plan.highlightStyle.fill, plan.highlightStyle.fontColor)
      : -1;
    const ours = new Set([...earlier, dxfId]);
    const byName = new Map(plan.highlights.map((h) => [h.sheet, h]));
    for (const el of this.sheetElements()) {
      const h = byName.get(el.getAttribute("name") ?? "");
      if (!h && !earlier.size) continue;
      const path = this.targetOf(this.workbookRels, this.info.workbookPath, el.getAttributeNS(NS.rel, "id") ?? "");
      const xml = path ? this.parts.text(path) : null;
      if (!path || xml === null) continue;
      const change: HighlightEdit = { dxfId, ours, plan: h, threshold: plan.threshold };
      const edited = editHighlights(xml, path, change);
      if (edited !== null) this.parts.set(path, edited);
    }
  }

  /** A generated sheet with its tables, drawing and chart, and its names. */
  addSheet(sheet: SheetPlan, plan: WorkbookPlan): void {
    const taken = this.parts.taken();
    const path = nextFree("xl/worksheets/sheet{n}.xml", taken);
    const rels: Array<{ id: string; type: string; target: string }> = [];
    const tableRelIds = sheet.tables.map((t) => {
      const tablePath = nextFree("xl/tables/table{n}.xml", this.parts.taken());
      this.tableId = (this.tableId ?? this.maxTableId()) + 1;
      this.addPart(tablePath, tableXml(sheet, t, this.tableId), TYPE.table);
      const id = `rId${rels.length + 1}`;
      rels.push({ id, type: "table", target: relativeTarget(path, tablePath) });
      return id;
    });
    let drawingRelId: string | undefined;
    if (sheet.charts.length) {
      const drawingPath = this.addDrawing(sheet);
      drawingRelId = `rId${rels.length + 1}`;
      rels.push({ id: drawingRelId, type: "drawing", target: relativeTarget(path, drawingPath) });
    }
    const styleIndex = (style: string | undefined) => this.cellStyle(style, plan);
    this.addPart(path, worksheetXml(sheet, { styleIndex, tableRelIds, drawingRelId }), TYPE.worksheet);
    if (rels.length) this.parts.set(relsPathOf(path), relsXml(rels));
    const rId = this.addRel(this.workbookRels, REL("worksheet"), relativeTarget(this.info.workbookPath, path));
    const index = this.appendSheetElement(sheet.name, rId);
    this.addName(`${plan.markerPrefix}${sheet.key}`, absoluteRef(sheet.name, 0, 0), null);
    for (const n of printNames(sheet)) this.addName(n.name, n.reference, index);
  }

  /** Write back the edited XML parts; formulas are recalculated when Excel opens the workbook. */
  finish(): void {
    this.fullCalcOnLoad();
    for (const p of [this.types, this.workbook, this.workbookRels]) this.parts.set(p.name, serializeXml(p.doc));
    this.parts.set(this.stylesPath, this.styles.toXml());
  }

  private load(name: string): XmlPart {
    const text = this.parts.text(name);
    if (text === null) throw new Error(`The package has no ${name}`);
    const doc = parseXml(text, name);
    return { name, doc, root: doc.documentElement! };
  }

  /** The styles part, made (with its relationship and content type) when the workbook has none. */
  private stylesPart(): string {
    for (const rel of childrenNamed(this.workbookRels.root, "Relationship"))
      if (rel.getAttribute("Type") === REL("styles"))
        return resolveTarget(this.info.workbookPath, rel.getAttribute("Target") ?? "");
    const path = nextFree("xl/styles{n}.xml", this.parts.taken());
    this.addRel(this.workbookRels, REL("styles"), relativeTarget(this.info.workbookPath, path));
    this.override(path, TYPE.styles);
    return path;
  }

  private cellStyle(style: string | undefined, plan: WorkbookPlan): number {
    if (!style) return 0;
    let index = this.styleIndex.get(style);
    if (index === undefined) {
      index = this.styles.xf(plan.styles[style]);
      this.styleIndex.set(style, index);
    }
    return index;
  }

  private sheetElements(): Element[] {
    const sheets = childNamed(this.workbook.root, "sheets");
    return sheets ? childrenNamed(sheets, "sheet") : [];
  }

  private appendSheetElement(name: string, rId: string): number {
    const sheets = childNamed(this.workbook.root, "sheets")!;
    const ids = childrenNamed(sheets, "sheet").map((s) => Number(s.getAttribute("sheetId")) || 0);
    const el = createLike(this.workbook.root, "sheet");
    el.setAttribute("name", name);
    el.setAttribute("sheetId", String(Math.max(0, ...ids) + 1));
    el.setAttributeNS(NS.rel, "r:id", rId);
    sheets.appendChild(el);
    return childrenNamed(sheets, "sheet").length - 1;
  }

  /** The chart parts of a sheet and the drawing that anchors them; the drawing's part name. */
  private addDrawing(sheet: SheetPlan): string {
    const drawingPath = nextFree("xl/drawings/drawing{n}.xml", this.parts.taken());
    const chartRels = sheet.charts.map((c, i) => {
      const chartPath = nextFree("xl/charts/chart{n}.xml", this.parts.taken());
      this.addPart(chartPath, chartXml(sheet, c), TYPE.chart);
      return { id: `rId${i + 1}`, type: "chart", target: relativeTarget(drawingPath, chartPath) };
    });
    this.addPart(drawingPath, drawingXml(sheet.charts), TYPE.drawing);
    this.parts.set(relsPathOf(drawingPath), relsXml(chartRels));
    return drawingPath;
  }

  private addPart(path: string, xml: string, contentType: string): void {
    this.parts.set(path, xml);
    this.override(path, contentType);
  }

  /** A part and everything it refers to within the package (a generated sheet's tables, drawing, charts). */
  private removeTree(path: string): void {
    if (!this.parts.has(path)) return;
    const relsPath = relsPathOf(path);
    const relsText = this.parts.text(relsPath);
    if (relsText !== null) {
      const rels = parseXml(relsText, relsPath).documentElement!;
      for (const rel of childrenNamed(rels, "Relationship")) {
        if (rel.getAttribute("TargetMode") === "External") continue;
        this.removeTree(resolveTarget(path, rel.getAttribute("Target") ?? ""));
      }
      this.parts.remove(relsPath);
    }
    this.parts.remove(path);
    this.removeOverride(path);
  }

  private targetOf(rels: XmlPart, fromPart: string, rId: string): string | null {
    const rel = childrenNamed(rels.root, "Relationship").find((r) => r.getAttribute("Id") === rId);
    return rel ? resolveTarget(fromPart, rel.getAttribute("Target") ?? "") : null;
  }

  private addRel(rels: XmlPart, type: string, target: string): string {
    const used = new Set(childrenNamed(rels.root, "Relationship").map((r) => r.getAttribute("Id")));
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    const el = createLike(rels.root, "Relationship");
    el.setAttribute("Id", `rId${n}`);
    el.setAttribute("Type", type);
    el.setAttribute("Target", target);
    rels.root.appendChild(el);
    return `rId${n}`;
  }

  private removeRel(rels: XmlPart, rId: string): void {
    for (const r of childrenNamed(rels.root, "Relationship"))
      if (r.getAttribute("Id") === rId) rels.root.removeChild(r);
  }

  private override(path: string, contentType: string): void {
    const el = createLike(this.types.root, "Override");
    el.setAttribute("PartName", `/${path}`);
    el.setAttribute("ContentType", contentType);
    this.types.root.appendChild(el);
  }

  private removeOverride(path: string): void {
    for (const o of childrenNamed(this.types.root, "Override"))
      if ((o.getAttribute("PartName") ?? "").toLowerCase() === `/${path}`.toLowerCase()) this.types.root.removeChild(o);
  }

  /**
   * Names of removed sheets go (their print areas, our markers); names local to a sheet that moved
   * up follow it.
   */
  private renumberNames(removed: number[], markerPrefix: string): void {
    const list = childNamed(this.workbook.root, "definedNames");
    if (!list) return;
    for (const dn of childrenNamed(list, "definedName")) {
      const local = dn.getAttribute("localSheetId");
      const index = local === null ? null : Number(local);
      if ((dn.getAttribute("name") ?? "").startsWith(markerPrefix) || (index !== null && removed.includes(index))) {
        list.removeChild(dn);
        continue;
      }
      if (index !== null) dn.setAttribute("localSheetId", String(index - removed.filter((r) => r < index).length));
    }
  }

  private addName(name: string, reference: string, localSheetId: number | null): void {
    let list = childNamed(this.workbook.root, "definedNames");
    if (!list) {
      list = createLike(this.workbook.root, "definedNames");
      insertInOrder(this.workbook.root, list, AFTER_DEFINED_NAMES);
    }
    const el = createLike(this.workbook.root, "definedName");
    el.setAttribute("name", name);
    if (localSheetId !== null) el.setAttribute("localSheetId", String(localSheetId));
    el.appendChild(this.workbook.doc.createTextNode(reference));
    list.appendChild(el);
  }

  private fullCalcOnLoad(): void {
    let calc = childNamed(this.workbook.root, "calcPr");
    if (!calc) {
      calc = createLike(this.workbook.root, "calcPr");
      insertInOrder(this.workbook.root, calc, AFTER_CALC_PR);
    }
    calc.setAttribute("fullCalcOnLoad", "1");
  }

  /** The largest table id in the workbook: a new table's id must differ from every other's. */
  private maxTableId(): number {
    let max = 0;
    for (const name of this.info.entries.keys()) {
      if (!/^xl\/tables\/[^/]+\.xml$/i.test(name) || !this.parts.has(name)) continue;
      const root = parseXml(this.parts.text(name)!, name).documentElement!;
      max = Math.max(max, Number(root.getAttribute("id")) || 0);
    }
    return max;
  }
}
