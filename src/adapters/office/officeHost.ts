import type { WorkbookHost } from "../host";
import { FILE_NAMES } from "../../core/i18n/fileNames";
import { toPipelineOptions } from "../../core/settings";
import { downloadBytes } from "../download";
import { loadSettings, saveSettings } from "./settings";

/**
 * Excel on the web and on Windows (WebView2) download a file an add-in offers; Excel on the Mac
 * and on iPad ignore it without a word (OfficeDev/office-js#3385), so there the pane says so.
 */
function canDownload(): boolean {
  const platform = String(Office.context.platform);
  return platform !== "Mac" && platform !== "iOS";
}

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
  documentName: (fiscalYear, lang) => FILE_NAMES[lang].document(fiscalYear),
  saveFile: (bytes, name, type) => {
    if (!canDownload()) return Promise.resolve(false);
    downloadBytes(bytes, name, type);
    return Promise.resolve(true);
  },
  // Settings travel with the workbook (document settings), so the ribbon button and the next analyst find them.
  loadSettings,
  saveSettings,
};
