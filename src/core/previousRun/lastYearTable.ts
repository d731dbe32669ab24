/**
 * The table of last year's measures (the sheet "ผลมาตรการปีที่ผ่านมา"), as one description: the
 * renderer writes it from this, and a re-run reads it back by the same headers — so that once this
 * year's sheets have replaced last year's, last year's measures, their recorded status and their
 * items' scores then are still known. Each row carries a key (a column beside what prints) that
 * says what the row measured, whatever language or digits the table is written in.
 */
import type { LastYearTarget } from "../analyse/lastYear";
import { Bilingual } from "../framework/types";
import { ColumnDef } from "./layouts";

type Id = "number" | "measure" | "status6" | "status12" | "target" | "before" | "after" | "change" | "verdict" | "key";

export const LASTYEAR_TABLE: Array<ColumnDef<Id>> = [
  { id: "number", header: { th: "ลำดับ", en: "No." }, width: 6 },
  { id: "measure", header: { th: "มาตรการ/โครงการ/กิจกรรม", en: "Measure / project / activity" }, width: 30 },
  { id: "status6", header: { th: "สถานะ รอบ 6 เดือน", en: "Status at 6 months" }, width: 14 },
  { id: "status12", header: { th: "สถานะ รอบ 12 เดือน", en: "Status at 12 months" }, width: 14 },
  { id: "target", header: { th: "ข้อ/ตัวชี้วัด", en: "Item / indicator" }, width: 14 },
  /** Extended with the year: "คะแนนก่อนดำเนินการ (ปี 2568)". */
  { id: "before", header: { th: "คะแนนก่อนดำเนินการ", en: "Score before" }, width: 11 },
  { id: "after", header: { th: "คะแนนหลังดำเนินการ", en: "Score after" }, width: 11 },
  { id: "change", header: { th: "ผลต่าง", en: "Change" }, width: 12 },
  { id: "verdict", header: { th: "ผลของมาตรการ", en: "Result of the measure" }, width: 20 },
  /** Beside what prints: what the row measured (`targetKey`), read back on a re-run. */
  { id: "key", header: { th: "รหัส (ห้ามแก้ไข)", en: "Id (do not edit)" }, width: 22 },
];

/** Labels of the sheet's working fields (beside what prints), each followed by its value in the next column. */
export const LASTYEAR_FIELDS = {
  year: { th: "ปีที่ประเมินก่อนดำเนินการ", en: "Assessment year before" },
  fiscalYear: { th: "ปีงบประมาณของมาตรการ", en: "Fiscal year of the measures" },
} satisfies Record<string, Bilingual>;

/**
 * A row's key: its measure's issues and what it measured — "issues:4 item:i10", "issues:1,3
 * item:o15 last:o16" (the item's code then, when it differs), "issues:2 last:o22" (an item this
 * year's framework has not), "issues:5 indicator:2", or "issues:2" for a measure with nothing to measure.
 */
export function targetKey(issues: number[], t: LastYearTarget | null): string {
  const parts = [`issues:${issues.join(",")}`];
  if (t?.kind === "indicator") parts.push(`indicator:${t.number}`);
  else if (t) {
    if (t.code) parts.push(`item:${t.code}`);
    if (t.code !== t.lastCode) parts.push(`last:${t.lastCode}`);
  }
  return parts.join(" ");
}

/** What a row measured, without its score. */
export type TargetOnly =
  { kind: "item"; code: string | null; lastCode: string } | { kind: "indicator"; number: number };

/** A key read back: the issues, and the target without its score (null for a measure with none); null when it is no key. */
export function parseTargetKey(key: string): { issues: number[]; target: TargetOnly | null } | null {
  const field = (name: string) => new RegExp(`(?:^|\\s)${name}:(\\S*)`).exec(key)?.[1];
  const issues = field("issues");
  if (issues === undefined) return null;
  const numbers = issues.split(",").filter(Boolean).map(Number);
  if (numbers.some((n) => !Number.isInteger(n))) return null;
  const indicator = field("indicator");
  if (indicator !== undefined) {
    const n = Number(indicator);
    return Number.isInteger(n) ? { issues: numbers, target: { kind: "indicator", number: n } } : null;
  }
  const code = field("item") ?? null;
  const lastCode = field("last") ?? code;
  return { issues: numbers, target: lastCode ? { kind: "item", code, lastCode } : null };
}
