/**
 * What the analyst changed in the sheets an earlier run wrote, so that a re-run keeps it: unit
 * names typed into the units sheet, owners picked or typed in the plan, what was recorded in
 * the follow-up, and corrections to the framework sheet. Columns are found by their headers
 * (`layouts.ts`), never by number.
 */
import { Framework } from "../framework/types";
import { SheetGrid, WorkbookGrid, cellRef } from "../read/grid";
import { normalizeText, toArabicDigits } from "../text/thai";
import {
  DECISION_LABELS,
  FOLLOWUP_TABLE,
  FRAMEWORK_FIELDS,
  FRAMEWORK_TABLE,
  PLAN_TABLE,
  REVIEW_TABLE,
  UNITS_TABLE,
  cellText,
  findTable,
} from "./layouts";

/** The agency's own unit for a role, or an extra unit for the drop-down list (role omitted). */
export interface UnitAssignment {
  role?: string;
  name: string;
}

/** What the analyst recorded for one measure at 6 and 12 months. */
export interface FollowUpEntry {
  status6: string;
  status12: string;
  percent: number | null;
  result: string;
  obstacles: string;
  evidence: string;
}

export interface PreviousEdits {
  units: UnitAssignment[];
  /** Measure key (see `measureKey`) → the owner text the plan showed. */
  owners: Map<string, string>;
  /** Measure key → what the analyst recorded in the follow-up. */
  followUp: Map<string, FollowUpEntry>;
  /** Finding id → what the analyst decided on the review sheet (undecided ones are not there). */
  decisions: Map<string, "accept" | "keep">;
}

/** One row of the framework sheet as the analyst left it. */
export interface FrameworkRow {
  code: string;
  tool: string;
  indicator: number | null;
  text: string;
  issues: number[];
  origin: string;
  /** "Sheet!A7": where the row is, for messages. */
  cell: string;
}

export interface FrameworkSheet {
  year: number | null;
  id: string;
  rows: FrameworkRow[];
}

/** A measure's identity across runs: its issue and its Thai title. */
export function measureKey(issue: number, titleTh: string): string {
  return `${issue}:${titleTh}`;
}

export function generatedSheet(grid: WorkbookGrid, key: string): SheetGrid | undefined {
  return grid.sheets.find((s) => s.generated === key);
}

export function readPreviousEdits(grid: WorkbookGrid, framework: Framework): PreviousEdits {
  const units = generatedSheet(grid, "units");
  const plan = generatedSheet(grid, "plan");
  const followup = generatedSheet(grid, "followup");
  const review = generatedSheet(grid, "review");
  return {
    units: units ? readUnits(units, framework) : [],
    owners: plan ? readOwners(plan, framework) : new Map<string, string>(),
    followUp: followup ? readFollowUp(followup, framework) : new Map<string, FollowUpEntry>(),
    decisions: review ? readDecisions(review) : new Map<string, "accept" | "keep">(),
  };
}

/** The review sheet's decisions, by finding id: the drop-down's words in either language. */
function readDecisions(sheet: SheetGrid): Map<string, "accept" | "keep"> {
  const out = new Map<string, "accept" | "keep">();
  const t = findTable(sheet, REVIEW_TABLE);
  if (!t) return out;
  const is = (text: string, label: { th: string; en: string }) =>
    [label.th, label.en].some((l) => normalizeText(l) === normalizeText(text));
  for (const row of sheet.values.slice(t.headerRow + 1)) {
    const id = cellText(row, t.col.get("id"));
    const decision = cellText(row, t.col.get("decision"));
    if (!id) continue;
    if (is(decision, DECISION_LABELS.accept)) out.set(id, "accept");
    else if (is(decision, DECISION_LABELS.keep)) out.set(id, "keep");
  }
  return out;
}

/**
 * A row's measure key, from its measure and issue cells: the measure by its title in either
 * language, its issue the first the row lists — as the plan keyed it: a measure several issues
 * define (publishing the website items) is keyed by whichever of them called for it first.
 */
function measureKeys(framework: Framework): (measure: string, issues: string) => string | undefined {
  const byTitle = new Map<string, { th: string; issue: number }>();
  for (const issue of framework.issues) {
    for (const m of issue.measures)
      for (const t of [m.title.th, m.title.en])
        if (!byTitle.has(normalizeText(t))) byTitle.set(normalizeText(t), { th: m.title.th, issue: issue.number });
  }
  return (measure, issues) => {
    const m = byTitle.get(withoutNumber(measure));
    const first = /\((\d+)\)/.exec(toArabicDigits(issues))?.[1];
    return m && measureKey(first ? Number(first) : m.issue, m.th);
  };
}

/** "3. ทบทวน…" → "ทบทวน…": the plan numbers its measures (and a note may follow on the title's next line). */
const withoutNumber = (s: string) => normalizeText(s.split("\n")[0]).replace(/^[\d๐-๙]+\.\s*/, "");

function readFollowUp(sheet: SheetGrid, framework: Framework): Map<string, FollowUpEntry> {
  const out = new Map<string, FollowUpEntry>();
  const t = findTable(sheet, FOLLOWUP_TABLE);
  if (!t) return out;
  const keyOf = measureKeys(framework);
  for (const row of sheet.values.slice(t.headerRow + 1)) {
    const key = keyOf(cellText(row, t.col.get("measure")), cellText(row, t.col.get("issue")));
    if (!key) continue;
    const pct = t.col.has("percent") ? row[t.col.get("percent")!] : null;
    out.set(key, {
      status6: cellText(row, t.col.get("status6")),
      status12: cellText(row, t.col.get("status12")),
      percent: typeof pct === "number" ? pct : null,
      result: cellText(row, t.col.get("result")),
      obstacles: cellText(row, t.col.get("obstacles")),
      evidence: cellText(row, t.col.get("evidence")),
    });
  }
  return out;
}

/** Role rows are found by their name, wherever the analyst moved them; a name with no role is an extra unit. */
function readUnits(sheet: SheetGrid, framework: Framework): UnitAssignment[] {
  const t = findTable(sheet, UNITS_TABLE);
  if (!t) return [];
  const byName = new Map<string, (typeof framework.roles)[number]>();
  for (const role of framework.roles) for (const n of [role.name.th, role.name.en]) byName.set(normalizeText(n), role);
  const out: UnitAssignment[] = [];
  for (const row of sheet.values.slice(t.headerRow + 1)) {
    const [a, b] = [cellText(row, t.col.get("role")), cellText(row, t.col.get("unit"))];
    const role = byName.get(normalizeText(a));
    if (role) {
      if (b && b !== role.placeholder.th && b !== role.placeholder.en) out.push({ role: role.id, name: b });
    } else if (!a && b) out.push({ name: b });
  }
  return out;
}

function readOwners(sheet: SheetGrid, framework: Framework): Map<string, string> {
  const out = new Map<string, string>();
  const t = findTable(sheet, PLAN_TABLE);
  if (!t) return out;
  const keyOf = measureKeys(framework);
  for (const row of sheet.values.slice(t.headerRow + 1)) {
    const key = keyOf(cellText(row, t.col.get("measure")), cellText(row, t.col.get("issue")));
    const owner = cellText(row, t.col.get("owner"));
    if (key && owner) out.set(key, owner);
  }
  return out;
}

/** Units given now win over the units sheet's, role by role; extra units are merged. */
export function mergeUnits(fromSheet: UnitAssignment[], given: UnitAssignment[]): UnitAssignment[] {
  const roles = new Set(given.filter((u) => u.role).map((u) => u.role));
  const names = new Set(given.filter((u) => !u.role).map((u) => u.name));
  return [...fromSheet.filter((u) => (u.role ? !roles.has(u.role) : !names.has(u.name))), ...given];
}

/** The framework sheet of an earlier run, as the analyst left it; null when there is none. */
export function readFrameworkSheet(grid: WorkbookGrid): FrameworkSheet | null {
  const sheet = generatedSheet(grid, "framework");
  if (!sheet) return null;
  const t = findTable(sheet, FRAMEWORK_TABLE);
  if (!t) return null;
  const field = (label: { th: string; en: string }) => {
    for (const row of sheet.values.slice(0, t.headerRow)) {
      const i = row.findIndex(
        (v) => typeof v === "string" && [label.th, label.en].some((l) => normalizeText(v) === normalizeText(l)),
      );
      // The value is the next filled cell: the label may be merged over a few columns.
      if (i >= 0)
        return (
          row
            .slice(i + 1)
            .map((_, k) => cellText(row, i + 1 + k))
            .find((t) => t !== "") ?? ""
        );
    }
    return "";
  };
  const year = Number(toArabicDigits(field(FRAMEWORK_FIELDS.year)));
  const rows: FrameworkRow[] = [];
  sheet.values.slice(t.headerRow + 1).forEach((row, i) => {
    const code = normalizeText(cellText(row, t.col.get("code"))).replace(/\s+/g, "");
    if (!code) return;
    const indicator = Number(toArabicDigits(cellText(row, t.col.get("indicator"))).replace(/[^\d]/g, ""));
    rows.push({
      code,
      tool: cellText(row, t.col.get("tool")),
      indicator: indicator > 0 ? indicator : null,
      text: cellText(row, t.col.get("text")),
      issues: toArabicDigits(cellText(row, t.col.get("issues")))
        .split(/[^\d]+/)
        .filter(Boolean)
        .map(Number),
      origin: cellText(row, t.col.get("origin")),
      cell: cellRef(sheet.name, sheet.top + t.headerRow + 1 + i, sheet.left + (t.col.get("code") ?? 0)),
    });
  });
  return { year: Number.isInteger(year) && year > 0 ? year : null, id: field(FRAMEWORK_FIELDS.id), rows };
}
