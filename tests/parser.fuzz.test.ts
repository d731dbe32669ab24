import fc from "fast-check";
import { analyse } from "../src/core/analyse/analyse";
import { getFramework } from "../src/core/framework";
import { CellValue } from "../src/core/read/grid";
import { parseWorkbook } from "../src/core/parse/parseWorkbook";
import { renderWorkbook } from "../src/core/render/renderWorkbook";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { InputError } from "../src/core/i18n/messages";

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
  "คะแนน IIT (30%)",
  "EIT (30 คะแนน)",
  "OIT /40",
  "IIT (30)",
  "ร้อยละ 78.68",
  "78,68",
  "1,234",
  "0.7868",
  "ผลการประเมิน ITA ของเทศบาลตำบลบ้านใหม่",
  "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569",
  "ปี 2568",
  "อบต. ก",
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
  fc.record({
    formula: fc.constantFrom("=AVERAGE(B1:B3)", "=SUM(C2,C3)", "=ROUND(B2,2)", "=VLOOKUP(1,A:B,2)", "=B1", "="),
  }),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

/** Number formats a sheet's cells carry. */
const format = fc.constantFrom<string | null>(null, "General", "0.00", "0.00%", "0%", '0.00"%"', "@", "#,##0.00");

const grid = fc.record({
  top: fc.nat(50),
  left: fc.nat(20),
  values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 40 }),
  formats: fc.array(fc.array(format, { maxLength: 9 }), { maxLength: 40 }),
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

  test("the whole use case, formats, formulas, points and agencies included: a cell is never both read and warned unreadable", () => {
    const warnedUnreadable = new Set(["score.invalid", "score.outOfRange", "score.formulaNoValue"]);
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), fc.boolean(), (sheets, fractions) => {
        const wb = { sheets: sheets.map((s, i) => ({ name: `S ${i}!`, ...s })) };
        let r;
        try {
          r = analyseWorkbook(wb, { fractions });
        } catch (e) {
          // The only failure allowed is the clear one: nothing to analyse.
          expect(e).toBeInstanceOf(InputError);
          return;
        }
        const read = new Set(r.parsed.scoreCells.map((c) => c.ref));
        const unreadable = r.analysis.diagnostics.filter((d) => warnedUnreadable.has(d.code)).map((d) => d.cell!);
        expect(unreadable.filter((c) => read.has(c))).toEqual([]);
        for (const c of r.parsed.scoreCells) expect(c.value >= 0 && c.value <= 100).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
