/**
 * What the measures document says, worked out once and written twice: into the workbook's
 * sheets and into the Word document. This module holds what every part needs to know.
 */
import { Analysis } from "../../analyse/analyse";
import { FrameworkIndex } from "../../framework";
import { TextStyle, digits } from "../../text/format";
import { SHEET_TEXT } from "../../i18n/sheetText";

export type Text = (typeof SHEET_TEXT)["th"];

export interface Content {
  a: Analysis;
  ts: TextStyle;
  T: Text;
  fx: FrameworkIndex;
  /**
   * The agency's name as sentences and part titles use it: its short name ("สำนักงาน กสม.",
   * "สำนักงานฯ"), or "หน่วยงาน" / "the agency". The cover gives the full name (`agencyFull`), as the
   * real document does.
   */
  agency: string;
  agencyFull: string;
  /** True when the analyst gave the agency's name. */
  named: boolean;
  fiscalYear: number;
  /** The unit that leads the follow-up, when the analyst named it. */
  monitoringUnit: string | null;
}

export interface ContentOptions {
  ts: TextStyle;
  agency?: string | null;
  /** The short name the analyst gives; otherwise worked out (`shortAgencyName`). */
  agencyShort?: string | null;
  fiscalYear: number;
  monitoringUnit?: string | null;
}

export function contentOf(a: Analysis, o: ContentOptions): Content {
  const T = SHEET_TEXT[o.ts.lang];
  const name = o.agency?.trim() ?? "";
  return {
    a,
    ts: o.ts,
    T,
    fx: new FrameworkIndex(a.framework),
    // Thai shortens a long name with ฯ; English keeps the name as given.
    agency: name
      ? o.agencyShort?.trim() || (o.ts.lang === "th" ? shortAgencyName(name) : withArticle(name))
      : T.agencyDefault,
    agencyFull: name ? (o.ts.lang === "th" ? name : withArticle(name)) : T.agencyDefault,
    named: name !== "",
    fiscalYear: o.fiscalYear,
    monitoringUnit: o.monitoringUnit?.trim() || null,
  };
}

/** Kinds of Thai agency whose name, once given in full, official writing shortens with ฯ ("สำนักงานฯ"). */
const SHORTENED_KINDS = ["สำนักงาน", "กระทรวง", "กรม", "มหาวิทยาลัย", "โรงพยาบาล", "สถาบัน", "องค์การ", "ศูนย์", "กอง"];

/** A name this short reads well in every sentence as it is ("เทศบาลตำบลบ้านใหม่"). */
const SHORT_ENOUGH = 24;

/**
 * The agency's short name, for the sentences after its full name on the cover: a short form it gives
 * in brackets ("… (สำนักงาน กสม.)"), else its kind with ฯ ("สำนักงานคณะกรรมการ…" → "สำนักงานฯ"), else
 * the name itself when it is short or of another kind.
 */
export function shortAgencyName(full: string): string {
  const bracketed = /\(([^()]+)\)\s*$/.exec(full);
  if (bracketed) return bracketed[1].trim();
  if ([...full].length <= SHORT_ENOUGH) return full;
  const kind = SHORTENED_KINDS.find((k) => full.startsWith(k));
  return kind ? `${kind}ฯ` : full;
}

/** English names an office by "the": "the Office of the …" ("The Office …" at a sentence's start). */
const ARTICLE_NOUNS =
  /^(Office|Department|Ministry|Bureau|Institute|Agency|Commission|Council|University|Hospital|Authority|Secretariat)\b/;
const withArticle = (name: string) => (ARTICLE_NOUNS.test(name) ? `the ${name}` : name);

/** A number in generated text, in the digits chosen. */
export const num = (c: Content, n: number | string) => digits(String(n), c.ts);

/** "มาตรการขับเคลื่อน… ของ{agency} ประจำปีงบประมาณ พ.ศ. 2568": the document's title, and the plan sheet's. */
export function documentTitle(c: Content): string {
  const of = c.named ? ` ${c.T.docOf(c.agencyFull)}` : "";
  return `${c.T.docTitle}${of} ${c.T.docFiscalYear(num(c, c.fiscalYear))}`;
}
