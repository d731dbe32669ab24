/**
 * Writing a plan into Excel so that a failure never loses what the analyst owns. Excel does not
 * roll a batch of commands back when one fails: the commands before it stay done. So nothing old
 * is touched until everything new exists.
 *
 * 1. Build (one sync): what an earlier run that stopped left behind is removed; every new sheet is
 *    added under a temporary name, marked "pending", filled, then marked "ready". If this fails,
 *    the sheets added are removed again (one more sync or two): the workbook is as it was.
 * 2. Swap (one sync): the old generated sheets go, the new ones take their names and are marked
 *    "final", then the highlights are replaced. Whatever fails here, every generated sheet has a
 *    whole copy — the old one or the new one, each carrying the analyst's entries — which the next
 *    Analyze reads and replaces.
 *
 * The markers' states are `MarkerState` in the core's render model.
 */
import {
  GeneratedSheetKey,
  LEFTOVER,
  MarkerState,
  WorkbookPlan,
  markedSheet,
  markerName,
  parseMarker,
  uniqueSheetName,
} from "../../core/render/model";
import { renameSheets } from "../../core/render/rename";
import { ensureStyles, fillSheet, highlight } from "./commands";
import { REFUSED, fromOfficeError, writeFailed } from "./officeErrors";
import type { ReadState, SheetState } from "./read";

/** A new sheet's temporary name: what the analyst sees if a run stops before the swap. */
const TEMP_SHEET = "~ITA";

/** The names the new sheets and their tables are written under until the swap. */
function temporaryNames(state: ReadState, plan: WorkbookPlan) {
  const takenSheets = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  const sheets = new Map<string, string>();
  plan.sheets.forEach((s, i) => {
    const name = uniqueSheetName(`${TEMP_SHEET} ${i + 1}`, takenSheets);
    takenSheets.add(name.toLowerCase());
    sheets.set(s.name, name);
  });
  const takenTables = new Set(state.tables);
  const tables = new Map<string, string>();
  for (const t of plan.sheets.flatMap((s) => s.tables)) {
    let name = `${t.name}_new`;
    for (let n = 2; takenTables.has(name.toLowerCase()); n++) name = `${t.name}_new${n}`;
    takenTables.add(name.toLowerCase());
    tables.set(t.name, name);
  }
  return { sheets, tables };
}

/** Our marker names: those that go now (marking a leftover, or nothing), and those on the old generated sheets. */
function markerNames(state: ReadState) {
  const bySheet = new Map(state.sheets.map((s) => [s.name, s]));
  const stale: Excel.NamedItem[] = [];
  const old: Array<{ item: Excel.NamedItem; key: GeneratedSheetKey; state: MarkerState; sheet: SheetState }> = [];
  for (const item of state.names) {
    const m = parseMarker(item.name);
    if (!m) continue;
    const name = markedSheet(typeof item.formula === "string" ? item.formula : "");
    const sheet = name === null ? undefined : bySheet.get(name);
    if (!sheet || sheet.marked === undefined || sheet.marked === LEFTOVER) stale.push(item);
    else old.push({ item, key: m.key, state: m.state, sheet });
  }
  return { stale, old };
}

/** The old generated sheets, each with its key. */
const oldSheets = (state: ReadState) =>
  state.sheets.flatMap((s) => (s.marked !== undefined && s.marked !== LEFTOVER ? [{ ...s, key: s.marked }] : []));

/**
 * Clear what a run that stopped left behind: its sheets, then the names that pointed at them; and
 * every old generated sheet left with exactly its final marker (a sheet marked only "ready" by a
 * swap that stopped is whole: it is marked final first), so the new sheets' markers have their names free.
 */
function tidy(context: Excel.RequestContext, state: ReadState): void {
  const markers = markerNames(state);
  for (const s of state.sheets) if (s.marked === LEFTOVER) s.ws.delete();
  for (const item of markers.stale) item.delete();
  for (const old of oldSheets(state)) {
    const own = markers.old.filter((m) => m.sheet.name === old.name);
    if (!own.some((m) => m.state === "final" && m.key === old.key))
      context.workbook.names.add(markerName(old.key, "final"), old.ws.getRange("A1"));
    for (const m of own) if (m.state !== "final" || m.key !== old.key) m.item.delete();
  }
}

/**
 * Step 1, build: one sync. On failure, the sheets it added are removed and the error says the
 * workbook is as it was (or, if even that failed, which sheets are left for the next run to remove).
 */
async function build(context: Excel.RequestContext, state: ReadState, plan: WorkbookPlan) {
  const temp = temporaryNames(state, plan);
  tidy(context, state);
  ensureStyles(context, state.styles, plan.styles);
  const sheets = renameSheets(plan.sheets, temp.sheets, temp.tables);
  const keys = plan.sheets.map((s) => s.key as GeneratedSheetKey);
  const added = sheets.map((sheet, i) => {
    const ws = context.workbook.worksheets.add(sheet.name);
    const pending = context.workbook.names.add(markerName(keys[i], "pending"), ws.getRange("A1"));
    return { ws, pending };
  });
  const tables = sheets.flatMap((sheet, i) =>
    fillSheet(added[i].ws, sheet).map((table, j) => ({ table, name: plan.sheets[i].tables[j].name })),
  );
  // Every sheet is whole: marked ready (before its pending mark goes, so it is never unmarked).
  const ready = added.map(({ ws, pending }, i) => {
    const item = context.workbook.names.add(markerName(keys[i], "ready"), ws.getRange("A1"));
    pending.delete();
    return item;
  });
  try {
    await context.sync();
  } catch (e) {
    const left = await removeAdded(context, [...temp.sheets.values()]);
    throw writeFailed(fromOfficeError(e), left.length ? { stage: "build", left } : { stage: "untouched" });
  }
  return { sheets: added.map((a, i) => ({ ws: a.ws, ready: ready[i] })), tables };
}

/** Remove the sheets a failed build added, and their markers; resolves to the sheets that could not be. */
async function removeAdded(context: Excel.RequestContext, temporary: string[]): Promise<string[]> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    const ours = new Set(temporary.map((n) => n.toLowerCase()));
    const present = sheets.items.filter((ws) => ours.has(ws.name.toLowerCase()));
    for (const ws of present) ws.delete();
    for (const n of names.items) {
      const m = parseMarker(n.name);
      const sheet = markedSheet(typeof n.formula === "string" ? n.formula : "");
      if (m && m.state !== "final" && (sheet === null || ours.has(sheet.toLowerCase()))) n.delete();
    }
    await context.sync();
    return [];
  } catch (e) {
    console.error("ITA Analyzer: the sheets of a failed write could not be removed", e);
    return temporary;
  }
}

/**
 * Step 2, swap: one sync. The old generated sheets go, then their markers; the new sheets take
 * their names, final markers and their tables' names; then the highlights are replaced.
 */
async function swap(
  context: Excel.RequestContext,
  state: ReadState,
  plan: WorkbookPlan,
  built: Awaited<ReturnType<typeof build>>,
): Promise<void> {
  const old = oldSheets(state);
  for (const s of old) s.ws.delete();
  for (const key of new Set(old.map((s) => s.key))) context.workbook.names.getItem(markerName(key, "final")).delete();
  plan.sheets.forEach((sheet, i) => {
    const { ws, ready } = built.sheets[i];
    ws.name = sheet.name;
    context.workbook.names.add(markerName(sheet.key as GeneratedSheetKey, "final"), ws.getRange("A1"));
    ready.delete();
  });
  for (const { table, name } of built.tables) table.name = name;
  for (const { format } of state.ourFormats) format.delete();
  for (const h of plan.highlights) highlight(context, h, plan);
  // The analyst lands on the review while something is undecided, else on the analysis.
  built.sheets[plan.sheets.findIndex((p) => p.key === (plan.activate ?? "analysis"))]?.ws.activate();
  try {
    await context.sync();
  } catch (e) {
    throw writeFailed(fromOfficeError(e), { stage: "swap", left: [] });
  }
}

/**
 * Refuse, before anything changes, a workbook the plan cannot be written into: open read-only,
 * its structure protected (sheets are added and removed), or a protected sheet the plan touches
 * (a user's sheet that gets or loses highlights, an old generated sheet, a leftover).
 */
export function checkWritable(state: ReadState, plan: WorkbookPlan): void {
  if (state.readOnly) throw REFUSED.readOnly();
  if (state.structureProtected) throw REFUSED.structure();
  const touched = new Set([...plan.highlights.map((h) => h.sheet), ...state.ourFormats.map((f) => f.sheet)]);
  const refused = state.sheets.filter((s) => s.protected && (s.marked !== undefined || touched.has(s.name)));
  if (refused.length) throw REFUSED.sheets(refused.map((s) => s.name));
}

/** Write the plan: build the new sheets, then swap them for the old ones (two syncs). */
export async function writePlan(context: Excel.RequestContext, state: ReadState, plan: WorkbookPlan): Promise<void> {
  checkWritable(state, plan);
  const built = await build(context, state, plan);
  await swap(context, state, plan, built);
}
