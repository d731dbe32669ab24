/**
 * The web page's batch: every agency in several files, one file after another, with its progress,
 * a Stop that takes effect at once, the result, and the downloads — the workflow the batch view
 * renders. The batch's code loads when a batch first starts.
 */
import * as React from "react";
import type { Lang } from "../../core/i18n/messages";
import type { AnalyzeSettings } from "../../core/request";
import { ROLLUP_FILE } from "../../core/batch/files";
import { BatchProgress, BatchResult, BatchSource, ZIP_FILE, batchActions } from "../../adapters/browser/batch";
import type { WorkbookHost } from "../../adapters/host";
import type { BatchText as Strings } from "../text/batchStrings";

export function useBatch(host: WorkbookHost, files: BatchSource[], settings: AnalyzeSettings, lang: Lang) {
  const [docx, setDocx] = React.useState(false);
  const [progress, setProgress] = React.useState<BatchProgress | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<BatchResult | null>(null);
  const [error, setError] = React.useState<{ error: unknown } | null>(null);
  const [stopped, setStopped] = React.useState(false);
  const running = React.useRef<AbortController | null>(null);
  // Other files chosen, or the page left: the batch under way stops after its current file.
  React.useEffect(() => () => running.current?.abort(), []);

  const idle = () => {
    setBusy(false);
    setProgress(null);
  };

  const run = async () => {
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setResult(null);
    setError(null);
    setStopped(false);
    void host.saveSettings(settings).catch((e) => console.error(e));
    try {
      const { analyseBatch } = await batchActions();
      // A stopped run may still be finishing a file: its progress is no longer shown.
      const onProgress = (p: BatchProgress) => void (controller.signal.aborted || setProgress(p));
      const r = await analyseBatch(files, settings, lang, docx, onProgress, controller.signal);
      if (!controller.signal.aborted) setResult(r);
    } catch (e) {
      // Stopped (by Stop, other files chosen or the page left): not an error.
      if (controller.signal.aborted) return;
      console.error(e);
      setError({ error: e });
    } finally {
      if (running.current === controller) {
        running.current = null;
        idle();
      }
    }
  };

  /** Stop at once (a big file between two of its pieces): nothing is written, the files chosen stay chosen. */
  const stop = () => {
    running.current?.abort();
    running.current = null;
    idle();
    setStopped(true);
  };

  const zip = async (r: BatchResult) => {
    setError(null);
    try {
      const { zipOutputs } = await batchActions();
      await host.saveFile(zipOutputs(r), ZIP_FILE, "zip");
    } catch (e) {
      console.error(e);
      setError({ error: e });
    }
  };

  return {
    docx,
    setDocx,
    busy,
    result,
    error,
    stopped,
    run,
    stop,
    zip,
    rollup: (r: BatchResult) => void host.saveFile(r.rollup, ROLLUP_FILE, "xlsx"),
    /** The progress as the bar shows it: files done, and the share of the current one. */
    shown: (t: Strings) =>
      busy && progress
        ? {
            value: (progress.index + progress.fraction) / progress.files,
            text:
              t.batchProgress(Math.min(progress.index + 1, progress.files), progress.files, progress.agencies) +
              (progress.name ? ` · ${progress.name}` : ""),
          }
        : null,
  };
}

export type { BatchResult, BatchSource };
export { ROLLUP_FILE, ZIP_FILE };
