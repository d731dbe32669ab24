import type { Lang } from "../../core/i18n/messages";
import type { Strings } from "./strings";

/** The strings of the file mode, Thai first, English second: loaded with its code, not with the pane. */
export const FILE_TEXT = {
  th: {
    fileMode:
      "เปิดนอก Excel: เลือกไฟล์ Excel (.xlsx) ที่มีตารางคะแนน วิเคราะห์ แล้วดาวน์โหลดไฟล์ผลการวิเคราะห์ เลือกหลายไฟล์หรือทั้งโฟลเดอร์เพื่อวิเคราะห์ทุกหน่วยงานในคราวเดียว ไฟล์จะไม่ถูกส่งไปที่ใด",
    chooseFile: "ไฟล์คะแนน ITA (.xlsx)",
    chooseFolder: "หรือเลือกทั้งโฟลเดอร์",
    dropHere: "ลากไฟล์หรือโฟลเดอร์มาวางที่นี่ หรือคลิกเพื่อเลือก (เลือกได้หลายไฟล์)",
    chosen: (name: string) => `ไฟล์ที่เลือก: ${name}`,
    chosenMany: (n: number, names: string) => `เลือก ${n} ไฟล์: ${names}`,
    noWorkbooks: "ไม่พบไฟล์ Excel (.xlsx หรือ .xlsm) ในโฟลเดอร์ที่เลือก",
    download: "ดาวน์โหลด",
    downloadHint: (name: string) => `บันทึกเป็น ${name}`,
  },
  en: {
    fileMode:
      "Opened outside Excel: choose the Excel (.xlsx) file with the score tables, analyse it, then download the analysed workbook. Choose several files or a whole folder to analyse every agency at once. No file is sent anywhere.",
    chooseFile: "ITA score file (.xlsx)",
    chooseFolder: "Or choose a whole folder",
    dropHere: "Drop files or a folder here, or click to choose (several files at once if you like)",
    chosen: (name: string) => `Chosen file: ${name}`,
    chosenMany: (n: number, names: string) => `${n} files chosen: ${names}`,
    noWorkbooks: "No Excel files (.xlsx or .xlsm) in the folder chosen.",
    download: "Download",
    downloadHint: (name: string) => `Saves ${name}`,
  },
} satisfies Record<Lang, unknown>;

export type FileText = Strings & (typeof FILE_TEXT)["th"];
