import { visibleLength } from "../text/thai";
import { CellContent, ChartPlan, ListValidationPlan, PrintPlan, RangePlan, SheetPlan, TablePlan } from "./model";

export const FONT = "TH Sarabun New";
export const FONT_SIZE = 16;

/**
 * Excel widths count characters of the default font. Thai and Latin text in a 16 pt font runs
 * wider than that, and a substitute font (where TH Sarabun is not installed) wider still: err on
 * the side of a taller row, since a clipped line is worse than a little white space.
 */
const CHAR_FACTOR = 1.4;
const LINE_HEIGHT = FONT_SIZE * 1.35;

/** Rows needed to show `text` wrapped in `width` character units. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text
    .split("\n")
    .reduce((n, para) => n + Math.max(1, Math.ceil((visibleLength(para) * CHAR_FACTOR) / usable)), 0);
}

/** Height in points for wrapped text; Excel does not grow rows of merged cells by itself. */
export function rowHeightFor(text: string, width: number): number {
  return Math.ceil(wrappedLines(text, width) * LINE_HEIGHT + 4);
}

/** Builds one generated sheet row by row. */
export class SheetBuilder {
  row = 0;
  private readonly plan: SheetPlan;

  constructor(key: SheetPlan["key"], name: string, columns: number[]) {
    this.plan = { key, name, columns, rowHeights: {}, cells: [], merges: [], tables: [], validations: [], charts: [] };
  }

  get lastCol(): number {
    return this.plan.columns.length - 1;
  }

  set(row: number, col: number, content: CellContent, style?: string): void {
    this.plan.cells.push({ row, col, content, style });
  }

  text(row: number, col: number, text: string, style?: string): void {
    this.set(row, col, { text }, style);
  }

  /** A value that may be missing: a number, or an empty styled cell. */
  score(row: number, col: number, value: number | null, style: string): void {
    if (value === null) this.set(row, col, { text: "" }, style);
    else this.set(row, col, { number: value }, style);
  }

  /** Text across the whole width of the sheet, in one merged cell, with room for every line. */
  paragraph(text: string, style: string, from = 0, to = this.lastCol): number {
    const r = this.row++;
    this.text(r, from, text, style);
    if (to > from) this.plan.merges.push({ top: r, left: from, bottom: r, right: to });
    const width = this.plan.columns.slice(from, to + 1).reduce((s, w) => s + w, 0);
    this.fitHeight(r, text, width);
    return r;
  }

  /** Grow a row so that `text` in a cell `width` wide shows in full. */
  fitHeight(row: number, text: string, width: number): void {
    const h = rowHeightFor(text, width);
    if (h > (this.plan.rowHeights[row] ?? LINE_HEIGHT + 4)) this.plan.rowHeights[row] = h;
  }

  /** A header row: each label in its column, the row as tall as the longest wrapped label. */
  headerRow(labels: string[], style: string, from = 0): number {
    const r = this.row++;
    labels.forEach((h, i) => {
      this.text(r, from + i, h, style);
      this.fitHeight(r, h, this.plan.columns[from + i]);
    });
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

  build(extra: { tabColor?: string; freeze?: { rows: number; cols: number }; print?: PrintPlan }): SheetPlan {
    return { ...this.plan, ...extra };
  }
}
