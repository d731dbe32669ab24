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
