import fc from "fast-check";
import { analyse } from "../src/core/analyse/analyse";
import { getFramework } from "../src/core/framework";
import { CellValue } from "../src/core/read/grid";
import { parseWorkbook } from "../src/core/parse/parseWorkbook";
import { renderWorkbook } from "../src/core/render/renderWorkbook";

const fw = getFramework(2567);

/** Cell values that look like what a score sheet holds, and what it should not. */
const vocabulary = [
  "ข้อ",
  "คำถาม",
  "คะแนน",
  "EIT Public",
  "EIT Survey",
  "Code",
  "Question",
  "Score",
  "หมายเหตุ",
  "ลำดับ",
  "ตัวชี้วัดที่ ๓ การใช้อำนาจ",
  "ตัวชี้วัดที่ 99",
  "Indicator 2: Use of budget",
  "การเปิดเผยข้อมูล",
  "ผลรวมคะแนน IIT",
  "ผลคะแนน ITA",
  "รวม",
  "IIT",
  "EIT",
  "OIT",
  "คะแนนรวม",
  "i1",
  "I๑",
  "๑๑",
  "1๐",
  "0๘",
  "Em",
  "e9",
  "o35",
  "i99",
  "o0",
  "",
  " ",
  "-",
  "N/A",
  "#N/A",
  "๘๔.๓๓",
  "100",
  "๐",
  "abc",
  "<b>ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่</b>",
  "=SUM(A1)",
  "@x",
  "+1",
  "\u200b",
  ...fw.items.slice(0, 12).map((i) => i.th),
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.string(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -200, max: 200 }),
  fc.constant(null),
  fc.boolean(),
  fc.record({ error: fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#SPILL!") }),
);

const grid = fc.record({
  top: fc.nat(50),
  left: fc.nat(20),
  values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 40 }),
});

describe("random grids never break the reader", () => {
  test("parse, analyse and render: no exception escapes, ever", () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (sheets) => {
        const wb = { sheets: sheets.map((s, i) => ({ name: `S${i}`, ...s })) };
        const p = parseWorkbook(wb, fw);
        const a = analyse(p, fw);
        const plan = renderWorkbook(a, { existingSheets: wb.sheets });
        // Whatever was read, only real score cells below the threshold are highlighted.
        for (const h of plan.highlights) {
          for (const c of [...h.numeric, ...h.text]) {
            const read = p.scoreCells.find((s) => s.sheet === h.sheet && s.row === c.row && s.col === c.col);
            expect(read && read.value < a.threshold).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
