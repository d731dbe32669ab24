/**
 * The generated sheets print clean: every line of text shows, no word is broken by a narrow column,
 * the printed columns fit the page at 100 %, and numbers take the digits chosen.
 *
 * The text is laid out here on its own, independently of the renderer: glyph widths from TH Sarabun
 * New's metrics, lines filled word by word (Thai words from the platform's segmenter), a line as
 * tall as the font's ascent and descent. The checks are deliberately a little kinder than the
 * renderer (a smaller indent, no rounding up), so they test what a reader sees, not the renderer's
 * own arithmetic.
 */
import metrics from "../src/core/text/data/sarabun-metrics.json";
import { WorkbookGrid } from "../src/core/read/grid";
import { RenderOptions } from "../src/core/render/renderWorkbook";
import { SheetPlan, Style, WorkbookPlan } from "../src/core/render/model";
import { sampleGrid, seedTablesBySheet } from "./helpers/grids";
import { render } from "./helpers/pipeline";
import { analysed, gridOf, scoreGrid, workbookBytes } from "./helpers/lastYear";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import type { WorkbookOptions } from "../src/core/analyseWorkbook";

const segmenter = new Intl.Segmenter("th", { granularity: "word" });
const widthOf = (text: string, size: number, bold: boolean) => {
  const table = (bold ? metrics.bold : metrics.regular) as Record<string, number>;
  return ([...text].reduce((s, ch) => s + (table[ch] ?? 600), 0) / metrics.unitsPerEm) * size;
};
/**
 * A column of w characters: in Excel 7 pixels (0.75 pt) a character; in LibreOffice Carlito 11's
 * digit, 0.507 em. Text must fit the narrower, the page must hold the wider. A cell keeps 2.25 pt
 * free on each side.
 */
const roomPt = (w: number) => 5.25 * w;
const spanPt = (w: number) => Math.max(5.25 * w + 3.75, 5.58 * w);
/** Excel indents by about three spaces per level; 9 pt is less than the renderer allows for. */
const INDENT_PT = 9;

function linesOf(text: string, room: number, size: number, bold: boolean): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = "";
    lines++;
    for (const { segment } of segmenter.segment(paragraph)) {
      const next = line + segment;
      if (line.trim() === "" || widthOf(next.trimEnd(), size, bold) <= room) line = next;
      else {
        lines++;
        line = segment.trimStart();
      }
    }
  }
  return lines;
}

interface Laid {
  sheet: string;
  ref: string;
  text: string;
  lines: number;
  needed: number;
  height: number;
  widestWord: number;
  room: number;
  merged: boolean;
  wraps: boolean;
}

/** Every text cell of a sheet's print area, laid out. */
function layout(plan: WorkbookPlan, s: SheetPlan): Laid[] {
  const area = s.print!.area!;
  const out: Laid[] = [];
  for (const c of s.cells) {
    if (c.row > area.bottom || c.col > area.right) continue;
    const text = "text" in c.content ? c.content.text : "formula" in c.content ? String(c.content.result) : "";
    if (!text) continue;
    const st: Style = plan.styles[c.style ?? ""] ?? {};
    const size = st.font?.size ?? 11;
    const bold = st.font?.bold ?? false;
    const merge = s.merges.find((m) => c.row >= m.top && c.row <= m.bottom && c.col >= m.left && c.col <= m.right);
    const cols = merge ? s.columns.slice(merge.left, merge.right + 1) : [s.columns[c.col]];
    const room = cols.reduce((sum, w) => sum + roomPt(w), 0) - 4.5 - (st.align?.indent ?? 0) * INDENT_PT;
    const wraps = st.align?.wrap ?? false;
    const lines = wraps ? linesOf(text, room, size, bold) : text.split("\n").length;
    const words = text.split("\n").flatMap((p) => [...segmenter.segment(p)].map((x) => x.segment.trim()));
    out.push({
      sheet: s.name,
      ref: `${String.fromCharCode(65 + c.col)}${c.row + 1}`,
      text,
      lines,
      needed: (lines * (metrics.ascent + metrics.descent) * size) / metrics.unitsPerEm,
      height: s.rowHeights[c.row] ?? 15,
      widestWord: Math.max(...words.map((w) => widthOf(w, size, bold))),
      room,
      merged: merge !== undefined && merge.right > merge.left,
      wraps,
    });
  }
  return out;
}

const rendered =
  (grid: () => Promise<WorkbookGrid> | WorkbookGrid, options: RenderOptions = {}) =>
  async (): Promise<WorkbookPlan> =>
    render(await grid(), options).plan;

/** Two years of one agency: this year's plan beside the table of last year's measures (`lastYear.test.ts`). */
const withLastYear = (options: WorkbookOptions) => async (): Promise<WorkbookPlan> => {
  const last = { i10: 70, i4: 84, i7: 60, i13: 80, e9: [80, 90] as [number, number], o12: 0 };
  const previousWorkbook = await gridOf(await analysed(scoreGrid(2568, last), { lang: options.lang }));
  const now = await workbookBytes(scoreGrid(2569, { i10: 90, i4: 79, i7: 75, i13: 80.2, e9: null }));
  return (await analyseXlsx(now, "x.xlsx", { ...options, previousWorkbook })).plan;
};

const cases: Array<[string, () => Promise<WorkbookPlan>]> = [
  ["the sample, in Thai", rendered(sampleGrid)],
  [
    "the sample, in Thai digits, for a named agency",
    rendered(sampleGrid, { thaiDigits: true, agencyName: "สำนักงานคณะกรรมการสิทธิมนุษยชนแห่งชาติ" }),
  ],
  ["the sample, in English", rendered(sampleGrid, { lang: "en" })],
  ["the seed's tables", rendered(seedTablesBySheet)],
  ["two years, with last year's measures, in Thai digits", withLastYear({ thaiDigits: true })],
  ["two years, with last year's measures, in English", withLastYear({ lang: "en" })],
];

describe.each(cases)("every generated sheet of %s prints clean", (_name, make) => {
  let plan: WorkbookPlan;
  beforeAll(async () => {
    plan = await make();
  });

  test("no line of text is clipped: each row is as tall as its text", () => {
    const clipped = plan.sheets.flatMap((s) => layout(plan, s)).filter((l) => l.height < l.needed);
    expect(
      clipped.map(
        (l) =>
          `${l.sheet}!${l.ref} ${l.lines} lines need ${l.needed.toFixed(1)} pt, row is ${l.height}: ${l.text.slice(0, 40)}`,
      ),
    ).toEqual([]);
  });

  test("no word is broken: every column is at least as wide as the widest word written in it", () => {
    const broken = plan.sheets
      .flatMap((s) => layout(plan, s))
      .filter((l) => l.widestWord > l.room + 0.01 && (l.wraps || !l.merged));
    expect(broken.map((l) => `${l.sheet}!${l.ref}: ${l.text.slice(0, 40)}`)).toEqual([]);
  });

  test("text that does not wrap fits its cell on one line", () => {
    const over = plan.sheets
      .flatMap((s) => layout(plan, s))
      .filter((l) => !l.wraps && widthOf(l.text, 16, true) > l.room + 0.01);
    expect(over.map((l) => `${l.sheet}!${l.ref}: ${l.text}`)).toEqual([]);
  });

  test("the printed columns fit an A4 page at 100 %, and the fonts print at 14–18 pt", () => {
    for (const s of plan.sheets) {
      const page = (s.print!.orientation === "portrait" ? 595 : 842) - 2 * s.print!.margins.side * 72;
      const printed = s.columns.slice(0, s.print!.area!.right + 1).reduce((sum, w) => sum + spanPt(w), 0);
      // They fit at 100 %; one page wide is asked all the same, for where the font is missing.
      expect([s.key, printed <= page, s.print!.fitToWidth]).toEqual([s.key, true, true]);
    }
    for (const [name, st] of Object.entries(plan.styles)) {
      const size = st.font?.size ?? 0;
      expect([name, size >= 14 && size <= 18]).toEqual([name, true]);
    }
  });
});

describe("digits follow the option", () => {
  const arabic = /[0-9]/;
  /** Item codes (i1, o16) and the tools' names ("EIT Public") are names, not numbers. */
  const withoutNames = (t: string) => t.replace(/\b[a-z]\d+\b/gi, "").replace(/\bITA\b|\bEIT\b|\bIIT\b|\bOIT\b/g, "");

  test("with Thai digits, no Arabic digit is left in the printed text, and numbers are formatted in Thai digits", async () => {
    const { plan } = render(await sampleGrid(), { thaiDigits: true });
    for (const s of plan.sheets.filter((x) => ["summary", "analysis", "plan", "followup"].includes(x.key))) {
      const area = s.print!.area!;
      const leftovers = s.cells
        .filter((c) => c.row <= area.bottom && c.col <= area.right && "text" in c.content)
        .map((c) => withoutNames((c.content as { text: string }).text))
        .filter((t) => arabic.test(t));
      expect([s.key, leftovers]).toEqual([s.key, []]);
    }
    const numeric = Object.values(plan.styles).filter((st) => st.numberFormat && st.numberFormat !== "@");
    expect(numeric.length).toBeGreaterThan(2);
    for (const st of numeric) expect(st.numberFormat).toMatch(/^\[\$-D00041E\]/);
  });

  test("without, no Thai digit appears in generated text, and number formats carry no locale", async () => {
    const { plan } = render(await sampleGrid());
    for (const s of plan.sheets) {
      const thai = s.cells.filter((c) => "text" in c.content && /[๐-๙]/.test(c.content.text));
      expect([s.key, thai]).toEqual([s.key, []]);
    }
    for (const st of Object.values(plan.styles)) expect(st.numberFormat ?? "").not.toContain("[$-");
  });
});
