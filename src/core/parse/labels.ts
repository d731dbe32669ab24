import { ScopedMemo } from "../text/memo";
import { Framework } from "../framework/types";
import { compactText, normalizeText } from "../text/thai";
import { BigramIndex } from "../text/similarity";

/** What a column of a pasted table holds, read from its header cell. */
export type ColumnRole =
  "code" | "text" | "score" | "public" | "survey" | "tool" | "seq" | "note" | "previous" | "indicator";

const HEADER_WORDS: Array<[ColumnRole, string[]]> = [
  ["public", ["eit public", "public", "eitpublic"]],
  ["survey", ["eit survey", "survey", "eitsurvey"]],
  ["code", ["ข้อ", "ข้อที่", "รหัส", "รหัสข้อ", "code", "item", "item code", "ข้อคำถามที่"]],
  [
    "text",
    [
      "คำถาม",
      "ข้อคำถาม",
      "question",
      "questions",
      "รายการ",
      "ประเด็น",
      "ประเด็นคำถาม",
      "รายละเอียด",
      "ตัวชี้วัด/ข้อคำถาม",
      "description",
      "ชื่อตัวชี้วัด",
      "name",
    ],
  ],
  ["indicator", ["ตัวชี้วัด", "ตัวชี้วัดที่", "indicator", "indicators"]],
  [
    "score",
    [
      "คะแนน",
      "score",
      "scores",
      "ผลคะแนน",
      "ค่าคะแนน",
      "คะแนนที่ได้",
      "points",
      "ผลการประเมิน",
      "result",
      // An OIT audit's column of verdicts (มี / ไม่มี) or scores.
      "ผลการตรวจ",
      "ผลการตรวจสอบ",
      "audit",
      "audit result",
    ],
  ],
  ["tool", ["เครื่องมือ", "tool", "แบบวัด", "เครื่องมือการประเมิน"]],
  ["seq", ["ลำดับ", "ลำดับที่", "no", "no.", "#", "ที่"]],
  [
    "note",
    [
      "หมายเหตุ",
      "remark",
      "remarks",
      "note",
      "notes",
      "comment",
      "comments",
      "ข้อสังเกต",
      "ผลเทียบค่าเป้าหมาย",
      "against target",
      "สถานะ",
      "status",
      // An audit's advice and evidence beside each item.
      "ข้อเสนอแนะ",
      "คำแนะนำ",
      "suggestion",
      "suggestions",
      "recommendation",
      "recommendations",
      "หลักฐาน",
      "evidence",
      "ลิงก์",
      "link",
      "url",
    ],
  ],
];

const HEADER_LOOKUP = new Map<string, ColumnRole>();
for (const [role, words] of HEADER_WORDS) for (const w of words) HEADER_LOOKUP.set(w, role);

/** The Buddhist-Era year a label names ("คะแนน 2566", "ปี พ.ศ. 2567", "2566"), or null. */
export function labelYear(text: string): number | null {
  const m = /(?:^|[^\d])(25\d\d)(?:[^\d]|$)/.exec(normalizeText(text));
  return m ? Number(m[1]) : null;
}

/** The latest Buddhist-Era year a text names ("เปรียบเทียบปีงบประมาณ 2568 และ 2569" → 2569), or null. */
export function latestYear(text: string): number | null {
  const years = [...normalizeText(text).matchAll(/(?:^|[^\d])(25\d\d)(?=[^\d]|$)/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : null;
}

/**
 * The year a row is labelled with, in a table of one row per year: a whole number (2569) or a short
 * label that is a year and nothing else ("ปี 2569", "ปีงบประมาณ พ.ศ. 2569", "2569"); else null.
 */
export function rowYear(v: unknown): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 2500 && v <= 2700 ? v : null;
  if (typeof v !== "string") return null;
  const t = normalizeText(v);
  if (t.length > 30 || !/^(?:ปี\s*)?(?:งบประมาณ\s*)?(?:พ\.\s*ศ\.\s*)?(?:fy\s*)?25\d\d$/.test(t)) return null;
  return labelYear(t);
}

/** "ปีที่ผ่านมา", "previous year" …: a label for last year's scores without naming the year. */
export function isPreviousYearLabel(text: string): boolean {
  return /(ปีที่ผ่านมา|ปีที่แล้ว|ปีก่อน|ปีก่อนหน้า|previous year|last year|prior year)/.test(normalizeText(text));
}

/**
 * "คะแนน", "Score (2567)", "EIT PUBLIC" → the role; a score header of an earlier year than
 * `year` ("คะแนน 2566", "2566", "ปีที่ผ่านมา") → "previous"; anything else → null.
 */
export function readHeaderLabel(text: string, year?: number): ColumnRole | null {
  return headerLabels.get(year, text, () => headerLabelOf(text, year));
}

/** Labels read already, by year and text: the reader asks about every text cell of every row. */
const headerLabels = new ScopedMemo<number | undefined, string, ColumnRole | null>();

function headerLabelOf(text: string, year?: number): ColumnRole | null {
  const n = normalizeText(text);
  // Header labels are short: wording and notes skip the checks below.
  if (n.length > 40) return null;
  const y = labelYear(n);
  const t = n
    .replace(/\(?\s*(ปี\s*)?(พ\.ศ\.\s*)?25\d\d\s*\)?$/, "")
    .replace(/\s*\(?(ปีที่ผ่านมา|ปีที่แล้ว|ปีก่อน|ปีก่อนหน้า|previous year|last year|prior year)\)?$/, "")
    .replace(/[:*]$/, "")
    .trim();
  const role = HEADER_LOOKUP.get(t) ?? (t === "" && (y !== null || isPreviousYearLabel(n)) ? "score" : null);
  if (role === "score" && year !== undefined && ((y !== null && y < year) || isPreviousYearLabel(n))) return "previous";
  return role;
}

export interface HeadingReading {
  indicator: number;
  /** The number the heading gave, when it gave one. */
  given: number | null;
  /** True when the indicator was recognised by its name. */
  byName: boolean;
}

const HEADING_PREFIX = /^(?:ตัวชี้วัดที่|ตัวชี้วัด|indicator|ind\.)\s*(\d{1,2})\s*[:.)\-–]?\s*(.*)$/;

/** Names and aliases of every indicator, for heading recognition. */
export class IndicatorNames {
  private readonly numbers: number[] = [];
  private readonly compacts: string[] = [];
  private readonly index: BigramIndex;
  private readonly longest: number;
  /** First two characters of every name: a bare name must start with one of them. */
  private readonly starts: Set<string>;

  constructor(framework: Framework) {
    const texts: string[] = [];
    for (const ind of framework.indicators) {
      for (const n of [ind.th, ind.en, ...ind.aliases]) {
        this.numbers.push(ind.number);
        this.compacts.push(compactText(n));
        texts.push(n);
      }
    }
    this.index = new BigramIndex(texts);
    this.longest = Math.max(...this.compacts.map((c) => c.length));
    this.starts = new Set(this.compacts.map((c) => c.slice(0, 2)));
  }

  /**
   * The indicator whose name the text is, and how sure that is. With `prefix`, text that starts
   * with a name counts too ("การใช้อำนาจ ข้อ i7–i9" after "ตัวชี้วัดที่ ๓").
   */
  byName(text: string, prefix = true): { number: number; similarity: number } | null {
    const c = compactText(text);
    if (c.length < 3 || c.length > this.longest * 2 + 20) return null;
    // A name is recognised from its start, even with a slip later on.
    if (!this.starts.has(c.slice(0, 2))) return null;
    const sims = this.index.scores(c);
    let best: { number: number; similarity: number } | null = null;
    for (let i = 0; i < sims.length; i++) {
      let sim = sims[i];
      if (prefix && sim < 1 && c.startsWith(this.compacts[i]) && this.compacts[i].length >= 6) sim = 0.95;
      if (!best || sim > best.similarity) best = { number: this.numbers[i], similarity: sim };
    }
    return best;
  }

  /**
   * Read "ตัวชี้วัดที่ ๓ การใช้อำนาจ", "Indicator 3: Use of authority", or a bare indicator name.
   * When the number and the name disagree the name wins: headings are copied with the wrong
   * number more often than with the wrong name.
   */
  readHeading(text: string, maxIndicator: number): HeadingReading | null {
    return this.headings.get(maxIndicator, text, () => this.headingOf(text, maxIndicator));
  }

  /** Headings read already, by the indicators there are and the text. */
  private readonly headings = new ScopedMemo<number, string, HeadingReading | null>();

  private headingOf(text: string, maxIndicator: number): HeadingReading | null {
    const t = normalizeText(text);
    if (t.length < 3 || t.length > 160) return null;
    const m = HEADING_PREFIX.exec(t);
    if (m) {
      const given = Number(m[1]);
      const name = m[2].split(/\s(?:ข้อ|items?)\s/)[0].replace(/\s(?:ข้อ|items?)$/, "");
      const byName = name.length >= 3 ? this.byName(name) : null;
      if (byName && byName.similarity >= 0.8) return { indicator: byName.number, given, byName: true };
      if (given >= 1 && given <= maxIndicator) return { indicator: given, given, byName: false };
      return null;
    }
    if (t.length > 80) return null;
    const bare = /^(\d{1,2})\s*[.)]?\s*(.+)$/.exec(t);
    const name = bare ? bare[2] : t;
    const given = bare ? Number(bare[1]) : null;
    // A bare name must be the whole cell: item wording may start with an indicator's name.
    const byName = this.byName(name, false);
    if (byName && byName.similarity >= 0.9) return { indicator: byName.number, given, byName: true };
    return null;
  }
}

/** A tool label that gives the tool's total, not just names the tool. */
export function isTotalLabel(text: string): boolean {
  return /(ผลรวม|รวม|คะแนน|total|score|เฉลี่ย)/.test(normalizeText(text));
}

/** "ผลคะแนน ITA", "คะแนนรวม", "Overall score", "ITA" … */
export function isOverallLabel(text: string): boolean {
  const t = normalizeText(text);
  if (t.length > 120) return false;
  return (
    /^(?:ผล)?(?:คะแนน|การประเมิน)?\s*(?:การประเมิน\s*)?(?:ita|คุณธรรมและความโปร่งใส)(?:\s|$)/.test(t) ||
    /^(?:คะแนนรวม|คะแนนภาพรวม|ผลคะแนนรวม|ผลรวมคะแนน(?:\s*ita)?|คะแนนเฉลี่ยรวม|overall|total(?:\s*ita)?\s*score|ita\s*score)(?:\s|$)/.test(
      t,
    )
  );
}

/** A label that says "total" without naming a tool: the total of the tool just listed. */
export function isBareTotalLabel(text: string): boolean {
  return /^(?:ผลรวม|รวม|ผลรวมคะแนน|คะแนนรวม(?:ของ)?(?:เครื่องมือ)?|total|sum)$/.test(normalizeText(text));
}
