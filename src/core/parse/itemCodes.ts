import { ScopedMemo } from "../text/memo";
import { normalizeText } from "../text/thai";

/**
 * One way to read a pasted item code. Codes arrive garbled by OCR and copying: `๑๑` or `1๑`
 * for i1, `1๐` for i10, `1๑๓` for i13, `0๘`/`๐๑๘` for o8/o18, `Em` for e3. Every plausible
 * reading is returned with how much it should be trusted; the heading and the wording decide.
 */
export interface CodeReading {
  /** Tool letter, or null when the code is a bare number that fits any tool. */
  prefix: string | null;
  number: number;
  /** 1 for a clean code ("i1", "E๑"), less for readings that assume an OCR slip. */
  confidence: number;
}

/** Characters OCR puts where a digit belongs: l/I/| for ๑ or 1, o for ๐ or 0, m for ๓. */
const DIGIT_LOOKALIKES: Record<string, string> = { l: "1", "|": "1", "!": "1", i: "1", o: "0", m: "3" };

function digitsOf(s: string): { digits: string; slips: number } | null {
  let digits = "";
  let slips = 0;
  for (const ch of s) {
    if (ch >= "0" && ch <= "9") digits += ch;
    else if (DIGIT_LOOKALIKES[ch]) {
      digits += DIGIT_LOOKALIKES[ch];
      slips++;
    } else return null;
  }
  return digits.length > 0 ? { digits, slips } : null;
}

/**
 * How a framework writes its item codes: each tool's letter ("i", "e", "o") and the words that
 * stand for it before a number ("iit" in "IIT1").
 */
export interface CodeSyntax {
  prefixes: string[];
  words: Map<string, string>;
}

/**
 * Letters that OCR and retyping turn into a digit or a look-alike: "i" becomes 1, ๑, l, | or !;
 * "o" becomes 0 or ๐. These are facts about glyphs, true of any framework whose codes use them.
 */
const LETTER_AS_DIGIT: Record<string, string> = { i: "1", o: "0" };
const LETTER_AS_SYMBOL: Record<string, string[]> = { i: ["l", "|", "!"] };

export function readItemCode(raw: string, syntax: CodeSyntax): CodeReading[] {
  return readings.get(syntax, raw, (r) => readCode(r, syntax));
}

/** Readings already made, by syntax and text: the parser asks about every cell of every row. */
const readings = new ScopedMemo<CodeSyntax, string, CodeReading[]>();

function readCode(raw: string, syntax: CodeSyntax): CodeReading[] {
  const s = normalizeText(raw)
    .replace(/^(ข้อที่|ข้อ|item|no\.?)\s*/, "")
    .replace(/[\s.:)(\][]/g, "");
  if (s.length === 0 || s.length > 8) return [];
  const word = /^([a-z]+)(\d+)$/.exec(s);
  const byWord = word ? syntax.words.get(word[1]) : undefined;
  if (word && byWord) return [{ prefix: byWord, number: Number(word[2]), confidence: 1 }];
  const out: CodeReading[] = [];
  const first = s[0];
  const rest = s.slice(1);
  const symbolFor = syntax.prefixes.find((p) => LETTER_AS_SYMBOL[p]?.includes(first));
  if (syntax.prefixes.includes(first)) {
    const d = digitsOf(rest);
    if (d) out.push({ prefix: first, number: Number(d.digits), confidence: d.slips ? 0.8 : 1 });
  } else if (symbolFor) {
    const d = digitsOf(rest);
    if (d) out.push({ prefix: symbolFor, number: Number(d.digits), confidence: 0.7 });
  }
  if (/^\d+$/.test(s)) {
    if (s.length <= 3) {
      // Nobody writes a plain number with a leading zero: "0๘" is o8 with the o read as a zero.
      const leadingZero = s.length >= 2 && s[0] === "0";
      out.push({ prefix: null, number: Number(s), confidence: leadingZero ? 0.3 : 0.5 });
    }
    for (const p of syntax.prefixes) {
      const digit = LETTER_AS_DIGIT[p];
      if (!digit || s.length < 2 || s[0] !== digit || Number(rest) <= 0) continue;
      // "0๘" is o8; "๑๑" is i1 — or i11 typed without its letter, so a 1 is less sure than a 0.
      out.push({ prefix: p, number: Number(rest), confidence: digit === "0" ? 0.8 : 0.6 });
    }
  }
  return out.filter((r) => r.number > 0 && r.number < 1000);
}
