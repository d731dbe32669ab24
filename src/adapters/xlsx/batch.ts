/**
 * A batch: many workbooks, each holding one agency or several, analysed agency by agency — each
 * agency's workbook exactly as `analyze` would write it — and rolled up into one workbook. Works on
 * bytes, in Node and in the browser; the command line and the page deal with files and folders.
 */
import { forBatch } from "../../core/request";
import { WorkbookOptions, analyseWorkbook } from "../../core/analyseWorkbook";
import { AgencyRow, agencyRow, rollupPlan } from "../../core/batch/rollup";
import { Unread, outputNames } from "../../core/batch/files";
import { fileStem } from "../../core/i18n/fileNames";
import { InputError, Lang } from "../../core/i18n/messages";
import { AgencyLayout, detectAgencies } from "../../core/parse/agencies";
import { writeDocument } from "../docx/writeDocument";
import { newWorkbook } from "./package/newWorkbook";
import { PackageInfo, ReadOptions } from "./package/readPackage";
import type { WorkbookGrid } from "../../core/read/grid";
import { openPackage, readWorkbookGrid, workbookExtension, writeWorkbook } from "./xlsxFile";

export interface BatchFile {
  /** The file's name as the analyst knows it (a path relative to the folder given, say). */
  name: string;
  bytes: Uint8Array;
}

export interface AgencyOutput {
  row: AgencyRow;
  workbook: { name: string; bytes: Uint8Array };
  document?: { name: string; bytes: Uint8Array };
}

export interface BatchOptions {
  lang: Lang;
  /** Also write each agency's measures document. */
  docx: boolean;
  /** Output names already given in this batch, so two agencies of one name do not overwrite each other. */
  taken: Set<string>;
}

/** One file's agencies, each analysed and written; or why the file (or an agency in it) could not be. */
export async function analyseFile(
  file: BatchFile,
  options: WorkbookOptions,
  batch: BatchOptions,
  read: ReadOptions = {},
): Promise<{ agencies: AgencyOutput[]; unread: Unread[] }> {
  let info: PackageInfo;
  let grid: WorkbookGrid;
  try {
    info = openPackage(file.bytes, file.name);
    grid = await readWorkbookGrid(info, file.name, read);
  } catch (e) {
    if (e instanceof InputError) return { agencies: [], unread: [{ file: file.name, code: e.code, params: e.params }] };
    throw e;
  }
  const layout = detectAgencies(grid, options.sheets);
  const targets: Array<{ agency: string | number | undefined; sheet: string | null }> = layout
    ? layout.agencies.map((a, i) => ({ agency: i + 1, sheet: a.sheet }))
    : [{ agency: options.agency, sheet: null }];
  const agencies: AgencyOutput[] = [];
  const unread: Unread[] = [];
  for (const t of targets) {
    try {
      agencies.push(await analyseAgency(info, grid, layout, t, file, options, batch));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const where = t.sheet ? `${file.name} › ${t.sheet}` : file.name;
      unread.push({ file: where, code: e.code, params: { ...e.params, file: where } });
    }
  }
  return { agencies, unread };
}

async function analyseAgency(
  info: PackageInfo,
  grid: WorkbookGrid,
  layout: AgencyLayout | null,
  target: { agency: string | number | undefined; sheet: string | null },
  file: BatchFile,
  options: WorkbookOptions,
  batch: BatchOptions,
): Promise<AgencyOutput> {
  // The same analysis `analyze <file> --agency <n>` makes: the agencies found once for the whole file.
  const r = analyseWorkbook(grid, { ...options, agency: target.agency, agencies: layout });
  // Named as its document names it (the agency found, or a title's), else after its file.
  const name = r.agencyName ?? fileStem(file.name);
  const base = uniqueName(safeName(name), batch.taken);
  const workbook = { name: `${base}${workbookExtension(info)}`, bytes: writeWorkbook(info, r.plan, file.name) };
  const document = batch.docx ? { name: `${base}.docx`, bytes: await writeDocument(r.document) } : undefined;
  const row = agencyRow(r, { name, file: file.name, sheet: target.sheet, output: workbook.name }, batch.lang);
  return { row, workbook, document };
}

/** A file of a batch, read only when its turn comes (a path on disk, a file chosen in the page). */
export interface BatchSource {
  /** Its name as the analyst knows it: its path below the folder given ("อำเภอเมือง/ผลคะแนน.xlsx"). */
  name: string;
  read(): Promise<Uint8Array>;
}

/** Where a batch is: file `index` of `files` (`name`, `fraction` of it read), agencies found so far. */
export interface BatchProgress {
  index: number;
  files: number;
  agencies: number;
  name: string;
  fraction: number;
}

export interface BatchHooks {
  /** Before each file, and while a big one is read. */
  onProgress?(p: BatchProgress): void;
  /**
   * Each agency's outputs as soon as they are written: the CLI saves them, the page keeps them. An
   * InputError thrown here (a file that cannot be saved) is listed as the file's, and the batch goes on.
   */
  onAgency?(a: AgencyOutput): void;
  /** A fault that is not the file's (a bug of ours, a file that vanished): logged in full by the caller. */
  onFault?(e: unknown): void;
  /** Awaited between files and between the pieces of a big file (the page repaints there). */
  pause?(): Promise<void>;
  signal?: AbortSignal;
}

/**
 * The batch, for the CLI and the page alike: every file in turn, every agency in it analysed and
 * written, the files (or agencies) that could not be read listed with their reason, and the
 * roll-up. A fault that is not the file's is listed with its message too, and the run goes on.
 * The agency's name and choice belong to one workbook: here each is found in its own.
 */
export async function analyseFiles(
  sources: BatchSource[],
  options: WorkbookOptions,
  out: { lang: Lang; docx: boolean; reserved?: string[] },
  hooks: BatchHooks = {},
): Promise<{ rows: AgencyRow[]; unread: Unread[]; rollup: Uint8Array }> {
  const { signal } = hooks;
  const each = forBatch(options);
  const taken = outputNames();
  for (const name of out.reserved ?? []) taken.add(name.toLowerCase());
  const batch = { lang: out.lang, docx: out.docx, taken };
  const rows: AgencyRow[] = [];
  const unread: Unread[] = [];
  const pause = async () => {
    await hooks.pause?.();
    signal?.throwIfAborted();
  };
  for (const [index, source] of sources.entries()) {
    const progress = (fraction: number) =>
      hooks.onProgress?.({ index, files: sources.length, agencies: rows.length, name: source.name, fraction });
    progress(0);
    await pause();
    try {
      const file = { name: source.name, bytes: await source.read() };
      const r = await analyseFile(file, each, batch, {
        onProgress: (done, total) => progress(total ? done / total : 1),
        pause,
      });
      for (const a of r.agencies) {
        try {
          hooks.onAgency?.(a);
        } catch (e) {
          // An agency's output that cannot be saved is listed; the file's other agencies go on.
          if (!(e instanceof InputError)) throw e;
          unread.push({
            file: a.row.sheet ? `${a.row.file} › ${a.row.sheet}` : a.row.file,
            code: e.code,
            params: { ...e.params },
          });
          continue;
        }
        rows.push(a.row);
      }
      unread.push(...r.unread);
    } catch (e) {
      if (signal?.aborted) throw e;
      // A fault of ours: logged in full, listed, and the batch goes on.
      hooks.onFault?.(e);
      const detail = e instanceof Error ? e.message : String(e);
      unread.push({ file: source.name, code: "file.failed", params: { file: source.name, detail } });
    }
  }
  hooks.onProgress?.({ index: sources.length, files: sources.length, agencies: rows.length, name: "", fraction: 1 });
  return { rows, unread, rollup: rollupWorkbook(rows, unread, out.lang) };
}

/** The roll-up workbook of the agencies analysed, with the files that could not be read. */
export function rollupWorkbook(rows: AgencyRow[], unread: Unread[], lang: Lang): Uint8Array {
  return newWorkbook(rollupPlan(rows, unread, lang));
}

/** A name every file system takes: no path separators or reserved characters, not too long. */
export function safeName(name: string): string {
  const cleaned = [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? "_" : ch))
    .join("")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .slice(0, 100)
    .trim();
  return cleaned || "agency";
}

/** The name, or with " (2)", " (3)" … when another agency of the batch has it already. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
