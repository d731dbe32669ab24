import { InputError, Lang } from "../i18n/messages";

/** A file, or an agency in it, that a batch could not read: why, as a message code and its parameters. */
export interface Unread {
  file: string;
  code: string;
  params: Record<string, string>;
}

/** Why it could not be read, in the language asked for. */
export const unreadReason = (u: Unread, lang: Lang): string => new InputError(u.code, u.params).describe(lang);
