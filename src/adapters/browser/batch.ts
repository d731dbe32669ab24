/**
 * What the page's batch view knows of a batch, with none of the batch's code: that loads as its own
 * chunk (`batchActions.ts`) when several files are analysed.
 */
import type { Lang } from "../../core/i18n/messages";
import { Unread, isBatchWorkbook } from "../../core/batch/files";
import type { AgencyRow } from "../../core/batch/rollup";

/** The batch's work, with the package reader and writer and the document writer: loaded on first use. */
export const batchActions = () => import(/* webpackChunkName: "batch" */ "./batchActions");

/** The zip of every output. */
export const ZIP_FILE = "ita-batch.zip";

import type { BatchSource } from "../xlsx/batch";

export type { BatchProgress, BatchSource } from "../xlsx/batch";

export interface BatchResult {
  /** The language the workbooks, documents and roll-up are written in. */
  lang: Lang;
  /** Whether each agency's Word document was written. */
  docx: boolean;
  files: number;
  /** Highest overall first. */
  agencies: AgencyRow[];
  /** Files, or agencies in them, that could not be read, with the reason (`unreadReason`, either language). */
  unread: Unread[];
  /** Every agency's workbook, and its document when asked for. */
  outputs: Array<{ name: string; bytes: Uint8Array }>;
  rollup: Uint8Array;
}

/**
 * The files to analyse, named as the command line names them: chosen files by their names; files
 * found in a folder by their path below the folders they share, workbooks only (no `~$` lock files,
 * nothing hidden). Sorted by name, so the same files give the same outputs.
 */
export function batchSources(files: Array<{ file: File; path?: string }>): Array<BatchSource & { file: File }> {
  const found = files
    .map(({ file, path }) => ({ file, parts: (path || file.name).split("/").filter((p) => p !== "") }))
    .filter(({ parts }) => parts.length > 0);
  const inFolder = (parts: string[]) => parts.length > 1;
  const kept = found.filter(
    ({ parts }) =>
      !inFolder(parts) || (isBatchWorkbook(parts[parts.length - 1]) && !parts.some((p) => p.startsWith("."))),
  );
  // The folders every file shares are left out of its name.
  const dirs = kept.map(({ parts }) => parts.slice(0, -1));
  let common = 0;
  while (dirs.length && dirs.every((d) => d.length > common && d[common] === dirs[0][common])) common++;
  return kept
    .map(({ file, parts }) => ({
      file,
      name: parts.slice(common).join("/"),
      read: async () => new Uint8Array(await file.arrayBuffer()),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
