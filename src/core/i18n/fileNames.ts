/** Names of the files the tool offers, in Thai and English: a table of its own, small enough for the pane's start-up. */
import type { Lang } from "./messages";

export const FILE_NAMES = {
  th: {
    /** The measures document, where there is no workbook file to name it after (in Excel). */
    document: (fiscalYear: number) => `มาตรการ ITA ${fiscalYear}.docx`,
  },
  en: {
    document: (fiscalYear: number) => `ITA measures ${fiscalYear}.docx`,
  },
} satisfies Record<Lang, unknown>;
