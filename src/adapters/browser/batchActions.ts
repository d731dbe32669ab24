/**
 * The web page's batch: several workbooks chosen at once (or a folder), every agency in them
 * analysed with the batch core (`../xlsx/batch.ts`, as `ita-analyzer batch` does), the roll-up, and
 * a zip of it all. Its own chunk, loaded only when several files are chosen; nothing is uploaded.
 */
import { analyseFiles } from "../xlsx/batch";
import { writeZip } from "../xlsx/package/zip";
import type { WorkbookOptions } from "../../core/analyseWorkbook";
import { byOverall } from "../../core/batch/order";
import type { Lang } from "../../core/i18n/messages";
import { AnalyzeSettings, forBatch, toWorkbookOptions } from "../../core/request";
import { ROLLUP_FILE } from "../../core/batch/files";
import { BatchProgress, BatchResult, BatchSource } from "./batch";
import { repaint } from "./repaint";

/**
 * The pane's settings for a batch (`forBatch`: every agency analysed and named from its workbook);
 * the sheets ticked belong to the one workbook whose list they were ticked in, so every sheet is read.
 */
function batchOptions(s: AnalyzeSettings, lang: Lang): WorkbookOptions {
  return { ...forBatch(toWorkbookOptions(s, lang)), sheets: undefined };
}

/**
 * Every file analysed by the batch the CLI runs (`analyseFiles`), yielding to the page between
 * files and between the pieces of a big one so the progress repaints; stopped through `signal`.
 * The workbooks, documents and roll-up are written in `lang`.
 */
export async function analyseBatch(
  files: BatchSource[],
  settings: AnalyzeSettings,
  lang: Lang,
  docx: boolean,
  onProgress: (p: BatchProgress) => void,
  signal?: AbortSignal,
): Promise<BatchResult> {
  const outputs: BatchResult["outputs"] = [];
  const { rows, unread, rollup } = await analyseFiles(
    files,
    batchOptions(settings, lang),
    { lang, docx },
    {
      onProgress,
      onAgency: (a) => outputs.push(...(a.document ? [a.workbook, a.document] : [a.workbook])),
      onFault: (e) => console.error(e),
      pause: repaint,
      signal,
    },
  );
  signal?.throwIfAborted();
  return { lang, docx, files: files.length, agencies: byOverall(rows), unread, outputs, rollup };
}

/** Everything the batch wrote, and the roll-up, in one zip (no folders: every name is already unique). */
export function zipOutputs(result: Pick<BatchResult, "outputs" | "rollup">): Uint8Array {
  // Workbooks and documents are zips already: stored, not deflated again.
  return writeZip([
    ...result.outputs.map((o) => ({ name: o.name, data: o.bytes, level: 0 })),
    { name: ROLLUP_FILE, data: result.rollup, level: 0 },
  ]);
}
