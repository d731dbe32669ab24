import { Lang, describe } from "../core/i18n/messages";
import { WorkbookAnalysis } from "../core/analyseWorkbook";
import { ResultSummary, summarize } from "../core/report/summary";
import { fixed2 } from "../core/text/format";
import { LastYearResult } from "../core/analyse/lastYear";
import { LAST_YEAR_TEXT } from "../core/i18n/lastYearText";
import { verdictCounts } from "../core/render/content/lastYear";
import { CLI_TEXT } from "./cliText";

/** The review first: what to check before signing, each finding on a line or two. */
function reviewLines(review: ResultSummary["review"], lang: Lang): string[] {
  if (!review.length) return [];
  const T = CLI_TEXT[lang];
  const open = review.filter((r) => r.open).length;
  return [
    T.reviewHeading(review.length, open),
    ...review.map(
      (r) =>
        `  ${r.open ? "?" : "✓"} ${T.reviewLine(r.subject, r.cells[0] ?? "", r.typed, r.suggested, r.confidence, r.decisionLabel)}\n      ${r.why}`,
    ),
    "",
  ];
}

/** Last year's measures in a line: how many, and how many of each verdict (the sheet has the rest). */
function lastYearLine(r: LastYearResult, lang: Lang): string {
  const title = LAST_YEAR_TEXT[lang].title(r.fiscalYear === null ? null : String(r.fiscalYear));
  return `${title}: ${verdictCounts(r, { lang, thaiDigits: false })}`;
}

/** The few lines the CLI prints after a run. */
export function summary(r: WorkbookAnalysis, outFiles: string[]): string {
  const lang = r.lang;
  const T = CLI_TEXT[lang];
  const s = summarize(r);
  const a = r.analysis;
  const year = s.year === null ? T.yearUnknown : String(s.year);
  const lines = [
    ...reviewLines(s.review, lang),
    T.heading(year),
    T.yearLine(year, s.yearSource, s.framework, s.fiscalYear),
  ];
  if (r.agencies && r.agency)
    lines.push(T.agency(r.agency.name, r.agencies.agencies.indexOf(r.agency) + 1, s.agencies.length));
  lines.push(`${T.sheetsRead}: ${r.parsed.sheets.join(", ")}`);
  const indicators = s.indicators.filter((i) => i.value !== null).length;
  lines.push(T.found(a.items.length, a.framework.items.length, indicators, s.indicators.length));
  const o = s.overall;
  const both = o.reported !== null && o.computed !== null;
  lines.push(T.overall(fixed2(o.reported ?? o.computed), both ? fixed2(o.computed) : null, o.result ?? "–"));
  const c = s.counts;
  lines.push(
    T.below(s.threshold, c.lowItems, c.lowIndicators, c.issuesNeedingAction, s.issues.length, c.measures, s.fiscalYear),
  );
  if (a.lastYear) lines.push(lastYearLine(a.lastYear, lang));
  const warnings = a.diagnostics.filter((d) => d.severity !== "info");
  lines.push(T.warnings(warnings.length, a.diagnostics.length - warnings.length));
  for (const d of warnings.slice(0, 12)) lines.push(`  ! ${describe(d, lang)}`);
  if (warnings.length > 12) lines.push(`  ${T.more(warnings.length - 12)}`);
  lines.push(`${T.wrote}: ${outFiles.join(", ")}`);
  return lines.join("\n") + "\n";
}
