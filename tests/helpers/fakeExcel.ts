/**
 * A typed fake of the part of the Excel JavaScript API that the adapter uses. It behaves like
 * Excel where it matters for correctness: commands are queued and run at `context.sync()`;
 * reading a property that was not loaded and synced throws; a collection's `items` need a load;
 * text written as a value becomes a formula when it starts with "=", "+", "-" or "@", and a number
 * when it looks like one, unless the cell is formatted as text; a "formula" without "=" is text;
 * a reference to a sheet that does not exist (yet) is #REF!, and a drop-down over one is refused;
 * applying a style sets the cell's number format to the style's; every sync is counted; a batch
 * that ends with unsynced commands fails.
 */
import { CellValue } from "../../src/core/read/grid";

type Cell = { value: string | number | boolean; formula?: string; numberFormat?: string; style?: string };

export interface FakeCF {
  type: "CellValue" | "Custom";
  address: string;
  fill?: string;
  font?: string;
  rule?: unknown;
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  cfs: FakeCF[] = [];
  tables: Array<{ address: string; name?: string; style?: string }> = [];
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

  used(): {
    top: number;
    left: number;
    values: Array<Array<string | number | boolean>>;
    numberFormat: string[][];
  } | null {
    if (this.cells.size === 0) return null;
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    const values = Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) => this.cells.get(`${top + r},${left + c}`)?.value ?? ""),
    );
    const numberFormat = Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from(
        { length: right - left + 1 },
        (_, c) => this.cells.get(`${top + r},${left + c}`)?.numberFormat ?? "General",
      ),
    );
    return { top, left, values, numberFormat };
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names: Array<{ name: string; formula: string }> = [];
  styles = new Map<string, Record<string, unknown>>();
  syncs = 0;
  /** Largest number of commands one sync carried. */
  maxBatch = 0;
  selected: string | null = null;

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

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

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

class FakeContext {
  queue: Array<() => void> = [];
  loads: Array<() => void> = [];
  workbook: FakeWorkbookProxy;
  constructor(public wb: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** Runs the queued commands and loads now; like Office.js, the caller awaits the result. */
  sync(): Promise<void> {
    this.wb.syncs++;
    this.wb.maxBatch = Math.max(this.wb.maxBatch, this.queue.length + this.loads.length);
    const queue = this.queue;
    const loads = this.loads;
    this.queue = [];
    this.loads = [];
    for (const op of queue) op();
    for (const l of loads) l();
    return Promise.resolve();
  }
}

class FakeWorkbookProxy {
  worksheets: WorksheetCollection;
  names: NamedItemCollection;
  styles: StyleCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollection(ctx);
    this.names = new NamedItemCollection(ctx);
    this.styles = new StyleCollection(ctx);
  }
}

class WorksheetCollection extends Loadable {
  private _items: WorksheetProxy[] | null = null;
  get items(): WorksheetProxy[] {
    if (!this._items) throw richError("PropertyNotLoaded", "worksheets.items not loaded");
    return this._items;
  }
  load(_props?: string) {
    this.ctx.loads.push(() => {
      this._items = this.ctx.wb.sheets.map((s) => {
        const p = new WorksheetProxy(this.ctx, s.name);
        p.setLoaded("name", s.name);
        return p;
      });
    });
    return this;
  }
  getItem(name: string) {
    return new WorksheetProxy(this.ctx, name);
  }
  add(name: string) {
    this.ctx.queue.push(() => {
      if (this.ctx.wb.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw richError("ItemAlreadyExists", `sheet ${name} exists`);
      this.ctx.wb.sheets.push(new FakeSheet(name));
    });
    return new WorksheetProxy(this.ctx, name);
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
    private sheetName: string,
  ) {
    super(ctx);
    const sheet = () => this.ctx.wb.sheet(this.sheetName);
    this.tables = {
      add: (address: string) => {
        const t: { address: string; name?: string; style?: string } = { address };
        ctx.queue.push(() => sheet().tables.push(t));
        return {
          set name(v: string) {
            ctx.queue.push(() => (t.name = v));
          },
          set style(v: string) {
            ctx.queue.push(() => (t.style = v));
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
        ctx.queue.push(() => sheet().charts.push(rec));
        const q = (fn: () => void) => ctx.queue.push(fn);
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
      freezeRows: (n: number) => ctx.queue.push(() => (sheet().frozenRows = n)),
      freezeColumns: (n: number) => ctx.queue.push(() => (sheet().frozenColumns = n)),
    };
    const layout: Record<string, unknown> = {};
    this.pageLayout = new Proxy(layout, {
      set: (_t, k, v: unknown) => {
        ctx.queue.push(() => {
          sheet().pageLayout[String(k)] = v;
        });
        return true;
      },
      get: (_t, k) =>
        k === "setPrintTitleRows"
          ? (r: string) => ctx.queue.push(() => (sheet().pageLayout.printTitleRows = r))
          : k === "setPrintArea"
            ? (r: string) => ctx.queue.push(() => (sheet().pageLayout.printArea = r))
            : undefined,
    }) as WorksheetProxy["pageLayout"];
    this.horizontalPageBreaks = {
      add: (address: string) => ctx.queue.push(() => sheet().pageBreaks.push(address)),
    };
  }
  setLoaded(k: string, v: unknown) {
    this.loaded.set(k, v);
  }
  get name(): string {
    return this.read("name");
  }
  set tabColor(v: string) {
    this.ctx.queue.push(() => (this.ctx.wb.sheet(this.sheetName).tabColor = v));
  }
  getRange(address?: string) {
    return new RangeProxy(this.ctx, this.sheetName, address ?? "A1:XFD1048576");
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    return new UsedRangeProxy(this.ctx, this.sheetName);
  }
  delete() {
    this.ctx.queue.push(() => {
      this.ctx.wb.sheets = this.ctx.wb.sheets.filter((s) => s.name !== this.sheetName);
    });
  }
  activate() {
    this.ctx.queue.push(() => undefined);
  }
}

class UsedRangeProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private sheetName: string,
  ) {
    super(ctx);
  }
  /** Loads only what is asked for, as Office.js does: reading anything else throws. */
  load(props: string) {
    const asked = new Set(props.split(",").map((p) => p.trim()));
    this.ctx.loads.push(() => {
      const u = this.ctx.wb.sheet(this.sheetName).used();
      this.loaded.set("isNullObject", u === null);
      if (!u) return;
      const values: Record<string, unknown> = {
        values: u.values,
        numberFormat: u.numberFormat,
        rowIndex: u.top,
        columnIndex: u.left,
      };
      for (const [k, v] of Object.entries(values)) if (asked.has(k)) this.loaded.set(k, v);
    });
    return this;
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
}

class RangeProxy extends Loadable {
  format: { columnWidth: number; rowHeight: number };
  dataValidation: { rule: unknown; errorAlert: unknown; prompt: unknown };
  conditionalFormats: ConditionalFormatCollection;
  constructor(
    ctx: FakeContext,
    private sheetName: string,
    private address: string,
  ) {
    super(ctx);
    const sheet = () => this.ctx.wb.sheet(this.sheetName);
    const addr = address;
    this.format = {
      set columnWidth(w: number) {
        ctx.queue.push(() => sheet().columnWidths.set(addr, w));
      },
      set rowHeight(h: number) {
        ctx.queue.push(() => sheet().rowHeights.set(addr, h));
      },
    };
    const dv: { address: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown } = { address };
    let added = false;
    const touch = (k: "rule" | "errorAlert" | "prompt", v: unknown) =>
      ctx.queue.push(() => {
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
    this.conditionalFormats = new ConditionalFormatCollection(ctx, sheetName, address);
  }

  private each(fn: (cell: Cell | undefined, row: number, col: number, r: number, c: number) => void) {
    const b = rangeOf(this.address);
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++)
        fn(this.ctx.wb.sheet(this.sheetName).cells.get(`${r},${c}`), r, c, r - b.top, c - b.left);
  }

  private put(row: number, col: number, patch: Partial<Cell>) {
    const cells = this.ctx.wb.sheet(this.sheetName).cells;
    const k = `${row},${col}`;
    cells.set(k, { value: "", ...cells.get(k), ...patch });
  }

  set values(m: Array<Array<string | number | boolean | null>>) {
    this.ctx.queue.push(() =>
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
    this.ctx.queue.push(() =>
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
  set numberFormat(m: string[][]) {
    this.ctx.queue.push(() => this.each((_c, row, col, r, c) => this.put(row, col, { numberFormat: m[r][c] })));
  }
  /** A style brings its number format (General when it has none), as in Excel. */
  set style(name: string) {
    this.ctx.queue.push(() => {
      const st = this.ctx.wb.styles.get(name);
      if (!st) throw richError("ItemNotFound", `style ${name}`);
      this.each((_c, row, col) =>
        this.put(row, col, { style: name, numberFormat: (st.numberFormat as string | undefined) ?? "General" }),
      );
    });
  }
  merge(_across?: boolean) {
    this.ctx.queue.push(() => this.ctx.wb.sheet(this.sheetName).merges.push(this.address));
  }
  select() {
    this.ctx.queue.push(() => (this.ctx.wb.selected = `${this.sheetName}!${this.address}`));
  }
}

class ConditionalFormatCollection extends Loadable {
  private _items: ConditionalFormatProxy[] | null = null;
  constructor(
    ctx: FakeContext,
    private sheetName: string,
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
      const sheet = this.ctx.wb.sheet(this.sheetName);
      this._items = sheet.cfs.map((cf) => new ConditionalFormatProxy(this.ctx, sheet, cf));
    });
    return this;
  }
  add(type: "CellValue" | "Custom") {
    const cf: FakeCF = { type, address: this.address };
    this.ctx.queue.push(() => this.ctx.wb.sheet(this.sheetName).cfs.push(cf));
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
    this.ctx.queue.push(() => (this.sheet.cfs = this.sheet.cfs.filter((x) => x !== this.cf)));
  }
}

class NamedItemCollection extends Loadable {
  private _items: Array<{ name: string; formula: string; delete: () => void }> | null = null;
  get items() {
    if (!this._items) throw richError("PropertyNotLoaded", "names.items not loaded");
    return this._items;
  }
  load(_props: string) {
    this.ctx.loads.push(() => {
      this._items = this.ctx.wb.names.map((n) => ({
        name: n.name,
        formula: n.formula,
        delete: () => this.ctx.queue.push(() => (this.ctx.wb.names = this.ctx.wb.names.filter((x) => x !== n))),
      }));
    });
    return this;
  }
  add(name: string, range: RangeProxy) {
    const r = range as unknown as { sheetName: string; address: string };
    this.ctx.queue.push(() => {
      if (this.ctx.wb.names.some((n) => n.name === name)) throw richError("ItemAlreadyExists", `name ${name} exists`);
      const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(r.sheetName)
        ? r.sheetName
        : `'${r.sheetName.replace(/'/g, "''")}'`;
      this.ctx.wb.names.push({ name, formula: `=${sheet}!$A$1` });
    });
  }
}

class StyleCollection extends Loadable {
  private _items: Array<{ name: string }> | null = null;
  get items() {
    if (!this._items) throw richError("PropertyNotLoaded", "styles.items not loaded");
    return this._items;
  }
  load(_props: string) {
    this.ctx.loads.push(() => (this._items = [...this.ctx.wb.styles.keys()].map((name) => ({ name }))));
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
