/**
 * Round 3 of the layouts analysts hold (issue 21): each workbook is made here, in a shape seen in
 * agencies' files, and every expectation — the year, the scores read, the cells marked, the low
 * items and the measures — is worked out by hand from the cells as written.
 */
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { describeYearSource, describe as describeDiagnostic } from "../src/core/i18n/messages";
import { CellValue } from "../src/core/read/grid";
import { jsonReport } from "../src/core/report/jsonReport";
import { summarize } from "../src/core/report/summary";
import { agencyTitle } from "../src/core/parse/agencies";
import { workbookOfGrid } from "./helpers/exceljsGrid";
import { sheet, workbook } from "./helpers/grids";
import { INDICATORS, OIT_2569, codesOnly2569 } from "./helpers/years";

const I2 = "หน่วยงานของท่านมีเจ้าหน้าที่ที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อหรือผู้มารับบริการอย่างเท่าเทียมกันมากน้อยเพียงใด";

type Result = ReturnType<typeof analyseWorkbook>;
const messages = (r: Result, code: string) => r.analysis.diagnostics.filter((d) => d.code === code);
const warnings = (r: Result) => r.analysis.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code);
const item = (r: Result, code: string) => r.analysis.items.find((i) => i.code === code);
/** The cells the highlights mark, as "Sheet!A1" addresses. */
const marked = (r: Result) =>
  r.plan.highlights.flatMap((h) =>
    [...h.numeric, ...h.text].map((c) => `${h.sheet}!${String.fromCharCode(65 + c.col)}${c.row + 1}`),
  );

describe("invisible characters around a score", () => {
  test("direction marks, zero-width spaces, soft hyphens and a BOM are dropped, not taken for text", () => {
    const rows: CellValue[][] = INDICATORS.map(([n, v], i) => {
      const text = String(v);
      const wrapped = [`\u200e${text}\u200f`, `\u200b${text}`, `${text}\u00ad`, `\ufeff${text}`, `\u202a${text}\u202c`][
        i % 5
      ];
      return [n, wrapped];
    });
    const r = analyseWorkbook(workbook(sheet("S", rows)), { year: 2569 });
    expect(r.analysis.indicators.map((i) => i.value)).toEqual(INDICATORS.map(([, v]) => v));
    expect(warnings(r)).toEqual([]);
    // 84.4 (row 4), 83.7 (row 7) and 70.83 (row 10) are below 85: text cells, marked by a text rule.
    expect(marked(r).sort()).toEqual(["S!B10", "S!B4", "S!B7"]);
  });
});

describe("the overall row labelled with its weights", () => {
  test("is the overall score, not another IIT total, and raises no conflict", () => {
    const rows: CellValue[][] = [
      ["เครื่องมือ", "คะแนน"],
      ["IIT", 88],
      ["EIT", 80],
      ["OIT", 85],
      ["คะแนนรวม ITA (IIT 30% + EIT 30% + OIT 40%)", 84.4],
    ];
    const r = analyseWorkbook(workbook(sheet("S", rows)), { year: 2569 });
    expect(r.analysis.tools.map((t) => t.value)).toEqual([88, 80, 85]);
    // 0.3·88 + 0.3·80 + 0.4·85 = 26.4 + 24 + 34 = 84.4
    expect(r.analysis.overall).toMatchObject({ reported: 84.4, computed: 84.4 });
    expect(messages(r, "tool.conflict")).toEqual([]);
    expect(warnings(r)).toEqual([]);
  });
});

describe("OIT recorded as มี / ไม่มี, ✓ / ✗, ผ่าน / ไม่ผ่าน", () => {
  /** 2569's OIT items, O5 and O12 not published, O21 in part. */
  const verdict = (code: string, yes: string, no: string) =>
    code === "O5" || code === "O12" ? no : code === "O21" ? "บางส่วน" : yes;

  test.each([
    ["มี", "ไม่มี"],
    ["✓", "✗"],
    ["ผ่าน", "ไม่ผ่าน"],
  ])("%s / %s: read as 100 and 0 (บางส่วน as 50), each with a note; the low ones marked", (yes, no) => {
    const rows: CellValue[][] = [
      ["ผลการตรวจ OIT ประจำปี 2569"],
      ["ข้อ", "รายการ", "ผลการตรวจ"],
      ...OIT_2569.map(([code, text]): CellValue[] => [code, text, verdict(code, yes, no)]),
    ];
    const r = analyseWorkbook(workbook(sheet("OIT", rows)));
    expect(r.choice.year).toBe(2569);
    expect(r.analysis.items).toHaveLength(26);
    expect([item(r, "o5")?.min, item(r, "o12")?.min, item(r, "o21")?.min, item(r, "o1")?.min]).toEqual([0, 0, 50, 100]);
    // Rows 3 … 28 hold O1 … O26: O5 is row 7, O12 row 14, O21 row 23.
    expect(marked(r).sort()).toEqual(["OIT!C14", "OIT!C23", "OIT!C7"]);
    const notes = messages(r, "score.verdict");
    expect(notes).toHaveLength(26);
    expect(
      describeDiagnostic(
        notes.find((d) => d.cell === "OIT!C7")!,
        "th",
      ),
    ).toContain(`“${no}” จึงอ่านเป็น 0.00 คะแนน`);
    // The website measure lists the three items not in full.
    const steps = jsonReport(r, "th").measures.flatMap((m) => m.steps);
    expect(steps.some((s) => s.includes("(o5)") && s.includes("(o12)") && s.includes("(o21)"))).toBe(true);
  });

  test("a verdict beside an IIT question is not a score: named when under the score header", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "ข้อคำถาม", "คะแนน"],
      ["i1", "การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลามากน้อยเพียงใด", "มี"],
      ["i2", I2, 83.53],
    ];
    const r = analyseWorkbook(workbook(sheet("S", rows)), { year: 2567 });
    expect(item(r, "i1")).toBeUndefined();
    expect(messages(r, "score.invalid").map((d) => d.cell)).toEqual(["S!C2"]);
  });
});

describe("the year in the file's name", () => {
  /** 2568 and 2569 both number their OIT items O1–O26: codes and scores alone cannot tell the year. */
  const codesOnly2568 = codesOnly2569;

  test("a codes-only 2568 OIT table in ITA2568_….xlsx is read as 2568, said so", () => {
    const grid = { ...workbook(sheet("OIT", codesOnly2568())), name: "ITA2568_สรุปผล.xlsx" };
    const r = analyseWorkbook(grid);
    expect(r.choice).toMatchObject({ year: 2568, source: "fileName" });
    expect(describeYearSource(r.choice, "th")).toBe("จากชื่อไฟล์ “ITA2568_สรุปผล.xlsx”");
    expect(describeDiagnostic(messages(r, "year.detected")[0], "en")).toBe(
      "Read as ITA 2568 results, from the file name “ITA2568_สรุปผล.xlsx”.",
    );
    expect(warnings(r)).not.toContain("year.guessed");
  });

  test("through the file adapter, from a path: the name is the file's own", async () => {
    const wb = workbookOfGrid(workbook(sheet("OIT", codesOnly2568())));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await analyseXlsx(bytes, "/home/analyst/งาน ITA/ITA2568_สรุปผล.xlsx");
    expect(r.choice).toMatchObject({ year: 2568, source: "fileName", cell: "ITA2568_สรุปผล.xlsx" });
  });

  test("the workbook's own title wins over the file's name", () => {
    const grid = {
      ...workbook(sheet("OIT", [["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569"], [], ...codesOnly2568()])),
      name: "ITA2568_สรุปผล.xlsx",
    };
    expect(analyseWorkbook(grid).choice).toMatchObject({ year: 2569, source: "title" });
  });
});

describe("an agency's name from a title", () => {
  test.each([
    ["ผลการประเมิน ITA ของเทศบาลตำบลบ้านใหม่ (IIT)", "เทศบาลตำบลบ้านใหม่"],
    ["คะแนน EIT ขององค์การบริหารส่วนตำบลหนองบัว - EIT", "องค์การบริหารส่วนตำบลหนองบัว"],
    ["ผลการประเมิน ITA ของ อบต.ดอนแก้ว ประจำปีงบประมาณ พ.ศ. 2569", "อบต.ดอนแก้ว"],
    ["ผลคะแนน ITA สำนักงานสาธารณสุขจังหวัดน่าน (2569) (OIT)", "สำนักงานสาธารณสุขจังหวัดน่าน"],
    ["ผลการประเมินของโรงพยาบาลบ้านนา (อำเภอเมือง)", "โรงพยาบาลบ้านนา (อำเภอเมือง)"],
  ])("%s → %s", (title, name) => {
    expect(agencyTitle(workbook(sheet("S", [[title], ...INDICATORS])))).toBe(name);
  });
});

describe("a low indicator without item scores, beside item scores of others", () => {
  test("still leads to a measure in one of its issues", () => {
    const rows: CellValue[][] = [
      ...INDICATORS,
      [],
      [],
      ["ข้อ", "ข้อคำถาม", "คะแนน"],
      ["i1", "การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลามากน้อยเพียงใด", 78.68],
      ["i2", I2, 91],
      ["i3", "เจ้าหน้าที่ในหน่วยงานของท่านมีการเรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่", 99.26],
    ];
    const r = analyseWorkbook(workbook(sheet("S", rows)), { year: 2569 });
    expect(r.analysis.level).toBe("item");
    // Low: indicator 4 (84.4), 7 (83.7), 10 (70.83) — no items read for any — and item i1 (78.68).
    expect(r.analysis.indicators.filter((i) => i.low).map((i) => i.number)).toEqual([4, 7, 10]);
    const issues = (n: number) => r.analysis.issues[n - 1];
    // Indicator 4 (the use of government property) is issue 4's; indicator 7 (communication) issue 3's.
    expect(issues(4).measures.length).toBeGreaterThan(0);
    expect(issues(3).measures.length).toBeGreaterThan(0);
    // Issue 1 for i1; the measure answering each issue is in the plan.
    expect(issues(1).measures.length).toBeGreaterThan(0);
    const planIssues = new Set(jsonReport(r, "th").measures.flatMap((m) => m.issues));
    expect([1, 3, 4].every((n) => planIssues.has(n))).toBe(true);
    // Indicator 1's items were read and i2, i3 are not low: they call for nothing.
    expect(issues(1).suspect).toEqual(["i1"]);
  });
});

describe("the same agency's scores repeated on another sheet", () => {
  /** Indicators 1 and 5 lowered: five low indicators, 1, 4, 5, 7 and 10. */
  const scores: Array<[string, number]> = INDICATORS.map(([n, v], i) => [n, i === 0 ? 80.1 : i === 4 ? 82.5 : v]);
  const low = scores.filter(([, v]) => v < 85);

  test("a sheet listing the low indicators again is a copy: one agency, both copies marked", () => {
    const r = analyseWorkbook(workbook(sheet("ผลคะแนน", scores), sheet("ตัวชี้วัดที่ต่ำกว่าเป้า", low)), { year: 2569 });
    expect(r.agencies).toBeNull();
    expect(messages(r, "agencies.found")).toEqual([]);
    expect(messages(r, "indicator.conflict")).toEqual([]);
    // ผลคะแนน rows 1, 4, 5, 7, 10; the copy's rows 1–5.
    expect(marked(r).sort()).toEqual(
      [
        "ผลคะแนน!B1",
        "ผลคะแนน!B4",
        "ผลคะแนน!B5",
        "ผลคะแนน!B7",
        "ผลคะแนน!B10",
        "ตัวชี้วัดที่ต่ำกว่าเป้า!B1",
        "ตัวชี้วัดที่ต่ำกว่าเป้า!B2",
        "ตัวชี้วัดที่ต่ำกว่าเป้า!B3",
        "ตัวชี้วัดที่ต่ำกว่าเป้า!B4",
        "ตัวชี้วัดที่ต่ำกว่าเป้า!B5",
      ].sort(),
    );
  });

  test("beside another agency: the copy goes with the agency it repeats, never into the other's", () => {
    const other = scores.map(([n, v]): [string, number] => [n, +(v - 3).toFixed(2)]);
    const grid = workbook(sheet("เทศบาล ก", scores), sheet("เทศบาล ข", other), sheet("ก (ต่ำ)", low));
    const a = analyseWorkbook(grid, { year: 2569, agency: 1 });
    expect(a.agencies?.agencies.map((x) => [x.sheet, x.copies ?? []])).toEqual([
      ["เทศบาล ก", ["ก (ต่ำ)"]],
      ["เทศบาล ข", []],
    ]);
    expect(marked(a).filter((c) => c.startsWith("ก (ต่ำ)"))).toHaveLength(5);
    const b = analyseWorkbook(grid, { year: 2569, agency: 2 });
    expect(b.analysis.indicators[0].value).toBe(77.1);
    expect(messages(b, "indicator.conflict")).toEqual([]);
    expect(marked(b).some((c) => c.startsWith("ก (ต่ำ)"))).toBe(false);
  });
});

describe("several years in one table, a row each", () => {
  /** 2568's scores, then 2569's, indicators across. */
  const y2568 = [80.1, 86, 90, 88, 70, 91, 84, 86, 100, 75];
  const y2569 = [88.1, 90.2, 91.3, 84.4, 86.5, 92.6, 83.7, 89.8, 87.5, 70.83];
  const header: CellValue[] = ["ปีงบประมาณ", ...INDICATORS.map(([n]) => n)];

  test.each([
    ["years as numbers", 2568, 2569],
    ["years as text", "ปี 2568", "ปี 2569"],
  ])("%s: the latest year is this year, the other last year's; only this year's low cells are marked", (_, a, b) => {
    const rows: CellValue[][] = [
      ["ผลการประเมิน ITA เปรียบเทียบปีงบประมาณ 2568 และ 2569"],
      header,
      [a, ...y2568],
      [b, ...y2569],
    ];
    const r = analyseWorkbook(workbook(sheet("S", rows)));
    expect(r.agencies).toBeNull();
    expect(r.choice.year).toBe(2569);
    expect(r.analysis.indicators.map((i) => i.value)).toEqual(y2569);
    expect(r.analysis.indicators.map((i) => i.previous)).toEqual(y2568);
    // 2569's row is row 4: indicators 4 (E4), 7 (H4) and 10 (K4) are below 85. Nothing of row 3.
    expect(marked(r).sort()).toEqual(["S!E4", "S!H4", "S!K4"]);
    expect(warnings(r)).toEqual([]);
  });

  test("the rows in the other order, tools across: still the latest year", () => {
    const rows: CellValue[][] = [
      ["ปี", "IIT", "EIT", "OIT", "ITA"],
      [2569, 88, 80, 85, 84.4],
      [2568, 90, 85, 80, 84.5],
    ];
    const r = analyseWorkbook(workbook(sheet("S", rows)));
    expect(r.agencies).toBeNull();
    expect(r.choice.year).toBe(2569);
    expect(r.analysis.tools.map((t) => t.value)).toEqual([88, 80, 85]);
    // Last year 84.5; this year 0.3·88 + 0.3·80 + 0.4·85 = 84.4: down 0.10.
    expect(r.analysis.overall).toMatchObject({ reported: 84.4, previous: 84.5 });
    expect(r.analysis.overall.change).toBeCloseTo(-0.1, 9);
  });
});

describe("OIT audit sheets with extra columns", () => {
  test("ข้อ | รายการ | ผลการตรวจ | คะแนน | ข้อเสนอแนะ: every item read, the number over the verdict", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "รายการ", "ผลการตรวจ", "คะแนน", "ข้อเสนอแนะ"],
      ...OIT_2569.map(([code, text]): CellValue[] => {
        // O5 not published, O12 in part (a verdict of มี, a score of 50), O21 not published.
        const score = code === "O5" || code === "O21" ? 0 : code === "O12" ? 50 : 100;
        return [code, text, score === 0 ? "ไม่มี" : "มี", score, score < 100 ? "ควรเผยแพร่ให้ครบถ้วน" : "-"];
      }),
    ];
    const r = analyseWorkbook(workbook(sheet("OIT", rows)), { year: 2569 });
    expect(r.analysis.items).toHaveLength(26);
    expect(r.analysis.items.filter((i) => i.low).map((i) => [i.code, i.min])).toEqual([
      ["o5", 0],
      ["o12", 50],
      ["o21", 0],
    ]);
    // The score column D is marked (rows 6, 13, 22), never the verdicts in C; no verdict needed a note.
    expect(marked(r).sort()).toEqual(["OIT!D13", "OIT!D22", "OIT!D6"]);
    expect(messages(r, "score.verdict")).toEqual([]);
    const steps = jsonReport(r, "th").measures.flatMap((m) => m.steps);
    expect(steps.some((s) => s.includes("(o5)") && s.includes("(o12)") && s.includes("(o21)"))).toBe(true);
  });
});

describe("one row per item, its tool and indicator on every row", () => {
  const items: CellValue[][] = [
    ["i1", "การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลามากน้อยเพียงใด", 78.68],
    ["i2", I2, 83.53],
    ["i3", "เจ้าหน้าที่ในหน่วยงานของท่านมีการเรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่", 99.26],
  ];
  const flat = items.map((r): CellValue[] => ["IIT", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", ...r]);

  test.each([
    ["under a header", [["เครื่องมือ", "ตัวชี้วัด", "ข้อ", "ข้อคำถาม", "คะแนน"], ...flat]],
    ["without one (a filtered copy)", flat],
  ])("%s: items, not records, and not the indicator's score", (_, rows) => {
    const r = analyseWorkbook(workbook(sheet("S", rows)), { year: 2569 });
    expect(r.analysis.items.map((i) => [i.code, i.min])).toEqual([
      ["i1", 78.68],
      ["i2", 83.53],
      ["i3", 99.26],
    ]);
    // (78.68 + 83.53 + 99.26) / 3 = 87.156…: indicator 1 computed from its items, nothing reported.
    expect(r.analysis.indicators[0]).toMatchObject({ reported: null, computed: 87.15 });
    expect(messages(r, "table.records")).toEqual([]);
    const header = rows.length === 4 ? 1 : 0;
    expect(marked(r).sort()).toEqual([`S!E${1 + header}`, `S!E${2 + header}`]);
  });

  test("beside a sheet of indicator scores: one agency, both read", () => {
    const r = analyseWorkbook(
      workbook(sheet("ตัวชี้วัด", INDICATORS), sheet("รายข้อ", [["เครื่องมือ", "ตัวชี้วัด", "ข้อ", "ข้อคำถาม", "คะแนน"], ...flat])),
      { year: 2569 },
    );
    expect(r.agencies).toBeNull();
    expect(r.analysis.indicators[0]).toMatchObject({ reported: 88.1, computed: 87.15 });
    expect(item(r, "i1")?.min).toBe(78.68);
  });
});

describe("one agency name for every view", () => {
  test("the JSON report and the summary give the name a title names, as the document does", () => {
    const r = analyseWorkbook(workbook(sheet("S", [["ผลการประเมิน ITA ของเทศบาลตำบลบ้านใหม่"], ...INDICATORS])), {
      year: 2569,
    });
    expect(r.agencyName).toBe("เทศบาลตำบลบ้านใหม่");
    expect(jsonReport(r).agency).toBe("เทศบาลตำบลบ้านใหม่");
    expect(summarize(r, "en").agency).toBe("เทศบาลตำบลบ้านใหม่");
  });
});
