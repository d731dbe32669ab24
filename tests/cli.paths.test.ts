/**
 * Nothing the user owns is ever at risk on the command line: a table of bad inputs, options and
 * paths, each run through the real command. Every one ends with its documented exit code (2: a bad
 * option; 1: a file that cannot be read or written) and one line that names what is wrong; the
 * input's bytes are unchanged, no temporary file is left, and no file that was there before is
 * changed or half-replaced.
 *
 * Permission rows run the command as an unprivileged user when the tests run as root (root may
 * write anywhere), and the one that needs a file owned by somebody else runs only as root.
 */
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { SAMPLE_FILE } from "./helpers/grids";
import { NOBODY, buildCli, isRoot, runCli } from "./helpers/cli";
import { ProgressBar } from "../src/cli/batch";

let BIN = "";
beforeAll(async () => {
  BIN = await buildCli();
});

/** Every file below a folder, with its bytes and mode: what must not change. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        out.set(path.relative(dir, p) + "/", st.mode.toString(8));
        visit(p);
      } else out.set(path.relative(dir, p), `${st.mode.toString(8)}:${readFileSync(p).toString("base64")}`);
    }
  };
  visit(dir);
  return out;
}

/**
 * A folder holding the sample as `in.xlsx`, a folder `scores/` with it as `a.xlsx`, an old output
 * `old.xlsx`, a file `notes.txt`, a folder named `folder.xlsx`, a read-only folder `ro/`, an
 * empty folder `empty/`, a link `link.xlsx` to the input and `sub/`. Open to an unprivileged user.
 */
function workdir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ita-paths-"));
  chmodSync(dir, 0o777);
  copyFileSync(SAMPLE_FILE, path.join(dir, "in.xlsx"));
  mkdirSync(path.join(dir, "scores"));
  copyFileSync(SAMPLE_FILE, path.join(dir, "scores", "a.xlsx"));
  writeFileSync(path.join(dir, "old.xlsx"), "an earlier output");
  chmodSync(path.join(dir, "old.xlsx"), 0o666);
  writeFileSync(path.join(dir, "notes.txt"), "not a folder");
  mkdirSync(path.join(dir, "folder.xlsx"));
  mkdirSync(path.join(dir, "ro"));
  chmodSync(path.join(dir, "ro"), 0o555);
  mkdirSync(path.join(dir, "empty"));
  mkdirSync(path.join(dir, "sub"));
  symlinkSync(path.join(dir, "in.xlsx"), path.join(dir, "link.xlsx"));
  return dir;
}

interface Row {
  args: string[];
  code: 1 | 2;
  message: RegExp;
  /** Run as an unprivileged user (the permission rows). */
  unprivileged?: boolean;
  /** Prepare the folder further before the run. */
  setup?: (dir: string) => void;
}

const ANALYZE = ["analyze", "in.xlsx"];

const ROWS: Record<string, Row> = {
  // Outputs that are the input, or each other: a bad option, exit 2.
  "--json names the input": { args: [...ANALYZE, "--json", "in.xlsx"], code: 2, message: /--json in\.xlsx คือไฟล์ต้นฉบับ/ },
  "--save-framework names the input": {
    args: [...ANALYZE, "--save-framework", "in.xlsx"],
    code: 2,
    message: /--save-framework in\.xlsx คือไฟล์ต้นฉบับ/,
  },
  "--out names the input": { args: [...ANALYZE, "--out", "in.xlsx"], code: 2, message: /--out in\.xlsx คือไฟล์ต้นฉบับ/ },
  "--out names the input through ..": {
    args: [...ANALYZE, "--out", "sub/../in.xlsx"],
    code: 2,
    message: /คือไฟล์ต้นฉบับ/,
  },
  "--out is a link to the input": { args: [...ANALYZE, "--out", "link.xlsx"], code: 2, message: /คือไฟล์ต้นฉบับ/ },
  "--docx names the input": { args: [...ANALYZE, "--docx=in.xlsx"], code: 2, message: /--docx in\.xlsx คือไฟล์ต้นฉบับ/ },
  "--json and --out name one file": {
    args: [...ANALYZE, "--json", "o.xlsx", "--out", "o.xlsx"],
    code: 2,
    message: /--out และ --json ระบุไฟล์เดียวกัน \(o\.xlsx\)/,
  },
  "--docx and --json name one file": {
    args: [...ANALYZE, "--json", "r.json", "--docx=./r.json"],
    code: 2,
    message: /ระบุไฟล์เดียวกัน/,
  },
  "the default output name given again as --json": {
    args: [...ANALYZE, "--json", "in-analysis.xlsx"],
    code: 2,
    message: /--out และ --json ระบุไฟล์เดียวกัน/,
  },
  // Paths the file system refuses: exit 1, before anything is written.
  "--out into a missing folder": {
    args: [...ANALYZE, "--out", "missing/o.xlsx"],
    code: 1,
    message: /ไม่พบโฟลเดอร์ missing สำหรับไฟล์ missing\/o\.xlsx/,
  },
  "--docx into a missing folder (the workbook is not written either)": {
    args: [...ANALYZE, "--docx", "missing/d.docx"],
    code: 1,
    message: /ไม่พบโฟลเดอร์ missing/,
  },
  "--json into a missing folder": {
    args: [...ANALYZE, "--json", "missing/r.json"],
    code: 1,
    message: /ไม่พบโฟลเดอร์ missing/,
  },
  "--out below a file": { args: [...ANALYZE, "--out", "notes.txt/o.xlsx"], code: 1, message: /ไม่พบโฟลเดอร์ notes\.txt/ },
  "--out that is a folder": {
    args: [...ANALYZE, "--out", "folder.xlsx"],
    code: 1,
    message: /--out folder\.xlsx เป็นโฟลเดอร์/,
  },
  "--out into a read-only folder": {
    args: [...ANALYZE, "--out", "ro/o.xlsx"],
    code: 1,
    message: /ไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์ ro/,
    unprivileged: true,
  },
  "--out onto a read-only file": {
    args: [...ANALYZE, "--out", "old.xlsx"],
    code: 1,
    message: /ไฟล์ old\.xlsx มีอยู่แล้วและเขียนทับไม่ได้/,
    unprivileged: true,
    setup: (dir) => chmodSync(path.join(dir, "old.xlsx"), 0o444),
  },
  "the input is a folder": { args: ["analyze", "scores"], code: 1, message: /scores เป็นโฟลเดอร์/ },
  "the input is missing": { args: ["analyze", "nothing.xlsx"], code: 1, message: /ไม่พบไฟล์ nothing\.xlsx/ },
  "the input cannot be read": {
    args: ["analyze", "in.xlsx", "--out", "sub/o.xlsx"],
    code: 1,
    message: /อ่านไฟล์ in\.xlsx ไม่ได้: ไม่มีสิทธิ์เข้าถึง/,
    unprivileged: true,
    setup: (dir) => chmodSync(path.join(dir, "in.xlsx"), 0o600),
  },
  // Option values, parsed strictly: the range in the message, never Node's parser text.
  "--threshold=": {
    args: [...ANALYZE, "--threshold="],
    code: 2,
    message: /--threshold ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100 \(ได้รับ “”\)/,
  },
  "--threshold ' '": { args: [...ANALYZE, "--threshold", " "], code: 2, message: /ตั้งแต่ 0 ถึง 100/ },
  "--threshold 0x50": { args: [...ANALYZE, "--threshold", "0x50"], code: 2, message: /\(ได้รับ “0x50”\)/ },
  "--threshold -5": { args: [...ANALYZE, "--threshold", "-5"], code: 2, message: /ตั้งแต่ 0 ถึง 100 \(ได้รับ “-5”\)/ },
  "--threshold 101": { args: [...ANALYZE, "--threshold", "101"], code: 2, message: /\(ได้รับ “101”\)/ },
  "--threshold with nothing after it": {
    args: [...ANALYZE, "--threshold"],
    code: 2,
    message: /--threshold ต้องตามด้วยค่า/,
  },
  "--fiscal-year 2024": { args: [...ANALYZE, "--fiscal-year", "2024"], code: 2, message: /ตั้งแต่ 2560 ถึง 2700/ },
  "--fiscal-year 2570.5": { args: [...ANALYZE, "--fiscal-year", "2570.5"], code: 2, message: /ตั้งแต่ 2560 ถึง 2700/ },
  "--year 2024, a Gregorian year": { args: [...ANALYZE, "--year", "2024"], code: 2, message: /2024 คือ พ.ศ. 2567/ },
  "--year 1999": { args: [...ANALYZE, "--year", "1999"], code: 2, message: /ปีที่มี: 2567, 2568, 2569/ },
  "--lang fr": { args: [...ANALYZE, "--lang", "fr"], code: 2, message: /--lang fr/ },
  "an unknown option": { args: [...ANALYZE, "--treshold", "80"], code: 2, message: /ไม่มีตัวเลือก --treshold/ },
  "--help with a value": { args: [...ANALYZE, "--help=yes"], code: 2, message: /--help ไม่รับค่า/ },
  "a unit name longer than a cell should hold": {
    args: [...ANALYZE, "--units", `budget=${"ก".repeat(300)}`],
    code: 2,
    message: /--units .* > 200/,
  },
  // batch.
  "batch: an empty folder": { args: ["batch", "empty"], code: 1, message: /ไม่พบไฟล์ \.xlsx หรือ \.xlsm ใน empty/ },
  "batch: --out names a file": {
    args: ["batch", "scores", "--out", "notes.txt"],
    code: 1,
    message: /notes\.txt เป็นไฟล์ ไม่ใช่โฟลเดอร์/,
  },
  "batch: --out is the folder read": {
    args: ["batch", "scores", "--out", "scores"],
    code: 2,
    message: /--out scores เป็นโฟลเดอร์ที่อ่านไฟล์อยู่/,
  },
  "batch: --out in a read-only folder": {
    args: ["batch", "scores", "--out", "ro/out"],
    code: 1,
    message: /ไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์ ro/,
    unprivileged: true,
  },
  "batch: --json names an input": {
    args: ["batch", "scores", "--json", "scores/a.xlsx"],
    code: 2,
    message: /--json scores\/a\.xlsx คือไฟล์ต้นฉบับ/,
  },
  "batch: --json into a missing folder": {
    args: ["batch", "scores", "--json", "missing/r.json"],
    code: 1,
    message: /ไม่พบโฟลเดอร์ missing/,
  },
};

describe("bad inputs and paths: the documented exit code, one clear line, nothing changed", () => {
  test.each(Object.entries(ROWS))("%s", (_name, row) => {
    const dir = workdir();
    row.setup?.(dir);
    const before = snapshot(dir);
    const r = runCli(BIN, row.args, dir, row.unprivileged ? NOBODY : undefined);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: row.code, stderr: expect.stringMatching(row.message) });
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^ita-analyzer: /);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|ERR_/);
    expect(r.stdout).toBe("");
    // Nothing written, replaced, or left behind (no temporary file, no output folder).
    expect(snapshot(dir)).toEqual(before);
  });

  test("in English with --lang en", () => {
    const dir = workdir();
    const r = runCli(BIN, [...ANALYZE, "--json", "in.xlsx", "--lang", "en"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "ita-analyzer: --json in.xlsx is the input file, which is never overwritten; name another file.\n",
    );
    const t = runCli(BIN, [...ANALYZE, "--threshold", "0x50", "--lang", "en"], dir);
    expect(t.stderr).toBe("ita-analyzer: Invalid option: --threshold must be a number from 0 to 100 (got “0x50”).\n");
  });
});

describe("writing", () => {
  test("a write refused half-way (an output locked by its owner) leaves the output as it was and no temporary file", () => {
    if (!isRoot()) return; // needs a file owned by another user
    const dir = workdir();
    // A shared folder (sticky, as /tmp is): anyone may add files, only a file's owner may replace it.
    const shared = path.join(dir, "shared");
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    writeFileSync(path.join(shared, "o.xlsx"), "root's file");
    chmodSync(path.join(shared, "o.xlsx"), 0o666);
    const before = snapshot(dir);
    const r = runCli(BIN, [...ANALYZE, "--out", "shared/o.xlsx"], dir, NOBODY);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "ita-analyzer: เขียนไฟล์ shared/o.xlsx ไม่สำเร็จ: ระบบไม่อนุญาต (ไฟล์ถูกล็อกหรือไม่ใช่ของผู้ใช้นี้) ไฟล์นี้ยังเป็นอย่างเดิม ไม่มีไฟล์ใดถูกเขียน\n",
    );
    expect(snapshot(dir)).toEqual(before);
  });

  test("an output replaced keeps its mode; the input is unchanged", () => {
    const dir = workdir();
    chmodSync(path.join(dir, "old.xlsx"), 0o640);
    const input = readFileSync(path.join(dir, "in.xlsx"));
    const r = runCli(BIN, [...ANALYZE, "--out", "old.xlsx", "--json", "sub/r.json"], dir);
    expect(r.code).toBe(0);
    expect(statSync(path.join(dir, "old.xlsx")).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(dir, "old.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(JSON.parse(readFileSync(path.join(dir, "sub", "r.json"), "utf8"))).toMatchObject({ year: 2567 });
    expect(readFileSync(path.join(dir, "in.xlsx"))).toEqual(input);
    expect(readdirSync(dir).filter((f) => !/^(in|old|notes|folder|link)\.|^(scores|ro|empty|sub)$/.test(f))).toEqual(
      [],
    );
  });

  test("batch skips spreadsheets it cannot read and says why", () => {
    const dir = workdir();
    writeFileSync(path.join(dir, "scores", "old.xls"), "");
    writeFileSync(path.join(dir, "scores", "sheet.ods"), "");
    const r = runCli(BIN, ["batch", "scores", "--out", "out", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/! old\.xls: old\.xls is in the Excel 97–2003 format/);
    expect(r.stdout).toMatch(/! sheet\.ods: sheet\.ods is in the OpenDocument \(\.ods\) format, which is not read/);
    // The sample names no agency: its workbook is named after its file.
    expect(readdirSync(path.join(dir, "out")).sort()).toEqual(["a.xlsx", "ita-rollup.xlsx"]);
  });

  test("--version and --help say the version and the exit codes", () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as { version: string };
    expect(runCli(BIN, ["--version"], tmpdir())).toEqual({
      code: 0,
      stdout: `ita-analyzer ${pkg.version}\n`,
      stderr: "",
    });
    const help = runCli(BIN, ["--help"], tmpdir());
    expect(help.stdout).toMatch(/Exit codes[\s\S]*\n {2}0 [\s\S]*\n {2}1 [\s\S]*\n {2}2 /);
  });
});

describe("the batch's progress bar", () => {
  test("each frame erases the one before, and the bar is erased at the end", () => {
    const frames: string[] = [];
    const term = { isTTY: true, columns: 60, write: (s: string) => (frames.push(s), true) };
    const bar = new ProgressBar(2, "en", term);
    bar.update(0, 0, "a very long folder name/with a long file name.xlsx");
    bar.update(1, 1, "b.xlsx");
    bar.done();
    expect(frames.every((f) => f.startsWith("\r\x1b[K"))).toBe(true);
    expect(frames[1]).toBe("\r\x1b[K[############------------] 1/2 files · 1 agencies · b.xlsx");
    expect(frames[0].length - "\r\x1b[K".length).toBe(59);
    expect(frames[2]).toBe("\r\x1b[K");
    const quiet: string[] = [];
    const notTerminal = new ProgressBar(1, "en", {
      isTTY: false,
      columns: 80,
      write: (s: string) => (quiet.push(s), true),
    });
    notTerminal.update(0, 0, "a.xlsx");
    notTerminal.done();
    expect(quiet).toEqual([]);
  });
});
