/**
 * A declarative description of the measures document (the one the head of agency signs and
 * publishes): what it says, in order, and how each block looks. The core produces it; the docx
 * adapter (`src/adapters/docx/`) writes it with the `docx` library. Nothing here knows that library.
 *
 * Text is final: digits are already Thai or Arabic as chosen, and the language is the document's.
 */

/** A piece of text with its emphasis. */
export interface DocRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A comment on this text (a number under review, say), shown in Word's margin. */
  comment?: string;
}

export type DocAlign = "left" | "center" | "right" | "justify";

export interface DocParagraph {
  kind: "paragraph";
  runs: DocRun[];
  align?: DocAlign;
  /** Left indent in points. */
  indent?: number;
  /** Indent of the first line only, in points (Thai documents indent a paragraph's first line). */
  firstLine?: number;
  /** Keep with the next block on the same page (a heading with its paragraph, a caption with its table). */
  keepNext?: boolean;
  /** Space after the paragraph, in points (default 6). */
  spaceAfter?: number;
  /** Text size in points, when not the body's (the title block). */
  size?: number;
}

export interface DocHeading {
  kind: "heading";
  /** 1: a part ("ส่วนที่ 1 …"); 2: an issue ("ประเด็นที่ (1) …"); 3: a subheading ("ผลการประเมินรายเครื่องมือ"). */
  level: 1 | 2 | 3;
  text: string;
  align?: DocAlign;
}

export interface DocCell {
  runs: DocRun[];
  align?: DocAlign;
  /** Background, "#RRGGBB" (a low score's light red). */
  shade?: string;
  /** Columns this cell spans. */
  span?: number;
}

export interface DocTable {
  kind: "table";
  /** Relative widths of the columns (they are scaled to the text width). */
  widths: number[];
  /** The header row: repeated at the top of every page the table runs onto. */
  header: DocCell[];
  rows: DocCell[][];
  /** The text size in points, when smaller than the body's (a wide table on a landscape page). */
  size?: number;
  /** Rows (by index into `rows`) that head the rows below them: kept on the page of the next row. */
  headingRows?: number[];
}

/** A column chart of the indicator scores with the target as a line, drawn natively in the document. */
export interface DocChart {
  kind: "chart";
  title: string;
  categories: string[];
  /** The scores, one per category (null: no score). */
  values: Array<number | null>;
  /** Categories whose score is below the target, drawn in the warning colour. */
  low: boolean[];
  seriesName: string;
  targetName: string;
  target: number;
  /** Describes the chart for screen readers. */
  altText: string;
  /** The value axis: from 0 to `axisMax`, a gridline every `axisStep`. */
  axisMax: number;
  axisStep: number;
  /** The data labels' and the value axis' number formats (Excel's syntax; a locale prefix for Thai digits). */
  numberFormat: string;
  axisNumberFormat: string;
  /** Size on the page, in points. */
  width: number;
  height: number;
}

export interface DocPageBreak {
  kind: "pageBreak";
}

/** A new section from here on, starting on a new page: a wide table is set on landscape pages. */
export interface DocSection {
  kind: "section";
  orientation: "portrait" | "landscape";
}

export type DocBlock = DocParagraph | DocHeading | DocTable | DocChart | DocPageBreak | DocSection;

export interface DocumentPlan {
  /** "th" or "en": the document's language (for the text's language tag). */
  lang: "th" | "en";
  /** Document properties. */
  title: string;
  /** The agency, as the document's author. */
  author: string;
  font: string;
  /** Body text size in points (16 for TH Sarabun New). */
  size: number;
  page: {
    size: "A4";
    /** The first section's orientation; a `section` block changes it from there on. */
    orientation: "portrait" | "landscape";
    /** Margins in points. */
    margins: { top: number; right: number; bottom: number; left: number };
  };
  /** Who the document's comments are from. */
  commentAuthor: string;
  /** Page numbers in the footer, written with Thai or Arabic digits: "- ๒ -". */
  pageNumbers: { digits: "thai" | "arabic" };
  blocks: DocBlock[];
}
