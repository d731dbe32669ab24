/**
 * Last year's measures, read from the sheets last year's run wrote: the plan (which measures, for
 * which issues), the follow-up (the status the analyst recorded at 6 and 12 months), the analysis
 * (last year's item scores, from which the items each measure was for are worked out again, the
 * way the plan chose them) and the framework sheet (last year's items and year). Every table is
 * found by its headers (`layouts.ts`), in either language. They come from a workbook given as last
 * year's, from this workbook when its generated sheets were made for an earlier year, or — on a
 * re-run, once this year's sheets have replaced last year's — from the table this year's run wrote.
 */
import { analyse } from "../analyse/analyse";
import { LastYearMeasureRecord, LastYearRecord, LastYearSource, LastYearTarget } from "../analyse/lastYear";
import { FrameworkIndex, builtInFramework } from "../framework";
import { Framework, MeasureDef } from "../framework/types";
import { LAST_YEAR_TEXT } from "../i18n/lastYearText";
import { InputError } from "../i18n/messages";
import { SHEET_TEXT } from "../i18n/sheetText";
import { ItemScores, ParsedItem, ParsedScores, ParsedValue } from "../parse/types";
import { SheetGrid, WorkbookGrid } from "../read/grid";
import { editSimilarity } from "../text/similarity";
import { normalizeText, toArabicDigits, withoutYear } from "../text/thai";
import { generatedSheet, readFrameworkSheet } from "./edits";
import { applyFrameworkSheet } from "./frameworkEdits";
import { ColumnDef, FOLLOWUP_TABLE, FoundTable, PLAN_TABLE, cellText, findTable } from "./layouts";
import { LASTYEAR_FIELDS, LASTYEAR_TABLE, parseTargetKey } from "./lastYearTable";

export interface LastYearFound {
  record: LastYearRecord | null;
  /**
   * True when this workbook's own generated sheets were made for an earlier year: what the analyst
   * recorded in their follow-up belongs to last year's measures, never to this year's.
   */
  ownSheetsAreLastYear: boolean;
}

/** The assessment year the generated sheets of a workbook were made for (their framework sheet's), or null. */
export function generatedYear(grid: WorkbookGrid): number | null {
  return readFrameworkSheet(grid)?.year ?? null;
}

/**
 * Last year's measures for this year's analysis (`framework`, `year`): from `given` (a workbook
 * given as last year's, which must hold a plan made for an earlier year), else from this
 * workbook's own sheets when they were made for an earlier year, else from the table an earlier
 * run of this year wrote. Null when there are none.
 */
export function findLastYear(
  grid: WorkbookGrid,
  given: WorkbookGrid | undefined,
  framework: Framework,
  year: number | null,
): LastYearFound {
  const own = generatedYear(grid);
  const ownSheetsAreLastYear = year !== null && own !== null && own < year && !!generatedSheet(grid, "plan");
  if (given) {
    const file = given.name ?? "";
    if (!generatedSheet(given, "plan")) throw new InputError("previous.noPlan", { file });
    const theirs = generatedYear(given);
    if (year !== null && theirs !== null && theirs >= year)
      throw new InputError("previous.notEarlier", { file, year: String(theirs), now: String(year) });
    return { record: readLastYear(given, framework, "file"), ownSheetsAreLastYear };
  }
  if (ownSheetsAreLastYear) return { record: readLastYear(grid, framework, "workbook"), ownSheetsAreLastYear };
  return { record: readLastYearSheet(grid, framework), ownSheetsAreLastYear };
}

/** Every table of a sheet with these headers, top to bottom. */
function findTables<Id extends string>(sheet: SheetGrid, columns: Array<ColumnDef<Id>>): Array<FoundTable<Id>> {
  const out: Array<FoundTable<Id>> = [];
  for (let from = 0; from < sheet.values.length;) {
    const t = findTable({ ...sheet, values: sheet.values.slice(from) }, columns);
    if (!t) break;
    out.push({ headerRow: from + t.headerRow, col: t.col });
    from += t.headerRow + 1;
  }
  return out;
}

/** The rows below a table's header, up to the first without `key` filled. */
function rowsOf<Id extends string>(sheet: SheetGrid, t: FoundTable<Id>, key: Id): SheetGrid["values"] {
  const rows: SheetGrid["values"] = [];
  for (const row of sheet.values.slice(t.headerRow + 1)) {
    if (!cellText(row, t.col.get(key))) break;
    rows.push(row);
  }
  return rows;
}

/** A table's columns from a header the sheets write in both languages. */
function columnsOf<Id extends string>(ids: Id[], th: string[], en: string[]): Array<ColumnDef<Id>> {
  return ids.map((id, i) => ({ id, header: { th: th[i], en: en[i] }, width: 0 }));
}

const ITEM_COLUMNS = columnsOf(
  ["indicator", "code", "text", "value", "public", "survey", "status"],
  SHEET_TEXT.th.tableHeader,
  SHEET_TEXT.en.tableHeader,
);
const INDICATOR_COLUMNS = columnsOf(
  ["number", "tool", "name", "reported", "computed", "note", "status"],
  SHEET_TEXT.th.indicatorTableHeader,
  SHEET_TEXT.en.indicatorTableHeader,
);

const numberAt = (row: SheetGrid["values"][number], c: number | undefined): number | null => {
  const v = c === undefined ? null : row[c];
  return typeof v === "number" ? v : null;
};

/** Last year's scores as its analysis sheet shows them (the decided values it was analysed with). */
function scoresOf(sheet: SheetGrid | undefined, framework: Framework): ParsedScores {
  const items = new Map<string, ParsedItem>();
  const indicators = new Map<number, ParsedValue>();
  const fx = new FrameworkIndex(framework);
  for (const t of sheet ? findTables(sheet, ITEM_COLUMNS) : []) {
    for (const row of rowsOf(sheet!, t, "code")) {
      const code = toArabicDigits(cellText(row, t.col.get("code"))).toLowerCase();
      if (!fx.item.has(code) || items.has(code)) continue;
      const scores: ItemScores =
        fx.toolOf(code).scoring === "dual"
          ? { public: numberAt(row, t.col.get("public")), survey: numberAt(row, t.col.get("survey")) }
          : { value: numberAt(row, t.col.get("value")) ?? NaN };
      if ("value" in scores && Number.isNaN(scores.value)) continue;
      items.set(code, { code, scores, cells: [] });
    }
  }
  for (const t of sheet ? findTables(sheet, INDICATOR_COLUMNS) : []) {
    for (const row of rowsOf(sheet!, t, "number")) {
      const n = numberAt(row, t.col.get("number"));
      const v = numberAt(row, t.col.get("reported")) ?? numberAt(row, t.col.get("computed"));
      if (n !== null && v !== null && fx.indicator.has(n)) indicators.set(n, { value: v, cells: [] });
    }
  }
  const none = { sheets: [], quietSheets: [], diagnostics: [], scoreCells: [] };
  return {
    frameworkId: framework.id,
    items,
    indicators,
    tools: new Map(),
    overall: null,
    previous: new Map(),
    ...none,
  };
}

/** The measure a plan's cell names ("๓. ทบทวน…", in either language, a note on its second line), or null. */
function measureNamed(text: string, measures: MeasureDef[]): MeasureDef | null {
  const title = normalizeText(toArabicDigits(text.split("\n")[0])).replace(/^\d+\.\s*/, "");
  return measures.find((m) => [m.title.th, m.title.en].some((t) => normalizeText(t) === title)) ?? null;
}

/** "(1) …\n(3) …" → [1, 3]. */
const issuesIn = (text: string) => [...toArabicDigits(text).matchAll(/\((\d+)\)/g)].map((m) => Number(m[1]));

const allMeasures = (f: Framework) => f.issues.flatMap((i) => i.measures);

/** "ประจำปีงบประมาณ พ.ศ. 2569" or "FY 2569" in the rows above a table: the fiscal year it was written for. */
function fiscalYearAbove(sheet: SheetGrid, headerRow: number): number | null {
  for (const row of sheet.values.slice(0, headerRow))
    for (const v of row) {
      const m = typeof v === "string" ? /(?:พ\.\s*ศ\.|FY)\s*(\d{4})/.exec(toArabicDigits(v)) : null;
      if (m) return Number(m[1]);
    }
  return null;
}

/**
 * This year's code of one of last year's items: the item of the same tool whose wording is the
 * same, or so close (nine tenths alike, and clearly closer than any other) that it is the same item
 * reworded; null when this year has no such item. Codes alone move from year to year.
 */
export function sameItemNow(code: string, then: FrameworkIndex, now: FrameworkIndex): string | null {
  const item = then.item.get(code);
  if (!item) return null;
  const tool = then.toolOf(code).id;
  const scored = now.framework.items
    .filter((it) => now.toolOf(it.code).id === tool)
    .map((it) => ({ code: it.code, score: editSimilarity(withoutYear(item.th), withoutYear(it.th)) }))
    .sort((a, b) => b.score - a.score || (a.code === code ? -1 : b.code === code ? 1 : 0));
  const [best, next] = scored;
  if (!best || best.score < 0.9) return null;
  return best.score === 1 || !next || best.score - next.score >= 0.1 ? best.code : null;
}

/** What the analyst recorded in last year's follow-up, by measure (its Thai title). */
function statusesOf(sheet: SheetGrid | undefined, measures: MeasureDef[]): Map<string, { s6: string; s12: string }> {
  const out = new Map<string, { s6: string; s12: string }>();
  const t = sheet ? findTable(sheet, FOLLOWUP_TABLE) : null;
  if (!sheet || !t) return out;
  for (const row of sheet.values.slice(t.headerRow + 1)) {
    const m = measureNamed(cellText(row, t.col.get("measure")), measures);
    if (m) out.set(m.title.th, { s6: cellText(row, t.col.get("status6")), s12: cellText(row, t.col.get("status12")) });
  }
  return out;
}

/** Last year's framework: its framework sheet with the analyst's corrections, else its year's, else this year's. */
function frameworkThen(grid: WorkbookGrid, now: Framework): Framework {
  const sheet = readFrameworkSheet(grid);
  if (sheet) return applyFrameworkSheet(sheet).framework;
  return now;
}

/** Last year's measures from the plan, follow-up, analysis and framework sheets last year's run wrote. */
export function readLastYear(grid: WorkbookGrid, now: Framework, source: LastYearSource): LastYearRecord | null {
  const plan = generatedSheet(grid, "plan");
  const t = plan ? findTable(plan, PLAN_TABLE) : null;
  if (!plan || !t) return null;
  const year = generatedYear(grid);
  const then = frameworkThen(grid, (year !== null ? builtInFramework(year) : null) ?? now);
  const [fxThen, fxNow] = [new FrameworkIndex(then), new FrameworkIndex(now)];
  const analysed = analyse(scoresOf(generatedSheet(grid, "analysis"), then), then, { year });
  const statuses = statusesOf(generatedSheet(grid, "followup"), allMeasures(then));
  const measures: LastYearMeasureRecord[] = [];
  for (const row of plan.values.slice(t.headerRow + 1)) {
    const def = measureNamed(cellText(row, t.col.get("measure")), allMeasures(then));
    if (!def) continue;
    const issues = issuesIn(cellText(row, t.col.get("issue")));
    const planned = analysed.measures.find((m) => m.def.title.th === def.title.th);
    // The items the plan chose for it; were it not planned again, the items of its issues calling for action.
    const codes =
      planned?.answers ?? analysed.issues.filter((r) => issues.includes(r.issue.number)).flatMap((r) => r.suspect);
    const targets: LastYearTarget[] =
      analysed.level === "item"
        ? codes.map((code) => ({
            kind: "item",
            code: sameItemNow(code, fxThen, fxNow),
            lastCode: code,
            before: analysed.items.find((i) => i.code === code)?.min ?? null,
          }))
        : [...new Set(codes.map((code) => fxThen.item.get(code)!.indicator))].map((n) => ({
            kind: "indicator",
            number: n,
            before: analysed.indicators.find((i) => i.number === n)?.value ?? null,
          }));
    const status = statuses.get(def.title.th);
    measures.push({
      number: measures.length + 1,
      title: { th: def.title.th, en: def.title.en },
      issues,
      status6: status?.s6 ?? "",
      status12: status?.s12 ?? "",
      targets,
    });
  }
  return {
    year,
    fiscalYear: fiscalYearAbove(plan, t.headerRow) ?? (year === null ? null : year + 1),
    source,
    measures,
  };
}

/** A field of the table's working area: the value in the next filled cell after its label. */
function fieldOf(sheet: SheetGrid, label: { th: string; en: string }): number | null {
  for (const row of sheet.values) {
    const i = row.findIndex(
      (v) => typeof v === "string" && [label.th, label.en].some((l) => normalizeText(v) === normalizeText(l)),
    );
    if (i < 0) continue;
    const v = row.slice(i + 1).find((x) => typeof x === "number" || (typeof x === "string" && x !== ""));
    const n = typeof v === "number" ? v : Number(toArabicDigits(typeof v === "string" ? v : ""));
    return Number.isInteger(n) && n > 0 ? n : null;
  }
  return null;
}

/** A status as recorded: "" where the table said none was ("ไม่ได้บันทึก"). */
const recorded = (s: string) =>
  [LAST_YEAR_TEXT.th.notRecorded, LAST_YEAR_TEXT.en.notRecorded].some((n) => normalizeText(n) === normalizeText(s))
    ? ""
    : s;

/** The table of last year's measures an earlier run of this year wrote, read back; null when there is none. */
export function readLastYearSheet(grid: WorkbookGrid, now: Framework): LastYearRecord | null {
  const sheet = generatedSheet(grid, "lastyear");
  const t = sheet ? findTable(sheet, LASTYEAR_TABLE) : null;
  if (!sheet || !t) return null;
  const measures: LastYearMeasureRecord[] = [];
  for (const row of sheet.values.slice(t.headerRow + 1)) {
    const key = parseTargetKey(cellText(row, t.col.get("key")));
    if (!key) continue;
    const title = cellText(row, t.col.get("measure"));
    if (title) {
      const def = measureNamed(title, allMeasures(now));
      measures.push({
        number: measures.length + 1,
        title: def ? { th: def.title.th, en: def.title.en } : { th: title, en: title },
        issues: key.issues,
        status6: recorded(cellText(row, t.col.get("status6"))),
        status12: recorded(cellText(row, t.col.get("status12"))),
        targets: [],
      });
    }
    const m = measures[measures.length - 1];
    if (m && key.target) m.targets.push({ ...key.target, before: numberAt(row, t.col.get("before")) });
  }
  return {
    year: fieldOf(sheet, LASTYEAR_FIELDS.year),
    fiscalYear: fieldOf(sheet, LASTYEAR_FIELDS.fiscalYear),
    source: "sheet",
    measures,
  };
}
