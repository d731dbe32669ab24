/**
 * The words of last year's measures and their verdicts (`analyse/lastYear.ts`): the sheet
 * "ผลมาตรการปีที่ผ่านมา", its table in Part 4 of the document, the note on a measure of this year's
 * plan that carries one on, and the JSON report's verdicts. Thai first; the numbers come in as text
 * already written, in the digits chosen.
 */
import type { Lang } from "./messages";

/** "FY 2568 (Oct 2024 – Sep 2025)": a Buddhist-era fiscal year in English (it starts on 1 October of the year before). */
const fyLabel = (fy: string, be: number | null) =>
  be === null ? `FY ${fy}` : `FY ${fy} (Oct ${be - 544} – Sep ${be - 543})`;

export const LAST_YEAR_TEXT = {
  th: {
    sheet: "ผลมาตรการปีที่ผ่านมา",
    title: (fy: string | null) =>
      fy ? `ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ${fy}` : "ผลการดำเนินการตามมาตรการของปีที่ผ่านมา",
    /** Which years' scores are compared, and what "no change" means. */
    intro: (before: string | null, after: string | null, tolerance: string) =>
      `เปรียบเทียบคะแนนของข้อคำถามที่แต่ละมาตรการมุ่งยกระดับ ระหว่างผลการประเมิน${before ? `ปี ${before}` : "ปีที่ผ่านมา"} (ก่อนดำเนินการ) และ${after ? `ปี ${after}` : "ปีนี้"} (หลังดำเนินการ) ผลต่างไม่เกิน ${tolerance} คะแนน ถือว่าไม่เปลี่ยนแปลง`,
    counts: (n: string, parts: string[]) => `มาตรการทั้งหมด ${n} มาตรการ ${parts.join(" ")}`,
    count: (verdict: string, n: string) => `${verdict} ${n} มาตรการ`,
    none: "แผนมาตรการของปีที่ผ่านมาไม่มีมาตรการ",
    verdict: {
      reached: "ดีขึ้นจนผ่านค่าเป้าหมาย",
      improved: "ดีขึ้น",
      unchanged: "ไม่เปลี่ยนแปลง",
      worse: "แย่ลง",
      unmeasurable: "วัดผลไม่ได้",
    },
    /** A change between the two years' scores, never written with a leading sign. */
    change: (up: boolean, points: string) => `${up ? "เพิ่มขึ้น" : "ลดลง"} ${points}`,
    same: "เท่าเดิม",
    nothingToMeasure: "ไม่มีข้อคำถามที่วัดผลได้",
    notRecorded: "ไม่ได้บันทึก",
    /** An item whose code changed since: "o15 (ปี 2568: o16)". */
    renamed: (code: string, year: string | null, lastCode: string) =>
      `${code} (${year ? `ปี ${year}: ` : "เดิม "}${lastCode})`,
    /** An item this year's framework has not. */
    gone: (lastCode: string, year: string | null) => `${lastCode} (ไม่มีใน${year ? `ปี ${year}` : "ปีนี้"})`,
    indicator: (n: string) => `ตัวชี้วัดที่ ${n}`,
    /** "คะแนนก่อนดำเนินการ" + " (ปี 2568)". */
    yearOf: (year: string | null) => (year ? ` (ปี ${year})` : ""),
    /** The note on a measure of this year's plan that carries on one of last year's. */
    continued: (fy: string | null) => `(ต่อเนื่องจาก${fy ? `ปีงบประมาณ พ.ศ. ${fy}` : "ปีที่ผ่านมา"} — ยังไม่บรรลุค่าเป้าหมาย)`,
    /** Part 4 of the document. */
    docHeader: ["มาตรการ", "สถานะการดำเนินงาน", "ข้อคำถาม: คะแนนก่อนและหลังดำเนินการ", "ผลของมาตรการ"],
    docStatus: (at6: string, at12: string) => `รอบ 6 เดือน: ${at6}\nรอบ 12 เดือน: ${at12}`,
    docTarget: (label: string, before: string, after: string, change: string) =>
      `${label} จาก ${before} เป็น ${after}${change ? ` (${change})` : ""}`,
    /** An item with a score one year only. */
    docOneYear: (label: string, before: string | null, after: string | null) =>
      before !== null
        ? `${label} ${before} (ปีนี้ไม่มีคะแนน)`
        : after !== null
          ? `${label} ${after} (ปีก่อนไม่มีคะแนน)`
          : `${label} (ไม่มีคะแนน)`,
  },
  en: {
    sheet: "Last year's measures",
    title: (fy: string | null) =>
      fy ? `Results of the measures, ${fyLabel(fy, Number(fy) || null)}` : "Results of last year's measures",
    intro: (before: string | null, after: string | null, tolerance: string) =>
      `The scores of the items each measure set out to raise, in the assessment of ${before ?? "last year"} (before the measures) and of ${after ?? "this year"} (after). A change of ${tolerance} points or less either way counts as no change.`,
    counts: (n: string, parts: string[]) => `${n} measure(s): ${parts.join("; ")}.`,
    count: (verdict: string, n: string) => `${verdict}: ${n}`,
    none: "Last year's plan had no measures.",
    verdict: {
      reached: "improved to the target",
      improved: "improved",
      unchanged: "no change",
      worse: "worse",
      unmeasurable: "not measurable",
    },
    change: (up: boolean, points: string) => `${up ? "up" : "down"} ${points}`,
    same: "no change",
    nothingToMeasure: "no item to measure",
    notRecorded: "not recorded",
    renamed: (code: string, year: string | null, lastCode: string) =>
      `${code} (${year ? `${year}: ` : "was "}${lastCode})`,
    gone: (lastCode: string, year: string | null) => `${lastCode} (not assessed in ${year ?? "this year"})`,
    indicator: (n: string) => `Indicator ${n}`,
    yearOf: (year: string | null) => (year ? ` (${year})` : ""),
    continued: (fy: string | null) =>
      `(continued from ${fy ? fyLabel(fy, Number(fy) || null) : "last year"} — target not yet reached)`,
    docHeader: ["Measure", "Status", "Items: score before and after", "Result of the measure"],
    docStatus: (at6: string, at12: string) => `At 6 months: ${at6}\nAt 12 months: ${at12}`,
    docTarget: (label: string, before: string, after: string, change: string) =>
      `${label}: ${before} to ${after}${change ? ` (${change})` : ""}`,
    docOneYear: (label: string, before: string | null, after: string | null) =>
      before !== null
        ? `${label}: ${before}, no score this year`
        : after !== null
          ? `${label}: ${after}, no score last year`
          : `${label}: no score`,
  },
} satisfies Record<Lang, unknown>;
