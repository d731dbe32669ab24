import { Lang } from "../../core/i18n/messages";

/** An Office error, in words the analyst can act on; the Office code and debug text kept for support. */
export class OfficeActionError extends Error {
  constructor(
    readonly code: string,
    readonly th: string,
    readonly en: string,
    readonly detail: string,
  ) {
    super(en);
    this.name = "OfficeActionError";
  }

  describe(lang: Lang): string {
    return lang === "th" ? this.th : this.en;
  }
}

const KNOWN: Record<string, { th: string; en: string }> = {
  InvalidOperationInCellEditMode: {
    th: "Excel กำลังอยู่ในโหมดแก้ไขเซลล์ กรุณากด Enter หรือ Esc เพื่อออกจากเซลล์ แล้วลองอีกครั้ง",
    en: "Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    th: "ข้อมูลในสมุดงานมากเกินกว่าที่ Excel ส่งให้โปรแกรมเสริมได้ในครั้งเดียว กรุณาเลือกเฉพาะชีตที่มีตารางคะแนน แล้วลองอีกครั้ง",
    en: "The workbook holds more data than Excel can pass to the add-in at once. Choose only the sheets that hold the score tables, then try again.",
  },
  ResponsePayloadSizeLimitExceeded: {
    th: "ข้อมูลในสมุดงานมากเกินกว่าที่ Excel ส่งให้โปรแกรมเสริมได้ในครั้งเดียว กรุณาเลือกเฉพาะชีตที่มีตารางคะแนน แล้วลองอีกครั้ง",
    en: "The workbook holds more data than Excel can pass to the add-in at once. Choose only the sheets that hold the score tables, then try again.",
  },
  ApiNotFound: {
    th: "Excel รุ่นนี้ไม่รองรับคำสั่งที่โปรแกรมเสริมต้องใช้ กรุณาอัปเดต Excel หรือใช้ Excel บนเว็บ",
    en: "This version of Excel lacks a feature the add-in needs. Update Excel, or use Excel on the web.",
  },
  AccessDenied: {
    th: "Excel ไม่อนุญาตให้แก้ไขสมุดงานนี้: สมุดงานอาจเปิดแบบอ่านอย่างเดียวหรือแบบดูอย่างเดียว ถูกป้องกันไว้ หรือคุณไม่มีสิทธิ์แก้ไข กรุณาตรวจว่าแก้ไขได้ (แก้ไขสมุดงาน / Edit Workbook) แล้วลองอีกครั้ง",
    en: "Excel does not let this workbook be changed: it may be open read-only or for viewing only, protected, or shared without the right to edit. Make sure you can edit it (Edit Workbook), then try again.",
  },
  InsertDeleteConflict: {
    th: "Excel ไม่สามารถแก้ไขชีตได้ในขณะนี้ เพราะมีการแทรกหรือลบที่ขัดกัน กรุณาลองอีกครั้ง",
    en: "Excel could not change the sheet because of a conflicting insert or delete. Try again.",
  },
  ItemAlreadyExists: {
    th: "มีชื่อชีตหรือชื่อตารางนี้อยู่แล้ว กรุณาเปลี่ยนชื่อชีตที่ซ้ำ แล้วลองอีกครั้ง",
    en: "A sheet or table with this name already exists. Rename the duplicate, then try again.",
  },
  Conflict: {
    th: "มีผู้อื่นกำลังแก้ไขสมุดงานนี้พร้อมกัน กรุณาลองอีกครั้งในอีกสักครู่",
    en: "Someone else is editing this workbook at the same time. Try again in a moment.",
  },
};

/** Is this an error raised by Office.js (it carries an Office error code)? */
function officeCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const err = e as { name?: string; code?: unknown };
  return err.name === "RichApi.Error" && typeof err.code === "string" ? err.code : null;
}

/**
 * Turn an Office.js error into an OfficeActionError with a clear message; any other error is
 * returned as it is, to surface unchanged.
 */
export function fromOfficeError(e: unknown): unknown {
  const code = officeCode(e);
  if (!code) return e;
  const known = KNOWN[code];
  const detail = `${code}: ${(e as Error).message}`;
  if (known) return new OfficeActionError(code, known.th, known.en, detail);
  return new OfficeActionError(
    code,
    `Excel แจ้งข้อผิดพลาด (${code}): ${(e as Error).message}`,
    `Excel reported an error (${code}): ${(e as Error).message}`,
    detail,
  );
}

/** Raised before any change when Excel lacks the minimum requirement set. */
export function unsupportedExcel(min: string): OfficeActionError {
  return new OfficeActionError(
    "ApiNotFound",
    `โปรแกรมเสริมนี้ต้องใช้ Excel ที่รองรับ ExcelApi ${min} ขึ้นไป (Microsoft 365, Excel 2021 ขึ้นไป, Excel บนเว็บ หรือ Excel for Mac)`,
    `This add-in needs Excel with ExcelApi ${min} or later (Microsoft 365, Excel 2021 or later, Excel on the web, or Excel for Mac).`,
    `ExcelApi ${min} not supported`,
  );
}

/** Said before anything is changed: why Analyze cannot write into this workbook as it is. */
export const REFUSED = {
  readOnly: () =>
    new OfficeActionError(
      "ReadOnly",
      "สมุดงานนี้เปิดแบบอ่านอย่างเดียว Excel จะไม่เก็บสิ่งที่โปรแกรมเสริมเขียนลงไป กรุณาเลือก “แก้ไขสมุดงาน” หรือบันทึกเป็นสำเนา (ไฟล์ › บันทึกเป็น) แล้ววิเคราะห์อีกครั้ง สมุดงานไม่มีการเปลี่ยนแปลง",
      "This workbook is open read-only, so Excel would not keep what the add-in writes. Choose Edit Workbook, or save a copy (File › Save As), then analyse again. The workbook was not changed.",
      "workbook.readOnly",
    ),
  structure: () =>
    new OfficeActionError(
      "StructureProtected",
      "โครงสร้างของสมุดงานถูกป้องกันไว้ จึงเพิ่มหรือลบชีตไม่ได้ กรุณายกเลิกการป้องกันสมุดงาน (รีวิว › ป้องกันสมุดงาน) แล้ววิเคราะห์อีกครั้ง สมุดงานไม่มีการเปลี่ยนแปลง",
      "The workbook's structure is protected, so no sheet can be added or removed. Unprotect the workbook (Review › Protect Workbook), then analyse again. The workbook was not changed.",
      "workbook.protection.protected",
    ),
  sheets: (names: string[]) => {
    const list = names.map((n) => `“${n}”`).join(", ");
    return new OfficeActionError(
      "SheetProtected",
      `ชีต ${list} ถูกป้องกันไว้ แต่การวิเคราะห์ต้องไฮไลต์คะแนนหรือเขียนชีตนี้ใหม่ กรุณายกเลิกการป้องกันชีต (รีวิว › ยกเลิกการป้องกันแผ่นงาน) หรือไม่เลือกชีตนี้ในการตั้งค่า แล้ววิเคราะห์อีกครั้ง สมุดงานไม่มีการเปลี่ยนแปลง`,
      `The sheet${names.length > 1 ? "s" : ""} ${list} ${names.length > 1 ? "are" : "is"} protected, and Analyze must mark scores on ${names.length > 1 ? "them" : "it"} or write ${names.length > 1 ? "them" : "it"} anew. Unprotect ${names.length > 1 ? "them" : "it"} (Review › Unprotect Sheet), or leave ${names.length > 1 ? "them" : "it"} out in the settings, then analyse again. The workbook was not changed.`,
      `protected: ${names.join(", ")}`,
    );
  },
};

/**
 * A write that failed, said with what became of the workbook: as it was (`untouched`); the new
 * sheets left beside the old ones for the next run to remove (`build`); or the new sheets written
 * but not all swapped in (`swap`) — in every case nothing the analyst typed is lost.
 */
export function writeFailed(
  e: unknown,
  outcome: { stage: "untouched" } | { stage: "build"; left: string[] } | { stage: "swap"; left: string[] },
): unknown {
  if (!(e instanceof OfficeActionError)) return e;
  const left = "left" in outcome ? outcome.left.map((n) => `“${n}”`).join(", ") : "";
  const after = {
    untouched: {
      th: "สมุดงานยังเป็นเหมือนก่อนวิเคราะห์",
      en: "The workbook is as it was before Analyze.",
    },
    build: {
      th: `ชีตเดิมและสิ่งที่บันทึกไว้ยังอยู่ครบ ชีตใหม่ที่เขียนไม่เสร็จ (${left}) จะถูกลบเมื่อวิเคราะห์ครั้งถัดไป`,
      en: `Your sheets and entries are all kept; the unfinished new sheets (${left}) are removed by the next Analyze.`,
    },
    swap: {
      th: "ชีตใหม่เขียนครบแล้วแต่ยังแทนที่ชีตเดิมไม่ครบ ชีตและสิ่งที่บันทึกไว้ในชีตติดตามผลไม่หายไป กรุณาวิเคราะห์อีกครั้งเพื่อให้เสร็จ",
      en: "The new sheets were written but not all of them replaced the old ones; no sheet or entry of the follow-up was lost. Analyse again to finish.",
    },
  }[outcome.stage];
  return new OfficeActionError(e.code, `${e.th} ${after.th}`, `${e.en} ${after.en}`, e.detail);
}
