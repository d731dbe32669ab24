/** What the command line prints, in Thai and English: one table, as the pane and the sheets have theirs. */
import type { Lang } from "../core/i18n/messages";

export const CLI_TEXT = {
  th: {
    yearUnknown: "ไม่ทราบปี",
    reviewHeading: (n: number, open: number) =>
      `ตรวจทานก่อนลงนาม: คะแนน ${n} รายการไม่ตรงกับคะแนนในระดับอื่น` +
      (open
        ? ` ยังไม่ตัดสินใจ ${open} รายการ — เลือกในชีต “ตรวจทาน” ของไฟล์ผลลัพธ์แล้ววิเคราะห์ไฟล์นั้นอีกครั้ง หรือใช้ --accept-suggestions`
        : ""),
    reviewLine: (
      subject: string,
      cell: string,
      typed: string,
      suggested: string,
      confidence: string,
      decision: string,
    ) => `${subject} (${cell}): ${typed} → ${suggested} · ความมั่นใจ${confidence} · ${decision}`,
    heading: (year: string) => `ITA Analyzer — ผลการประเมิน ITA ${year}`,
    yearLine: (year: string, source: string, framework: string, fy: number) =>
      `ปีที่ประเมิน ${year} (${source}) · กรอบการประเมิน ${framework} · มาตรการสำหรับปีงบประมาณ ${fy}`,
    agency: (name: string, n: number, all: number) =>
      `หน่วยงาน: ${name} (ลำดับที่ ${n} จาก ${all} หน่วยงานในสมุดงาน · เลือกด้วย --agency)`,
    sheetsRead: "ชีตที่อ่าน",
    found: (items: number, allItems: number, indicators: number, allIndicators: number) =>
      `พบคะแนนรายข้อ ${items}/${allItems} ข้อ · ตัวชี้วัด ${indicators}/${allIndicators}`,
    overall: (score: string, computed: string | null, result: string) =>
      `คะแนนรวม ITA ${score}${computed ? ` (คำนวณจากเครื่องมือ ${computed})` : ""} — ${result}`,
    below: (
      threshold: number,
      items: number,
      indicators: number,
      acting: number,
      issues: number,
      measures: number,
      fy: number,
    ) =>
      `ต่ำกว่า ${threshold}: ${items} ข้อ, ${indicators} ตัวชี้วัด · ประเด็นที่ต้องมีมาตรการ ${acting}/${issues} · มาตรการ ${measures} รายการ (ปีงบประมาณ ${fy})`,
    warnings: (warnings: number, notes: number) => `คำเตือน ${warnings} · หมายเหตุ ${notes}`,
    more: (n: number) => `… และอีก ${n} รายการ (ดูรายงาน JSON)`,
    wrote: "เขียนไฟล์",
    batchHeading: (agencies: number, files: number, below: number) =>
      `ITA Analyzer — วิเคราะห์ ${agencies} หน่วยงานจาก ${files} ไฟล์ · ต่ำกว่าค่าเป้าหมาย ${below} หน่วยงาน`,
    batchProgress: (done: number, total: number, agencies: number) => `${done}/${total} ไฟล์ · ${agencies} หน่วยงาน`,
  },
  en: {
    yearUnknown: "year unknown",
    reviewHeading: (n: number, open: number) =>
      `Check before you sign: ${n} score(s) disagree with another level` +
      (open
        ? `; ${open} undecided — decide on the output's Review sheet and analyse that file again, or use --accept-suggestions`
        : ""),
    reviewLine: (
      subject: string,
      cell: string,
      typed: string,
      suggested: string,
      confidence: string,
      decision: string,
    ) => `${subject} (${cell}): ${typed} → ${suggested} · confidence ${confidence.toLowerCase()} · ${decision}`,
    heading: (year: string) => `ITA Analyzer — ITA ${year} results`,
    yearLine: (year: string, source: string, framework: string, fy: number) =>
      `Assessment year ${year} (${source}) · framework ${framework} · measures for fiscal year ${fy}`,
    agency: (name: string, n: number, all: number) =>
      `Agency: ${name} (${n} of the workbook's ${all} · choose with --agency)`,
    sheetsRead: "Sheets read",
    found: (items: number, allItems: number, indicators: number, allIndicators: number) =>
      `Item scores found: ${items}/${allItems} · indicators: ${indicators}/${allIndicators}`,
    overall: (score: string, computed: string | null, result: string) =>
      `Overall ITA score ${score}${computed ? ` (computed from the tools: ${computed})` : ""} — ${result}`,
    below: (threshold: number, items: number, indicators: number, acting: number, issues: number, measures: number) =>
      `Below ${threshold}: ${items} items, ${indicators} indicators · issues needing measures: ${acting}/${issues} · ${measures} measures`,
    warnings: (warnings: number, notes: number) => `Warnings: ${warnings} · notes: ${notes}`,
    more: (n: number) => `… and ${n} more (see the JSON report)`,
    wrote: "Wrote",
    batchHeading: (agencies: number, files: number, below: number) =>
      `ITA Analyzer — ${agencies} agencies from ${files} files · ${below} below the target`,
    batchProgress: (done: number, total: number, agencies: number) => `${done}/${total} files · ${agencies} agencies`,
  },
} satisfies Record<Lang, unknown>;
