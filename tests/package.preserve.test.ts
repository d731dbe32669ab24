/**
 * Nothing lost: the analysed workbook is the input's package with only what the analysis needs
 * changed. Checked on workbooks that hold what a round trip through a spreadsheet library loses —
 * charts, pivot tables, images, threaded comments, custom properties, sparklines, extLst
 * validations, data bars, macros — built from their XML parts in tests/helpers/packages.ts.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { InputError } from "../src/core/i18n/messages";
import { FIXTURES, SCORE_SHEET, INDICATOR_SHEET, partNames } from "./helpers/packages";
import { highlightedCells } from "./helpers/xlsxCells";

const unzip = (bytes: Uint8Array) => unzipSync(bytes);
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The parts the analysis edits in a workbook whose score sheets get highlights. */
function expectedEdits(names: string[]): string[] {
  return names.filter((n) =>
    ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"].includes(n),
  );
}

describe.each(Object.entries(FIXTURES))("the analysed %s workbook", (_name, fixture) => {
  let input: Uint8Array;
  let output: Uint8Array;
  let result: Awaited<ReturnType<typeof analyseXlsx>>;
  beforeAll(async () => {
    input = fixture.make();
    result = await analyseXlsx(input, `in${fixture.ext}`);
    output = result.output;
  });

  test("keeps every part of the input; each part the analysis did not need is byte for byte the same", () => {
    const before = unzip(input);
    const after = unzip(output);
    for (const name of Object.keys(before)) expect([name, name in after]).toEqual([name, true]);
    const changed = Object.keys(before).filter((n) => !same(before[n], after[n]));
    // The workbook, its relationships, the content types and the styles; the two score sheets get highlights.
    const sheets = result.analysis.scoreCells.filter((c) => c.low).map((c) => c.sheet);
    const scorePaths = new Set(
      [...new Set(sheets)].map((s) =>
        s === INDICATOR_SHEET ? "xl/worksheets/sheet1.xml" : "xl/worksheets/sheet2.xml",
      ),
    );
    expect(changed.sort()).toEqual([...expectedEdits(Object.keys(before)), ...scorePaths].sort());
    expect(result.extension).toBe(fixture.ext);
  });

  test("marks exactly the scores below 85, as the analysis found them", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    for (const sheet of [INDICATOR_SHEET, SCORE_SHEET]) {
      const low = result.analysis.scoreCells.filter((c) => c.sheet === sheet && c.low).map((c) => c.ref.split("!")[1]);
      expect(highlightedCells(wb.getWorksheet(sheet)!)).toEqual(new Set(low));
    }
  });

  test("re-running on its own output gives the same package, three times over", async () => {
    const second = (await analyseXlsx(output, `out${fixture.ext}`)).output;
    const third = (await analyseXlsx(second, `out${fixture.ext}`)).output;
    const fourth = (await analyseXlsx(third, `out${fixture.ext}`)).output;
    expect(partNames(third)).toEqual(partNames(second));
    expect(same(third, second)).toBe(true);
    expect(same(fourth, third)).toBe(true);
    // And the generated parts are those of the first run.
    expect(partNames(second)).toEqual(partNames(output));
  });
});

describe("a macro-enabled workbook", () => {
  test("stays one: the macros and their content type kept; a name that does not say .xlsm is refused", async () => {
    const xlsm = FIXTURES.withMacros.make();
    const r = await analyseXlsx(xlsm, "in.xlsm");
    expect(r.extension).toBe(".xlsm");
    expect(same(unzip(r.output)["xl/vbaProject.bin"], unzip(xlsm)["xl/vbaProject.bin"])).toBe(true);
    expect(new TextDecoder().decode(unzip(r.output)["[Content_Types].xml"])).toContain(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    const err = await analyseXlsx(xlsm, "in.xlsm", {}, {}, "out.xlsx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).describe("th")).toContain("ต้องลงท้ายด้วย .xlsm เพราะสมุดงานนี้มีแมโคร");
    const plain = await analyseXlsx(FIXTURES.withChart.make(), "in.xlsx", {}, {}, "out.xlsm").catch((e: unknown) => e);
    expect((plain as InputError).describe("en")).toContain("must end in .xlsx");
  });
});
