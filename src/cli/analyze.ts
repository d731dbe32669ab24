/**
 * The analyze command: every output decided and checked before the workbook is analysed, all of
 * them made in memory, then written one by one, each atomically. The Word writer loads only when a
 * document is asked for.
 */
import * as path from "path";
import {
  analysePackage,
  checkOutputName,
  openPackage,
  readPreviousWorkbook,
  workbookExtension,
} from "../adapters/xlsx/xlsxFile";
import type { WorkbookOptions } from "../core/analyseWorkbook";
import type { WorkbookGrid } from "../core/read/grid";
import { toFrameworkFile } from "../core/framework/serialize";
import { analysisFileName, measuresFileName } from "../core/i18n/fileNames";
import { InputError } from "../core/i18n/messages";
import { jsonReport } from "../core/report/jsonReport";
import { Output, checkOutputs, readInput, writeOutputs } from "./files";
import type { OptionValues } from "./options";
import { summary } from "./summary";

/** An output as typed (or made by default), resolved. */
const output = (option: string, given: string): Output => ({ option, given, file: path.resolve(given) });

/** Where each output goes: the workbook beside the input by default, the document beside the workbook. */
function plannedOutputs(input: string, values: OptionValues, docx: string | undefined, extension: ".xlsx" | ".xlsm") {
  const workbook = output("--out", values.out ?? path.join(path.dirname(input), analysisFileName(input, extension)));
  const document =
    docx === undefined
      ? undefined
      : output("--docx", docx || path.join(path.dirname(workbook.given), measuresFileName(input)));
  const json = values.json === undefined ? undefined : output("--json", values.json);
  const framework =
    values["save-framework"] === undefined ? undefined : output("--save-framework", values["save-framework"]);
  return { workbook, document, json, framework };
}

/**
 * Last year's analysed workbook (`--previous`), read as the input is: missing, a folder, unreadable
 * or not a workbook is its own one-line message naming it (exit 1). Its name is as typed, for the
 * messages that name it.
 */
function previousGrid(given: string): Promise<WorkbookGrid> {
  return readPreviousWorkbook(readInput(given), given);
}

const jsonBytes = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2) + "\n");

/**
 * analyze: every output decided and checked before the workbook is analysed, all of them made in
 * memory, then written one by one, each atomically.
 */
export async function analyze(
  inputs: string[],
  values: OptionValues,
  docx: string | undefined,
  options: WorkbookOptions,
): Promise<number> {
  const [input, ...rest] = inputs;
  if (!input || rest.length)
    throw new InputError("args.invalid", { detail: rest.length ? rest.join(" ") : "<in.xlsx>" });
  const bytes = readInput(input);
  const name = path.basename(input);
  // A macro-enabled workbook stays one: its output is an .xlsm, and --out must say so.
  const info = openPackage(bytes, name);
  const planned = plannedOutputs(input, values, docx, workbookExtension(info));
  const previous = values.previous;
  checkOutputs(
    [path.resolve(input), ...(previous === undefined ? [] : [path.resolve(previous)])],
    [planned.workbook, planned.document, planned.json, planned.framework].filter((o): o is Output => !!o),
  );
  if (values.out !== undefined) checkOutputName(info, values.out);

  const previousWorkbook = previous === undefined ? undefined : await previousGrid(previous);
  const result = await analysePackage(info, name, { ...options, previousWorkbook });
  const files = [{ output: planned.workbook, bytes: result.output }];
  if (planned.document)
    files.push({
      output: planned.document,
      bytes: await (await import("../adapters/docx/writeDocument")).writeDocument(result.document),
    });
  if (planned.json) files.push({ output: planned.json, bytes: jsonBytes(jsonReport(result)) });
  if (planned.framework)
    files.push({ output: planned.framework, bytes: jsonBytes(toFrameworkFile(result.analysis.framework)) });
  writeOutputs(files);
  const shown = [planned.workbook, planned.document]
    .filter((o): o is Output => !!o)
    .map((o) => path.relative(process.cwd(), o.file));
  process.stdout.write(summary(result, shown));
  return 0;
}
