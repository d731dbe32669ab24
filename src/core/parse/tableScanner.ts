/**
 * The tables a sheet holds, as its scanner meets them: the columns a header names, each table's
 * totals and items gathered until it ends, then committed — or dropped whole when it turns out to
 * be records or another year's items. The row-by-row reading builds on this (`itemRows.ts`,
 * `sheetScanner.ts`).
 */
import { Diagnostic, diagnostic } from "../i18n/diagnostics";
import { Framework, ItemDef, ToolId } from "../framework/types";
import {
  CellValue,
  SheetGrid,
  WorkbookGrid,
  cellAddress,
  cellRef,
  isCellError,
  isFormula,
  quoteSheetName,
} from "../read/grid";
import { ScoreReading, readScore, roundTo } from "../text/scores";
import { normalizeText } from "../text/thai";
import { Collector } from "./collector";
import { evaluateFormula } from "./formulas";
import { labelYear, readHeaderLabel } from "./labels";
import {
  AcrossColumn,
  Heading,
  ItemIdentifier,
  PendingItem,
  PendingTotal,
  RECORD_REPEATS,
  Roles,
  RowCell,
  ScanContext,
  Table,
  distance,
  isEarlier,
  subjectKey,
} from "./scanTypes";
import { ScoreCell, ScoreSubject } from "./types";
import { Vocabulary } from "./vocabulary";

export abstract class TableScanner {
  /** Set once the sheet shows anything the reader knows: a header, a heading, an item, a total, a label. */
  signal = false;
  protected roles: Roles = {};
  /** Columns of the current header row that hold any label. */
  protected headerCols = new Set<number>();
  /** Columns of the current header that hold an earlier year's scores, each with its year (null for "ปีที่ผ่านมา"). */
  protected earlierCols = new Map<number, number | null>();
  /** Columns under a score header (คะแนน, EIT Public, EIT Survey). */
  protected scoreCols = new Set<number>();
  /** Columns one right of a score header, where a pasted score often lands. */
  protected shiftCols = new Set<number>();
  protected heading: number | null = null;
  protected tool: ToolId | null = null;
  /** The tool of the indicator rows just read, for a bare "รวม" total after them. */
  protected indicatorRunTool: ToolId | null = null;
  protected blankRun = 0;
  protected table: Table | null = null;
  /** The columns of a scores-across header, while its rows are read. */
  protected across: Map<number, AcrossColumn> | null = null;
  protected readonly toolOfIndicator: Map<number, ToolId>;
  protected readonly maxIndicator: number;
  /** A sheet named for an earlier year ("ITA 2566") holds last year's scores only. */
  protected readonly previousSheet: boolean;

  protected readonly framework: Framework;
  protected readonly vocab: Vocabulary;
  protected readonly matcher: ItemIdentifier;
  protected readonly year: number | null;
  protected readonly grid: WorkbookGrid;
  protected readonly fractions: boolean;
  protected readonly out: Collector;

  constructor(
    protected readonly sheet: SheetGrid,
    context: ScanContext,
  ) {
    ({
      framework: this.framework,
      vocab: this.vocab,
      matcher: this.matcher,
      year: this.year,
      grid: this.grid,
      fractions: this.fractions,
      out: this.out,
    } = context);
    this.toolOfIndicator = new Map(this.framework.indicators.map((d) => [d.number, d.tool]));
    this.maxIndicator = Math.max(...this.framework.indicators.map((d) => d.number));
    this.previousSheet = isEarlier(sheet.name, this.year);
  }

  protected readRow(values: CellValue[], formats: Array<string | null> | undefined): RowCell[] {
    const cells: RowCell[] = [];
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === null || v === undefined || v === "") continue;
      const text = typeof v === "string" ? normalizeText(v) : "";
      if (typeof v === "string" && text === "") continue;
      const col = this.sheet.left + c;
      cells.push({
        col,
        value: v,
        text,
        score: this.scoreOf(v, formats?.[c]),
        role: text ? readHeaderLabel(text, this.year ?? undefined) : null,
      });
    }
    return cells;
  }

  /** A cell read as a score; a formula saved without a value is worked out where it can be. */
  protected scoreOf(v: CellValue, format: string | null | undefined): ScoreReading {
    const r = readScore(v, { format, fractions: this.fractions });
    if (r.kind !== "formula") return r;
    const value = evaluateFormula(r.formula, this.sheet, this.grid);
    if (value === null || value < 0 || value > 100) return { kind: "invalid", reason: "formula", text: r.formula };
    return { kind: "score", value: roundTo(value, 6), factor: 1, formula: r.formula };
  }

  protected findHeading(cells: RowCell[]): Heading | null {
    for (const c of cells) {
      if (!c.text || c.role) continue;
      const reading = this.vocab.indicators.readHeading(c.text, this.maxIndicator);
      if (reading) return { cell: c, reading };
    }
    return null;
  }

  protected noteHeading(
    row: number,
    cell: RowCell,
    reading: { indicator: number; given: number | null; byName: boolean },
  ) {
    if (reading.given !== null && reading.byName && reading.given !== reading.indicator) {
      this.out.diagnostics.push(
        diagnostic(
          "info",
          "heading.numberMismatch",
          `indicator:${reading.indicator}`,
          [cellRef(this.sheet.name, row, cell.col)],
          {
            given: reading.given,
            indicator: reading.indicator,
          },
        ),
      );
    }
  }

  protected updateScoreColumns(): void {
    const r = this.roles;
    this.scoreCols = new Set([r.score, r.public, r.survey].filter((c): c is number => c !== undefined));
    const other = new Set([r.code, r.text, r.seq, r.tool].filter((c): c is number => c !== undefined));
    this.shiftCols = new Set(
      [...this.scoreCols].map((c) => c + 1).filter((c) => !this.scoreCols.has(c) && !other.has(c)),
    );
  }

  /** Can a score sit in this column? Anywhere when the table has no score header. */
  protected inScoreColumn(col: number): boolean {
    return this.scoreCols.size === 0 || this.scoreCols.has(col) || this.shiftCols.has(col);
  }

  /** Is a non-numeric text here a broken score (under a score header), rather than a note? */
  protected isScoreHeaderColumn(col: number): boolean {
    return this.scoreCols.has(col);
  }

  /** The indicator a flat table names in its own column on this row ("ตัวชี้วัด | ข้อ | คำถาม | คะแนน"). */
  protected rowIndicator(cells: RowCell[]): number | null {
    const c = this.roles.indicator === undefined ? undefined : cells.find((x) => x.col === this.roles.indicator);
    if (!c) return null;
    if (typeof c.value === "number")
      return Number.isInteger(c.value) && this.toolOfIndicator.has(c.value) ? c.value : null;
    return (
      this.vocab.indicators.readHeading(c.text, this.maxIndicator)?.indicator ??
      (this.toolOfIndicator.has(Number(c.text)) ? Number(c.text) : null)
    );
  }

  /** The header's columns of earlier years ("2565 | 2566 | 2567": the first two), each with its year. */
  protected noteEarlierColumns(cells: RowCell[]): void {
    this.earlierCols = new Map(cells.filter((c) => c.role === "previous").map((c) => [c.col, labelYear(c.text)]));
  }

  /** Earlier years' scores in this row, from the header's columns of earlier years. */
  protected earlierScores(
    row: number,
    cells: RowCell[],
    subject: ScoreSubject,
  ): Array<{ year: number | null; cell: ScoreCell }> {
    return cells
      .filter((x) => this.earlierCols.has(x.col) && x.score.kind === "score")
      .map((c) => ({ year: this.earlierCols.get(c.col)!, cell: this.scoreCell(row, c, subject) }));
  }

  /** The first valid score right of `fromCol`; an invalid one there becomes a diagnostic. */
  protected firstScore(row: number, cells: RowCell[], fromCol: number, subject: ScoreSubject): ScoreCell | null {
    for (const c of cells) {
      if (c.col <= fromCol || c.role || c.col === this.roles.previous || this.earlierCols.has(c.col)) continue;
      if (c.score.kind === "score") return this.scoreCell(row, c, subject);
      if (c.score.kind === "invalid" && (c.score.reason !== "text" || this.isScoreHeaderColumn(c.col))) {
        this.out.diagnostics.push(this.invalidScore(row, c, subjectKey(subject)));
        return null;
      }
    }
    return null;
  }

  protected scoreCell(row: number, c: RowCell, subject: ScoreSubject): ScoreCell {
    const score = c.score as Extract<ScoreReading, { kind: "score" }>;
    const ref = cellRef(this.sheet.name, row, c.col);
    if (score.formula) {
      this.out.notes.set(
        ref,
        diagnostic("info", "score.formulaComputed", subjectKey(subject), [ref], {
          formula: score.formula,
          value: score.value,
        }),
      );
    }
    if (score.note === "comma") {
      this.out.notes.set(
        ref,
        diagnostic("info", "score.commaDecimal", subjectKey(subject), [ref], {
          text: typeof c.value === "string" ? c.value : "",
          value: score.value,
        }),
      );
    }
    return {
      sheet: this.sheet.name,
      row,
      col: c.col,
      ref,
      value: score.value,
      // A formula's cell holds a number once Excel works it out: its highlight follows the value.
      numeric: typeof c.value === "number" || isFormula(c.value),
      factor: score.factor,
      subject,
    };
  }

  protected invalidScore(row: number, c: RowCell, subject: string | null): Diagnostic {
    const s = c.score as { reason: string; text: string };
    const code =
      s.reason === "range" ? "score.outOfRange" : s.reason === "formula" ? "score.formulaNoValue" : "score.invalid";
    return diagnostic("warning", code, subject, [cellRef(this.sheet.name, row, c.col)], {
      text: isCellError(c.value) ? c.value.error : s.text,
    });
  }

  protected pushTotal(total: PendingTotal): void {
    this.table!.totals.push(total);
    this.count(total.kind === "tool" ? `tool:${total.tool}` : `indicator:${total.number}`);
  }

  /** An identified item row's scores, as they will be committed at the end of its table. */
  protected pendingItem(row: number, item: ItemDef, valid: RowCell[], scoreCells: RowCell[]): PendingItem {
    const tool = this.toolOfIndicator.get(item.indicator)!;
    const isDualTool = this.framework.tools.find((t) => t.id === tool)?.scoring === "dual";
    const invalid = scoreCells
      .filter((c) => c.score.kind === "invalid")
      .map((c) => this.invalidScore(row, c, `item:${item.code}`));
    const used: ScoreCell[] = [];
    // A row whose every score is unreadable names the item but gives no score: not found.
    if (valid.length === 0) return { row, code: item.code, scores: null, cells: [], invalid };
    if (isDualTool && (valid.length >= 2 || this.roles.public !== undefined || this.roles.survey !== undefined)) {
      let pub: RowCell | undefined;
      let sur: RowCell | undefined;
      if (valid.length >= 2) [pub, sur] = valid;
      else if (valid.length === 1) {
        const v = valid[0];
        const dp = this.roles.public === undefined ? Infinity : distance(v.col, this.roles.public);
        const ds = this.roles.survey === undefined ? Infinity : distance(v.col, this.roles.survey);
        if (dp <= ds) pub = v;
        else sur = v;
      }
      if (pub) used.push(this.scoreCell(row, pub, { kind: "item", code: item.code, part: "public" }));
      if (sur) used.push(this.scoreCell(row, sur, { kind: "item", code: item.code, part: "survey" }));
      const scores = { public: pub ? used[0].value : null, survey: sur ? used[used.length - 1].value : null };
      return { row, code: item.code, scores, cells: used, invalid };
    }
    const preferred =
      valid.find(
        (c) => this.roles.score !== undefined && (c.col === this.roles.score || c.col === this.roles.score + 1),
      ) ?? valid[0];
    used.push(this.scoreCell(row, preferred, { kind: "item", code: item.code, part: "value" }));
    return { row, code: item.code, scores: { value: used[0].value }, cells: used, invalid };
  }

  /**
   * A row between i7 and i9 of the same indicator, when i8 is read nowhere else and nothing else
   * stands between them, is i8: its position is the clue its garbled code and wording lacked.
   * Each such row gets a note, so the analyst can check it.
   */
  protected placeByPosition(t: Table): void {
    if (t.gaps.length === 0) return;
    const items = [...t.items].sort((a, b) => a.row - b.row);
    const codes = new Set([...items.map((i) => i.code), ...this.out.items.keys()]);
    const byCode = new Map(this.framework.items.map((i) => [i.code, i]));
    for (const g of t.gaps) {
      const prev = [...items].reverse().find((i) => i.row < g.row);
      const next = items.find((i) => i.row > g.row);
      if (!prev || !next || prev.code[0] !== next.code[0]) continue;
      const [p, n] = [Number(prev.code.slice(1)), Number(next.code.slice(1))];
      const middle = byCode.get(`${prev.code[0]}${p + 1}`);
      const between = t.gaps.filter((x) => x.row > prev.row && x.row < next.row).length;
      if (n !== p + 2 || !middle || middle.indicator !== g.heading || codes.has(middle.code) || between !== 1) continue;
      if (byCode.get(prev.code)!.indicator !== g.heading || byCode.get(next.code)!.indicator !== g.heading) continue;
      t.items.push(this.pendingItem(g.row, middle, g.valid, g.scoreCells));
      codes.add(middle.code);
      this.out.diagnostics.push(
        diagnostic("info", "item.byPosition", `item:${middle.code}`, [g.ref], {
          code: middle.code,
          prev: prev.code,
          next: next.code,
        }),
      );
    }
  }

  protected newTable(row: number): Table {
    return {
      startRow: row,
      totals: [],
      items: [],
      gaps: [],
      foreign: [],
      lastRow: row,
      maxCol: 0,
      seen: new Map(),
      records: false,
    };
  }

  /** Count a tool, indicator or item of the current table; enough of one makes it a table of records. */
  protected count(key: string): void {
    const t = this.table!;
    const n = (t.seen.get(key) ?? 0) + 1;
    t.seen.set(key, n);
    if (n >= RECORD_REPEATS) t.records = true;
  }

  /**
   * A table where the same tool, indicator or item comes three times or more is a table of
   * records — a unit's or a respondent's rows, staff evaluations — not a score table: none of it is
   * read as a score (and nothing of it is highlighted), and a note says so.
   */
  protected isRecords(t: Table): boolean {
    const repeated = [...t.seen].filter(([, n]) => n >= RECORD_REPEATS);
    if (!t.records) return false;
    const range = `${quoteSheetName(this.sheet.name)}!${cellAddress(t.startRow, this.sheet.left)}:${cellAddress(t.lastRow, t.maxCol)}`;
    this.out.diagnostics.push(
      diagnostic("info", "table.records", null, [cellRef(this.sheet.name, t.startRow, this.sheet.left)], {
        range,
        rows: t.lastRow - t.startRow + 1,
        repeated: repeated.map(([k]) => k.replace(/^[a-z]+:/, "")),
      }),
    );
    return true;
  }

  /** Commit the table's items, or drop them all when it is another year's table. */
  protected endTable(resetContext: boolean): void {
    const t = this.table;
    this.table = null;
    if (resetContext) {
      this.roles = {};
      this.headerCols = new Set();
      this.earlierCols = new Map();
      this.scoreCols = new Set();
      this.shiftCols = new Set();
      this.heading = null;
      this.indicatorRunTool = null;
    }
    if (!t) return;
    if (this.isRecords(t)) return;
    for (const total of t.totals) {
      if (total.kind === "tool") this.out.addTool(total.tool, total.cell, total.points);
      else this.out.addIndicator(total.number, total.cell);
    }
    const identified = t.items.length;
    const isForeign = t.foreign.length >= 2 && t.foreign.length * 5 >= identified + t.foreign.length;
    if (isForeign) {
      const range = `${quoteSheetName(this.sheet.name)}!${cellAddress(t.startRow, this.sheet.left)}:${cellAddress(t.lastRow, t.maxCol)}`;
      this.out.diagnostics.push(
        diagnostic("warning", "items.otherFramework", null, [t.foreign[0].ref], {
          range,
          codes: t.foreign.map((f) => f.code),
          count: identified + t.foreign.length,
          framework: this.framework.label,
        }),
      );
      this.out.droppedItemTables++;
      return;
    }
    for (const f of t.foreign) {
      this.out.diagnostics.push(
        diagnostic("warning", "item.notInFramework", null, [f.ref], { code: f.code, framework: this.framework.label }),
      );
    }
    this.placeByPosition(t);
    for (const p of t.items) {
      this.out.diagnostics.push(...p.invalid);
      if (p.scores) this.out.addItem(p.code, p.scores, p.cells);
    }
  }
}
