import { Analysis } from "../analyse/analyse";
import { roundTo } from "../text/scores";
import { Lang } from "../i18n/messages";
import { analysisSheet } from "./analysisSheet";
import { TextStyle } from "./format";
import { HighlightPlan, MARKER_PREFIX, WorkbookPlan, uniqueSheetName } from "./model";
import { planSheet } from "./planSheet";
import { FollowUpEntry, followupSheet } from "./followupSheet";
import { frameworkSheet } from "./frameworkSheet";
import { summarySheet } from "./summarySheet";
import { SHEET_TEXT } from "./sheetText";
import { HIGHLIGHT_FONT, LOW_FILL, STYLES } from "./styles";
import { UnitAssignment, unitsLayout, unitsSheet } from "./unitsSheet";

export interface ExistingSheet {
  name: string;
  /** Set for sheets an earlier run wrote. */
  generated?: string;
}

export interface RenderOptions {
  lang?: Lang;
  /** Write numbers in generated text with Thai digits. */
  thaiDigits?: boolean;
  /** Fiscal year of the measures (BE); default: the assessment year + 1. */
  fiscalYear?: number;
  /** The agency's units, by owner role; unassigned roles keep a placeholder. */
  units?: UnitAssignment[];
  /** The workbook's sheets now, so generated names never take a user's sheet. */
  existingSheets?: ExistingSheet[];
  /** Owners shown in the plan by an earlier run (measure key → text); kept where the analyst changed them. */
  previousOwners?: Map<string, string>;
  /** The units the earlier run's units sheet held, to tell an analyst's owner from a default one. */
  previousUnits?: UnitAssignment[];
  /** What the analyst recorded in an earlier follow-up sheet, by measure key. */
  previousFollowUp?: Map<string, FollowUpEntry>;
  /** Run every measure over the whole fiscal year, or its first half, instead of each measure's own period. */
  period?: "template" | "year" | "firstHalf";
}

/** Everything to write for one analysis: highlights on the user's sheets and the generated sheets. */
export function renderWorkbook(a: Analysis, options: RenderOptions = {}): WorkbookPlan {
  const ts: TextStyle = { lang: options.lang ?? "th", thaiDigits: options.thaiDigits ?? false };
  const T = SHEET_TEXT[ts.lang];
  const existing = options.existingSheets ?? [];
  const replaceSheets = existing.filter((s) => s.generated).map((s) => s.name);
  const taken = new Set(existing.filter((s) => !s.generated).map((s) => s.name.toLowerCase()));
  const name = (preferred: string) => {
    const candidate = uniqueSheetName(preferred, taken);
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  const assessed = a.year ?? a.framework.year;
  if (options.fiscalYear === undefined && assessed === null)
    throw new Error("The fiscal year of the measures is not known");
  const fiscalYear = options.fiscalYear ?? assessed! + 1;
  const units = options.units ?? [];

  const summaryName = name(T.summarySheet);
  const analysisName = name(T.analysisSheet);
  const planName = name(T.planSheet);
  const followupName = name(T.followupSheet);
  const layout = unitsLayout(a.framework, name(T.unitsSheet), units, ts);
  const plan = planSheet(
    a,
    planName,
    {
      fiscalYear,
      period: options.period ?? "template",
      previousOwners: options.previousOwners ?? new Map<string, string>(),
      defaultNames: [
        unitsLayout(a.framework, layout.sheetName, options.previousUnits ?? [], ts).nameOfRole,
        unitsLayout(a.framework, layout.sheetName, [], ts).nameOfRole,
      ],
    },
    layout,
    ts,
  );

  return {
    threshold: a.threshold,
    highlightStyle: { fill: LOW_FILL, fontColor: HIGHLIGHT_FONT },
    highlights: highlights(a),
    replaceSheets,
    // The measures document's four parts in order, then the units the plan refers to.
    sheets: [
      summarySheet(a, summaryName, ts),
      analysisSheet(a, analysisName, ts),
      plan.sheet,
      followupSheet(
        a,
        followupName,
        {
          fiscalYear,
          planSheet: planName,
          planRows: plan.rows,
          planOwners: plan.owners,
          previous: options.previousFollowUp ?? new Map<string, FollowUpEntry>(),
        },
        layout,
        ts,
      ),
      unitsSheet(a.framework, layout, units, ts),
      frameworkSheet(a, name(T.frameworkSheet), ts),
    ],
    styles: STYLES,
    markerPrefix: MARKER_PREFIX,
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
