/**
 * Reading a workbook through Office.js: its sheets, names, styles, tables and protection, and the
 * values and number formats of every sheet's used range — in blocks, since Excel on the web refuses
 * a request or a response over 5 MB ("RequestPayloadSizeLimitExceeded",
 * "ResponsePayloadSizeLimitExceeded"), and only where the data really is: a stray value far from the
 * tables does not make a sheet of billions of cells.
 */
import { CellBox, CellValue, SheetGrid, WorkbookGrid } from "../../core/read/grid";
import { LEFTOVER, MarkedSheet, generatedSheetsOf } from "../../core/render/model";
import { isHighlightFont } from "../../core/render/styles";
import { OfficeActionError } from "./officeErrors";

/**
 * The cells (values and number formats) one sync reads. As JSON (UTF-8), a cell costs its value and
 * its format, each followed by a comma: a number 2–20 bytes ("85", "0.7868000000000001"), an empty
 * cell 3 (`"",`), text its length plus quotes — a Latin character 1 byte, a Thai one 3 — and a
 * format 10 ("General") to about 30 ("0.00%" 8). At 50,000 cells, 5 MB leaves 100 bytes a cell:
 * every cell of a block could hold a number under a long format, or text of about 25 Thai
 * characters, and still pass. What ITA workbooks hold costs far less: survey records of numbers and
 * short Thai notes about 25 bytes a cell (1.3 MB a block, measured on the fake), the sample with its
 * six generated sheets — paragraphs of Thai — about 58 (2.9 MB). A sheet of long text in every
 * cell can still pass 5 MB; Excel refuses that sync, and the block is read again in halves.
 */
export const BLOCK_CELLS = 50_000;

/**
 * The most cells the pane reads in all: 40 blocks, a few seconds of syncs and well under 200 MB in
 * the pane. A workbook bigger than that is for the web page or the command line, which stream it.
 */
export const MAX_READ_CELLS = 2_000_000;

/** A used range bigger than this is looked at more closely: is it one table, or a table and a stray cell far away? */
export const PROBE_CELLS = 250_000;

/** Bands a used range is cut into along each side when looking for where its data is. */
const PROBE_BANDS = 64;

/**
 * The empty stretch that parts the tables from data far away: a thousand empty rows, or a hundred
 * empty columns. Tables a few rows or columns apart are one sheet's data, read together.
 */
export const FAR_GAP = { rows: 1_000, columns: 100 } as const;

const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/**
 * The first block of each sheet read, a rectangle at A1 whose used part batch 2 loads: the sheets
 * share one block's cells equally (their sizes are not known until that very sync), in a shape
 * eight times taller than wide (score tables are narrow and long): 1 sheet 625 × 80, 2 sheets
 * 446 × 56, 8 sheets 223 × 28. Null when the share is not a whole cell.
 *
 * At A1 rather than at the used range's top-left, which batch 2 is only now asking for: a block
 * resized from that corner could run off the sheet's grid, while one at A1 never does, and nearly
 * every used range starts at or near A1. Whatever part of the used range the block holds, the rest
 * is read around it (`outside`); a sheet whose cells start beyond its block is read in the blocks.
 */
export function firstBlock(sheets: number, blockCells = BLOCK_CELLS): { rows: number; columns: number } | null {
  const share = Math.floor(blockCells / Math.max(1, sheets));
  if (!(share >= 1)) return null;
  const columns = Math.min(SHEET_COLUMNS, Math.ceil(Math.sqrt(share / 8)));
  return { rows: Math.min(SHEET_ROWS, Math.floor(share / columns)), columns };
}

/** A rectangle of cells, zero-based. */
export interface Rect {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

const RECT_LOAD = "rowIndex,columnIndex,rowCount,columnCount";
const rectOf = (r: Excel.Range): Rect => ({
  top: r.rowIndex,
  left: r.columnIndex,
  rows: r.rowCount,
  columns: r.columnCount,
});
const cellsOf = (r: Rect) => r.rows * r.columns;
/** A rectangle as the grid says it: zero-based and inclusive. */
const boxOf = (r: Rect): CellBox => ({
  top: r.top,
  left: r.left,
  bottom: r.top + r.rows - 1,
  right: r.left + r.columns - 1,
});

/** The part of `a` inside `b`, or null. */
function intersect(a: Rect, b: Rect): Rect | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.columns, b.left + b.columns);
  return bottom > top && right > left ? { top, left, rows: bottom - top, columns: right - left } : null;
}

/** The parts of `outer` outside `inner`, which lies within it: above, left, right, below. */
function outside(outer: Rect, inner: Rect | null): Rect[] {
  if (!inner) return [outer];
  const parts: Rect[] = [];
  const innerBottom = inner.top + inner.rows;
  const innerRight = inner.left + inner.columns;
  const outerBottom = outer.top + outer.rows;
  const outerRight = outer.left + outer.columns;
  if (inner.top > outer.top)
    parts.push({ top: outer.top, left: outer.left, rows: inner.top - outer.top, columns: outer.columns });
  if (inner.left > outer.left)
    parts.push({ top: inner.top, left: outer.left, rows: inner.rows, columns: inner.left - outer.left });
  if (innerRight < outerRight)
    parts.push({ top: inner.top, left: innerRight, rows: inner.rows, columns: outerRight - innerRight });
  if (innerBottom < outerBottom)
    parts.push({ top: innerBottom, left: outer.left, rows: outerBottom - innerBottom, columns: outer.columns });
  return parts;
}

/**
 * Cut rectangles into syncs of `budget` cells each, the last one the rest: ceil(cells / budget)
 * syncs. Each rectangle is taken row by row — whole rows while they fit, then part of a row — so
 * a sync may hold pieces of several rectangles and sheets.
 */
export function packBlocks<T>(
  parts: Array<{ key: T; rect: Rect }>,
  budget: number,
): Array<Array<{ key: T; rect: Rect }>> {
  const syncs: Array<Array<{ key: T; rect: Rect }>> = [];
  let current: Array<{ key: T; rect: Rect }> = [];
  let room = budget;
  for (const { key, rect } of parts) {
    let row = 0;
    let col = 0;
    while (row < rect.rows) {
      if (room === 0) {
        syncs.push(current);
        current = [];
        room = budget;
      }
      let piece: Rect;
      if (col > 0 || room < rect.columns) {
        const n = Math.min(rect.columns - col, room);
        piece = { top: rect.top + row, left: rect.left + col, rows: 1, columns: n };
        col += n;
        if (col === rect.columns) {
          col = 0;
          row++;
        }
      } else {
        const n = Math.min(rect.rows - row, Math.floor(room / rect.columns));
        piece = { top: rect.top + row, left: rect.left, rows: n, columns: rect.columns };
        row += n;
      }
      current.push({ key, rect: piece });
      room -= cellsOf(piece);
    }
  }
  if (current.length) syncs.push(current);
  return syncs;
}

/**
 * Where a used range's data is along one side, from the used part of each band it was cut into
 * (`[first, last]` of each band, in order; null for an empty band): from the first data on, up to
 * the first empty stretch of at least `gap` rows (or columns). What lies beyond it is far from the
 * tables. Null when every band is empty.
 */
export function keptSpan(bands: Array<[number, number] | null>, gap: number): [number, number] | null {
  const used = bands.filter((b): b is [number, number] => b !== null);
  if (!used.length) return null;
  let [from, to] = used[0];
  for (const [a, b] of used.slice(1)) {
    if (a - to - 1 >= gap) break;
    from = Math.min(from, a);
    to = Math.max(to, b);
  }
  return [from, to];
}

/** Is this Excel on the web refusing a request or a response over 5 MB? */
function isPayloadLimit(e: unknown): boolean {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** One sheet's used range being filled in, block by block. */
interface Filling {
  used: Rect;
  values: CellValue[][];
  formats: string[][];
}

/** Put a block's cells into the filling, the part of them inside its rectangle. */
function place(into: Filling, at: Rect, values: unknown[][], formats: unknown[][]): number {
  const part = intersect(at, into.used);
  if (!part) return 0;
  for (let r = 0; r < part.rows; r++) {
    const v = into.values[part.top - into.used.top + r];
    const f = into.formats[part.top - into.used.top + r];
    const from = values[part.top - at.top + r];
    const fromFormats = formats[part.top - at.top + r];
    for (let c = 0; c < part.columns; c++) {
      v[part.left - into.used.left + c] = from[part.left - at.left + c] as CellValue;
      f[part.left - into.used.left + c] = fromFormats[part.left - at.left + c] as string;
    }
  }
  return cellsOf(part);
}

export interface ReadOptions {
  /** Read only these sheets (and the generated ones); all when absent. */
  only?: string[];
  /** Cells per sync; BLOCK_CELLS unless a test says otherwise. */
  blockCells?: number;
  /** The most cells read in all; MAX_READ_CELLS unless a test says otherwise. */
  maxCells?: number;
  /** The share of the used ranges' cells read so far, after each sync that read some. */
  onProgress?: (fraction: number) => void;
  /** Stops the reading between syncs (the pane's Cancel). */
  signal?: AbortSignal;
}

/** A sheet as batch 1 found it. */
export interface SheetState {
  ws: Excel.Worksheet;
  name: string;
  /** What ITA Analyzer wrote it as, if anything: a generated sheet's key, or a leftover of a run that stopped. */
  marked: MarkedSheet | undefined;
  protected: boolean;
}

export interface ReadState {
  sheets: SheetState[];
  names: Excel.NamedItem[];
  styles: Set<string>;
  tables: Set<string>;
  /** The workbook's structure is protected: no sheet can be added, deleted or renamed. */
  structureProtected: boolean;
  /** Open read-only (or for viewing only): Excel will not keep what is written. */
  readOnly: boolean;
  grid: WorkbookGrid;
  /** Our highlight rules now on the user's sheets, to delete before writing new ones. */
  ourFormats: Array<{ sheet: string; format: Excel.ConditionalFormat }>;
}

/** Does a conditional format carry ITA Analyzer's highlight? (Its font colour is our signature.) */
function isOurs(cf: Excel.ConditionalFormat): boolean {
  const ours = (f: { isNullObject: boolean; format: Excel.ConditionalRangeFormat }) =>
    !f.isNullObject && isHighlightFont(f.format.font.color);
  return ours(cf.cellValueOrNullObject) || ours(cf.customOrNullObject);
}

const CF_LOAD = "items/type,items/cellValueOrNullObject/format/font/color,items/customOrNullObject/format/font/color";

/** Batch 1: the sheets (with their protection), names, styles, tables, and the workbook's protection and mode. */
async function readStructure(context: Excel.RequestContext) {
  const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
  const names = context.workbook.names.load("items/name,items/formula");
  const styles = context.workbook.styles.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const protection = context.workbook.protection.load("protected");
  const workbook = context.workbook.load("readOnly,name");
  await context.sync();
  const marked = generatedSheetsOf(
    names.items.map((n) => ({ name: n.name, reference: typeof n.formula === "string" ? n.formula : "" })),
  );
  return {
    sheets: sheets.items.map((ws): SheetState => ({
      ws,
      name: ws.name,
      marked: marked.get(ws.name),
      protected: ws.protection.protected,
    })),
    names: names.items,
    styles: new Set(styles.items.map((st) => st.name)),
    tables: new Set(tables.items.map((t) => t.name.toLowerCase())),
    structureProtected: protection.protected,
    readOnly: workbook.readOnly,
    name: workbook.name,
  };
}

/** The workbook's sheets, marking the ones ITA Analyzer wrote (one sync). */
export async function readSheetList(context: Excel.RequestContext): Promise<SheetState[]> {
  return (await readStructure(context)).sheets;
}

/**
 * Cut used ranges too big to be one table down to where their data is: each is cut into bands of
 * rows and of columns whose used parts one sync loads, and what lies beyond the first empty band
 * after the data is left out (`keptSpan`). Again, up to three times, while a range shrinks and is
 * still big. What was left out is named: one more sync loads its used part. Small ranges are kept
 * as they are, with no sync at all.
 */
async function trimFar(
  context: Excel.RequestContext,
  sheets: Array<{ ws: Excel.Worksheet; name: string; used: Rect }>,
): Promise<{ kept: Rect[]; farCells: CellBox[][] }> {
  const kept = sheets.map((s) => s.used);
  for (let round = 0; round < 3; round++) {
    const probing = kept.flatMap((rect, i) => (cellsOf(rect) > PROBE_CELLS ? [i] : []));
    if (!probing.length) break;
    const probes = probing.map((i) => bandProbes(sheets[i].ws, kept[i]));
    // Each round looks closer at what the one before found: at most three, only for a range too big to be a table.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    let shrank = false;
    probing.forEach((i, n) => {
      const next = keptFrom(probes[n]);
      if (next && cellsOf(next) < cellsOf(kept[i])) {
        kept[i] = next;
        shrank = true;
      }
    });
    if (!shrank) break;
  }
  const far = sheets.flatMap((s, i) =>
    outside(s.used, kept[i]).map((rect) => ({
      i,
      range: s.ws
        .getRangeByIndexes(rect.top, rect.left, rect.rows, rect.columns)
        .getUsedRangeOrNullObject(true)
        .load(RECT_LOAD),
    })),
  );
  const farCells = sheets.map(() => [] as CellBox[]);
  if (far.length) {
    await context.sync();
    for (const { i, range } of far) if (!range.isNullObject) farCells[i].push(boxOf(rectOf(range)));
  }
  return { kept, farCells };
}

/** The used parts of a rectangle's bands of rows and of columns, to load in the next sync. */
function bandProbes(ws: Excel.Worksheet, r: Rect) {
  const bands = (length: number) => {
    const size = Math.ceil(length / Math.min(PROBE_BANDS, length));
    return Array.from({ length: Math.ceil(length / size) }, (_, i) => [i * size, Math.min(size, length - i * size)]);
  };
  const used = (top: number, left: number, rows: number, columns: number) =>
    ws.getRangeByIndexes(top, left, rows, columns).getUsedRangeOrNullObject(true).load(RECT_LOAD);
  return {
    rows: bands(r.rows).map(([at, n]) => used(r.top + at, r.left, n, r.columns)),
    columns: bands(r.columns).map(([at, n]) => used(r.top, r.left + at, r.rows, n)),
  };
}

/** Where the data of a probed rectangle is: its rows' span and its columns' span. */
function keptFrom(p: { rows: Excel.Range[]; columns: Excel.Range[] }): Rect | null {
  const span = (ranges: Excel.Range[], side: "rows" | "columns") =>
    keptSpan(
      ranges.map((r) => {
        if (r.isNullObject) return null;
        const x = rectOf(r);
        return side === "rows" ? [x.top, x.top + x.rows - 1] : [x.left, x.left + x.columns - 1];
      }),
      FAR_GAP[side],
    );
  const rows = span(p.rows, "rows");
  const columns = span(p.columns, "columns");
  return rows && columns
    ? { top: rows[0], left: columns[0], rows: rows[1] - rows[0] + 1, columns: columns[1] - columns[0] + 1 }
    : null;
}

/** Too much to read in Excel, said with what to do instead. */
function tooBig(cells: number, max: number, biggest: { name: string; cells: number }): OfficeActionError {
  const n = (x: number) => x.toLocaleString("en-US");
  return new OfficeActionError(
    "TooManyCells",
    `สมุดงานนี้มีข้อมูล ${n(cells)} เซลล์ เกินกว่าที่บานหน้าต่างใน Excel อ่านได้ (${n(max)} เซลล์) ชีตที่ใหญ่ที่สุดคือ “${biggest.name}” (${n(biggest.cells)} เซลล์) กรุณาเลือกเฉพาะชีตที่มีตารางคะแนนในการตั้งค่า หรือวิเคราะห์ไฟล์นี้ด้วยหน้าเว็บหรือคำสั่ง ita-analyzer ซึ่งอ่านไฟล์ขนาดใหญ่ได้ สมุดงานไม่มีการเปลี่ยนแปลง`,
    `This workbook holds ${n(cells)} cells, more than the pane in Excel can read (${n(max)}); the biggest sheet is “${biggest.name}” (${n(biggest.cells)} cells). Choose only the sheets with the score tables in the settings, or analyse the file with the web page or the ita-analyzer command, which read big files. The workbook was not changed.`,
    `${cells} cells to read`,
  );
}

/**
 * Batch 1: sheets (with their protection), names, styles, tables, and the workbook's protection and
 * mode. Batch 2: for each sheet to read (and each generated one, whose edits carry over; never a
 * leftover of a run that stopped) its used range's position and size and, in the same sync, the
 * values and number formats of its part inside the sheet's first block (see `firstBlock`); the
 * conditional formats of the user's sheets. A used range too big to be one table is cut to where
 * its data is (`trimFar`: a sync or a few, only then). Then whatever the first blocks left — rows
 * below, columns to the right — in syncs of at most `blockCells` cells (`packBlocks`), stitched into
 * the grid one read of the whole used range would give.
 *
 * Syncs: 2 + ceil(rest / blockCells), rest being the cells of the used ranges read outside their
 * first blocks; 2 when every used range lies within its first block. Only when Excel refuses a sync
 * as over 5 MB (text of hundreds of bytes in every cell) are there more: a refused block is read
 * again as two halves (each of which may halve again); refused first blocks leave every cell to the
 * blocks. Without values (Clear highlights) it is batch 1 and batch 2, the latter with the
 * conditional formats only. More than `MAX_READ_CELLS` to read is refused before any block is.
 *
 * Every sheet is in the grid — the ones not read with no values — so generated names never take a
 * user's sheet, and leftovers are replaced by the next write.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  read: ReadOptions & { values: boolean },
): Promise<ReadState> {
  const structure = await readStructure(context);
  const budget = read.blockCells ?? BLOCK_CELLS;
  const loads = await loadSheets(context, structure.sheets, read, budget);
  const usedRanges = loads.flatMap(({ s, used }, key) =>
    used && !used.isNullObject ? [{ key, ws: s.ws, name: s.name, used: rectOf(used) }] : [],
  );
  const { kept, farCells } = await trimFar(context, usedRanges);
  const total = kept.reduce((n, r) => n + cellsOf(r), 0);
  const maxCells = read.maxCells ?? MAX_READ_CELLS;
  if (total > maxCells) {
    const biggest = usedRanges
      .map((u, i) => ({ name: u.name, cells: cellsOf(kept[i]) }))
      .sort((a, b) => b.cells - a.cells)[0];
    throw tooBig(total, maxCells, biggest);
  }
  const fillings = new Map<number, { filling: Filling; covered: Rect | null }>();
  usedRanges.forEach(({ key }, i) => fillings.set(key, firstFilling(kept[i], loads[key].first)));
  await readRest(context, loads, fillings, { total, budget, read });

  const sheets: SheetGrid[] = loads.map(({ s }, key) => {
    const f = fillings.get(key)?.filling;
    const at = usedRanges.findIndex((u) => u.key === key);
    const left = at >= 0 ? farCells[at] : [];
    return {
      name: s.name,
      top: f ? f.used.top : 0,
      left: f ? f.used.left : 0,
      values: f ? f.values : [],
      formats: f ? f.formats : undefined,
      generated: s.marked,
      ...(left.length ? { farCells: { parts: left, used: boxOf(usedRanges[at].used) } } : {}),
    };
  });
  return {
    ...structure,
    grid: { sheets, name: structure.name },
    ourFormats: loads.flatMap(({ s, cfs }) =>
      cfs ? cfs.items.filter(isOurs).map((format) => ({ sheet: s.name, format })) : [],
    ),
  };
}

/** Batch 2, per sheet: its used range, the used part of its first block with values and formats, and its conditional formats. */
interface SheetLoad {
  s: SheetState;
  used: Excel.Range | null;
  first: Excel.Range | null;
  cfs: Excel.ConditionalFormatCollection | null;
}

/** Batch 2 (one sync): every sheet read loads its used range and the first block of its cells. */
async function loadSheets(
  context: Excel.RequestContext,
  sheets: SheetState[],
  read: ReadOptions & { values: boolean },
  budget: number,
): Promise<SheetLoad[]> {
  const wanted = (s: SheetState) =>
    read.values && s.marked !== LEFTOVER && (s.marked !== undefined || !read.only || read.only.includes(s.name));
  const block = firstBlock(sheets.filter(wanted).length, budget);
  const batch2 = (first: { rows: number; columns: number } | null) =>
    sheets.map((s): SheetLoad => {
      const reads = wanted(s);
      return {
        s,
        used: reads ? s.ws.getUsedRangeOrNullObject(true).load(RECT_LOAD) : null,
        // The used part of the first block, asked of a range that always exists (never of the used
        // range, which may be a null object). Number formats in the same batch as the values: 0.7868
        // shown as 78.68% is a score of 78.68.
        first:
          reads && first
            ? s.ws
                .getRangeByIndexes(0, 0, first.rows, first.columns)
                .getUsedRangeOrNullObject(true)
                .load(`${RECT_LOAD},values,numberFormat`)
            : null,
        cfs: s.marked ? null : s.ws.getRange().conditionalFormats.load(CF_LOAD),
      };
    });
  const loads = batch2(block);
  try {
    await context.sync();
    return loads;
  } catch (e) {
    if (!block || !isPayloadLimit(e)) throw e;
    // The first blocks came to more than 5 MB (long text in every cell): the sizes alone this
    // time, and every cell in the blocks below, which halve until Excel lets them through.
    const sizes = batch2(null);
    await context.sync();
    return sizes;
  }
}

/** A sheet's grid to fill, with what its first block already gave. */
function firstFilling(rect: Rect, first: Excel.Range | null): { filling: Filling; covered: Rect | null } {
  const filling: Filling = {
    used: rect,
    values: Array.from({ length: rect.rows }, () => new Array<CellValue>(rect.columns)),
    formats: Array.from({ length: rect.rows }, () => new Array<string>(rect.columns)),
  };
  const covered = first && !first.isNullObject ? intersect(rectOf(first), rect) : null;
  if (covered) place(filling, rectOf(first!), first!.values, first!.numberFormat);
  return { filling, covered };
}

/** The cells the first blocks did not cover, in blocks of one sync each (what keeps every response under Excel's 5 MB). */
async function readRest(
  context: Excel.RequestContext,
  loads: SheetLoad[],
  fillings: Map<number, { filling: Filling; covered: Rect | null }>,
  { total, budget, read }: { total: number; budget: number; read: ReadOptions },
): Promise<void> {
  let done = [...fillings.values()].reduce((n, f) => n + (f.covered ? cellsOf(f.covered) : 0), 0);
  if (total > 0) read.onProgress?.(done / total);

  /** One block, one sync; refused as too big, it is read again as two halves. */
  const readBlock = async (pieces: Array<{ key: number; rect: Rect }>): Promise<void> => {
    read.signal?.throwIfAborted();
    const ranges = pieces.map(({ key, rect }) => ({
      key,
      rect,
      range: loads[key].s.ws
        .getRangeByIndexes(rect.top, rect.left, rect.rows, rect.columns)
        .load("values,numberFormat"),
    }));
    try {
      await context.sync();
    } catch (e) {
      const cells = pieces.reduce((n, p) => n + cellsOf(p.rect), 0);
      if (cells < 2 || !isPayloadLimit(e)) throw e;
      for (const half of packBlocks(pieces, Math.ceil(cells / 2))) await readBlock(half);
      return;
    }
    for (const { key, rect, range } of ranges)
      done += place(fillings.get(key)!.filling, rect, range.values, range.numberFormat);
    read.onProgress?.(done / total);
  };
  const rest = [...fillings].flatMap(([key, f]) => outside(f.filling.used, f.covered).map((rect) => ({ key, rect })));
  for (const pieces of packBlocks(rest, budget)) await readBlock(pieces);
}
