/** The pane's actions on Excel, with the core: loaded as one chunk on first use. */
import { getFramework } from "../../core/framework";
import { Lang } from "../../core/i18n/messages";
import { WorkbookOptions } from "../../core/analyseWorkbook";
import { summarizeBoth } from "../../core/report/summary";
import { documentsOf } from "../../core/analyseWorkbook";
import { scoreTemplate } from "../../core/render/scoreTemplate";
import { STYLES } from "../../core/render/styles";
import { settingsChoices } from "../../core/settingsChoices";
import type { AnalyzeOutcome, ChosenFile, Step } from "../host";
import * as excel from "./excelWorkbook";

export async function listSheets() {
  return (await excel.listSheets()).map((s) => ({ name: s.name, generated: s.generated !== null }));
}

export const choices = settingsChoices;

/** Last year's analysed workbook, a file the analyst chose: read by the package reader, loaded only then. */
async function previousWorkbook(file: ChosenFile | undefined) {
  if (!file) return undefined;
  const { readPreviousWorkbook } = await import(/* webpackChunkName: "xlsx-read" */ "../xlsx/xlsxFile");
  return readPreviousWorkbook(file.bytes, file.name);
}

export async function analyze(
  options: WorkbookOptions,
  onStep: (s: Step, fraction?: number) => void,
  signal?: AbortSignal,
  previous?: ChosenFile,
): Promise<AnalyzeOutcome> {
  const lastYear = await previousWorkbook(previous);
  const result = await excel.analyzeWorkbook({ ...options, previousWorkbook: lastYear }, onStep, signal);
  return { summaries: summarizeBoth(result), documents: documentsOf(result) };
}

export const clearHighlights = excel.clearHighlights;
export const selectCell = excel.selectCell;

export async function insertTemplate(lang: Lang): Promise<string> {
  return excel.insertSheet(scoreTemplate(getFramework(), lang), STYLES);
}
