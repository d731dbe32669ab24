import { WorkbookAnalysis, analyseWorkbook } from "../src/core/analyseWorkbook";
import { FRAMEWORK_TABLE, columnOf, findTable } from "../src/core/previousRun/layouts";
import { describe as describeDiagnostic } from "../src/core/i18n/messages";
import { CellValue, WorkbookGrid } from "../src/core/read/grid";
import { valuesMatrix } from "../src/core/render/ranges";
import { jsonReport } from "../src/core/report/jsonReport";
import { sheet, workbook } from "./helpers/grids";
import { sheetOf, texts } from "./helpers/pipeline";
import { INDICATORS, OIT_2569, codesOnly2569, items2569 } from "./helpers/years";

const codes = (r: WorkbookAnalysis) => r.analysis.diagnostics.map((d) => d.code);
const issue = (r: WorkbookAnalysis, n: number) => r.analysis.issues.find((i) => i.issue.number === n)!;
const NOT_FALSE = [
  "item.conflict",
  "item.ambiguous",
  "items.otherFramework",
  "item.notInFramework",
  "item.unidentified",
];

/** The workbook as a re-run sees it: the user's sheets and the sheets the last run wrote. */
function afterRun(grid: WorkbookGrid, r: WorkbookAnalysis): WorkbookGrid {
  const written = r.plan.sheets.map((s) => ({
    name: s.name,
    top: 0,
    left: 0,
    values: valuesMatrix(s),
    generated: s.key,
  }));
  return { sheets: [...grid.sheets, ...written] };
}

describe("ITA 2569 results, titled with their year", () => {
  const grid = workbook(sheet("ผล ITA", items2569("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569")));
  const r = analyseWorkbook(grid);

  test("are read as 2569, from the title, with measures for fiscal 2570", () => {
    expect(r.analysis.year).toBe(2569);
    expect(r.analysis.framework.id).toBe("ita-2569");
    expect(r.choice).toMatchObject({ source: "title", cell: "'ผล ITA'!A1" });
    expect(r.fiscalYear).toBe(2570);
    const report = jsonReport(r, "th");
    expect(report).toMatchObject({ year: 2569, fiscalYear: 2570, yearSource: { kind: "title", cell: "'ผล ITA'!A1" } });
    const said = r.analysis.diagnostics.find((d) => d.code === "year.detected")!;
    expect(describeDiagnostic(said, "th")).toContain("'ผล ITA'!A1");
  });

  test("every OIT item is read under its own code and its 2569 title, with no false warning", () => {
    const oit = r.analysis.items.filter((i) => i.code.startsWith("o"));
    expect(oit.map((i) => i.code)).toEqual(OIT_2569.map(([c]) => c.toLowerCase()));
    expect(Object.fromEntries(oit.filter((i) => i.low).map((i) => [i.code, i.min]))).toEqual({
      o11: 0,
      o12: 50,
      o21: 0,
      o25: 0,
    });
    for (const c of NOT_FALSE) expect(codes(r)).not.toContain(c);
  });

  test("the worst gaps reach their issues: monthly procurement (5) and bribery risk and ITA use (7)", () => {
    expect(issue(r, 5).lowItems).toEqual(["o11", "o12"]);
    expect(issue(r, 5).oitGaps).toEqual([
      { code: "o11", value: 0 },
      { code: "o12", value: 50 },
    ]);
    expect(issue(r, 7).lowItems).toEqual(["o21", "o25"]);
    expect(issue(r, 2).lowItems).toEqual(["i1"]);
    const analysis = texts(sheetOf(r.plan, "analysis")).join("\n");
    expect(analysis).toContain("สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน");
    expect(analysis).toContain("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร");
  });

  test("the plan's disclosure measures name exactly the low items, for fiscal 2570", () => {
    const plan = texts(sheetOf(r.plan, "plan")).join("\n");
    expect(plan).toContain("ประจำปีงบประมาณ พ.ศ. 2570");
    expect(plan).toContain("1 ตุลาคม 2569 ถึง 30 กันยายน 2570");
    expect(plan).toContain("สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน (o11)");
    expect(plan).toContain("(o12)");
    expect(plan).toContain("การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ (o21)");
    // Items that scored in full are not listed.
    expect(plan).not.toContain("(o13)");
    expect(plan).not.toContain("(o23)");
  });

  test("indicators 9 and 10 are recomputed from the inferred sub-indicators, as notes", () => {
    // 9: five sub-indicators at 100 and 9.3 (O11 0, O12 50) at 25 → 525 / 6; 10: (200/3 + 75) / 2.
    expect(r.analysis.indicators[8].computed).toBe(87.5);
    expect(r.analysis.indicators[9].computed).toBe(70.83);
  });

  test("only the cells below 85 are highlighted", () => {
    const low = r.analysis.scoreCells.filter((c) => c.low).map((c) => c.ref);
    // Rows: title, blank, header, heading, I1 (row 5), heading, I10, heading, O1 (row 9) …
    const row = (code: string) =>
      9 + OIT_2569.findIndex(([c]) => c === code) + (code >= "O20" && code.length === 3 ? 1 : 0);
    expect(low.sort()).toEqual(
      ["'ผล ITA'!C5", ...["O11", "O12", "O21", "O25"].map((c) => `'ผล ITA'!C${row(c)}`)].sort(),
    );
  });
});

describe("how the year is found", () => {
  test("codes only, with the year in the title: 2569's O11 is the monthly procurement summary, not a service manual", () => {
    const r = analyseWorkbook(workbook(sheet("OIT", [["ผลคะแนน OIT ปี 2569"], [], ...codesOnly2569()])));
    expect(r.analysis.year).toBe(2569);
    expect(issue(r, 5).lowItems).toEqual(["o11", "o12"]);
    expect(issue(r, 2).lowItems).toEqual([]);
  });

  test("a sheet named for its year: 2568's O11 is service statistics (issue 2), its O12 procurement (issue 5)", () => {
    const r = analyseWorkbook(workbook(sheet("ITA 2568", codesOnly2569())));
    expect(r.analysis.year).toBe(2568);
    expect(r.choice).toMatchObject({ source: "sheet", cell: "ITA 2568" });
    expect(issue(r, 2).lowItems).toEqual(["o11"]);
    expect(issue(r, 5).lowItems).toEqual(["o12"]);
    // 2568's O21 (No Gift) and O25 (anti-corruption plan) are issue 7's.
    expect(issue(r, 7).lowItems).toEqual(["o21", "o25"]);
    expect(r.fiscalYear).toBe(2569);
  });

  test("codes only and no year anywhere: the latest year, with a warning to check it", () => {
    const r = analyseWorkbook(workbook(sheet("OIT", codesOnly2569())));
    expect(r.analysis.year).toBe(2569);
    expect(r.choice.source).toBe("latest");
    const guessed = r.analysis.diagnostics.find((d) => d.code === "year.guessed")!;
    expect(guessed.severity).toBe("warning");
    expect(describeDiagnostic(guessed, "en")).toContain("--year");
  });

  test("indicator scores under a title with the year: that year, analysed at indicator level", () => {
    const rows: CellValue[][] = [["ผลคะแนน ITA ปี 2568"], ["ตัวชี้วัด", "คะแนน"], ...INDICATORS];
    const r = analyseWorkbook(workbook(sheet("คะแนน", rows)));
    expect(r.analysis.year).toBe(2568);
    expect(r.analysis.level).toBe("indicator");
    expect(r.analysis.indicators.filter((i) => i.low).map((i) => i.number)).toEqual([4, 7, 10]);
    expect(r.fiscalYear).toBe(2569);
  });

  test("two year columns: the latest is this year, the earlier last year's", () => {
    const rows: CellValue[][] = [
      ["ตัวชี้วัด", "ปี 2568", "ปี 2569"],
      ...INDICATORS.map(([name, v]): CellValue[] => [name, v - 2, v]),
    ];
    const r = analyseWorkbook(workbook(sheet("เปรียบเทียบ", rows)));
    expect(r.analysis.year).toBe(2569);
    expect(r.choice.source).toBe("column");
    expect(r.analysis.indicators[0]).toMatchObject({ value: 88.1, previous: 86.1, change: 2 });
    // Last year's scores are never highlighted.
    expect(r.analysis.scoreCells.filter((c) => c.low).every((c) => c.col === 2)).toBe(true);
  });

  test("a lone sheet named for a year the tool does not build in is that year's scores, not last year's", () => {
    const rows: CellValue[][] = [["ตัวชี้วัด", "คะแนน"], ...INDICATORS];
    const r = analyseWorkbook(workbook(sheet("ITA 2566", rows)));
    expect(r.analysis.year).toBe(2566);
    expect(r.analysis.indicators.filter((i) => i.low).map((i) => i.number)).toEqual([4, 7, 10]);
    expect(codes(r)).not.toContain("sheet.previousYear");
    expect(codes(r)).toContain("year.notBuiltIn");
    expect(r.fiscalYear).toBe(2567);
    // The overall, recomputed: IIT 88.1, EIT 88.7, OIT 79.165 → 0.3·88.1 + 0.3·88.7 + 0.4·79.165 = 84.706.
    expect(r.analysis.overall.computed).toBe(84.7); // cut, never rounded
    // 2566 is in the era of word bands.
    expect(r.analysis.overall.result?.th).toBe("ไม่ผ่าน");
  });

  test("Part 1 states the band: every tool at 85 or more makes a passing score ผ่านดี", () => {
    const rows: CellValue[][] = [
      ["ผลคะแนน ITA ปี 2569"],
      ["ตัวชี้วัด", "คะแนน"],
      ...INDICATORS.map(([n]): CellValue[] => [n, 90]),
    ];
    const r = analyseWorkbook(workbook(sheet("คะแนน", rows)));
    expect(r.analysis.overall).toMatchObject({ computed: 90, result: { th: "ผ่านดี" } });
    expect(texts(sheetOf(r.plan, "summary")).join("\n")).toContain("อยู่ในระดับ “ผ่านดี”");
  });

  test("--year chooses a built-in year outright", () => {
    const r = analyseWorkbook(workbook(sheet("OIT", codesOnly2569())), { year: 2568 });
    expect(r.analysis.framework.id).toBe("ita-2568");
    expect(r.choice.source).toBe("option");
  });
});

describe("a year the tool does not know", () => {
  const rows: CellValue[][] = [
    ["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570"],
    ["ข้อ", "รายการ", "คะแนน"],
    ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"],
    ["O1", "โครงสร้างและหน้าที่และอำนาจของหน่วยงาน", 100],
    ["O2", "รายงานการจัดซื้อจัดจ้างรายไตรมาส", 0],
    ["O3", "คู่มือการให้บริการประชาชนแบบดิจิทัล", 50],
    ["ตัวชี้วัดที่ 10 การป้องกันการทุจริต"],
    ["O4", "แผนบริหารความเสี่ยงการทุจริตและผลประโยชน์ทับซ้อน", 0],
    ["O5", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", 100],
  ];
  const grid = workbook(sheet("ITA 2570", rows));
  const r = analyseWorkbook(grid);

  test("is read as the workbook states it, each item under its own code and wording, and said", () => {
    expect(r.analysis.year).toBe(2570);
    expect(r.analysis.framework.source).toBe("workbook");
    expect(r.analysis.items.map((i) => [i.code, i.min])).toEqual([
      ["o1", 100],
      ["o2", 0],
      ["o3", 50],
      ["o4", 0],
      ["o5", 100],
    ]);
    const o2 = r.analysis.framework.items.find((i) => i.code === "o2")!;
    expect(o2).toMatchObject({ th: "รายงานการจัดซื้อจัดจ้างรายไตรมาส", origin: "workbook", indicator: 9 });
    const said = r.analysis.diagnostics.find((d) => d.code === "year.notBuiltIn")!;
    expect(said.severity).toBe("warning");
    expect(describeDiagnostic(said, "th")).toContain("2570");
    expect(r.fiscalYear).toBe(2571);
  });

  test("each item is placed in the issue its subject belongs to", () => {
    expect(issue(r, 5).lowItems).toEqual(["o2"]); // procurement
    expect(issue(r, 2).lowItems).toEqual(["o3"]); // service manual
    expect(issue(r, 7).lowItems).toEqual(["o4"]); // corruption risk
    expect(issue(r, 3).items).toEqual(["o1"]); // structure
    expect(texts(sheetOf(r.plan, "plan")).join("\n")).toContain("รายงานการจัดซื้อจัดจ้างรายไตรมาส (o2)");
  });

  test("the framework sheet lists the items read, and a re-run follows it", () => {
    const fwSheet = sheetOf(r.plan, "framework");
    const all = texts(fwSheet).join("\n");
    expect(all).toContain("อ่านจากสมุดงาน");
    expect(all).toContain("แผนบริหารความเสี่ยงการทุจริตและผลประโยชน์ทับซ้อน");
    const again = analyseWorkbook(afterRun(grid, r));
    expect(again.analysis.year).toBe(2570);
    expect(again.analysis.issues.map((i) => i.lowItems)).toEqual(r.analysis.issues.map((i) => i.lowItems));
  });
});

describe("the analyst corrects the framework", () => {
  const grid = workbook(sheet("ผล ITA", items2569("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569")));
  const first = analyseWorkbook(grid);

  test("moving an item to another issue in the framework sheet moves it in the re-run's analysis and plan", () => {
    const rerun = afterRun(grid, first);
    const fw = rerun.sheets.find((s) => s.generated === "framework")!;
    const t = findTable(fw, FRAMEWORK_TABLE)!;
    const row = fw.values.findIndex((r, i) => i > t.headerRow && r[t.col.get("code")!] === "o11");
    expect(fw.values[row][columnOf(FRAMEWORK_TABLE, "issues")]).toBe("5");
    fw.values[row][t.col.get("issues")!] = "2";
    const again = analyseWorkbook(rerun);
    expect(issue(again, 5).lowItems).toEqual(["o12"]);
    expect(issue(again, 2).lowItems).toEqual(["i1", "o11"]);
    expect(again.analysis.framework.items.find((i) => i.code === "o11")!.origin).toBe("analyst");
    expect(again.choice.source).toBe("sheet-edits");
    const note = again.analysis.diagnostics.find((d) => d.code === "framework.fromSheet")!;
    expect(note.params.changed).toBe(1);
    // The plan follows: issue 2's disclosure measure now names o11.
    const plan = texts(sheetOf(again.plan, "plan")).join("\n");
    expect(plan).toMatch(/รายเดือน \(o11\)/);
  });

  test("a row that cannot be used is named with its cell and left out; the rest still applies", () => {
    const rerun = afterRun(grid, first);
    const fw = rerun.sheets.find((s) => s.generated === "framework")!;
    const t = findTable(fw, FRAMEWORK_TABLE)!;
    const row = fw.values.findIndex((r, i) => i > t.headerRow && r[t.col.get("code")!] === "o12");
    fw.values[row][t.col.get("issues")!] = "9";
    const again = analyseWorkbook(rerun);
    const bad = again.analysis.diagnostics.find((d) => d.code === "framework.row")!;
    expect(bad.cell).toBe(`กรอบการประเมิน!A${row + 1}`);
    expect(describeDiagnostic(bad, "th")).toContain("ประเด็น");
    expect(issue(again, 5).lowItems).toEqual(["o11", "o12"]);
  });
});
