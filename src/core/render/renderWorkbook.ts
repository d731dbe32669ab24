import { Analysis } from "../analyse/analyse";
import { roundTo } from "../text/scores";
import { Lang } from "../i18n/messages";
import { analysisSheet } from "./analysisSheet";
import { TextStyle } from "../text/format";
import { HighlightPlan, MARKER_PREFIX, WorkbookPlan, uniqueSheetName } from "./model";
import { ownerOptions } from "./owners";
import { planSheet } from "./planSheet";
import { FollowUpEntry, followupSheet } from "./followupSheet";
import { frameworkSheet } from "./frameworkSheet";
import { summarySheet } from "./summarySheet";
import { SHEET_TEXT } from "../i18n/sheetText";
import { HIGHLIGHT_FONT, LOW_FILL, stylesFor } from "./styles";
import { MeasureOptions, contentFor } from "./measures";
import { followupContent } from "./content/followup";
import { issueContent } from "./content/issues";
import { planMeasures } from "./content/plan";
import { summaryContent } from "./content/summary";
import { unitsLayout, unitsSheet } from "./unitsSheet";
import { reviewSheet } from "./reviewSheet";
import { REVIEW_TEXT } from "../i18n/reviewText";
import { LAST_YEAR_TEXT } from "../i18n/lastYearText";
import { lastYearContent } from "./content/lastYear";
import { lastYearSheet } from "./lastYearSheet";

export interface ExistingSheet {
  name: string;
  /** Set for sheets an earlier run wrote. */
  generated?: string;
}

export interface RenderOptions extends MeasureOptions {
  lang?: Lang;
  /** Write numbers in generated text with Thai digits. */
  thaiDigits?: boolean;
  /** The workbook's sheets now, so generated names never take a user's sheet. */
  existingSheets?: ExistingSheet[];
  /** What the analyst recorded in an earlier follow-up sheet, by measure key. */
  previousFollowUp?: Map<string, FollowUpEntry>;
}

/** Everything to write for one analysis: highlights on the user's sheets and the generated sheets. */
export function renderWorkbook(a: Analysis, options: RenderOptions = {}): WorkbookPlan {
  const ts: TextStyle = { lang: options.lang ?? "th", thaiDigits: options.thaiDigits ?? false };
  const T = SHEET_TEXT[ts.lang];
  const styles = stylesFor(ts.thaiDigits);
  const existing = options.existingSheets ?? [];
  const replaceSheets = existing.filter((s) => s.generated).map((s) => s.name);
  const taken = new Set(existing.filter((s) => !s.generated).map((s) => s.name.toLowerCase()));
  const name = (preferred: string) => {
    const candidate = uniqueSheetName(preferred, taken);
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  const units = options.units ?? [];
  const c = contentFor(a, ts, options);
  const measures = planMeasures(c, { period: options.period ?? "template" });

  const summaryName = name(T.summarySheet);
  const analysisName = name(T.analysisSheet);
  const planName = name(T.planSheet);
  const followupName = name(T.followupSheet);
  const lastYear = lastYearContent(c);
  const lastYearName = lastYear ? name(LAST_YEAR_TEXT[ts.lang].sheet) : "";
  const layout = unitsLayout(a.framework, name(T.unitsSheet), units, ts);
  const plan = planSheet(
    c,
    measures,
    planName,
    ownerOptions(a.framework, { owners: options.previousOwners, units: options.previousUnits }, ts),
    layout,
    styles,
  );
  const followupOptions = {
    planSheet: planName,
    planRows: plan.rows,
    planOwners: plan.owners,
    previous: options.previousFollowUp ?? new Map<string, FollowUpEntry>(),
  };

  return {
    threshold: a.threshold,
    highlightStyle: { fill: LOW_FILL, fontColor: HIGHLIGHT_FONT },
    highlights: highlights(a),
    replaceSheets,
    // The measures document's four parts in order, then the units the plan refers to and the framework.
    sheets: [
      summarySheet(c, summaryContent(c), summaryName, styles),
      analysisSheet(
        c,
        a.issues.map((r) => issueContent(c, r)),
        analysisName,
        styles,
      ),
      plan.sheet,
      followupSheet(c, followupContent(c), measures, followupName, followupOptions, layout, styles),
      // Did last year's measures work: when last year's plan was read.
      ...(lastYear ? [lastYearSheet(c, lastYear, lastYearName, styles)] : []),
      unitsSheet(a.framework, layout, units, ts, styles),
      frameworkSheet(a, name(T.frameworkSheet), ts, styles),
      // The review, when the levels disagree: what the analyst decides before signing.
      ...(a.review.length ? [reviewSheet(a, name(REVIEW_TEXT[ts.lang].sheet), ts, styles)] : []),
    ],
    styles,
    markerPrefix: MARKER_PREFIX,
    activate: a.review.some((r) => r.decision === null) ? "review" : "analysis",
  };
}

/** Every score cell below the threshold, grouped by sheet. Cells at or above it are never marked. */
export function highlights(a: Analysis): HighlightPlan[] {
  const bySheet = new Map<string, HighlightPlan>();
  const seen = new Set<string>();
  for (const c of a.scoreCells) {
    if (!c.low || seen.has(c.ref)) continue;
    seen.add(c.ref);
    let h = bySheet.get(c.sheet);
    if (!h) bySheet.set(c.sheet, (h = { sheet: c.sheet, numeric: [], text: [] }));
    (c.numeric ? h.numeric : h.text).push({ row: c.row, col: c.col });
    if (c.numeric && c.factor !== 1) (h.below ??= {})[`${c.row}:${c.col}`] = roundTo(a.threshold / c.factor, 9);
  }
  return [...bySheet.values()];
}
