import { Memo } from "../text/memo";
import { Framework, ToolDef, ToolId } from "../framework/types";
import { compactText, normalizeText } from "../text/thai";
import { CodeSyntax } from "./itemCodes";
import { IndicatorNames } from "./labels";

/**
 * The words a framework is written in, as the reader looks for them in pasted tables: indicator
 * names, tool names, item code letters, and how a tool's points are labelled. Built once per
 * framework from its data.
 */
export class Vocabulary {
  readonly indicators: IndicatorNames;
  readonly codes: CodeSyntax;
  /** Tool names of letters only ("iit"), matched as whole words. */
  private readonly toolWords: Array<{ word: RegExp; tool: ToolId }>;
  /** Longer names ("ผู้มีส่วนได้ส่วนเสียภายใน"), matched anywhere in the compacted text. */
  private readonly toolPhrases: Array<{ phrase: string; tool: ToolId }>;

  constructor(readonly framework: Framework) {
    this.indicators = new IndicatorNames(framework);
    const words = new Map<string, string>();
    this.toolWords = [];
    this.toolPhrases = [];
    for (const t of framework.tools) {
      for (const a of [t.id, t.short.th, t.short.en, ...t.aliases]) {
        const n = normalizeText(a);
        if (/^[a-z]+$/.test(n)) {
          words.set(n, t.codePrefix);
          this.toolWords.push({ word: new RegExp(`(?:^|[^a-z])${n}(?:[^a-z]|$)`), tool: t.id });
        } else this.toolPhrases.push({ phrase: compactText(a), tool: t.id });
      }
      this.toolPhrases.push({ phrase: compactText(t.th), tool: t.id });
    }
    this.codes = { prefixes: framework.tools.map((t) => t.codePrefix), words };
  }

  /** Answers already given, by text: the reader asks about every text cell of every row. */
  private readonly tools = new Memo<string, ToolId | null>();

  /** Which tool a label names ("ผลรวมคะแนน IIT", "แบบวัด…ภายนอก (EIT)"), if any. */
  tool(text: string): ToolId | null {
    return this.tools.get(text, (t) => this.findTool(t));
  }

  /**
   * A label that names two tools or more names none of them: "คะแนนรวม ITA (IIT 30% + EIT 30% +
   * OIT 40%)" is the overall score, not IIT's.
   */
  private findTool(text: string): ToolId | null {
    const t = normalizeText(text);
    if (t.length === 0 || t.length > 200) return null;
    const named = new Set<ToolId>();
    for (const w of this.toolWords) if (w.word.test(t)) named.add(w.tool);
    const c = compactText(t);
    for (const p of this.toolPhrases) if (c.includes(p.phrase)) named.add(p.tool);
    return named.size === 1 ? [...named][0] : null;
  }

  /**
   * Does the label give the tool as weighted points, naming its weight: "คะแนน IIT (30%)",
   * "(30 คะแนน)", "/30", "30 คะแนน", "เต็ม 30", "IIT (30)", or "ถ่วงน้ำหนัก"? (A value above the
   * weight is a percent all the same: the caller checks the range.)
   */
  pointsLabel(text: string, tool: ToolDef): boolean {
    const w = String.raw`${Math.round(tool.weight * 100)}(?![\d.])`;
    const t = normalizeText(text);
    const labels = [
      String.raw`/\s*${w}`, // "/30"
      String.raw`เต็ม\s*${w}`, // "เต็ม 30"
      String.raw`\(\s*${w}\s*(%|คะแนน|points?|pts?)?\s*\)`, // "(30%)", "(30 คะแนน)", "(30)"
      String.raw`(^|[^\d.])${w}\s*(คะแนน|points?)`, // "30 คะแนน"
    ];
    return /ถ่วงน้ำหนัก|weighted/.test(t) || new RegExp(labels.join("|")).test(t);
  }
}

const cache = new WeakMap<Framework, Vocabulary>();

export function vocabularyOf(framework: Framework): Vocabulary {
  let v = cache.get(framework);
  if (!v) cache.set(framework, (v = new Vocabulary(framework)));
  return v;
}
