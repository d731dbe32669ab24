import ExcelJS from "exceljs";
import { buildSampleWorkbook } from "../scripts/make-sample";
import { loadXlsx, SAMPLE_FILE } from "./helpers/grids";
import { cellMap } from "./helpers/xlsxCells";

describe("examples/ita-2567-sample.xlsx", () => {
  test("is exactly what scripts/make-sample.ts makes from the seed's tables", async () => {
    const committed = await loadXlsx(SAMPLE_FILE);
    const built = buildSampleWorkbook();
    expect(committed.worksheets.map((w) => w.name)).toEqual(built.worksheets.map((w) => w.name));
    built.eachSheet((ws) => {
      expect(cellMap(committed.getWorksheet(ws.name)!)).toEqual(cellMap(ws));
      expect((committed.getWorksheet(ws.name)!.model as { merges: string[] }).merges.sort()).toEqual(
        (ws.model as { merges: string[] }).merges.sort(),
      );
    });
  });

  test("holds the scores as pasted text with Thai digits, never as numbers", async () => {
    const wb = await loadXlsx(SAMPLE_FILE);
    const types = new Set<ExcelJS.ValueType>();
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => types.add(c.type))));
    expect([...types].filter((t) => t !== ExcelJS.ValueType.String && t !== ExcelJS.ValueType.Merge)).toEqual([]);
  });
});
