/**
 * An item's row: its code and wording found among the cells, its scores under the header's score
 * columns, matched to the framework's item; an OIT audit's verdicts read on the tool's scale.
 */
import { diagnostic } from "../i18n/diagnostics";
import { ItemDef } from "../framework/types";
import { cellRef } from "../read/grid";
import { verdictScore } from "../text/scores";
import { visibleLength } from "../text/thai";
import { readItemCode } from "./itemCodes";
import { isBareTotalLabel, isOverallLabel } from "./labels";
import { RowCell } from "./scanTypes";
import { TableScanner } from "./tableScanner";

export abstract class ItemRowScanner extends TableScanner {
  /**
   * Does a row with an indicator's name also name an item? Under a header with an indicator column
   * and a code or question column, the name is the item's indicator; without one, a code right of
   * the name says so ("ตัวชี้วัดที่ 1 … | i1 | … | 78.68").
   */
  protected namesItem(cells: RowCell[], heading: RowCell): boolean {
    const r = this.roles;
    if (r.indicator === heading.col && (r.code !== undefined || r.text !== undefined)) return true;
    return cells.some((c) => c.col > heading.col && !c.role && c.text !== "" && this.isCode(c.text));
  }

  protected isCode(text: string): boolean {
    return readItemCode(text, this.vocab.codes).some((r) => r.confidence === 1);
  }

  /**
   * Read the row as an item; false when it is not one. `rowHeading`: the indicator the row names
   * in a cell of its own, which is neither its code nor its wording.
   */
  protected readItemRow(row: number, cells: RowCell[], rowHeading?: { col: number; indicator: number }): boolean {
    const usable = this.itemCells(cells, rowHeading);
    const { textCell, codeCell } = this.wordingAndCode(usable);
    const anchor = textCell ?? codeCell;
    if (!anchor) return false;

    const scoreCells = usable.filter(
      (c) =>
        c.col > anchor.col &&
        c !== codeCell &&
        this.inScoreColumn(c.col) &&
        (c.score.kind === "score" ||
          c.score.kind === "verdict" ||
          (c.score.kind === "invalid" && (c.score.reason !== "text" || this.isScoreHeaderColumn(c.col)))),
    );
    if (scoreCells.length === 0) return false;
    const valid = scoreCells.filter((c) => c.score.kind === "score");
    const dual =
      valid.length >= 2 ? true : this.roles.public !== undefined || this.roles.survey !== undefined ? null : false;

    const codeText = codeCell
      ? codeCell.text || (typeof codeCell.value === "number" ? String(codeCell.value) : "")
      : null;
    const heading = this.rowIndicator(cells) ?? rowHeading?.indicator ?? this.heading;
    const match = this.matcher.match({ text: textCell ? textCell.text : null, code: codeText, heading, dual });
    const ref = cellRef(this.sheet.name, row, anchor.col);
    const codeRef = codeCell ? cellRef(this.sheet.name, row, codeCell.col) : ref;
    switch (match.kind) {
      case "foreign":
        this.table!.foreign.push({ code: match.code, ref: codeRef });
        return true;
      case "ambiguous":
        this.out.diagnostics.push(
          diagnostic("warning", "item.ambiguous", null, [ref], { candidates: match.candidates.map((c) => c.code) }),
        );
        return true;
      case "none":
        return this.unmatched({ row, ref, codeRef, codeText, heading, valid, scoreCells }, cells);
    }
    const scored = this.withVerdicts(row, match.item, scoreCells);
    const read = scored.filter((c) => c.score.kind === "score");
    this.table!.items.push(this.pendingItem(row, match.item, read, scored));
    this.count(`item:${match.item.code}`);
    return true;
  }

  /** The cells an item's code, wording and scores may be in: not a labelled column, nor its group's. */
  private itemCells(cells: RowCell[], rowHeading?: { col: number; indicator: number }): RowCell[] {
    return cells.filter(
      (c) =>
        !c.role &&
        c.col !== this.roles.tool &&
        c.col !== this.roles.seq &&
        c.col !== this.roles.previous &&
        !this.earlierCols.has(c.col) &&
        c.col !== this.roles.indicator &&
        c.col !== rowHeading?.col &&
        !(c.text && rowHeading && this.vocab.tool(c.text) && c.col < rowHeading.col),
    );
  }

  private codeLike(c: RowCell): boolean {
    const s = c.text || (typeof c.value === "number" && Number.isInteger(c.value) ? String(c.value) : "");
    return s !== "" && readItemCode(s, this.vocab.codes).length > 0;
  }

  /**
   * The row's wording and code. With a question column in the header the wording is there (or
   * nowhere); without one it is the longest text in the row. The code is in the code column, or
   * left of the wording.
   */
  private wordingAndCode(usable: RowCell[]): { textCell?: RowCell; codeCell?: RowCell } {
    const notNote = (c: RowCell) => c.col !== this.roles.note;
    const isWording = (c: RowCell) =>
      c.text !== "" && c.score.kind !== "score" && !this.codeLike(c) && visibleLength(c.text) >= 2;
    let textCell: RowCell | undefined;
    if (this.roles.text !== undefined) textCell = usable.find((c) => c.col === this.roles.text && isWording(c));
    else {
      for (const c of usable.filter(notNote)) {
        if (!isWording(c) || this.scoreCols.has(c.col)) continue;
        if (!textCell || visibleLength(c.text) > visibleLength(textCell.text)) textCell = c;
      }
    }
    let codeCell: RowCell | undefined;
    if (this.roles.code !== undefined) codeCell = usable.find((c) => c.col === this.roles.code && this.codeLike(c));
    if (!codeCell) codeCell = usable.find((c) => notNote(c) && this.codeLike(c) && (!textCell || c.col < textCell.col));
    return { textCell, codeCell };
  }

  /**
   * A row that names no item of the framework. A clear code is named as unidentified; under a
   * known heading, a row that names no item clearly may still sit in a gap of one between two
   * identified items, settled when the table ends. True when the row was an item row.
   */
  private unmatched(
    r: {
      row: number;
      ref: string;
      codeRef: string;
      codeText: string | null;
      heading: number | null;
      valid: RowCell[];
      scoreCells: RowCell[];
    },
    cells: RowCell[],
  ): boolean {
    if (r.codeText !== null && readItemCode(r.codeText, this.vocab.codes).some((x) => x.prefix && x.confidence === 1)) {
      this.out.diagnostics.push(diagnostic("warning", "item.unidentified", null, [r.codeRef], { code: r.codeText }));
      return true;
    }
    if (r.heading === null || r.valid.length === 0) return false;
    const labelled = cells.some(
      (c) => c.text && (this.vocab.tool(c.text) || isOverallLabel(c.text) || isBareTotalLabel(c.text)),
    );
    if (!labelled)
      this.table!.gaps.push({ row: r.row, ref: r.ref, heading: r.heading, valid: r.valid, scoreCells: r.scoreCells });
    this.signal = true;
    return false;
  }

  /**
   * An audit's verdicts ("มี" / "ไม่มี", "✓" / "✗", "บางส่วน") are scores for an item of a tool
   * scored on a scale (OIT: 100, 0, 50), each with a note; for any other item a verdict under a
   * score header is named as not a score, and elsewhere it is a remark.
   */
  protected withVerdicts(row: number, item: ItemDef, cells: RowCell[]): RowCell[] {
    const tool = this.framework.tools.find((t) => t.id === this.toolOfIndicator.get(item.indicator));
    // A number beside the verdict says more (a verdict "มี" with a score of 50): the number is used.
    const numbered = cells.some((c) => c.score.kind === "score");
    const scale = tool?.kind === "disclosure" && !numbered ? tool.scale : undefined;
    const out: RowCell[] = [];
    for (const c of cells) {
      if (c.score.kind !== "verdict") {
        out.push(c);
        continue;
      }
      const value = scale ? verdictScore(c.score.verdict, scale) : null;
      const ref = cellRef(this.sheet.name, row, c.col);
      if (value !== null) {
        this.out.notes.set(
          ref,
          diagnostic("info", "score.verdict", `item:${item.code}`, [ref], {
            text: c.score.text,
            value,
            tool: tool!.id,
          }),
        );
        out.push({ ...c, score: { kind: "score", value, factor: 1 } });
      } else if (!numbered && this.isScoreHeaderColumn(c.col)) {
        out.push({ ...c, score: { kind: "invalid", reason: "text", text: c.score.text } });
      }
    }
    return out;
  }
}
