import { Memo } from "./memo";

/** Thai text conventions: digits, Buddhist Era dates, and the normalisation used for matching. */

const THAI_ZERO = 0x0e50;

const HAS_THAI_DIGIT = /[\u0e50-\u0e59]/;

/** "๘๔.๓๓" → "84.33"; other characters unchanged. */
export function toArabicDigits(s: string): string {
  if (!HAS_THAI_DIGIT.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= THAI_ZERO && c <= THAI_ZERO + 9 ? String.fromCharCode(48 + c - THAI_ZERO) : ch;
  }
  return out;
}

/** "84.33" → "๘๔.๓๓"; other characters unchanged. */
export function toThaiDigits(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 48 && c <= 57 ? String.fromCharCode(THAI_ZERO + c - 48) : ch;
  }
  return out;
}

/** Remove the markup that survives a paste from a converted document: <b>, </p>, &nbsp; … */
export function stripMarkup(s: string): string {
  if (s.indexOf("<") < 0 && s.indexOf("&") < 0) return s;
  return s
    .replace(/<\/?(?:b|strong|i|em|u|p|span|div|br|td|tr|font)\b[^>]*>/gi, " ")
    .replace(/&nbsp;/gi, " ")
    .replace(/&amp;/gi, "&");
}

/**
 * A text function answered once per text: a workbook repeats the same strings (labels, notes)
 * and the parser asks about the same cell more than once, once for each year it tries.
 */
function memo(fn: (s: string) => string): (s: string) => string {
  const answers = new Memo<string, string>();
  return (s: string) => answers.get(s, fn);
}

/** Characters outside ASCII and the Thai block, where Unicode normalisation can matter. */
const NEEDS_NFC = /[^\t\n\r\u0020-\u007f\u0e00-\u0e7f]/;

/**
 * Characters that show nothing and change nothing a reader sees, which pasting from the web, PDF
 * or right-to-left text leaves in cells: the soft hyphen, zero-width spaces and joiners, direction
 * marks and embeddings (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the word joiner, the BOM.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * Text as the parser compares it: markup removed, Arabic digits, lower-case Latin,
 * single spaces, invisible characters dropped.
 */
export const normalizeText = memo((s: string): string => {
  const t = stripMarkup(s);
  return toArabicDigits(NEEDS_NFC.test(t) ? t.normalize("NFC").replace(INVISIBLE, "") : t)
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
});

/**
 * Text with every space and most punctuation removed. Thai has no spaces between words and
 * pasted wording carries line-wrap spaces, so wording is compared in this form.
 */
export const compactText = memo((s: string): string =>
  normalizeText(s).replace(/[\s"'“”‘’()[\]{}:;,.!?*•\-–—_/\\]/g, ""),
);

/**
 * Text without the Buddhist-Era year it names: "รายงาน… ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" → "รายงาน… ประจำปี".
 * OIT titles carry the fiscal year they were published for; the item is the same every year.
 */
export function withoutYear(s: string): string {
  return normalizeText(s)
    .replace(/\s*(?:งบประมาณ)?\s*(?:พ\.?\s*ศ\.?)?\s*\(?25\d\d\)?/g, "")
    .trim();
}

/** Thai combining marks take no width: vowels above/below and tone marks. */
export function isThaiCombining(code: number): boolean {
  return code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
}

/** Characters that occupy width on screen (Thai combining marks excluded). */
export function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A character outside the BMP is two code units: counted once, at its first.
    if (!isThaiCombining(c) && (c < 0xdc00 || c > 0xdfff)) n++;
  }
  return n;
}

export const THAI_MONTHS = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
];

export const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A calendar date in the Buddhist Era, independent of time zones. */
export interface BeDate {
  day: number;
  /** 1–12 */
  month: number;
  /** Buddhist Era year (CE + 543). */
  year: number;
}

export function formatBeDate(d: BeDate, lang: "th" | "en", thaiDigits = false): string {
  if (lang === "en") return `${d.day} ${ENGLISH_MONTHS[d.month - 1]} ${d.year - 543}`;
  const s = `${d.day} ${THAI_MONTHS[d.month - 1]} ${d.year}`;
  return thaiDigits ? toThaiDigits(s) : s;
}

/** Fiscal year Y (BE) runs from 1 October Y−1 to 30 September Y. */
export function fiscalYearRange(fiscalYear: number, part: "year" | "firstHalf"): { from: BeDate; to: BeDate } {
  const from = { day: 1, month: 10, year: fiscalYear - 1 };
  const to = part === "year" ? { day: 30, month: 9, year: fiscalYear } : { day: 31, month: 3, year: fiscalYear };
  return { from, to };
}
