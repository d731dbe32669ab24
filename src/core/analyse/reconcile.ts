/**
 * Reconciliation: every level checked against the level below it — items → indicator → tool →
 * overall — and for each disagreement, its most likely cause with the evidence for it:
 *
 * - a single value mistyped: a digit typed for its neighbour on the keyboard (8 for 9), a Thai digit
 *   read for its look-alike (๓/๘, ๔/๕, ๖/๙), two digits swapped, a decimal point shifted — the
 *   variant of the typed number that makes the levels around it agree;
 * - a block of items copied from another indicator (their scores repeat that indicator's);
 * - last year's score typed in this year's place;
 * - or no single explanation, said as such.
 *
 * A finding suggests a value and says how sure it is and why; it never changes anything by itself:
 * the analyst decides (`Decision`), and `applyDecisions` makes the decided values the ones the
 * analysis, the sheets and the document use. The user's cells are never changed.
 */
import { FrameworkIndex } from "../framework";
import type { Framework, ToolId } from "../framework/types";
import { ParsedScores, isDual } from "../parse/types";
import { cutTo } from "../text/scores";
import { computeIndicator, mean } from "./analyse";

export type FindingKind =
  "neighbour" | "lookalike" | "digit" | "transposed" | "decimal" | "copiedItems" | "otherYear" | "unexplained";

export type Confidence = "high" | "medium" | "low";

export type FindingSubject =
  | { kind: "indicator"; number: number }
  | { kind: "tool"; tool: ToolId }
  | { kind: "overall" }
  | { kind: "items"; indicator: number };

/** Why a value is suggested: each piece a fact the analyst can check. */
export type Evidence =
  /** The number as typed and as suggested: they differ by the finding's kind of slip. */
  | { kind: "typo"; typed: string; suggested: string }
  /** The indicator recomputed from its items; `exact`: agrees with the suggestion, else close to it. */
  | { kind: "items"; value: number; exact: boolean; verified: boolean }
  /** With the suggestion, the tool's reported total agrees. */
  | { kind: "tool"; tool: ToolId; reported: number }
  /** With every suggestion, the reported overall score agrees (it did not before). */
  | { kind: "overall"; reported: number }
  /** The indicator's items repeat another indicator's, in the same order. */
  | { kind: "copy"; of: number; codes: string[]; sourceCodes: string[] }
  /** The typed value is last year's score of the same indicator. */
  | { kind: "previous"; value: number }
  /** The level below gives this value (no slip of a single value explains the difference). */
  | { kind: "below"; value: number };

export interface Finding {
  /** Stable while the typed value stays: "indicator:3@81.27". A decision is kept under it. */
  id: string;
  subject: FindingSubject;
  kind: FindingKind;
  /** The cell of the value in question, and every cell of its evidence after it. */
  cells: string[];
  /** The value as the workbook gives it. */
  typed: number;
  /** The value to use if the analyst accepts; null: keep the typed value (copied items are left out instead). */
  suggested: number | null;
  confidence: Confidence;
  evidence: Evidence[];
}

/** What the analyst decided about a finding: use the suggestion, or keep what was typed. Undecided: none. */
export type Decision = "accept" | "keep";

/** Keys on the keyboard's number row and number pad that lie next to each other. */
const NEIGHBOURS = (() => {
  const pairs = new Set<string>();
  const add = (a: string, b: string) => (pairs.add(a + b), pairs.add(b + a));
  const row = "1234567890";
  for (let i = 1; i < row.length; i++) add(row[i - 1], row[i]);
  const pad = ["789", "456", "123", "0"];
  pad.forEach((line, r) =>
    [...line].forEach((k, c) => {
      if (c > 0) add(line[c - 1], k);
      const below = pad[r + 1]?.[c];
      if (below) add(k, below);
    }),
  );
  return pairs;
})();

/** Thai digits that look alike, in print and to OCR: ๓/๘, ๔/๕, ๖/๙. */
const LOOKALIKE = new Set(["38", "83", "45", "54", "69", "96"]);

/** A single slip that turns `typed` into another number: what it gives, and what kind of slip it is. */
interface Variant {
  value: number;
  text: string;
  kind: FindingKind;
}

const asText = (v: number) => cutTo(v, 2).toFixed(2);

/**
 * Every number one slip away from the one typed (as two decimals): one digit changed, two neighbouring
 * digits swapped, the decimal point shifted one place. Scores stay within 0–100.
 */
export function variants(typed: number, typedAsText: boolean): Variant[] {
  const text = asText(typed);
  const out: Variant[] = [];
  const push = (t: string, kind: FindingKind) => {
    const value = Number(t);
    if (t !== text && value >= 0 && value <= 100 && !/^0\d/.test(t)) out.push({ value, text: asText(value), kind });
  };
  [...text].forEach((ch, i) => {
    if (!/\d/.test(ch)) return;
    for (const d of "0123456789") {
      if (d === ch) continue;
      const pair = ch + d;
      const kind = typedAsText && LOOKALIKE.has(pair) ? "lookalike" : NEIGHBOURS.has(pair) ? "neighbour" : "digit";
      push(text.slice(0, i) + d + text.slice(i + 1), kind);
    }
    const next = text[i + 1];
    if (next && /\d/.test(next) && next !== ch) push(text.slice(0, i) + next + ch + text.slice(i + 2), "transposed");
  });
  for (const v of [typed * 10, typed / 10]) if (v <= 100) push(asText(v), "decimal");
  return out;
}

/** How much a finding's evidence weighs: an exact agreement with another level counts most. */
function weight(evidence: Evidence[]): number {
  return evidence.reduce((n, e) => {
    if (e.kind === "items") return n + (e.exact ? (e.verified ? 2 : 1) : 1);
    if (e.kind === "tool" || e.kind === "overall" || e.kind === "copy") return n + 2;
    if (e.kind === "previous") return n + 1;
    return n;
  }, 0);
}

const confidenceOf = (evidence: Evidence[]): Confidence => {
  const w = weight(evidence);
  return w >= 3 ? "high" : w === 2 ? "medium" : "low";
};

/** An item block's scores in order: EIT's Public and Survey both. */
const scoresOf = (parsed: ParsedScores, codes: string[]) =>
  codes.flatMap((c) => {
    const s = parsed.items.get(c)!.scores;
    return isDual(s) ? [s.public, s.survey] : [s.value];
  });

/** What the reconciliation works on: the values as the workbook gives them, with suggestions applied as they are made. */
class Levels {
  readonly fx: FrameworkIndex;
  readonly tolerance: number;
  /** Indicators whose items were copied from another's: their items are not used. */
  readonly copied = new Set<number>();
  /** Suggested values taken so far, by indicator number. */
  readonly fixed = new Map<number, number>();

  constructor(
    readonly parsed: ParsedScores,
    readonly framework: Framework,
  ) {
    this.fx = new FrameworkIndex(framework);
    this.tolerance = 2 * 10 ** -framework.decimals + 1e-9;
  }

  agrees(a: number, b: number): boolean {
    return Math.abs(a - b) <= this.tolerance;
  }

  /** The indicator from its items (null when they are missing or copied). */
  computed(n: number): number | null {
    if (this.copied.has(n)) return null;
    return computeIndicator(this.fx.indicator.get(n)!, this.fx, this.parsed.items).value;
  }

  reported(n: number): number | null {
    return this.parsed.indicators.get(n)?.value ?? null;
  }

  /** The indicator's value now: a suggestion taken, else as reported, else from its items. */
  value(n: number): number | null {
    return this.fixed.get(n) ?? this.reported(n) ?? this.computed(n);
  }

  /** The mean of a tool's indicators, with indicator `n` at `x`; null when one has no value. */
  toolMean(tool: ToolId, n?: number, x?: number): number | null {
    const vals = this.fx.indicatorsOf.get(tool)!.map((d) => (d.number === n ? x! : this.value(d.number)));
    return vals.every((v) => v !== null) ? mean(vals) : null;
  }

  toolValue(tool: ToolId): number | null {
    return this.parsed.tools.get(tool)?.value ?? this.toolMean(tool);
  }

  overallComputed(): number | null {
    const vals = this.framework.tools.map((t) => this.toolValue(t.id));
    return vals.every((v) => v !== null) ? this.framework.tools.reduce((s, t, i) => s + t.weight * vals[i], 0) : null;
  }

  /** Was the cell of this value text (a number typed or pasted as text, as Thai digits are)? */
  typedAsText(cell: string | undefined): boolean {
    return this.parsed.scoreCells.some((c) => c.ref === cell && !c.numeric);
  }

  itemCells(n: number): string[] {
    return this.fx.itemsOf.get(n)!.flatMap((it) => this.parsed.items.get(it.code)?.cells.slice(0, 1) ?? []);
  }
}

/** Blocks of items that repeat another indicator's: at least two scores, two in three the same, in the same order. */
function copiedBlocks(lv: Levels): Array<{ indicator: number; of: number; codes: string[]; sourceCodes: string[] }> {
  const blocks = lv.framework.indicators.flatMap((d) => {
    const codes = lv.fx.itemsOf.get(d.number)!.map((it) => it.code);
    return codes.length >= 2 && codes.every((c) => lv.parsed.items.has(c))
      ? [{ n: d.number, codes, scores: scoresOf(lv.parsed, codes) }]
      : [];
  });
  const disagrees = (n: number) => {
    const r = lv.reported(n);
    const c = lv.computed(n);
    return r !== null && c !== null && !lv.agrees(r, c);
  };
  const out: Array<{ indicator: number; of: number; codes: string[]; sourceCodes: string[] }> = [];
  for (const a of blocks)
    for (const b of blocks) {
      if (a === b || a.scores.length !== b.scores.length || !disagrees(a.n) || disagrees(b.n)) continue;
      const same = a.scores.filter((x, i) => x !== null && x === b.scores[i]).length;
      if (same >= 2 && same * 3 >= a.scores.length * 2) {
        out.push({ indicator: a.n, of: b.n, codes: a.codes, sourceCodes: b.codes });
        break;
      }
    }
  return out;
}

/** A candidate correction of one indicator, with its evidence. */
interface Candidate {
  n: number;
  variant: Variant;
  evidence: Evidence[];
}

/** The indicators' single-slip corrections, best first, each taken before the next is looked for. */
function indicatorCandidates(lv: Levels): Candidate[] {
  const out: Candidate[] = [];
  for (const def of lv.framework.indicators) {
    const n = def.number;
    const typed = lv.reported(n);
    if (typed === null || lv.fixed.has(n)) continue;
    const computed = lv.computed(n);
    const toolReported = lv.parsed.tools.get(def.tool)?.value ?? null;
    const toolAgrees = (x: number) => {
      const m = toolReported === null ? null : lv.toolMean(def.tool, n, x);
      return m !== null && lv.agrees(m, toolReported!);
    };
    const itemsDisagree = computed !== null && !lv.agrees(typed, computed);
    const toolDisagrees = toolReported !== null && lv.toolMean(def.tool) !== null && !toolAgrees(typed);
    // An indicator that agrees with its own items is not where its tool's disagreement lies.
    if (!itemsDisagree && !(toolDisagrees && computed === null)) continue;
    const cell = lv.parsed.indicators.get(n)!.cells[0];
    for (const variant of variants(typed, lv.typedAsText(cell))) {
      const evidence: Evidence[] = [{ kind: "typo", typed: asText(typed), suggested: variant.text }];
      if (computed !== null) {
        const exact = lv.agrees(variant.value, computed);
        if (exact || Math.abs(variant.value - computed) <= 1)
          evidence.push({ kind: "items", value: cutTo(computed, 2), exact, verified: def.methodVerified });
        else if (!toolAgrees(variant.value)) continue;
      }
      if (toolReported !== null && toolAgrees(variant.value))
        evidence.push({ kind: "tool", tool: def.tool, reported: toolReported });
      const items = evidence.find((e) => e.kind === "items");
      const tool = evidence.some((e) => e.kind === "tool");
      // Agreeing with the items exactly, or with the tool's total (and near the items, when there are any).
      if ((items?.kind === "items" && items.exact) || (tool && (computed === null || items)))
        out.push({ n, variant, evidence });
    }
  }
  return out.sort(
    (a, b) =>
      weight(b.evidence) - weight(a.evidence) ||
      Math.abs(a.variant.value - lv.reported(a.n)!) - Math.abs(b.variant.value - lv.reported(b.n)!),
  );
}

/**
 * The best candidate, unless another indicator's is as good: a tool's total that one slip in either
 * of two indicators would mend does not say which (the tool's own finding says what is known).
 */
function clearBest(candidates: Candidate[]): Candidate | undefined {
  const [best, ...rest] = candidates;
  if (!best) return undefined;
  const rival = rest.find((c) => c.n !== best.n && weight(c.evidence) === weight(best.evidence));
  return rival ? undefined : best;
}

function indicatorFinding(lv: Levels, c: Candidate): Finding {
  const reported = lv.parsed.indicators.get(c.n)!;
  return {
    id: `indicator:${c.n}@${asText(reported.value)}`,
    subject: { kind: "indicator", number: c.n },
    kind: c.variant.kind,
    cells: [
      ...reported.cells,
      ...lv.itemCells(c.n),
      ...(lv.parsed.tools.get(lv.fx.indicator.get(c.n)!.tool)?.cells ?? []),
    ],
    typed: reported.value,
    suggested: c.variant.value,
    confidence: "low",
    evidence: c.evidence,
  };
}

/** Indicators still at odds with their items after the single slips: last year's score, or no single explanation. */
function otherIndicatorFindings(lv: Levels): Finding[] {
  return lv.framework.indicators.flatMap((def): Finding[] => {
    const n = def.number;
    const typed = lv.reported(n);
    const computed = lv.computed(n);
    if (typed === null || computed === null || lv.fixed.has(n) || lv.agrees(typed, computed)) return [];
    const reported = lv.parsed.indicators.get(n)!;
    const previous = lv.parsed.previous.get(n)?.value ?? null;
    const lastYear = previous !== null && lv.agrees(previous, typed);
    const evidence: Evidence[] = [
      ...(lastYear ? [{ kind: "previous" as const, value: previous }] : []),
      { kind: "below", value: cutTo(computed, 2) },
    ];
    return [
      {
        id: `indicator:${n}@${asText(typed)}`,
        subject: { kind: "indicator", number: n },
        kind: lastYear ? "otherYear" : "unexplained",
        cells: [...reported.cells, ...lv.itemCells(n)],
        typed,
        suggested: cutTo(computed, 2),
        confidence: "low",
        evidence,
      },
    ];
  });
}

function copyFinding(lv: Levels, b: ReturnType<typeof copiedBlocks>[number]): Finding {
  const reported = lv.parsed.indicators.get(b.indicator)!;
  const tool = lv.fx.indicator.get(b.indicator)!.tool;
  const toolReported = lv.parsed.tools.get(tool)?.value ?? null;
  const mean = lv.toolMean(tool);
  const evidence: Evidence[] = [{ kind: "copy", of: b.of, codes: b.codes, sourceCodes: b.sourceCodes }];
  if (toolReported !== null && mean !== null && lv.agrees(mean, toolReported))
    evidence.push({ kind: "tool", tool, reported: toolReported });
  const firstCell = (codes: string[]) => codes.map((c) => lv.parsed.items.get(c)!.cells[0]);
  return {
    id: `items:${b.indicator}@${scoresOf(lv.parsed, b.codes).join(",")}`,
    subject: { kind: "items", indicator: b.indicator },
    kind: "copiedItems",
    cells: [...firstCell(b.codes), ...reported.cells, ...firstCell(b.sourceCodes)],
    typed: reported.value,
    suggested: null,
    confidence: "low",
    evidence,
  };
}

/** A total (a tool's or the overall) against what the level below gives: a slip of its own, or no single explanation. */
function totalFinding(
  lv: Levels,
  subject: { kind: "tool"; tool: ToolId } | { kind: "overall" },
  reported: { value: number; cells: string[] },
  below: number,
): Finding {
  const match = variants(reported.value, lv.typedAsText(reported.cells[0])).find((v) => lv.agrees(v.value, below));
  const id = `${subject.kind === "tool" ? `tool:${subject.tool}` : "overall"}@${asText(reported.value)}`;
  return {
    id,
    subject,
    kind: match ? match.kind : "unexplained",
    cells: reported.cells,
    typed: reported.value,
    suggested: match ? match.value : cutTo(below, 2),
    confidence: "low",
    evidence: [
      ...(match ? [{ kind: "typo" as const, typed: asText(reported.value), suggested: match.text }] : []),
      { kind: "below", value: cutTo(below, 2) },
    ],
  };
}

/**
 * Every disagreement between the levels, each with its likely cause. Single slips are taken best
 * first — the one whose evidence weighs most — and each taken slip counts when the next is looked
 * for; then copied item blocks, the indicators left, the tools and the overall. Last, when every
 * suggestion together makes a disagreeing overall agree, that is evidence for each of them.
 */
export function reconcile(parsed: ParsedScores, framework: Framework): Finding[] {
  const lv = new Levels(parsed, framework);
  const overallBefore = lv.overallComputed();
  const blocks = copiedBlocks(lv);
  for (const b of blocks) lv.copied.add(b.indicator);
  const findings: Finding[] = [];
  for (let c = clearBest(indicatorCandidates(lv)); c; c = clearBest(indicatorCandidates(lv))) {
    lv.fixed.set(c.n, c.variant.value);
    findings.push(indicatorFinding(lv, c));
  }
  findings.push(...blocks.map((b) => copyFinding(lv, b)), ...otherIndicatorFindings(lv));
  for (const f of findings)
    if (f.subject.kind === "indicator" && f.suggested !== null) lv.fixed.set(f.subject.number, f.suggested);
  for (const t of framework.tools) {
    const reported = parsed.tools.get(t.id);
    const m = lv.toolMean(t.id);
    if (reported && m !== null && !lv.agrees(reported.value, m))
      findings.push(totalFinding(lv, { kind: "tool", tool: t.id }, reported, m));
  }
  const overall = parsed.overall;
  const after = lv.overallComputed();
  const agreedBefore = overall && overallBefore !== null && lv.agrees(overall.value, overallBefore);
  if (overall && after !== null && !lv.agrees(overall.value, after))
    findings.push(totalFinding(lv, { kind: "overall" }, overall, after));
  else if (overall && after !== null && !agreedBefore && findings.length)
    for (const f of findings)
      if (f.subject.kind !== "overall" && feedsOverall(lv, f))
        f.evidence.push({ kind: "overall", reported: overall.value });
  for (const f of findings) f.confidence = confidenceOf(f.evidence);
  return findings;
}

/** Does the finding's value reach the overall score (its tool's total is computed, not given)? */
function feedsOverall(lv: Levels, f: Finding): boolean {
  if (f.subject.kind === "tool") return true;
  const n = f.subject.kind === "indicator" ? f.subject.number : f.subject.kind === "items" ? f.subject.indicator : null;
  return n !== null && !lv.parsed.tools.has(lv.fx.indicator.get(n)!.tool);
}

/**
 * The scores as decided: each accepted suggestion in place of the value typed (the cell still
 * points at the user's own cell), the items of an accepted copied block left out. Kept and
 * undecided findings change nothing.
 */
export function applyDecisions(
  parsed: ParsedScores,
  findings: Finding[],
  decided: (f: Finding) => Decision | null,
): ParsedScores {
  const out: ParsedScores = {
    ...parsed,
    items: new Map(parsed.items),
    indicators: new Map(parsed.indicators),
    tools: new Map(parsed.tools),
    scoreCells: [...parsed.scoreCells],
  };
  for (const f of findings) {
    if (decided(f) !== "accept") continue;
    const s = f.subject;
    if (s.kind === "items") {
      const codes = new Set(
        (f.evidence.find((e) => e.kind === "copy") as { codes: string[] } | undefined)?.codes ?? [],
      );
      for (const c of codes) out.items.delete(c);
      out.scoreCells = out.scoreCells.filter((c) => !(c.subject.kind === "item" && codes.has(c.subject.code)));
      continue;
    }
    if (f.suggested === null) continue;
    const value = f.suggested;
    if (s.kind === "indicator") out.indicators.set(s.number, { ...out.indicators.get(s.number)!, value });
    else if (s.kind === "tool") out.tools.set(s.tool, { ...out.tools.get(s.tool)!, value });
    else out.overall = { ...out.overall!, value };
    const subjectOf = (c: (typeof out.scoreCells)[number]) =>
      s.kind === "indicator"
        ? c.subject.kind === "indicator" && c.subject.number === s.number
        : s.kind === "tool"
          ? c.subject.kind === "tool" && c.subject.tool === s.tool
          : c.subject.kind === "overall";
    out.scoreCells = out.scoreCells.map((c) => (subjectOf(c) ? { ...c, value } : c));
  }
  return out;
}

/** A finding with what the analyst decided (null: not yet). */
export interface ReviewItem extends Finding {
  decision: Decision | null;
}

/** Where decisions come from, first first: given now (the pane, the command line), the review sheet, accepting every sure one. */
export interface DecisionSources {
  /** "open" undoes a decision recorded on the review sheet. */
  given?: Readonly<Record<string, Decision | "open">>;
  sheet?: ReadonlyMap<string, Decision>;
  /** Accept every suggestion of high confidence not decided otherwise (`--accept-suggestions`). */
  acceptHigh?: boolean;
}

export function decide(findings: Finding[], from: DecisionSources): ReviewItem[] {
  const decision = (f: Finding): Decision | null => {
    const given = from.given?.[f.id];
    if (given !== undefined) return given === "open" ? null : given;
    return from.sheet?.get(f.id) ?? (from.acceptHigh && f.confidence === "high" ? "accept" : null);
  };
  return findings.map((f) => ({ ...f, decision: decision(f) }));
}
