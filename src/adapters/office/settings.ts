import { AnalyzeSettings, fromSaved } from "../../core/request";
import { SETTINGS_KEY } from "../settingsKey";

export function loadSettings(): AnalyzeSettings {
  return fromSaved(Office.context.document?.settings?.get(SETTINGS_KEY));
}

/** Save with the workbook; a failed save is reported, not ignored. */
export function saveSettings(s: AnalyzeSettings): Promise<void> {
  const settings = Office.context.document?.settings;
  if (!settings) return Promise.resolve();
  settings.set(SETTINGS_KEY, s);
  return new Promise((resolve, reject) =>
    settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(`Office could not save the settings (${r.error.code}): ${r.error.message}`)),
    ),
  );
}

/** The ribbon's function file may hold an older copy: read the workbook's settings afresh. */
export function refreshSettings(): Promise<AnalyzeSettings> {
  const settings = Office.context.document?.settings;
  if (!settings) return Promise.resolve(loadSettings());
  return new Promise((resolve) => settings.refreshAsync(() => resolve(loadSettings())));
}
