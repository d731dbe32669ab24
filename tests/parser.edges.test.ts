import { analyse } from "../src/core/analyse/analyse";
import { getFramework } from "../src/core/framework";
import { CellValue } from "../src/core/read/grid";
import { describe as describeDiagnostic } from "../src/core/i18n/messages";
import { parseWorkbook } from "../src/core/parse/parseWorkbook";
import { sheet, workbook } from "./helpers/grids";

const fw = getFramework(2567);
const parse = (rows: CellValue[][], name = "คะแนน") => parseWorkbook(workbook(sheet(name, rows)), fw);

const I1 = "การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลามากน้อยเพียงใด";
const I2 = "หน่วยงานของท่านมีเจ้าหน้าที่ที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อหรือผู้มารับบริการอย่างเท่าเทียมกันมากน้อยเพียงใด";

describe("cells that are not valid scores", () => {
  test.each([
    [{ error: "#N/A" }, "score.invalid", "#N/A"],
    ["#DIV/0!", "score.invalid", "#DIV/0!"],
    ["ดีมาก", "score.invalid", "ดีมาก"],
    [120, "score.outOfRange", "120"],
    [-3, "score.outOfRange", "-3"],
    ["๑๒๐", "score.outOfRange", "๑๒๐"],
  ] as Array<[CellValue, string, string]>)(
    "%p gives a diagnostic naming Sheet!Cell and is not used",
    (bad, code, text) => {
      const p = parse([
        ["ข้อ", "คำถาม", "คะแนน"],
        ["i1", I1, bad],
        ["i2", I2, "๘๓.๕๓"],
      ]);
      expect(p.items.has("i1")).toBe(false);
      expect(p.items.get("i2")?.scores).toEqual({ value: 83.53 });
      const d = p.diagnostics.find((x) => x.code === code)!;
      expect(d).toMatchObject({ severity: "warning", cell: "คะแนน!C2", subject: "item:i1" });
      expect(d.params.text).toBe(text);
      expect(describeDiagnostic(d, "th")).toContain("คะแนน!C2");
      expect(describeDiagnostic(d, "en")).toContain("คะแนน!C2");
      expect(p.scoreCells.map((c) => c.ref)).not.toContain("คะแนน!C2");
    },
  );

  test.each(["-", "N/A", "n/a", "–", "ไม่มีข้อมูล"])("%p means missing, not zero, and is not an error", (missing) => {
    const p = parse([
      ["ข้อ", "คำถาม", "คะแนน"],
      ["i1", I1, missing],
    ]);
    expect(p.items.size).toBe(0);
    expect(p.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  test("scores arrive as numbers, Arabic text, Thai digits, with % or คะแนน", () => {
    const p = parse([
      ["ข้อ", "คำถาม", "คะแนน"],
      ["i1", I1, 78.68],
      ["i2", I2, "83.53 คะแนน"],
      ["i3", "เจ้าหน้าที่ในหน่วยงานของท่านมีการเรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่", "๙๙.๒๖%"],
    ]);
    expect([...p.items.values()].map((i) => i.scores)).toEqual([{ value: 78.68 }, { value: 83.53 }, { value: 99.26 }]);
    expect(p.scoreCells.map((c) => c.numeric)).toEqual([true, false, false]);
  });
});

describe("repeated tables", () => {
  const table = (score: CellValue): CellValue[][] => [
    ["ข้อ", "คำถาม", "คะแนน"],
    ["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่"],
    ["๑๑", I1, score],
  ];

  test("equal copies are one item with every copy's cell", () => {
    const p = parse([...table("๗๘.๖๘"), [], ...table(78.68)]);
    expect(p.items.get("i1")).toEqual({ code: "i1", scores: { value: 78.68 }, cells: ["คะแนน!C3", "คะแนน!C7"] });
    expect(p.diagnostics.filter((d) => d.code === "item.conflict")).toEqual([]);
  });

  test("unequal copies are a conflict reported with both cells; the first is used", () => {
    const p = parse([...table("๗๘.๖๘"), [], ...table("๗๙.๖๘")]);
    expect(p.items.get("i1")?.scores).toEqual({ value: 78.68 });
    const d = p.diagnostics.find((x) => x.code === "item.conflict")!;
    expect(d.cells).toEqual(["คะแนน!C3", "คะแนน!C7"]);
    expect(d.params).toMatchObject({ first: 78.68, second: 79.68 });
    expect(describeDiagnostic(d, "th")).toMatch(/78\.68.*คะแนน!C3.*79\.68.*คะแนน!C7/);
  });

  test("the same indicator reported twice differently is a conflict too", () => {
    const p = parse([["ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ", "๗๗.๔๐"], [], [], ["ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ", "๗๘.๔๐"]]);
    expect(p.indicators.get(4)?.value).toBe(77.4);
    expect(p.diagnostics.find((d) => d.code === "indicator.conflict")?.cells).toEqual(["คะแนน!B1", "คะแนน!B4"]);
  });
});

describe("another year's items", () => {
  const otherYear: CellValue[][] = [
    ["ข้อ", "คำถาม", "คะแนน"],
    ...Array.from({ length: 30 }, (_, i) => [
      `i${i + 1}`,
      `ข้อคำถามของปีอื่นที่ ${i + 1} ซึ่งมีถ้อยคำไม่ตรงกับกรอบการประเมินปีนี้`,
      80 + (i % 10),
    ]),
  ];
  const indicators: CellValue[][] = [
    ["เครื่องมือ", "ตัวชี้วัด", "คะแนน"],
    ...fw.indicators.map((d) => [null, `ตัวชี้วัดที่ ${d.number} ${d.th}`, 80 + d.number]),
  ];

  test("i1–i30 give one clear note and are not used; the analysis continues at indicator level", () => {
    const p = parseWorkbook(workbook(sheet("ตัวชี้วัด", indicators), sheet("รายข้อเก่า", otherYear)), fw);
    expect(p.items.size).toBe(0);
    const notes = p.diagnostics.filter((d) => d.code === "items.otherFramework");
    expect(notes).toHaveLength(1);
    expect(notes[0].params.range).toBe("รายข้อเก่า!A1:C31");
    expect(describeDiagnostic(notes[0], "th")).toContain("ระดับตัวชี้วัด");
    const a = analyse(p, fw);
    expect(a.level).toBe("indicator");
    expect(a.indicators.map((i) => i.value)).toEqual(fw.indicators.map((d) => 80 + d.number));
    // Issues are judged by their indicators: indicators 1–4 (81–84) are low, 5–10 (85–90) are not.
    const acting = a.issues.filter((r) => r.needsAction).map((r) => r.issue.number);
    expect(acting).toEqual([1, 2, 4, 5, 6]);
    expect(a.issues[3].measures.length).toBeGreaterThan(0);
    expect(a.issues[2].measures).toEqual([]);
  });

  test("a single stray code beyond this year's list is reported, and the rest of the table is kept", () => {
    const p = parse([
      ["ข้อ", "คำถาม", "คะแนน"],
      ["i1", I1, 78.68],
      ["i23", "ข้อคำถามที่ไม่มีในปีนี้และไม่ตรงกับข้อใดเลย", 80],
    ]);
    expect(p.items.get("i1")?.scores).toEqual({ value: 78.68 });
    expect(p.diagnostics.find((d) => d.code === "item.notInFramework")).toMatchObject({
      cell: "คะแนน!A3",
      params: { code: "i23" },
    });
  });
});

describe("tool and overall scores", () => {
  test("tool totals and the overall score are read from their labels", () => {
    const p = parse([
      ["ผลคะแนน ITA", "๘๔.๓๓"],
      ["ผลรวมคะแนน IIT", null, "๘๔.๑๕"],
      ["EIT", 80.14],
      ["คะแนนรวม OIT", 87.62],
    ]);
    expect(p.overall?.value).toBe(84.33);
    expect([...p.tools.entries()].map(([k, v]) => [k, v.value])).toEqual([
      ["IIT", 84.15],
      ["EIT", 80.14],
      ["OIT", 87.62],
    ]);
  });

  test("tools given as weighted points (IIT /30, EIT /30, OIT /40) that add up to the overall are converted to percent", () => {
    const p = parse([
      ["IIT", 25.25],
      ["EIT", 24.04],
      ["OIT", 35.04],
      ["คะแนนรวม", 84.33],
    ]);
    expect(p.tools.get("IIT")).toMatchObject({ fromPoints: true, value: expect.closeTo(84.1667, 3) });
    expect(p.tools.get("OIT")?.value).toBeCloseTo(87.6, 5);
    expect(p.diagnostics.filter((d) => d.code === "tool.points")).toHaveLength(3);
  });

  test("a bare total after a tool's indicators is that tool's total", () => {
    const p = parse([
      ["ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", "๙๐.๔๙"],
      ["ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", "๘๓.๑๓"],
      ["ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน", "๖๖.๗๙"],
      ["รวม", "๘๐.๑๔"],
    ]);
    expect(p.tools.get("EIT")?.value).toBe(80.14);
    expect(p.overall).toBeNull();
  });
});

describe("English layouts and odd positions", () => {
  test("Code | Question | EIT Public | EIT Survey in English, far from A1", () => {
    const rows: CellValue[][] = [
      ["Indicator 7: Communication efficiency"],
      ["CODE", "QUESTION", "EIT PUBLIC", "EIT SURVEY"],
      ["E4", "หน่วยงานมีช่องทางการเผยแพร่ข้อมูลข่าวสารที่สามารถเข้าถึงได้ง่าย", 78.31, 83.81],
      ["E5", null, 78.59, 85.71],
    ];
    const p = parseWorkbook(workbook(sheet("Scores", rows, 10, 5)), fw);
    expect(p.items.get("e4")).toEqual({
      code: "e4",
      scores: { public: 78.31, survey: 83.81 },
      cells: ["Scores!H13", "Scores!I13"],
    });
    expect(p.items.get("e5")?.scores).toEqual({ public: 78.59, survey: 85.71 });
  });

  test("sheets that ITA Analyzer wrote are never read as input", () => {
    const p = parseWorkbook(
      workbook({ name: "วิเคราะห์ผล ITA", top: 0, left: 0, values: [["i1", I1, 10]], generated: "analysis" }),
      fw,
    );
    expect(p.items.size).toBe(0);
    expect(p.sheets).toEqual([]);
  });
});

describe("last year's scores", () => {
  test("a score column of an earlier year, a labelled overall and a sheet named for last year give the change", () => {
    const table: CellValue[][] = [
      ["ผลคะแนน ITA", "๘๔.๓๓"],
      ["ผลคะแนน ITA ปี 2566", "๘๘.๐๓"],
      [],
      [],
      ["ตัวชี้วัด", "คะแนน 2566", "คะแนน 2567"],
      ["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", 90.1, 87.16],
      ["ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "-", 87.06],
    ];
    const lastYear: CellValue[][] = [
      ["ตัวชี้วัดที่ ๓ การใช้อำนาจ", 85.5],
      ["i1", I1, 10],
    ];
    const p = parseWorkbook(workbook(sheet("ผล", table), sheet("ITA 2566", lastYear)), fw);
    expect(p.overall?.value).toBe(84.33);
    expect(p.indicators.get(1)?.value).toBe(87.16);
    expect(p.indicators.has(3)).toBe(false);
    expect(p.items.size).toBe(0);
    expect([...p.previous].map(([k, v]) => [k, v.value])).toEqual([
      ["overall", 88.03],
      [1, 90.1],
      [3, 85.5],
    ]);
    // Last year's cells are history: never highlighted.
    expect(p.scoreCells.map((c) => c.ref)).not.toContain("ผล!B6");
    expect(p.diagnostics.find((d) => d.code === "sheet.previousYear")?.params.sheet).toBe("ITA 2566");
    const a = analyse(p, fw);
    expect(a.overall).toMatchObject({ previous: 88.03, change: -3.7 });
    expect(a.indicators[0]).toMatchObject({ previous: 90.1, change: -2.94 });
  });
});

describe("flat tables with an indicator column", () => {
  test("our own analysis tables, pasted back as input, read exactly", async () => {
    const { sampleGrid } = await import("./helpers/grids");
    const { render, sheetOf } = await import("./helpers/pipeline");
    const { plan, analysis } = render(await sampleGrid());
    const generated = sheetOf(plan, "analysis");
    const rows: CellValue[][] = [];
    for (const c of generated.cells)
      (rows[c.row] ??= [])[c.col] =
        "text" in c.content ? c.content.text : "number" in c.content ? c.content.number : null;
    const grid = rows.map((r) =>
      Array.from({ length: r?.length ?? 0 }, (_, i) => (r[i] === "" ? null : (r[i] ?? null))),
    );
    const p = parseWorkbook(workbook(sheet("คัดลอก", grid)), fw);
    expect(p.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    for (const it of analysis.items) expect([it.code, p.items.get(it.code)?.scores]).toEqual([it.code, it.scores]);
    expect(p.items.size).toBe(analysis.items.length);
  });
});

describe("a row placed by its neighbours", () => {
  const head: CellValue[][] = [["ข้อ", "คำถาม", "คะแนน"], ["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"]];
  const o5: CellValue[] = ["O๕", "ข่าวประชาสัมพันธ์", "๑๐๐"];
  const o7: CellValue[] = ["O๗", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "๐"];

  test("an unreadable row between o5 and o7 is o6, with a note to check it", () => {
    const p = parse([...head, o5, [null, "QกA", "๕๐"], o7]);
    expect(p.items.get("o6")).toEqual({ code: "o6", scores: { value: 50 }, cells: ["คะแนน!C4"] });
    expect(p.diagnostics.find((d) => d.code === "item.byPosition")).toMatchObject({
      severity: "info",
      cell: "คะแนน!B4",
      params: { code: "o6", prev: "o5", next: "o7" },
    });
  });

  test("not when two unclear rows share the gap, when the item is read elsewhere, or without a heading", () => {
    const two = parse([...head, ["O๔", "ข้อมูลการติดต่อ", "๑๐๐"], [null, "QกA", "๕๐"], [null, "ขวจ", "๕๐"], o7]);
    expect(two.items.has("o5")).toBe(false);
    expect(two.items.has("o6")).toBe(false);
    const known = parse([...head, ["o6", "Q&A", "100"], [], [], ...head, o5, [null, "QกA", "๕๐"], o7]);
    expect(known.items.get("o6")?.scores).toEqual({ value: 100 });
    const noHeading = parse([["ข้อ", "คำถาม", "คะแนน"], o5, [null, "QกA", "๕๐"], o7]);
    expect(noHeading.items.has("o6")).toBe(false);
  });
});
