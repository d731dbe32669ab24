import { ScopedMemo } from "./memo";
import { CellValue, isCellError, isFormula, isPercentFormat } from "../read/grid";
import { normalizeText } from "./thai";

/** What a cell holds when read as a score. */
export type ScoreReading =
  | {
      kind: "score";
      value: number;
      /**
       * How many times the number stored in the cell the score is: 100 for 0.7868 shown as 78.68%
       * (or a fraction read as a percent), 1 otherwise. A highlight rule compares the stored number.
       */
      factor: number;
      /** How the text was read, when it was not a plain number: "78,68" or "ร้อยละ 78.68". */
      note?: "comma" | "percentWords";
      /** The formula this score was worked out from, when the cell held one without a value. */
      formula?: string;
    }
  | { kind: "empty" }
  | { kind: "missing"; text: string }
  /**
   * A website-audit verdict written in words or marks ("มี" / "ไม่มี", "✓" / "✗", "ผ่าน" /
   * "ไม่ผ่าน", "บางส่วน"): a score only for a tool scored on a scale (OIT: 100, 0, 50), the
   * parser decides.
   */
  | { kind: "verdict"; verdict: Verdict; text: string }
  | { kind: "formula"; formula: string }
  | { kind: "invalid"; reason: "error" | "range" | "text" | "formula"; text: string };

export interface ScoreOptions {
  /** The cell's number format: a percent format makes 0.7868 a score of 78.68. */
  format?: string | null;
  /** Read every number from 0 to 1 as a fraction of 100 (the analyst said the scores are stored so). */
  fractions?: boolean;
}

const MISSING = new Set(["-", "–", "—", "n/a", "na", "n.a.", "ไม่มีข้อมูล", "ไม่ประเมิน", "null", "none"]);

/** Met, not met, or met in part: what an audit says of an item in words or marks. */
export type Verdict = "met" | "unmet" | "partial";

const VERDICTS = new Map<string, Verdict>([
  ...["มี", "ผ่าน", "ครบ", "ครบถ้วน", "เผยแพร่แล้ว", "✓", "✔", "☑", "√", "yes", "pass", "passed", "met"].map(
    (w) => [w, "met"] as const,
  ),
  ...["ไม่มี", "ไม่ผ่าน", "ไม่เผยแพร่", "ยังไม่เผยแพร่", "✗", "✘", "✕", "☒", "×", "x", "no", "fail", "failed", "not met"].map(
    (w) => [w, "unmet"] as const,
  ),
  ...["บางส่วน", "มีบางส่วน", "ไม่ครบ", "ไม่ครบถ้วน", "ผ่านบางส่วน", "partial", "partly"].map((w) => [w, "partial"] as const),
]);

/** The score a verdict gives on a tool's scale (OIT's 0, 50, 100): its top, its bottom, or the one between. */
export function verdictScore(verdict: Verdict, scale: number[]): number | null {
  const sorted = [...scale].sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  if (verdict === "met") return sorted[sorted.length - 1];
  if (verdict === "unmet") return sorted[0];
  return sorted.length === 3 ? sorted[1] : null;
}

/** Error values as Excel shows them; a sheet read as plain values may hold them as text. */
const EXCEL_ERROR =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

const NUMBER = /^[+]?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;
/** "78,68": a comma that cannot be a thousands separator (one or two digits after it) is a decimal comma. */
const COMMA_DECIMAL = /^[+]?(\d+),(\d{1,2})$/;
/** Words around a number that say it is a score or a percent: "ร้อยละ 78.68", "78.68 คะแนน", "78.68%". */
const BEFORE = /^(ร้อยละ|คะแนน|score|percent)\s*/;
const AFTER = /\s*(%|คะแนน|points?|pts?\.?|percent)$/;

/** `raw`: the text read, or the number itself (its text is made only when it is out of range). */
function inRange(value: number, factor: number, raw: string | number, note?: "comma" | "percentWords"): ScoreReading {
  const v = Math.round(value * factor * 1e9) / 1e9;
  if (v < 0 || v > 100) return { kind: "invalid", reason: "range", text: String(raw) };
  return note ? { kind: "score", value: v, factor, note } : { kind: "score", value: v, factor };
}

/**
 * Read a cell as a 0–100 score. Thai digits, Arabic digits, numbers stored as text, "%",
 * "ร้อยละ" or "คะแนน" around the number, a decimal comma, and a percent format are all read;
 * blanks and "-"/"N/A" are missing, not zero. A formula without a value is said so.
 */
export function readScore(v: CellValue, options: ScoreOptions = {}): ScoreReading {
  if (v === null || v === undefined) return { kind: "empty" };
  if (isCellError(v)) return { kind: "invalid", reason: "error", text: v.error };
  if (isFormula(v)) return { kind: "formula", formula: v.formula };
  if (typeof v === "boolean") return { kind: "invalid", reason: "text", text: String(v) };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", reason: "error", text: String(v) };
    const factor = isPercentFormat(options.format) || (options.fractions && v >= 0 && v <= 1) ? 100 : 1;
    return inRange(v, factor, v);
  }
  return readText(v, options.fractions ?? false);
}

/** Text read as a score, once per text: a sheet repeats the same words in row after row. */
function readText(v: string, fractions: boolean): ScoreReading {
  return textReadings.get(fractions, v, fractions ? readFractionText : readPlainText);
}

// The memo's work, made once (not a closure for every text asked about).
const readFractionText = (t: string) => readScoreText(t, true);
const readPlainText = (t: string) => readScoreText(t, false);

const textReadings = new ScopedMemo<boolean, string, ScoreReading>();

function readScoreText(v: string, fractions: boolean): ScoreReading {
  const raw = v.trim();
  if (raw === "") return { kind: "empty" };
  if (EXCEL_ERROR.test(raw)) return { kind: "invalid", reason: "error", text: raw };
  const t = normalizeText(raw);
  if (t === "") return { kind: "empty" };
  if (MISSING.has(t)) return { kind: "missing", text: raw };
  const verdict = VERDICTS.get(t);
  if (verdict) return { kind: "verdict", verdict, text: raw };
  const percentWords = BEFORE.test(t) || /%$/.test(t);
  const stripped = t.replace(BEFORE, "").replace(AFTER, "").replace(/\s+/g, "");
  const comma = COMMA_DECIMAL.exec(stripped);
  if (comma) return inRange(Number(`${comma[1]}.${comma[2]}`), 1, raw, "comma");
  const m = NUMBER.exec(stripped);
  if (!m || (m[1] === undefined && m[2] === undefined)) return { kind: "invalid", reason: "text", text: raw };
  const value = Number(stripped.replace(/,/g, ""));
  const factor = fractions && !percentWords && value <= 1 ? 100 : 1;
  return inRange(value, factor, raw, percentWords && /^(ร้อยละ|percent)/.test(t) ? "percentWords" : undefined);
}

/**
 * Cut (never round) to `decimals`, toward zero, as NACC publishes scores: a computed 81.455 is
 * 81.45, and 84.995 is 84.99 — never 85.00 beside "not passed". Floating-point noise under 1e-9
 * is not a digit: 84.33 stored as 84.329999999 is 84.33.
 */
export function cutTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.floor(Math.abs(value) * f + 1e-7)) / f;
}

/**
 * Below the target, as the shown score says it: a score is below 85 exactly when `cutTo` shows it
 * below 85.00 (floating-point noise under 1e-9 does not count).
 */
export function isBelow(value: number, target: number): boolean {
  return value < target - 1e-9;
}

/** Round half away from zero to `decimals`: for numbers that are not shown as scores (a format's threshold). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}
