import type { Lang } from "../../core/i18n/messages";
import type { Strings } from "./strings";

/** The strings of the results, Thai first, English second: loaded with its code, not with the pane. */
export const RESULTS_TEXT = {
  th: {
    yearUnknown: "ไม่ทราบปี",
    agency: "หน่วยงานที่วิเคราะห์",
    agencyHint: (n: number) => `สมุดงานนี้มีผลคะแนน ${n} หน่วยงาน วิเคราะห์ทีละหน่วยงาน`,
    reviewTitle: "ตรวจทานก่อนลงนาม",
    reviewIntro: (open: number) =>
      open
        ? `คะแนน ${open} รายการไม่ตรงกับคะแนนในระดับอื่น กรุณาตัดสินใจก่อนลงนาม เอกสาร Word จะมีข้อคิดเห็นที่ตัวเลขที่ยังไม่ได้ตัดสินใจ ค่าในชีตต้นฉบับไม่ถูกแก้ไข`
        : "ตัดสินใจครบทุกรายการแล้ว ชีตและเอกสาร Word ใช้ค่าที่เลือก",
    typedSuggested: (typed: string, suggested: string) => `พิมพ์ไว้ ${typed} → แนะนำ ${suggested}`,
    confidence: (c: string) => `ความมั่นใจ${c}`,
    useSuggested: "ใช้ค่าที่แนะนำ",
    keepTyped: "คงค่าตามที่พิมพ์",
    decided: (label: string) => `ตัดสินใจแล้ว: ${label}`,
    undo: "เปลี่ยนการตัดสินใจ",
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
    assessed: (year: string) => `ITA ${year}`,
    yearFrom: (source: string) => `อ่านปี ${source}`,
    measuresFor: (fy: number) => `มาตรการปีงบประมาณ ${fy}`,
    picture: "ภาพรวมคะแนน",
    lastYear: (v: string, change: string) => `ปีที่ผ่านมา ${v} (${change})`,
    change: (up: boolean, v: string) => `${up ? "เพิ่มขึ้น" : "ลดลง"} ${v}`,
    byTool: "รายเครื่องมือ",
    weight: (w: number) => `น้ำหนัก ${Math.round(w * 100)}%`,
    chartTitle: (target: number) => `คะแนนรายตัวชี้วัดเทียบค่าเป้าหมาย ${target}`,
    chartHint: "เลือกตัวชี้วัดเพื่อดูคะแนนรายข้อ",
    indicatorButton: (n: number, name: string, score: string, low: boolean) =>
      `ตัวชี้วัดที่ ${n} ${name}: ${score}${low ? " ต่ำกว่าค่าเป้าหมาย" : ""}`,
    itemsOf: (n: number, name: string, score: string) => `ตัวชี้วัดที่ ${n} ${name} (${score})`,
    noItems: "ไม่พบคะแนนรายข้อของตัวชี้วัดนี้",
    belowTarget: "ต่ำกว่าค่าเป้าหมาย",
    legendLow: (t: number) => `ต่ำกว่า ${t}`,
    legendOk: (t: number) => `${t} ขึ้นไป`,
    noScore: "ไม่พบคะแนน",
  },
  en: {
    yearUnknown: "year unknown",
    agency: "Agency analysed",
    agencyHint: (n: number) => `This workbook holds ${n} agencies' scores; they are analysed one at a time.`,
    reviewTitle: "Check before you sign",
    reviewIntro: (open: number) =>
      open
        ? `${open} score(s) disagree with another level: decide before signing. The Word document carries a comment on each number not yet decided; your own sheets are never changed.`
        : "Every disagreement is decided: the sheets and the Word document use the values chosen.",
    typedSuggested: (typed: string, suggested: string) => `Typed ${typed} → suggested ${suggested}`,
    confidence: (c: string) => `confidence ${c.toLowerCase()}`,
    useSuggested: "Use the suggested value",
    keepTyped: "Keep as typed",
    decided: (label: string) => `Decided: ${label}`,
    undo: "Change the decision",
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
    assessed: (year: string) => `ITA ${year}`,
    yearFrom: (source: string) => `year read ${source}`,
    measuresFor: (fy: number) => `measures for fiscal year ${fy}`,
    picture: "Scores at a glance",
    lastYear: (v: string, change: string) => `last year ${v} (${change})`,
    change: (up: boolean, v: string) => `${up ? "up" : "down"} ${v}`,
    byTool: "By tool",
    weight: (w: number) => `weight ${Math.round(w * 100)}%`,
    chartTitle: (target: number) => `Indicator scores against the target of ${target}`,
    chartHint: "Choose an indicator to see its items",
    indicatorButton: (n: number, name: string, score: string, low: boolean) =>
      `Indicator ${n} ${name}: ${score}${low ? ", below the target" : ""}`,
    itemsOf: (n: number, name: string, score: string) => `Indicator ${n} ${name} (${score})`,
    noItems: "No item scores were found for this indicator.",
    belowTarget: "below the target",
    legendLow: (t: number) => `below ${t}`,
    legendOk: (t: number) => `${t} or more`,
    noScore: "no score",
  },
} satisfies Record<Lang, unknown>;

export type ResultsText = Strings & (typeof RESULTS_TEXT)["th"];
