import type { WorkbookHost } from "../../taskpane/host";
import { toPipelineOptions } from "../../core/settings";
import { loadSettings, saveSettings } from "./settings";

/** The core and the Excel adapter load on first use, so the pane itself starts small. */
const adapter = () => import(/* webpackChunkName: "excel" */ "./excelActions");

export const officeHost: WorkbookHost = {
  kind: "excel",
  listSheets: async () => (await adapter()).listSheets(),
  choices: async (lang) => (await adapter()).choices(lang),
  analyze: async (settings, lang, onStep) => (await adapter()).analyze(toPipelineOptions(settings, lang), lang, onStep),
  clearHighlights: async () => (await adapter()).clearHighlights(),
  insertTemplate: async (lang) => (await adapter()).insertTemplate(lang),
  selectCell: async (ref) => (await adapter()).selectCell(ref),
  // Settings travel with the workbook (document settings), so the ribbon button and the next analyst find them.
  loadSettings,
  saveSettings,
};
