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
  type FileChild,
  type IBaseParagraphStyleOptions,
  type IBorderOptions,
  type IPropertiesOptions,
  type IRunStylePropertiesOptions,
  type ISectionPropertiesOptions,
} from "docx";
import { ChartRun, type ChartRunOptions, type ChartSeries } from "docx/charts";
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

/** Word measures lengths in twentieths of a point. */
const twips = (points: number): number => Math.round(points * 20);
/** Word measures font sizes in half-points. */
const halfPoints = (points: number): number => Math.round(points * 2);
/** The chart's size is given in pixels at 96 per inch; the plan's in points, 72 per inch. */
const pixels = (points: number): number => Math.round((points * 96) / 72);

/** A4 in twips, as Word writes it (210 × 297 mm). */
const A4 = { width: 11906, height: 16838 };
const DEFAULT_SPACE_AFTER = 6;
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

function documentOptions(plan: DocumentPlan): IPropertiesOptions {
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
    sections: [
      {
        properties: sectionProperties(plan),
        footers: { default: pageNumberFooter() },
        children: body(plan),
      },
    ],
  };
}

/**
 * The font on every script Word distinguishes: Thai is a complex script, so without `cs` and the
 * complex-script size Word would set Thai text in its own default font and size.
 */
function fontOf(plan: DocumentPlan, size: number): IRunStylePropertiesOptions {
  const lang = plan.lang === "th" ? "th-TH" : "en-US";
  return {
    font: { ascii: plan.font, hAnsi: plan.font, eastAsia: plan.font, cs: plan.font },
    size: halfPoints(size),
    sizeComplexScript: halfPoints(size),
    language: { value: lang, bidirectional: lang },
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
    paragraph: { keepNext: true, spacing: spacing(DEFAULT_SPACE_AFTER) },
  };
}

function sectionProperties(plan: DocumentPlan): ISectionPropertiesOptions {
  const { top, right, bottom, left } = plan.page.margins;
  return {
    page: {
      size: { ...A4, orientation: PageOrientation.PORTRAIT },
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

/** The blocks in order. Word needs at least one paragraph in the body, so an empty plan gets one. */
function body(plan: DocumentPlan): FileChild[] {
  const children = plan.blocks.flatMap((block) => blockOf(plan, block));
  return children.length ? children : [new Paragraph({})];
}

function blockOf(plan: DocumentPlan, block: DocBlock): FileChild[] {
  switch (block.kind) {
    case "paragraph":
      return [paragraph(plan, block)];
    case "heading":
      return [heading(plan, block)];
    case "table":
      return table(plan, block);
    case "chart":
      return [chart(plan, block)];
    case "pageBreak":
      return [new Paragraph({ spacing: spacing(0), children: [new PageBreak()] })];
  }
}

function alignment(plan: DocumentPlan, align: DocAlign | undefined) {
  switch (align) {
    case "left":
      return AlignmentType.LEFT;
    case "center":
      return AlignmentType.CENTER;
    case "right":
      return AlignmentType.RIGHT;
    // Thai has no spaces between words; Thai distributed justification spreads the line by cluster.
    case "justify":
      // Word's Thai distributed justification spreads letters, and LibreOffice (and so a PDF made
      // with it) does not know it: ordinary justification reads right everywhere.
      return AlignmentType.BOTH;
    default:
      return undefined;
  }
}

/**
 * Each run carries the font and size too, not only the document defaults, so the text keeps them
 * when pasted elsewhere or opened by readers that skip the defaults.
 */
function textRuns(plan: DocumentPlan, run: DocRun, size = plan.size, bold = run.bold): TextRun[] {
  const look = { ...fontOf(plan, size), ...emphasis(bold, run.italic) };
  // A line break in the text is a line break in the document, not a space.
  return run.text.split("\n").map((text, i) => new TextRun({ ...look, text, break: i > 0 ? 1 : undefined }));
}

function paragraph(plan: DocumentPlan, p: DocParagraph): Paragraph {
  return new Paragraph({
    alignment: alignment(plan, p.align),
    indent: p.indent || p.firstLine ? { left: twips(p.indent ?? 0), firstLine: twips(p.firstLine ?? 0) } : undefined,
    keepNext: p.keepNext,
    spacing: spacing(p.spaceAfter ?? DEFAULT_SPACE_AFTER),
    children: p.runs.flatMap((run) => textRuns(plan, run)),
  });
}

function heading(plan: DocumentPlan, h: DocHeading): Paragraph {
  const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][h.level - 1];
  const size = h.level === 1 ? plan.size + 2 : plan.size;
  return new Paragraph({
    heading: level,
    alignment: alignment(plan, h.align),
    keepNext: true,
    children: textRuns(plan, { text: h.text }, size, true),
  });
}

/** The width between the margins, in twips: tables span it. */
function textWidth(plan: DocumentPlan): number {
  return A4.width - twips(plan.page.margins.left + plan.page.margins.right);
}

/** Column widths in twips, in proportion to the plan's, adding up to exactly the text width. */
function columnWidths(widths: number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + Math.max(b, 0), 0);
  const share = widths.map((w) => (sum > 0 ? Math.max(w, 0) / sum : 1 / widths.length));
  const columns = share.map((s) => Math.floor(s * total));
  columns[columns.length - 1] += total - columns.reduce((a, b) => a + b, 0);
  return columns;
}

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: BLACK };

function table(plan: DocumentPlan, t: DocTable): Table[] {
  const rows = [...(t.header.length ? [headerRow(plan, t)] : []), ...t.rows.map((r) => bodyRow(plan, t, r))];
  // Word can't open a table without rows; a table with nothing in it says nothing, so it is left out.
  if (!rows.length || !t.widths.length) return [];
  const widths = columnWidths(t.widths, textWidth(plan));
  return [
    new Table({
      rows,
      width: { size: textWidth(plan), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
      // Thai text already has tall line spacing, so the cells need little padding of their own.
      margins: { top: twips(1), bottom: twips(1), left: twips(3), right: twips(3) },
    }),
  ];
}

/** The header row repeats on each page the table runs onto, and is never split itself. */
function headerRow(plan: DocumentPlan, t: DocTable): TableRow {
  const cells = t.header.map((c) => cell(plan, { align: "center", ...c }, { bold: true, fill: HEADER_FILL }));
  return new TableRow({ tableHeader: true, cantSplit: true, children: cells });
}

function bodyRow(plan: DocumentPlan, t: DocTable, row: DocCell[]): TableRow {
  return new TableRow({ cantSplit: t.keepRows ?? false, children: row.map((c) => cell(plan, c)) });
}

function cell(plan: DocumentPlan, c: DocCell, look: { bold?: boolean; fill?: string } = {}): TableCell {
  const fill = c.shade ? c.shade.replace("#", "").toUpperCase() : look.fill;
  const runs = c.runs.flatMap((run) => textRuns(plan, run, plan.size, look.bold ?? run.bold));
  return new TableCell({
    columnSpan: c.span && c.span > 1 ? c.span : undefined,
    shading: fill ? { fill, type: ShadingType.CLEAR, color: "auto" } : undefined,
    verticalAlign: look.bold ? VerticalAlignTable.CENTER : undefined,
    // Cells sit tight: the space after a body paragraph would pad every row.
    children: [new Paragraph({ alignment: alignment(plan, c.align), spacing: spacing(0), children: runs })],
  });
}

function chart(plan: DocumentPlan, c: DocChart): Paragraph {
  const run = chartRun(plan, c);
  // Without categories the library can draw no chart; the alt text then says what it would have shown.
  const children = run ? [run] : textRuns(plan, { text: c.altText, italic: true });
  return new Paragraph({ alignment: AlignmentType.CENTER, keepNext: false, children });
}

/** The chart with every option the library accepts: an option it rejects is dropped, not the chart. */
function chartRun(plan: DocumentPlan, c: DocChart): ChartRun | undefined {
  const base = chartBase(c);
  const extras = chartExtras(plan, c);
  const full = tryChart(extras.reduce((options, extra) => extra(options), base));
  if (full) return full;
  // Add the options one at a time, keeping each the library takes.
  let kept = base;
  for (const extra of extras) if (tryChart(extra(kept))) kept = extra(kept);
  return tryChart(kept);
}

function tryChart(options: ChartRunOptions): ChartRun | undefined {
  try {
    return new ChartRun(options);
  } catch {
    return undefined;
  }
}

/** What the chart can't do without: its categories and the two series' values. */
function chartBase(c: DocChart): ChartRunOptions {
  return {
    type: "column",
    categories: c.categories,
    series: [
      { name: c.seriesName, values: drawable(c.values, c.categories.length) },
      { name: c.targetName, type: "line", values: c.categories.map(() => c.target) },
    ],
  };
}

/** One value per category; a value that is not a finite number is drawn as a gap, as a missing score is. */
function drawable(values: Array<number | null>, count: number): Array<number | null> {
  return values.slice(0, count).map((v) => (v !== null && Number.isFinite(v) ? v : null));
}

type ChartExtra = (options: ChartRunOptions) => ChartRunOptions;

/** Everything else about the chart's look, each a separate step so a rejected one can be left out. */
function chartExtras(plan: DocumentPlan, c: DocChart): ChartExtra[] {
  const text = { name: plan.font, size: CHART_TEXT_SIZE };
  return [
    (o) => ({ ...o, transformation: { width: pixels(c.width), height: pixels(c.height) } }),
    (o) => ({ ...o, altText: { name: c.title, title: c.title, description: c.altText } }),
    (o) => ({ ...o, font: { name: plan.font } }),
    (o) => ({ ...o, title: { text: c.title, font: { ...text, size: plan.size, bold: true } } }),
    (o) => ({ ...o, legend: { position: "bottom", font: text } }),
    (o) => ({ ...o, categoryAxis: { font: text } }),
    (o) => ({ ...o, valueAxis: { minimum: 0, maximum: 100, interval: 20, font: text } }),
    (o) => withSeries(o, 0, { colors: c.low.map((low) => (low ? LOW_COLOUR : SCORE_COLOUR)), color: SCORE_COLOUR }),
    (o) => withSeries(o, 0, { dataLabels: { value: true, position: "outsideEnd", font: text } }),
    (o) => withSeries(o, 0, { dataLabels: { value: true, position: "outsideEnd", numberFormat: "0.00", font: text } }),
    (o) => withSeries(o, 1, { dataLabels: false, markers: false }),
    (o) => withSeries(o, 1, { line: { color: TARGET_COLOUR, width: 1.5, dash: "dash" } }),
  ];
}

/** The options with one series changed. */
function withSeries(options: ChartRunOptions, index: number, change: Partial<ChartSeries>): ChartRunOptions {
  if (options.type !== "column") return options;
  const series = options.series.map((s, i) => (i === index ? { ...s, ...change } : s));
  return { ...options, series };
}
