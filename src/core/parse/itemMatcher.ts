import { ScopedMemo } from "../text/memo";
import { Framework, ItemDef } from "../framework/types";
import { BigramIndex, editSimilarity } from "../text/similarity";
import { compactText, withoutYear } from "../text/thai";
import { CodeSyntax, readItemCode } from "./itemCodes";
import { vocabularyOf } from "./vocabulary";

/** The clues a row gives about which item it is; no single one is reliable. */
export interface ItemEvidence {
  /** The question's wording, as pasted. */
  text: string | null;
  /** The item code cell, as pasted. */
  code: string | null;
  /** The indicator of the heading above the row. */
  heading: number | null;
  /** True when the row has two scores (EIT Public and Survey), false for one, null unknown. */
  dual: boolean | null;
}

export type ItemMatch =
  | { kind: "item"; item: ItemDef; confidence: number }
  /** A clean code that this framework does not have (i23 in 2567): another year's table. */
  | { kind: "foreign"; code: string }
  | { kind: "ambiguous"; candidates: ItemDef[] }
  | { kind: "none" };

const W_TEXT = 4;
const W_CODE = 2;
const W_HEADING = 1.2;
const W_DUAL = 0.5;

export class ItemMatcher {
  private readonly items: ItemDef[];
  private readonly index: BigramIndex;
  private readonly byCode = new Map<string, number>();
  private readonly dualTool: boolean[];
  private readonly codes: CodeSyntax;
  /** Answers already given: a sheet of records asks about the same wording again and again. */
  private readonly answered = new ScopedMemo<string, string | null, ItemMatch>();

  constructor(framework: Framework) {
    this.items = framework.items;
    this.codes = vocabularyOf(framework).codes;
    // Wording in either language: entry 2i is item i in Thai, 2i+1 in English.
    this.index = new BigramIndex(this.items.flatMap((i) => [i.th, i.en]));
    this.items.forEach((it, i) => this.byCode.set(it.code, i));
    const toolOf = new Map(framework.indicators.map((d) => [d.number, d.tool]));
    const dualTools = new Set(framework.tools.filter((t) => t.scoring === "dual").map((t) => t.id));
    this.dualTool = this.items.map((it) => dualTools.has(toolOf.get(it.indicator)!));
  }

  match(evidence: ItemEvidence): ItemMatch {
    // Scoped by the short clues; keyed by the wording itself (the cell's own string).
    const scope = `${evidence.code}\u0000${evidence.heading}\u0000${evidence.dual}`;
    return this.answered.get(scope, evidence.text, () => this.weigh(evidence));
  }

  private weigh(evidence: ItemEvidence): ItemMatch {
    // Titles carry the fiscal year ("… ประจำปีงบประมาณ พ.ศ. 2569"): wording is compared without it.
    const ev = evidence.text === null ? evidence : { ...evidence, text: withoutYear(evidence.text) };
    const n = this.items.length;
    // A framework with no items (a year read from a workbook that gives indicator scores only).
    if (n === 0) return { kind: "none" };
    const hasText = ev.text !== null && compactText(ev.text).length >= 2;
    const text = new Array<number>(n).fill(0);
    if (hasText) {
      const both = this.index.scores(ev.text!);
      for (let i = 0; i < n; i++) text[i] = Math.max(both[2 * i], both[2 * i + 1]);
    }
    const readings = ev.code ? readItemCode(ev.code, this.codes) : [];
    const code = new Array<number>(n).fill(0);
    let explicitForeign: string | null = null;
    for (const r of readings) {
      if (r.prefix) {
        const i = this.byCode.get(`${r.prefix}${r.number}`);
        if (i !== undefined) code[i] = Math.max(code[i], r.confidence);
        else if (r.confidence === 1) explicitForeign = `${r.prefix}${r.number}`;
      } else {
        for (const p of this.codes.prefixes) {
          const i = this.byCode.get(`${p}${r.number}`);
          if (i !== undefined) code[i] = Math.max(code[i], r.confidence);
        }
      }
    }

    let best = -1;
    let second = -1;
    const total = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const it = this.items[i];
      const h = ev.heading === null ? 0 : it.indicator === ev.heading ? 1 : -0.5;
      const d = ev.dual === null ? 0 : ev.dual === this.dualTool[i] ? 1 : -1;
      total[i] = W_TEXT * text[i] + W_CODE * code[i] + W_HEADING * h + W_DUAL * d;
      if (best < 0 || total[i] > total[best]) {
        second = best;
        best = i;
      } else if (second < 0 || total[i] > total[second]) second = i;
    }

    const t = text[best];
    const c = code[best];
    const headingAgrees = ev.heading !== null && this.items[best].indicator === ev.heading;
    const maxCode = Math.max(0, ...code);

    // A clean code this year does not have, and wording that fits no item of this year.
    if (explicitForeign && maxCode === 0 && t < 0.75) return { kind: "foreign", code: explicitForeign };
    // A clean code of this year but the wording of another question: another year's table.
    if (
      readings.some((r) => r.confidence === 1) &&
      hasText &&
      c === 1 &&
      t < 0.3 &&
      compactText(ev.text!).length >= 12
    ) {
      return { kind: "foreign", code: this.items[best].code };
    }

    // Wording too short to judge ("Q&A" read as "QมA") neither confirms nor vetoes.
    const wordingWeak = !hasText || compactText(ev.text!).length < 8;
    const accepted =
      t >= 0.75 ||
      (t >= 0.45 && (c >= 0.5 || headingAgrees)) ||
      (c >= 0.8 && (wordingWeak || t >= 0.3 || headingAgrees)) ||
      (c >= 0.5 && headingAgrees && (wordingWeak || t >= 0.3));
    if (!accepted) return { kind: "none" };
    // Exact wording settles it, unless a clean code names another item: one question's wording
    // can contain another's ("Measures to …" inside "Report on the measures to …").
    const exact = text.filter((x) => x === 1).length === 1 && t === 1;
    const codeElsewhere = code.some((x, i) => x === 1 && i !== best);
    if (exact && !codeElsewhere) return { kind: "item", item: this.items[best], confidence: 1 };
    if (second >= 0 && total[best] - total[second] < 0.4) {
      // Two strong wordings close together: let the edit distance decide, if it clearly can.
      if (hasText && t >= 0.6 && text[second] >= 0.6) {
        const edit = (i: number) =>
          Math.max(editSimilarity(ev.text!, this.items[i].th), editSimilarity(ev.text!, this.items[i].en));
        const [eb, es] = [edit(best), edit(second)];
        if (Math.abs(eb - es) >= 0.08) {
          const winner = eb > es ? best : second;
          return { kind: "item", item: this.items[winner], confidence: Math.max(eb, es) };
        }
      }
      return { kind: "ambiguous", candidates: [this.items[best], this.items[second]] };
    }
    return {
      kind: "item",
      item: this.items[best],
      confidence: Math.min(1, total[best] / (W_TEXT + W_CODE + W_HEADING)),
    };
  }
}

const matchers = new WeakMap<Framework, ItemMatcher>();

/**
 * The matcher of a framework, made once: its index of the wording and its answers serve every
 * workbook read against that framework (every Analyze, every agency of a batch).
 */
export function itemMatcherOf(framework: Framework): ItemMatcher {
  let m = matchers.get(framework);
  if (!m) matchers.set(framework, (m = new ItemMatcher(framework)));
  return m;
}
