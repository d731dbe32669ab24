/**
 * The tables of the generated sheets the analyst edits — units, plan, follow-up, framework — as
 * one description: the renderer writes each table's header from it, and the reader of an earlier
 * run's edits finds the columns by the same headers (wherever the analyst moved them).
 */
import { Bilingual, ItemOrigin } from "../framework/types";
import { SheetGrid } from "../read/grid";
import { normalizeText } from "../text/thai";

export interface ColumnDef<Id extends string = string> {
  id: Id;
  /** The header as written; a header the renderer extends (with dates, say) starts with it. */
  header: Bilingual;
  /** Width in Excel's character units. */
  width: number;
}

function table<Id extends string>(columns: Array<ColumnDef<Id>>) {
  return columns;
}

export const UNITS_TABLE = table([
  { id: "role", header: { th: "บทบาท", en: "Role" }, width: 34 },
  { id: "unit", header: { th: "ชื่อหน่วยงาน", en: "Unit name" }, width: 36 },
  { id: "duty", header: { th: "หน้าที่", en: "Responsibility" }, width: 60 },
]);

export const PLAN_TABLE = table([
  { id: "issue", header: { th: "ประเด็น", en: "Issue" }, width: 22 },
  { id: "measure", header: { th: "มาตรการ/โครงการ/กิจกรรม", en: "Measure / project / activity" }, width: 29 },
  { id: "steps", header: { th: "ขั้นตอน/วิธีการปฏิบัติ", en: "Steps" }, width: 53 },
  { id: "period", header: { th: "ระยะเวลาดำเนินการ", en: "Period" }, width: 18 },
  { id: "owner", header: { th: "ผู้รับผิดชอบ", en: "Owner" }, width: 20 },
  /** The points the overall gains when the items the measure answers reach the target (`analyse/gain.ts`). */
  { id: "gain", header: { th: "คะแนนที่คาดว่าจะเพิ่ม", en: "Expected gain (points)" }, width: 11 },
]);

export const FOLLOWUP_TABLE = table([
  { id: "number", header: { th: "ลำดับ", en: "No." }, width: 7 },
  { id: "issue", header: { th: "ประเด็น", en: "Issue" }, width: 24 },
  { id: "measure", header: { th: "มาตรการ/โครงการ/กิจกรรม", en: "Measure / project / activity" }, width: 34 },
  { id: "owner", header: { th: "ผู้รับผิดชอบ", en: "Owner" }, width: 22 },
  { id: "status6", header: { th: "สถานะ รอบ 6 เดือน", en: "Status at 6 months" }, width: 18 },
  { id: "status12", header: { th: "สถานะ รอบ 12 เดือน", en: "Status at 12 months" }, width: 18 },
  { id: "percent", header: { th: "ร้อยละความก้าวหน้า", en: "Progress (%)" }, width: 12 },
  { id: "result", header: { th: "ผลการดำเนินงาน", en: "Results" }, width: 30 },
  { id: "obstacles", header: { th: "ปัญหา/อุปสรรค", en: "Problems / obstacles" }, width: 26 },
  { id: "evidence", header: { th: "หลักฐาน/เอกสารอ้างอิง", en: "Evidence / references" }, width: 26 },
]);

export const FRAMEWORK_TABLE = table([
  { id: "code", header: { th: "รหัสข้อ", en: "Code" }, width: 10 },
  { id: "tool", header: { th: "เครื่องมือ", en: "Tool" }, width: 11 },
  { id: "indicator", header: { th: "ตัวชี้วัด", en: "Indicator" }, width: 10 },
  { id: "text", header: { th: "ข้อคำถาม/รายการ", en: "Question / item" }, width: 70 },
  { id: "issues", header: { th: "ประเด็น", en: "Issues" }, width: 12 },
  { id: "origin", header: { th: "ที่มา", en: "Source" }, width: 30 },
]);

/** The review sheet: each disagreement the reconciliation found, and the analyst's decision. */
export const REVIEW_TABLE = table([
  { id: "number", header: { th: "ลำดับ", en: "No." }, width: 6 },
  { id: "subject", header: { th: "รายการ", en: "Score" }, width: 18 },
  { id: "cell", header: { th: "เซลล์", en: "Cell" }, width: 20 },
  { id: "typed", header: { th: "ค่าที่พิมพ์", en: "As typed" }, width: 11 },
  { id: "suggested", header: { th: "ค่าที่แนะนำ", en: "Suggested" }, width: 11 },
  { id: "confidence", header: { th: "ความมั่นใจ", en: "Confidence" }, width: 11 },
  { id: "why", header: { th: "เหตุผล", en: "Why" }, width: 58 },
  { id: "decision", header: { th: "การตัดสินใจ", en: "Decision" }, width: 20 },
  { id: "id", header: { th: "รหัส (ห้ามแก้ไข)", en: "Id (do not edit)" }, width: 28 },
]);

/** The review sheet's decisions as its drop-down offers them (and as they are read back, in either language). */
export const DECISION_LABELS = {
  accept: { th: "ใช้ค่าที่แนะนำ", en: "Use the suggested value" },
  keep: { th: "คงค่าตามที่พิมพ์", en: "Keep as typed" },
  open: { th: "ยังไม่ตัดสินใจ", en: "Not decided" },
} satisfies Record<string, Bilingual>;

/** Labels of the framework sheet's heading cells, each followed by its value in the next column. */
export const FRAMEWORK_FIELDS = {
  year: { th: "ปีที่ประเมิน", en: "Assessment year" },
  id: { th: "รหัสกรอบการประเมิน", en: "Framework id" },
} satisfies Record<string, Bilingual>;

/** How the framework sheet says where an item came from (and reads it back). */
export const ORIGIN_LABELS = {
  published: { th: "ตามที่สำนักงาน ป.ป.ช. เผยแพร่", en: "As published by NACC" },
  inferred: { th: "อนุมานจากปีอื่น (ยังไม่ยืนยัน)", en: "Inferred from another year (unconfirmed)" },
  workbook: { th: "อ่านจากสมุดงาน", en: "Read from the workbook" },
  analyst: { th: "แก้ไขโดยผู้วิเคราะห์", en: "Set by the analyst" },
} satisfies Record<ItemOrigin, Bilingual>;

/** Added to the source of an item whose wording was reconstructed. */
export const UNVERIFIED_TEXT = { th: "ข้อความยังไม่ยืนยัน", en: "wording unconfirmed" } satisfies Bilingual;

export const widths = (columns: ColumnDef[]) => columns.map((c) => c.width);
/** The zero-based position of a column in its table. */
export const columnOf = <Id extends string>(columns: Array<ColumnDef<Id>>, id: Id) =>
  columns.findIndex((c) => c.id === id);
export const headers = (columns: ColumnDef[], lang: "th" | "en") => columns.map((c) => c.header[lang]);

/** Where a table's columns are in a sheet: the header row and each column, found by header. */
export interface FoundTable<Id extends string> {
  /** Index into `sheet.values` of the header row. */
  headerRow: number;
  /** Column id → index into a row of `sheet.values`. */
  col: Map<Id, number>;
}

/**
 * Find a table by its headers (in either language, in any order, other columns between): the
 * first row where most of them are found.
 */
export function findTable<Id extends string>(sheet: SheetGrid, columns: Array<ColumnDef<Id>>): FoundTable<Id> | null {
  const need = Math.max(2, Math.ceil(columns.length * 0.6));
  for (let r = 0; r < sheet.values.length; r++) {
    const col = new Map<Id, number>();
    (sheet.values[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string") return;
      const n = normalizeText(v);
      const def = columns.find(
        (d) => !col.has(d.id) && (n.startsWith(normalizeText(d.header.th)) || n.startsWith(normalizeText(d.header.en))),
      );
      if (def) col.set(def.id, c);
    });
    if (col.size >= need) return { headerRow: r, col };
  }
  return null;
}

/** A cell of a found table's row, as text ("" when empty). */
export function cellText(row: SheetGrid["values"][number] | undefined, c: number | undefined): string {
  const v = c === undefined || !row ? null : row[c];
  return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
}
