/**
 * The web page's batch: several workbooks chosen at once (or a folder), every agency in them
 * analysed with the batch core (`../xlsx/batch.ts`, as `ita-analyzer batch` does), the roll-up, and
 * a zip of it all. Its own chunk, loaded only when several files are chosen; nothing is uploaded.
 */
import { AgencyOutput, analyseFile, rollupWorkbook } from "../xlsx/batch";
import { writeZip } from "../xlsx/package/zip";
import type { WorkbookOptions } from "../../core/analyseWorkbook";
import type { AgencyRow } from "../../core/batch/rollup";
import type { Lang } from "../../core/i18n/messages";
import { AnalyzeSettings, toPipelineOptions } from "../../core/settings";
import { ROLLUP_FILE, outputNames } from "../../core/batch/files";
import { BatchAgency, BatchProgress, BatchResult, BatchSource } from "./batch";

/** Let the page repaint between pieces of work, so the progress moves. */
const repaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The pane's settings for a batch. The sheets chosen, the agency chosen and the agency's name belong
 * to one workbook: in a batch every sheet is read, every agency analysed and named from its workbook.
 */
export function batchOptions(s: AnalyzeSettings, lang: Lang): WorkbookOptions {
  return { ...toPipelineOptions(s, lang), sheets: undefined, agency: undefined, agencyName: undefined };
}

/**
 * Analyse every file, one after the other, yielding to the page between files (and while a big one
 * is read) so the progress repaints. A file that cannot be read is listed with its reason (a message
 * code, shown in either language) and the run goes on. The workbooks, documents and roll-up are
 * written in `lang`. Aborted through `signal`, it stops before the next file.
 */
export async function analyseBatch(
  files: BatchSource[],
  settings: AnalyzeSettings,
  lang: Lang,
  docx: boolean,
  onProgress: (p: BatchProgress) => void,
  signal?: AbortSignal,
): Promise<BatchResult> {
  const options = batchOptions(settings, lang);
  const taken = outputNames();
  const outputs: AgencyOutput[] = [];
  const unread: BatchResult["unread"] = [];
  for (const [i, source] of files.entries()) {
    const progress = (fraction: number) =>
      onProgress({ file: i, files: files.length, agencies: outputs.length, name: source.name, fraction });
    progress(0);
    await repaint();
    signal?.throwIfAborted();
    try {
      const file = { name: source.name, bytes: await source.read() };
      const r = await analyseFile(
        file,
        options,
        { lang, docx, taken },
        {
          onProgress: (done, total) => progress(total ? done / total : 1),
          // A big file is read in pieces: a stop is heard between them, not only between files.
          pause: async () => {
            await repaint();
            signal?.throwIfAborted();
          },
        },
      );
      outputs.push(...r.agencies);
      unread.push(...r.unread);
    } catch (e) {
      // Anything else that stops a file (a file the browser can no longer read, a fault of ours) is
      // listed with the file's name and its message, logged in full, and the other files go on.
      if (signal?.aborted) throw e;
      console.error(e);
      unread.push({
        file: source.name,
        code: "file.failed",
        params: { file: source.name, detail: e instanceof Error ? e.message : String(e) },
      });
    }
  }
  signal?.throwIfAborted();
  onProgress({ file: files.length, files: files.length, agencies: outputs.length, name: "", fraction: 1 });
  const rows = outputs.map((a) => a.row);
  const rollup = rollupWorkbook(rows, unread, lang);
  return {
    lang,
    docx,
    files: files.length,
    // Highest overall first, as the roll-up lists them (a stable sort: ties keep the files' order).
    agencies: rows.map(agencyOf).sort((x, y) => (y.overall ?? -1) - (x.overall ?? -1)),
    unread,
    outputs: outputs.flatMap((a) => (a.document ? [a.workbook, a.document] : [a.workbook])),
    rollup,
  };
}

/** Everything the batch wrote, and the roll-up, in one zip (no folders: every name is already unique). */
export function zipOutputs(result: Pick<BatchResult, "outputs" | "rollup">): Uint8Array {
  // Workbooks and documents are zips already: stored, not deflated again.
  return writeZip([
    ...result.outputs.map((o) => ({ name: o.name, data: o.bytes, level: 0 })),
    { name: ROLLUP_FILE, data: result.rollup, level: 0 },
  ]);
}

/** A row the page shows in either language: what is worded (the band) is kept in both. */
function agencyOf(r: AgencyRow): BatchAgency {
  return {
    name: r.name,
    file: r.file,
    sheet: r.sheet,
    year: r.year,
    overall: r.overall.value,
    band: r.result,
    passed: r.passed,
    lowIndicators: r.lowIndicators.length,
    output: r.output,
  };
}
