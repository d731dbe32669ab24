import {
  BLOCK_CELLS,
  analyzeWorkbook,
  clearHighlights,
  firstBlock,
  listSheets,
  selectCell,
  styleName,
} from "../src/adapters/office/excelWorkbook";
import { OfficeActionError } from "../src/adapters/office/officeErrors";
import { HIGHLIGHT_FONT } from "../src/core/render/styles";
import { FakeSheet, FakeWorkbook, expand, installFakeExcel, richError } from "./helpers/fakeExcel";
import { sampleGrid } from "./helpers/grids";
import { randomWorkbook } from "./helpers/layouts";
import { fw } from "./helpers/pipeline";
import { cellAddress } from "../src/core/read/grid";

async function sampleWorkbook(): Promise<FakeWorkbook> {
  const wb = new FakeWorkbook();
  for (const s of (await sampleGrid()).sheets) wb.addSheet(s.name, s.values, s.top, s.left);
  return installFakeExcel(wb);
}

const snapshot = (s: FakeSheet) => JSON.stringify([...s.cells].sort());
const highlighted = (s: FakeSheet) => s.cfs.filter((cf) => cf.font === HIGHLIGHT_FONT);

describe("Analyze in Excel", () => {
  test("number formats are loaded with the values: 0.7868 shown as 78.68% is 78.68, marked below 0.85", async () => {
    const wb = new FakeWorkbook();
    const I1 = "การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลามากน้อยเพียงใด";
    const I3 = "เจ้าหน้าที่ในหน่วยงานของท่านมีการเรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่";
    wb.addSheet(
      "ผล",
      [
        ["ข้อ", "คำถาม", "คะแนน"],
        ["i1", I1, 0.7868],
        ["i3", I3, 0.9926],
      ],
      0,
      0,
      [[], [null, null, "0.00%"], [null, null, "0.00%"]],
    );
    installFakeExcel(wb);
    const r = await analyzeWorkbook({ year: 2567 });
    expect(r.analysis.items.map((i) => [i.code, i.min])).toEqual([
      ["i1", 78.68],
      ["i3", 99.26],
    ]);
    expect(highlighted(wb.sheet("ผล")).map((cf) => [cf.address, cf.rule])).toEqual([
      ["C2", { formula1: "0.85", operator: "LessThan" }],
    ]);
    expect(wb.syncs).toBe(4);
  });

  test("on the sample: four syncs (two to read, two to write), user cells untouched, highlights and the generated sheets written", async () => {
    const wb = await sampleWorkbook();
    const before = wb.sheets.map(snapshot);
    const steps: Array<[string, number | undefined]> = [];
    const result = await analyzeWorkbook({}, (s, f) => steps.push([s, f]));
    expect(wb.syncs).toBe(4);
    // Every cell came in batch 2: the read is done at once.
    expect(steps).toEqual([
      ["read", undefined],
      ["read", 1],
      ["analyse", undefined],
      ["write", undefined],
      ["done", undefined],
    ]);
    expect(wb.sheets.slice(0, 2).map(snapshot)).toEqual(before);
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "ผลคะแนนรายตัวชี้วัด",
      "ผลคะแนนรายข้อ",
      "สรุปผล ITA",
      "วิเคราะห์ผล ITA",
      "แผนมาตรการ",
      "ติดตามผล",
      "หน่วยงาน",
      "กรอบการประเมิน",
      // The sample's levels disagree: the review sheet lists what to check before signing.
      "ตรวจทาน",
    ]);
    expect(wb.names.map((n) => n.name)).toEqual([
      "_ITA_Analyzer_summary",
      "_ITA_Analyzer_analysis",
      "_ITA_Analyzer_plan",
      "_ITA_Analyzer_followup",
      "_ITA_Analyzer_units",
      "_ITA_Analyzer_framework",
      "_ITA_Analyzer_review",
    ]);
    expect(result.analysis.overall.reported).toBe(84.33);

    // Every low score cell is covered by exactly our highlight; the text cells get a fixed mark.
    const items = wb.sheet("ผลคะแนนรายข้อ");
    const covered = new Set(highlighted(items).flatMap((cf) => expand(cf.address)));
    const low = result.analysis.scoreCells
      .filter((c) => c.sheet === "ผลคะแนนรายข้อ" && c.low)
      .map((c) => cellAddress(c.row, c.col));
    expect(covered).toEqual(new Set(low));
    expect(highlighted(items).every((cf) => cf.type === "Custom")).toBe(true);

    const plan = wb.sheet("แผนมาตรการ");
    // Six columns: the fifth the owner, the sixth the points each measure would add.
    expect(plan.tables).toEqual([{ address: "'แผนมาตรการ'!A3:F12", name: "ITA_Plan", style: "TableStyleLight1" }]);
    // The owner formula refers to the units sheet, which exists by then: it shows the unit, not #REF!.
    expect(plan.get("E4")).toMatchObject({ formula: "='หน่วยงาน'!$B$6", value: "(ระบุ) หน่วยงานที่ให้บริการประชาชน" });
    // Text stays text (the text format), numbers stay numbers.
    const analysis = wb.sheet("วิเคราะห์ผล ITA");
    const cells = [...analysis.cells.values()];
    expect(
      cells.filter((c) => typeof c.value === "string" && c.value !== "").every((c) => c.numberFormat === "@"),
    ).toBe(true);
    expect(cells.filter((c) => typeof c.value === "number").every((c) => c.numberFormat !== "@")).toBe(true);
    expect(plan.get("C4")?.style).toBe(styleName("td"));
    expect(plan.validations[0]).toMatchObject({
      address: "E4:E12",
      rule: { list: { inCellDropDown: true, source: "='หน่วยงาน'!$B$5:$B$28" } },
    });
    expect(plan.frozenRows).toBe(3);
    expect(plan.pageLayout).toMatchObject({
      orientation: "Landscape",
      printTitleRows: "$3:$3",
      // The nine measures (rows 4–12) print, to their points in column F; the working note in column G does not.
      printArea: "A1:F12",
      leftMargin: 36,
      topMargin: expect.closeTo(43.2, 6) as number,
    });
    // One page wide at most; the height is left to Excel.
    expect(plan.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
    // The chart starts a page of its own, right after the low indicators.
    const summary = wb.sheet("สรุปผล ITA");
    expect(summary.pageBreaks).toHaveLength(1);
    expect(summary.charts[0].from).toBe(summary.pageBreaks[0]);
    expect(wb.styles.get(styleName("td"))).toMatchObject({ "font.name": "TH Sarabun New", wrapText: true });
    expect(wb.sheet("วิเคราะห์ผล ITA").tables.map((t) => t.name)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `ITA_Issue${n}`),
    );
    // Part 1's native chart: the ten indicator scores as columns, the target as a line.
    const [chart] = wb.sheet("สรุปผล ITA").charts;
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "คะแนนรายตัวชี้วัดเทียบกับค่าเป้าหมาย 85 คะแนน" });
    expect(chart.series.map((x) => [x.name, x.type ?? "ColumnClustered"])).toEqual([
      ["คะแนน", "ColumnClustered"],
      ["ค่าเป้าหมาย", "Line"],
    ]);
    expect(chart.series[0].x).toBe(chart.series[1].x);
    // Part 4's status drop-downs list the three statuses.
    const followup = wb.sheet("ติดตามผล");
    expect(followup.validations.map((v) => (v.rule as { list: { source: string } }).list.source)).toContain(
      "ดำเนินการแล้วเสร็จ,อยู่ระหว่างดำเนินการ,ยังไม่ดำเนินการ",
    );
  });

  test("a second Analyze leaves the same sheets as the first, and replaces its highlights", async () => {
    const wb = await sampleWorkbook();
    await analyzeWorkbook({});
    const first = wb.sheets.map((s) => [s.name, snapshot(s), s.cfs.length, s.tables.length]);
    wb.syncs = 0;
    await analyzeWorkbook({});
    // The six generated sheets are read too (their edits carry over), and all eight still fit batch 2.
    expect(wb.syncs).toBe(4);
    expect(wb.sheets.map((s) => [s.name, snapshot(s), s.cfs.length, s.tables.length])).toEqual(first);
    expect(wb.names).toHaveLength(7);
  });

  test("a user's sheet with a generated sheet's name, and the user's own red rules, are never touched", async () => {
    const wb = await sampleWorkbook();
    wb.addSheet("วิเคราะห์ผล ITA", [["บันทึกของฉัน"]]);
    wb.sheet("ผลคะแนนรายข้อ").cfs.push({ type: "Custom", address: "A1", font: "#9C0006", fill: "#FFC7CE" });
    await analyzeWorkbook({});
    await analyzeWorkbook({});
    expect(wb.sheet("วิเคราะห์ผล ITA").get("A1")?.value).toBe("บันทึกของฉัน");
    expect(wb.sheets.map((s) => s.name)).toContain("วิเคราะห์ผล ITA (2)");
    expect(wb.sheet("ผลคะแนนรายข้อ").cfs.filter((cf) => cf.font === "#9C0006")).toHaveLength(1);
  });

  test("text that looks like a formula is written into text-formatted cells", async () => {
    const wb = await sampleWorkbook();
    await analyzeWorkbook({
      units: [
        { role: "all", name: "=1+1" },
        { name: "-กองกลาง" },
        { name: "@x" },
        { name: "+66" },
        { name: "1.10" },
        { name: "1/2" },
      ],
    });
    const units = wb.sheet("หน่วยงาน");
    const cells = [...units.cells.values()];
    for (const t of ["=1+1", "-กองกลาง", "@x", "+66", "1.10", "1/2"])
      expect(cells).toContainEqual(expect.objectContaining({ value: t, numberFormat: "@" }));
    expect(cells.filter((c) => c.formula)).toEqual([]);
  });

  test("a 100,000-cell workbook is read in blocks: 4 + ceil(rest / BLOCK_CELLS) syncs", async () => {
    const wb = new FakeWorkbook();
    const { grid } = randomWorkbook(fw, { seed: 7, content: "both" });
    const big = grid.sheets[0];
    // Pad with rows of notes and numbers up to 100k cells.
    const rows = [...big.values];
    for (let i = 0; rows.reduce((n, r) => n + r.length, 0) < 100_000; i++)
      rows.push([`บันทึก ${i}`, i % 100, "หมายเหตุ", i, "x", 1, 2, 3, 4, 5]);
    wb.addSheet("ข้อมูล", rows);
    wb.addSheet("อื่น ๆ", [["ชื่อ", "ตำแหน่ง"]]);
    installFakeExcel(wb);
    const result = await analyzeWorkbook({});
    const block = firstBlock(2)!;
    const rest = wb.sheets.slice(0, 2).reduce((n, s) => n + s.cellsOutside(block.rows, block.columns), 0);
    expect(rest).toBeGreaterThan(BLOCK_CELLS);
    expect(wb.syncs).toBe(4 + Math.ceil(rest / BLOCK_CELLS));
    expect(result.analysis.items.length).toBe(fw.items.length);
    // Numbers get a live "less than 85" rule; scores typed as text a fixed one.
    const rules = highlighted(wb.sheet("ข้อมูล"));
    expect(rules.length).toBeGreaterThan(0);
    for (const cf of rules)
      expect(cf.rule).toEqual(
        cf.type === "CellValue" ? { formula1: "85", operator: "LessThan" } : { formula: "=TRUE" },
      );
  });

  test("only the chosen sheets are read, and an unchosen sheet's name is still never taken", async () => {
    const wb = await sampleWorkbook();
    wb.addSheet("แผนมาตรการ", [["แผนของฉัน"]]);
    const r = await analyzeWorkbook({ sheets: ["ผลคะแนนรายตัวชี้วัด"] });
    expect(r.parsed.sheets).toEqual(["ผลคะแนนรายตัวชี้วัด"]);
    expect(r.analysis.level).toBe("indicator");
    expect(highlighted(wb.sheet("ผลคะแนนรายข้อ"))).toEqual([]);
    expect(wb.sheet("แผนมาตรการ").get("A1")?.value).toBe("แผนของฉัน");
    expect(wb.sheets.map((s) => s.name)).toContain("แผนมาตรการ (2)");
  });
});

describe("Excel versions and errors", () => {
  test("without ExcelApi 1.9 (Excel 2019 and older) nothing runs and the message says what is needed", async () => {
    const wb = new FakeWorkbook();
    installFakeExcel(wb, ["1.7", "1.8"]);
    const err = await analyzeWorkbook({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeActionError);
    expect((err as OfficeActionError).describe("th")).toContain("ExcelApi 1.9");
    expect(wb.syncs).toBe(0);
  });

  test("a cell in edit mode becomes a clear message; other errors surface as they are", async () => {
    await sampleWorkbook();
    const g = globalThis as unknown as { Excel: { run: unknown } };
    g.Excel.run = () => Promise.reject(richError("InvalidOperationInCellEditMode", "in edit mode"));
    const err = await analyzeWorkbook({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeActionError);
    expect((err as OfficeActionError).describe("th")).toContain("โหมดแก้ไขเซลล์");
    expect((err as OfficeActionError).describe("en")).toContain("cell-edit mode");
    const boom = new TypeError("a bug");
    g.Excel.run = () => Promise.reject(boom);
    await expect(analyzeWorkbook({})).rejects.toBe(boom);
  });
});

describe("other actions", () => {
  test("Clear highlights removes only ours, in three syncs (no values read)", async () => {
    const wb = await sampleWorkbook();
    await analyzeWorkbook({});
    wb.sheet("ผลคะแนนรายข้อ").cfs.push({ type: "Custom", address: "A1", font: "#9C0006" });
    wb.syncs = 0;
    const removed = await clearHighlights();
    expect(removed).toBeGreaterThan(10);
    expect(wb.syncs).toBe(3);
    expect(wb.sheets.flatMap(highlighted)).toEqual([]);
    expect(wb.sheet("ผลคะแนนรายข้อ").cfs).toHaveLength(1);
  });

  test("listing sheets marks the generated ones; a diagnostic's cell can be selected", async () => {
    const wb = await sampleWorkbook();
    await analyzeWorkbook({});
    expect(await listSheets()).toEqual([
      { name: "ผลคะแนนรายตัวชี้วัด", generated: null },
      { name: "ผลคะแนนรายข้อ", generated: null },
      { name: "สรุปผล ITA", generated: "summary" },
      { name: "วิเคราะห์ผล ITA", generated: "analysis" },
      { name: "แผนมาตรการ", generated: "plan" },
      { name: "ติดตามผล", generated: "followup" },
      { name: "หน่วยงาน", generated: "units" },
      { name: "กรอบการประเมิน", generated: "framework" },
      { name: "ตรวจทาน", generated: "review" },
    ]);
    await selectCell("ผลคะแนนรายตัวชี้วัด!C12");
    expect(wb.selected).toBe("ผลคะแนนรายตัวชี้วัด!C12");
  });
});
