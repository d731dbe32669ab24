/**
 * npm run bench:peers — this project beside the libraries it is compared with, on the same workbooks in
 * the same run, and its start-up; every figure against the targets of issue 23. It prints Markdown tables,
 * to paste as they are into README.md ("Against other readers"). A benchmark: a missed target is reported,
 * never an error.
 *
 *   npm run bench:peers                            median of 3 runs (1 of the 50 MB workbook)
 *   npm run bench:peers -- --quick                 1 run each, no 50 MB workbook
 *   npm run bench:peers -- --runs 5 --big-runs 2   more runs
 *
 * The workbooks: the bundled sample, and workbooks of 10 MB and 50 MB made by scripts/make-big-workbook.ts
 * (cached in os.tmpdir(), under a name that changes with the generator). On each, every reader runs in a
 * child process of its own, so that its peak memory (`process.resourceUsage().maxRSS`) is its own, and the
 * runs are interleaved (A B C D, A B C D …) so that a busy machine slows them all alike:
 *   - the floor: inflating every part of the package and nothing else, with the project's zip reader (fflate,
 *     as scripts/bench-big.ts does) and with Node's zlib (native code): a reader that inflates with the same
 *     code cannot be faster;
 *   - ExcelJS's streaming reader, reading every row of every sheet;
 *   - SheetJS's `readFile`, reading only (its default options);
 *   - this project's whole job: the CLI (`analyze <file> --out <tmp>.xlsx`, Node's start-up included), and
 *     `analyseXlsx` in process (read the file, analyse, write the package to a file).
 * An in-process reader's time runs from before it reads the file until it is done, its module already
 * loaded; the CLI's is the wall clock of its process. The in-process readers run under tsx, whose loader is
 * part of their peak (an idle child's peak is printed).
 *
 * Then start-up, each the wall clock of a process: `node -e 0`, `--help`, `--version`, the sample analysed,
 * with `--docx`, and `batch` of 200 agencies (a folder of 200 workbooks, and one workbook of 200 sheets).
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import * as os from "os";
import * as path from "path";
import { Readable } from "stream";
import { parseArgs } from "util";
import { createInflateRaw } from "zlib";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "ita-analyzer.js");
const CLI_MAIN = path.join(ROOT, "build", "cli", "main.js");
const SAMPLE = path.join(ROOT, "examples", "ita-2567-sample.xlsx");
const CACHE = path.join(os.tmpdir(), "ita-bench-peers");
const BATCH_SIZE = 200;
/** A child that runs longer than this is stopped and its run reported as failed. */
const CHILD_TIMEOUT_MS = 30 * 60_000;
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// The child: one reader on one workbook, in a process of its own. Modules are imported only here, after
// the start, so that a child loads only its own reader.

interface ChildResult {
  ms: number;
  peakMB: number;
  /** What the reader saw, to show that each read the whole workbook. */
  saw: string;
}

/** What a child measures itself; the peak is added as it ends. */
type Measured = Omit<ChildResult, "peakMB">;

const count = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e4 ? `${(n / 1e3).toFixed(0)} k` : `${n}`);

async function floorFflate(file: string): Promise<Measured> {
  const { entryChunks, readZip } = await import("../src/adapters/xlsx/package/zip");
  const t = performance.now();
  let inflated = 0;
  for (const e of readZip(new Uint8Array(readFileSync(file))))
    for (const chunk of entryChunks(e)) inflated += chunk.length;
  return { ms: performance.now() - t, saw: `${(inflated / 1e6).toFixed(1)} MB inflated` };
}

async function floorZlib(file: string): Promise<Measured> {
  const { readZip } = await import("../src/adapters/xlsx/package/zip"); // for the central directory only
  const t = performance.now();
  let inflated = 0;
  for (const e of readZip(new Uint8Array(readFileSync(file)))) {
    if (e.method !== 8) {
      inflated += e.raw.length;
      continue;
    }
    const inflater = Readable.from([Buffer.from(e.raw.buffer, e.raw.byteOffset, e.raw.length)]).pipe(
      createInflateRaw({ chunkSize: 64 * 1024 }),
    );
    for await (const chunk of inflater) inflated += (chunk as Buffer).length;
  }
  return { ms: performance.now() - t, saw: `${(inflated / 1e6).toFixed(1)} MB inflated` };
}

async function excelJsReader(file: string): Promise<Measured> {
  const ExcelJS = (await import("exceljs")).default;
  const t = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", worksheets: "emit" });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader)
    for await (const row of sheet) {
      rows++;
      cells += row.actualCellCount;
    }
  return { ms: performance.now() - t, saw: `${count(cells)} cells, ${count(rows)} rows` };
}

async function sheetJsReadFile(file: string): Promise<Measured> {
  const XLSX = (await import("xlsx")).default;
  const t = performance.now();
  const wb = XLSX.readFile(file);
  const ms = performance.now() - t;
  let cells = 0;
  for (const name of wb.SheetNames) for (const key of Object.keys(wb.Sheets[name])) if (key[0] !== "!") cells++;
  return { ms, saw: `${count(cells)} cells` };
}

async function analyseInProcess(file: string, out: string): Promise<Measured> {
  const { analyseXlsx } = await import("../src/adapters/xlsx/xlsxFile");
  const t = performance.now();
  const r = await analyseXlsx(new Uint8Array(readFileSync(file)), path.basename(file));
  writeFileSync(out, r.output);
  return { ms: performance.now() - t, saw: `overall ${r.analysis.overall.value ?? "–"}` };
}

const CHILDREN: Record<string, (file: string, out: string) => Promise<Measured>> = {
  idle: () => Promise.resolve({ ms: 0, saw: "" }),
  floor: floorFflate,
  zlib: floorZlib,
  exceljs: excelJsReader,
  sheetjs: sheetJsReadFile,
  analyse: analyseInProcess,
};

async function child(kind: string, file: string, out: string): Promise<void> {
  const r = await CHILDREN[kind](file, out);
  const result: ChildResult = { ...r, peakMB: process.resourceUsage().maxRSS / 1024 };
  console.log(JSON.stringify(result));
}

// ---------------------------------------------------------------------------------------------
// Processes, as the parent sees them.

interface Run {
  ms: number;
  peakMB?: number;
  saw?: string;
  error?: string;
}

/** A short reason from a failed process's output. */
function failure(stderr: string, status: number | null, signal: string | null): string {
  if (/heap out of memory|Allocation failed/i.test(stderr)) return "out of memory";
  if (signal) return `stopped (${signal})`;
  const last = stderr.trim().split("\n").pop() ?? "";
  return `exit ${status}: ${last.slice(0, 80)}`;
}

function timed(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 64 * MB,
    timeout: CHILD_TIMEOUT_MS,
  });
  const ms = performance.now() - t;
  const error = r.error ? r.error.message : r.status !== 0 ? failure(r.stderr ?? "", r.status, r.signal) : undefined;
  return { ms, stdout: r.stdout ?? "", error };
}

/** One reader on one workbook in a child of its own (tsx's loader, as this script runs). */
function runChild(kind: string, file: string, out: string): Run {
  const r = timed([...process.execArgv, __filename, "--child", kind, file, out]);
  if (r.error) return { ms: r.ms, error: r.error };
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildResult;
}

/** Loaded with `node -r` before the CLI: writes the process's peak memory to $BENCH_PEERS_RSS as it exits. */
const PEAK_PRELOAD = `process.on("exit", () => require("fs").writeFileSync(process.env.BENCH_PEERS_RSS, String(process.resourceUsage().maxRSS)));\n`;

/** Where the CLI's peak memory is measured: the preload and the file it writes, in this run's own folder. */
interface PeakProbe {
  preload: string;
  file: string;
}

function peakProbe(work: string): PeakProbe {
  const preload = path.join(work, "peak-rss.js");
  writeFileSync(preload, PEAK_PRELOAD);
  return { preload, file: path.join(work, "peak-rss.txt") };
}

/** The CLI, as a user runs it: its time is the wall clock of its process; with a probe, its peak memory too. */
function runCli(args: string[], probe?: PeakProbe): Run {
  if (!probe) {
    const r = timed([BIN, ...args]);
    return { ms: r.ms, error: r.error };
  }
  rmSync(probe.file, { force: true });
  const r = timed(["-r", probe.preload, BIN, ...args], { ...process.env, BENCH_PEERS_RSS: probe.file });
  const peakMB = existsSync(probe.file) ? Number(readFileSync(probe.file, "utf8")) / 1024 : undefined;
  return { ms: r.ms, peakMB, error: r.error };
}

// ---------------------------------------------------------------------------------------------
// Preparation: the CLI built, the workbooks made (or found in the cache).

function newestMtime(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** bin/ita-analyzer.js runs build/cli/main.js: built from src/ by tsconfig.cli.json when missing or older. */
function ensureCliBuilt(): void {
  const config = JSON.parse(readFileSync(path.join(ROOT, "tsconfig.cli.json"), "utf8")) as { include: string[] };
  const sources = Math.max(
    ...config.include.map((p) => newestMtime(path.join(ROOT, p))),
    ...["tsconfig.json", "tsconfig.cli.json"].map((f) => statSync(path.join(ROOT, f)).mtimeMs),
  );
  if (existsSync(CLI_MAIN) && statSync(CLI_MAIN).mtimeMs >= sources) return;
  console.error("building the CLI (build/ is missing or older than src/): tsc -p tsconfig.cli.json");
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  if (r.status === 0) return;
  if (!existsSync(CLI_MAIN)) throw new Error(`the CLI does not build:\n${r.stdout}${r.stderr}`);
  console.error(`the CLI does not build; measuring the build there is:\n${r.stdout}${r.stderr}`);
}

function digest(...files: string[]): string {
  const h = createHash("sha1");
  for (const f of files) h.update(readFileSync(f));
  return h.digest("hex").slice(0, 10);
}

interface Workbook {
  label: string;
  file: string;
  megabytes: number;
  cells?: number;
  runs: number;
}

async function bigWorkbook(megabytes: number, runs: number): Promise<Workbook> {
  const key = digest(path.join(__dirname, "make-big-workbook.ts"), SAMPLE);
  const file = path.join(CACHE, `big-${megabytes}mb-${key}.xlsx`);
  const statsFile = `${file}.json`;
  if (!existsSync(file) || !existsSync(statsFile)) {
    console.error(`making the ${megabytes} MB workbook (cached in ${CACHE})`);
    const { writeBigWorkbook } = await import("./make-big-workbook");
    const partial = `${file}.${process.pid}.part`;
    const stats = await writeBigWorkbook(partial, megabytes);
    writeFileSync(statsFile, JSON.stringify({ cells: stats.cells }));
    renameSync(partial, file);
  }
  const { cells } = JSON.parse(readFileSync(statsFile, "utf8")) as { cells: number };
  return { label: `The ${megabytes} MB workbook`, file, megabytes: statSync(file).size / 1e6, cells, runs };
}

/** 200 agencies as a folder of 200 workbooks of one agency, and as one workbook of 200 sheets. */
async function batchInputs(): Promise<{ folder: string; workbook: string }> {
  const key = digest(path.join(ROOT, "tests", "helpers", "batch.ts"));
  const folder = path.join(CACHE, `batch-${BATCH_SIZE}-${key}`);
  const workbook = path.join(CACHE, `agencies-${BATCH_SIZE}-${key}.xlsx`);
  if (existsSync(folder) && existsSync(workbook)) return { folder, workbook };
  console.error(`making the batch of ${BATCH_SIZE} agencies (cached in ${CACHE})`);
  const { agencyPerSheet, manyAgencies, oneAgency } = await import("../tests/helpers/batch");
  const agencies = manyAgencies(BATCH_SIZE);
  const partial = `${folder}.${process.pid}.part`;
  mkdirSync(partial, { recursive: true });
  for (const [i, a] of agencies.entries())
    writeFileSync(path.join(partial, `agency-${String(i + 1).padStart(3, "0")}.xlsx`), await oneAgency(a, 2567));
  rmSync(folder, { recursive: true, force: true });
  renameSync(partial, folder);
  writeFileSync(workbook, await agencyPerSheet(agencies));
  return { folder, workbook };
}

// ---------------------------------------------------------------------------------------------
// Figures and tables.

interface Summary {
  ms?: number;
  min?: number;
  max?: number;
  peakMB?: number;
  saw?: string;
  error?: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median time and highest peak of the runs that finished; the first failure's reason if none did. */
function summarise(runs: Run[]): Summary {
  const ok = runs.filter((r) => !r.error);
  const failed = runs.length - ok.length;
  if (!ok.length) return { error: runs[0]?.error ?? "not run" };
  const ms = ok.map((r) => r.ms);
  const peaks = ok.flatMap((r) => (r.peakMB === undefined ? [] : [r.peakMB]));
  return {
    ms: median(ms),
    min: Math.min(...ms),
    max: Math.max(...ms),
    peakMB: peaks.length ? Math.max(...peaks) : undefined,
    saw: ok[ok.length - 1].saw,
    error: failed ? `${failed} of ${runs.length} runs failed: ${runs.find((r) => r.error)!.error}` : undefined,
  };
}

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const fmtRange = (s: Summary) =>
  s.min === undefined || s.min === s.max ? "" : `${fmtMs(s.min)} – ${fmtMs(s.max!)}`.replace(/ ms – /, " – ");
const fmtRatio = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)}×`;

function table(header: string[], rows: string[][], right: number[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (right.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (right.includes(i) ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function version(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string })
    .version;
}

function machine(): string {
  const cpus = os.cpus();
  const git = (args: string[]) => {
    const r = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
    return r.status === 0 ? r.stdout.trim() : undefined;
  };
  const dirty = !!git(["status", "--porcelain", "--untracked-files=no", "--", "src"]);
  return [
    `**Machine**: ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${os.availableParallelism()} cores, ` +
      `${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.type()} ${os.release()} ${os.arch()}; ` +
      `Node ${process.version}; load average ${os.loadavg()[0].toFixed(2)} at the start.`,
    `**Code**: ita-analyzer ${git(["rev-parse", "--short", "HEAD"]) ?? "unknown"}${dirty ? " with uncommitted changes in src/" : ""}, ` +
      `ExcelJS ${version("exceljs")}, SheetJS ${version("xlsx")}; ${new Date().toISOString().slice(0, 10)}.`,
  ].join("\n\n");
}

// ---------------------------------------------------------------------------------------------
// The peers, side by side.

/** The readers of the peers' tables, in the order they run and are printed. */
const READERS = [
  ["floor", "floor: inflate every part (fflate, the project's zip)"],
  ["zlib", "floor: inflate every part (Node's zlib)"],
  ["exceljs", "ExcelJS streaming reader, every row"],
  ["sheetjs", "SheetJS readFile"],
  ["cli", "ita-analyzer CLI: analyze --out (whole job)"],
  ["analyse", "ita-analyzer analyseXlsx, in process"],
] as const;

/** Each reader's runs on one workbook, in the order of the rounds. */
type Runs = Map<string, Run[]>;

function peers(wb: Workbook, work: string, probe: PeakProbe): Runs {
  const runs = new Map<string, Run[]>(READERS.map(([key]) => [key, []]));
  for (let i = 0; i < wb.runs; i++)
    for (const [key, label] of READERS) {
      console.error(`  ${wb.label}, run ${i + 1} of ${wb.runs}: ${label}`);
      const out = path.join(work, `${key}-analysis.xlsx`);
      runs
        .get(key)!
        .push(key === "cli" ? runCli(["analyze", wb.file, "--out", out], probe) : runChild(key, wb.file, out));
      rmSync(out, { force: true });
    }
  return runs;
}

/**
 * The median over the rounds of `f` of two runs side by side, in the rounds where both finished: the two ran
 * one after the other, so a machine busy for a while slows both, and their ratio (or difference) holds better
 * than their times.
 */
function paired(xs: Run[], ys: Run[], f: (x: number, y: number) => number): number | undefined {
  const r = xs.flatMap((x, i) => (x.error || !ys[i] || ys[i].error ? [] : [f(x.ms, ys[i].ms)]));
  return r.length ? median(r) : undefined;
}

/** `a`'s time over `b`'s, round by round. */
function ratio(runs: Runs | undefined, a: string, b: string): number | undefined {
  return paired(runs?.get(a) ?? [], runs?.get(b) ?? [], (x, y) => x / y);
}

function peersTable(wb: Workbook, runs: Runs): string {
  const rows = READERS.map(([key, label]) => {
    const x = summarise(runs.get(key)!);
    if (x.ms === undefined) return [label, "failed", "", "", "", "", x.error ?? ""];
    const floor = ratio(runs, key, "floor");
    const exceljs = ratio(runs, key, "exceljs");
    return [
      label,
      fmtMs(x.ms),
      fmtRange(x),
      x.peakMB === undefined ? "" : x.peakMB.toFixed(0),
      floor === undefined ? "" : fmtRatio(floor),
      exceljs === undefined ? "" : fmtRatio(exceljs),
      [x.saw, x.error].filter(Boolean).join("; "),
    ];
  });
  const size = wb.megabytes < 1 ? `${(wb.megabytes * 1000).toFixed(0)} KB` : `${wb.megabytes.toFixed(1)} MB`;
  const what = `**${wb.label}** — ${size}${wb.cells ? `, ${count(wb.cells)} cells` : ""}; median of ${wb.runs} run${wb.runs > 1 ? "s" : ""}`;
  return `${what}\n\n${table(["reader", "time", "range", "peak MB", "× floor", "× ExcelJS", "read"], rows, [1, 3, 4, 5])}`;
}

// ---------------------------------------------------------------------------------------------
// Start-up and batches.

interface Startup {
  node: Summary;
  help: Summary;
  version: Summary;
  sample: Summary;
  docx: Summary;
  batchFolder: Summary;
  batchSheets: Summary;
  /** The time `--help` and `--version` take over `node -e 0`, round by round. */
  helpOver?: number;
  versionOver?: number;
}

function startup(
  rounds: number,
  batchRuns: number,
  batch: { folder: string; workbook: string },
  work: string,
  probe: PeakProbe,
): Startup {
  const out = path.join(work, "sample-analysis.xlsx");
  const docx = path.join(work, "sample-measures.docx");
  const runs = {
    node: [] as Run[],
    help: [] as Run[],
    version: [] as Run[],
    sample: [] as Run[],
    docx: [] as Run[],
    batchFolder: [] as Run[],
    batchSheets: [] as Run[],
  } satisfies Record<string, Run[]>;
  console.error(`  start-up: ${rounds} rounds`);
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ["-e", "0"]);
    runs.node.push({ ms: performance.now() - t, error: r.status === 0 ? undefined : `exit ${r.status}` });
    runs.help.push(runCli(["--help"]));
    runs.version.push(runCli(["--version"]));
    runs.sample.push(runCli(["analyze", SAMPLE, "--out", out]));
    runs.docx.push(runCli(["analyze", SAMPLE, "--out", out, "--docx", docx]));
  }
  for (let i = 0; i < batchRuns; i++) {
    console.error(`  batch of ${BATCH_SIZE} agencies, run ${i + 1} of ${batchRuns}`);
    for (const [key, input] of [
      ["batchFolder", batch.folder],
      ["batchSheets", batch.workbook],
    ] as const) {
      const dir = mkdtempSync(path.join(work, "batch-"));
      runs[key].push(runCli(["batch", input, "--out", dir], probe));
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const minus = (a: number, b: number) => a - b;
  return {
    node: summarise(runs.node),
    help: summarise(runs.help),
    version: summarise(runs.version),
    sample: summarise(runs.sample),
    docx: summarise(runs.docx),
    batchFolder: summarise(runs.batchFolder),
    batchSheets: summarise(runs.batchSheets),
    helpOver: paired(runs.help, runs.node, minus),
    versionOver: paired(runs.version, runs.node, minus),
  };
}

function startupTable(s: Startup, rounds: number, batchRuns: number): string {
  const row = (what: string, x: Summary, note = ""): string[] =>
    x.ms === undefined
      ? [what, "failed", "", "", x.error ?? ""]
      : [
          what,
          fmtMs(x.ms),
          fmtRange(x),
          x.peakMB === undefined ? "" : x.peakMB.toFixed(0),
          [note, x.error].filter(Boolean).join("; "),
        ];
  const over = (ms?: number) => (ms === undefined ? "" : `${fmtMs(ms)} over \`node -e 0\``);
  const perAgency = (x: Summary) => (x.ms === undefined ? "" : `${(x.ms / BATCH_SIZE).toFixed(1)} ms an agency`);
  const rows = [
    row("`node -e 0`", s.node),
    row("`ita-analyzer --help`", s.help, over(s.helpOver)),
    row("`ita-analyzer --version`", s.version, over(s.versionOver)),
    row("the sample: `analyze --out`", s.sample),
    row("the sample: `analyze --out --docx`", s.docx),
    row(`\`batch\`: a folder of ${BATCH_SIZE} workbooks of one agency`, s.batchFolder, perAgency(s.batchFolder)),
    row(`\`batch\`: one workbook of ${BATCH_SIZE} agencies, a sheet each`, s.batchSheets, perAgency(s.batchSheets)),
  ];
  return (
    `**Start-up and batches** — the wall clock of the process; median of ${rounds} rounds (batches: of ${batchRuns})\n\n` +
    table(["what", "time", "range", "peak MB", "note"], rows, [1, 3])
  );
}

// ---------------------------------------------------------------------------------------------
// The targets (issue 23).

function targetsTable(s: Startup, ten?: Runs, fifty?: Runs): string {
  const rows: string[][] = [];
  /** A target, its figure (undefined when it was not measured), how the figure is shown, and whether it is met. */
  const check = (target: string, v: number | undefined, show: (v: number) => string, met: (v: number) => boolean) =>
    rows.push(v === undefined ? [target, "not measured", "–"] : [target, show(v), met(v) ? "met" : "**not met**"]);
  const perAgency = (x: Summary) => (x.ms === undefined ? undefined : x.ms / BATCH_SIZE);
  const mb = (v: number) => `${v.toFixed(0)} MB`;

  check(
    "`--help` ≤ 0.15 s over `node -e 0`",
    s.helpOver,
    (v) => `+${fmtMs(v)}`,
    (v) => v <= 150,
  );
  check("the sample ≤ 0.4 s", s.sample.ms, fmtMs, (v) => v <= 400);
  check("the sample with `--docx` ≤ 0.6 s", s.docx.ms, fmtMs, (v) => v <= 600);
  for (const [what, x] of [
    ["a folder of workbooks", s.batchFolder],
    ["a sheet each", s.batchSheets],
  ] as const)
    check(
      `batch (${what}) ≤ 20 ms an agency`,
      perAgency(x),
      (v) => `${v.toFixed(1)} ms`,
      (v) => v <= 20,
    );

  const cli10 = ten && summarise(ten.get("cli")!);
  const exceljs10 = ten && summarise(ten.get("exceljs")!);
  check(
    "10 MB: the whole job faster than ExcelJS's reader",
    ratio(ten, "cli", "exceljs"),
    (v) => `${fmtRatio(v)} its time (${fmtMs(cli10!.ms!)} vs ${fmtMs(exceljs10!.ms!)})`,
    (v) => v < 1,
  );
  check("10 MB: the whole job ≤ 10× the floor", ratio(ten, "cli", "floor"), fmtRatio, (v) => v <= 10);
  check("10 MB: peak ≤ 250 MB", cli10?.peakMB, mb, (v) => v <= 250);
  const cli50 = fifty && summarise(fifty.get("cli")!);
  check("50 MB: the whole job < 15 s", cli50?.ms, fmtMs, (v) => v < 15_000);
  check("50 MB: peak < 1 GB (1024 MB)", cli50?.peakMB, mb, (v) => v < 1024);
  return (
    "**Targets** (issue 23) — the whole job is the CLI's, Node's start-up included\n\n" +
    table(["target", "measured", ""], rows)
  );
}

// ---------------------------------------------------------------------------------------------

const USAGE = `usage: npm run bench:peers -- [--quick] [--runs <n>] [--big-runs <n>]
  --runs <n>      runs of each reader on the sample and the 10 MB workbook, and of each batch (default 3)
  --big-runs <n>  runs on the 50 MB workbook (default 1)
  --quick         one run each, and no 50 MB workbook`;

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      runs: { type: "string" },
      "big-runs": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const n = (v: string | undefined, fallback: number) => {
    if (v === undefined) return fallback;
    const x = Number(v);
    if (!Number.isInteger(x) || x < 1) throw new Error(`not a number of runs: ${v}\n${USAGE}`);
    return x;
  };
  const runs = n(values.runs, values.quick ? 1 : 3);
  return {
    help: values.help,
    runs,
    bigRuns: values.quick ? 0 : n(values["big-runs"], 1),
    startupRounds: values.quick ? 3 : Math.max(7, runs),
  };
}

async function main(): Promise<void> {
  const o = options();
  if (o.help) {
    console.log(USAGE);
    return;
  }
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), "ita-bench-peers-run-"));
  try {
    console.log(`${machine()}\n`);
    ensureCliBuilt();
    const workbooks: Workbook[] = [
      { label: "The sample", file: SAMPLE, megabytes: statSync(SAMPLE).size / 1e6, runs: o.runs },
      await bigWorkbook(10, o.runs),
    ];
    if (o.bigRuns > 0) workbooks.push(await bigWorkbook(50, o.bigRuns));
    const batch = await batchInputs();
    const probe = peakProbe(work);

    const idle = summarise([runChild("idle", SAMPLE, "")]);
    const results = workbooks.map((wb) => peers(wb, work, probe));
    const start = startup(o.startupRounds, o.runs, batch, work, probe);

    const sections = [
      ...workbooks.map((wb, i) => peersTable(wb, results[i])),
      `In-process readers run in a child under tsx: an idle one peaks at ${idle.peakMB?.toFixed(0) ?? "?"} MB. ` +
        `The CLI's time includes Node's start-up and writing the output. Peak MB is the highest of the runs ` +
        `(MB = 2^20 bytes).`,
      startupTable(start, o.startupRounds, o.runs),
      targetsTable(start, results[1], o.bigRuns > 0 ? results[2] : undefined),
      `Load average ${os.loadavg()[0].toFixed(2)} at the end.`,
    ];
    console.log(sections.join("\n\n"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  const [, , , kind, file, out] = process.argv;
  child(kind, file, out).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
