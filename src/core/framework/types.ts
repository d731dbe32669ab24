/**
 * The shape of one ITA year's framework. Each year is a JSON file in `./data/`;
 * nothing about a particular year lives in code.
 */

export type ToolId = "IIT" | "EIT" | "OIT";

/** Text in both languages. Thai is the primary language of every output. */
export interface Bilingual {
  th: string;
  en: string;
}

export interface ToolDef extends Bilingual {
  id: ToolId;
  /** Short Thai name used in headings ("แบบวัด IIT"). */
  short: Bilingual;
  /** Weight of the tool in the overall score (0.3, 0.3, 0.4). */
  weight: number;
  /**
   * How one item of this tool is scored:
   * - "single": one score 0–100 (IIT), or 0/50/100 (OIT);
   * - "dual": two scores, EIT Public and EIT Survey.
   */
  scoring: "single" | "dual";
  /** Extra words that name the tool in a pasted table (Thai and English, any case). */
  aliases: string[];
}

/**
 * How an indicator's score follows from its items.
 * - "mean": plain mean of the item scores (IIT);
 * - "dual-mean": mean(mean of Public scores, mean of Survey scores) (EIT);
 * - "sub-indicators": mean of sub-indicators, each the plain mean of its items (OIT).
 */
export type IndicatorMethod = "mean" | "dual-mean" | "sub-indicators";

export interface SubIndicatorDef extends Bilingual {
  /** "9.1" */
  id: string;
  items: string[];
}

export interface IndicatorDef extends Bilingual {
  number: number;
  tool: ToolId;
  /** Other names the same indicator carries in some years or documents. */
  aliases: string[];
  method: IndicatorMethod;
  /** Only for method "sub-indicators". */
  subIndicators?: SubIndicatorDef[];
  /** False when the computation method for this year was inferred, not published. */
  methodVerified: boolean;
}

export interface ItemDef extends Bilingual {
  /** "i1", "e4", "o16" — always lower case. */
  code: string;
  indicator: number;
  /** False when the wording was not in the source document and was reconstructed. */
  textVerified: boolean;
}

/** A recommendation or measure is chosen when any of these items is low (empty: always). */
export interface Trigger {
  whenLow: string[];
}

export interface RecommendationDef extends Trigger {
  th: string;
  en: string;
}

export type Period = "year" | "firstHalf";

export interface MeasureDef extends Trigger {
  title: Bilingual;
  steps: Bilingual[];
  period: Period;
  /** Role ids from `roles`; the plan writes the unit the analyst assigned to each role. */
  owners: string[];
}

export interface IssueDef extends Bilingual {
  number: number;
  /** Item codes related to the issue, in the order the analysis lists them. */
  items: string[];
  /** "… ซึ่งสะท้อนผ่าน …" — what the issue analyses, without the tool list. */
  subject: Bilingual;
  recommendations: RecommendationDef[];
  measures: MeasureDef[];
}

export interface ResultBand extends Bilingual {
  /** Lowest overall score (inclusive) that earns this band. */
  min: number;
  verified: boolean;
}

export interface RoleDef {
  id: string;
  /** What the role is called ("หน่วยงานด้านแผนและงบประมาณ"). */
  name: Bilingual;
  /** Placeholder written in the units sheet until the analyst types the agency's own unit. */
  placeholder: Bilingual;
  /** What the role does, shown beside the placeholder. */
  description: Bilingual;
}

export interface Framework {
  /** "ita-2567" */
  id: string;
  /** Assessment year, Buddhist Era. */
  year: number;
  /** Target score; an item or indicator below it is low. */
  threshold: number;
  /** Published scores are rounded to this many decimals. */
  decimals: number;
  tools: ToolDef[];
  indicators: IndicatorDef[];
  items: ItemDef[];
  issues: IssueDef[];
  bands: ResultBand[];
  roles: RoleDef[];
  /** Where the data came from and what is not verified. */
  notes: string[];
}
