import * as CFB from "cfb";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import type { JsonReport } from "../src/core/report/jsonReport";
import { SAMPLE_FILE } from "./helpers/grids";
import { FIXTURES, partNames } from "./helpers/packages";
import { AGENCIES, agencyPerSheet } from "./helpers/batch";
import { searchable } from "./helpers/docxText";
import { buildCli, runCli } from "./helpers/cli";

const ROOT = path.join(__dirname, "..");

async function documentXml(file: string): Promise<string> {
  return searchable(await (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")!.async("string"));
}

function workdir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ita-cli-"));
  copyFileSync(SAMPLE_FILE, path.join(dir, "คะแนน ITA.xlsx"));
  return dir;
}

let BIN = "";
beforeAll(async () => {
  BIN = await buildCli();
});
const run = (args: string[], cwd: string) => runCli(BIN, args, cwd);

describe("ita-analyzer analyze", () => {
  test("the review first: the suspected typos and why; --accept-suggestions uses the sure ones", () => {
    const dir = workdir();
    const r = run(["analyze", "คะแนน ITA.xlsx", "--json", "r.json"], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^ตรวจทานก่อนลงนาม: คะแนน 4 รายการไม่ตรงกับคะแนนในระดับอื่น ยังไม่ตัดสินใจ 4 รายการ/);
    expect(lines[1]).toBe("  ? ตัวชี้วัดที่ 3 (ผลคะแนนรายตัวชี้วัด!C8): 81.27 → 91.27 · ความมั่นใจสูง · ยังไม่ตัดสินใจ");
    const open = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as JsonReport;
    expect(open.review.map((f) => [f.subject, f.typed, f.suggested, f.decision])).toEqual([
      ["indicator:3", 81.27, 91.27, null],
      ["indicator:6", 80.49, 90.49, null],
      ["indicator:10", 81.67, 91.67, null],
      ["items:4", 77.4, null, null],
    ]);
    expect(open.indicators.filter((i) => i.low).length).toBe(8);
    const accepted = run(
      ["analyze", "คะแนน ITA.xlsx", "--json", "r.json", "--accept-suggestions", "--out", "a.xlsx"],
      dir,
    );
    expect(accepted.stdout.split("\n")[1]).toMatch(/^ {2}✓ ตัวชี้วัดที่ 3 .* · ใช้ค่าที่แนะนำ$/);
    const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as JsonReport;
    expect(report.review.every((f) => f.decision === "accept")).toBe(true);
    expect(report.indicators.filter((i) => i.low).map((i) => i.number)).toEqual([4, 5, 7, 8, 9]);
    expect(report.overall.computed).toBe(84.33);
  });

  test("writes <name>-analysis.xlsx beside the input and prints a short summary", () => {
    const dir = workdir();
    const before = readFileSync(path.join(dir, "คะแนน ITA.xlsx"));
    const r = run(["analyze", "คะแนน ITA.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("คะแนนรวม ITA 84.33");
    expect(r.stdout).toContain("ไม่ผ่าน");
    expect(r.stdout).toContain("เขียนไฟล์: คะแนน ITA-analysis.xlsx");
    expect(r.stdout.split("\n").length).toBeLessThan(25);
    expect(existsSync(path.join(dir, "คะแนน ITA-analysis.xlsx"))).toBe(true);
    expect(readFileSync(path.join(dir, "คะแนน ITA.xlsx"))).toEqual(before);
  });

  test("--json writes the documented report: numbers are numbers, missing is null", () => {
    const dir = workdir();
    const r = run(["analyze", "คะแนน ITA.xlsx", "--out", "out.xlsx", "--json", "report.json"], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, "report.json"), "utf8")) as JsonReport;
    expect(report.threshold).toBe(85);
    const i1 = report.items.find((i) => i.code === "i1");
    expect(i1).toEqual({
      code: "i1",
      indicator: 1,
      origin: "published",
      text: "การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลามากน้อยเพียงใด",
      scores: { value: 78.68 },
      low: true,
      // Raised to 85: 0.3 × 1/5 indicators × 1/3 items × (85 − 78.68) = 0.1264 points of the overall.
      gain: 0.1264,
      cells: ["ผลคะแนนรายข้อ!C4", "ผลคะแนนรายข้อ!C23"],
    });
    expect(report.items.find((i) => i.code === "e1")?.scores).toEqual({
      public: 84.73,
      survey: 86.19,
    });
    expect(report.indicators[8]).toEqual({
      number: 9,
      name: "การเปิดเผยข้อมูล",
      tool: "OIT",
      reported: 83.57,
      computed: null,
      low: true,
      previous: null,
      change: null,
      history: [],
    });
    expect(report.tools).toEqual([
      { tool: "IIT", reported: 84.15, computed: 82.14 }, // 82.148, cut
      { tool: "EIT", reported: null, computed: 76.8 },
      { tool: "OIT", reported: null, computed: 82.62 },
    ]);
    expect(report.overall).toEqual({
      reported: 84.33,
      computed: 81.33,
      result: "ไม่ผ่าน",
      previous: 88.03,
      change: -3.7,
      // The sample's 2566 column: last year's, and the whole history.
      history: [{ year: 2566, value: 88.03 }],
    });
    expect(report.issues[0]).toMatchObject({
      number: 1,
      title: "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
      lowItems: ["i1", "i2", "e1", "e7", "e8"],
    });
    expect(report.issues[0].items).toEqual(["i1", "i2", "i3", "e1", "e2", "e3", "e7", "e8", "o8", "o9", "o10"]);
    const mismatch = report.diagnostics.find((d) => d.subject === "indicator:6" && d.code === "indicator.mismatch");
    expect(mismatch).toMatchObject({ severity: "warning", cell: "ผลคะแนนรายตัวชี้วัด!C12" });
    expect(mismatch?.message).toContain("80.49");
    for (const d of report.diagnostics) expect(["error", "warning", "info"]).toContain(d.severity);
    expect(report.diagnostics.some((d) => d.subject === null)).toBe(true);
  });

  test("--lang en, --threshold and --fiscal-year", () => {
    const dir = workdir();
    const r = run(
      ["analyze", "คะแนน ITA.xlsx", "--lang", "en", "--threshold", "90", "--fiscal-year", "2569", "--json", "r.json"],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Overall ITA score 84.33");
    expect(r.stdout).toContain("Below 90:");
    const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as JsonReport;
    expect(report.threshold).toBe(90);
    expect(report.items.find((i) => i.code === "i6")?.low).toBe(false);
    expect(report.items.find((i) => i.code === "i5")?.low).toBe(true);
    expect(report.overall.result).toBe("Not passed");
  });
});

describe("the measures document and the plan", () => {
  test("--docx writes the document beside the workbook; --agency names the agency in it, in Thai digits", async () => {
    const dir = workdir();
    const r = run(["analyze", "คะแนน ITA.xlsx", "--docx", "--agency", "สำนักงาน กสม."], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("เขียนไฟล์: คะแนน ITA-analysis.xlsx, คะแนน ITA-measures.docx");
    const xml = await documentXml(path.join(dir, "คะแนน ITA-measures.docx"));
    expect(xml).toContain("สำนักงาน กสม. ได้ผลคะแนนการประเมิน ITA ๘๔.๓๓ คะแนน");
    expect(xml).toContain("ของสำนักงาน กสม.");
  });

  test("--docx <file> --arabic-digits writes that file with Arabic digits; the workbook keeps its own", async () => {
    const dir = workdir();
    const r = run(["analyze", "คะแนน ITA.xlsx", "--docx", "มาตรการ.docx", "--arabic-digits", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    const xml = await documentXml(path.join(dir, "มาตรการ.docx"));
    expect(xml).toContain("The agency scored 84.33 in the ITA");
    expect(/[\u0e50-\u0e59]/.test(xml)).toBe(false);
  });

  test("the JSON report lists the plan's measures: one disclosure measure naming exactly the website items below 85", () => {
    const dir = workdir();
    expect(run(["analyze", "คะแนน ITA.xlsx", "--json", "r.json"], dir).code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as JsonReport;
    expect(report.measures.map((m) => m.number)).toEqual(report.measures.map((_, i) => i + 1));
    for (const m of report.measures) {
      expect(m.steps.length).toBeGreaterThan(0);
      expect(m.period).toMatch(/^\d{1,2} \S+ 25\d\d ถึง \d{1,2} \S+ 25\d\d$/);
      expect(m.owners).not.toBe("");
    }
    // The website items below 85, from the report's own item list.
    const lowWebsite = report.items.filter((i) => i.code.startsWith("o") && i.low).map((i) => i.code);
    const highWebsite = report.items.filter((i) => i.code.startsWith("o") && !i.low).map((i) => i.code);
    expect(lowWebsite).toEqual(["o11", "o16", "o17", "o19", "o30"]);
    const disclosure = report.measures.filter((m) => m.steps.some((s) => /\(o\d+\)/.test(s)));
    expect(disclosure).toHaveLength(1);
    const named = [...disclosure[0].steps.join(" ").matchAll(/\((o\d+)\)/g)].map((x) => x[1]);
    expect(named.sort()).toEqual([...lowWebsite].sort());
    expect(named.filter((c) => highWebsite.includes(c))).toEqual([]);
    // It answers every issue with a website item below 85.
    const issuesWithLowWebsite = report.issues.filter((i) => i.lowItems.some((c) => lowWebsite.includes(c)));
    expect(disclosure[0].issues).toEqual(issuesWithLowWebsite.map((i) => i.number));
  });
});

describe("ita-analyzer batch", () => {
  test("analyses every agency of a folder into the output folder with the roll-up; bad inputs are named", async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, "ผลคะแนน"));
    writeFileSync(path.join(dir, "ผลคะแนน", "จังหวัด.xlsx"), await agencyPerSheet());
    writeFileSync(path.join(dir, "ผลคะแนน", "เสีย.xlsx"), "not a workbook");
    const r = run(["batch", "ผลคะแนน", "--out", "ผล", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 agencies from 2 files · 1 below the target");
    expect(r.stdout).toContain("! เสีย.xlsx:");
    // Not a terminal: no progress bar.
    expect(r.stderr).toBe("");
    expect(readdirSync(path.join(dir, "ผล")).sort()).toEqual(
      ["ita-rollup.xlsx", ...AGENCIES.map((a) => `${a.name}.xlsx`)].sort(),
    );
    expect(run(["batch"], dir).code).toBe(2);
    expect(run(["batch", "ไม่มี"], dir).code).toBe(1);
    // One agency's name or number means nothing across a batch: refused in one line, before anything is read.
    const agency = run(["batch", "ผลคะแนน", "--agency", "2"], dir);
    expect([agency.code, agency.stderr]).toEqual([2, "ita-analyzer: ตัวเลือกไม่ถูกต้อง: --agency (analyze only)\n"]);
  });
});

describe("a workbook with macros", () => {
  test("is written as <name>-analysis.xlsm with its macros; --out with another extension is refused in one line", () => {
    const dir = workdir();
    writeFileSync(path.join(dir, "แบบประเมิน.xlsm"), FIXTURES.withMacros.make());
    const r = run(["analyze", "แบบประเมิน.xlsm"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("เขียนไฟล์: แบบประเมิน-analysis.xlsm");
    expect(partNames(readFileSync(path.join(dir, "แบบประเมิน-analysis.xlsm")))).toContain("xl/vbaProject.bin");
    const bad = run(["analyze", "แบบประเมิน.xlsm", "--out", "ผล.xlsx", "--lang", "en"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("must end in .xlsm: this workbook has macros");
    expect(existsSync(path.join(dir, "ผล.xlsx"))).toBe(false);
  });
});

describe("years and frameworks", () => {
  test("--year 2569 reads the sample against 2569 and says so; the summary names the year, its source and the fiscal year", () => {
    const dir = workdir();
    const auto = run(["analyze", "คะแนน ITA.xlsx", "--out", "a.xlsx"], dir);
    expect(auto.code).toBe(0);
    expect(auto.stdout).toContain("ปีที่ประเมิน 2567 (จากข้อคำถามที่ตรงกับกรอบการประเมิน)");
    expect(auto.stdout).toContain("มาตรการสำหรับปีงบประมาณ 2568");
    const forced = run(["analyze", "คะแนน ITA.xlsx", "--year", "2569", "--out", "b.xlsx", "--lang", "en"], dir);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe("");
    expect(forced.stdout).toContain("Assessment year 2569 (as set in the settings)");
    expect(forced.stdout).toContain("measures for fiscal year 2570");
  });

  test("--save-framework writes the framework used; --framework reads it back, and a broken one is refused in one line", () => {
    const dir = workdir();
    const saved = run(["analyze", "คะแนน ITA.xlsx", "--out", "a.xlsx", "--save-framework", "fw.json"], dir);
    expect(saved.code).toBe(0);
    const fw = JSON.parse(readFileSync(path.join(dir, "fw.json"), "utf8")) as {
      id: string;
      items: Array<{ code: string; issues: number[] }>;
    };
    expect(fw.id).toBe("ita-2567");
    // The analyst moves o11 from issue 2 to issue 1 in the file.
    fw.items.find((i) => i.code === "o11")!.issues = [1];
    writeFileSync(path.join(dir, "mine.json"), JSON.stringify(fw));
    const r = run(
      ["analyze", "คะแนน ITA.xlsx", "--out", "b.xlsx", "--framework", "mine.json", "--json", "r.json"],
      dir,
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as JsonReport;
    expect(report.yearSource.kind).toBe("file");
    expect(report.issues[0].lowItems).toContain("o11");
    expect(report.issues[1].lowItems).not.toContain("o11");

    writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ ...fw, tools: [{ id: "IIT" }] }));
    const bad = run(["analyze", "คะแนน ITA.xlsx", "--framework", "bad.json"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^ita-analyzer: ตัวเลือกไม่ถูกต้อง: ใช้ไฟล์กรอบการประเมิน bad\.json ไม่ได้: bad\.json: tools\.0/);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("failures: exit 1, one clear line, nothing written", () => {
  const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

  test.each([
    ["a missing file", ["analyze", "ไม่มีไฟล์.xlsx"], /^ita-analyzer: ไม่พบไฟล์ ไม่มีไฟล์\.xlsx\n$/],
    ["a file that is not a workbook", ["analyze", "notes.xlsx"], /ไม่ใช่ไฟล์ Excel/],
    ["a workbook with no score table", ["analyze", "empty.xlsx"], /^ita-analyzer: ไม่พบตารางคะแนน ITA ใน empty\.xlsx/],
  ])("%s", (_name, args, message) => {
    const dir = workdir();
    writeFileSync(path.join(dir, "notes.xlsx"), "not a zip");
    copyFileSync(path.join(ROOT, "tests", "fixtures", "no-scores.xlsx"), path.join(dir, "empty.xlsx"));
    const before = readdirSync(dir).map((f) => [f, statSync(path.join(dir, f)).mtimeMs]);
    const r = run(args, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    noStack(r.stderr);
    expect(readdirSync(dir).map((f) => [f, statSync(path.join(dir, f)).mtimeMs])).toEqual(before);
  });

  test("in English with --lang en", () => {
    const r = run(["analyze", "missing.xlsx", "--lang", "en"], workdir());
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("ita-analyzer: File not found: missing.xlsx\n");
  });

  test("bad options exit 2 with the reason", () => {
    const dir = workdir();
    for (const args of [
      ["analyze", "คะแนน ITA.xlsx", "--threshold", "abc"],
      ["analyze", "คะแนน ITA.xlsx", "--lang", "fr"],
      ["analyse-it", "x"],
      ["analyze", "a.xlsx", "--bogus"],
      ["analyze", "คะแนน ITA.xlsx", "--year", "1999"],
      ["analyze", "คะแนน ITA.xlsx", "--fiscal-year", "๒๕๖๘x"],
    ]) {
      const r = run(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^ita-analyzer: ตัวเลือกไม่ถูกต้อง: /);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      noStack(r.stderr);
    }
  });

  test("a year with no framework is refused in one line that lists the years there are", () => {
    const r = run(["analyze", "คะแนน ITA.xlsx", "--year", "1999", "--lang", "en"], workdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "ita-analyzer: Invalid option: there is no ITA framework for 1999 (known years: 2567, 2568, 2569)\n",
    );
  });

  test("an Excel 97–2003 file gets its own message, not the password one", () => {
    const dir = workdir();
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, "/Workbook", new Uint8Array(600));
    writeFileSync(path.join(dir, "old.xls"), CFB.write(cfb, { type: "buffer" }) as Buffer);
    const r = run(["analyze", "old.xls"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ita-analyzer: ไฟล์ old\.xls เป็นรูปแบบ Excel 97–2003 \(\.xls\)/);
    expect(r.stderr).not.toContain("รหัสผ่าน");
    expect(readdirSync(dir)).not.toContain("old-analysis.xlsx");
  });

  test("--help", () => {
    const r = run(["--help"], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ita-analyzer analyze <in.xlsx>");
  });
});
