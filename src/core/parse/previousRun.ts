import { Framework } from "../framework/types";
import { SheetGrid, WorkbookGrid } from "../read/grid";
import { normalizeText } from "../text/thai";
import type { FollowUpEntry } from "../render/followupSheet";
import { UnitAssignment } from "../render/unitsSheet";

/**
 * What the analyst changed in the sheets an earlier run wrote, so that a re-run keeps it:
 * the unit names typed into the units sheet, and owners picked or typed in the plan.
 */
export interface PreviousEdits {
  units: UnitAssignment[];
  /** Measure key (see `measureKey`) → the owner text the plan showed. */
  owners: Map<string, string>;
  /** Measure key → what the analyst recorded in the follow-up. */
  followUp: Map<string, FollowUpEntry>;
}

export function measureKey(issue: number, titleTh: string): string {
  return `${issue}:${titleTh}`;
}

const text = (v: unknown) => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

export function readPreviousEdits(grid: WorkbookGrid, framework: Framework): PreviousEdits {
  const units = grid.sheets.find((s) => s.generated === "units");
  const plan = grid.sheets.find((s) => s.generated === "plan");
  const followup = grid.sheets.find((s) => s.generated === "followup");
  return {
    units: units ? readUnits(units, framework) : [],
    owners: plan ? readOwners(plan, framework) : new Map<string, string>(),
    followUp: followup ? readFollowUp(followup, framework) : new Map<string, FollowUpEntry>(),
  };
}

function measureKeys(framework: Framework): Map<string, string> {
  const byTitle = new Map<string, string>();
  for (const issue of framework.issues) {
    for (const m of issue.measures)
      for (const t of [m.title.th, m.title.en]) byTitle.set(normalizeText(t), measureKey(issue.number, m.title.th));
  }
  return byTitle;
}

/** Follow-up rows by measure: column C holds the measure, E–J what the analyst recorded. */
function readFollowUp(sheet: SheetGrid, framework: Framework): Map<string, FollowUpEntry> {
  const byTitle = measureKeys(framework);
  const out = new Map<string, FollowUpEntry>();
  const at = (row: SheetGrid["values"][number], col: number) => row[col - sheet.left] ?? null;
  for (const row of sheet.values) {
    const key = byTitle.get(normalizeText(text(at(row, 2))));
    if (!key) continue;
    const pct = at(row, 6);
    out.set(key, {
      status6: text(at(row, 4)),
      status12: text(at(row, 5)),
      percent: typeof pct === "number" ? pct : null,
      result: text(at(row, 7)),
      obstacles: text(at(row, 8)),
      evidence: text(at(row, 9)),
    });
  }
  return out;
}

/** Role rows are found by their name (column A), wherever the analyst moved them. */
function readUnits(sheet: SheetGrid, framework: Framework): UnitAssignment[] {
  const byName = new Map<string, (typeof framework.roles)[number]>();
  for (const role of framework.roles) for (const n of [role.name.th, role.name.en]) byName.set(normalizeText(n), role);
  const out: UnitAssignment[] = [];
  let inTable = false;
  for (const row of sheet.values) {
    const [a, b] = [text(row[0 - sheet.left] ?? null), text(row[1 - sheet.left] ?? null)];
    if (!inTable) {
      inTable = ["บทบาท", "role"].includes(normalizeText(a));
      continue;
    }
    const role = byName.get(normalizeText(a));
    if (role) {
      if (b && b !== role.placeholder.th && b !== role.placeholder.en) out.push({ role: role.id, name: b });
    } else if (!a && b) out.push({ name: b });
  }
  return out;
}

/** Owners by measure: column B holds "N. title", column E the owner. */
function readOwners(sheet: SheetGrid, framework: Framework): Map<string, string> {
  const byTitle = measureKeys(framework);
  const out = new Map<string, string>();
  for (const row of sheet.values) {
    const measure = normalizeText(text(row[1 - sheet.left] ?? null)).replace(/^[\d๐-๙]+\.\s*/, "");
    const key = byTitle.get(measure);
    const owner = text(row[4 - sheet.left] ?? null);
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
