import { formatBeDate, fiscalYearRange } from "../../text/thai";
import { Content, num } from "./context";

/** Part 4 as the seed writes it: who leads the follow-up, when progress is reported, where it goes. */
export interface FollowupContent {
  title: string;
  intro: string;
  statements: string[];
  /** "31 มีนาคม 2568" and "30 กันยายน 2568": the two reporting dates. */
  half: string;
  full: string;
}

export function followupContent(c: Content): FollowupContent {
  const { T, ts } = c;
  const half = formatBeDate(fiscalYearRange(c.fiscalYear, "firstHalf").to, ts.lang, ts.thaiDigits);
  const full = formatBeDate(fiscalYearRange(c.fiscalYear, "year").to, ts.lang, ts.thaiDigits);
  const unit = c.monitoringUnit ?? T.monitoringDefault;
  const statements = [T.followupLead1(unit), T.followupLead2(half, full, c.agency), T.followupLead3(c.agency)];
  return {
    title: T.partTitle(num(c, 4), T.part4, null, null),
    intro: T.followupIntro(c.agency, num(c, c.fiscalYear)),
    // "รอบ 6 เดือน" is written in the digits chosen too.
    statements: statements.map((s, i) => num(c, `(${i + 1}) ${s}`)),
    half,
    full,
  };
}
