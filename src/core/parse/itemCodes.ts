import { normalizeText } from "../text/thai";

/**
 * One way to read a pasted item code. Codes arrive garbled by OCR and copying: `๑๑` or `1๑`
 * for i1, `1๐` for i10, `1๑๓` for i13, `0๘`/`๐๑๘` for o8/o18, `Em` for e3. Every plausible
 * reading is returned with how much it should be trusted; the heading and the wording decide.
 */
export interface CodeReading {
  /** Tool letter, or null when the code is a bare number that fits any tool. */
  prefix: "i" | "e" | "o" | null;
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

export function readItemCode(raw: string): CodeReading[] {
  const s = normalizeText(raw)
    .replace(/^(ข้อที่|ข้อ|item|no\.?)\s*/, "")
    .replace(/[\s.:)(\][]/g, "");
  if (s.length === 0 || s.length > 6) return [];
  const tool = /^(iit|eit|oit)(\d+)$/.exec(s);
  if (tool) return [{ prefix: tool[1][0] as "i" | "e" | "o", number: Number(tool[2]), confidence: 1 }];
  const out: CodeReading[] = [];
  const first = s[0];
  const rest = s.slice(1);
  if (first === "i" || first === "e" || first === "o") {
    const d = digitsOf(rest);
    if (d) out.push({ prefix: first, number: Number(d.digits), confidence: d.slips ? 0.8 : 1 });
  } else if (first === "l" || first === "|" || first === "!") {
    const d = digitsOf(rest);
    if (d) out.push({ prefix: "i", number: Number(d.digits), confidence: 0.7 });
  }
  if (/^\d+$/.test(s)) {
    // Nobody writes a plain number with a leading zero: "0๘" is o8 with the o read as a zero.
    const leadingZero = s.length >= 2 && s[0] === "0";
    if (s.length <= 3) out.push({ prefix: null, number: Number(s), confidence: leadingZero ? 0.3 : 0.5 });
    if (leadingZero && Number(rest) > 0) out.push({ prefix: "o", number: Number(rest), confidence: 0.8 });
    // "i" read as 1/๑ is ambiguous: "๑๑" is i1, or i11 typed without its letter.
    if (s.length >= 2 && s[0] === "1" && Number(rest) > 0)
      out.push({ prefix: "i", number: Number(rest), confidence: 0.6 });
  }
  return out.filter((r) => r.number > 0 && r.number < 1000);
}
