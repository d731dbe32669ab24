/**
 * `ita-analyzer batch`: the files and folders given, every agency in them analysed and written to
 * the output folder under its own name, and a roll-up workbook of them all. A file that cannot be
 * read is listed with its reason and the run goes on.
 */
import { existsSync, readdirSync, statSync } from "fs";
import * as path from "path";
import { CLI_TEXT } from "./cliText";
import { Output, checkDistinct, checkFolder, checkWritable, ensureFolder, readInput, writeOutputs } from "./files";
import { AgencyOutput, analyseFiles } from "../adapters/xlsx/batch";
import type { WorkbookOptions } from "../core/analyseWorkbook";
import type { AgencyRow } from "../core/batch/rollup";
import { ROLLUP_FILE, Unread, isBatchWorkbook, skippedSpreadsheet, unreadReason } from "../core/batch/files";
import { belowTarget } from "../core/batch/order";
import { fileStem } from "../core/i18n/fileNames";
import { batchReport } from "../core/report/batchReport";
import { InputError, Lang } from "../core/i18n/messages";

export interface BatchRun {
  out: string;
  json?: string;
  docx: boolean;
  lang: Lang;
}

/**
 * Every workbook the inputs name: files as given, folders searched (their subfolders too, but not
 * the output folder). Spreadsheets of other kinds found in folders are listed with their reason.
 */
function workbooksIn(inputs: string[], out: string): { files: string[]; skipped: Unread[] } {
  const files: string[] = [];
  const skipped: Unread[] = [];
  const visit = (p: string) => {
    const name = path.basename(p);
    if (name.startsWith(".") || path.resolve(p) === out) return;
    if (statSync(p).isDirectory()) {
      for (const child of readdirSync(p).sort()) visit(path.join(p, child));
    } else if (isBatchWorkbook(name)) files.push(p);
    else {
      const why = skippedSpreadsheet(name);
      if (why) skipped.push({ ...why, file: p, params: { ...why.params, file: p } });
    }
  };
  for (const input of inputs) {
    // A file named on the command line is read whatever its name, so its reason is given if it cannot be.
    if (statSync(input).isFile()) files.push(input);
    else visit(input);
  }
  return { files: [...new Set(files)], skipped };
}

/** Run the batch; resolves to the exit code. Nothing is written when there is nothing to read. */
export async function runBatch(inputs: string[], options: WorkbookOptions, run: BatchRun): Promise<number> {
  for (const input of inputs) if (!existsSync(input)) throw new InputError("file.notFound", { file: input });
  const out = checkFolder(
    run.out,
    inputs.filter((p) => statSync(p).isDirectory()),
  );
  const { files, skipped } = workbooksIn(inputs, out);
  const base = commonBase(inputs);
  const named = (u: Unread): Unread => {
    const file = path.relative(base, u.file) || path.basename(u.file);
    return { ...u, file, params: { ...u.params, file } };
  };
  if (!files.length) {
    for (const u of skipped) process.stderr.write(`  ! ${unreadReason(named(u), run.lang)}\n`);
    throw new InputError("batch.empty", { inputs: inputs.join(", ") });
  }
  const rollup = { option: "--out", given: path.join(run.out, ROLLUP_FILE), file: path.join(out, ROLLUP_FILE) };
  const json = run.json === undefined ? undefined : { option: "--json", given: run.json, file: path.resolve(run.json) };
  checkDistinct(
    files.map((f) => path.resolve(f)),
    json ? [rollup, json] : [rollup],
  );
  // A report inside the output folder is written once the folder is made; anywhere else, its folder must be there.
  if (json && path.dirname(json.file) !== out) checkWritable(json);

  const bar = new ProgressBar(files.length, run.lang);
  const sources = files.map((file) => ({
    name: path.relative(base, file) || path.basename(file),
    read: () => Promise.resolve(readInput(file)),
  }));
  // An input that lies in the output folder keeps its name: no agency's output takes it.
  const reserved = files.filter((f) => path.dirname(path.resolve(f)) === out).map((f) => fileStem(f));
  let made = false;
  const writeAgency = (a: AgencyOutput) => {
    if (!made) ensureFolder(out);
    made = true;
    const output = (name: string): Output => ({
      option: "--out",
      given: path.join(run.out, name),
      file: path.join(out, name),
    });
    writeOutputs([
      { output: output(a.workbook.name), bytes: a.workbook.bytes },
      ...(a.document ? [{ output: output(a.document.name), bytes: a.document.bytes }] : []),
    ]);
  };
  const result = await analyseFiles(
    sources,
    options,
    { lang: run.lang, docx: run.docx, reserved },
    {
      onProgress: (p) => bar.update(p.index, p.agencies, p.name),
      onAgency: writeAgency,
      onFault: (e) => process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
    },
  );
  bar.done();
  const unread = [...skipped.map(named), ...result.unread];
  // No agency read: nothing is written, and the reasons are the message.
  if (!result.rows.length) {
    process.stderr.write(batchSummary(result.rows, unread, files.length, null, run.lang));
    return 1;
  }
  writeOutputs([
    { output: rollup, bytes: result.rollup },
    ...(json
      ? [
          {
            output: json,
            bytes: Buffer.from(JSON.stringify(batchReport(result.rows, unread, run.lang), null, 2) + "\n"),
          },
        ]
      : []),
  ]);
  process.stdout.write(batchSummary(result.rows, unread, files.length, rollup.given, run.lang));
  return 0;
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

/** What the batch did: its agencies, the files it could not read, and the roll-up it wrote (if any). */
function batchSummary(rows: AgencyRow[], unread: Unread[], files: number, rollup: string | null, lang: Lang): string {
  const T = CLI_TEXT[lang];
  const lines = [T.batchHeading(rows.length, files, belowTarget(rows))];
  for (const u of unread) lines.push(`  ! ${u.file}: ${unreadReason(u, lang)}`);
  if (rollup) lines.push(`${T.wrote}: ${path.dirname(rollup)}${path.sep} (${path.basename(rollup)})`);
  return lines.join("\n") + "\n";
}

/** Where the bar is drawn: the terminal's error stream, or a test's. */
export type Terminal = Pick<NodeJS.WriteStream, "isTTY" | "columns" | "write">;

/** A bar on the terminal, redrawn in place; nothing when the output is not a terminal. */
export class ProgressBar {
  constructor(
    private readonly total: number,
    private readonly lang: Lang,
    private readonly term: Terminal = process.stderr,
  ) {}

  update(done: number, agencies: number, file: string): void {
    if (!this.term.isTTY) return;
    const width = 24;
    const full = this.total ? Math.round((done / this.total) * width) : width;
    const text = CLI_TEXT[this.lang].batchProgress(done, this.total, agencies);
    const line = `[${"#".repeat(full)}${"-".repeat(width - full)}] ${text}${file ? ` · ${file}` : ""}`;
    // Back to the line's start and erase it, so nothing of a longer frame is left.
    this.term.write(`\r\x1b[K${[...line].slice(0, (this.term.columns || 100) - 1).join("")}`);
  }

  /** The bar is erased: what stays on the terminal is the summary. */
  done(): void {
    if (this.term.isTTY) this.term.write("\r\x1b[K");
  }
}
