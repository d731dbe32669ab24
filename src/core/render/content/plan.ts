import { FrameworkIndex } from "../../framework";
import { measureKey } from "../../previousRun/edits";
import { formatBeDate, fiscalYearRange } from "../../text/thai";
import { TextStyle, joinPhrases } from "../../text/format";
import { Content, num } from "./context";
import { continuedNote } from "./lastYear";

/** One measure of the plan (Part 3): what, how, when, who — one per need, however many issues need it. */
export interface MeasureContent {
  /** Identity across runs (for owners and follow-up entries kept): its first issue and Thai title. */
  key: string;
  /** The issues it answers, in order. */
  issues: number[];
  /** "(2) การให้บริการและระบบ E-Service", one line per issue. */
  issueLabel: string;
  /** Its number in the plan, from 1. */
  number: number;
  title: string;
  steps: string[];
  period: string;
  /** Owner roles (the units sheet names their units). */
  owners: string[];
  /** Points the overall gains when the items it answers reach the target (`Analysis.gains`); null when none can be worked out. */
  gain: number | null;
  /** "(ต่อเนื่องจากปีงบประมาณ พ.ศ. 2569 — ยังไม่บรรลุค่าเป้าหมาย)" when it carries on one of last year's (`content/lastYear.ts`). */
  continues: string | null;
}

/**
 * "๑. title" and its steps "๑. …" one a line, as the plan sheet and the document number them; a
 * measure carrying on one of last year's says so on the title's second line (a re-run reads the first).
 */
export function numbered(
  c: Content,
  m: Pick<MeasureContent, "number" | "title" | "steps"> & { continues?: string | null },
) {
  return {
    title: `${num(c, m.number)}. ${m.title}${m.continues ? `\n${m.continues}` : ""}`,
    steps: m.steps.map((s, i) => `${num(c, i + 1)}. ${s}`).join("\n"),
  };
}

export interface PlanContentOptions {
  /** Run every measure over the whole fiscal year, or its first half, instead of each measure's own period. */
  period: "template" | "year" | "firstHalf";
}

/**
 * The measures the analysis calls for (`Analysis.measures`). A measure two issues both call for —
 * publishing the missing website items, say — is one measure: its issues listed together, its items gathered.
 */
export function planMeasures(c: Content, o: PlanContentOptions): MeasureContent[] {
  const byNumber = new Map(c.a.issues.map((r) => [r.issue.number, r.issue]));
  return c.a.measures.map((m, i) => {
    const def = m.def;
    const range = fiscalYearRange(c.fiscalYear, o.period === "template" ? def.period : o.period);
    const gain = c.a.gains.measures[i];
    return {
      key: measureKey(m.issues[0], def.title.th),
      issues: m.issues,
      issueLabel: m.issues.map((n) => `(${num(c, n)}) ${byNumber.get(n)![c.ts.lang]}`).join("\n"),
      number: i + 1,
      title: def.title[c.ts.lang],
      steps: def.steps.map((s) => fillItems(s[c.ts.lang], m.items, c.fx, c.ts)),
      period: c.T.period(
        formatBeDate(range.from, c.ts.lang, c.ts.thaiDigits),
        formatBeDate(range.to, c.ts.lang, c.ts.thaiDigits),
      ),
      owners: def.owners,
      gain: gain.units.length ? gain.gain : null,
      continues: continuedNote(c, i),
    };
  });
}

/** "{items}" in a step, written out: "ความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ (o16) และ … (o17)". */
function fillItems(step: string, codes: string[], fx: FrameworkIndex, ts: TextStyle): string {
  if (!step.includes("{items}")) return step;
  const named = [...new Set(codes)].map((code) => `${fx.item.get(code)![ts.lang]} (${code})`);
  return step.replace("{items}", joinPhrases(named, ts));
}
