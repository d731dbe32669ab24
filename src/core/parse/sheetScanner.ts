/**
 * A sheet read row by row: headers, indicator headings, item rows, tool totals and the overall
 * score, and tables laid out across (tools, indicators or years in columns).
 */
import { diagnostic } from "../i18n/diagnostics";
import { ToolId } from "../framework/types";
import { CellValue, cellRef } from "../read/grid";
import { isBareTotalLabel, isOverallLabel, isTotalLabel, labelYear, rowYear } from "./labels";
import { ItemRowScanner } from "./itemRows";
import { AcrossColumn, Heading, RowCell, isEarlier, subjectKey } from "./scanTypes";
import { HistoryKey } from "./types";

function subjectHistoryKey(s: AcrossColumn["subject"]): HistoryKey {
  return s.kind === "tool" ? s.tool : s.kind === "indicator" ? s.number : "overall";
}

export class SheetScanner extends ItemRowScanner {
  /** The year a sheet of an earlier year is named for ("ITA 2566"), or null. */
  private get sheetYear(): number | null {
    return labelYear(this.sheet.name);
  }

  scan(): void {
    const rows = this.sheet.values;
    if (this.previousSheet && rows.length) {
      this.out.diagnostics.push(
        diagnostic("info", "sheet.previousYear", null, [cellRef(this.sheet.name, this.sheet.top, this.sheet.left)], {
          sheet: this.sheet.name,
        }),
      );
    }
    for (let r = 0; r < rows.length; r++) {
      const row = this.sheet.top + r;
      if (this.table?.records && this.skipRecord(row, rows[r] ?? [])) continue;
      const cells = this.readRow(rows[r] ?? [], this.sheet.formats?.[r]);
      if (cells.length === 0) {
        if (++this.blankRun >= 2) this.endTable(true);
        continue;
      }
      this.blankRun = 0;
      this.readRowCells(row, cells);
    }
    this.endTable(true);
  }

  /**
   * In a table already known to be records, a row with a number in it is one more record: it
   * extends the table and is read no further (a sheet of survey responses is a hundred thousand of
   * them). A row of text only is read, as it may be the header of the next table.
   */
  protected skipRecord(row: number, values: CellValue[]): boolean {
    let last = -1;
    let numeric = false;
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === null || v === undefined || v === "") continue;
      last = c;
      if (typeof v === "number") numeric = true;
    }
    if (!numeric) return false;
    const t = this.table!;
    t.lastRow = row;
    t.maxCol = Math.max(t.maxCol, this.sheet.left + last);
    this.blankRun = 0;
    return true;
  }

  protected readRowCells(row: number, cells: RowCell[]): void {
    // Scores laid out across: a header naming tools, indicators or the overall score in columns
    // ("IIT (30) | EIT (30) | OIT (40) | ITA"), the scores on the row below.
    const across = this.acrossHeader(cells);
    if (across) {
      this.signal = true;
      this.endTable(true);
      this.across = across;
      return;
    }
    if (this.across && this.readAcrossRow(row, cells)) return;
    this.across = null;

    const headingCell = this.findHeading(cells);
    if (this.readHeaderRow(row, cells, headingCell)) return;
    if (!this.table) this.table = this.newTable(row);
    this.table.lastRow = row;
    this.table.maxCol = Math.max(this.table.maxCol, cells[cells.length - 1].col);

    // An item's row that names its indicator (and often its tool) on every row — a filtered
    // sheet, an Excel table, an export — is an item, not an indicator's heading with a score.
    if (headingCell && this.namesItem(cells, headingCell.cell)) {
      const rowHeading = { col: headingCell.cell.col, indicator: headingCell.reading.indicator };
      if (this.readItem(row, cells, rowHeading)) return;
    }
    if (headingCell) return this.readHeadingRow(row, cells, headingCell);
    // Last year's item lists differ from this year's: a previous year's sheet gives indicator scores only.
    if (this.readItem(row, cells)) return;
    this.readTotalRow(row, cells);
  }

  /**
   * A header row: ข้อ | คำถาม | คะแนน, or Code | Question | EIT Public | EIT Survey — labels only,
   * allowing a heading and, in a wide header, a column or two this reader has no name for. True
   * when the row is one (it starts a table).
   */
  private readHeaderRow(row: number, cells: RowCell[], headingCell: Heading | null): boolean {
    const labelled = cells.filter((c) => c.role !== null);
    const unknown = cells.length - labelled.length - (headingCell ? 1 : 0);
    const allowed = labelled.length >= 3 ? 2 : 0;
    if (labelled.length < 2 || unknown > allowed || cells.some((c) => c.score.kind === "score")) return false;
    this.signal = true;
    this.endTable(false);
    this.roles = {};
    this.headerCols = new Set(cells.filter((c) => c !== headingCell?.cell).map((c) => c.col));
    for (const c of labelled) if (this.roles[c.role!] === undefined) this.roles[c.role!] = c.col;
    this.noteEarlierColumns(labelled);
    this.updateScoreColumns();
    this.heading = headingCell ? headingCell.reading.indicator : null;
    this.table = this.newTable(row);
    if (headingCell) this.noteHeading(row, headingCell.cell, headingCell.reading);
    return true;
  }

  /** The row as an item (never on a sheet of last year's scores); true when it is one. */
  private readItem(row: number, cells: RowCell[], rowHeading?: { col: number; indicator: number }): boolean {
    if (this.previousSheet || !this.readItemRow(row, cells, rowHeading)) return false;
    this.signal = true;
    this.indicatorRunTool = null;
    return true;
  }

  /** An indicator heading ("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน"), with or without its score. */
  private readHeadingRow(row: number, cells: RowCell[], { reading, cell }: Heading): void {
    this.signal = true;
    for (const c of cells) {
      if (c.role === "public" || c.role === "survey" || c.role === "score") {
        this.roles[c.role] = c.col;
        this.headerCols.add(c.col);
      }
    }
    this.updateScoreColumns();
    this.heading = reading.indicator;
    this.tool = this.toolOfIndicator.get(reading.indicator) ?? null;
    this.noteHeading(row, cell, reading);
    const score = this.firstScore(row, cells, cell.col, { kind: "indicator", number: reading.indicator });
    if (score && this.previousSheet) this.out.addEarlier(reading.indicator, this.sheetYear, score);
    else if (score) {
      this.pushTotal({ kind: "indicator", number: reading.indicator, cell: score });
      this.indicatorRunTool = this.tool;
    }
    for (const e of this.earlierScores(row, cells, { kind: "indicator", number: reading.indicator }))
      this.out.addEarlier(reading.indicator, e.year, e.cell);
    const toolCell = cells.find((c) => c.col < cell.col && c.text && this.vocab.tool(c.text));
    if (toolCell) this.tool = this.vocab.tool(toolCell.text);
  }

  /** Tool totals and the overall score: the first label that names one decides the row. */
  private readTotalRow(row: number, cells: RowCell[]): void {
    for (const c of cells) {
      if (!c.text || c.role) continue;
      const tool = this.vocab.tool(c.text);
      if (tool) {
        this.signal = true;
        this.tool = tool;
        if (!this.previousSheet && (isTotalLabel(c.text) || c.text.length <= 60)) {
          const score = this.firstScore(row, cells, c.col, { kind: "tool", tool });
          if (score) this.pushTotal({ kind: "tool", tool, cell: score, points: this.isPoints(c.text, tool) });
        }
        this.indicatorRunTool = null;
        return;
      }
      if (isBareTotalLabel(c.text) && this.indicatorRunTool) {
        this.signal = true;
        const t = this.indicatorRunTool;
        const score = this.firstScore(row, cells, c.col, { kind: "tool", tool: t });
        if (score) this.pushTotal({ kind: "tool", tool: t, cell: score, points: this.isPoints(c.text, t) });
        this.indicatorRunTool = null;
        return;
      }
      if (isOverallLabel(c.text)) return this.readOverall(row, cells, c);
    }
  }

  private readOverall(row: number, cells: RowCell[], label: RowCell): void {
    this.signal = true;
    const score = this.firstScore(row, cells, label.col, { kind: "overall" });
    const earlier = this.previousSheet || isEarlier(label.text, this.year);
    if (score && earlier)
      this.out.addEarlier("overall", this.previousSheet ? this.sheetYear : labelYear(label.text), score);
    else if (score) this.out.addOverall(score);
    if (!earlier)
      for (const e of this.earlierScores(row, cells, { kind: "overall" }))
        this.out.addEarlier("overall", e.year, e.cell);
  }

  /** What a header cell of a scores-across table names, if anything. */
  protected acrossSubject(c: RowCell): AcrossColumn["subject"] | null {
    if (!c.text || c.score.kind === "score") return null;
    const tool = this.vocab.tool(c.text);
    if (tool && c.text.length <= 40) return { kind: "tool", tool };
    const heading = this.vocab.indicators.readHeading(c.text, this.maxIndicator);
    if (heading) return { kind: "indicator", number: heading.indicator };
    if (isOverallLabel(c.text)) return { kind: "overall" };
    return null;
  }

  /** A header row with two or more tools, indicators or overall scores in its columns, and at most one other label. */
  protected acrossHeader(cells: RowCell[]): Map<number, AcrossColumn> | null {
    // A row with column labels (คะแนน, EIT Public …) or a score is a table's header or data.
    if (cells.some((c) => c.score.kind === "score" || c.role !== null)) return null;
    const cols = new Map<number, AcrossColumn>();
    for (const c of cells) {
      const subject = this.acrossSubject(c);
      if (subject) cols.set(c.col, { subject, label: c.text });
    }
    return cols.size >= 2 && cells.length - cols.size <= 1 ? cols : null;
  }

  /** The scores of a row under a scores-across header; false when the row holds none. */
  protected readAcrossRow(row: number, cells: RowCell[]): boolean {
    const across = this.across!;
    const found = cells.filter((c) => across.has(c.col) && (c.score.kind === "score" || c.score.kind === "invalid"));
    if (!found.length) return false;
    if (!this.table) this.table = this.newTable(row);
    this.table.lastRow = row;
    // A table of one row per year: an earlier year's row is last year's; a later year's is not this one's.
    const label = cells.find((c) => !across.has(c.col));
    const year = label ? rowYear(label.value) : null;
    if (year !== null && this.year !== null && year > this.year) {
      this.out.diagnostics.push(
        diagnostic("info", "row.laterYear", null, [cellRef(this.sheet.name, row, label!.col)], {
          year,
          analysed: this.year,
        }),
      );
      return true;
    }
    const earlierRow = year !== null && this.year !== null && year < this.year;
    for (const c of found) {
      const { subject, label } = across.get(c.col)!;
      if (c.score.kind === "invalid") {
        this.out.diagnostics.push(this.invalidScore(row, c, subjectKey(subject)));
        continue;
      }
      const cell = this.scoreCell(row, c, subject);
      const earlier = this.previousSheet || earlierRow || isEarlier(label, this.year);
      // The earlier year: the row's, else the sheet's, else the column's (null for "ปีที่ผ่านมา").
      const earlierYear = earlierRow ? year : this.previousSheet ? this.sheetYear : labelYear(label);
      if (earlier) this.out.addEarlier(subjectHistoryKey(subject), earlierYear, cell);
      else if (subject.kind === "tool")
        this.pushTotal({ kind: "tool", tool: subject.tool, cell, points: this.isPoints(label, subject.tool) });
      else if (subject.kind === "indicator") this.pushTotal({ kind: "indicator", number: subject.number, cell });
      else this.out.addOverall(cell);
    }
    return true;
  }

  protected isPoints(label: string, tool: ToolId): boolean {
    return this.vocab.pointsLabel(
      label,
      this.framework.tools.find((t) => t.id === tool)!,
    );
  }
}
