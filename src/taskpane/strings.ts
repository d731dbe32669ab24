import type { Lang } from "../core/i18n/messages";

/** Every string the pane shows: Thai first, English second. */
export const STRINGS = {
  th: {
    title: "วิเคราะห์ผล ITA",
    tagline: "อ่านผลคะแนน ITA ไฮไลต์คะแนนที่ต่ำกว่าค่าเป้าหมาย และจัดทำการวิเคราะห์และแผนมาตรการ",
    otherLanguage: "English",
    settings: "การตั้งค่า",
    sheets: "ชีตที่อ่าน",
    allSheets: "ทุกชีต",
    generatedSheet: "(ชีตผลการวิเคราะห์)",
    threshold: "ค่าเป้าหมาย (คะแนน)",
    fiscalYear: "ปีงบประมาณของมาตรการ (พ.ศ.)",
    period: "ระยะเวลาดำเนินการ",
    periods: { template: "ตามแต่ละมาตรการ", year: "ทั้งปีงบประมาณ", firstHalf: "ครึ่งปีแรก (ต.ค.–มี.ค.)" },
    thaiDigits: "ใช้เลขไทยในข้อความที่สร้าง",
    units: "หน่วยงานผู้รับผิดชอบ",
    unitsHint: "ชื่อหน่วยงานของท่านสำหรับแต่ละบทบาท (แก้ไขภายหลังได้ในชีต “หน่วยงาน”)",
    analyze: "วิเคราะห์",
    steps: { read: "กำลังอ่านตารางคะแนน…", analyse: "กำลังวิเคราะห์…", write: "กำลังเขียนผลลงสมุดงาน…", done: "เสร็จแล้ว" },
    clear: "ล้างไฮไลต์",
    cleared: (n: number) => `ล้างไฮไลต์แล้ว ${n} รายการ`,
    template: "แทรกแบบกรอกคะแนน",
    inserted: (name: string) => `แทรกชีต “${name}” แล้ว กรอกคะแนนในช่องสีเหลืองแล้วกด “วิเคราะห์”`,
    error: "เกิดข้อผิดพลาด",
    done: "วิเคราะห์เสร็จแล้ว ผลอยู่ในชีต “วิเคราะห์ผล ITA” “แผนมาตรการ” และ “หน่วยงาน”",
    skipped: {
      dataValidation: "Excel รุ่นนี้ไม่รองรับรายการให้เลือก จึงไม่มีรายการผู้รับผิดชอบให้เลือกในแผนมาตรการ",
      pageLayout: "Excel รุ่นนี้ไม่รองรับการตั้งค่าหน้ากระดาษ จึงยังไม่ได้ตั้งค่าการพิมพ์",
    } as Record<string, string>,
    results: "ผลการวิเคราะห์",
    overall: "คะแนนรวม ITA",
    computed: (v: string) => `คำนวณจากเครื่องมือได้ ${v}`,
    target: (t: number) => `ค่าเป้าหมาย ${t}`,
    counts: (items: number, indicators: number, issues: number, measures: number) =>
      `ต่ำกว่าค่าเป้าหมาย ${items} ข้อ ${indicators} ตัวชี้วัด · ${issues} ประเด็นต้องมีมาตรการ (${measures} มาตรการ)`,
    byIssue: "ข้อที่ต่ำกว่าค่าเป้าหมาย รายประเด็น",
    issue: (n: number, title: string) => `ประเด็นที่ (${n}) ${title}`,
    noLowItems: "ไม่มีข้อที่ต่ำกว่าค่าเป้าหมาย",
    lowIndicatorsOnly: (ns: number[]) => `ตัวชี้วัดที่ต่ำกว่าค่าเป้าหมาย: ${ns.join(", ")}`,
    diagnostics: "คำเตือนและข้อสังเกต",
    goToCell: (cell: string) => `ไปที่เซลล์ ${cell}`,
    severity: { error: "ข้อผิดพลาด", warning: "คำเตือน", info: "ข้อสังเกต" },
  },
  en: {
    title: "ITA Analyzer",
    tagline: "Reads the ITA scores, highlights those below the target, and writes the analysis and the measure plan.",
    otherLanguage: "ภาษาไทย",
    settings: "Settings",
    sheets: "Sheets to read",
    allSheets: "All sheets",
    generatedSheet: "(analysis output)",
    threshold: "Target score",
    fiscalYear: "Fiscal year of the measures (BE)",
    period: "Period of the measures",
    periods: { template: "As each measure suggests", year: "The whole fiscal year", firstHalf: "First half (Oct–Mar)" },
    thaiDigits: "Thai digits in generated text",
    units: "Responsible units",
    unitsHint: "Your unit for each role (you can edit them later on the “Units” sheet).",
    analyze: "Analyze",
    steps: { read: "Reading the score tables…", analyse: "Analysing…", write: "Writing to the workbook…", done: "Done" },
    clear: "Clear highlights",
    cleared: (n: number) => `Removed ${n} highlight rule(s).`,
    template: "Insert score template",
    inserted: (name: string) => `Inserted the sheet “${name}”. Type the scores into the yellow cells, then click Analyze.`,
    error: "Something went wrong",
    done: "Analysis done. See the analysis, measure-plan and units sheets.",
    skipped: {
      dataValidation: "This version of Excel has no drop-down lists, so the plan's owner column has none.",
      pageLayout: "This version of Excel cannot set up pages, so printing is not set up yet.",
    } as Record<string, string>,
    results: "Results",
    overall: "Overall ITA score",
    computed: (v: string) => `computed from the tools: ${v}`,
    target: (t: number) => `target ${t}`,
    counts: (items: number, indicators: number, issues: number, measures: number) =>
      `Below the target: ${items} items, ${indicators} indicators · ${issues} issues need measures (${measures} measures)`,
    byIssue: "Items below the target, by issue",
    issue: (n: number, title: string) => `Issue (${n}) ${title}`,
    noLowItems: "Nothing below the target",
    lowIndicatorsOnly: (ns: number[]) => `Indicators below the target: ${ns.join(", ")}`,
    diagnostics: "Warnings and notes",
    goToCell: (cell: string) => `Go to cell ${cell}`,
    severity: { error: "Error", warning: "Warning", info: "Note" },
  },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof STRINGS)["th"];

/** Thai for a Thai Office, English otherwise. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("th") ? "th" : "en";
}
