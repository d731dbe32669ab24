/**
 * One request for every front door — the CLI, the pane, the ribbon, the page and batch: what the
 * analyst asks for (`AnalyzeSettings`), its defaults and ranges (`LIMITS`), read from saved settings
 * (`fromSaved`) or checked from typed text (`readNumber`), and turned into the core's options
 * (`toWorkbookOptions`; `forBatch` for a batch). Where it is saved is the hosts' business.
 */
import type { Lang } from "./i18n/messages";
import type { WorkbookOptions } from "./analyseWorkbook";
import type { UnitAssignment } from "./render/unitsSheet";
import { toArabicDigits } from "./text/thai";

/** What the analyst sets in the pane (and the ribbon button reuses), saved with the workbook. */
export interface AnalyzeSettings {
  /** Sheets to read; null for every sheet. */
  sheets: string[] | null;
  /** The target; null: the framework's (85, or what a framework file sets). */
  threshold: number | null;
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
  threshold: null,
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

/** The range of each number the analyst types: the target, and the years (Buddhist Era). */
export const LIMITS = {
  threshold: { min: 0, max: 100 },
  year: { min: 2560, max: 2700 },
  fiscalYear: { min: 2560, max: 2700 },
} as const;

/**
 * A typed number for a setting (Thai digits too), or null when it is not a number in the setting's
 * range — a year must be whole. The CLI's options and the pane's fields both read numbers so.
 */
export function parseSetting(kind: keyof typeof LIMITS, text: string): number | null {
  const t = toArabicDigits(text).trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  const { min, max } = LIMITS[kind];
  if (kind !== "threshold" && !Number.isInteger(n)) return null;
  return n >= min && n <= max ? n : null;
}

/**
 * Settings read back from a workbook or a browser, whatever shape they are in: every field is
 * checked, and a missing or broken one takes its default.
 */
export function fromSaved(raw: unknown): AnalyzeSettings {
  const r = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  // The same rule as typed text: in range, and a year whole.
  const valid = (v: unknown, kind: keyof typeof LIMITS): v is number =>
    typeof v === "number" && parseSetting(kind, String(v)) === v;
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
    year: valid(r.year, "year") ? r.year : "auto",
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

export function toWorkbookOptions(s: AnalyzeSettings, lang: Lang): WorkbookOptions {
  return {
    sheets: s.sheets ?? undefined,
    threshold: s.threshold ?? undefined,
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

/**
 * The options for a batch: the agency chosen and the agency's names belong to one workbook, so in
 * a batch every agency is analysed and named from its own. (Sheets named on the command line apply
 * to every file; the pane's, ticked in one workbook's list, do not: `batchActions` drops them.)
 */
export function forBatch(options: WorkbookOptions): WorkbookOptions {
  return { ...options, agency: undefined, agencyName: undefined, agencyShort: undefined };
}
