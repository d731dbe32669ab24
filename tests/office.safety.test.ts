/**
 * Nothing the analyst owns is lost inside Excel, whatever fails. Real Excel never rolls a batch of
 * commands back: the commands before a failing one stay done. The typed fake does the same, so a
 * write is failed at every one of its commands in turn, and each time the previous run's sheets and
 * the analyst's follow-up entries survive, the user's cells are untouched, and the next Analyze
 * finishes the job as if nothing had happened. Protected and read-only workbooks are refused before
 * anything changes.
 */
import { analyzeWorkbook } from "../src/adapters/office/excelWorkbook";
import { OfficeActionError } from "../src/adapters/office/officeErrors";
import { readWorkbook } from "../src/adapters/office/read";
import { writePlan } from "../src/adapters/office/write";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { LEFTOVER, generatedSheetsOf } from "../src/core/render/model";
import type { WorkbookPlan } from "../src/core/render/model";
import { HIGHLIGHT_FONT } from "../src/core/render/styles";
import { FakeSheet, FakeWorkbook, installFakeExcel } from "./helpers/fakeExcel";
import { sampleGrid } from "./helpers/grids";

const USER_SHEETS = ["ผลคะแนนรายตัวชี้วัด", "ผลคะแนนรายข้อ"];
const cells = (s: FakeSheet) => JSON.stringify([...s.cells].sort());
/** Everything a sheet holds, as text: two equal sheets give the same. */
const whole = (s: FakeSheet) =>
  JSON.stringify({
    name: s.name,
    cells: [...s.cells].sort(),
    cfs: s.cfs,
    tables: s.tables,
    merges: s.merges,
    validations: s.validations,
    charts: s.charts,
    pageLayout: s.pageLayout,
  });
const state = (wb: FakeWorkbook) =>
  JSON.stringify({ sheets: wb.sheets.map(whole), names: wb.names.map((n) => [n.name, n.formula]).sort() });

/** What the analyst typed into the follow-up record over months: the first measure's 6-month entries. */
const ENTRIES = { status6: "ดำเนินการแล้วเสร็จ", result: "จัดอบรมเจ้าหน้าที่แล้ว ๒ รุ่น (ผู้เข้าร่วม ๑๒๐ คน)" };

/** The cell below a header that starts with `header`, in the sheet's first measure row. */
function entryCell(s: FakeSheet, header: string): string {
  const at = [...s.cells].find(([, c]) => typeof c.value === "string" && c.value.startsWith(header));
  if (!at) throw new Error(`no "${header}" header in ${s.name}`);
  const [row, col] = at[0].split(",").map(Number);
  return `${row + 1},${col}`;
}

function typeEntries(followup: FakeSheet): void {
  followup.cells.set(entryCell(followup, "สถานะ รอบ 6 เดือน"), { value: ENTRIES.status6 });
  followup.cells.set(entryCell(followup, "ผลการดำเนินงาน"), { value: ENTRIES.result });
}

/** The sheet each key's follow-up is read from now, as the next Analyze would choose it. */
function followupOf(wb: FakeWorkbook): FakeSheet {
  const marked = generatedSheetsOf(wb.names.map((n) => ({ name: n.name, reference: n.formula })));
  const name = [...marked].find(([, key]) => key === "followup")?.[0];
  if (!name) throw new Error("no follow-up sheet is marked");
  return wb.sheet(name);
}

const hasEntries = (s: FakeSheet) =>
  s.cells.get(entryCell(s, "สถานะ รอบ 6 เดือน"))?.value === ENTRIES.status6 &&
  s.cells.get(entryCell(s, "ผลการดำเนินงาน"))?.value === ENTRIES.result;

/** The sample, analysed once, with the analyst's entries typed into its follow-up sheet. */
async function analysedWorkbook(): Promise<FakeWorkbook> {
  const wb = new FakeWorkbook();
  for (const s of (await sampleGrid()).sheets) wb.addSheet(s.name, s.values, s.top, s.left);
  installFakeExcel(wb);
  await analyzeWorkbook({});
  typeEntries(wb.sheet("ติดตามผล"));
  return wb;
}

/** Write a plan made once (reading and analysing are the same on every copy) into a copy of `wb`. */
async function writeOnce(wb: FakeWorkbook, plan: WorkbookPlan): Promise<unknown> {
  installFakeExcel(wb);
  return Excel.run(async (context) => {
    const read = await readWorkbook(context, { values: true });
    await writePlan(context, read, plan);
  }).then(
    () => null,
    (e: unknown) => e,
  );
}

describe("a write that fails at any command loses nothing", () => {
  let base: FakeWorkbook;
  let plan: WorkbookPlan;
  /** The workbook after a second Analyze that nothing interrupted. */
  let reference: string;
  let commands: number;

  beforeAll(async () => {
    base = await analysedWorkbook();
    const copy = base.clone();
    installFakeExcel(copy);
    const grid = await Excel.run(async (context) => (await readWorkbook(context, { values: true })).grid);
    plan = analyseWorkbook(grid, {}).plan;
    copy.commands = 0;
    expect(await writeOnce(copy, plan)).toBeNull();
    commands = copy.commands;
    reference = state(copy);
    expect(hasEntries(copy.sheet("ติดตามผล"))).toBe(true);
  });

  test("the uninterrupted write: the same sheets, names and entries as before, under their own names", () => {
    const after = JSON.parse(reference) as { sheets: string[]; names: string[][] };
    expect(after.names.map((n) => n[0])).toEqual(
      ["analysis", "followup", "framework", "plan", "review", "summary", "units"].map((k) => `_ITA_Analyzer_${k}`),
    );
    expect(after.sheets.map((s) => (JSON.parse(s) as { name: string }).name)).toEqual(base.sheets.map((s) => s.name));
    expect(commands).toBeGreaterThan(500);
  });

  test("failed at each command in turn (once): each time the workbook keeps every sheet and entry, and the next write finishes", async () => {
    const before = state(base);
    const userCells = USER_SHEETS.map((n) => cells(base.sheet(n)));
    let untouched = 0;
    let swapped = 0;
    for (let k = 0; k < commands; k++) {
      const wb = base.clone();
      wb.failAt = k;
      const err = await writeOnce(wb, plan);
      expect(err).toBeInstanceOf(OfficeActionError);
      const message = (err as OfficeActionError).describe("en");
      // The user's own cells never change, whatever failed.
      expect(USER_SHEETS.map((n) => cells(wb.sheet(n)))).toEqual(userCells);
      if (message.endsWith("The workbook is as it was before Analyze.")) {
        // A build that failed was undone: the workbook is exactly as it was.
        expect(state(wb)).toBe(before);
        untouched++;
      } else {
        expect(message).toMatch(/not all of them replaced the old ones; no sheet or entry of the follow-up was lost/);
        swapped++;
      }
      // Every generated sheet has a marked, whole copy; the follow-up the next run reads holds the entries.
      const marked = generatedSheetsOf(wb.names.map((n) => ({ name: n.name, reference: n.formula })));
      expect(new Set([...marked.values()].filter((v) => v !== LEFTOVER)).size).toBe(7);
      expect(hasEntries(followupOf(wb))).toBe(true);
      // Every sheet is the user's or marked: none would be read as the user's data.
      for (const s of wb.sheets) expect(USER_SHEETS.includes(s.name) || marked.has(s.name)).toBe(true);
      // The next Analyze (every 25th, and every one after a failed swap) ends where an uninterrupted one does.
      if (k % 25 === 0 || !message.endsWith("before Analyze.")) {
        wb.failAt = null;
        expect(await writeOnce(wb, plan)).toBeNull();
        expect(state(wb)).toBe(reference);
      }
    }
    expect(untouched + swapped).toBe(commands);
    expect(swapped).toBeGreaterThan(10);
  });

  test("when everything from a command on fails (the clean-up too), the old sheets and entries survive and the next write removes what was left", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const userCells = USER_SHEETS.map((n) => cells(base.sheet(n)));
    for (const k of [0, 1, 2, 40, 41, 42, Math.floor(commands / 2), commands - 40, commands - 2, commands - 1]) {
      const wb = base.clone();
      wb.failAt = k;
      wb.failAll = true;
      expect(await writeOnce(wb, plan)).toBeInstanceOf(OfficeActionError);
      expect(USER_SHEETS.map((n) => cells(wb.sheet(n)))).toEqual(userCells);
      expect(hasEntries(followupOf(wb))).toBe(true);
      const marked = generatedSheetsOf(wb.names.map((n) => ({ name: n.name, reference: n.formula })));
      // A sheet added just before its marker failed is empty: nothing would be read from it.
      for (const s of wb.sheets) if (!USER_SHEETS.includes(s.name) && !marked.has(s.name)) expect(s.cells.size).toBe(0);
      wb.failAt = null;
      wb.failAll = false;
      expect(await writeOnce(wb, plan)).toBeNull();
      expect(hasEntries(wb.sheet("ติดตามผล"))).toBe(true);
      expect(wb.sheets.filter((s) => s.cells.size > 0).map((s) => s.name)).toEqual(base.sheets.map((s) => s.name));
      expect(wb.names.map((n) => n.name).sort()).toEqual(base.names.map((n) => n.name).sort());
    }
    // A clean-up that failed is logged (the message says what was left), never swallowed.
    expect(logged).toHaveBeenCalledWith(
      "ITA Analyzer: the sheets of a failed write could not be removed",
      expect.anything(),
    );
    logged.mockRestore();
  });
});

describe("protected and read-only workbooks are refused before anything changes", () => {
  const refused = async (prepare: (wb: FakeWorkbook) => void) => {
    const wb = await analysedWorkbook();
    prepare(wb);
    const before = state(wb);
    wb.commands = 0;
    const err = await analyzeWorkbook({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeActionError);
    expect(wb.commands).toBe(0);
    expect(state(wb)).toBe(before);
    return err as OfficeActionError;
  };

  test("a protected score sheet that gets highlights", async () => {
    const err = await refused((wb) => (wb.sheet("ผลคะแนนรายข้อ").protected = true));
    expect(err.describe("th")).toMatch(/^ชีต “ผลคะแนนรายข้อ” ถูกป้องกันไว้ .* สมุดงานไม่มีการเปลี่ยนแปลง$/);
    expect(err.describe("en")).toBe(
      "The sheet “ผลคะแนนรายข้อ” is protected, and Analyze must mark scores on it or write it anew. Unprotect it (Review › Unprotect Sheet), or leave it out in the settings, then analyse again. The workbook was not changed.",
    );
  });

  test("a protected follow-up sheet (an earlier run's)", async () => {
    const err = await refused((wb) => (wb.sheet("ติดตามผล").protected = true));
    expect(err.describe("en")).toMatch(/^The sheet “ติดตามผล” is protected/);
  });

  test("a protected workbook structure", async () => {
    const err = await refused((wb) => (wb.structureProtected = true));
    expect(err.describe("en")).toBe(
      "The workbook's structure is protected, so no sheet can be added or removed. Unprotect the workbook (Review › Protect Workbook), then analyse again. The workbook was not changed.",
    );
  });

  test("a workbook open read-only", async () => {
    const err = await refused((wb) => (wb.readOnly = true));
    expect(err.describe("th")).toMatch(/^สมุดงานนี้เปิดแบบอ่านอย่างเดียว/);
  });

  test("a protected sheet that Analyze leaves alone is no reason to refuse", async () => {
    const wb = await analysedWorkbook();
    wb.addSheet("บันทึก", [["หมายเหตุ"]]).protected = true;
    await analyzeWorkbook({});
    expect(wb.sheet("บันทึก").cells.get("0,0")?.value).toBe("หมายเหตุ");
  });

  test("AccessDenied from Excel itself says what may cause it, not only 'unprotect'", async () => {
    const wb = await analysedWorkbook();
    wb.commands = 0;
    wb.failAt = 0;
    wb.failCode = "AccessDenied";
    const err = (await analyzeWorkbook({}).catch((e: unknown) => e)) as OfficeActionError;
    expect(err.describe("en")).toBe(
      "Excel does not let this workbook be changed: it may be open read-only or for viewing only, protected, or shared without the right to edit. Make sure you can edit it (Edit Workbook), then try again. The workbook is as it was before Analyze.",
    );
  });
});

describe("what an earlier run left behind", () => {
  test("sheets of a run that stopped are never read as the user's, and the next Analyze removes them", async () => {
    const wb = await analysedWorkbook();
    // A run stopped mid-build: a temporary sheet marked pending, with a copy of the summary's scores in it.
    const left = wb.addSheet("~ITA 1", [
      ["ตัวชี้วัด", "คะแนน"],
      ["1", 12.5],
    ]);
    wb.names.push({ name: "_ITA_Analyzer_summary_pending", formula: `='${left.name}'!$A$1` });
    const r = await analyzeWorkbook({});
    expect(r.analysis.overall.reported).toBe(84.33);
    expect(wb.sheets.map((s) => s.name)).not.toContain("~ITA 1");
    expect(wb.names.map((n) => n.name)).not.toContain("_ITA_Analyzer_summary_pending");
    expect(hasEntries(wb.sheet("ติดตามผล"))).toBe(true);
    expect(wb.sheets.flatMap((s) => s.cfs).filter((cf) => cf.font === HIGHLIGHT_FONT).length).toBeGreaterThan(0);
  });
});
