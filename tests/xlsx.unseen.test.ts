import fc from "fast-check";
import ExcelJS from "exceljs";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";

import { isDual } from "../src/core/parse/types";
import { workbookOfGrid } from "./helpers/exceljsGrid";
import { randomWorkbook, seeds } from "./helpers/layouts";
import { fw } from "./helpers/pipeline";
import { cellMap, highlightedCells } from "./helpers/xlsxCells";

/** A generated layout written to a real .xlsx, as an analyst's file would be. */
async function toXlsx(seed: number) {
  const { grid, truth } = randomWorkbook(fw, { seed, content: "both" });
  const wb = workbookOfGrid(grid);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), truth, input: wb };
}

describe("unseen workbooks through the file adapter", () => {
  test("every item is read, every score below 85 is highlighted and no other, no input cell changes", async () => {
    await fc.assert(
      fc.asyncProperty(seeds, async (seed) => {
        const { bytes, truth, input } = await toXlsx(seed);
        const result = await analyseXlsx(bytes, "unseen.xlsx");
        for (const [code, v] of truth.items) {
          const got = result.parsed.items.get(code)!;
          expect(isDual(got.scores) ? [got.scores.public, got.scores.survey] : got.scores.value).toEqual(v);
        }
        const out = new ExcelJS.Workbook();
        await out.xlsx.load(result.output as unknown as ArrayBuffer);
        input.eachSheet((ws) => {
          const after = out.getWorksheet(ws.name)!;
          expect(cellMap(after)).toEqual(cellMap(ws));
          const marked = highlightedCells(after);
          const low = result.analysis.scoreCells
            .filter((c) => c.sheet === ws.name && c.low)
            .map((c) => c.ref.split("!")[1]);
          expect(marked).toEqual(new Set(low));
        });
      }),
      { numRuns: 15 },
    );
  });
});
