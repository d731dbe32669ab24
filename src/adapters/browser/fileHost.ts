import { InputError } from "../../core/i18n/messages";
import { documentBytes } from "../documentFile";
import { FILE_NAMES, analysisFileName, measuresFileName } from "../../core/i18n/fileNames";
import { fromSaved } from "../../core/request";
import { SETTINGS_KEY } from "../settingsKey";
import type { ChosenFile, WorkbookHost } from "../host";
import { downloadBytes } from "../download";

/** The package reader and writer and the core load only in file mode, as their own chunk. */
const actions = () => import(/* webpackChunkName: "xlsx" */ "./fileActions");

/**
 * A workbook held in the browser: nothing is uploaded, the file never leaves the computer.
 * `onOutput` receives the analysed workbook for download, and its extension.
 */
export function fileHost(
  file: ChosenFile | null,
  onOutput: (bytes: Uint8Array, extension: ".xlsx" | ".xlsm") => void,
): WorkbookHost {
  const need = () => {
    if (!file) throw new InputError("file.notChosen");
    return file;
  };
  return {
    kind: "file",
    listSheets: async () => (file ? (await actions()).listSheets(file.bytes, file.name) : []),
    choices: async (lang) => (await actions()).choices(lang),
    analyze: async (settings, lang, onStep, signal, previous) => {
      const f = need();
      onStep("read", 0);
      const { outcome, output, extension } = await (
        await actions()
      ).analyze(f, settings, lang, { onStep, signal, previous });
      onStep("write");
      onOutput(output, extension);
      onStep("done");
      return outcome;
    },
    documentName: (fiscalYear, lang) => (file ? measuresFileName(file.name) : FILE_NAMES[lang].document(fiscalYear)),
    saveFile: (bytes, name, type) => {
      downloadBytes(bytes, name, type);
      return Promise.resolve("saved" as const);
    },
    saveDocument: async (document, name) => {
      downloadBytes(await documentBytes(document), name, "docx");
      return "saved" as const;
    },
    clearHighlights: () => Promise.resolve(0),
    insertTemplate: () => Promise.resolve(""),
    selectCell: () => Promise.resolve(),
    loadSettings: () => {
      try {
        return fromSaved(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "null"));
      } catch (e) {
        // A damaged saved preference: start from the defaults, and say so in the console.
        console.warn("ITA Analyzer: ignoring unreadable saved settings", e);
        return fromSaved(null);
      }
    },
    saveSettings: (s) => {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(s));
      return Promise.resolve();
    },
  };
}

/** `<name>-analysis.xlsx` for `<name>.xlsx`; a macro-enabled workbook stays `.xlsm`. */
export function outputName(input: string, extension: ".xlsx" | ".xlsm" = ".xlsx"): string {
  return analysisFileName(input, extension);
}
