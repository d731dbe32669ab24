/** The file mode's work, with the package reader and writer: one chunk, loaded only outside Excel. */
import { analyseXlsx, openPackage } from "../xlsx/xlsxFile";
import { InputError, Lang } from "../../core/i18n/messages";
import { generatedSheetsOf } from "../../core/render/model";
import { summarizeBoth } from "../../core/report/summary";
import { documentsOf } from "../../core/analyseWorkbook";
import { toWorkbookOptions } from "../../core/request";
import { settingsChoices } from "../../core/settingsChoices";
import type { AnalyzeOutcome, AnalyzeSettings, Step } from "../host";
import { repaint } from "./repaint";

/** The workbook's sheets from its package's sheet list, without reading any sheet. */
export function listSheets(bytes: Uint8Array, name: string) {
  const info = openPackage(bytes, name);
  const generated = generatedSheetsOf(info.definedNames);
  return info.sheets
    .filter((s) => s.kind === "worksheet")
    .map((s) => ({ name: s.name, generated: generated.has(s.name) }));
}

export const choices = settingsChoices;

export async function analyze(
  bytes: Uint8Array,
  name: string,
  s: AnalyzeSettings,
  lang: Lang,
  onStep: (step: Step, fraction?: number) => void,
  signal?: AbortSignal,
): Promise<{ outcome: AnalyzeOutcome; output: Uint8Array; extension: ".xlsx" | ".xlsm" }> {
  const r = await analyseXlsx(bytes, name, toWorkbookOptions(s, lang), {
    onProgress: (done, total) => onStep("read", total ? done / total : 1),
    // The page repaints between a big file's pieces, and hears a cancel there.
    pause: async () => {
      await repaint();
      if (signal?.aborted) throw new InputError("analysis.cancelled");
    },
  });
  return {
    outcome: { summaries: summarizeBoth(r), documents: documentsOf(r) },
    output: r.output,
    extension: r.extension,
  };
}
