/**
 * npm run bench — speed of the main job. Prints a table; asserts nothing (tests never time).
 *   - the sample: read (parse) + analyse + render in process, from the grid
 *   - big sheets: the same on 25k … 200k cells, to show time grows linearly with the used range
 *   - the file adapter (package read + edit) and the CLI end to end on the sample
 *   - a batch of 50, 100 and 200 agencies, to show the time per agency stays flat
 *   - workbooks of 10 MB and 50 MB (made by scripts/make-big-workbook.ts): time, peak memory, and
 *     the time of merely inflating the package on the same run, the floor (scripts/bench-big.ts)
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { gzipSync } from "zlib";
import * as path from "path";
import { analyseXlsx, openPackage } from "../src/adapters/xlsx/xlsxFile";
import { readPackageGrid } from "../src/adapters/xlsx/package/readPackage";
import { writeBigWorkbook } from "./make-big-workbook";
import { analyseFile, rollupWorkbook } from "../src/adapters/xlsx/batch";
import { agencyPerSheet, manyAgencies, oneAgency } from "../tests/helpers/batch";
import { CellValue, WorkbookGrid } from "../src/core/read/grid";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { startupScripts } from "./bundle";
import { launch, routeRealOfficeJs, serve } from "../tests/e2e/harness";

const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "examples", "ita-2567-sample.xlsx");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, fn: () => void): number {
  for (let i = 0; i < Math.min(3, runs); i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

/** A sheet of about `cells` cells: the sample's tables again and again between rows of notes and numbers. */
function bigGrid(sample: WorkbookGrid, cells: number): WorkbookGrid {
  const base = sample.sheets.flatMap((s) => [...s.values, [], []]);
  const rows: CellValue[][] = [];
  let n = 0;
  let k = 0;
  while (n < cells) {
    const block =
      k % 4 === 0
        ? base
        : Array.from({ length: 40 }, (_, i) => [
            `บันทึกการประชุมครั้งที่ ${k}-${i}`,
            i * 3.7,
            "ข้อความประกอบการพิจารณาของคณะทำงาน",
            null,
            `รายการ ${i}`,
            1000 + i,
            "หมายเหตุ",
            i % 7,
            "อนุมัติ",
            `ผู้รับผิดชอบ ${i}`,
          ]);
    for (const r of block) {
      rows.push(r);
      n += r.filter((v) => v !== null && v !== "").length;
    }
    k++;
  }
  return { sheets: [{ name: "ข้อมูลรวม", top: 0, left: 0, values: rows }] };
}

function countCells(g: WorkbookGrid): number {
  return g.sheets.reduce(
    (n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v !== null && v !== "").length, 0),
    0,
  );
}

async function main() {
  const rows: Array<[string, string, string]> = [];
  const sample = await readPackageGrid(openPackage(new Uint8Array(readFileSync(SAMPLE)), "sample.xlsx"));

  const core = time(50, () => analyseWorkbook(sample));
  rows.push(["sample: read + analyse + render (in process)", `${core.toFixed(2)} ms`, "target < 20 ms"]);

  const perK: number[] = [];
  for (const size of [25_000, 50_000, 100_000, 200_000]) {
    const g = bigGrid(sample, size);
    const cells = countCells(g);
    const ms = time(size <= 100_000 ? 7 : 5, () => analyseWorkbook(g));
    perK.push((ms / cells) * 1000);
    rows.push([
      `${(cells / 1000).toFixed(0)}k-cell sheet: read + analyse + render`,
      `${ms.toFixed(1)} ms`,
      size === 100_000 ? "target < 500 ms" : `${((ms / cells) * 1000).toFixed(2)} ms per 1k cells`,
    ]);
  }
  rows.push(["time per 1k cells, 25k → 200k", perK.map((x) => x.toFixed(2)).join(" → ") + " ms", "flat = linear"]);

  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const file = await timeAsync(10, () => analyseXlsx(bytes, "sample.xlsx"));
  rows.push(["sample: .xlsx in → .xlsx out (package read + edit)", `${file.toFixed(1)} ms`, ""]);

  // A batch: one workbook of 50, 100 and 200 agencies (a sheet each), then the same as a folder of files.
  const perAgency: string[] = [];
  for (const n of [50, 100, 200]) {
    const bytes = await agencyPerSheet(manyAgencies(n));
    const t = performance.now();
    const r = await analyseFile({ name: "agencies.xlsx", bytes }, {}, { lang: "th", docx: false, taken: new Set() });
    rollupWorkbook(
      r.agencies.map((a) => a.row),
      r.unread,
      "th",
    );
    const ms = performance.now() - t;
    perAgency.push((ms / n).toFixed(1));
    if (n === 200) rows.push(["batch: 200 agencies, a sheet each, and the roll-up", `${(ms / 1000).toFixed(1)} s`, ""]);
  }
  const files = await Promise.all(
    manyAgencies(200).map(async (a, i) => ({ name: `a${i}.xlsx`, bytes: await oneAgency(a, 2567) })),
  );
  const t200 = performance.now();
  const taken = new Set<string>();
  const batchRows = [];
  for (const f of files)
    batchRows.push(...(await analyseFile(f, {}, { lang: "th", docx: false, taken })).agencies.map((a) => a.row));
  rollupWorkbook(batchRows, [], "th");
  rows.push([
    "batch: 200 workbooks of one agency, and the roll-up",
    `${((performance.now() - t200) / 1000).toFixed(1)} s`,
    "",
  ]);
  rows.push(["batch: time per agency at 50 → 100 → 200 agencies", `${perAgency.join(" → ")} ms`, "flat = linear"]);

  // Big workbooks, each in a process of its own so that its peak memory is its own.
  const tmp = mkdtempSync(path.join(tmpdir(), "ita-bench-big-"));
  for (const [mb, target] of [
    [10, "target ≤ 8× the floor, < 800 MB"],
    [50, "target < 60 s, < 1.5 GB"],
  ] as const) {
    const big = path.join(tmp, `big-${mb}.xlsx`);
    const stats = await writeBigWorkbook(big, mb);
    const run = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(__dirname, "bench-big.ts"), big], {
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`bench-big failed: ${run.stderr}`);
    const r = JSON.parse(run.stdout.trim().split("\n").pop()!) as {
      floorMs: number;
      jobMs: number;
      peakRssMegabytes: number;
    };
    rows.push([
      `${mb} MB workbook (${(stats.cells / 1e6).toFixed(1)} M cells): read + analyse + write`,
      `${(r.jobMs / 1000).toFixed(1)} s`,
      `${(r.jobMs / r.floorMs).toFixed(1)}× the floor (inflating: ${(r.floorMs / 1000).toFixed(2)} s), peak ${r.peakRssMegabytes.toFixed(0)} MB; ${target}`,
    ]);
  }

  const cli: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "ita-analyzer.js"), "analyze", SAMPLE, "--out", path.join(tmpdir(), "ita-bench.xlsx")],
      { encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr}`);
    cli.push(performance.now() - t);
  }
  rows.push(["CLI end to end on the sample (node start included)", `${median(cli).toFixed(0)} ms`, ""]);

  // Bundle sizes of the production build: what the task pane loads at start, and the rest.
  const dist = mkdtempSync(path.join(tmpdir(), "ita-bench-dist-"));
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", dist],
    { cwd: ROOT, stdio: "pipe" },
  );
  const gz = (f: string) => gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length;
  const startup = startupScripts(dist, "taskpane.html");
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  rows.push([
    "task pane start-up scripts, gzipped",
    kb(startup.reduce((n, f) => n + gz(f), 0)),
    `budget 90 KB (${startup.join(", ")})`,
  ]);
  for (const f of readdirSync(dist)
    .filter((x) => x.endsWith(".js") && !startup.includes(x))
    .sort()) {
    rows.push([`  loaded on demand: ${f.replace(/\.[0-9a-f]{8}\.js$/, ".js")}`, kb(gz(f)), ""]);
  }

  // In headless Chromium: page load until the pane is ready, and Analyze until the download is ready.
  if (existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
    const server = await serve(dist);
    const browser = await launch();
    const load: number[] = [];
    const analyze: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ acceptDownloads: true, locale: "th-TH" });
      await routeRealOfficeJs(context);
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").waitFor();
      load.push(performance.now() - t0);
      await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").setInputFiles(SAMPLE);
      await page.getByText(`ไฟล์ที่เลือก: ${path.basename(SAMPLE)}`).waitFor();
      const t1 = performance.now();
      await page.getByRole("button", { name: /วิเคราะห์/ }).click();
      await page.getByRole("button", { name: "ดาวน์โหลด" }).waitFor();
      analyze.push(performance.now() - t1);
      await context.close();
    }
    await browser.close();
    await server.close();
    rows.push([
      "browser: page load → pane ready (file mode)",
      `${median(load).toFixed(0)} ms`,
      "headless Chromium, loopback",
    ]);
    rows.push([
      "browser: Analyze → download ready (sample)",
      `${median(analyze).toFixed(0)} ms`,
      "package chunk loaded on the first run",
    ]);
  } else {
    rows.push(["browser timings", "skipped", "no Chromium at /usr/bin/chromium"]);
  }

  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`${"what".padEnd(w0)}  ${"median".padStart(w1)}  note`);
  console.log(`${"-".repeat(w0)}  ${"-".repeat(w1)}  ----`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
