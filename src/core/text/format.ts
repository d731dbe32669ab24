import { cutTo } from "./scores";
import { toThaiDigits } from "./thai";

/** How generated text writes numbers and language. */
export interface TextStyle {
  /** i18n's `Lang`, written out: text/ needs nothing of i18n/ (which shows scores by this module's rule). */
  lang: "th" | "en";
  /** Write digits in generated text as Thai digits (๘๔.๓๓), as many official documents do. */
  thaiDigits: boolean;
}

/** The assessment year as generated text writes it, or null when it is not known. */
export function yearText(year: number | null, ts: TextStyle): string | null {
  return year === null ? null : digits(String(year), ts);
}

export function digits(s: string, ts: TextStyle): string {
  return ts.lang === "th" && ts.thaiDigits ? toThaiDigits(s) : s;
}

/** Scores are shown with two decimals. */
export const SCORE_DECIMALS = 2;

/**
 * The one display rule for a score: cut to two decimals, never rounded — so a shown score never
 * contradicts its verdict (84.995 is 84.99, below 85). Sheets write this number, text writes it.
 */
export const shownScore = (v: number): number => cutTo(v, SCORE_DECIMALS);

/** A score in text: two decimals (cut, `shownScore`), whole OIT scores without them. */
export function fmtScore(v: number, ts: TextStyle): string {
  const shown = shownScore(v);
  return digits(Number.isInteger(shown) && Number.isInteger(v) ? String(shown) : shown.toFixed(SCORE_DECIMALS), ts);
}

/** A score as the pane, the CLI and the page show it in lists: Arabic digits, "–" for none. */
export const scoreText = (v: number | null): string => (v === null ? "–" : fmtScore(v, ARABIC));

/** A score with two decimals always (a column of scores that line up), "–" for none: cut, as `shownScore`. */
export const fixed2 = (v: number | null): string => (v === null ? "–" : shownScore(v).toFixed(SCORE_DECIMALS));

const ARABIC: TextStyle = { lang: "en", thaiDigits: false };

/** "i1 i2 e1 e7 และ e8" (Thai lists end with และ, English with "and"). */
export function joinList(xs: string[], ts: TextStyle, sep = " "): string {
  const and = ts.lang === "th" ? "และ" : "and";
  if (xs.length <= 1) return xs.join("");
  if (ts.lang === "en")
    return xs.length === 2 ? `${xs[0]} and ${xs[1]}` : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
  return `${xs.slice(0, -1).join(sep)} ${and} ${xs[xs.length - 1]}`;
}

/**
 * Phrases in a list: Thai writes "และ" against the last phrase ("ก ข และค"), where a list of codes
 * keeps the space ("i1 และ e8"); English as `joinList`.
 */
export function joinPhrases(xs: string[], ts: TextStyle): string {
  if (ts.lang === "en" || xs.length <= 1) return joinList(xs, ts);
  return `${xs.slice(0, -1).join(" ")} และ${xs[xs.length - 1]}`;
}

/** ["i1","i2","i3","o25"] → "i1–i3 และ o25": consecutive codes of one tool become a range. */
export function codeRanges(codes: string[], ts: TextStyle): string {
  const parts: string[] = [];
  let i = 0;
  while (i < codes.length) {
    let j = i;
    const p = codes[i][0];
    while (
      j + 1 < codes.length &&
      codes[j + 1][0] === p &&
      Number(codes[j + 1].slice(1)) === Number(codes[j].slice(1)) + 1
    )
      j++;
    parts.push(j > i ? `${codes[i]}–${codes[j]}` : codes[i]);
    i = j + 1;
  }
  return digits(joinList(parts, ts), ts);
}

export function codeList(codes: string[], ts: TextStyle): string {
  return digits(joinList(codes, ts), ts);
}
