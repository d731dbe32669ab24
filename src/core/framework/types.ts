/**
 * The shape of one ITA framework once loaded: everything a year (or a track) of the assessment
 * defines. Each built-in year is data in `./data/` (a year file on a shared base), checked by
 * `schema.ts` when it loads; a year the tool does not know is built from the workbook's own
 * tables (`fromWorkbook.ts`). No code names a year, an item code or a weight.
 */

/** A tool's id as the framework names it ("IIT", "EIT", "OIT"). */
export type ToolId = string;

/** Text in both languages. Thai is the primary language of every output. */
export interface Bilingual {
  th: string;
  en: string;
}

export interface ToolDef extends Bilingual {
  id: ToolId;
  /** Short name used in headings ("IIT"). */
  short: Bilingual;
  /** Weight of the tool in the overall score (0.3); reports may give the tool as points out of weight × 100. */
  weight: number;
  /** "perception": a survey, scored 0–100; "disclosure": a website audit (OIT), scored on `scale`. */
  kind: "perception" | "disclosure";
  /** "single": one score per item; "dual": two (EIT Public and EIT Survey). */
  scoring: "single" | "dual";
  /** Letter of its item codes ("i" for i1–i15). */
  codePrefix: string;
  /** The only scores an item can get (OIT: 0, 50, 100); absent for 0–100. */
  scale?: number[];
  /** Item scores that mean the information is missing or incomplete (OIT: 0 and 50). */
  gapValues: number[];
  /** Words that name the tool in a pasted table (any case; its id first). */
  aliases: string[];
  /** Who answers a survey tool ("บุคลากรภายใน"), for the observation of an issue. */
  respondents?: Bilingual;
}

/**
 * How an indicator's score follows from its items.
 * - "mean": plain mean of the item scores;
 * - "dual-mean": mean(mean of Public scores, mean of Survey scores);
 * - "sub-indicators": mean of sub-indicators, each the plain mean of its items.
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
  /** The issues an item of this indicator belongs to when nothing else places it. */
  defaultIssues: number[];
}

/**
 * Where an item of the framework came from:
 * - "published": the year's published list;
 * - "inferred": assumed from another year (2568's IIT items are 2567's, say);
 * - "workbook": read from the workbook's own tables (a year the tool does not know);
 * - "analyst": added or changed by the analyst in the framework sheet.
 */
export type ItemOrigin = "published" | "inferred" | "workbook" | "analyst";

export interface ItemDef extends Bilingual {
  /** "i1", "e4", "o16" — always lower case. */
  code: string;
  indicator: number;
  /** False when the wording was not in a published source and was reconstructed. */
  textVerified: boolean;
  origin: ItemOrigin;
  /** The issues of the analysis this item belongs to (from its subjects unless the data says). */
  issues: number[];
  /** What the item is about ("procurement", "e-service"): `subjects.json`. */
  subjects: string[];
  /**
   * What a low score says the respondents think, in the analysis' observation ("เห็นว่า
   * การปฏิบัติงาน… ยังไม่เป็นไปตามขั้นตอน…"); absent for website items and items read from a workbook.
   */
  observation?: Bilingual;
}

/**
 * A recommendation or measure is chosen when any item it selects is low (empty: always, when
 * its issue needs action). A selector is an item code ("e9"), a subject ("#procurement"), or a
 * tool's kind ("#disclosure": every website item of the issue).
 */
export interface Trigger {
  whenLow: string[];
}

export interface RecommendationDef extends Trigger, Bilingual {}

export type Period = "year" | "firstHalf";

export interface MeasureDef extends Trigger {
  title: Bilingual;
  /** Steps; "{items}" in a step stands for the low items the measure's selectors chose. */
  steps: Bilingual[];
  period: Period;
  /** Role ids from `roles`; the plan writes the unit the analyst assigned to each role. */
  owners: string[];
}

export interface IssueDef extends Bilingual {
  number: number;
  /** Item codes of the issue, in framework order (from each item's `issues`). */
  items: string[];
  /** "… ซึ่งสะท้อนผ่าน …" — what the issue analyses, without the tool list. */
  subject: Bilingual;
  recommendations: RecommendationDef[];
  measures: MeasureDef[];
}

export interface BandDef extends Bilingual {
  /** Lowest overall score (inclusive) that earns this band. */
  min: number;
  /** Every tool must score at least this much as well. */
  toolMin?: number;
  /** True when the band meets the target. */
  passed: boolean;
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

export interface SubjectRule {
  id: string;
  issues: number[];
  /** Compact lower-case words (no spaces) that name the subject in an item's wording. */
  words: string[];
}

export interface Framework {
  /** "ita-2569", "workbook-2570" */
  id: string;
  /** Assessment year (Buddhist Era), or null when nothing tells it. */
  year: number | null;
  label: Bilingual;
  /** Built into the tool, loaded from a file (`--framework`), or read from the workbook's own tables. */
  source: "built-in" | "file" | "workbook";
  /** Target score; an item or indicator below it is low. */
  threshold: number;
  /** Published scores are rounded to this many decimals. */
  decimals: number;
  tools: ToolDef[];
  indicators: IndicatorDef[];
  items: ItemDef[];
  issues: IssueDef[];
  bands: BandDef[];
  roles: RoleDef[];
  /** The role that leads the follow-up (Part 4). */
  monitoringRole: string;
  subjects: SubjectRule[];
  /** Where the data came from and what is not verified. */
  notes: string[];
}
