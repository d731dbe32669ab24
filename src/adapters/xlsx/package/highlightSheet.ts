/**
 * The highlights on a user's sheet: conditional formats, written into the sheet's own XML. The
 * sheet is read once with a streaming parser to find where each top-level element begins and ends;
 * the earlier run's highlights are cut out and the new ones put in their schema place. Everything
 * else in the part — every cell, every other rule, the extensions — stays character for character.
 */
import { SaxesParser, SaxesTagPlain } from "saxes";
import { HighlightPlan, highlightGroups } from "../../../core/render/model";
import { verticalRuns } from "../../../core/render/ranges";
import { WORKSHEET_ORDER, after } from "./schema";
import { PartError, escapeXml } from "./xml";

/** What follows `conditionalFormatting` in a worksheet: new ones go before the first of these. */
const AFTER_CONDITIONAL_FORMATTING = after(WORKSHEET_ORDER, "conditionalFormatting");

interface Span {
  start: number;
  end: number;
}

interface Rule extends Span {
  dxfId: number | null;
  priority: number;
}

interface TopElement extends Span {
  localName: string;
  /** The rules of a `conditionalFormatting` element. */
  rules: Rule[];
}

interface SheetOutline {
  /** The worksheet element's namespace prefix ("" for the default namespace). */
  prefix: string;
  children: TopElement[];
  /** Where `</worksheet>` starts. */
  end: number;
}

export interface HighlightEdit {
  /** The differential format of the highlight. */
  dxfId: number;
  /** ITA Analyzer's highlight formats, to recognise an earlier run's rules. */
  ours: Set<number>;
  /** The sheet's highlights; absent when the sheet gets none this time. */
  plan?: HighlightPlan;
  threshold: number;
}

/** The sheet's XML with the earlier highlights replaced by these; null when nothing changes. */
export function editHighlights(xml: string, part: string, edit: HighlightEdit): string | null {
  const outline = outlineOf(xml, part);
  const cuts = ourSpans(outline, edit.ours);
  const kept = outline.children.flatMap((c) => c.rules).filter((r) => !cuts.some((s) => inside(r, s)));
  const added = edit.plan ? conditionalFormats(edit, outline.prefix, maxPriority(kept)) : "";
  if (!cuts.length && !added) return null;
  const at = insertionPoint(outline);
  const pieces: string[] = [];
  let from = 0;
  for (const s of [...cuts, { start: at, end: at, insert: added }].sort((a, b) => a.start - b.start || a.end - b.end)) {
    pieces.push(xml.slice(from, s.start));
    if ("insert" in s) pieces.push(s.insert);
    from = s.end;
  }
  pieces.push(xml.slice(from));
  return pieces.join("");
}

const inside = (r: Span, s: Span) => r.start >= s.start && r.end <= s.end;

function maxPriority(rules: Rule[]): number {
  return rules.reduce((m, r) => Math.max(m, r.priority), 0);
}

/** The spans to cut: a conditional format all of whose rules are ours, or our rules in a mixed one. */
function ourSpans(outline: SheetOutline, ours: Set<number>): Span[] {
  const out: Span[] = [];
  for (const el of outline.children) {
    if (el.localName !== "conditionalFormatting") continue;
    const mine = el.rules.filter((r) => r.dxfId !== null && ours.has(r.dxfId));
    if (!mine.length) continue;
    if (mine.length === el.rules.length) out.push(el);
    else out.push(...mine);
  }
  return out;
}

/** After the last conditional format there is, else before the first element the schema puts after them. */
function insertionPoint(outline: SheetOutline): number {
  const lastCf = [...outline.children].reverse().find((c) => c.localName === "conditionalFormatting");
  if (lastCf) return lastCf.end;
  const next = outline.children.find((c) => AFTER_CONDITIONAL_FORMATTING.includes(c.localName));
  return next ? next.start : outline.end;
}

/** Numbers below their threshold, and scores written as text (which Excel cannot compare), each marked. */
function conditionalFormats(edit: HighlightEdit, prefix: string, after: number): string {
  const plan = edit.plan!;
  const p = prefix ? `${prefix}:` : "";
  let priority = after;
  const rule = (type: string, formula: string, operator = "") =>
    `<${p}cfRule type="${type}" dxfId="${edit.dxfId}" priority="${++priority}"${operator}>` +
    `<${p}formula>${escapeXml(formula)}</${p}formula></${p}cfRule>`;
  const block = (cells: HighlightPlan["numeric"], body: string) =>
    `<${p}conditionalFormatting sqref="${verticalRuns(cells).join(" ")}">${body}</${p}conditionalFormatting>`;
  const numeric = highlightGroups(plan, edit.threshold).map((g) =>
    block(g.cells, rule("cellIs", String(g.below), ' operator="lessThan"')),
  );
  const text = plan.text.length ? [block(plan.text, rule("expression", "TRUE"))] : [];
  return [...numeric, ...text].join("");
}

/** Where the worksheet's top-level elements, and the rules of its conditional formats, begin and end. */
function outlineOf(xml: string, part: string): SheetOutline {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const outline: SheetOutline = { prefix: "", children: [], end: xml.length };
  let depth = 0;
  let current: TopElement | null = null;
  let rule: Rule | null = null;
  parser.on("opentagstart", (tag) => {
    depth++;
    const start = parser.position - tag.name.length - 2;
    if (depth === 1) outline.prefix = prefixOf(tag.name);
    if (depth === 2) current = { localName: localOf(tag.name), start, end: start, rules: [] };
    if (depth === 3 && current?.localName === "conditionalFormatting" && localOf(tag.name) === "cfRule")
      rule = { start, end: start, dxfId: null, priority: 0 };
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    if (depth !== 3 || !rule) return;
    const dxf = tag.attributes.dxfId;
    rule.dxfId = dxf === undefined ? null : Number(dxf);
    rule.priority = Number(tag.attributes.priority ?? 0);
  });
  parser.on("closetag", (tag) => {
    if (depth === 3 && rule) {
      rule.end = parser.position;
      current!.rules.push(rule);
      rule = null;
    }
    if (depth === 2 && current) {
      current.end = parser.position;
      outline.children.push(current);
      current = null;
    }
    if (depth === 1) outline.end = parser.position - (tag.isSelfClosing ? 0 : tag.name.length + 3);
    depth--;
  });
  parser.on("error", (e) => {
    throw new PartError(part, e.message);
  });
  parser.write(xml).close();
  return outline;
}

const prefixOf = (name: string) => (name.includes(":") ? name.slice(0, name.indexOf(":")) : "");
const localOf = (name: string) => (name.includes(":") ? name.slice(name.indexOf(":") + 1) : name);
