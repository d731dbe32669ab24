/**
 * Reading big used ranges in blocks: Excel on the web refuses a request or a response over 5 MB,
 * and the typed fake refuses it too. The grid read in blocks must be exactly the grid one read of
 * every used range would give (the fake with the limit off and the budget unbounded).
 */
import { BLOCK_CELLS, analyzeWorkbook, firstBlock, readWorkbookGrid } from "../src/adapters/office/excelWorkbook";
import { PROBE_CELLS, keptSpan, packBlocks } from "../src/adapters/office/read";
import { InputError } from "../src/core/i18n/messages";
import { OfficeActionError, fromOfficeError } from "../src/adapters/office/officeErrors";
import { CellValue, SheetGrid, WorkbookGrid, cellAddress } from "../src/core/read/grid";
import { HIGHLIGHT_FONT } from "../src/core/render/styles";
import { FakeSheet, FakeWorkbook, PAYLOAD_LIMIT, expand, installFakeExcel, richError } from "./helpers/fakeExcel";
import { sampleGrid } from "./helpers/grids";

/** The grid one unbounded read gives: no payload limit, every used range in batch 2. */
async function readUnbounded(wb: FakeWorkbook, sheets?: string[]): Promise<WorkbookGrid> {
  const limit = wb.payloadLimit;
  wb.payloadLimit = Infinity;
  try {
    return await readWorkbookGrid({ only: sheets, blockCells: Infinity });
  } finally {
    wb.payloadLimit = limit;
  }
}

/** Cells of the used ranges read that lie outside their first blocks (the sheets read share batch 2). */
function rest(sheets: FakeSheet[], blockCells = BLOCK_CELLS): number {
  const block = firstBlock(sheets.length, blockCells);
  return sheets.reduce((n, s) => n + (block ? s.cellsOutside(block.rows, block.columns) : s.cellsOutside(0, 0)), 0);
}

/** Where two grids first differ, or null; faster and clearer than a deep equal of 400,000 cells. */
function difference(a: WorkbookGrid, b: WorkbookGrid): string | null {
  if (a.sheets.length !== b.sheets.length) return `${a.sheets.length} sheets against ${b.sheets.length}`;
  for (let i = 0; i < a.sheets.length; i++) {
    const [x, y] = [a.sheets[i], b.sheets[i]];
    const head = (s: SheetGrid) => JSON.stringify([s.name, s.top, s.left, s.generated, s.values.length]);
    if (head(x) !== head(y)) return `${head(x)} against ${head(y)}`;
    if ((x.formats === undefined) !== (y.formats === undefined)) return `${x.name}: formats`;
    for (let r = 0; r < x.values.length; r++) {
      const row = (s: SheetGrid) => JSON.stringify([s.values[r], s.formats?.[r] ?? null]);
      // Every cell is filled: a hole would be `null` in JSON and show here.
      if (row(x) !== row(y) || x.values[r].length !== y.values[r].length || x.values[r].includes(undefined as never))
        return `${x.name} row ${x.top + r + 1}: ${row(x).slice(0, 200)} against ${row(y).slice(0, 200)}`;
    }
  }
  return null;
}

/** Rows of survey records: numbers and Thai text, as a sheet of responses holds them. */
function records(count: number, width: number, from = 0): CellValue[][] {
  const notes = ["เจ้าหน้าที่ให้บริการดี", "ควรปรับปรุงเว็บไซต์", "ขั้นตอนชัดเจน", "", "รอนาน"];
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: width }, (_, c) =>
      c === 0
        ? `ผู้ตอบ ${from + i + 1}`
        : c % 3 === 1
          ? notes[(from + i + c) % notes.length]
          : ((from + i) * 7 + c) % 101,
    ),
  );
}

/**
 * Survey responses: ratings and short Thai notes, no two rows alike. (Without a running number
 * column the core reads them faster, and this is a test of reading, not of the core.)
 */
function responses(count: number, width: number): CellValue[][] {
  const notes = ["เจ้าหน้าที่ให้บริการดี", "ควรปรับปรุงเว็บไซต์", "ขั้นตอนชัดเจน", "", "รอนาน"];
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: width }, (_, c) => (c % 3 === 1 ? notes[(i + c) % notes.length] : (i * 7 + c) % 101)),
  );
}

/** Long Thai comments in every cell: about 130 bytes a cell with its format, 2.6 times the budget's 50 a cell. */
function comments(count: number, width: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: width }, (_, c) => `ความเห็นที่ ${i + 1}.${c + 1} ควรปรับปรุงการให้บริการผ่านเว็บไซต์`),
  );
}

const highlighted = (s: FakeSheet) => s.cfs.filter((cf) => cf.font === HIGHLIGHT_FONT);

describe("a 400,000-cell sheet: the sample's item scores at the top, survey records below", () => {
  const NAME = "ผลคะแนนและแบบสำรวจ";
  const WIDTH = 10;
  const ROWS = 40_000;
  let scores: SheetGrid;
  let rows: CellValue[][];

  function bigWorkbook(): FakeWorkbook {
    const wb = new FakeWorkbook();
    wb.addSheet(NAME, rows);
    return installFakeExcel(wb);
  }

  beforeAll(async () => {
    scores = (await sampleGrid()).sheets.find((s) => s.name === "ผลคะแนนรายข้อ")!;
    expect([scores.top, scores.left]).toEqual([0, 0]);
    rows = [...scores.values, ...responses(ROWS - scores.values.length, WIDTH)];
  });

  test("the limit bites: the old read, every used range whole in batch 2, is refused", async () => {
    const wb = bigWorkbook();
    expect(wb.sheet(NAME).cellsOutside(0, 0)).toBe(400_000);
    const g = globalThis as unknown as { Excel: typeof Excel };
    // What readWorkbook did before blocks.
    const old = g.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const used = sheets.items.map((ws) =>
        ws.getUsedRangeOrNullObject(true).load("values,numberFormat,rowIndex,columnIndex"),
      );
      await context.sync();
      return used.map((u) => u.values);
    });
    await expect(old).rejects.toMatchObject({ name: "RichApi.Error", code: "ResponsePayloadSizeLimitExceeded" });
    expect(wb.syncs).toBe(2);
    expect(wb.responses[1]).toMatchObject({ cells: 400_000 });
    expect(wb.responses[1].bytes).toBeGreaterThan(PAYLOAD_LIMIT); // 9.6 MB, 24 bytes a cell
    // Office's error becomes the analyst's words, as every Office error does.
    const err = fromOfficeError(await old.catch((e: unknown) => e));
    expect(err).toBeInstanceOf(OfficeActionError);
    expect((err as OfficeActionError).describe("th")).toContain("ข้อมูลในสมุดงานมากเกินกว่าที่ Excel ส่งให้โปรแกรมเสริมได้");
    expect((err as OfficeActionError).describe("en")).toContain("more data than Excel can pass to the add-in at once");
  });

  test("Analyze reads it in blocks under the limit, in 5 + ceil(rest / BLOCK_CELLS) syncs, and marks the right cells", async () => {
    const wb = bigWorkbook();
    const steps: Array<[string, number | undefined]> = [];
    const result = await analyzeWorkbook({}, (s, f) => steps.push([s, f]));

    const left = rest([wb.sheet(NAME)]);
    const blocks = Math.ceil(left / BLOCK_CELLS);
    // One sheet: a first block of 625 rows × 80 columns, of which the 10 used columns are read.
    expect(firstBlock(1)).toEqual({ rows: 625, columns: 80 });
    expect(left).toBe(400_000 - 625 * WIDTH);
    expect(blocks).toBe(8);
    // Batch 1, batch 2, one look for far cells (the used range is over PROBE_CELLS), the blocks, build and swap.
    expect(400_000).toBeGreaterThan(PROBE_CELLS);
    expect(wb.syncs).toBe(5 + blocks);
    // No sync came near the limit, and none read more than its budget of cells.
    const reads = [wb.responses[1], ...wb.responses.slice(3, 3 + blocks)];
    expect(wb.responses[2].cells).toBe(0);
    expect(Math.max(...wb.responses.map((r) => r.bytes))).toBeLessThan(PAYLOAD_LIMIT / 2);
    expect(reads.map((r) => r.cells)).toEqual([
      625 * WIDTH,
      ...Array(blocks - 1).fill(BLOCK_CELLS),
      left % BLOCK_CELLS,
    ]);

    // Progress: the share of cells read after batch 2 and after each block, rising to 1.
    const fractions = steps.filter(([s, f]) => s === "read" && f !== undefined).map(([, f]) => f!);
    expect(fractions).toHaveLength(1 + blocks);
    expect(fractions[0]).toBeCloseTo((625 * WIDTH) / 400_000, 10);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThan(fractions[i - 1]);
    expect(fractions.at(-1)).toBe(1);
    expect(steps.map(([s]) => s).filter((s) => s !== "read")).toEqual(["analyse", "write", "done"]);

    // The score table was read whole: every item of the sample, the same low ones, marked where they are.
    expect(result.analysis.level).toBe("item");
    const low = result.analysis.scoreCells.filter((c) => c.sheet === NAME && c.low);
    expect(low.length).toBeGreaterThan(10);
    expect(low.every((c) => c.row < scores.values.length)).toBe(true);
    const covered = new Set(highlighted(wb.sheet(NAME)).flatMap((cf) => expand(cf.address)));
    expect(covered).toEqual(new Set(low.map((c) => cellAddress(c.row, c.col))));
    for (const c of low) expect(scores.values[c.row][c.col]).toBe(wb.sheet(NAME).get(cellAddress(c.row, c.col))?.value);
  });

  test("the grid read in blocks is exactly the grid of one unbounded read", async () => {
    const wb = bigWorkbook();
    const blocks = await readWorkbookGrid();
    const syncs = wb.syncs;
    const whole = await readUnbounded(wb);
    // Batch 1, batch 2, the look for far cells, the blocks; unbounded, no blocks.
    expect(syncs).toBe(3 + Math.ceil(rest([wb.sheet(NAME)]) / BLOCK_CELLS));
    expect(wb.syncs - syncs).toBe(3);
    expect(difference(blocks, whole)).toBeNull();
    // And both are what the sheet holds: the score table's rows padded with "" and "General" to
    // the records' width, as Excel gives the empty cells of a used range.
    const sheet = wb.sheet(NAME);
    for (const row of [0, scores.values.length - 1, scores.values.length, 20_000, ROWS - 1]) {
      const want = sheet.read({ top: row, left: 0, bottom: row, right: WIDTH - 1 });
      expect([row, blocks.sheets[0].values[row], blocks.sheets[0].formats![row]]).toEqual([
        row,
        want.values[0],
        want.numberFormat[0],
      ]);
    }
    expect(blocks.sheets[0].values[0].slice(scores.values[0].length)).toEqual(
      Array(WIDTH - scores.values[0].length).fill(""),
    );
  });
});

describe("stitching", () => {
  test("a sheet wider than the first block: the columns to the right are read and put in place", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("กว้าง", records(400, 300), 2, 1); // B3:KO402, 120,000 cells; the block is 80 columns wide
    installFakeExcel(wb);
    const grid = await readWorkbookGrid();
    const block = firstBlock(1)!;
    const left = rest(wb.sheets);
    expect(left).toBe(120_000 - 400 * (block.columns - 1));
    expect(wb.syncs).toBe(2 + Math.ceil(left / BLOCK_CELLS));
    expect(difference(grid, await readUnbounded(wb))).toBeNull();
    expect(grid.sheets[0]).toMatchObject({ top: 2, left: 1 });
    expect(grid.sheets[0].values[399][299]).toBe(wb.sheet("กว้าง").cells.get("401,300")!.value);
  });

  test("a budget smaller than a row cuts rows into pieces, and the pieces still make the rows", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("กว้าง", records(40, 300), 0, 0);
    installFakeExcel(wb);
    const grid = await readWorkbookGrid({ blockCells: 250 });
    expect(wb.syncs).toBe(2 + Math.ceil(rest(wb.sheets, 250) / 250));
    expect(wb.responses.every((r) => r.cells <= 250)).toBe(true);
    expect(difference(grid, await readUnbounded(wb))).toBeNull();
  });

  test("several medium sheets share the first batch; offsets, a sheet beyond its block, an empty and an unchosen sheet", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("หนึ่ง", records(600, 35)); // A1, wider and longer than its share
    wb.addSheet("สอง", records(300, 20, 1000), 4, 2, [[null, "0.00%"]]); // C5, a percent format
    wb.addSheet("สาม", records(500, 12, 5000), 700, 0); // starts below its first block: read whole in blocks
    wb.addSheet("ว่าง"); // empty: no used range
    wb.addSheet("ไม่เลือก", records(2000, 30)); // not chosen: not read
    wb.addSheet("เล็ก", [
      ["ข้อ", "คะแนน"],
      ["o1", 100],
    ]); // fits
    installFakeExcel(wb);
    const chosen = ["หนึ่ง", "สอง", "สาม", "ว่าง", "เล็ก"];
    const grid = await readWorkbookGrid({ only: chosen });
    const read = wb.sheets.filter((s) => chosen.includes(s.name));
    const block = firstBlock(chosen.length)!;
    expect(block).toEqual({ rows: 277, columns: 36 }); // 10,000 cells each, the empty sheet's share unused
    const left = rest(read);
    // The rows below the block of the first two (the second starts at row 5), all of the third.
    expect(left).toBe(35 * (600 - 277) + 20 * (300 - (277 - 4)) + 500 * 12);
    expect(wb.syncs).toBe(2 + Math.ceil(left / BLOCK_CELLS));
    // Batch 2 read no more than one block's cells, shared by the sheets.
    expect(wb.responses[1].cells).toBeLessThanOrEqual(BLOCK_CELLS);
    expect(difference(grid, await readUnbounded(wb, chosen))).toBeNull();
    expect(grid.sheets.map((s) => [s.name, s.top, s.left, s.values.length])).toEqual([
      ["หนึ่ง", 0, 0, 600],
      ["สอง", 4, 2, 300],
      ["สาม", 700, 0, 500],
      ["ว่าง", 0, 0, 0],
      ["ไม่เลือก", 0, 0, 0],
      ["เล็ก", 0, 0, 2],
    ]);
    expect(grid.sheets[1].formats![0][1]).toBe("0.00%");
  });

  test("random workbooks and budgets: always the unbounded grid, always 2 + ceil(rest / budget) syncs", async () => {
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 40; round++) {
      const wb = new FakeWorkbook();
      const count = 1 + rnd(4);
      for (let i = 0; i < count; i++) {
        if (rnd(6) === 0) {
          wb.addSheet(`s${i}`);
          continue;
        }
        const rows = records(1 + rnd(60), 1 + rnd(40), rnd(1000));
        // Holes: Excel gives "" for an empty cell inside the used range.
        for (const row of rows) if (rnd(3) === 0) row[rnd(row.length)] = null;
        const formats = rows.map((row) => row.map(() => (rnd(5) === 0 ? "0.00" : null)));
        wb.addSheet(`s${i}`, rows, rnd(3) === 0 ? rnd(80) : 0, rnd(3) === 0 ? rnd(30) : 0, formats);
      }
      installFakeExcel(wb);
      const budget = 1 + rnd(700);
      const grid = await readWorkbookGrid({ blockCells: budget });
      const what = `round ${round}, budget ${budget}`;
      expect([what, wb.syncs]).toEqual([what, 2 + Math.ceil(rest(wb.sheets, budget) / budget)]);
      expect([what, wb.responses.filter((r) => r.cells > budget)]).toEqual([what, []]);
      expect([what, difference(grid, await readUnbounded(wb))]).toEqual([what, null]);
    }
  });

  test("long text in every cell: a block Excel refuses as over 5 MB is read again in halves", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("ความเห็น", comments(3000, 20)); // 60,000 cells, about 8 MB
    installFakeExcel(wb);
    const grid = await readWorkbookGrid();
    // Batch 1, batch 2 (the first block, 12,500 cells), the rest's one block of 47,500 cells refused,
    // then its two halves.
    const left = rest(wb.sheets);
    expect(left).toBe(47_500);
    expect(wb.responses.map((r) => [r.cells, r.bytes > PAYLOAD_LIMIT])).toEqual([
      [0, false],
      [12_500, false],
      [47_500, true],
      [23_750, false],
      [23_750, false],
    ]);
    expect(wb.syncs).toBe(2 + Math.ceil(left / BLOCK_CELLS) + 2);
    expect(difference(grid, await readUnbounded(wb))).toBeNull();
  });

  test("long text in every cell of the first block: batch 2 is read again without it", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("ความเห็น", comments(700, 80)); // the first block is 625 × 80: 50,000 cells, 6.6 MB
    installFakeExcel(wb);
    const steps: number[] = [];
    const grid = await readWorkbookGrid({ onProgress: (f) => steps.push(f) });
    expect(wb.responses.map((r) => [r.cells, r.bytes > PAYLOAD_LIMIT])).toEqual([
      [0, false],
      [50_000, true], // batch 2 refused
      [0, false], // batch 2 again: sizes and conditional formats
      [50_000, true], // the first block of 50,000 refused
      [25_000, false],
      [25_000, false],
      [6_000, false],
    ]);
    expect(steps).toEqual([0, 25_000 / 56_000, 50_000 / 56_000, 1]);
    expect(difference(grid, await readUnbounded(wb))).toBeNull();
  });

  test("packBlocks fills every sync but the last, across rectangles and sheets", () => {
    const parts = [
      { key: "a", rect: { top: 0, left: 0, rows: 7, columns: 3 } },
      { key: "b", rect: { top: 5, left: 2, rows: 2, columns: 9 } },
      { key: "a", rect: { top: 9, left: 0, rows: 1, columns: 3 } },
    ];
    const syncs = packBlocks(parts, 10);
    expect(syncs.map((s) => s.reduce((n, p) => n + p.rect.rows * p.rect.columns, 0))).toEqual([10, 10, 10, 10, 2]);
    // Every cell once.
    const seen = new Set<string>();
    for (const p of syncs.flat())
      for (let r = 0; r < p.rect.rows; r++)
        for (let c = 0; c < p.rect.columns; c++) {
          const k = `${p.key}:${p.rect.top + r},${p.rect.left + c}`;
          expect(seen.has(k)).toBe(false);
          seen.add(k);
        }
    expect(seen.size).toBe(21 + 18 + 3);
    expect(packBlocks(parts, Infinity)).toHaveLength(1);
    expect(packBlocks([], 10)).toEqual([]);
  });

  test("the first block: shared equally, eight times taller than wide, within the grid", () => {
    expect(firstBlock(1)).toEqual({ rows: 625, columns: 80 });
    expect(firstBlock(2)).toEqual({ rows: 446, columns: 56 });
    expect(firstBlock(8)).toEqual({ rows: 223, columns: 28 });
    expect(firstBlock(0)).toEqual(firstBlock(1));
    expect(firstBlock(3, 2)).toBeNull();
    expect(firstBlock(1, Infinity)).toEqual({ rows: 1_048_576, columns: 16_384 });
    for (const n of [1, 2, 3, 5, 8, 13, 40]) {
      const b = firstBlock(n)!;
      expect(b.rows * b.columns).toBeLessThanOrEqual(BLOCK_CELLS / n);
    }
  });
});

describe("the typed fake, as Excel", () => {
  test("used ranges and intersections are null objects when empty; a method on a null object fails", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("ว่าง");
    wb.addSheet(
      "ข้อมูล",
      [
        ["a", 1],
        ["b", 2],
      ],
      10,
      3,
    ); // D11:E12
    installFakeExcel(wb);
    const g = globalThis as unknown as { Excel: typeof Excel };
    const got = await g.Excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("ว่าง").getUsedRangeOrNullObject(true).load("rowIndex");
      const ws = context.workbook.worksheets.getItem("ข้อมูล");
      const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      const part = ws.getRangeByIndexes(0, 0, 12, 4).getUsedRangeOrNullObject(true).load("values,rowIndex,rowCount");
      const none = ws.getRangeByIndexes(0, 0, 5, 5).getUsedRangeOrNullObject(true).load("values");
      const cross = ws.getRange("A12:Z12").getIntersectionOrNullObject(ws.getRange("E1:E20")).load("values");
      const apart = ws.getRange("A1:B2").getIntersectionOrNullObject("C3:D4").load("values");
      await context.sync();
      expect(() => empty.rowIndex).toThrow(/not available/);
      expect(() => none.values).toThrow(/not available/);
      return {
        empty: empty.isNullObject,
        used: [used.rowIndex, used.columnIndex, used.rowCount, used.columnCount],
        part: [part.rowIndex, part.rowCount, part.values],
        none: none.isNullObject,
        cross: cross.values,
        apart: apart.isNullObject,
      };
    });
    expect(got).toEqual({
      empty: true,
      used: [10, 3, 2, 2],
      part: [10, 2, [["a"], ["b"]]],
      none: true,
      cross: [[2]],
      apart: true,
    });

    const onNull = g.Excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("ว่าง").getUsedRangeOrNullObject(true);
      empty.getIntersectionOrNullObject("A1:B2").load("values");
      await context.sync();
    });
    await expect(onNull).rejects.toMatchObject({ code: "InvalidOperation" });
    const outside = g.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("ข้อมูล").getRangeByIndexes(1_048_575, 0, 2, 1).load("values");
      await context.sync();
    });
    await expect(outside).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a write over the limit is refused before anything is written", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("ว่าง");
    installFakeExcel(wb);
    const g = globalThis as unknown as { Excel: typeof Excel };
    const text = "ข้อความภาษาไทยยาว ๆ ".repeat(12); // ~670 bytes a cell, 6.7 MB in all
    const big = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => text));
    const write = g.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("ว่าง").getRange("A1:J1000").values = big;
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ name: "RichApi.Error", code: "RequestPayloadSizeLimitExceeded" });
    expect(wb.sheet("ว่าง").cells.size).toBe(0);
    // The adapter turns it into the analyst's words, as it does every Office error.
    g.Excel.run = () => Promise.reject(richError("RequestPayloadSizeLimitExceeded", "too big"));
    const err = await analyzeWorkbook({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeActionError);
    expect((err as OfficeActionError).describe("en")).toContain("Choose only the sheets that hold the score tables");
  });
});

describe("bounded work: where the data really is, a cap, and Cancel", () => {
  async function sampleWith(extra: (wb: FakeWorkbook) => void): Promise<FakeWorkbook> {
    const wb = new FakeWorkbook();
    for (const s of (await sampleGrid()).sheets) wb.addSheet(s.name, s.values, s.top, s.left);
    extra(wb);
    return installFakeExcel(wb);
  }

  test("a stray value at XFD1048576 does not make 17 billion cells: the tables are read, the stray cell is named", async () => {
    const wb = await sampleWith((w) => w.sheet("ผลคะแนนรายข้อ").set(1_048_575, 16_383, "ตรวจแล้ว"));
    const result = await analyzeWorkbook({});
    // Batch 1, batch 2, one look at the bands of the used range, one to name what lies beyond, build, swap.
    expect(wb.syncs).toBe(6);
    expect(Math.max(...wb.responses.map((r) => r.cells))).toBeLessThan(BLOCK_CELLS);
    expect(result.analysis.overall.reported).toBe(84.33);
    const far = result.analysis.diagnostics.filter((d) => d.code === "table.farCells");
    expect(far).toEqual([
      expect.objectContaining({
        severity: "warning",
        cell: "ผลคะแนนรายข้อ!XFD1048576",
        params: { sheet: "ผลคะแนนรายข้อ", range: "XFD1048576", used: "A1:XFD1048576" },
      }),
    ]);
    // The grid holds the table, exactly as without the stray cell.
    const grid = await readWorkbookGrid();
    const sheet = grid.sheets.find((s) => s.name === "ผลคะแนนรายข้อ")!;
    wb.sheet("ผลคะแนนรายข้อ").cells.delete("1048575,16383");
    const clean = (await readWorkbookGrid()).sheets.find((s) => s.name === "ผลคะแนนรายข้อ")!;
    const { farCells, ...read } = sheet;
    expect(read).toEqual(clean);
    expect(farCells?.parts).toEqual([{ top: 1_048_575, left: 16_383, bottom: 1_048_575, right: 16_383 }]);
  });

  test("a stray value far to the right of the table's own rows is named too", async () => {
    const wb = await sampleWith((w) => w.sheet("ผลคะแนนรายตัวชี้วัด").set(2, 16_000, 1));
    const grid = await readWorkbookGrid();
    expect(grid.sheets.find((s) => s.name === "ผลคะแนนรายตัวชี้วัด")!.farCells).toEqual({
      parts: [{ top: 2, left: 16_000, bottom: 2, right: 16_000 }],
      used: { top: 0, left: 0, bottom: 23, right: 16_000 },
    });
    const sheet = grid.sheets.find((s) => s.name === "ผลคะแนนรายตัวชี้วัด")!;
    expect(Math.max(...sheet.values.map((r) => r.length))).toBeLessThan(20);
    // Its tables below, a blank row apart, are read with it.
    expect(sheet.values.length).toBe((await sampleGrid()).sheets[0].values.length);
    expect(wb.syncs).toBe(4);
  });

  test("more cells than the pane can read is refused before any block is read, with what to do", async () => {
    const wb = await sampleWith(() => undefined);
    const err = await readWorkbookGrid({ maxCells: 500 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeActionError);
    expect((err as OfficeActionError).describe("en")).toMatch(
      /^This workbook holds [\d,]+ cells, more than the pane in Excel can read \(500\); the biggest sheet is “ผลคะแนนรายข้อ” \([\d,]+ cells\)\. Choose only the sheets with the score tables in the settings, or analyse the file with the web page or the ita-analyzer command/,
    );
    expect(wb.syncs).toBe(2);
  });

  test("Cancel stops the reading between blocks; nothing is written", async () => {
    const wb = await sampleWith(() => undefined);
    const controller = new AbortController();
    const err = await analyzeWorkbook(
      {},
      (step, fraction) => {
        if (step === "read" && fraction !== undefined) controller.abort();
      },
      controller.signal,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).describe("en")).toBe("Analysis cancelled; nothing was changed.");
    expect(wb.commands).toBe(0);
    expect(wb.sheets.map((s) => s.name)).toEqual(["ผลคะแนนรายตัวชี้วัด", "ผลคะแนนรายข้อ"]);
  });

  test("the kept span: from the first data to the first empty stretch of at least the gap", () => {
    expect(keptSpan([null, [10, 20], [30, 40], null, [900, 900]], 100)).toEqual([10, 40]);
    // Tables a few rows apart are one sheet's data.
    expect(keptSpan([[0, 18], null, [20, 24]], 100)).toEqual([0, 24]);
    // 99 empty rows between: kept; 100: far.
    expect(keptSpan([[0, 18], null, [118, 124]], 100)).toEqual([0, 124]);
    expect(keptSpan([[0, 18], null, [119, 124]], 100)).toEqual([0, 18]);
    expect(keptSpan([[0, 5]], 100)).toEqual([0, 5]);
    expect(keptSpan([null, null], 100)).toBeNull();
  });
});
