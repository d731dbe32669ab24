/**
 * Workbooks the way agencies keep them: percent formats, points, formulas never calculated, several
 * agencies or score columns, records tables, odd sheet names. Every expected number is worked out
 * here by hand, from the cells as written.
 */
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { describe as describeDiagnostic } from "../src/core/i18n/messages";
import { CellValue } from "../src/core/read/grid";
import { jsonReport } from "../src/core/report/jsonReport";
import { sheet, workbook } from "./helpers/grids";
import { IIT_WORDING, INDICATORS } from "./helpers/years";
import { conditionalFormats } from "./helpers/xlsxCells";

const I1 = IIT_WORDING.i1;
const I2 = "หน่วยงานของท่านมีเจ้าหน้าที่ที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อหรือผู้มารับบริการอย่างเท่าเทียมกันมากน้อยเพียงใด";
const I3 = "เจ้าหน้าที่ในหน่วยงานของท่านมีการเรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่";

const messages = (r: ReturnType<typeof analyseWorkbook>, code: string) =>
  r.analysis.diagnostics.filter((d) => d.code === code);
const item = (r: ReturnType<typeof analyseWorkbook>, code: string) => r.analysis.items.find((i) => i.code === code);

describe("scores stored as fractions", () => {
  const rows: CellValue[][] = [
    ["ข้อ", "คำถาม", "คะแนน"],
    ["i1", I1, 0.7868],
    ["i2", I2, 0.8353],
    ["i3", I3, 0.9926],
  ];

  test("shown as percents (0.7868 as 78.68%) they are those percents; only the cells below 85% are marked", () => {
    const formats = rows.map((r, i) => (i === 0 ? [] : [null, null, "0.00%"]));
    const r = analyseWorkbook(workbook({ ...sheet("S", rows), formats }), { year: 2567 });
    expect([item(r, "i1")?.min, item(r, "i2")?.min, item(r, "i3")?.min]).toEqual([78.68, 83.53, 99.26]);
    // (78.68 + 83.53 + 99.26) / 3 = 87.1566…, cut (never rounded) to two decimals.
    expect(r.analysis.indicators[0].computed).toBe(87.15);
    // The rule compares what the cell stores: 0.7868 < 0.85; 0.9926 is never marked.
    expect(r.plan.highlights).toEqual([
      {
        sheet: "S",
        numeric: [
          { row: 1, col: 2 },
          { row: 2, col: 2 },
        ],
        text: [],
        below: { "1:2": 0.85, "2:2": 0.85 },
      },
    ]);
    expect(messages(r, "scores.fractions")).toEqual([]);
  });

  test("without a percent format they are read as they are, and a warning offers the ×100 reading", () => {
    const r = analyseWorkbook(workbook(sheet("S", rows)), { year: 2567 });
    expect(item(r, "i1")?.min).toBe(0.7868);
    const [w] = messages(r, "scores.fractions");
    expect(w).toMatchObject({ severity: "warning", cell: "S!C2" });
    expect(describeDiagnostic(w, "th")).toContain("0.7868 = 78.68");
    expect(describeDiagnostic(w, "en")).toContain("--fractions-as-percent");
    const asked = analyseWorkbook(workbook(sheet("S", rows)), { year: 2567, fractions: true });
    expect(item(asked, "i1")?.min).toBe(78.68);
    expect(messages(asked, "scores.fractions")).toEqual([]);
  });

  test("through the file adapter: ExcelJS's number format reaches the reader, and the rule is written against 0.85", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("ผล ITA");
    rows.forEach((r) => ws.addRow(r));
    for (const n of [2, 3, 4]) ws.getCell(`C${n}`).numFmt = "0.00%";
    const out = await analyseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "x.xlsx", { year: 2567 });
    expect(out.analysis.items.find((i) => i.code === "i1")?.min).toBe(78.68);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(out.output as unknown as ArrayBuffer);
    const cfs = conditionalFormats(written.getWorksheet("ผล ITA")!);
    expect(cfs.map((cf) => [cf.ref, (cf.rules[0] as { formulae: unknown[] }).formulae])).toEqual([["C2:C3", ["0.85"]]]);
  });
});

describe("tool totals given as points", () => {
  test("labelled with their weight, no overall row: converted, with the conversion shown", () => {
    const r = analyseWorkbook(
      workbook(
        sheet("S", [
          ["คะแนน IIT (30%)", 25.62],
          ["คะแนน EIT (30%)", 24.04],
          ["คะแนน OIT (40%)", 35.05],
        ]),
      ),
      { year: 2569 },
    );
    // 25.62 / 0.3 = 85.40, 24.04 / 0.3 = 80.13, 35.05 / 0.4 = 87.625; the overall is the points' sum, 84.71.
    expect(r.analysis.tools.map((t) => [t.tool, +t.value!.toFixed(2), t.fromPoints])).toEqual([
      ["IIT", 85.4, true],
      ["EIT", 80.13, true],
      ["OIT", 87.63, true],
    ]);
    expect(r.analysis.overall.computed).toBe(84.7); // 84.706…, cut
    const notes = messages(r, "tool.points");
    expect(notes.map((d) => d.cell)).toEqual(["S!B1", "S!B2", "S!B3"]);
    expect(describeDiagnostic(notes[0], "th")).toContain("25.62 ÷ 30 × 100");
    // The highlight compares the points: EIT is low below 0.85 × 30 = 25.5 points.
    expect(r.plan.highlights[0].below).toEqual({ "1:1": 25.5 });
  });

  test.each([
    ["IIT /30", "EIT /30", "OIT /40"],
    ["IIT (30 คะแนน)", "EIT (30 คะแนน)", "OIT (40 คะแนน)"],
    ["IIT 30 คะแนน", "EIT 30 คะแนน", "OIT 40 คะแนน"],
  ])("labelled %s …: points", (a, b, c) => {
    const r = analyseWorkbook(
      workbook(
        sheet("S", [
          [a, 28.5],
          [b, 27],
          [c, 38],
        ]),
      ),
      { year: 2569 },
    );
    expect(r.analysis.tools.map((t) => t.value)).toEqual([95, 90, 95]);
  });

  test("in columns headed with their weight (IIT (30) | EIT (30) | OIT (40) | ITA)", () => {
    const r = analyseWorkbook(
      workbook(
        sheet("S", [
          ["IIT (30)", "EIT (30)", "OIT (40)", "ITA"],
          [25.62, 24.04, 35.05, 84.71],
        ]),
      ),
      { year: 2569 },
    );
    expect(r.analysis.tools.map((t) => +t.value!.toFixed(2))).toEqual([85.4, 80.13, 87.63]);
    expect(r.analysis.overall.reported).toBe(84.71);
    expect(messages(r, "overall.mismatch")).toEqual([]);
  });

  test("unlabelled, all within the weights and none a plausible percent: points, with a note", () => {
    const r = analyseWorkbook(
      workbook(
        sheet("S", [
          ["IIT", 25.62],
          ["EIT", 24.04],
          ["OIT", 35.05],
        ]),
      ),
      { year: 2569 },
    );
    expect(r.analysis.tools.every((t) => t.fromPoints)).toBe(true);
    expect(messages(r, "tool.points")[0].params.why).toBe("range");
  });

  test("unlabelled and unclear: a warning with both readings, and the percent kept", () => {
    const r = analyseWorkbook(
      workbook(
        sheet("S", [
          ["IIT", 25.62],
          ["EIT", 84.04],
          ["OIT", 95.05],
        ]),
      ),
      { year: 2569 },
    );
    expect(r.analysis.tools[0]).toMatchObject({ value: 25.62, fromPoints: false });
    const [w] = messages(r, "tool.pointsAmbiguous");
    expect(w).toMatchObject({ severity: "warning", cell: "S!B1" });
    expect(describeDiagnostic(w, "th")).toContain("ร้อยละ 85.40");
  });
});

describe("numbers written as text", () => {
  test("a decimal comma, 'ร้อยละ' and '%' are read; '1,234' is a thousands separator and out of range", () => {
    const r = analyseWorkbook(
      workbook(
        sheet("S", [
          ["ข้อ", "คำถาม", "คะแนน"],
          ["i1", I1, "78,68"],
          ["i2", I2, "ร้อยละ 83.53"],
          ["i3", I3, "99.26%"],
          ["i4", "หน่วยงานของท่านใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์มากน้อยเพียงใด", "1,234"],
        ]),
      ),
      { year: 2567 },
    );
    expect([item(r, "i1")?.min, item(r, "i2")?.min, item(r, "i3")?.min]).toEqual([78.68, 83.53, 99.26]);
    expect(messages(r, "score.commaDecimal").map((d) => d.cell)).toEqual(["S!C2"]);
    expect(messages(r, "score.outOfRange").map((d) => d.cell)).toEqual(["S!C5"]);
    expect(item(r, "i4")).toBeUndefined();
  });

  test("an EIT row whose scores are all unreadable is not counted as found", () => {
    const r = analyseWorkbook(
      workbook(
        sheet("S", [
          ["ข้อ", "คำถาม", "EIT Public", "EIT Survey"],
          ["e1", "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา", "ดี", "#N/A"],
          ["e2", "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้อื่นอย่างเท่าเทียมกัน", 86.23, 91.9],
        ]),
      ),
      { year: 2567 },
    );
    expect(item(r, "e1")).toBeUndefined();
    expect(item(r, "e2")?.scores).toEqual({ public: 86.23, survey: 91.9 });
    expect(messages(r, "score.invalid").map((d) => d.cell)).toEqual(["S!C2", "S!D2"]);
  });
});

describe("formulas saved without a value", () => {
  const rows: CellValue[][] = [
    ["ข้อ", "คำถาม", "คะแนน"],
    ["i1", I1, 78.68],
    ["i2", I2, 83.53],
    ["i3", I3, 99.26],
    ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", null, { formula: "=ROUND(AVERAGE(C2:C4),2)" }],
    ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", null, { formula: "=VLOOKUP(A6,อื่น!A:B,2,FALSE)" }],
  ];

  test("a plain AVERAGE/ROUND of score cells is worked out and said; anything else is named with how to fix it", () => {
    const r = analyseWorkbook(workbook(sheet("S", rows)), { year: 2567 });
    // (78.68 + 83.53 + 99.26) / 3 = 87.1566… → 87.16
    expect(r.analysis.indicators[0].reported).toBe(87.16);
    const [computed] = messages(r, "score.formulaComputed");
    expect(computed).toMatchObject({ severity: "info", cell: "S!C5" });
    const [missing] = messages(r, "score.formulaNoValue");
    expect(missing).toMatchObject({ severity: "warning", cell: "S!C6" });
    expect(describeDiagnostic(missing, "th")).toContain("กรุณาเปิดไฟล์ใน Excel แล้วบันทึก");
    expect(describeDiagnostic(missing, "en")).toContain("=VLOOKUP(A6,อื่น!A:B,2,FALSE)");
    expect(r.analysis.indicators[1].reported).toBeNull();
  });

  test("through the file adapter: a formula ExcelJS wrote with no result reaches the reader as a formula", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    rows.slice(0, 4).forEach((r) => ws.addRow(r));
    ws.addRow(["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", null, { formula: "AVERAGE(C2:C4)" }]);
    const out = await analyseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "x.xlsx", { year: 2567 });
    expect(out.analysis.indicators[0].reported).toBeCloseTo(87.1567, 4);
  });
});

describe("several agencies in one workbook: one analysed, never merged, and said", () => {
  const scores = (d: number): CellValue[][] => INDICATORS.map(([n, v]) => [n, v + d]);

  test("a sheet each", () => {
    const r = analyseWorkbook(
      workbook(
        sheet("ก", [["ผลการประเมิน ITA ของเทศบาลตำบลบ้านใหม่"], ...scores(0)]),
        sheet("ข", [["ผลการประเมิน ITA ของ อบต.หนองบัว"], ...scores(-5)]),
      ),
      { year: 2569 },
    );
    expect(r.agencies?.agencies.map((a) => a.name)).toEqual(["เทศบาลตำบลบ้านใหม่", "อบต.หนองบัว"]);
    expect(r.analysis.indicators[0].value).toBe(88.1);
    expect(messages(r, "indicator.conflict")).toEqual([]);
    const [w] = messages(r, "agencies.found");
    expect(w).toMatchObject({ severity: "warning", cell: "ก!A1" });
    expect(describeDiagnostic(w, "th")).toContain("วิเคราะห์เฉพาะ “เทศบาลตำบลบ้านใหม่”");
    const second = analyseWorkbook(
      workbook(sheet("ก", [["ผลการประเมิน ITA ของเทศบาลตำบลบ้านใหม่"], ...scores(0)]), sheet("ข", scores(-5))),
      { year: 2569, agency: 2 },
    );
    expect(second.analysis.indicators[0].value).toBe(83.1);
    expect(jsonReport(second, "th")).toMatchObject({ agency: "ข", agencies: ["เทศบาลตำบลบ้านใหม่", "ข"] });
  });

  test("two hundred sheets: one analysis and one warning, not two thousand conflicts", () => {
    const sheets = Array.from({ length: 200 }, (_, i) => sheet(`อบต. ${i + 1}`, scores(i / 100)));
    const r = analyseWorkbook(workbook(...sheets), { year: 2569 });
    expect(r.agencies?.agencies).toHaveLength(200);
    expect(r.analysis.diagnostics.filter((d) => d.severity === "warning").map((d) => d.code)).toEqual([
      "agencies.found",
    ]);
  });

  test("tables side by side: the second agency's scores are not read into the first's", () => {
    const rows: CellValue[][] = [
      ["เทศบาลตำบลก", null, null, "เทศบาลตำบลข"],
      ...INDICATORS.map(([n, v]): CellValue[] => [n, v, null, n, v - 10]),
    ];
    const first = analyseWorkbook(workbook(sheet("S", rows)), { year: 2569 });
    expect(first.analysis.indicators.map((i) => i.value)).toEqual(INDICATORS.map(([, v]) => v));
    const second = analyseWorkbook(workbook(sheet("S", rows)), { year: 2569, agency: "เทศบาลตำบลข" });
    expect(second.analysis.indicators.map((i) => i.value)).toEqual(INDICATORS.map(([, v]) => +(v - 10).toFixed(2)));
    // Only the chosen agency's cells are highlighted.
    expect(second.plan.highlights[0].numeric.every((c) => c.col === 4)).toBe(true);
  });

  test("one indicator column, a score column per agency", () => {
    const rows: CellValue[][] = [
      ["ตัวชี้วัด", "อบต. ก", "อบต. ข"],
      ...INDICATORS.map(([n, v]): CellValue[] => [n, v, v - 3]),
    ];
    const r = analyseWorkbook(workbook(sheet("S", rows)), { year: 2569, agency: "อบต. ข" });
    expect(r.agencies?.kind).toBe("columns");
    expect(r.analysis.indicators[0].value).toBe(85.1);
    expect(r.analysis.scoreCells.every((c) => c.col === 2)).toBe(true);
  });

  test("a row each under a header of tools", () => {
    const rows: CellValue[][] = [
      ["หน่วยงาน", "IIT", "EIT", "OIT", "ITA"],
      ["อบต. ก", 88, 90, 80, 85.4],
      ["อบต. ข", 70, 75, 80, 75.5],
    ];
    const r = analyseWorkbook(workbook(sheet("S", rows)), { year: 2569, agency: "อบต. ข" });
    expect(r.analysis.tools.map((t) => t.value)).toEqual([70, 75, 80]);
    // 0.3·70 + 0.3·75 + 0.4·80 = 75.5
    expect(r.analysis.overall).toMatchObject({ reported: 75.5, computed: 75.5 });
  });

  test("an agency that is not there is a bad option that lists those there are", () => {
    const rows: CellValue[][] = [
      ["ตัวชี้วัด", "อบต. ก", "อบต. ข"],
      ...INDICATORS.map(([n, v]): CellValue[] => [n, v, v - 3]),
    ];
    expect(() => analyseWorkbook(workbook(sheet("S", rows)), { agency: "อบต. ค" })).toThrow(
      expect.objectContaining({ code: "args.agency" }),
    );
  });

  test("one agency's years side by side are not taken for two agencies", () => {
    const rows: CellValue[][] = [
      ["ตัวชี้วัด", "ปี 2568", "ปี 2569"],
      ...INDICATORS.map(([n, v]): CellValue[] => [n, v - 1, v]),
    ];
    expect(analyseWorkbook(workbook(sheet("S", rows))).agencies).toBeNull();
  });
});

describe("tables that are not score tables", () => {
  test("a raw-data sheet with a tool column is not read as tool totals, nor painted", () => {
    const raw: CellValue[][] = [
      ["ลำดับ", "เครื่องมือ", "หน่วยงานย่อย", "คะแนน"],
      [1, "IIT", "กองคลัง", 60],
      [2, "IIT", "กองช่าง", 70],
      [3, "EIT", "กองคลัง", 75],
      [4, "IIT", "สำนักปลัด", 90],
    ];
    const r = analyseWorkbook(workbook(sheet("ข้อมูลดิบ", raw), sheet("คะแนน", INDICATORS)), { year: 2569 });
    expect(r.analysis.tools.map((t) => t.reported)).toEqual([null, null, null]);
    expect(messages(r, "tool.conflict")).toEqual([]);
    expect(r.plan.highlights.map((h) => h.sheet)).toEqual(["คะแนน"]);
    expect(messages(r, "table.records")[0]).toMatchObject({ severity: "info", cell: "ข้อมูลดิบ!A1" });
  });

  test("a conflict shows enough decimals for the two numbers to differ", () => {
    const r = analyseWorkbook(
      workbook(
        sheet("S", [
          ["ข้อ", "คำถาม", "คะแนน"],
          ["i1", I1, 78.681],
        ]),
        sheet("T", [
          ["ข้อ", "คำถาม", "คะแนน"],
          ["i1", I1, 78.684],
        ]),
      ),
      { year: 2567 },
    );
    const [c] = messages(r, "item.conflict");
    expect(describeDiagnostic(c, "en")).toContain("78.681 (S!C2) and 78.684 (T!C2)");
  });
});

describe("sheet names in cell references", () => {
  test("are quoted the way Excel quotes them", () => {
    const name = "ผล ITA 'ฉบับแก้ไข' ปี 67!";
    const r = analyseWorkbook(
      workbook(
        sheet(name, [
          ["ข้อ", "คำถาม", "คะแนน"],
          ["i1", I1, 78.68],
        ]),
      ),
      { year: 2567 },
    );
    expect(item(r, "i1")?.cells).toEqual(["'ผล ITA ''ฉบับแก้ไข'' ปี 67!'!C2"]);
    const plain = analyseWorkbook(
      workbook(
        sheet("ผลคะแนน", [
          ["ข้อ", "คำถาม", "คะแนน"],
          ["i1", I1, 78.68],
        ]),
      ),
      { year: 2567 },
    );
    expect(item(plain, "i1")?.cells).toEqual(["ผลคะแนน!C2"]);
    const digit = analyseWorkbook(
      workbook(
        sheet("2569", [
          ["ข้อ", "คำถาม", "คะแนน"],
          ["i1", I1, 78.68],
        ]),
      ),
      { year: 2567 },
    );
    expect(item(digit, "i1")?.cells).toEqual(["'2569'!C2"]);
  });
});
