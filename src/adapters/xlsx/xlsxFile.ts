/**
 * The whole job on an .xlsx or .xlsm file's bytes, in Node and in the browser alike: open the
 * package, read its sheets as a stream, analyse, and write the result into the package itself.
 */
import { fileBaseName } from "../../core/i18n/fileNames";
import { InputError } from "../../core/i18n/messages";
import { WorkbookOptions, WorkbookAnalysis, analyseWorkbook } from "../../core/analyseWorkbook";
import { writeAnalysedPackage } from "./package/editPackage";
import { PackageInfo, ReadOptions, readPackageGrid, readPackageInfo } from "./package/readPackage";
import { ZipError, readZip } from "./package/zip";
import { PartError } from "./package/xml";
import type { WorkbookPlan } from "../../core/render/model";
import { fileKind } from "./fileKind";

/** Open a workbook's package, or fail with a message the analyst can act on. */
export function openPackage(bytes: Uint8Array, fileName: string): PackageInfo {
  const kind = fileKind(bytes);
  if (kind === "encrypted") throw new InputError("file.encrypted", { file: fileName });
  if (kind === "xls") throw new InputError("file.xls", { file: fileName });
  if (kind !== "zip") throw new InputError("file.unreadable", { file: fileName });
  try {
    return readPackageInfo(readZip(bytes));
  } catch (e) {
    if (e instanceof ZipError && e.reason === "encrypted") throw new InputError("file.encrypted", { file: fileName });
    if (e instanceof Error) throw new InputError("file.unreadable", { file: fileName, detail: e.message });
    throw e;
  }
}

/** A damaged part, found while reading or editing the package, as the file's own message. */
function damaged(e: unknown, fileName: string): unknown {
  return e instanceof ZipError || e instanceof PartError
    ? new InputError("file.unreadable", { file: fileName, detail: e.message })
    : e;
}

/** The workbook's values and formats, read as a stream. */
export async function readWorkbookGrid(info: PackageInfo, fileName: string, read: ReadOptions = {}) {
  try {
    return { ...(await readPackageGrid(info, read)), name: fileBaseName(fileName) };
  } catch (e) {
    throw damaged(e, fileName);
  }
}

/**
 * Last year's analysed workbook, from its bytes: read as an input is, and named as given (a path in
 * the CLI, a file's name in the pane), for the messages that name it.
 */
export async function readPreviousWorkbook(bytes: Uint8Array, given: string) {
  return { ...(await readWorkbookGrid(openPackage(bytes, given), given)), name: given };
}

/** The plan written into the workbook's own package. */
export function writeWorkbook(info: PackageInfo, plan: WorkbookPlan, fileName: string): Uint8Array {
  try {
    return writeAnalysedPackage(info, plan);
  } catch (e) {
    throw damaged(e, fileName);
  }
}

/** ".xlsm" for a macro-enabled workbook, ".xlsx" otherwise: the output must keep its kind. */
export function workbookExtension(info: PackageInfo): ".xlsx" | ".xlsm" {
  return /macroEnabled/i.test(info.workbookContentType) ? ".xlsm" : ".xlsx";
}

/** Refuse an output name whose extension does not match what is written. */
export function checkOutputName(info: PackageInfo, outName: string): void {
  const expected = workbookExtension(info);
  if (!outName.toLowerCase().endsWith(expected)) throw new InputError("args.outExtension", { file: outName, expected });
}

export interface XlsxAnalysis extends WorkbookAnalysis {
  /** The analysed workbook: the input's package with the highlights and the generated sheets added. */
  output: Uint8Array;
  /** The output's extension, the input's kind: ".xlsx" or ".xlsm". */
  extension: ".xlsx" | ".xlsm";
}

/**
 * `outName`, when given, is the name the output will be saved under: checked against the
 * workbook's kind before anything is read.
 */
export async function analyseXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: WorkbookOptions = {},
  read: ReadOptions = {},
  outName?: string,
): Promise<XlsxAnalysis> {
  const info = openPackage(bytes, fileName);
  if (outName !== undefined) checkOutputName(info, outName);
  return analysePackage(info, fileName, options, read);
}

/** The whole job on a package already opened: read, analyse, and the plan written into the package. */
export async function analysePackage(
  info: PackageInfo,
  fileName: string,
  options: WorkbookOptions = {},
  read: ReadOptions = {},
): Promise<XlsxAnalysis> {
  const grid = await readWorkbookGrid(info, fileName, read);
  let result: WorkbookAnalysis;
  try {
    result = analyseWorkbook(grid, options);
  } catch (e) {
    if (e instanceof InputError && e.code === "workbook.noScores") throw new InputError(e.code, { file: fileName });
    throw e;
  }
  const output = writeWorkbook(info, result.plan, fileName);
  return { ...result, output, extension: workbookExtension(info) };
}
