/**
 * `ita-analyzer batch`: the files and folders given, every agency in them analysed and written to
 * the output folder under its own name, and a roll-up workbook of them all. A file that cannot be
 * read is listed with its reason and the run goes on.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "fs";
import * as path from "path";
import { CLI_TEXT } from "./cliText";
import { writeAtomically } from "./write";
import { AgencyOutput, analyseFiles } from "../adapters/xlsx/batch";
import type { WorkbookOptions } from "../core/analyseWorkbook";
import type { AgencyRow } from "../core/batch/rollup";
import { ROLLUP_FILE, Unread, isBatchWorkbook, unreadReason } from "../core/batch/files";
import { belowTarget } from "../core/batch/order";
import { batchReport } from "../core/report/batchReport";
import { InputError, Lang } from "../core/i18n/messages";

export interface BatchRun {
  out: string;
  json?: string;
  docx: boolean;
  lang: Lang;
}

/** Every workbook the inputs name: files as given, folders searched (their subfolders too). */
function workbooksIn(inputs: string[], outDir: string): string[] {
  const out = path.resolve(outDir);
  const found: string[] = [];
  const visit = (p: string) => {
    const name = path.basename(p);
    if (name.startsWith(".") || path.resolve(p) === out) return;
    if (statSync(p).isDirectory()) {
      for (const child of readdirSync(p).sort()) visit(path.join(p, child));
    } else if (isBatchWorkbook(name)) found.push(p);
  };
  for (const input of inputs) {
    if (!existsSync(input)) throw new InputError("file.notFound", { file: input });
    // A file named on the command line is read whatever its name, so its reason is given if it cannot be.
    if (statSync(input).isFile()) found.push(input);
    else visit(input);
  }
  return [...new Set(found)];
}

/** Run the batch; resolves to the exit code. */
export async function runBatch(inputs: string[], options: WorkbookOptions, run: BatchRun): Promise<number> {
  const files = workbooksIn(inputs, run.out);
  mkdirSync(run.out, { recursive: true });
  const bar = new ProgressBar(files.length, run.lang);
  const base = commonBase(inputs);
  const sources = files.map((file) => ({
    name: path.relative(base, file) || path.basename(file),
    read: () => Promise.resolve(new Uint8Array(readFileSync(file))),
  }));
  const { rows, unread, rollup } = await analyseFiles(
    sources,
    options,
    { lang: run.lang, docx: run.docx },
    {
      onProgress: (p) => bar.update(p.index, p.agencies, p.name),
      onAgency: (a) => writeAgency(run.out, a),
      onFault: (e) => process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
    },
  );
  bar.done();
  const rollupPath = path.join(run.out, ROLLUP_FILE);
  writeAtomically(rollupPath, rollup);
  if (run.json)
    writeAtomically(
      path.resolve(run.json),
      Buffer.from(JSON.stringify(batchReport(rows, unread, run.lang), null, 2) + "\n"),
    );
  process.stdout.write(batchSummary(rows, unread, files.length, rollupPath, run.lang));
  return rows.length ? 0 : 1;
}

function writeAgency(out: string, a: AgencyOutput): void {
  writeAtomically(path.join(out, a.workbook.name), a.workbook.bytes);
  if (a.document) writeAtomically(path.join(out, a.document.name), a.document.bytes);
}

/** The folder the inputs share, so a file is named by its path below it ("อำเภอเมือง/ผลคะแนน.xlsx"). */
function commonBase(inputs: string[]): string {
  const dirs = inputs.map((p) => {
    const abs = path.resolve(p);
    return existsSync(abs) && statSync(abs).isDirectory() ? abs : path.dirname(abs);
  });
  return dirs.reduce((a, b) => {
    while (!(b + path.sep).startsWith(a + path.sep) && a !== path.dirname(a)) a = path.dirname(a);
    return a;
  });
}

function batchSummary(rows: AgencyRow[], unread: Unread[], files: number, rollup: string, lang: Lang): string {
  const T = CLI_TEXT[lang];
  const lines = [T.batchHeading(rows.length, files, belowTarget(rows))];
  for (const u of unread) lines.push(`  ! ${u.file}: ${unreadReason(u, lang)}`);
  const folder = path.relative(process.cwd(), path.dirname(rollup)) || ".";
  lines.push(`${T.wrote}: ${folder}${path.sep} (${path.basename(rollup)})`);
  return lines.join("\n") + "\n";
}

/** A bar on the terminal, redrawn in place; nothing when the output is not a terminal. */
class ProgressBar {
  private readonly live = Boolean(process.stderr.isTTY);

  constructor(
    private readonly total: number,
    private readonly lang: Lang,
  ) {}

  update(done: number, agencies: number, file: string): void {
    if (!this.live) return;
    const width = 24;
    const full = this.total ? Math.round((done / this.total) * width) : width;
    const text = CLI_TEXT[this.lang].batchProgress(done, this.total, agencies);
    const line = `[${"#".repeat(full)}${"-".repeat(width - full)}] ${text}${file ? ` · ${file}` : ""}`;
    process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 100) - 1).padEnd(Math.min(line.length, 99))}`);
  }

  done(): void {
    if (this.live) process.stderr.write("\n");
  }
}
