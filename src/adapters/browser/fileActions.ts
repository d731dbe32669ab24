/** The file mode's work, with the package reader and writer: one chunk, loaded only outside Excel. */
import { analyseXlsx, openPackage, readPreviousWorkbook } from "../xlsx/xlsxFile";
import { InputError, Lang } from "../../core/i18n/messages";
import { generatedSheetsOf } from "../../core/render/model";
import { summarizeBoth } from "../../core/report/summary";
import { documentsOf } from "../../core/analyseWorkbook";
import { toWorkbookOptions } from "../../core/request";
import { settingsChoices } from "../../core/settingsChoices";
import type { AnalyzeOutcome, AnalyzeSettings, ChosenFile, Step } from "../host";
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

/** How a run is followed: its steps, its cancel, and last year's analysed workbook when one was chosen. */
export interface RunInputs {
  onStep: (step: Step, fraction?: number) => void;
  signal?: AbortSignal;
  previous?: ChosenFile;
}

export async function analyze(
  { bytes, name }: ChosenFile,
  s: AnalyzeSettings,
  lang: Lang,
  { onStep, signal, previous }: RunInputs,
): Promise<{ outcome: AnalyzeOutcome; output: Uint8Array; extension: ".xlsx" | ".xlsm" }> {
  const previousWorkbook = previous && (await readPreviousWorkbook(previous.bytes, previous.name));
  const r = await analyseXlsx(
    bytes,
    name,
    { ...toWorkbookOptions(s, lang), previousWorkbook },
    {
      onProgress: (done, total) => onStep("read", total ? done / total : 1),
      // The page repaints between a big file's pieces, and hears a cancel there.
      pause: async () => {
        await repaint();
        if (signal?.aborted) throw new InputError("analysis.cancelled");
      },
    },
  );
  return {
    outcome: { summaries: summarizeBoth(r), documents: documentsOf(r) },
    output: r.output,
    extension: r.extension,
  };
}
