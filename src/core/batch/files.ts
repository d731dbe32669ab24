/** What a batch says of its files: the roll-up's name beside the agencies' outputs, and the files it could not read. */
import { InputError, Lang } from "../i18n/messages";

const ROLLUP_NAME = "ita-rollup";

/** The roll-up workbook's name, in the output folder (or the zip) beside each agency's files. */
export const ROLLUP_FILE = `${ROLLUP_NAME}.xlsx`;

/**
 * The names a batch has given its outputs so far, without extension and compared without case (an
 * agency's workbook and document share theirs): the roll-up's from the start, so no agency takes it.
 */
export const outputNames = (): Set<string> => new Set([ROLLUP_NAME]);

/** A file, or an agency in it, that a batch could not read: why, as a message code and its parameters. */
export interface Unread {
  file: string;
  code: string;
  params: Record<string, string>;
}

/** Why it could not be read, in the language asked for. */
export const unreadReason = (u: Unread, lang: Lang): string => new InputError(u.code, u.params).describe(lang);

/** A workbook a batch takes from a folder: `.xlsx` or `.xlsm`, not Excel's `~$` lock file. */
export const isBatchWorkbook = (name: string): boolean => /\.xls[xm]$/i.test(name) && !name.startsWith("~$");

/** Spreadsheets of other kinds, which a batch names with the reason it skips them. */
const OTHER_KINDS: Array<[RegExp, string]> = [
  [/\.xlsb$/i, "Excel Binary (.xlsb)"],
  [/\.xlt[xm]$/i, "Excel Template (.xltx)"],
  [/\.ods$/i, "OpenDocument (.ods)"],
  [/\.csv$/i, "CSV (.csv)"],
  [/\.numbers$/i, "Numbers (.numbers)"],
];

/**
 * Why a batch does not read a file found in a folder that looks like a spreadsheet (an `.xls`, an
 * `.ods`, …); null for a file it reads or that is no spreadsheet at all.
 */
export function skippedSpreadsheet(name: string): Unread | null {
  if (name.startsWith("~$")) return null;
  if (/\.xls$/i.test(name)) return { file: name, code: "file.xls", params: { file: name } };
  const kind = OTHER_KINDS.find(([re]) => re.test(name))?.[1];
  return kind ? { file: name, code: "file.otherFormat", params: { file: name, kind } } : null;
}
