import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  NumberFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  type FileChild,
  type ICommentOptions,
  type ParagraphChild,
  type IBaseParagraphStyleOptions,
  type IBorderOptions,
  type IPropertiesOptions,
  type IRunStylePropertiesOptions,
  type ISectionPropertiesOptions,
} from "docx";
import { ChartRun } from "docx/charts";
import type {
  DocAlign,
  DocBlock,
  DocCell,
  DocChart,
  DocHeading,
  DocParagraph,
  DocRun,
  DocTable,
  DocumentPlan,
} from "../../core/render/document/model";
import compounds from "../../core/text/data/thai-compounds.json";
import { wrap } from "../../core/text/layout";

/** Word measures lengths in twentieths of a point. */
const twips = (points: number): number => Math.round(points * 20);
/** Word measures font sizes in half-points. */
const halfPoints = (points: number): number => Math.round(points * 2);
/** The chart's size is given in pixels at 96 per inch; the plan's in points, 72 per inch. */
const pixels = (points: number): number => Math.round((points * 96) / 72);

/** A4 in twips, as Word writes it (210 × 297 mm). */
const A4 = { width: 11906, height: 16838 };
const DEFAULT_SPACE_AFTER = 6;
/** A heading stands a little apart from the table or paragraph above it. */
const HEADING_SPACE_BEFORE = 9;
/** Word's "single" line spacing: 240 in 240ths of a line. */
const SINGLE_LINE = 240;
const BLACK = "000000";
const HEADER_FILL = "D9D9D9";
const LOW_COLOUR = "C00000";
const SCORE_COLOUR = "2F5597";
const TARGET_COLOUR = "FF0000";
/**
 * Thai fonts such as TH Sarabun New draw small for their point size (16 pt reads like 12 pt Latin),
 * so the chart's labels get a size that stays legible next to the body text.
 */
const CHART_TEXT_SIZE = 12;

/** Write the measures document as .docx bytes. Works in Node and in the browser. */
export async function writeDocument(plan: DocumentPlan): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(new Document(documentOptions(plan)));
  return new Uint8Array(buffer);
}

/** The comments of each document being written, numbered as they are met. */
const COMMENTS = new WeakMap<DocumentPlan, ICommentOptions[]>();

function comment(plan: DocumentPlan, text: string): number {
  const list = COMMENTS.get(plan)!;
  const id = list.length;
  list.push({
    id,
    author: plan.commentAuthor,
    children: [new Paragraph({ children: [new TextRun({ ...fontOf(plan, plan.size - 2), text })] })],
  });
  return id;
}

function documentOptions(plan: DocumentPlan): IPropertiesOptions {
  COMMENTS.set(plan, []);
  // The cover carries no page number: the first section's first page has a footer of its own, empty.
  const sections = sectionsOf(plan).map((section, i) => ({
    properties: { ...sectionProperties(plan, section.orientation), titlePage: i === 0 },
    footers: {
      default: pageNumberFooter(),
      ...(i === 0 ? { first: new Footer({ children: [new Paragraph({})] }) } : {}),
    },
    children: body(plan, section),
  }));
  return {
    title: plan.title,
    creator: plan.author,
    styles: {
      default: {
        document: { run: fontOf(plan, plan.size), paragraph: { spacing: spacing(DEFAULT_SPACE_AFTER) } },
        heading1: headingStyle(plan, plan.size + 2),
        heading2: headingStyle(plan, plan.size),
        heading3: headingStyle(plan, plan.size),
      },
    },
    // Each section carries its own footer and page-number format: Word would otherwise restart them.
    sections,
    comments: { children: COMMENTS.get(plan)! },
  };
}

type Orientation = DocumentPlan["page"]["orientation"];

interface Section {
  orientation: Orientation;
  blocks: DocBlock[];
}

/** The blocks split where a `section` block starts a new one. */
function sectionsOf(plan: DocumentPlan): Section[] {
  const sections: Section[] = [{ orientation: plan.page.orientation, blocks: [] }];
  for (const block of plan.blocks) {
    if (block.kind === "section") sections.push({ orientation: block.orientation, blocks: [] });
    else sections[sections.length - 1].blocks.push(block);
  }
  // A section block at the very start changes the first section rather than leaving an empty page.
  return sections.filter((s, i) => !(i === 0 && !s.blocks.length && sections.length > 1));
}

/**
 * The font on every script Word distinguishes: Thai is a complex script, so without `cs` and the
 * complex-script size Word would set Thai text in its own default font and size.
 */
function fontOf(plan: DocumentPlan, size: number): IRunStylePropertiesOptions {
  return {
    font: { ascii: plan.font, hAnsi: plan.font, eastAsia: plan.font, cs: plan.font },
    size: halfPoints(size),
    sizeComplexScript: halfPoints(size),
    // Latin text is English, Thai text (a complex script) Thai: a reader that took the Latin words
    // for Thai would break them anywhere ("Transp|arency").
    language: { value: "en-US", bidirectional: "th-TH" },
  };
}

/**
 * Bold and italic each have a complex-script twin, and Thai text only follows the twin. Plain text
 * sets neither, so it takes its style's look.
 */
function emphasis(bold?: boolean, italic?: boolean): IRunStylePropertiesOptions {
  return {
    ...(bold ? { bold: true, boldComplexScript: true } : {}),
    ...(italic ? { italics: true, italicsComplexScript: true } : {}),
  };
}

function spacing(after: number) {
  return { before: 0, after: twips(after), line: SINGLE_LINE, lineRule: LineRuleType.AUTO };
}

/**
 * Word's built-in heading styles use the theme's heading font, a larger size and a blue colour;
 * the measures document prints its headings like the body, only bold.
 */
function headingStyle(plan: DocumentPlan, size: number): IBaseParagraphStyleOptions {
  return {
    run: { ...fontOf(plan, size), ...emphasis(true), color: BLACK },
    paragraph: { keepNext: true, spacing: { ...spacing(DEFAULT_SPACE_AFTER), before: twips(HEADING_SPACE_BEFORE) } },
  };
}

function sectionProperties(plan: DocumentPlan, orientation: Orientation): ISectionPropertiesOptions {
  const { top, right, bottom, left } = plan.page.margins;
  return {
    page: {
      // Given as portrait; the library swaps width and height for landscape.
      size: { ...A4, orientation: orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: twips(top), right: twips(right), bottom: twips(bottom), left: twips(left) },
      // The PAGE field follows the section's number format, so Thai digits need no field switch.
      pageNumbers: plan.pageNumbers.digits === "thai" ? { formatType: NumberFormat.THAI_NUMBERS } : undefined,
    },
  };
}

function pageNumberFooter(): Footer {
  const number = new TextRun({ children: ["- ", PageNumber.CURRENT, " -"] });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [number] })] });
}

/** A section's blocks in order. Word needs at least one paragraph in a section, so an empty one gets one. */
function body(plan: DocumentPlan, section: Section): FileChild[] {
  const room = { width: textWidth(plan, section.orientation), height: textHeight(plan, section.orientation) };
  const children = section.blocks.flatMap((block) => blockOf(plan, block, room));
  return children.length ? children : [new Paragraph({})];
}

/** The room a page of this orientation gives its text, in twips. */
interface Room {
  width: number;
  height: number;
}

function blockOf(plan: DocumentPlan, block: DocBlock, room: Room): FileChild[] {
  switch (block.kind) {
    case "paragraph":
      return [paragraph(plan, block)];
    case "heading":
      return [heading(plan, block)];
    case "table":
      return table(plan, block, room);
    case "chart":
      return [chart(plan, block)];
    case "pageBreak":
      return [new Paragraph({ spacing: spacing(0), children: [new PageBreak()] })];
    case "section":
      return [];
  }
}

function alignment(align: DocAlign | undefined, lang: DocumentPlan["lang"]) {
  switch (align) {
    case "left":
      return AlignmentType.LEFT;
    case "center":
      return AlignmentType.CENTER;
    case "right":
      return AlignmentType.RIGHT;
    // Thai has no spaces between words: Thai distributed justification (กระจายแบบไทย) spreads the
    // line by cluster, as Thai official documents are set. Word and LibreOffice both know it, and
    // with it LibreOffice no longer pulls a vowel or tone mark off a line's last letter to the
    // margin, as its ordinary justification does at a marked word boundary. English justifies
    // between words.
    case "justify":
      return lang === "th" ? AlignmentType.THAI_DISTRIBUTE : AlignmentType.BOTH;
    default:
      return undefined;
  }
}

/**
 * Each run carries the font and size too, not only the document defaults, so the text keeps them
 * when pasted elsewhere or opened by readers that skip the defaults.
 */
function textRuns(plan: DocumentPlan, run: DocRun, size = plan.size, bold = run.bold): ParagraphChild[] {
  const look = { ...fontOf(plan, size), ...emphasis(bold, run.italic) };
  // A line break in the text is a line break in the document, not a space.
  const runs = run.text
    .split("\n")
    .map((text, i) => new TextRun({ ...look, text: breakable(text), break: i > 0 ? 1 : undefined }));
  if (!run.comment) return runs;
  const id = comment(plan, run.comment);
  return [
    new CommentRangeStart(id),
    ...runs,
    new CommentRangeEnd(id),
    new TextRun({ children: [new CommentReference(id)] }),
  ];
}

function paragraph(plan: DocumentPlan, p: DocParagraph): Paragraph {
  return new Paragraph({
    alignment: alignment(p.align, plan.lang),
    indent: p.indent || p.firstLine ? { left: twips(p.indent ?? 0), firstLine: twips(p.firstLine ?? 0) } : undefined,
    keepNext: p.keepNext,
    spacing: spacing(p.spaceAfter ?? DEFAULT_SPACE_AFTER),
    children: p.runs.flatMap((run) => textRuns(plan, run, p.size)),
  });
}

function heading(plan: DocumentPlan, h: DocHeading): Paragraph {
  const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][h.level - 1];
  const size = h.level === 1 ? plan.size + 2 : plan.size;
  return new Paragraph({
    heading: level,
    alignment: alignment(h.align, plan.lang),
    keepNext: true,
    children: textRuns(plan, { text: h.text }, size, true),
  });
}

/** The width between the margins, in twips: tables span it. */
function textWidth(plan: DocumentPlan, orientation: Orientation): number {
  const page = orientation === "landscape" ? A4.height : A4.width;
  return page - twips(plan.page.margins.left + plan.page.margins.right);
}

function textHeight(plan: DocumentPlan, orientation: Orientation): number {
  const page = orientation === "landscape" ? A4.width : A4.height;
  return page - twips(plan.page.margins.top + plan.page.margins.bottom);
}

/** Column widths in twips, in proportion to the plan's, adding up to exactly the text width. */
function columnWidths(widths: number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + Math.max(b, 0), 0);
  const share = widths.map((w) => (sum > 0 ? Math.max(w, 0) / sum : 1 / widths.length));
  const columns = share.map((s) => Math.floor(s * total));
  columns[columns.length - 1] += total - columns.reduce((a, b) => a + b, 0);
  return columns;
}

/** Thai text already has tall line spacing, so the cells need little padding of their own: points above and below, and each side. */
const CELL_PADDING_POINTS = 1;
const CELL_MARGIN_POINTS = 3;

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: BLACK };

/**
 * A table that fits in this share of a page moves to the next page whole rather than leave a few
 * rows behind (the rest of the share is room for the heading above it and for the estimate's error).
 */
const WHOLE_TABLE_SHARE = 0.8;
/**
 * The distance between lines of single-spaced text, in ems: TH Sarabun New's (Laksaman's) line
 * pitch as LibreOffice sets it (27.5 pt at 16 pt).
 */
const LINE_PITCH_EM = 1.72;
/**
 * A row whose estimate, under the header, is more than this share of a page may split across pages:
 * kept whole, LibreOffice would cut off what does not fit.
 */
const ROW_PAGE_SHARE = 0.95;

/**
 * How tall each row of a table is, in twips — the header first when there is one — its cells' text
 * wrapped as the page will wrap it (TH Sarabun New's metrics): an estimate, to decide what can be
 * kept together on a page.
 */
function rowHeights(plan: DocumentPlan, t: DocTable, widths: number[]): { header: number; rows: number[] } {
  const size = t.size ?? plan.size;
  const line = size * LINE_PITCH_EM;
  const height = (cells: DocCell[], bold: boolean) => {
    let col = 0;
    let lines = 1;
    for (const c of cells) {
      const span = c.span && c.span > 1 ? c.span : 1;
      const points = widths.slice(col, col + span).reduce((a, b) => a + b, 0) / 20 - CELL_MARGIN_POINTS * 2;
      col += span;
      const text = c.runs.map((r) => r.text).join("");
      lines = Math.max(lines, wrap(text, Math.max(points, 1), { size, bold }).length);
    }
    return twips(lines * line + CELL_PADDING_POINTS * 2);
  };
  return { header: t.header.length ? height(t.header, true) : 0, rows: t.rows.map((r) => height(r, false)) };
}

/**
 * Should row `i` stay on the page of the row after it? A table that fits on a page is kept whole;
 * a longer one may run onto the next page, but never from its header alone, a heading row alone or
 * its first row alone — where the two rows fit on a page together. (Asking for more than a page
 * holds would be asking the impossible: LibreOffice then leaves a heading on a page of its own.)
 */
function keptWithNext(t: DocTable, i: number, whole: boolean, pair: (i: number) => boolean): boolean {
  if (i >= t.rows.length - 1) return false;
  if (whole) return true;
  return (i === 0 || (t.headingRows ?? []).includes(i)) && pair(i);
}

function table(plan: DocumentPlan, t: DocTable, room: Room): Table[] {
  // Word can't open a table without rows; a table with nothing in it says nothing, so it is left out.
  if ((!t.header.length && !t.rows.length) || !t.widths.length) return [];
  const widths = columnWidths(t.widths, room.width);
  const heights = rowHeights(plan, t, widths);
  const page = room.height * WHOLE_TABLE_SHARE;
  const whole = heights.rows.reduce((a, b) => a + b, heights.header) <= page;
  const pair = (i: number) => heights.header + heights.rows[i] + heights.rows[i + 1] <= page;
  // A row taller than a page under the header must split (Word would; LibreOffice would cut it off).
  const fits = (h: number) => heights.header + h <= room.height * ROW_PAGE_SHARE;
  const rows = [
    ...(t.header.length ? [headerRow(plan, t)] : []),
    ...t.rows.map((r, i) => bodyRow(plan, t, r, keptWithNext(t, i, whole, pair), fits(heights.rows[i]))),
  ];
  return [
    new Table({
      rows,
      width: { size: room.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
      margins: {
        top: twips(CELL_PADDING_POINTS),
        bottom: twips(CELL_PADDING_POINTS),
        left: twips(CELL_MARGIN_POINTS),
        right: twips(CELL_MARGIN_POINTS),
      },
    }),
  ];
}

const THAI_LETTER = /[\u0e01-\u0e4f]/;
const NUMBERISH = /[\d\u0e50-\u0e59.,]/;
const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** Compounds the segmenter splits ("ตัว|ชี้|วัด") matched with or without the marks put inside them. */
const COMPOUNDS = new RegExp(
  compounds.words
    .sort((a, b) => b.length - a.length)
    .map((w) => [...w].join("\u200b?"))
    .join("|"),
  "g",
);

/**
 * Thai is written without spaces between words, and a reader that does not know where they are
 * breaks a line anywhere ("เจ้า|หน้าที่", "(E-S|ervice)"). A zero-width space at each boundary
 * where Thai meets a word says where a line may break — in Word and LibreOffice alike — and a
 * no-break space keeps a year with its era ("พ.ศ. ๒๕๖๘"). Numbers are never split, nor the
 * compounds the segmenter cuts in two ("เจ้า|หน้าที่", `data/thai-compounds.json`), nor an item's code.
 */
export function breakable(text: string): string {
  return marked(text)
    .replace(COMPOUNDS, (w) => joined(w.replace(/\u200b/g, "")))
    .replace(CODE_LETTER_DIGIT, "$1\u2060");
}

/**
 * An item code's letter and its number ("o๓๐", "i๑๐"): LibreOffice breaks a line between a Latin
 * letter and a Thai digit ("o|๓๐"), so a word joiner holds them together.
 */
const CODE_LETTER_DIGIT = /([A-Za-z])(?=[\d\u0e50-\u0e59])/g;

/**
 * A compound held together: a word joiner (U+2060) between its parts, where a reader's own Thai
 * dictionary would otherwise break a line ("ผู้|มีส่วนได้ส่วนเสีย", "การ|ทุจริต").
 */
function joined(word: string): string {
  return [...segmenter.segment(word)].map((s) => s.segment).join("\u2060");
}

function marked(text: string): string {
  let out = "";
  let before = "";
  for (const { segment } of segmenter.segment(text.replace(/(พ\.ศ\.|ค\.ศ\.) (?=[\d\u0e50-\u0e59])/g, "$1\u00a0"))) {
    const a = before.slice(-1);
    const b = segment.charAt(0);
    const thai = THAI_LETTER.test(a) || THAI_LETTER.test(b);
    // Never after an opening bracket or quote, nor before a closing one, a stop or ๆ / ฯ.
    const apart = a && !/[\s(“‘[]/.test(a) && !/[\s)”’\].,;:!?ๆฯ]/.test(b);
    if (apart && thai && !(NUMBERISH.test(a) && NUMBERISH.test(b))) out += "\u200b";
    out += segment;
    before = segment;
  }
  return out;
}

/** The header row repeats on each page the table runs onto, is never split, and never left alone at a page's foot. */
function headerRow(plan: DocumentPlan, t: DocTable): TableRow {
  const cells = t.header.map((c) =>
    cell(plan, { align: "center", ...c }, { bold: true, fill: HEADER_FILL, keepNext: t.rows.length > 0, size: t.size }),
  );
  return new TableRow({ tableHeader: true, cantSplit: true, children: cells });
}

/** A row is never split across pages — a reader finds each row whole on one page — unless it is taller than one. */
function bodyRow(plan: DocumentPlan, t: DocTable, row: DocCell[], keepNext: boolean, whole: boolean): TableRow {
  return new TableRow({ cantSplit: whole, children: row.map((c) => cell(plan, c, { keepNext, size: t.size })) });
}

function cell(
  plan: DocumentPlan,
  c: DocCell,
  look: { bold?: boolean; fill?: string; keepNext?: boolean; size?: number } = {},
): TableCell {
  const fill = c.shade ? c.shade.replace("#", "").toUpperCase() : look.fill;
  const runs = c.runs.flatMap((run) => textRuns(plan, run, look.size ?? plan.size, look.bold ?? run.bold));
  return new TableCell({
    columnSpan: c.span && c.span > 1 ? c.span : undefined,
    shading: fill ? { fill, type: ShadingType.CLEAR, color: "auto" } : undefined,
    verticalAlign: look.bold ? VerticalAlignTable.CENTER : undefined,
    // Cells sit tight: the space after a body paragraph would pad every row.
    children: [
      new Paragraph({
        alignment: alignment(c.align, plan.lang),
        spacing: spacing(0),
        keepNext: look.keepNext,
        children: runs,
      }),
    ],
  });
}

function chart(plan: DocumentPlan, c: DocChart): Paragraph {
  // Without categories there is no chart to draw; the alt text then says what it would have shown.
  const children = c.categories.length ? [chartRun(plan, c)] : textRuns(plan, { text: c.altText, italic: true });
  return new Paragraph({ alignment: AlignmentType.CENTER, keepNext: false, children });
}

/** A native Word chart: the scores as columns (the low ones in the warning colour), the target as a dashed line. */
function chartRun(plan: DocumentPlan, c: DocChart): ChartRun {
  const text = { name: plan.font, size: CHART_TEXT_SIZE };
  return new ChartRun({
    type: "column",
    categories: c.categories,
    series: [
      {
        name: c.seriesName,
        values: drawable(c.values, c.categories.length),
        color: SCORE_COLOUR,
        colors: c.categories.map((_, i) => (c.low[i] ? LOW_COLOUR : SCORE_COLOUR)),
        // Inside the bars' ends, in white: a label above a bar near the target would sit on its line.
        dataLabels: {
          value: true,
          position: "insideEnd",
          numberFormat: c.numberFormat,
          font: { ...text, bold: true, color: "FFFFFF" },
        },
      },
      {
        name: c.targetName,
        type: "line",
        values: c.categories.map(() => c.target),
        dataLabels: false,
        markers: false,
        line: { color: TARGET_COLOUR, width: 1.5, dash: "dash" },
      },
    ],
    transformation: { width: pixels(c.width), height: pixels(c.height) },
    altText: { name: c.title, title: c.title, description: c.altText },
    font: { name: plan.font },
    title: { text: c.title, font: { ...text, size: plan.size, bold: true } },
    legend: { position: "bottom", font: text },
    categoryAxis: { font: text },
    valueAxis: { minimum: 0, maximum: c.axisMax, interval: c.axisStep, font: text, numberFormat: c.axisNumberFormat },
  });
}

/** One value per category; a value that is not a finite number is drawn as a gap, as a missing score is. */
function drawable(values: Array<number | null>, count: number): Array<number | null> {
  return values.slice(0, count).map((v) => (v !== null && Number.isFinite(v) ? v : null));
}
