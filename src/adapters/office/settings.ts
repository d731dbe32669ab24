import type { Lang } from "../../core/i18n/messages";
import type { PipelineOptions } from "../../core/pipeline";
import type { AnalyzeSettings } from "../../taskpane/host";

/** Where the pane keeps its settings: in the workbook's document settings, shared with the ribbon command. */
export const SETTINGS_KEY = "ita-analyzer.settings";

export const DEFAULT_SETTINGS: AnalyzeSettings = {
  sheets: null,
  threshold: 85,
  fiscalYear: 2568,
  period: "template",
  thaiDigits: false,
  units: [],
};

export function loadSettings(): Partial<AnalyzeSettings> | null {
  return (Office.context.document?.settings?.get(SETTINGS_KEY) as Partial<AnalyzeSettings> | null) ?? null;
}

export function saveSettings(s: AnalyzeSettings): void {
  const settings = Office.context.document?.settings;
  if (!settings) return;
  settings.set(SETTINGS_KEY, s);
  settings.saveAsync();
}

export function toPipelineOptions(s: AnalyzeSettings, lang: Lang): PipelineOptions {
  return {
    sheets: s.sheets ?? undefined,
    threshold: s.threshold,
    fiscalYear: s.fiscalYear,
    period: s.period,
    thaiDigits: s.thaiDigits,
    units: s.units,
    lang,
  };
}
