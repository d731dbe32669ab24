/**
 * A batch: many workbooks, each holding one agency or several, analysed agency by agency — each
 * agency's workbook exactly as `analyze` would write it — and rolled up into one workbook. Works on
 * bytes, in Node and in the browser; the command line and the page deal with files and folders.
 */
import { WorkbookOptions, analyseWorkbook } from "../../core/analyseWorkbook";
import { AgencyRow, agencyRow, rollupPlan } from "../../core/batch/rollup";
import type { Unread } from "../../core/batch/files";
import { InputError, Lang } from "../../core/i18n/messages";
import { AgencyLayout, agencyTitle, detectAgencies } from "../../core/parse/agencies";
import { writeDocument } from "../docx/writeDocument";
import { writeAnalysedPackage } from "./package/editPackage";
import { newWorkbook } from "./package/newWorkbook";
import { PackageInfo, ReadOptions } from "./package/readPackage";
import type { WorkbookGrid } from "../../core/read/grid";
import { openPackage, readWorkbookGrid, workbookExtension } from "./xlsxFile";

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
  const fallback = agencyTitle(grid) ?? baseName(file.name);
  const targets: Array<{ agency: string | number | undefined; name: string; sheet: string | null }> = layout
    ? layout.agencies.map((a, i) => ({ agency: i + 1, name: a.name, sheet: a.sheet }))
    : [{ agency: options.agency, name: options.agencyName ?? fallback, sheet: null }];
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
  target: { agency: string | number | undefined; name: string; sheet: string | null },
  file: BatchFile,
  options: WorkbookOptions,
  batch: BatchOptions,
): Promise<AgencyOutput> {
  // The same analysis `analyze <file> --agency <n>` makes: the agencies found once for the whole file.
  const r = analyseWorkbook(grid, { ...options, agency: target.agency, agencies: layout });
  const base = uniqueName(safeName(target.name), batch.taken);
  const workbook = { name: `${base}${workbookExtension(info)}`, bytes: writeAnalysedPackage(info, r.plan) };
  const document = batch.docx ? { name: `${base}.docx`, bytes: await writeDocument(r.document) } : undefined;
  const row = agencyRow(
    r,
    { name: target.name, file: file.name, sheet: target.sheet, output: workbook.name },
    batch.lang,
  );
  return { row, workbook, document };
}

/** The roll-up workbook of the agencies analysed, with the files that could not be read. */
export function rollupWorkbook(rows: AgencyRow[], unread: Unread[], lang: Lang): Uint8Array {
  return newWorkbook(rollupPlan(rows, unread, lang));
}

const baseName = (name: string) =>
  name
    .split(/[\\/]/)
    .pop()!
    .replace(/\.xls[xm]$/i, "");

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
