/** The file mode's work, with ExcelJS and the core: one chunk, loaded only outside Excel. */
import { readGrid } from "../xlsx/readGrid";
import { analyseXlsx, loadWorkbook } from "../xlsx/xlsxFile";
import { Lang } from "../../core/i18n/messages";
import { summarize } from "../../core/report/summary";
import { toPipelineOptions } from "../../core/settings";
import { settingsChoices } from "../../core/settingsChoices";
import type { AnalyzeOutcome, AnalyzeSettings } from "../../taskpane/host";

export async function listSheets(bytes: Uint8Array, name: string) {
  const grid = readGrid(await loadWorkbook(bytes, name));
  return grid.sheets.map((s) => ({ name: s.name, generated: Boolean(s.generated) }));
}

export const choices = settingsChoices;

export async function analyze(
  bytes: Uint8Array,
  name: string,
  s: AnalyzeSettings,
  lang: Lang,
): Promise<{ outcome: AnalyzeOutcome; output: Uint8Array }> {
  const r = await analyseXlsx(bytes, name, toPipelineOptions(s, lang));
  return { outcome: { summary: summarize(r, lang), skipped: [], document: r.document }, output: r.output };
}
