/**
 * More than two years (issue 24, item 4): every earlier year's scores are kept, not only last
 * year's, and with three years or more each indicator's trend is worked out — up every year
 * (ดีขึ้นต่อเนื่อง), down every year (ลดลงต่อเนื่อง) or both (ขึ้นลง). Each expectation is worked by
 * hand from the cells as written.
 */
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { trendWord } from "../src/core/analyse/trend";
import { CellValue } from "../src/core/read/grid";
import { jsonReport } from "../src/core/report/jsonReport";
import { summarize } from "../src/core/report/summary";
import { SheetPlan } from "../src/core/render/model";
import { sheet, workbook } from "./helpers/grids";
import { cellAt, sheetOf } from "./helpers/pipeline";

const NAMES = [
  "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่",
  "ตัวชี้วัดที่ 2 การใช้งบประมาณ",
  "ตัวชี้วัดที่ 3 การใช้อำนาจ",
  "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ",
  "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต",
  "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน",
  "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร",
  "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน",
  "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล",
  "ตัวชี้วัดที่ 10 การป้องกันการทุจริต",
];

/** 2565, 2566, 2567 for each indicator: 1 and 4–9 up every year, 2 and 10 down, 3 down then up. */
const THREE: Array<[number, number, number]> = [
  [80, 84, 88.1],
  [95, 92, 90.2],
  [90, 88, 91.3],
  [80, 82, 84.4],
  [81, 83, 86.5],
  [90, 91, 92.6],
  [80, 81, 83.7],
  [85, 87, 89.8],
  [85, 86, 87.5],
  [75, 72.5, 70.83],
];

const threeYears = () =>
  workbook(
    sheet("ผลคะแนน", [["ตัวชี้วัด", "2565", "2566", "2567"], ...NAMES.map((n, i): CellValue[] => [n, ...THREE[i]])]),
  );

/** The rows of the summary sheet's trend table, from its header down: each cell's text or number. */
function trendRows(s: SheetPlan): Array<Array<string | number | undefined>> {
  const title = s.cells.find((c) => "text" in c.content && /แนวโน้มรายตัวชี้วัด|Trend by indicator/.test(c.content.text));
  if (!title) return [];
  const table = s.tables.find((t) => t.top === title.row + 1)!;
  const out: Array<Array<string | number | undefined>> = [];
  for (let r = table.top; r <= table.bottom; r++) {
    const row: Array<string | number | undefined> = [];
    for (let c = table.left; c <= table.right; c++) {
      const content = cellAt(s, r, c)?.content;
      row.push(
        content && "text" in content ? content.text : content && "number" in content ? content.number : undefined,
      );
    }
    out.push(row);
  }
  return out;
}

describe("three years side by side: 2565 | 2566 | 2567", () => {
  const r = analyseWorkbook(threeYears());

  test("the latest year is this year's; the year before is last year's; both earlier years are kept", () => {
    expect(r.choice.year).toBe(2567);
    expect(r.analysis.indicators.map((i) => i.value)).toEqual(THREE.map((t) => t[2]));
    expect(r.analysis.indicators.map((i) => i.previous)).toEqual(THREE.map((t) => t[1]));
    const one = r.analysis.indicators[0];
    // 88.10 − 84.00 = 4.10
    expect(one.change).toBeCloseTo(4.1, 6);
    expect(one.history).toEqual([
      { year: 2565, value: 80 },
      { year: 2566, value: 84 },
    ]);
    expect(r.analysis.indicators[9].history).toEqual([
      { year: 2565, value: 75 },
      { year: 2566, value: 72.5 },
    ]);
    expect(r.analysis.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual([]);
  });

  test("the pane's trend: the three years, this year last, a word per indicator; no overall row without one", () => {
    const t = summarize(r, "th").trend!;
    expect(t.years).toEqual([2565, 2566, 2567]);
    expect(t.rows.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(t.rows[0].values).toEqual([80, 84, 88.1]);
    expect(t.rows.map((x) => x.word)).toEqual(["up", "down", "mixed", "up", "up", "up", "up", "up", "up", "down"]);
  });

  test("the JSON gives each indicator's history", () => {
    const j = jsonReport(r);
    expect(j.indicators[2].history).toEqual([
      { year: 2565, value: 90 },
      { year: 2566, value: 88 },
    ]);
    expect(j.overall.history).toEqual([]);
  });

  test("the summary sheet's trend table: years as columns, this year last, the word in Thai", () => {
    const rows = trendRows(sheetOf(r.plan, "summary"));
    expect(rows[0]).toEqual(["ตัวชี้วัด", "2565", "2566", "2567", "แนวโน้ม"]);
    expect(rows.slice(1, 4)).toEqual([
      ["ตัวชี้วัดที่ 1", 80, 84, 88.1, "ดีขึ้นต่อเนื่อง"],
      ["ตัวชี้วัดที่ 2", 95, 92, 90.2, "ลดลงต่อเนื่อง"],
      ["ตัวชี้วัดที่ 3", 90, 88, 91.3, "ขึ้นลง"],
    ]);
    expect(rows[10]).toEqual(["ตัวชี้วัดที่ 10", 75, 72.5, 70.83, "ลดลงต่อเนื่อง"]);
    expect(rows).toHaveLength(11);
  });

  test("in English, the words are English", () => {
    const en = analyseWorkbook(threeYears(), { lang: "en" });
    const rows = trendRows(sheetOf(en.plan, "summary"));
    expect(rows[0]).toEqual(["Indicator", "2565", "2566", "2567", "Trend"]);
    expect(rows[1][4]).toBe("Steadily up");
    expect(rows[3][4]).toBe("Mixed");
  });
});

describe("a table of one row per year, four years", () => {
  // IIT, EIT, OIT and the overall score by year; the overall: 81.1, 83.1, 80.5, 87.1 (down in 2567).
  const rows: CellValue[][] = [
    ["ปี", "IIT", "EIT", "OIT", "ITA"],
    [2565, 80, 81, 82, 81.1],
    [2566, 82, 83, 84, 83.1],
    [2567, 79, 80, 82.2, 80.5],
    [2568, 86, 87, 88, 87.1],
  ];
  const r = analyseWorkbook(workbook(sheet("สรุป", rows)));

  test("the latest row is this year's; every earlier row is kept, the one before as last year's, without a conflict", () => {
    expect(r.choice.year).toBe(2568);
    expect(r.analysis.overall.reported).toBe(87.1);
    expect(r.analysis.overall.previous).toBe(80.5);
    expect(r.analysis.overall.history).toEqual([
      { year: 2565, value: 81.1 },
      { year: 2566, value: 83.1 },
      { year: 2567, value: 80.5 },
    ]);
    expect(r.analysis.tools.map((t) => t.value)).toEqual([86, 87, 88]);
    expect(r.analysis.tools[0].history.map((h) => h.value)).toEqual([80, 82, 79]);
    expect(r.analysis.diagnostics.filter((d) => d.code === "previous.conflict")).toEqual([]);
  });

  test("the trend: four years, the overall up, up, down, up: mixed; indicators without scores have no word", () => {
    const t = summarize(r, "en").trend!;
    expect(t.years).toEqual([2565, 2566, 2567, 2568]);
    const overall = t.rows.find((x) => x.number === null)!;
    expect(overall.values).toEqual([81.1, 83.1, 80.5, 87.1]);
    expect(overall.word).toBe("mixed");
    expect(t.rows.filter((x) => x.number !== null).every((x) => x.word === null)).toBe(true);
  });

  test("the summary sheet shows the four years and the overall row", () => {
    const table = trendRows(sheetOf(r.plan, "summary"));
    expect(table[0]).toEqual(["ตัวชี้วัด", "2565", "2566", "2567", "2568", "แนวโน้ม"]);
    expect(table[table.length - 1]).toEqual(["คะแนนรวม ITA", 81.1, 83.1, 80.5, 87.1, "ขึ้นลง"]);
  });
});

describe("two years: unchanged", () => {
  const r = analyseWorkbook(
    workbook(
      sheet("ผลคะแนน", [["ตัวชี้วัด", "2566", "2567"], ...NAMES.map((n, i): CellValue[] => [n, THREE[i][1], THREE[i][2]])]),
    ),
  );

  test("last year's scores as before, one year of history, and no trend anywhere", () => {
    expect(r.analysis.indicators.map((i) => i.previous)).toEqual(THREE.map((t) => t[1]));
    expect(r.analysis.indicators[0].history).toEqual([{ year: 2566, value: 84 }]);
    expect(summarize(r, "th").trend).toBeNull();
    expect(trendRows(sheetOf(r.plan, "summary"))).toEqual([]);
  });
});

describe("the trend word", () => {
  test.each([
    [[80, 84, 88], "up"],
    [[88, 84, 80], "down"],
    [[80, 84, 82], "mixed"],
    [[80, 80, 82], "mixed"],
    [[80, null, 84, 88], "up"],
    [[80, null, 84], null],
  ])("%j → %s", (values, word) => {
    expect(trendWord(values)).toBe(word);
  });
});
