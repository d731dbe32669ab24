import { Diagnostic } from "./diagnostics";
import { DIAGNOSTICS, Lang, YEAR_KIND, s } from "./diagnosticText";

export type { Lang } from "./diagnosticText";
export { kindOf } from "./diagnosticText";

/** How the assessment year was found, in a few words. */
export function describeYearSource(c: { source: string; cell: string | null }, lang: Lang): string {
  const where = !c.cell
    ? ""
    : c.source === "fileName"
      ? ` “${c.cell}”`
      : lang === "th"
        ? ` ที่ ${c.cell}`
        : ` in ${c.cell}`;
  const kind = YEAR_KIND[lang][c.source];
  if (kind) return lang === "th" ? `จาก${kind}${where}` : `from the ${kind}${where}`;
  return YEAR_SOURCE[lang][c.source] ?? c.source;
}

const YEAR_SOURCE: Record<Lang, Record<string, string>> = {
  th: {
    option: "ตามที่ระบุในการตั้งค่า",
    file: "ตามไฟล์กรอบการประเมินที่ระบุ",
    "sheet-edits": "ตามชีตกรอบการประเมิน",
    items: "จากข้อคำถามที่ตรงกับกรอบการประเมิน",
    latest: "ไม่ระบุในสมุดงาน จึงใช้ปีล่าสุด",
  },
  en: {
    option: "as set in the settings",
    file: "from the framework file given",
    "sheet-edits": "from the Framework sheet",
    items: "from the items that fit the framework",
    latest: "not stated in the workbook; the latest year was used",
  },
};

export function describe(d: Diagnostic, lang: Lang): string {
  const t = DIAGNOSTICS[d.code];
  const text = t ? t[lang](d.params) : `${d.code} ${JSON.stringify(d.params)}`;
  return text.replace("{cell}", d.cells[0] ?? "").replace("{cell2}", d.cells[1] ?? "");
}

/** Why the file system refused, from Node's error code, in a few words. */
const FS_REASON: Record<string, Record<Lang, string>> = {
  EACCES: { th: "ไม่มีสิทธิ์เข้าถึง", en: "permission denied" },
  EPERM: { th: "ระบบไม่อนุญาต (ไฟล์ถูกล็อกหรือไม่ใช่ของผู้ใช้นี้)", en: "not permitted (the file is locked or not yours)" },
  EROFS: { th: "ดิสก์เป็นแบบอ่านอย่างเดียว", en: "the disk is read-only" },
  ENOSPC: { th: "พื้นที่ดิสก์เต็ม", en: "the disk is full" },
  EDQUOT: { th: "เกินโควตาพื้นที่ดิสก์", en: "the disk quota is used up" },
  EISDIR: { th: "เป็นโฟลเดอร์ ไม่ใช่ไฟล์", en: "it is a folder, not a file" },
  ENOTDIR: { th: "ส่วนหนึ่งของเส้นทางไม่ใช่โฟลเดอร์", en: "part of the path is not a folder" },
  ENOENT: { th: "ไม่พบไฟล์หรือโฟลเดอร์", en: "no such file or folder" },
  EBUSY: { th: "ไฟล์ถูกใช้งานอยู่โดยโปรแกรมอื่น", en: "the file is in use by another program" },
  ETXTBSY: { th: "ไฟล์ถูกใช้งานอยู่โดยโปรแกรมอื่น", en: "the file is in use by another program" },
  ENAMETOOLONG: { th: "ชื่อไฟล์ยาวเกินไป", en: "the name is too long" },
  ELOOP: { th: "ลิงก์วนซ้ำ", en: "the links loop" },
  EIO: { th: "อ่านหรือเขียนดิสก์ไม่ได้", en: "the disk could not be read or written" },
  EMFILE: { th: "เปิดไฟล์พร้อมกันมากเกินไป", en: "too many files are open" },
  ENFILE: { th: "เปิดไฟล์พร้อมกันมากเกินไป", en: "too many files are open" },
};

/** The file-system errors a user can cause (a path, a permission, a full disk): messages, never stack traces. */
export const FS_ERROR_CODES: ReadonlySet<string> = new Set(Object.keys(FS_REASON));

function fsReason(code: unknown, lang: Lang): string {
  return FS_REASON[s(code)]?.[lang] ?? s(code);
}

/** Why a workbook cannot be analysed at all. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = "InputError";
  }

  describe(lang: Lang): string {
    const t = FATAL[this.code];
    return t ? t[lang](this.params) : `${this.code}`;
  }
}

const FATAL: Record<string, { th: (p: Record<string, string>) => string; en: (p: Record<string, string>) => string }> =
  {
    "file.notFound": {
      th: (p) => `ไม่พบไฟล์ ${s(p.file)}`,
      en: (p) => `File not found: ${s(p.file)}`,
    },
    "file.unreadable": {
      th: (p) => `เปิดไฟล์ ${s(p.file)} ไม่ได้: ไม่ใช่ไฟล์ Excel (.xlsx) ที่อ่านได้${p.detail ? ` (${s(p.detail)})` : ""}`,
      en: (p) =>
        `Cannot open ${s(p.file)}: it is not a readable Excel (.xlsx) workbook${p.detail ? ` (${s(p.detail)})` : ""}.`,
    },
    "file.encrypted": {
      th: (p) => `ไฟล์ ${s(p.file)} มีรหัสผ่าน กรุณาเอารหัสผ่านออกก่อนวิเคราะห์`,
      en: (p) => `${s(p.file)} is password-protected; remove the password before analysing it.`,
    },
    "file.xls": {
      th: (p) =>
        `ไฟล์ ${s(p.file)} เป็นรูปแบบ Excel 97–2003 (.xls) ซึ่งอ่านไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกเป็น .xlsx (ไฟล์ › บันทึกเป็น › สมุดงาน Excel) แล้ววิเคราะห์อีกครั้ง`,
      en: (p) =>
        `${s(p.file)} is in the Excel 97–2003 format (.xls), which cannot be read. Open it in Excel and save it as .xlsx (File › Save As › Excel Workbook), then analyse it again.`,
    },
    "args.outExtension": {
      th: (p) =>
        p.expected === ".xlsm"
          ? `ไฟล์ผลลัพธ์ ${s(p.file)} ต้องลงท้ายด้วย .xlsm เพราะสมุดงานนี้มีแมโคร (ไฟล์ .xlsx เก็บแมโครไม่ได้ และ Excel จะไม่เปิด)`
          : `ไฟล์ผลลัพธ์ ${s(p.file)} ต้องลงท้ายด้วย ${s(p.expected)} ให้ตรงกับชนิดของสมุดงาน (Excel จะไม่เปิดไฟล์ที่นามสกุลไม่ตรงกับเนื้อหา)`,
      en: (p) =>
        p.expected === ".xlsm"
          ? `The output ${s(p.file)} must end in .xlsm: this workbook has macros, which an .xlsx cannot hold (Excel would refuse to open it).`
          : `The output ${s(p.file)} must end in ${s(p.expected)} to match the workbook's kind (Excel refuses a file whose name does not match what it holds).`,
    },
    "file.notChosen": {
      th: () => "กรุณาเลือกไฟล์ Excel (.xlsx) ก่อน",
      en: () => "Choose an Excel (.xlsx) file first.",
    },
    "file.failed": {
      th: (p) => `วิเคราะห์ไฟล์ ${s(p.file)} ไม่สำเร็จ: ${s(p.detail)}`,
      en: (p) => `${s(p.file)} could not be analysed: ${s(p.detail)}`,
    },
    "args.sameAsInput": {
      th: (p) => `${s(p.option)} ${s(p.file)} คือไฟล์ต้นฉบับ จะไม่เขียนทับไฟล์ต้นฉบับ กรุณาระบุไฟล์อื่น`,
      en: (p) => `${s(p.option)} ${s(p.file)} is the input file, which is never overwritten; name another file.`,
    },
    "args.sameOutput": {
      th: (p) => `${s(p.option)} และ ${s(p.other)} ระบุไฟล์เดียวกัน (${s(p.file)}) กรุณาระบุไฟล์ต่างกัน`,
      en: (p) => `${s(p.option)} and ${s(p.other)} name the same file (${s(p.file)}); give each its own.`,
    },
    "args.outIsInput": {
      th: (p) => `--out ${s(p.folder)} เป็นโฟลเดอร์ที่อ่านไฟล์อยู่ กรุณาระบุโฟลเดอร์อื่นสำหรับผลลัพธ์`,
      en: (p) => `--out ${s(p.folder)} is a folder being read; choose another folder for the outputs.`,
    },
    "args.number": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.option)} ต้องเป็นตัวเลขตั้งแต่ ${s(p.min)} ถึง ${s(p.max)} (ได้รับ “${s(p.value)}”)`,
      en: (p) =>
        `Invalid option: ${s(p.option)} must be a number from ${s(p.min)} to ${s(p.max)} (got “${s(p.value)}”).`,
    },
    "args.missingValue": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.option)} ต้องตามด้วยค่า`,
      en: (p) => `Invalid option: ${s(p.option)} needs a value.`,
    },
    "args.noValue": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.option)} ไม่รับค่า`,
      en: (p) => `Invalid option: ${s(p.option)} takes no value.`,
    },
    "args.unknown": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ไม่มีตัวเลือก ${s(p.option)} (ดู ita-analyzer --help)`,
      en: (p) => `Invalid option: there is no option ${s(p.option)} (see ita-analyzer --help).`,
    },
    "args.yearGregorian": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.option)} ${s(p.year)} เป็นปี ค.ศ. กรุณาระบุปี พ.ศ. (${s(p.year)} คือ พ.ศ. ${s(p.be)})`,
      en: (p) =>
        `Invalid option: ${s(p.option)} ${s(p.year)} is a Gregorian year; years are Buddhist-era (${s(p.year)} is BE ${s(p.be)}).`,
    },
    "args.units": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: --units ${s(p.detail)}`,
      en: (p) => `Invalid option: --units ${s(p.detail)}`,
    },
    "file.notFolder": {
      th: (p) => `${s(p.folder)} เป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาระบุโฟลเดอร์สำหรับผลลัพธ์`,
      en: (p) => `${s(p.folder)} is a file, not a folder; name a folder for the outputs.`,
    },
    "file.folderMissing": {
      th: (p) => `ไม่พบโฟลเดอร์ ${s(p.folder)} สำหรับไฟล์ ${s(p.file)} กรุณาสร้างโฟลเดอร์ก่อน หรือระบุโฟลเดอร์อื่น`,
      en: (p) => `The folder ${s(p.folder)} for ${s(p.file)} does not exist; create it first, or choose another.`,
    },
    "file.folderReadOnly": {
      th: (p) => `ไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์ ${s(p.folder)} กรุณาระบุโฟลเดอร์อื่น`,
      en: (p) => `You cannot write to the folder ${s(p.folder)}; choose another.`,
    },
    "file.isFolder": {
      th: (p) => `${s(p.option)} ${s(p.file)} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาระบุชื่อไฟล์`,
      en: (p) => `${s(p.option)} ${s(p.file)} is a folder, not a file; name a file.`,
    },
    "file.readOnly": {
      th: (p) => `ไฟล์ ${s(p.file)} มีอยู่แล้วและเขียนทับไม่ได้ (อ่านอย่างเดียว หรือไม่มีสิทธิ์) จึงไม่เขียนทับ กรุณาระบุไฟล์อื่น`,
      en: (p) =>
        `${s(p.file)} exists and cannot be replaced (read-only, or not yours); it was left as it is. Name another file.`,
    },
    "file.inputIsFolder": {
      th: (p) => `${s(p.file)} เป็นโฟลเดอร์ กรุณาระบุไฟล์ .xlsx (หรือใช้ ita-analyzer batch กับโฟลเดอร์)`,
      en: (p) => `${s(p.file)} is a folder; name an .xlsx file (or use ita-analyzer batch for a folder).`,
    },
    "file.readFailed": {
      th: (p) => `อ่านไฟล์ ${s(p.file)} ไม่ได้: ${fsReason(p.reason, "th")}`,
      en: (p) => `Cannot read ${s(p.file)}: ${fsReason(p.reason, "en")}.`,
    },
    "file.writeFailed": {
      th: (p) =>
        `เขียนไฟล์ ${s(p.file)} ไม่สำเร็จ: ${fsReason(p.reason, "th")} ไฟล์นี้ยังเป็นอย่างเดิม` +
        (p.written ? ` (เขียนไฟล์ ${s(p.written)} แล้ว)` : ` ไม่มีไฟล์ใดถูกเขียน`),
      en: (p) =>
        `Could not write ${s(p.file)}: ${fsReason(p.reason, "en")}; that file is as it was` +
        (p.written ? ` (${s(p.written)} was written).` : `, and nothing was written.`),
    },
    "analysis.cancelled": {
      th: () => "ยกเลิกการวิเคราะห์แล้ว ไม่มีการเปลี่ยนแปลงใด ๆ",
      en: () => "Analysis cancelled; nothing was changed.",
    },
    "batch.empty": {
      th: (p) => `ไม่พบไฟล์ .xlsx หรือ .xlsm ใน ${s(p.inputs)} จึงไม่ได้เขียนไฟล์ใด`,
      en: (p) => `No .xlsx or .xlsm file was found in ${s(p.inputs)}; nothing was written.`,
    },
    "file.otherFormat": {
      th: (p) => `ไฟล์ ${s(p.file)} อยู่ในรูปแบบ ${s(p.kind)} ซึ่งอ่านไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกเป็นสมุดงาน Excel (.xlsx)`,
      en: (p) =>
        `${s(p.file)} is in the ${s(p.kind)} format, which is not read; open it in Excel and save it as an Excel workbook (.xlsx).`,
    },
    "workbook.noScores": {
      th: (p) => `ไม่พบตารางคะแนน ITA ใน ${p.file || "สมุดงานนี้"} (ตรวจดูว่ามีตารางข้อคำถามหรือตัวชี้วัดพร้อมคะแนน)`,
      en: (p) =>
        `No ITA score table was found in ${p.file || "this workbook"} (look for a table of items or indicators with scores).`,
    },
    "previous.noPlan": {
      th: (p) =>
        `ไฟล์ ${s(p.file)} ไม่มีแผนมาตรการที่ ITA Analyzer จัดทำไว้ (ชีต “แผนมาตรการ”) กรุณาระบุไฟล์ผลการวิเคราะห์ของปีที่ผ่านมา`,
      en: (p) =>
        `${s(p.file)} holds no measure plan written by ITA Analyzer (a “Measure Plan” sheet); give last year's analysed workbook.`,
    },
    "previous.notEarlier": {
      th: (p) =>
        `ไฟล์ ${s(p.file)} เป็นผลการวิเคราะห์ของปีที่ประเมิน ${s(p.year)} ไม่ใช่ปีก่อนปี ${s(p.now)} ที่กำลังวิเคราะห์ กรุณาระบุไฟล์ของปีที่ผ่านมา`,
      en: (p) =>
        `${s(p.file)} holds the analysis of ${s(p.year)}, not of a year before ${s(p.now)}, the year analysed; give last year's workbook.`,
    },
    "args.year": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ไม่มีกรอบการประเมิน ITA ของปี ${s(p.year)} (ปีที่มี: ${s(p.known)})`,
      en: (p) => `Invalid option: there is no ITA framework for ${s(p.year)} (known years: ${s(p.known)})`,
    },
    "args.agency": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ไม่พบหน่วยงาน “${s(p.agency)}” ในสมุดงาน (มี: ${s(p.known)})`,
      en: (p) => `Invalid option: no agency “${s(p.agency)}” in the workbook (there are: ${s(p.known)})`,
    },
    "args.framework": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ใช้ไฟล์กรอบการประเมิน ${s(p.file)} ไม่ได้: ${s(p.detail)}`,
      en: (p) => `Invalid option: the framework file ${s(p.file)} cannot be used: ${s(p.detail)}`,
    },
    "args.invalid": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.detail)}`,
      en: (p) => `Invalid option: ${s(p.detail)}`,
    },
  };
