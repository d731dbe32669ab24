/**
 * The measures of the plan with their owners, as the plan sheet, the document and the JSON report
 * all give them, and the content they are written from.
 */
import { latestFramework } from "../framework";
import { Analysis } from "../analyse/analyse";
import { UnitAssignment } from "../previousRun/edits";
import { Lang } from "../i18n/messages";
import { Content, contentOf } from "./content/context";
import { MeasureContent, planMeasures } from "./content/plan";
import { TextStyle } from "../text/format";
import { ownerCell, ownerOptions } from "./owners";
import { shownText } from "./model";
import { unitsLayout } from "./unitsSheet";

export interface MeasureOptions {
  /** Fiscal year of the measures (BE); default: the assessment year + 1. */
  fiscalYear?: number;
  /** The agency's name, in every sentence where the document names the agency. */
  agencyName?: string | null;
  /** Its short name, for the sentences after the cover ("สำนักงาน กสม."); worked out from the name when absent. */
  agencyShort?: string | null;
  /** The agency's units, by owner role; unassigned roles keep a placeholder. */
  units?: UnitAssignment[];
  /** Owners shown in the plan by an earlier run (measure key → text); kept where the analyst changed them. */
  previousOwners?: Map<string, string>;
  /** The units the earlier run's units sheet held, to tell an analyst's owner from a default one. */
  previousUnits?: UnitAssignment[];
  /** Run every measure over the whole fiscal year, or its first half, instead of each measure's own period. */
  period?: "template" | "year" | "firstHalf";
}

export interface OwnedMeasure extends MeasureContent {
  /** Who carries it out, as the plan's owner cell shows it. */
  owner: string;
}

/** What the parts say, in this language and these digits, for this agency and fiscal year. */
export function contentFor(a: Analysis, ts: TextStyle, o: MeasureOptions): Content {
  return contentOf(a, {
    ts,
    agency: o.agencyName,
    agencyShort: o.agencyShort,
    fiscalYear: fiscalYearOf(a, o.fiscalYear),
    monitoringUnit: o.units?.find((u) => u.role === a.framework.monitoringRole)?.name,
  });
}

/** The plan's measures, each with its owner. */
export function ownedMeasures(c: Content, o: MeasureOptions): OwnedMeasure[] {
  const layout = unitsLayout(c.a.framework, "", o.units ?? [], c.ts);
  const owners = ownerOptions(c.a.framework, { owners: o.previousOwners, units: o.previousUnits }, c.ts);
  return planMeasures(c, { period: o.period ?? "template" }).map((m) => ({
    ...m,
    owner: shownText(ownerCell(m, owners, layout)),
  }));
}

/** The plan's measures for a report (JSON, the pane, the CLI): in this language, Arabic digits. */
export function measureList(a: Analysis, o: MeasureOptions, lang: Lang): OwnedMeasure[] {
  return ownedMeasures(contentFor(a, { lang, thaiDigits: false }, o), o);
}

/**
 * The fiscal year the measures are for: as given, else the year after the assessment's (its
 * framework's, or the latest framework's when the workbook's year is not known).
 */
export function fiscalYearOf(a: Analysis, given: number | undefined): number {
  return given ?? (a.year ?? a.framework.year ?? latestFramework().year!) + 1;
}
