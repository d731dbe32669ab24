/**
 * Big workbooks for the benchmark:
 *
 *   npx tsx scripts/make-big-workbook.ts <out.xlsx> <megabytes>
 *
 * writes a workbook of about that many megabytes (of 10^6 bytes; 10 MB ≈ 1.3 M cells, 50 MB ≈ 6.5 M cells): the
 * sample's two score sheets, copied from examples/ita-2567-sample.xlsx's package as they are (with its
 * styles, theme and shared strings), then raw-data sheets "ข้อมูลดิบ 1", "ข้อมูลดิบ 2", … of up to
 * 200,000 rows × 12 columns: numbers, shared strings (Thai and codes), dates, and formulas with their
 * cached values (a shared formula and plain ones), as Excel writes them.
 *
 * The sheets' XML is generated a batch of rows at a time and pushed straight into fflate's streaming
 * `Zip` / `ZipDeflate`, whose output goes to the file as it comes, so the script holds a batch, not the
 * workbook. The shared strings go last, as Excel puts them, with their exact counts. The output is the
 * same bytes for the same size (a seeded generator, fixed timestamps).
 *
 * For the benchmark: `writeBigWorkbook(path, megabytes)` streams to a file; `makeBigWorkbook(megabytes)`
 * returns the bytes.
 */
import { createWriteStream, readFileSync } from "fs";
import { escapeXml as esc } from "../src/adapters/xlsx/package/xml";
import { mulberry32 } from "../tests/helpers/random";
import * as path from "path";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { Zip, ZipDeflate, strFromU8, strToU8, unzipSync } from "fflate";

const SAMPLE = path.join(__dirname, "..", "examples", "ita-2567-sample.xlsx");

/**
 * Rows of raw data per megabyte (10^6 bytes) of package, measured on this generator's output at deflate
 * level 6: a row holds 11.35 cells on average (the remark column is filled in 35 % of rows), so
 * 10 MB ≈ 114 k rows ≈ 1.3 M cells.
 */
export const ROWS_PER_MEGABYTE = 11_430;
export const COLUMNS = 12;
export const ROWS_PER_SHEET = 200_000;
const ROWS_PER_BATCH = 2_000;
const FIXED_TIME = new Date(2025, 0, 1, 0, 0, 0);

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export interface BigWorkbookStats {
  /** Size of the .xlsx package. */
  bytes: number;
  /** Every cell with a value: the score sheets' and the raw data's. */
  cells: number;
  rawCells: number;
  formulas: number;
  sheets: string[];
  /** Uncompressed size of the sheets' and shared strings' XML. */
  xmlBytes: number;
  ms: number;
}

// --- a deterministic generator ------------------------------------------------------------------

const UNITS = [
  "สำนักงานเลขานุการกรม",
  "กองแผนงาน",
  "กองการเจ้าหน้าที่",
  "กองคลัง",
  "กองบริการประชาชน",
  "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
  "กลุ่มงานคุ้มครองจริยธรรม",
  "ศูนย์ปฏิบัติการต่อต้านการทุจริต",
  "กลุ่มตรวจสอบภายใน",
  "กลุ่มพัฒนาระบบบริหาร",
];
const PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "นครราชสีมา", "สงขลา", "ภูเก็ต", "อุบลราชธานี", "พิษณุโลก"];
const GROUPS = ["ผู้มีส่วนได้เสียภายใน", "ผู้มีส่วนได้เสียภายนอก", "ผู้ตรวจประเมิน"];
const CODES = [
  ...Array.from({ length: 30 }, (_, i) => `i${i + 1}`),
  ...Array.from({ length: 15 }, (_, i) => `e${i + 1}`),
  ...Array.from({ length: 33 }, (_, i) => `o${i + 1}`),
];
const REMARKS = [
  "ควรปรับปรุงช่องทางการติดต่อสื่อสาร",
  "เจ้าหน้าที่ให้บริการดี",
  "ขอให้เผยแพร่ข้อมูลบนเว็บไซต์ให้ครบถ้วน",
  "ยังไม่เคยใช้บริการออนไลน์",
  "ขั้นตอนการให้บริการใช้เวลานาน",
  "ควรมีการประชาสัมพันธ์มากขึ้น",
];
/** 1 Oct 2023 (the first day of fiscal year 2567) as an Excel serial date, and the year's length. */
const FIRST_DAY = 45200;
const DAYS = 366;

const HEADER = [
  "ลำดับ",
  "วันที่ตอบ",
  "หน่วยงาน",
  "จังหวัด",
  "กลุ่มผู้ตอบ",
  "รหัสข้อ",
  "คะแนน",
  "น้ำหนัก",
  "คะแนนถ่วงน้ำหนัก",
  "ผลเทียบเป้าหมาย",
  "ความเห็น",
  "รหัสอ้างอิง",
];

/**
 * A number as Excel writes it into a cell: 17 significant digits, so 0.607 is "0.60699999999999998"
 * (integers and exact fractions stay short).
 */
function excelNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  const p = x.toPrecision(17);
  return p.includes("e") ? p : p.replace(/\.?0+$/, "");
}

/** Column letters of the 12 columns. */
const COL = "ABCDEFGHIJKL".split("");

// --- the small parts, from the sample's package ---------------------------------------------------

function parse(text: string): Document {
  return new DOMParser().parseFromString(text, "text/xml") as unknown as Document;
}
function serialize(doc: Document): string {
  const text = new XMLSerializer().serializeToString(
    doc as unknown as Parameters<XMLSerializer["serializeToString"]>[0],
  );
  return text.startsWith("<?xml") ? text : XML_DECL + text;
}
function child(el: Element, local: string): Element {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === local) return n as Element;
  throw new Error(`<${el.localName}> has no <${local}>`);
}
function elements(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

interface Styles {
  xml: string;
  date: number;
  number: number;
  percent: number;
  header: number;
}

/** The sample's styles with three cell formats added: a date and time, a 2-decimal number and a percent. */
function addStyles(xml: string): Styles {
  const doc = parse(xml);
  const cellXfs = child(doc.documentElement, "cellXfs");
  const base = elements(cellXfs).length;
  for (const numFmtId of [22, 4, 10]) {
    const xf = doc.createElementNS(NS_MAIN, "xf");
    for (const [k, v] of Object.entries({ numFmtId, fontId: 0, fillId: 0, borderId: 0, xfId: 0, applyNumberFormat: 1 }))
      xf.setAttribute(k, String(v));
    cellXfs.appendChild(xf);
  }
  cellXfs.setAttribute("count", String(base + 3));
  // The sample's bold TH Sarabun style (4) heads the columns.
  return { xml: serialize(doc), date: base, number: base + 1, percent: base + 2, header: 4 };
}

/** The reference code of raw row `n` (1-based): a string of its own in every row, as IDs are. */
const refCode = (n: number) => `REF-${n.toString(36).toUpperCase().padStart(5, "0")}`;

/**
 * Shared strings: the sample's, then the raw data's vocabulary, then one reference code per raw row
 * (`refCode`), whose index is computed rather than looked up, so the table costs no memory per row.
 * Every use is counted for the `count` attribute.
 */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly sampleItems: string;
  private readonly sampleCount: number;
  private readonly refBase: number;
  uses = 0;

  constructor(
    xml: string,
    vocabulary: string[],
    private readonly refs: number,
  ) {
    const doc = parse(xml);
    const sst = doc.documentElement;
    const items = elements(sst);
    items.forEach((si, i) => {
      if (!this.index.has(si.textContent ?? "")) this.index.set(si.textContent ?? "", i);
    });
    const serializer = new XMLSerializer();
    this.sampleItems = items
      .map((si) => serializer.serializeToString(si as unknown as Parameters<XMLSerializer["serializeToString"]>[0]))
      .join("")
      .replace(/ xmlns="[^"]*"/g, "");
    this.sampleCount = Number(sst.getAttribute("count") ?? items.length);
    let next = items.length;
    for (const text of vocabulary)
      if (!this.index.has(text)) {
        this.index.set(text, next++);
        this.added.push(text);
      }
    this.refBase = next;
  }

  /** The index of a vocabulary string, counting one use. */
  get(text: string): number {
    const i = this.index.get(text);
    if (i === undefined) throw new Error(`not in the vocabulary: ${text}`);
    this.uses++;
    return i;
  }

  /** The index of raw row `n`'s reference code, counting one use. */
  ref(n: number): number {
    this.uses++;
    return this.refBase + n - 1;
  }

  /** The part, in pieces: the sample's strings, the vocabulary, the reference codes. */
  *xml(): Generator<string> {
    const unique = this.refBase + this.refs;
    yield `${XML_DECL}<sst xmlns="${NS_MAIN}" count="${this.sampleCount + this.uses}" uniqueCount="${unique}">`;
    yield this.sampleItems + this.added.map((s) => `<si><t>${esc(s)}</t></si>`).join("");
    for (let n = 1; n <= this.refs; n += 50_000) {
      const out: string[] = [];
      for (let k = n; k < Math.min(this.refs + 1, n + 50_000); k++) out.push(`<si><t>${refCode(k)}</t></si>`);
      yield out.join("");
    }
    yield `</sst>`;
  }
}

// --- the raw-data sheets ------------------------------------------------------------------------

/** The XML of one raw-data sheet, a batch of rows at a time. */
function* rawSheet(
  rows: number,
  firstNumber: number,
  random: () => number,
  strings: SharedStrings,
  styles: Styles,
  count: { cells: number; formulas: number },
): Generator<string> {
  const last = rows + 1;
  yield (
    `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    `<dimension ref="A1:L${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols><col min="1" max="2" width="11" customWidth="1"/><col min="3" max="5" width="28" customWidth="1"/><col min="6" max="10" width="14" customWidth="1"/><col min="11" max="11" width="36" customWidth="1"/><col min="12" max="12" width="16" customWidth="1"/></cols>` +
    `<sheetData><row r="1" spans="1:12">` +
    HEADER.map((h, c) => `<c r="${COL[c]}1" s="${styles.header}" t="s"><v>${strings.get(h)}</v></c>`).join("") +
    `</row>`
  );
  count.cells += HEADER.length;
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const s = (text: string) => strings.get(text);
  for (let start = 2; start <= last; start += ROWS_PER_BATCH) {
    const end = Math.min(last, start + ROWS_PER_BATCH - 1);
    const out: string[] = [];
    for (let r = start; r <= end; r++) {
      // A score as a survey gives it: the share of points scored by some respondents, times 100.
      const respondents = 15 + Math.floor(random() * 46);
      const score = (100 * Math.round(respondents * (0.4 + 0.6 * random()))) / respondents;
      const weight = Math.round(random() * 1000) / 1000;
      // Full doubles, as Excel writes a product and a time of day.
      const weighted = score * weight;
      const answered = FIRST_DAY + Math.floor(random() * DAYS) + (8 * 60 + Math.floor(random() * 600)) / 1440;
      const remark = random() < 0.35 ? pick(REMARKS) : null;
      // Column I is one shared formula per batch, as Excel writes a filled-down column.
      const shared =
        r === start
          ? `<f t="shared" ref="I${start}:I${end}" si="${(start - 2) / ROWS_PER_BATCH}">G${r}*H${r}</f>`
          : `<f t="shared" si="${(start - 2) / ROWS_PER_BATCH}"/>`;
      out.push(
        `<row r="${r}" spans="1:12">` +
          `<c r="A${r}"><v>${firstNumber + r - 2}</v></c>` +
          `<c r="B${r}" s="${styles.date}"><v>${excelNumber(answered)}</v></c>` +
          `<c r="C${r}" t="s"><v>${s(pick(UNITS))}</v></c>` +
          `<c r="D${r}" t="s"><v>${s(pick(PROVINCES))}</v></c>` +
          `<c r="E${r}" t="s"><v>${s(pick(GROUPS))}</v></c>` +
          `<c r="F${r}" t="s"><v>${s(pick(CODES))}</v></c>` +
          `<c r="G${r}" s="${styles.number}"><v>${excelNumber(score)}</v></c>` +
          `<c r="H${r}" s="${styles.percent}"><v>${excelNumber(weight)}</v></c>` +
          `<c r="I${r}" s="${styles.number}">${shared}<v>${excelNumber(weighted)}</v></c>` +
          `<c r="J${r}" t="str"><f>IF(G${r}&lt;85,"ต่ำกว่าเป้าหมาย","ผ่าน")</f><v>${score < 85 ? "ต่ำกว่าเป้าหมาย" : "ผ่าน"}</v></c>` +
          (remark === null ? "" : `<c r="K${r}" t="s"><v>${s(remark)}</v></c>`) +
          `<c r="L${r}" t="s"><v>${strings.ref(firstNumber + r - 2)}</v></c>` +
          `</row>`,
      );
      count.cells += remark === null ? COLUMNS - 1 : COLUMNS;
      count.formulas += 2;
    }
    yield out.join("");
  }
  yield `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

// --- the package ----------------------------------------------------------------------------------

/** Cells holding a value in a sheet's XML (the score sheets are small). */
const countCells = (xml: string) => (xml.match(/<c [^>]*>(?:<f[^>]*\/>|<f[^>]*>.*?<\/f>)?<v>/g) ?? []).length;

/**
 * Generate the workbook, handing each chunk of the package to `write` as fflate's `Zip` makes it;
 * `write` may return a promise (a file's back-pressure), which is awaited between batches.
 */
export async function generateBigWorkbook(
  megabytes: number,
  write: (chunk: Uint8Array) => void | Promise<void>,
): Promise<BigWorkbookStats> {
  if (!(megabytes > 0)) throw new Error(`megabytes must be a positive number, not ${megabytes}`);
  const t0 = performance.now();
  const sample = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  const text = (name: string) => strFromU8(sample[name]);

  const totalRows = Math.max(1, Math.round(megabytes * ROWS_PER_MEGABYTE));
  const sheetRows: number[] = [];
  for (let left = totalRows; left > 0; left -= ROWS_PER_SHEET) sheetRows.push(Math.min(ROWS_PER_SHEET, left));
  const rawNames = sheetRows.map((_, i) => `ข้อมูลดิบ ${i + 1}`);

  // The workbook, its relationships, content types and app.xml, edited to add the raw sheets.
  const workbook = parse(text("xl/workbook.xml"));
  const rels = parse(text("xl/_rels/workbook.xml.rels"));
  const types = parse(text("[Content_Types].xml"));
  const app = parse(text("docProps/app.xml"));
  const sheetsEl = child(workbook.documentElement, "sheets");
  const scoreSheetNames = elements(sheetsEl).map((s) => s.getAttribute("name")!);
  const rawParts: string[] = [];
  rawNames.forEach((name) => {
    const n = elements(sheetsEl).length + 1;
    const rid = `rId${elements(rels.documentElement).length + 1}`;
    const part = `worksheets/sheet${n}.xml`;
    rawParts.push(`xl/${part}`);
    const rel = rels.createElementNS(NS_RELS, "Relationship");
    rel.setAttribute("Id", rid);
    rel.setAttribute("Type", `${NS_R}/worksheet`);
    rel.setAttribute("Target", part);
    rels.documentElement.appendChild(rel);
    const sheet = workbook.createElementNS(NS_MAIN, "sheet");
    sheet.setAttribute("name", name);
    sheet.setAttribute("sheetId", String(n));
    sheet.setAttributeNS(NS_R, "r:id", rid);
    sheetsEl.appendChild(sheet);
    const override = types.createElementNS(NS_TYPES, "Override");
    override.setAttribute("PartName", `/xl/${part}`);
    override.setAttribute("ContentType", WORKSHEET_TYPE);
    types.documentElement.appendChild(override);
    const titles = child(child(app.documentElement, "TitlesOfParts"), "vector");
    const lpstr = app.createElementNS(NS_VT, "vt:lpstr");
    lpstr.appendChild(app.createTextNode(name));
    titles.appendChild(lpstr);
    titles.setAttribute("size", String(elements(titles).length));
  });
  const counts = child(child(app.documentElement, "HeadingPairs"), "vector").getElementsByTagNameNS(NS_VT, "i4")[0];
  counts.textContent = String(scoreSheetNames.length + rawNames.length);
  const styles = addStyles(text("xl/styles.xml"));
  const strings = new SharedStrings(
    text("xl/sharedStrings.xml"),
    [...HEADER, ...UNITS, ...PROVINCES, ...GROUPS, ...CODES, ...REMARKS],
    totalRows,
  );

  // The zip, its output gathered per batch and handed on.
  let pending: Uint8Array[] = [];
  let bytes = 0;
  let failure: Error | null = null;
  let done = false;
  const zip = new Zip((err, chunk, final) => {
    if (err) failure = err;
    else {
      pending.push(chunk);
      bytes += chunk.length;
    }
    if (final) done = true;
  });
  const flush = async () => {
    if (failure) throw failure;
    const out = pending;
    pending = [];
    for (const c of out) await write(c);
  };
  let xmlBytes = 0;
  const add = async (name: string, content: string | Iterable<string>) => {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = FIXED_TIME;
    zip.add(file);
    for (const piece of typeof content === "string" ? [content] : content) {
      const data = strToU8(piece);
      xmlBytes += data.length;
      file.push(data);
      await flush();
    }
    file.push(new Uint8Array(0), true);
    await flush();
  };

  const count = { cells: 0, formulas: 0 };
  let scoreCells = 0;
  // Excel's order: content types, relationships, workbook, sheets, theme, styles, shared strings, properties.
  await add("[Content_Types].xml", serialize(types));
  await add("_rels/.rels", text("_rels/.rels"));
  await add("xl/workbook.xml", serialize(workbook));
  await add("xl/_rels/workbook.xml.rels", serialize(rels));
  for (const name of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
    scoreCells += countCells(text(name));
    await add(name, text(name));
  }
  const random = mulberry32(2567);
  let first = 1;
  for (let i = 0; i < rawParts.length; i++) {
    await add(rawParts[i], rawSheet(sheetRows[i], first, random, strings, styles, count));
    first += sheetRows[i];
  }
  await add("xl/theme/theme1.xml", text("xl/theme/theme1.xml"));
  await add("xl/styles.xml", styles.xml);
  await add("xl/sharedStrings.xml", strings.xml());
  await add("docProps/core.xml", text("docProps/core.xml"));
  await add("docProps/app.xml", serialize(app));
  zip.end();
  await flush();
  if (!done) throw new Error("the zip did not finish");
  return {
    bytes,
    cells: scoreCells + count.cells,
    rawCells: count.cells,
    formulas: count.formulas,
    sheets: [...scoreSheetNames, ...rawNames],
    xmlBytes,
    ms: performance.now() - t0,
  };
}

/** Stream a workbook of about `megabytes` MB to a file. */
export async function writeBigWorkbook(file: string, megabytes: number): Promise<BigWorkbookStats> {
  const t0 = performance.now();
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.on("error", reject));
  const stats = await generateBigWorkbook(megabytes, (chunk) =>
    out.write(chunk) ? undefined : Promise.race([new Promise<void>((resolve) => out.once("drain", resolve)), failed]),
  );
  await Promise.race([new Promise<void>((resolve) => out.end(resolve)), failed]);
  return { ...stats, ms: performance.now() - t0 };
}

/** A workbook of about `megabytes` MB, as bytes. */
export async function makeBigWorkbook(megabytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const stats = await generateBigWorkbook(megabytes, (chunk) => void chunks.push(chunk));
  const out = new Uint8Array(stats.bytes);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function main(argv: string[]) {
  const [file, mb] = argv;
  if (!file || !mb || !(Number(mb) > 0)) {
    console.error("usage: npx tsx scripts/make-big-workbook.ts <out.xlsx> <megabytes>");
    process.exitCode = 2;
    return;
  }
  const s = await writeBigWorkbook(file, Number(mb));
  const MB = 1e6;
  console.log(
    `${file}: ${(s.bytes / MB).toFixed(1)} MB (${s.bytes.toLocaleString("en")} bytes), ${s.cells.toLocaleString("en")} cells ` +
      `(${s.rawCells.toLocaleString("en")} raw, ${s.formulas.toLocaleString("en")} formulas) in ${s.sheets.length} sheets, ` +
      `${(s.xmlBytes / MB).toFixed(0)} MB of XML, ${(s.ms / 1000).toFixed(1)} s, ` +
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
