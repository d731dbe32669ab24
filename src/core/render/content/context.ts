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
  /** The agency's name as sentences use it: its own, or "หน่วยงาน" / "the agency". */
  agency: string;
  /** True when the analyst gave the agency's name. */
  named: boolean;
  fiscalYear: number;
  /** The unit that leads the follow-up, when the analyst named it. */
  monitoringUnit: string | null;
}

export interface ContentOptions {
  ts: TextStyle;
  agency?: string | null;
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
    agency: name || T.agencyDefault,
    named: name !== "",
    fiscalYear: o.fiscalYear,
    monitoringUnit: o.monitoringUnit?.trim() || null,
  };
}

/** A number in generated text, in the digits chosen. */
export const num = (c: Content, n: number | string) => digits(String(n), c.ts);

/** "มาตรการขับเคลื่อน… ของ{agency} ประจำปีงบประมาณ พ.ศ. 2568": the document's title, and the plan sheet's. */
export function documentTitle(c: Content): string {
  const of = c.named ? ` ${c.T.docOf(c.agency)}` : "";
  return `${c.T.docTitle}${of} ${c.T.docFiscalYear(num(c, c.fiscalYear))}`;
}
