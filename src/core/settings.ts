import type { Framework } from "./framework/types";
import type { Lang } from "./i18n/messages";
import type { WorkbookOptions } from "./analyseWorkbook";
import type { UnitAssignment } from "./render/unitsSheet";
import { toArabicDigits } from "./text/thai";

/** Where the settings are saved: the workbook's document settings in Excel, localStorage in the browser. */
export const SETTINGS_KEY = "ita-analyzer.settings";

/** An owner role as the units editor shows it. */
export interface RoleInfo {
  id: string;
  name: string;
  placeholder: string;
}

export function roleInfos(framework: Framework, lang: Lang): RoleInfo[] {
  return framework.roles.map((r) => ({ id: r.id, name: r.name[lang], placeholder: r.placeholder[lang] }));
}

/** What the settings offer to choose from: the owner roles and the built-in assessment years. */
export interface SettingsChoices {
  roles: RoleInfo[];
  years: number[];
}

/** What the analyst sets in the pane (and the ribbon button reuses), saved with the workbook. */
export interface AnalyzeSettings {
  /** Sheets to read; null for every sheet. */
  sheets: string[] | null;
  threshold: number;
  /** Assessment year of the scores (BE), or "auto": read from the workbook. */
  year: "auto" | number;
  /** Fiscal year of the measures (BE), or null: the assessment year + 1. */
  fiscalYear: number | null;
  period: "template" | "year" | "firstHalf";
  thaiDigits: boolean;
  /** Read numbers from 0 to 1 as fractions of 100. */
  fractions: boolean;
  /** Of a workbook with several agencies, the one to analyse (by name); null for the first. */
  agency: string | null;
  /** The agency's name as the document writes it ("สำนักงาน กสม."); null: the analysed agency's, or "หน่วยงาน". */
  agencyName: string | null;
  /** Its short name for the sentences after the cover; null: worked out from the name. */
  agencyShort: string | null;
  /** The measures document in Thai digits (the default) rather than Arabic. */
  documentThaiDigits: boolean;
  units: UnitAssignment[];
  /**
   * Decisions on the review's findings made in this session (the pane's buttons): they travel with
   * the request and are recorded on the review sheet, never in the saved settings.
   */
  decisions?: Record<string, "accept" | "keep" | "open">;
}

export const DEFAULT_SETTINGS: AnalyzeSettings = {
  sheets: null,
  threshold: 85,
  year: "auto",
  fiscalYear: null,
  period: "template",
  thaiDigits: false,
  fractions: false,
  agency: null,
  agencyName: null,
  agencyShort: null,
  documentThaiDigits: true,
  units: [],
};

export const LIMITS = {
  threshold: { min: 0, max: 100 },
  fiscalYear: { min: 2560, max: 2700 },
} as const;

/** A typed number for a setting (Thai digits too), or null when it is not a number in the setting's range. */
export function parseSetting(kind: keyof typeof LIMITS, text: string): number | null {
  const t = toArabicDigits(text).trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  const { min, max } = LIMITS[kind];
  return n >= min && n <= max ? n : null;
}

/**
 * Settings read back from a workbook or a browser, whatever shape they are in: every field is
 * checked, and a missing or broken one takes its default.
 */
export function normalizeSettings(raw: unknown): AnalyzeSettings {
  const r = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const valid = (v: unknown, kind: keyof typeof LIMITS): v is number =>
    typeof v === "number" && v >= LIMITS[kind].min && v <= LIMITS[kind].max;
  const units = Array.isArray(r.units)
    ? r.units
        .filter(
          (u): u is { role?: unknown; name: string } =>
            !!u && typeof u === "object" && typeof (u as { name?: unknown }).name === "string",
        )
        .map((u) => (typeof u.role === "string" ? { role: u.role, name: u.name } : { name: u.name }))
    : [];
  return {
    sheets: Array.isArray(r.sheets) ? r.sheets.filter((s): s is string => typeof s === "string") : null,
    threshold: valid(r.threshold, "threshold") ? r.threshold : DEFAULT_SETTINGS.threshold,
    year: valid(r.year, "fiscalYear") && Number.isInteger(r.year) ? r.year : "auto",
    fiscalYear: valid(r.fiscalYear, "fiscalYear") ? r.fiscalYear : null,
    period: r.period === "year" || r.period === "firstHalf" ? r.period : "template",
    thaiDigits: r.thaiDigits === true,
    fractions: r.fractions === true,
    agency: typeof r.agency === "string" && r.agency.trim() !== "" ? r.agency : null,
    agencyName: typeof r.agencyName === "string" && r.agencyName.trim() !== "" ? r.agencyName : null,
    agencyShort: typeof r.agencyShort === "string" && r.agencyShort.trim() !== "" ? r.agencyShort : null,
    documentThaiDigits: r.documentThaiDigits !== false,
    units,
  };
}

export function toPipelineOptions(s: AnalyzeSettings, lang: Lang): WorkbookOptions {
  return {
    sheets: s.sheets ?? undefined,
    threshold: s.threshold,
    year: s.year,
    fiscalYear: s.fiscalYear ?? undefined,
    period: s.period,
    thaiDigits: s.thaiDigits,
    fractions: s.fractions,
    agency: s.agency ?? undefined,
    agencyName: s.agencyName,
    agencyShort: s.agencyShort,
    documentThaiDigits: s.documentThaiDigits,
    units: s.units,
    decisions: s.decisions,
    lang,
  };
}
