import type { Lang } from "../../core/i18n/messages";

/** The pane's own words around last year's measures, Thai first, English second (the rest comes with the summary). */
export const LAST_YEAR_STRINGS = {
  th: {
    status: (at6: string, at12: string) => `รอบ 6 เดือน: ${at6} · รอบ 12 เดือน: ${at12}`,
    continued: "ปีนี้มีมาตรการต่อเนื่อง (ยังไม่บรรลุค่าเป้าหมาย)",
  },
  en: {
    status: (at6: string, at12: string) => `At 6 months: ${at6} · at 12 months: ${at12}`,
    continued: "Carried on this year (the target is not yet reached)",
  },
} satisfies Record<Lang, unknown>;
