import { Analysis, analyse } from "../../src/core/analyse/analyse";
import { getFramework } from "../../src/core/framework";
import { WorkbookGrid } from "../../src/core/read/grid";
import { parseWorkbook } from "../../src/core/parse/parseWorkbook";
import { CellPlan, SheetPlan, WorkbookPlan } from "../../src/core/render/model";
import { RenderOptions, renderWorkbook } from "../../src/core/render/renderWorkbook";

export const fw = getFramework(2567);

export function analyseGrid(grid: WorkbookGrid): Analysis {
  return analyse(parseWorkbook(grid, fw), fw);
}

export function render(grid: WorkbookGrid, options: RenderOptions = {}): { analysis: Analysis; plan: WorkbookPlan } {
  const analysis = analyseGrid(grid);
  return { analysis, plan: renderWorkbook(analysis, { existingSheets: grid.sheets, ...options }) };
}

export function sheetOf(plan: WorkbookPlan, key: SheetPlan["key"]): SheetPlan {
  return plan.sheets.find((s) => s.key === key)!;
}

/** Every text written into a sheet, in row order. */
export function texts(sheet: SheetPlan): string[] {
  return [...sheet.cells]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .flatMap((c) => ("text" in c.content ? [c.content.text] : []));
}

export function cellAt(sheet: SheetPlan, row: number, col: number): CellPlan | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}
