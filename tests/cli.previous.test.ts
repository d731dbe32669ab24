/**
 * `ita-analyzer analyze <this year> --previous <last year's analysed workbook>`, end to end through
 * the built CLI: last year's measures judged against this year's scores in the workbook, the
 * document and the JSON; a --previous that is missing, not a workbook, not last year's, or also an
 * output is refused with one line that names it. The two years are those of `lastYear.test.ts`.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import type { JsonReport } from "../src/core/report/jsonReport";
import { buildCli, runCli } from "./helpers/cli";
import { searchable } from "./helpers/docxText";
import { analysed, bytesOf, openWorkbook, scoreGrid, typeFollowUp, workbookBytes } from "./helpers/lastYear";

const ROOT = path.join(__dirname, "..");

let BIN = "";
let dir = "";
beforeAll(async () => {
  BIN = await buildCli();
  dir = mkdtempSync(path.join(tmpdir(), "ita-cli-previous-"));
  const last = await openWorkbook(await analysed(scoreGrid(2568, { i10: 70, i4: 84, i7: 60, i13: 80, e9: [80, 90] })));
  typeFollowUp(last, {
    สร้างความตระหนัก: { status6: "ดำเนินการแล้วเสร็จ", status12: "ดำเนินการแล้วเสร็จ" },
    ขับเคลื่อนงาน: { status6: "อยู่ระหว่างดำเนินการ", status12: "ดำเนินการแล้วเสร็จ" },
  });
  writeFileSync(path.join(dir, "ITA 2568-analysis.xlsx"), await bytesOf(last));
  writeFileSync(
    path.join(dir, "ITA 2569.xlsx"),
    await workbookBytes(scoreGrid(2569, { i10: 90, i4: 79, i7: 75, i13: 80.2, e9: null, i1: 80 })),
  );
  writeFileSync(path.join(dir, "notes.txt"), "not a workbook");
});
const run = (args: string[]) => runCli(BIN, args, dir);

describe("ita-analyzer analyze --previous", () => {
  test("judges last year's measures in the workbook, the document and the JSON, and says so in a line", async () => {
    const r = run(["analyze", "ITA 2569.xlsx", "--previous", "ITA 2568-analysis.xlsx", "--json", "r.json", "--docx"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain(
      "ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2569: มาตรการทั้งหมด 6 มาตรการ ดีขึ้นจนผ่านค่าเป้าหมาย 1 มาตรการ ดีขึ้น 1 มาตรการ ไม่เปลี่ยนแปลง 1 มาตรการ แย่ลง 1 มาตรการ วัดผลไม่ได้ 2 มาตรการ",
    );
    const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as JsonReport;
    expect(report.previousYear).toEqual({ year: 2568, fiscalYear: 2569, source: "file" });
    expect(report.previousMeasures.map((m) => [m.number, m.status6, m.status12, m.verdict, m.continuedBy])).toEqual([
      [1, "ยังไม่ดำเนินการ", "ยังไม่ดำเนินการ", "unmeasurable", []],
      [2, "ยังไม่ดำเนินการ", "ยังไม่ดำเนินการ", "unmeasurable", []],
      [3, "ดำเนินการแล้วเสร็จ", "ดำเนินการแล้วเสร็จ", "reached", []],
      [4, "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "worse", [3]],
      [5, "ยังไม่ดำเนินการ", "ยังไม่ดำเนินการ", "improved", [4]],
      [6, "ยังไม่ดำเนินการ", "ยังไม่ดำเนินการ", "unchanged", [5]],
    ]);
    // The workbook has the sheet; the document's Part 4 its table, Part 3 the note.
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, "ITA 2569-analysis.xlsx")));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain('name="ผลมาตรการปีที่ผ่านมา"');
    const doc = searchable(
      await (
        await JSZip.loadAsync(readFileSync(path.join(dir, "ITA 2569-measures.docx")))
      )
        .file("word/document.xml")!
        .async("string"),
    );
    expect(doc).toContain("ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
    expect(doc).toContain("i๑๐ จาก ๗๐ เป็น ๙๐ (เพิ่มขึ้น ๒๐)");
    expect(doc).toContain("(ต่อเนื่องจากปีงบประมาณ พ.ศ. ๒๕๖๙ — ยังไม่บรรลุค่าเป้าหมาย)");
  });

  test.each([
    ["missing", ["--previous", "ITA 2567.xlsx", "--out", "refused.xlsx"], 1, "ita-analyzer: ไม่พบไฟล์ ITA 2567.xlsx"],
    [
      "not a workbook",
      ["--previous", "notes.txt", "--out", "refused.xlsx"],
      1,
      "ita-analyzer: เปิดไฟล์ notes.txt ไม่ได้: ไม่ใช่ไฟล์ Excel (.xlsx) ที่อ่านได้",
    ],
    [
      "a workbook with no plan",
      ["--previous", "ITA 2569.xlsx", "--out", "refused.xlsx"],
      1,
      "ita-analyzer: ไฟล์ ITA 2569.xlsx ไม่มีแผนมาตรการที่ ITA Analyzer จัดทำไว้ (ชีต “แผนมาตรการ”) กรุณาระบุไฟล์ผลการวิเคราะห์ของปีที่ผ่านมา",
    ],
    [
      "also the output",
      ["--previous", "ITA 2568-analysis.xlsx", "--out", "ITA 2568-analysis.xlsx"],
      2,
      "ita-analyzer: --out ITA 2568-analysis.xlsx คือไฟล์ต้นฉบับ จะไม่เขียนทับไฟล์ต้นฉบับ กรุณาระบุไฟล์อื่น",
    ],
  ])("a --previous that is %s is refused in one line that names it, nothing written", (_what, args, code, message) => {
    const before = readFileSync(path.join(dir, "ITA 2568-analysis.xlsx"));
    const r = run(["analyze", "ITA 2569.xlsx", ...args]);
    expect([r.code, r.stderr.split("\n")[0].startsWith(message), r.stderr.trim().split("\n").length]).toEqual([
      code,
      true,
      1,
    ]);
    expect(existsSync(path.join(dir, "refused.xlsx"))).toBe(false);
    expect(readFileSync(path.join(dir, "ITA 2568-analysis.xlsx")).equals(before)).toBe(true);
  });

  test("a batch refuses it (it belongs to one workbook); --help lists it in both languages", () => {
    const r = run(["batch", ".", "--previous", "ITA 2568-analysis.xlsx"]);
    expect([r.code, r.stderr.trim()]).toEqual([2, "ita-analyzer: ตัวเลือกไม่ถูกต้อง: --previous (analyze only)"]);
    const help = runCli(BIN, ["--help"], ROOT).stdout;
    expect(help).toMatch(/--previous <file\.xlsx> ผลการวิเคราะห์ของปีที่ผ่านมา \/ last year's analysed workbook/);
  });
});
