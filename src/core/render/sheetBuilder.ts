import { TextStyleMetrics, cellTextWidth, columnPoints, rowHeight, widestWord } from "../text/layout";
import { TextStyle, digits, shownScore } from "../text/format";
import {
  CellContent,
  ChartPlan,
  ListValidationPlan,
  PAGE,
  PrintPlan,
  RangePlan,
  SheetPlan,
  Style,
  TablePlan,
  shownText,
} from "./model";

export const FONT = "TH Sarabun New";
export const FONT_SIZE = 16;
/** Points of indent per Excel indent level, taken on the generous side. */
const INDENT_POINTS = 12;

/** How a style lays text out, from its definition. */
function styleMetrics(style: Style | undefined): TextStyleMetrics & { indent: number; wrap: boolean } {
  return {
    size: style?.font?.size ?? FONT_SIZE,
    bold: style?.font?.bold ?? false,
    indent: (style?.align?.indent ?? 0) * INDENT_POINTS,
    wrap: style?.align?.wrap ?? false,
  };
}

export interface PrintOptions {
  orientation: "portrait" | "landscape";
  /** The columns that print (from A): the rest of the sheet holds working notes. */
  columns?: number;
  /** The last row that prints (the rest are working notes). */
  lastRow?: number;
  repeatRows?: [number, number];
  breaks?: number[];
  /**
   * The column that gives way when the printed columns are wider than the page (a column of text
   * that wraps): narrowed down to its widest word, so the sheet prints at 100 %.
   */
  flex?: number;
}

/**
 * Builds one generated sheet row by row. Every text it writes as generated text takes the digits
 * chosen; text the analyst typed (`raw`) is written as typed. At the end, each row is made as tall
 * as its text needs and each column as wide as its widest word, measured with the font's metrics.
 */
export class SheetBuilder {
  row = 0;
  private readonly plan: SheetPlan;

  constructor(
    key: SheetPlan["key"],
    name: string,
    columns: number[],
    private readonly ts: TextStyle,
    private readonly styles: Record<string, Style>,
  ) {
    this.plan = {
      key,
      name,
      columns: [...columns],
      rowHeights: {},
      cells: [],
      merges: [],
      tables: [],
      validations: [],
      charts: [],
    };
  }

  get lastCol(): number {
    return this.plan.columns.length - 1;
  }

  set(row: number, col: number, content: CellContent, style?: string): void {
    this.plan.cells.push({ row, col, content, style });
  }

  /** Generated text, in the digits chosen. */
  text(row: number, col: number, text: string, style?: string): void {
    this.set(row, col, { text: digits(text, this.ts) }, style);
  }

  /** Text the analyst typed, kept exactly as it was. */
  raw(row: number, col: number, text: string, style?: string): void {
    this.set(row, col, { text }, style);
  }

  /** A score that may be missing: the number as shown (`shownScore`: cut, never rounded), or an empty styled cell. */
  score(row: number, col: number, value: number | null, style: string): void {
    if (value === null) this.set(row, col, { text: "" }, style);
    else this.set(row, col, { number: shownScore(value) }, style);
  }

  /** Text across columns `from`–`to` (the whole width by default), in one merged cell. */
  paragraph(text: string, style: string, from = 0, to = this.lastCol): number {
    const r = this.row++;
    this.text(r, from, text, style);
    if (to > from) this.plan.merges.push({ top: r, left: from, bottom: r, right: to });
    return r;
  }

  /** A header row: each label in its column. */
  headerRow(labels: string[], style: string, from = 0): number {
    const r = this.row++;
    labels.forEach((h, i) => this.text(r, from + i, h, style));
    return r;
  }

  width(col: number): number {
    return this.plan.columns[col];
  }

  blank(): void {
    this.row++;
  }

  table(t: TablePlan): void {
    this.plan.tables.push(t);
  }

  validation(v: ListValidationPlan): void {
    this.plan.validations.push(v);
  }

  chart(c: ChartPlan): void {
    this.plan.charts.push(c);
  }

  merge(r: RangePlan): void {
    this.plan.merges.push(r);
  }

  /** Rows this tall at least (a chart's rows). */
  minHeight(row: number, points: number): void {
    this.plan.rowHeights[row] = Math.max(this.plan.rowHeights[row] ?? 0, points);
  }

  build(extra: { tabColor?: string; freeze?: { rows: number; cols: number }; print?: PrintOptions }): SheetPlan {
    const needs = this.wordWidths();
    this.plan.columns = this.plan.columns.map((w, col) => Math.max(w, needs[col] ?? 0));
    if (extra.print?.flex !== undefined) this.fitPage(extra.print, extra.print.flex, needs[extra.print.flex] ?? 1);
    this.fitRows();
    return {
      ...this.plan,
      tabColor: extra.tabColor,
      freeze: extra.freeze,
      print: extra.print && this.printPlan(extra.print),
    };
  }

  private printPlan(p: PrintOptions): PrintPlan {
    const right = (p.columns ?? this.plan.columns.length) - 1;
    const bottom = p.lastRow ?? Math.max(0, ...this.plan.cells.map((c) => c.row));
    return {
      orientation: p.orientation,
      paper: "A4",
      // The printed columns fit the page at 100 % with the sheet's font; one page wide is asked all the
      // same, so that where the font is missing (a wider one stands in) no column spills onto pages
      // of its own. Fitting never enlarges: with the font there, the sheet prints at 100 %.
      fitToWidth: true,
      repeatRows: p.repeatRows,
      area: { top: 0, left: 0, bottom, right },
      breaks: p.breaks,
      margins: PAGE.margins,
    };
  }

  /** The width in points of columns A to `right`. */
  printedWidth(right: number): number {
    return this.plan.columns.slice(0, right + 1).reduce((s, c) => s + columnPoints.span(c), 0);
  }

  /** The columns a cell covers: its own, or its merged range's. */
  private span(row: number, col: number): number[] {
    const m = this.plan.merges.find((x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right);
    return m ? this.plan.columns.slice(m.left, m.right + 1) : [this.plan.columns[col]];
  }

  /**
   * The width (in characters) each column needs so that no word written in it breaks: a column
   * narrower than a word would break it ("เปลี่ยนแปล|ง"). Merged cells wrap across their span.
   */
  private wordWidths(): number[] {
    const needs: number[] = [];
    for (const c of this.plan.cells) {
      const text = shownText(c.content);
      if (!text || this.span(c.row, c.col).length > 1) continue;
      const m = styleMetrics(this.styles[c.style ?? ""]);
      const need = widestWord(text, m) + m.indent;
      let chars = needs[c.col] ?? 1;
      while (cellTextWidth([chars]) < need) chars += 1;
      needs[c.col] = chars;
    }
    return needs;
  }

  /** Narrows the flexible column until the printed columns fit the page, never below its widest word. */
  private fitPage(p: PrintOptions, flex: number, least: number): void {
    const right = (p.columns ?? this.plan.columns.length) - 1;
    const page = PAGE.width(p.orientation);
    while (this.printedWidth(right) > page && this.plan.columns[flex] > least) this.plan.columns[flex] -= 1;
  }

  /** Each row as tall as the tallest text in it needs, wrapped in its cell's width. */
  private fitRows(): void {
    for (const c of this.plan.cells) {
      const text = shownText(c.content);
      const m = styleMetrics(this.styles[c.style ?? ""]);
      // Text that does not wrap still needs a line's height: a 16 pt Thai line is taller than Excel's default row.
      const h = rowHeight(m.wrap ? text : "", this.span(c.row, c.col), m);
      if (h > (this.plan.rowHeights[c.row] ?? 0)) this.plan.rowHeights[c.row] = h;
    }
  }
}

/** The text a cell shows: its text, or its formula's present result. */
