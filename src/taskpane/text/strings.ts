import type { Lang } from "../../core/i18n/messages";

/** Every string the pane shows: Thai first, English second. */
export const STRINGS = {
  th: {
    lang: "th" as Lang,
    title: "วิเคราะห์ผล ITA",
    tagline: "อ่านผลคะแนน ITA ไฮไลต์คะแนนที่ต่ำกว่าค่าเป้าหมาย และจัดทำการวิเคราะห์และแผนมาตรการ",
    otherLanguage: "English",
    settings: "การตั้งค่า",
    document: "เอกสาร Word",
    documentHint: (name: string) => `เอกสารมาตรการ (${name}) ส่วนที่ 1–4 พร้อมลงนาม`,
    documentSaved: (name: string) => `ดาวน์โหลดเอกสาร ${name} แล้ว (ดูในโฟลเดอร์ดาวน์โหลด)`,
    documentUnconfirmed: (name: string) =>
      `ส่งเอกสาร ${name} ให้ดาวน์โหลดแล้ว แต่ Excel บน Windows ไม่แจ้งว่าบันทึกไฟล์แล้วหรือไม่ กรุณาดูในโฟลเดอร์ดาวน์โหลด หากไม่พบ ให้เปิดสมุดงานนี้ใน Excel บนเว็บแล้วกด “เอกสาร Word” อีกครั้ง หรือใช้หน้าเว็บ ITA Analyzer`,
    documentUnsupported:
      "Excel บนเครื่องนี้ไม่อนุญาตให้ Add-in ดาวน์โหลดไฟล์ เปิดสมุดงานนี้ใน Excel บนเว็บแล้วกด “เอกสาร Word” อีกครั้ง หรือใช้หน้าเว็บ ITA Analyzer หรือคำสั่ง ita-analyzer --docx",
    analyze: "วิเคราะห์",
    cancel: "ยกเลิก",
    steps: { read: "กำลังอ่านตารางคะแนน…", analyse: "กำลังวิเคราะห์…", write: "กำลังเขียนผลลงสมุดงาน…", done: "เสร็จแล้ว" },
    clear: "ล้างไฮไลต์",
    cleared: (n: number) => `ล้างไฮไลต์แล้ว ${n} รายการ`,
    template: "แทรกแบบกรอกคะแนน",
    inserted: (name: string) => `แทรกชีต “${name}” แล้ว กรอกคะแนนในช่องสีเหลืองแล้วกด “วิเคราะห์”`,
    error: "เกิดข้อผิดพลาด",
    done: "วิเคราะห์เสร็จแล้ว ผลอยู่ในชีต “สรุปผล ITA” “วิเคราะห์ผล ITA” “แผนมาตรการ” “ติดตามผล” และ “หน่วยงาน”",
    results: "ผลการวิเคราะห์",
    settingsNotSaved: "บันทึกการตั้งค่าลงในสมุดงานไม่ได้ การวิเคราะห์ครั้งนี้ใช้การตั้งค่าที่แสดงอยู่",
    crashed: "ส่วนหนึ่งของบานหน้าต่างทำงานผิดพลาด กรุณาปิดแล้วเปิดใหม่",
    chunkFailed: "โหลดส่วนหนึ่งของบานหน้าต่างไม่สำเร็จ (เครือข่ายหรือพร็อกซีอาจขัดข้อง)",
    retry: "ลองอีกครั้ง",
    progress: "ความคืบหน้า",
  },
  en: {
    lang: "en" as Lang,
    title: "ITA Analyzer",
    tagline: "Reads the ITA scores, highlights those below the target, and writes the analysis and the measure plan.",
    otherLanguage: "ภาษาไทย",
    settings: "Settings",
    document: "Word document",
    documentHint: (name: string) => `The measures document (${name}), Parts 1–4, ready to sign`,
    documentSaved: (name: string) => `Downloaded ${name} (see your Downloads folder).`,
    documentUnconfirmed: (name: string) =>
      `${name} was offered for download, but Excel on Windows does not say whether it was saved. Look in your Downloads folder; if it is not there, open this workbook in Excel on the web and click “Word document” again, or use the ITA Analyzer web page.`,
    documentUnsupported:
      "Excel on this computer does not let add-ins download files. Open this workbook in Excel on the web and click “Word document” again, or use the ITA Analyzer web page or ita-analyzer --docx.",
    analyze: "Analyze",
    cancel: "Cancel",
    steps: {
      read: "Reading the score tables…",
      analyse: "Analysing…",
      write: "Writing to the workbook…",
      done: "Done",
    },
    clear: "Clear highlights",
    cleared: (n: number) => `Removed ${n} highlight rule(s).`,
    template: "Insert score template",
    inserted: (name: string) =>
      `Inserted the sheet “${name}”. Type the scores into the yellow cells, then click Analyze.`,
    error: "Something went wrong",
    done: "Analysis done. See the summary, analysis, measure-plan, follow-up and units sheets.",
    results: "Results",
    settingsNotSaved: "The settings could not be saved in the workbook; this analysis used the ones shown.",
    crashed: "Part of the pane failed. Close it and open it again.",
    chunkFailed: "Part of the pane could not be loaded (the network or a proxy may be failing).",
    retry: "Try again",
    progress: "Progress",
  },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof STRINGS)["th"];
/** The pane's own strings, as a part that adds its own sees them. */
export type PaneStrings = Strings;

export { languageOf } from "../../core/i18n/locale";

const joined = new WeakMap<object, WeakMap<object, object>>();

/**
 * The pane's strings with a part's own (the results', the settings'…), in the same language: a
 * part's strings load with its code. The same pair gives the same object, so React sees no change.
 */
export function withPart<P extends object>(t: Strings, part: Record<Lang, P>): Strings & P {
  let byPart = joined.get(t);
  if (!byPart) joined.set(t, (byPart = new WeakMap()));
  let both = byPart.get(part) as (Strings & P) | undefined;
  if (!both) byPart.set(part, (both = { ...t, ...part[t.lang] }));
  return both;
}
