import ExcelJS from "exceljs";

/** Every non-empty cell of a sheet: address → value as ExcelJS reads it (formulas included). */
export function cellMap(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.set(cell.address, JSON.parse(JSON.stringify(cell.value)));
    }),
  );
  return out;
}

/** A worksheet's conditional formats (ExcelJS keeps them but does not declare them). */
export function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (
    (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []
  );
}

/** Cells a worksheet's conditional formats with our highlight cover, as "C5" addresses. */
export function highlightedCells(ws: ExcelJS.Worksheet, fontArgb = "FF9C0007"): Set<string> {
  const out = new Set<string>();
  for (const cf of conditionalFormats(ws)) {
    const ours = cf.rules.some((r) => (r as { style?: ExcelJS.Style }).style?.font?.color?.argb === fontArgb);
    if (!ours) continue;
    for (const part of cf.ref.split(" ")) {
      const [a, b] = part.split(":");
      const from = ws.getCell(a);
      const to = ws.getCell(b ?? a);
      for (let r = Number(from.row); r <= Number(to.row); r++) {
        for (let c = Number(from.col); c <= Number(to.col); c++) out.add(ws.getCell(r, c).address);
      }
    }
  }
  return out;
}
