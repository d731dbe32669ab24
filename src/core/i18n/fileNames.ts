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

/** A file's name without its folder: "ผลคะแนน/ITA 2569.xlsx" → "ITA 2569.xlsx" (in Node and the browser alike). */
export const fileBaseName = (name: string): string => name.split(/[\\/]/).pop()!;

/** A file's name without its folder and its extension: "ผลคะแนน/ITA 2569.xlsx" → "ITA 2569". */
export const fileStem = (name: string): string => fileBaseName(name).replace(/\.[^.]*$/, "");

/** The analysed workbook beside its input: `<name>-analysis.xlsx` (a macro-enabled workbook stays `.xlsm`). */
export const analysisFileName = (input: string, extension: ".xlsx" | ".xlsm"): string =>
  `${fileStem(input)}-analysis${extension}`;

/** The measures document beside its input: `<name>-measures.docx`. */
export const measuresFileName = (input: string): string => `${fileStem(input)}-measures.docx`;
