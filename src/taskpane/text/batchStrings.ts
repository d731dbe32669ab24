import type { Lang } from "../../core/i18n/messages";
import type { Strings } from "./strings";

/** The strings of the batch view, Thai first, English second: loaded with its code, not with the pane. */
export const BATCH_TEXT = {
  th: {
    batch: "วิเคราะห์ทุกหน่วยงาน",
    batchHint:
      "ทุกหน่วยงานในทุกไฟล์ (ชีตละหน่วยงาน ตารางวางเคียงกัน หรือคอลัมน์คะแนนละหน่วยงาน) ได้สมุดงานผลการวิเคราะห์ของตนเอง พร้อมสรุปรวม อ่านทุกชีต และใช้ชื่อหน่วยงานตามที่สมุดงานระบุ",
    batchDocx: "เขียนเอกสาร Word ของแต่ละหน่วยงานด้วย",
    analyzeAll: (n: number) => `วิเคราะห์ทั้งหมด (${n} ไฟล์)`,
    batchProgress: (file: number, files: number, agencies: number) =>
      `ไฟล์ที่ ${file} จาก ${files} · พบ ${agencies} หน่วยงาน`,
    batchStop: "หยุด",
    batchStopped: "หยุดการวิเคราะห์แล้ว ยังไม่ได้เขียนไฟล์ใด กด “วิเคราะห์ทั้งหมด” เพื่อเริ่มใหม่",
    batchResults: "ผลการวิเคราะห์ทุกหน่วยงาน",
    batchSummary: (agencies: number, files: number, below: number) =>
      `${agencies} หน่วยงานจาก ${files} ไฟล์ · ต่ำกว่าค่าเป้าหมาย ${below} หน่วยงาน`,
    batchTable: "หน่วยงาน เรียงตามคะแนนรวม",
    batchColumns: {
      name: "หน่วยงาน",
      file: "ไฟล์ › ชีต",
      year: "ปีที่ประเมิน",
      overall: "คะแนนรวม",
      result: "ผล",
      low: "ตัวชี้วัดที่ต่ำกว่าค่าเป้าหมาย",
    },
    batchNone: "ไม่พบหน่วยงานที่วิเคราะห์ได้ในไฟล์ที่เลือก",
    batchUnread: (n: number) => `ไฟล์ที่อ่านไม่ได้ (${n})`,
    batchUnreadColumns: { file: "ไฟล์", reason: "สาเหตุ" },
    downloadRollup: "ดาวน์โหลดสรุปรวม",
    downloadRollupHint: (name: string) => `สรุปผลทุกหน่วยงานในสมุดงานเดียว บันทึกเป็น ${name}`,
    downloadZip: "ดาวน์โหลดทั้งหมด (zip)",
    downloadZipHint: (name: string, docx: boolean) =>
      `สมุดงานของทุกหน่วยงาน${docx ? " เอกสาร Word" : ""} และสรุปรวม ในไฟล์ ${name}`,
    batchOutputLang: (lang: Lang) =>
      `ไฟล์ที่ดาวน์โหลดเขียนเป็น${lang === "th" ? "ภาษาไทย" : "ภาษาอังกฤษ"}ตามภาษาตอนวิเคราะห์ กด “วิเคราะห์ทั้งหมด” อีกครั้งเพื่อเขียนเป็นภาษาไทย`,
  },
  en: {
    batch: "Every agency",
    batchHint:
      "Every agency in every file (a sheet each, tables side by side, or a score column each) gets its own analysed workbook, and a roll-up of them all. Every sheet is read, and each agency is named as its workbook names it.",
    batchDocx: "Also write each agency's Word document",
    analyzeAll: (n: number) => `Analyze all (${n} files)`,
    batchProgress: (file: number, files: number, agencies: number) =>
      `File ${file} of ${files} · ${agencies} ${agencies === 1 ? "agency" : "agencies"} so far`,
    batchStop: "Stop",
    batchStopped: "Stopped: nothing was written. Click “Analyze all” to start again.",
    batchResults: "Results of every agency",
    batchSummary: (agencies: number, files: number, below: number) =>
      `${agencies} ${agencies === 1 ? "agency" : "agencies"} from ${files} files · ${below} below the target`,
    batchTable: "Agencies by overall score",
    batchColumns: {
      name: "Agency",
      file: "File › sheet",
      year: "Year",
      overall: "Overall",
      result: "Result",
      low: "Indicators below the target",
    },
    batchNone: "No agency could be analysed in the files chosen.",
    batchUnread: (n: number) => `Files that could not be read (${n})`,
    batchUnreadColumns: { file: "File", reason: "Reason" },
    downloadRollup: "Download roll-up",
    downloadRollupHint: (name: string) => `Every agency's results in one workbook, saved as ${name}`,
    downloadZip: "Download all (zip)",
    downloadZipHint: (name: string, docx: boolean) =>
      `Every agency's workbook${docx ? " and Word document" : ""}, and the roll-up, in ${name}`,
    batchOutputLang: (lang: Lang) =>
      `The downloads are written in ${lang === "th" ? "Thai" : "English"}, the language of the analysis; click “Analyze all” again to write them in English.`,
  },
} satisfies Record<Lang, unknown>;

export type BatchText = Strings & (typeof BATCH_TEXT)["th"];
