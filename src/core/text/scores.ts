import { CellValue, isCellError } from "../read/grid";
import { normalizeText } from "./thai";

/** What a cell holds when read as a score. */
export type ScoreReading =
  | { kind: "score"; value: number }
  | { kind: "empty" }
  | { kind: "missing"; text: string }
  | { kind: "invalid"; reason: "error" | "range" | "text"; text: string };

const MISSING = new Set(["-", "–", "—", "n/a", "na", "n.a.", "ไม่มี", "ไม่มีข้อมูล", "ไม่ประเมิน", "null", "none"]);

/** Error values as Excel shows them; a sheet read as plain values may hold them as text. */
const EXCEL_ERROR =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

const NUMBER = /^[+]?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/**
 * Read a cell as a 0–100 score. Thai digits, Arabic digits, numbers stored as text, a
 * trailing "%" or "คะแนน" are all accepted; blanks and "-"/"N/A" are missing, not zero.
 */
export function readScore(v: CellValue): ScoreReading {
  if (v === null || v === undefined) return { kind: "empty" };
  if (isCellError(v)) return { kind: "invalid", reason: "error", text: v.error };
  if (typeof v === "boolean") return { kind: "invalid", reason: "text", text: String(v) };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", reason: "error", text: String(v) };
    return v >= 0 && v <= 100 ? { kind: "score", value: v } : { kind: "invalid", reason: "range", text: String(v) };
  }
  const raw = v.trim();
  if (raw === "") return { kind: "empty" };
  if (EXCEL_ERROR.test(raw)) {
    return { kind: "invalid", reason: "error", text: raw };
  }
  const t = normalizeText(raw);
  if (MISSING.has(t)) return { kind: "missing", text: raw };
  const stripped = t.replace(/\s*(%|คะแนน|points?|pts?\.?)$/, "").replace(/\s+/g, "");
  const m = NUMBER.exec(stripped);
  if (!m || (m[1] === undefined && m[2] === undefined)) return { kind: "invalid", reason: "text", text: raw };
  const value = Number(stripped.replace(/,/g, ""));
  return value >= 0 && value <= 100 ? { kind: "score", value } : { kind: "invalid", reason: "range", text: raw };
}

/** Round half away from zero to `decimals`, as published ITA numbers are rounded. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}
