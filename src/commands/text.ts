/** What the ribbon's commands say, in Thai and English: a table of their own, so the command page loads no pane code. */
import type { Lang } from "../core/i18n/messages";

export const COMMAND_TEXT = {
  th: {
    /** The title of the message window when Analyze fails. */
    analysisFailed: "วิเคราะห์ไม่สำเร็จ",
  },
  en: {
    analysisFailed: "Analysis failed",
  },
} satisfies Record<Lang, unknown>;
