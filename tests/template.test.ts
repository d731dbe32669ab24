import { CellValue } from "../src/core/read/grid";
import { parseWorkbook } from "../src/core/parse/parseWorkbook";
import { isDual } from "../src/core/parse/types";
import { scoreTemplate } from "../src/core/render/scoreTemplate";
import { SheetPlan } from "../src/core/render/model";
import { fw } from "./helpers/pipeline";

/** The template as the analyst fills it: a score in every yellow cell. */
function fill(sheet: SheetPlan, score: (key: string) => number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const c of sheet.cells) {
    (rows[c.row] ??= [])[c.col] =
      "text" in c.content ? c.content.text : "number" in c.content ? c.content.number : null;
  }
  for (const c of sheet.cells) {
    if (c.style !== "scoreInput") continue;
    const row = rows[c.row];
    const label = [row[0], row[1]].find((v): v is string => typeof v === "string" && v !== "") ?? "";
    rows[c.row][c.col] = score(`${label}#${c.col}`);
  }
  return rows.map((r) => Array.from({ length: r?.length ?? 0 }, (_, i) => (r[i] === "" ? null : (r[i] ?? null))));
}

describe.each(["th", "en"] as const)("the score template (%s)", (lang) => {
  test("filled in, every item, indicator, tool total and the overall score read back exactly", () => {
    const sheet = scoreTemplate(fw, lang);
    const values = new Map<string, number>();
    let n = 0;
    const rows = fill(sheet, (key) => {
      const v = 50 + ((n++ * 7.13) % 50);
      const rounded = Math.round(v * 100) / 100;
      values.set(key, rounded);
      return rounded;
    });
    const p = parseWorkbook({ sheets: [{ name: sheet.name, top: 0, left: 0, values: rows }] }, fw);
    expect(p.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(p.items.size).toBe(fw.items.length);
    for (const it of fw.items) {
      const s = p.items.get(it.code)!.scores;
      const expected = isDual(s)
        ? [values.get(`${it.code}#2`), values.get(`${it.code}#3`)]
        : values.get(`${it.code}#2`);
      expect(isDual(s) ? [s.public, s.survey] : s.value).toEqual(expected);
    }
    expect(p.indicators.size).toBe(10);
    expect(p.tools.size).toBe(3);
    expect(p.overall).not.toBeNull();
  });
});
