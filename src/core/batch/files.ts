/** What a batch says of its files: the roll-up's name beside the agencies' outputs, and the files it could not read. */
import { InputError, Lang } from "../i18n/messages";

/** The roll-up workbook's name, in the output folder (or the zip) beside each agency's files. */
export const ROLLUP_FILE = "ita-rollup.xlsx";

/** The output names a batch has given so far (compared without case): the roll-up's from the start. */
export const outputNames = (): Set<string> => new Set([ROLLUP_FILE.toLowerCase()]);

/** A file, or an agency in it, that a batch could not read: why, as a message code and its parameters. */
export interface Unread {
  file: string;
  code: string;
  params: Record<string, string>;
}

/** Why it could not be read, in the language asked for. */
export const unreadReason = (u: Unread, lang: Lang): string => new InputError(u.code, u.params).describe(lang);
