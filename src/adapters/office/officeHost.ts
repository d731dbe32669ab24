import type { SaveOutcome, WorkbookHost } from "../host";
import { documentBytes } from "../documentFile";
import { FILE_NAMES } from "../../core/i18n/fileNames";
import { toWorkbookOptions } from "../../core/request";
import { downloadBytes } from "../download";
import { loadSettings, saveSettings } from "./settings";

/**
 * Excel on the web downloads a file an add-in offers, as a browser does. Excel on Windows (WebView2)
 * starts the download but never tells the add-in whether it was saved, nor where. Excel on the Mac
 * and on iPad ignore it without a word (OfficeDev/office-js#3385). The pane says which.
 */
function saveOutcome(): SaveOutcome {
  const platform = String(Office.context.platform);
  if (platform === "Mac" || platform === "iOS") return "unsupported";
  return platform === "OfficeOnline" ? "saved" : "unconfirmed";
}

/** The core and the Excel adapter load on first use, so the pane itself starts small. */
const adapter = () => import(/* webpackChunkName: "excel" */ "./excelActions");

export const officeHost: WorkbookHost = {
  kind: "excel",
  listSheets: async () => (await adapter()).listSheets(),
  choices: async (lang) => (await adapter()).choices(lang),
  analyze: async (settings, lang, onStep, signal, previous) =>
    (await adapter()).analyze(toWorkbookOptions(settings, lang), onStep, signal, previous),
  clearHighlights: async () => (await adapter()).clearHighlights(),
  insertTemplate: async (lang) => (await adapter()).insertTemplate(lang),
  selectCell: async (ref) => (await adapter()).selectCell(ref),
  documentName: (fiscalYear, lang) => FILE_NAMES[lang].document(fiscalYear),
  saveFile: (bytes, name, type) => {
    const outcome = saveOutcome();
    if (outcome !== "unsupported") downloadBytes(bytes, name, type);
    return Promise.resolve(outcome);
  },
  saveDocument: async (document, name) => officeHost.saveFile(await documentBytes(document), name, "docx"),
  // Settings travel with the workbook (document settings), so the ribbon button and the next analyst find them.
  loadSettings,
  saveSettings,
};
