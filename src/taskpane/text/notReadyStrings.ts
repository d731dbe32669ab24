import type { Lang } from "../../core/i18n/messages";
import type { Strings } from "./strings";

/** The strings of the "Office is not ready" message, Thai first, English second: loaded with its code, not with the pane. */
export const NOT_READY_TEXT = {
  th: {
    officeNotReady: "Office ยังไม่พร้อม",
    officeNotReadyHelp:
      "โหลดโปรแกรมเสริมจาก Office ได้ไม่ครบ (เครือข่ายหรือพร็อกซีอาจปิดกั้นไฟล์บางส่วน) ใช้แบบเลือกไฟล์ Excel จากเครื่องได้ทันที หรือโหลดใหม่",
    useFileMode: "ใช้แบบเลือกไฟล์",
    reload: "โหลดใหม่",
  },
  en: {
    officeNotReady: "Office is not ready",
    officeNotReadyHelp:
      "The add-in's Office files did not all load (the network or a proxy may be blocking some). Use the file mode with an Excel file from this computer now, or reload.",
    useFileMode: "Use the file mode",
    reload: "Reload",
  },
} satisfies Record<Lang, unknown>;

export type NotReadyText = Strings & (typeof NOT_READY_TEXT)["th"];
