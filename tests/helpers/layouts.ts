import fc from "fast-check";
import { Framework, ItemDef } from "../../src/core/framework/types";
import { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/read/grid";
import { toThaiDigits } from "../../src/core/text/thai";
import { Rng, mulberry32 } from "./random";

/**
 * Workbooks the project has never seen, laid out as analysts paste score tables (ita.md §3):
 * Thai or English headers in any case, codes clean or garbled or missing, Thai or Arabic digits as
 * text or numbers, OCR slips in wording, wrong heading numbers, shifted score columns, merged tool
 * cells, repeated tables, notes around them. Every row keeps at least two reliable clues out of
 * code, heading and wording — and the truth is known, so the reader can be checked cell by cell.
 */

export interface Truth {
  items: Map<string, number | [number, number]>;
  indicators: Map<number, number>;
}

const pick = <T>(r: Rng, xs: T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rng, p: number) => r() < p;

const THAI_LETTERS = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮ";

/**
 * OCR-style slips at the rate seen in pasted documents: about one wrong letter in thirty and a
 * stray space now and then; a short phrase gets a single slip.
 */
function slip(r: Rng, text: string): string {
  const chars = [...text];
  const wrong = Math.max(1, Math.round(chars.length / 30));
  for (let k = 0; k < wrong; k++) chars[Math.floor(r() * chars.length)] = pick(r, [...THAI_LETTERS]);
  const spaces = chars.length < 12 ? 0 : Math.round((r() * chars.length) / 30);
  for (let k = 0; k < spaces; k++) {
    const at = 1 + Math.floor(r() * (chars.length - 1));
    chars.splice(at, 0, " ");
  }
  return chars.join("");
}

function scoreText(r: Rng, v: number, style: "number" | "arabic" | "thai"): CellValue {
  const s = Number.isInteger(v) && r() < 0.5 ? String(v) : v.toFixed(2);
  if (style === "number") return v;
  return style === "thai" ? toThaiDigits(s) : s;
}

/** Code styles: how a pasted code can look. "garbled" mimics the seed's OCR (i→๑/1, o→๐/0, 3→m). */
function codeText(r: Rng, code: string, style: "clean" | "upper" | "thai" | "garbled"): string {
  const p = code[0];
  const n = code.slice(1);
  switch (style) {
    case "clean":
      return code;
    case "upper":
      return code.toUpperCase();
    case "thai":
      return p + toThaiDigits(n);
    case "garbled": {
      const digits = r() < 0.5 ? toThaiDigits(n) : n;
      if (p === "i") return pick(r, ["๑", "1"]) + digits;
      if (p === "o") return pick(r, ["๐", "0"]) + digits;
      return (r() < 0.5 ? "E" : "e") + (n === "3" && r() < 0.5 ? "m" : digits);
    }
  }
}

export interface LayoutOptions {
  seed: number;
  /** Item scores only, indicator scores only, or both. */
  content: "items" | "indicators" | "both";
}

export function randomWorkbook(fw: Framework, opts: LayoutOptions): { grid: WorkbookGrid; truth: Truth } {
  const r = mulberry32(opts.seed);
  const truth: Truth = { items: new Map(), indicators: new Map() };
  const toolOf = new Map(fw.indicators.map((d) => [d.number, d.tool]));
  for (const it of fw.items) {
    const tool = toolOf.get(it.indicator);
    if (tool === "OIT") truth.items.set(it.code, pick(r, [0, 50, 100, 100, 100]));
    else if (tool === "EIT")
      truth.items.set(it.code, [Math.round(r() * 7000 + 3000) / 100, Math.round(r() * 7000 + 3000) / 100]);
    else truth.items.set(it.code, Math.round(r() * 5000 + 5000) / 100);
  }
  for (const d of fw.indicators) truth.indicators.set(d.number, Math.round(r() * 4000 + 6000) / 100);

  const english = chance(r, 0.3);
  const digitStyle = pick(r, ["number", "arabic", "thai"] as const);
  const sheets: SheetGrid[] = [];
  const rows: CellValue[][] = [];
  const left = Math.floor(r() * 3);
  const pad = (cells: CellValue[]) => [...new Array<CellValue>(left).fill(null), ...cells];
  const caseOf = (s: string) => (chance(r, 0.3) ? s.toUpperCase() : chance(r, 0.3) ? s.toLowerCase() : s);

  if (chance(r, 0.5)) rows.push(pad([english ? "ITA results" : "ผลการประเมิน ITA ของหน่วยงาน"]), []);

  if (opts.content !== "items") {
    rows.push(pad(english ? ["Tool", "Indicator", caseOf("Score")] : ["เครื่องมือ", "ตัวชี้วัด", "คะแนน"]));
    for (const tool of fw.tools) {
      const own = fw.indicators.filter((d) => d.tool === tool.id);
      own.forEach((d, i) => {
        // Merged tool cells keep the tool's name on the first row only.
        const toolCell = i === 0 ? (english ? tool.en + ` (${tool.id})` : `${tool.th} (${tool.id})`) : null;
        const name = english
          ? `Indicator ${d.number} ${d.en}`
          : chance(r, 0.2)
            ? d.th
            : `ตัวชี้วัดที่ ${toThaiDigits(String(d.number))} ${d.th}`;
        rows.push(pad([toolCell, name, scoreText(r, truth.indicators.get(d.number)!, digitStyle)]));
      });
    }
    rows.push([], []);
  }

  if (opts.content !== "indicators") {
    // Tables by indicator, in a random order, some repeated (equal copies).
    const order = fw.indicators.map((d) => d.number).sort(() => r() - 0.5);
    const repeats = order.filter(() => chance(r, 0.2));
    for (const number of [...order, ...repeats]) {
      const d = fw.indicators.find((x) => x.number === number)!;
      const items = fw.items.filter((it) => it.indicator === number);
      const dual = d.tool === "EIT";
      const seq = chance(r, 0.2);
      const note = chance(r, 0.2);
      const header: CellValue[] = [
        ...(seq ? [english ? "No." : "ลำดับ"] : []),
        english ? caseOf("Code") : "ข้อ",
        english ? caseOf("Question") : "คำถาม",
        ...(dual ? [caseOf("EIT Public"), caseOf("EIT Survey")] : [english ? caseOf("Score") : "คะแนน"]),
        ...(note ? [english ? "Remarks" : "หมายเหตุ"] : []),
      ];
      if (chance(r, 0.4)) rows.push(pad([english ? `Scores of indicator ${number}` : `ตารางคะแนนตัวชี้วัดที่ ${number}`]));
      rows.push(pad(header));
      // Clue reliability: which of code, heading, wording this table can be trusted for.
      const headingStyle = pick(r, ["full", "full", "name", "wrongNumber", "none"] as const);
      if (headingStyle !== "none") {
        const wrong = ((number + 3) % 10) + 1;
        const text =
          headingStyle === "name"
            ? d.th
            : english
              ? `Indicator ${headingStyle === "wrongNumber" ? wrong : number}: ${d.en}`
              : `ตัวชี้วัดที่ ${toThaiDigits(String(headingStyle === "wrongNumber" ? wrong : number))} ${d.th}`;
        rows.push(pad([...(seq ? [null] : []), text]));
      }
      const headingReliable = headingStyle !== "none";
      items.forEach((it: ItemDef, i) => {
        const codeStyle = pick(r, ["clean", "upper", "thai", "garbled", "garbled", "none"] as const);
        const codeReliable = codeStyle === "clean" || codeStyle === "upper" || codeStyle === "thai";
        // Keep two clues: drop the wording only when the code and the heading both hold, and slip
        // it only when the code or the heading is there to back it up.
        const backed = codeStyle !== "none" || (headingReliable && [...it.th].length >= 12);
        const wordingStyle =
          codeReliable && headingReliable && chance(r, 0.15) ? "none" : backed && chance(r, 0.5) ? "slipped" : "exact";
        const code = codeStyle === "none" ? null : codeText(r, it.code, codeStyle);
        const wording = english && chance(r, 0.5) ? it.en : it.th;
        const text = wordingStyle === "none" ? null : wordingStyle === "slipped" ? slip(r, wording) : wording;
        const v = truth.items.get(it.code)!;
        const scores: CellValue[] = Array.isArray(v)
          ? [scoreText(r, v[0], digitStyle), scoreText(r, v[1], digitStyle)]
          : chance(r, 0.15)
            ? [null, scoreText(r, v, digitStyle)] // one column right of its header
            : [scoreText(r, v, digitStyle)];
        rows.push(
          pad([
            ...(seq ? [i + 1] : []),
            code,
            text,
            ...scores,
            ...(note && chance(r, 0.3) ? [null, "ตรวจสอบแล้ว"] : []),
          ]),
        );
      });
      rows.push([]);
      if (chance(r, 0.5)) rows.push([]);
    }
  }
  sheets.push({ name: english ? "Scores" : "คะแนน", top: Math.floor(r() * 3), left: 0, values: rows });
  return { grid: { sheets }, truth };
}

export const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
