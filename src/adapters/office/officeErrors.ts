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
    th: "สมุดงานหรือชีตถูกป้องกันไว้ กรุณายกเลิกการป้องกัน (Review › Unprotect) แล้วลองอีกครั้ง",
    en: "The workbook or a sheet is protected. Unprotect it (Review › Unprotect), then try again.",
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
