/**
 * A typed fake of the part of the Excel JavaScript API that the adapter uses. It behaves like
 * Excel where it matters for correctness: commands are queued and run at `context.sync()`;
 * reading a property that was not loaded and synced throws; a collection's `items` need a load;
 * text written as a value becomes a formula when it starts with "=", "+", "-" or "@", and a number
 * when it looks like one, unless the cell is formatted as text; a "formula" without "=" is text;
 * a reference to a sheet that does not exist (yet) is #REF!, and a drop-down over one is refused;
 * applying a style sets the cell's number format to the style's; every sync is counted; a batch
 * that ends with unsynced commands fails.
 *
 * Ranges are Excel's: a used range (of a sheet or of a range) and an intersection are null objects
 * when there is nothing there (`isNullObject`), and calling a method on a null object fails rather
 * than guess at what Excel would do; `getRangeByIndexes` must stay within the sheet's grid.
 * Excel on the web's 5 MB payload limit is enforced: a sync whose commands write more than
 * `payloadLimit` bytes of JSON is refused before anything runs (RequestPayloadSizeLimitExceeded),
 * and one whose loads would return more is refused with nothing loaded
 * (ResponsePayloadSizeLimitExceeded). Each sync's response size and cells read are logged.
 *
 * What Excel does when a write fails is modelled too. A batch is never rolled back: a command that
 * fails stops the sync there, and the commands before it stay done. A protected sheet refuses
 * every command that changes it (AccessDenied), a protected workbook structure refuses adding,
 * deleting and renaming sheets; names and table names are unique; renaming a sheet renames every
 * reference to it (formulas, drop-down sources, names, table addresses). `failAt` makes the k-th
 * command from now fail (`failAll`: that one and every one after it), to test each in turn.
 */
import { CellValue, columnIndex, columnName } from "../../src/core/read/grid";

type Cell = { value: string | number | boolean; formula?: string; numberFormat?: string; style?: string };

/** A rectangle of cells, zero-based and inclusive. */
export type Bounds = { top: number; left: number; bottom: number; right: number };

const SHEET_ROWS = 1048576;
const SHEET_COLUMNS = 16384;

/**
 * Excel on the web's limit on a request or a response, 5 MB. The fake takes the stricter reading,
 * 5,000,000 bytes, of the JSON (UTF-8) of what a sync writes or loads.
 */
export const PAYLOAD_LIMIT = 5_000_000;

/** Bytes of a string in UTF-8, without allocating the encoding (Thai is 3 bytes a character). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const jsonBytes = (v: unknown) => utf8Bytes(JSON.stringify(v) ?? "");

function intersect(a: Bounds, b: Bounds): Bounds | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

export interface FakeCF {
  type: "CellValue" | "Custom";
  address: string;
  fill?: string;
  font?: string;
  rule?: unknown;
}

/** A sheet's cells by "row,col", counting the times a cell comes or goes (its used range may change then). */
class CellMap extends Map<string, Cell> {
  version = 0;
  override set(key: string, value: Cell): this {
    if (!this.has(key)) this.version++;
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.version++;
    return super.delete(key);
  }
  override clear(): void {
    this.version++;
    super.clear();
  }
}

export class FakeSheet {
  /** Protected (Review › Protect Sheet): every command that changes it is refused. */
  protected = false;
  cells = new CellMap();
  cfs: FakeCF[] = [];
  tables: FakeTable[] = [];
  merges: string[] = [];
  columnWidths = new Map<string, number>();
  rowHeights = new Map<string, number>();
  frozenRows = 0;
  frozenColumns = 0;
  tabColor = "";
  validations: Array<{ address: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown }> = [];
  pageLayout: Record<string, unknown> = {};
  /** Cells a manual page break starts a page at. */
  pageBreaks: string[] = [];
  charts: Array<{
    type: string;
    source: string;
    title?: string;
    series: Array<{ name?: string; type?: string; values?: string; x?: string }>;
    from?: string;
    to?: string;
  }> = [];
  constructor(public name: string) {}

  clone(): FakeSheet {
    const s = new FakeSheet(this.name);
    s.protected = this.protected;
    for (const [k, c] of this.cells) s.cells.set(k, { ...c });
    s.cfs = this.cfs.map((cf) => ({ ...cf }));
    s.tables = this.tables.map((t) => ({ ...t }));
    s.merges = [...this.merges];
    s.columnWidths = new Map(this.columnWidths);
    s.rowHeights = new Map(this.rowHeights);
    s.frozenRows = this.frozenRows;
    s.frozenColumns = this.frozenColumns;
    s.tabColor = this.tabColor;
    s.validations = this.validations.map((v) => structuredClone(v));
    s.pageLayout = structuredClone(this.pageLayout);
    s.pageBreaks = [...this.pageBreaks];
    s.charts = structuredClone(this.charts);
    return s;
  }

  set(row: number, col: number, v: CellValue, numberFormat?: string | null) {
    if (v === null || v === "") return;
    // Excel computes every formula when it opens a file: a formula cell always has a value.
    const value = typeof v === "object" ? ("error" in v ? v.error : "") : v;
    this.cells.set(`${row},${col}`, numberFormat ? { value, numberFormat } : { value });
  }

  get(address: string): Cell | undefined {
    const { row, col } = parseA1(address);
    return this.cells.get(`${row},${col}`);
  }

  /** The used range (every cell the fake holds, as `getUsedRange(true)` sees them), or null. */
  /**
   * The used range (every cell the fake holds, as `getUsedRange(true)` sees them), or null; within
   * a rectangle, the used range of the cells inside it, as a range's `getUsedRangeOrNullObject` gives.
   */
  bounds(within?: Bounds): Bounds | null {
    const { rows, cols } = this.coordinates();
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const c = cols[i];
      if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  private coords: { version: number; rows: Int32Array; cols: Int32Array } | null = null;
  /** Every cell's row and column, parsed from its key once until cells come or go. */
  private coordinates(): { rows: Int32Array; cols: Int32Array } {
    if (this.coords?.version === this.cells.version) return this.coords;
    const rows = new Int32Array(this.cells.size);
    const cols = new Int32Array(this.cells.size);
    let n = 0;
    for (const k of this.cells.keys()) {
      // "row,col", parsed by hand: a big sheet's used range is found on every read of it.
      let r = 0;
      let i = 0;
      for (; k.charCodeAt(i) !== 44; i++) r = r * 10 + k.charCodeAt(i) - 48;
      let c = 0;
      for (i++; i < k.length; i++) c = c * 10 + k.charCodeAt(i) - 48;
      rows[n] = r;
      cols[n++] = c;
    }
    this.coords = { version: this.cells.version, rows, cols };
    return this.coords;
  }

  /** What Excel returns for a rectangle: "" and "General" for empty cells. */
  read(b: Bounds): { values: Array<Array<string | number | boolean>>; numberFormat: string[][] } {
    const values: Array<Array<string | number | boolean>> = [];
    const numberFormat: string[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const v: Array<string | number | boolean> = [];
      const f: string[] = [];
      const row = `${r},`;
      for (let c = b.left; c <= b.right; c++) {
        const cell = this.cells.get(row + c);
        v.push(cell?.value ?? "");
        f.push(cell?.numberFormat ?? "General");
      }
      values.push(v);
      numberFormat.push(f);
    }
    return { values, numberFormat };
  }

  /** Cells of the used range outside the rectangle of `rows` × `columns` at A1. */
  cellsOutside(rows: number, columns: number): number {
    const b = this.bounds();
    if (!b) return 0;
    const all = (b.bottom - b.top + 1) * (b.right - b.left + 1);
    const inside = intersect(b, { top: 0, left: 0, bottom: rows - 1, right: columns - 1 });
    return all - (inside ? (inside.bottom - inside.top + 1) * (inside.right - inside.left + 1) : 0);
  }

  used(): {
    top: number;
    left: number;
    values: Array<Array<string | number | boolean>>;
    numberFormat: string[][];
  } | null {
    const b = this.bounds();
    return b ? { top: b.top, left: b.left, ...this.read(b) } : null;
  }
}

export type FakeTable = { address: string; name?: string; style?: string };

export class FakeWorkbook {
  /** The structure is protected (Review › Protect Workbook): no sheet is added, deleted or renamed. */
  structureProtected = false;
  /** Opened read-only. */
  readOnly = false;
  /** The file's name, as `Workbook.name` gives it. */
  fileName = "Book1.xlsx";
  /** Commands run so far, over every sync. */
  commands = 0;
  /** The command (counted in `commands`) that fails, with `failCode`; with `failAll`, every one from it. */
  failAt: number | null = null;
  failAll = false;
  failCode = "GeneralException";
  sheets: FakeSheet[] = [];
  names: Array<{ name: string; formula: string }> = [];
  styles = new Map<string, Record<string, unknown>>();
  syncs = 0;
  /** Largest number of commands one sync carried. */
  maxBatch = 0;
  /** Bytes of JSON one sync may write or load; Infinity turns the check off. */
  payloadLimit = PAYLOAD_LIMIT;
  /** Each sync's response: bytes of JSON loaded, and cells whose values or formats were loaded. */
  responses: Array<{ bytes: number; cells: number }> = [];
  selected: string | null = null;

  /** A copy to run on: sheets, names, styles and protection (the counters start again). */
  clone(): FakeWorkbook {
    const wb = new FakeWorkbook();
    wb.structureProtected = this.structureProtected;
    wb.readOnly = this.readOnly;
    wb.fileName = this.fileName;
    wb.sheets = this.sheets.map((s) => s.clone());
    wb.names = this.names.map((n) => ({ ...n }));
    wb.styles = new Map([...this.styles].map(([k, v]) => [k, { ...v }]));
    return wb;
  }

  addSheet(
    name: string,
    rows: CellValue[][] = [],
    top = 0,
    left = 0,
    formats: Array<Array<string | null>> = [],
  ): FakeSheet {
    const ws = new FakeSheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => ws.set(top + i, left + j, v, formats[i]?.[j])));
    this.sheets.push(ws);
    return ws;
  }

  sheet(name: string): FakeSheet {
    const ws = this.sheets.find((s) => s.name === name);
    if (!ws) throw richError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    return ws;
  }
}

export function richError(code: string, message: string): Error {
  const e = new Error(message) as Error & { code: string };
  e.name = "RichApi.Error";
  e.code = code;
  return e;
}

const colIndex = columnIndex;
const colName = columnName;

export function parseA1(a: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
  if (!m) throw new Error(`bad address ${a}`);
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

function rangeOf(address: string): { top: number; left: number; bottom: number; right: number } {
  const a = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [p, q] = a.split(":");
  if (/^[A-Z]+$/.test(p)) return { top: 0, left: colIndex(p), bottom: 1048575, right: colIndex(q ?? p) };
  if (/^\d+$/.test(p)) return { top: Number(p) - 1, left: 0, bottom: Number(q ?? p) - 1, right: 16383 };
  const s = parseA1(p);
  const e = parseA1(q ?? p);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

/** A proxy's loaded values: reading anything else throws as Office.js does. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected pendingLoad: string[] = [];
  constructor(protected ctx: FakeContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw richError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(prop) as T;
  }
}

/** What a load gives at sync: the data as the response carries it, and how to hand it to the proxy. */
interface Loaded {
  response: unknown;
  /** Cells whose values or number formats it carries. */
  cells?: number;
  commit: () => void;
}

class FakeContext {
  queue: Array<() => void> = [];
  loads: Array<() => Loaded> = [];
  /** Bytes of JSON the queued commands write (values, formulas, number formats). */
  requestBytes = 0;
  workbook: FakeWorkbookProxy;
  constructor(public wb: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** Queue a command that changes a sheet: a protected sheet refuses it. */
  edit(sheet: SheetRef, op: () => void): void {
    this.queue.push(() => {
      const s = sheet();
      if (s.protected) throw richError("AccessDenied", `fake Excel: the sheet ${s.name} is protected`);
      op();
    });
  }

  /** Queue a command that adds, deletes or renames a sheet: a protected structure refuses it. */
  structure(op: () => void): void {
    this.queue.push(() => {
      if (this.wb.structureProtected)
        throw richError("AccessDenied", "fake Excel: the workbook's structure is protected");
      op();
    });
  }

  /** Runs the queued commands and loads now; like Office.js, the caller awaits the result. */
  sync(): Promise<void> {
    this.wb.syncs++;
    this.wb.maxBatch = Math.max(this.wb.maxBatch, this.queue.length + this.loads.length);
    const queue = this.queue;
    const loads = this.loads;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.loads = [];
    this.requestBytes = 0;
    const limit = this.wb.payloadLimit;
    if (requestBytes > limit)
      return Promise.reject(
        richError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit."),
      );
    for (const op of queue) {
      const n = this.wb.commands++;
      const failAt = this.wb.failAt;
      if (failAt !== null && (n === failAt || (this.wb.failAll && n > failAt)))
        throw richError(this.wb.failCode, `fake Excel: command ${n} fails`);
      op();
    }
    const loaded = loads.map((l) => l());
    let bytes = 0;
    let cells = 0;
    for (const l of loaded) {
      bytes += jsonBytes(l.response);
      cells += l.cells ?? 0;
    }
    this.wb.responses.push({ bytes, cells });
    // The commands ran; only the answer is refused, so nothing is loaded.
    if (bytes > limit)
      return Promise.reject(
        richError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit."),
      );
    for (const l of loaded) l.commit();
    return Promise.resolve();
  }
}

/** Resolves, at sync, the sheet a proxy stands for: by identity once it is known, so a rename never loses it. */
type SheetRef = () => FakeSheet;

class FakeWorkbookProxy extends Loadable {
  worksheets: WorksheetCollection;
  names: NamedItemCollection;
  styles: StyleCollection;
  tables: TableCollection;
  protection: { load: (props: string) => { protected: boolean } };
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new WorksheetCollection(ctx);
    this.names = new NamedItemCollection(ctx);
    this.styles = new StyleCollection(ctx);
    this.tables = new TableCollection(ctx);
    const protection = new LoadedValue(ctx, () => ctx.wb.structureProtected);
    this.protection = {
      load: () => {
        protection.load();
        return {
          get protected() {
            return protection.value;
          },
        };
      },
    };
  }
  /** ExcelApi 1.8: `readOnly`; 1.7: `name` (the file's name, "Book1" before it is saved). */
  load(props: string) {
    const wanted = props.split(",");
    if (wanted.some((p) => p !== "readOnly" && p !== "name"))
      throw new Error(`fake: unexpected workbook load ${props}`);
    const wb = this.ctx.wb;
    this.ctx.loads.push(() => ({
      response: Object.fromEntries(wanted.map((p) => [p, p === "name" ? wb.fileName : wb.readOnly])),
      commit: () => {
        for (const p of wanted) this.loaded.set(p, p === "name" ? wb.fileName : wb.readOnly);
      },
    }));
    return this;
  }
  get readOnly(): boolean {
    return this.read("readOnly");
  }
  get name(): string {
    return this.read("name");
  }
}

/** One value loaded at sync. */
class LoadedValue<T> extends Loadable {
  constructor(
    ctx: FakeContext,
    private get: () => T,
  ) {
    super(ctx);
  }
  load() {
    this.ctx.loads.push(() => {
      const v = this.get();
      return { response: v, commit: () => this.loaded.set("value", v) };
    });
  }
  get value(): T {
    return this.read("value");
  }
}

class TableCollection extends Loadable {
  private _items: Array<{ name: string }> | null = null;
  get items() {
    if (!this._items) throw richError("PropertyNotLoaded", "tables.items not loaded");
    return this._items;
  }
  load(_props: string) {
    this.ctx.loads.push(() => {
      const names = this.ctx.wb.sheets.flatMap((s) => s.tables.map((t) => t.name ?? ""));
      return { response: names, commit: () => (this._items = names.map((name) => ({ name }))) };
    });
    return this;
  }
}

/** Excel renames every reference to a sheet it renames: in formulas, drop-down sources, names and tables. */
function renameReferences(wb: FakeWorkbook, from: string, to: string): void {
  const quoted = (n: string) => `'${n.replace(/'/g, "''")}'!`;
  const swap = (text: string) => text.split(quoted(from)).join(quoted(to));
  for (const sheet of wb.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = swap(cell.formula);
    for (const v of sheet.validations) {
      const list = (v.rule as { list?: { source?: string } } | undefined)?.list;
      if (list?.source) list.source = swap(list.source);
    }
    for (const t of sheet.tables) t.address = swap(t.address);
  }
  for (const n of wb.names) n.formula = swap(n.formula);
}

class WorksheetCollection extends Loadable {
  private _items: WorksheetProxy[] | null = null;
  get items(): WorksheetProxy[] {
    if (!this._items) throw richError("PropertyNotLoaded", "worksheets.items not loaded");
    return this._items;
  }
  /** "items/name", with "items/protection/protected" when asked. */
  load(props = "items/name") {
    const protection = props.includes("items/protection/protected");
    this.ctx.loads.push(() => {
      const sheets = [...this.ctx.wb.sheets];
      return {
        response: sheets.map((s) => (protection ? { name: s.name, protected: s.protected } : s.name)),
        commit: () =>
          (this._items = sheets.map((sheet) => {
            const p = new WorksheetProxy(this.ctx, () => sheet);
            p.setLoaded("name", sheet.name);
            if (protection) p.setLoaded("protection.protected", sheet.protected);
            return p;
          })),
      };
    });
    return this;
  }
  getItem(name: string) {
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(name));
  }
  add(name: string) {
    const sheet = new FakeSheet(name);
    this.ctx.structure(() => {
      if (this.ctx.wb.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw richError("ItemAlreadyExists", `sheet ${name} exists`);
      this.ctx.wb.sheets.push(sheet);
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!this.ctx.wb.sheets.includes(sheet)) throw richError("ItemNotFound", `sheet ${name} was never added`);
      return sheet;
    });
  }
}

class WorksheetProxy extends Loadable {
  tables: { add: (address: string, hasHeaders: boolean) => { name: string; style: string } };
  charts: { add: (type: string, source: RangeProxy, seriesBy: string) => unknown };
  freezePanes: { freezeRows: (n: number) => void; freezeColumns: (n: number) => void };
  pageLayout: Record<string, unknown> & { setPrintTitleRows: (r: string) => void; setPrintArea: (r: string) => void };
  horizontalPageBreaks: { add: (address: string) => void };
  constructor(
    ctx: FakeContext,
    private ref: SheetRef,
  ) {
    super(ctx);
    const sheet = this.ref;
    this.tables = {
      add: (address: string) => {
        const t: FakeTable = { address };
        ctx.edit(sheet, () => sheet().tables.push(t));
        return {
          /** Table names are unique in the workbook (whatever their case). */
          set name(v: string) {
            ctx.edit(sheet, () => {
              const all = ctx.wb.sheets.flatMap((s) => s.tables).filter((x) => x !== t);
              if (all.some((x) => x.name?.toLowerCase() === v.toLowerCase()))
                throw richError("ItemAlreadyExists", `table ${v} exists`);
              t.name = v;
            });
          },
          set style(v: string) {
            ctx.edit(sheet, () => (t.style = v));
          },
        };
      },
    };
    this.charts = {
      add: (type: string, source: RangeProxy) => {
        const rec: FakeSheet["charts"][number] = {
          type,
          source: (source as unknown as { address: string }).address,
          series: [{}],
        };
        ctx.edit(sheet, () => sheet().charts.push(rec));
        const q = (fn: () => void) => ctx.edit(sheet, fn);
        const seriesProxy = (sr: FakeSheet["charts"][number]["series"][number]) => ({
          set name(v: string) {
            q(() => (sr.name = v));
          },
          set chartType(v: string) {
            q(() => (sr.type = v));
          },
          set hasDataLabels(_v: boolean) {
            q(() => undefined);
          },
          setValues: (r: RangeProxy) => q(() => (sr.values = (r as unknown as { address: string }).address)),
          setXAxisValues: (r: RangeProxy) => q(() => (sr.x = (r as unknown as { address: string }).address)),
        });
        return {
          title: {
            set text(v: string) {
              q(() => (rec.title = v));
            },
          },
          legend: {
            set position(_v: string) {
              q(() => undefined);
            },
          },
          axes: {
            valueAxis: {
              set minimum(_v: number) {
                q(() => undefined);
              },
              set maximum(_v: number) {
                q(() => undefined);
              },
            },
          },
          series: {
            getItemAt: (i: number) => seriesProxy(rec.series[i]),
            add: (name: string) => {
              const sr = { name };
              q(() => rec.series.push(sr));
              return seriesProxy(sr);
            },
          },
          setPosition: (from: string, to: string) => q(() => Object.assign(rec, { from, to })),
        };
      },
    };
    this.freezePanes = {
      freezeRows: (n: number) => ctx.edit(sheet, () => (sheet().frozenRows = n)),
      freezeColumns: (n: number) => ctx.edit(sheet, () => (sheet().frozenColumns = n)),
    };
    const layout: Record<string, unknown> = {};
    this.pageLayout = new Proxy(layout, {
      set: (_t, k, v: unknown) => {
        ctx.edit(sheet, () => {
          sheet().pageLayout[String(k)] = v;
        });
        return true;
      },
      get: (_t, k) =>
        k === "setPrintTitleRows"
          ? (r: string) => ctx.edit(sheet, () => (sheet().pageLayout.printTitleRows = r))
          : k === "setPrintArea"
            ? (r: string) => ctx.edit(sheet, () => (sheet().pageLayout.printArea = r))
            : undefined,
    }) as WorksheetProxy["pageLayout"];
    this.horizontalPageBreaks = {
      add: (address: string) => ctx.edit(sheet, () => sheet().pageBreaks.push(address)),
    };
  }
  setLoaded(k: string, v: unknown) {
    this.loaded.set(k, v);
  }
  get name(): string {
    return this.read("name");
  }
  /** Renaming: refused by a protected structure or a name taken; every reference to the sheet follows. */
  set name(to: string) {
    this.ctx.structure(() => {
      const sheet = this.ref();
      if (this.ctx.wb.sheets.some((s) => s !== sheet && s.name.toLowerCase() === to.toLowerCase()))
        throw richError("ItemAlreadyExists", `sheet ${to} exists`);
      renameReferences(this.ctx.wb, sheet.name, to);
      sheet.name = to;
    });
  }
  get protection(): { protected: boolean } {
    return { protected: this.read<boolean>("protection.protected") };
  }
  set tabColor(v: string) {
    this.ctx.edit(this.ref, () => (this.ref().tabColor = v));
  }
  getRange(address?: string) {
    return new RangeProxy(this.ctx, this.ref, address ?? "A1:XFD1048576");
  }
  /** ExcelApi 1.7. Outside the sheet's grid, the sync fails as Excel's does. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number) {
    const inGrid =
      [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
      startRow >= 0 &&
      startColumn >= 0 &&
      rowCount >= 1 &&
      columnCount >= 1 &&
      startRow + rowCount <= SHEET_ROWS &&
      startColumn + columnCount <= SHEET_COLUMNS;
    if (!inGrid)
      return new RangeProxy(this.ctx, this.ref, () => {
        throw richError(
          "InvalidArgument",
          `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the grid`,
        );
      });
    const address = `${colName(startColumn)}${startRow + 1}:${colName(startColumn + columnCount - 1)}${startRow + rowCount}`;
    return new RangeProxy(this.ctx, this.ref, address);
  }
  /** The used range, resolved at sync (the fake ignores `valuesOnly`: every cell it holds counts as used). */
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    return new RangeProxy(this.ctx, this.ref, () => this.ref().bounds());
  }
  /** Its names go with it; a name elsewhere that refers to it becomes #REF!. */
  delete() {
    this.ctx.structure(() => {
      const sheet = this.ref();
      this.ctx.wb.sheets = this.ctx.wb.sheets.filter((s) => s !== sheet);
      for (const n of this.ctx.wb.names)
        if (n.formula.startsWith(`='${sheet.name.replace(/'/g, "''")}'!`) || n.formula.startsWith(`=${sheet.name}!`))
          n.formula = "=#REF!";
    });
  }
  activate() {
    this.ctx.queue.push(() => undefined);
  }
}

const RANGE_PROPS = new Set(["values", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount"]);

/**
 * A range: at an address (what `getRange` and `getRangeByIndexes` give, which commands can write
 * to), or computed at sync (a used range, an intersection) — null there is a null object.
 */
class RangeProxy extends Loadable {
  format: { columnWidth: number; rowHeight: number };
  dataValidation: { rule: unknown; errorAlert: unknown; prompt: unknown };
  conditionalFormats: ConditionalFormatCollection;
  private address: string;
  private resolve: () => Bounds | null;
  constructor(
    ctx: FakeContext,
    private ref: SheetRef,
    where: string | (() => Bounds | null),
  ) {
    super(ctx);
    this.address = typeof where === "string" ? where : "";
    this.resolve = typeof where === "string" ? () => rangeOf(where) : where;
    const address = this.address;
    const sheet = this.ref;
    const addr = address;
    this.format = {
      set columnWidth(w: number) {
        ctx.edit(sheet, () => sheet().columnWidths.set(addr, w));
      },
      set rowHeight(h: number) {
        ctx.edit(sheet, () => sheet().rowHeights.set(addr, h));
      },
    };
    const dv: { address: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown } = { address };
    let added = false;
    const touch = (k: "rule" | "errorAlert" | "prompt", v: unknown) =>
      ctx.edit(sheet, () => {
        const source = (v as { list?: { source?: string } })?.list?.source ?? "";
        const ref = /^='((?:[^']|'')+)'!/.exec(source);
        if (ref && !ctx.wb.sheets.some((ws) => ws.name === ref[1].replace(/''/g, "'")))
          throw richError("InvalidArgument", `The list source refers to a missing sheet: ${source}`);
        if (!added) sheet().validations.push(dv);
        added = true;
        dv[k] = v;
      });
    this.dataValidation = {
      set rule(v: unknown) {
        touch("rule", v);
      },
      set errorAlert(v: unknown) {
        touch("errorAlert", v);
      },
      set prompt(v: unknown) {
        touch("prompt", v);
      },
    };
    this.conditionalFormats = new ConditionalFormatCollection(ctx, sheet, address);
  }

  /** Loads only what is asked for, as Office.js does: reading anything else throws. */
  load(props: string) {
    const asked = props.split(",").map((p) => p.trim());
    for (const p of asked) if (!RANGE_PROPS.has(p)) throw new Error(`fake: unexpected range load ${p}`);
    this.ctx.loads.push(() => {
      const b = this.resolve();
      if (!b) return { response: { isNullObject: true }, commit: () => this.loaded.set("isNullObject", true) };
      const got: Record<string, unknown> = {
        rowIndex: b.top,
        columnIndex: b.left,
        rowCount: b.bottom - b.top + 1,
        columnCount: b.right - b.left + 1,
      };
      const cellsAsked = asked.includes("values") || asked.includes("numberFormat");
      if (cellsAsked) Object.assign(got, this.ref().read(b));
      const response = Object.fromEntries(asked.map((p) => [p, got[p]]));
      return {
        response,
        cells: cellsAsked ? (b.bottom - b.top + 1) * (b.right - b.left + 1) : 0,
        commit: () => {
          this.loaded.set("isNullObject", false);
          for (const [k, v] of Object.entries(response)) this.loaded.set(k, v);
        },
      };
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  /** The sheet's name now (at sync). */
  get sheetName(): string {
    return this.ref().name;
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  /** This range's cells, at sync; a method called on a null object fails. */
  private bounds(): Bounds {
    const b = this.resolve();
    if (!b)
      throw richError(
        "InvalidOperation",
        "fake Excel: a method was called on a null object; test isNullObject after a sync instead",
      );
    return b;
  }
  /** ExcelApi 1.4: the used part of this range, or a null object. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    return new RangeProxy(this.ctx, this.ref, () => {
      return this.ref().bounds(this.bounds());
    });
  }
  /** ExcelApi 1.4: the intersection with another range (or address) of the same sheet, or a null object. */
  getIntersectionOrNullObject(other: RangeProxy | string) {
    const that = typeof other === "string" ? new RangeProxy(this.ctx, this.ref, other) : other;
    return new RangeProxy(this.ctx, this.ref, () => {
      if (that.ref() !== this.ref()) throw richError("InvalidArgument", "ranges on different sheets");
      return intersect(this.bounds(), that.bounds());
    });
  }

  private each(fn: (cell: Cell | undefined, row: number, col: number, r: number, c: number) => void) {
    if (!this.address) throw new Error("fake: writing to a computed range (a used range, an intersection)");
    const b = rangeOf(this.address);
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) fn(this.ref().cells.get(`${r},${c}`), r, c, r - b.top, c - b.left);
  }

  private put(row: number, col: number, patch: Partial<Cell>) {
    const cells = this.ref().cells;
    const k = `${row},${col}`;
    cells.set(k, { value: "", ...cells.get(k), ...patch });
  }

  get values(): Array<Array<string | number | boolean | null>> {
    return this.read("values");
  }
  set values(m: Array<Array<string | number | boolean | null>>) {
    this.ctx.requestBytes += jsonBytes(m);
    this.ctx.edit(this.ref, () =>
      this.each((cell, row, col, r, c) => {
        const v = m[r]?.[c];
        if (v === null || v === undefined) return;
        const asText = cell?.numberFormat === "@";
        if (typeof v === "string" && !asText && /^[=+\-@]/.test(v)) this.put(row, col, { value: 0, formula: v });
        else if (typeof v === "string" && !asText && /^-?\d+(\.\d+)?%?$|^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/.test(v.trim()))
          this.put(row, col, { value: parseFloat(v), formula: undefined });
        else this.put(row, col, { value: v, formula: undefined });
      }),
    );
  }
  /**
   * The fake does not evaluate formulas: a cell keeps the value written before as its result.
   * Without "=" it is text; a reference to a sheet that does not exist is #REF!.
   */
  set formulas(m: Array<Array<string>>) {
    this.ctx.requestBytes += jsonBytes(m);
    this.ctx.edit(this.ref, () =>
      this.each((cell, row, col, r, c) => {
        const f = m[r][c];
        if (!f.startsWith("=")) return this.put(row, col, { value: f, formula: undefined });
        const missing = [...f.matchAll(/'((?:[^']|'')+)'!/g)].some(
          (x) => !this.ctx.wb.sheets.some((ws) => ws.name === x[1].replace(/''/g, "'")),
        );
        this.put(row, col, { formula: f, value: missing ? "#REF!" : (cell?.value ?? 0) });
      }),
    );
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(m: string[][]) {
    this.ctx.requestBytes += jsonBytes(m);
    this.ctx.edit(this.ref, () => this.each((_c, row, col, r, c) => this.put(row, col, { numberFormat: m[r][c] })));
  }
  /** A style brings its number format (General when it has none), as in Excel. */
  set style(name: string) {
    this.ctx.edit(this.ref, () => {
      const st = this.ctx.wb.styles.get(name);
      if (!st) throw richError("ItemNotFound", `style ${name}`);
      this.each((_c, row, col) =>
        this.put(row, col, { style: name, numberFormat: (st.numberFormat as string | undefined) ?? "General" }),
      );
    });
  }
  merge(_across?: boolean) {
    this.ctx.edit(this.ref, () => this.ref().merges.push(this.address));
  }
  select() {
    this.ctx.queue.push(() => (this.ctx.wb.selected = `${this.ref().name}!${this.address}`));
  }
}

class ConditionalFormatCollection extends Loadable {
  private _items: ConditionalFormatProxy[] | null = null;
  constructor(
    ctx: FakeContext,
    private sheet: SheetRef,
    private address: string,
  ) {
    super(ctx);
  }
  get items() {
    if (!this._items) throw richError("PropertyNotLoaded", "conditionalFormats.items not loaded");
    return this._items;
  }
  load(props: string) {
    if (!/items\/customOrNullObject\/format\/font\/color/.test(props))
      throw new Error(`fake: unexpected load ${props}`);
    this.ctx.loads.push(() => {
      const sheet = this.sheet();
      const cfs = [...sheet.cfs];
      return {
        response: cfs.map((cf) => ({ type: cf.type, font: cf.font })),
        commit: () => (this._items = cfs.map((cf) => new ConditionalFormatProxy(this.ctx, sheet, cf))),
      };
    });
    return this;
  }
  add(type: "CellValue" | "Custom") {
    const cf: FakeCF = { type, address: this.address };
    this.ctx.edit(this.sheet, () => this.sheet().cfs.push(cf));
    const format = {
      fill: {
        set color(v: string) {
          cf.fill = v;
        },
      },
      font: {
        set color(v: string) {
          cf.font = v;
        },
      },
    };
    const cellValue = {
      format,
      set rule(v: unknown) {
        cf.rule = v;
      },
    };
    const custom = {
      format,
      rule: {
        set formula(v: string) {
          cf.rule = { formula: v };
        },
      },
    };
    return { cellValue, custom };
  }
}

class ConditionalFormatProxy {
  cellValueOrNullObject: { isNullObject: boolean; format: { font: { color: string } } };
  customOrNullObject: { isNullObject: boolean; format: { font: { color: string } } };
  constructor(
    private ctx: FakeContext,
    private sheet: FakeSheet,
    private cf: FakeCF,
  ) {
    this.cellValueOrNullObject = { isNullObject: cf.type !== "CellValue", format: { font: { color: cf.font ?? "" } } };
    this.customOrNullObject = { isNullObject: cf.type !== "Custom", format: { font: { color: cf.font ?? "" } } };
  }
  delete() {
    this.ctx.edit(
      () => this.sheet,
      () => (this.sheet.cfs = this.sheet.cfs.filter((x) => x !== this.cf)),
    );
  }
}

type FakeName = FakeWorkbook["names"][number];

class NamedItemCollection extends Loadable {
  private _items: Array<{ name: string; formula: string; delete: () => void }> | null = null;
  /** Delete a name, found at sync: a name deleted already is not found. */
  private deleter(find: () => FakeName | undefined, what: string) {
    return () =>
      this.ctx.queue.push(() => {
        const n = find();
        if (!n || !this.ctx.wb.names.includes(n)) throw richError("ItemNotFound", `name ${what} not found`);
        this.ctx.wb.names = this.ctx.wb.names.filter((x) => x !== n);
      });
  }
  get items() {
    if (!this._items) throw richError("PropertyNotLoaded", "names.items not loaded");
    return this._items;
  }
  load(_props: string) {
    this.ctx.loads.push(() => {
      const names = [...this.ctx.wb.names];
      return {
        response: names,
        commit: () =>
          (this._items = names.map((n) => ({
            name: n.name,
            formula: n.formula,
            delete: this.deleter(() => n, n.name),
          }))),
      };
    });
    return this;
  }
  /** The name refers to the range's sheet as it is named when the command runs. */
  add(name: string, range: RangeProxy) {
    let added: FakeName | undefined;
    this.ctx.queue.push(() => {
      if (this.ctx.wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw richError("ItemAlreadyExists", `name ${name} exists`);
      const sheetName = range.sheetName;
      const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
      added = { name, formula: `=${sheet}!$A$1` };
      this.ctx.wb.names.push(added);
    });
    return { delete: this.deleter(() => added, name) };
  }
  getItem(name: string) {
    return { delete: this.deleter(() => this.ctx.wb.names.find((n) => n.name === name), name) };
  }
}

class StyleCollection extends Loadable {
  private _items: Array<{ name: string }> | null = null;
  get items() {
    if (!this._items) throw richError("PropertyNotLoaded", "styles.items not loaded");
    return this._items;
  }
  load(_props: string) {
    this.ctx.loads.push(() => {
      const names = [...this.ctx.wb.styles.keys()];
      return { response: names, commit: () => (this._items = names.map((name) => ({ name }))) };
    });
    return this;
  }
  add(name: string) {
    this.ctx.queue.push(() => {
      if (this.ctx.wb.styles.has(name)) throw richError("ItemAlreadyExists", `style ${name} exists`);
      this.ctx.wb.styles.set(name, {});
    });
  }
  getItem(name: string) {
    const ctx = this.ctx;
    const setter = (path: string) =>
      new Proxy(
        {},
        {
          set: (_t, k, v) => {
            ctx.queue.push(() => {
              const st = ctx.wb.styles.get(name);
              if (!st) throw richError("ItemNotFound", `style ${name}`);
              st[`${path}${String(k)}`] = v;
            });
            return true;
          },
          get: (_t, k) =>
            k === "font" || k === "fill"
              ? setter(`${String(k)}.`)
              : k === "borders"
                ? { getItem: (edge: string) => setter(`border.${edge}.`) }
                : undefined,
        },
      );
    return setter("");
  }
}

/** Install the fake as the globals `Excel` and `Office`; returns the workbook behind them. */
export function installFakeExcel(wb: FakeWorkbook, supported: string[] = ["1.7", "1.8", "1.9"]): FakeWorkbook {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = {
    run: async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
      const ctx = new FakeContext(wb);
      const result = await batch(ctx);
      if (ctx.queue.length || ctx.loads.length)
        throw new Error("fake Excel: the batch ended with commands that were never synced");
      return result;
    },
    ConditionalFormatType: { cellValue: "CellValue", custom: "Custom" },
    ConditionalCellValueOperator: { lessThan: "LessThan" },
    BorderIndex: { edgeTop: "EdgeTop", edgeBottom: "EdgeBottom", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight" },
    BorderLineStyle: { continuous: "Continuous" },
    HorizontalAlignment: { left: "Left", center: "Center", right: "Right" },
    VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
    DataValidationAlertStyle: { information: "Information" },
    PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
    PaperType: { a4: "A4" },
    ChartType: { columnClustered: "ColumnClustered", line: "Line" },
    ChartSeriesBy: { columns: "Columns" },
    ChartLegendPosition: { bottom: "Bottom" },
  };
  g.Office = {
    context: {
      requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && supported.includes(v) },
      displayLanguage: "th-TH",
    },
  };
  return wb;
}

/** The cells of a one-column range, "C5:C7" → ["C5", "C6", "C7"] (a single cell: itself). */
export function expand(address: string): string[] {
  const [a, b] = address.split(":");
  const m1 = /^([A-Z]+)(\d+)$/.exec(a)!;
  const m2 = /^([A-Z]+)(\d+)$/.exec(b ?? a)!;
  const out: string[] = [];
  for (let r = Number(m1[2]); r <= Number(m2[2]); r++) out.push(`${m1[1]}${r}`);
  return out;
}
