import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { analyseXlsx } from "../../src/adapters/xlsx/xlsxFile";
import { SAMPLE_FILE } from "../helpers/grids";
import { ARTIFACTS } from "./harness";

/**
 * Text as compared here: no spaces, and no Thai vowel or tone marks above or below the line —
 * text extraction from a PDF may put them in another order ("ตัวชีว้ัด").
 */
const plain = (s: string) => s.replace(/\s+/g, "").replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, "");

/** Page texts and sizes of a PDF, through poppler's pdftotext and pdfinfo. */
function pages(pdf: string): Array<{ text: string; landscape: boolean }> {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map(
    (m) => Number(m[1]) > Number(m[2]),
  );
  return sizes.map((landscape, i) => ({
    landscape,
    text: plain(
      execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"], { encoding: "utf8" }),
    ),
  }));
}

describe("the analysed sample, printed by LibreOffice", () => {
  test("converts to PDF with all four parts, the chart, and each part on A4 in its orientation", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ita-pdf-"));
    return analyseXlsx(new Uint8Array(readFileSync(SAMPLE_FILE)), "sample.xlsx").then((r) => {
      const xlsx = path.join(dir, "sample-analysis.xlsx");
      writeFileSync(xlsx, r.output);
      execFileSync(
        "soffice",
        [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx],
        {
          stdio: "pipe",
          timeout: 240_000,
        },
      );
      const pdf = path.join(dir, "sample-analysis.pdf");
      writeFileSync(path.join(ARTIFACTS, "sample-analysis.pdf"), readFileSync(pdf));
      const all = pages(pdf);
      const startOf = (title: string) => all.findIndex((p) => p.text.includes(plain(title)));

      const part1 = startOf("ส่วนที่ 1 ผลคะแนนการประเมินคุณธรรมและความโปร่งใส");
      const part2 = startOf("ส่วนที่ 2 การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส");
      const part3 = startOf("ส่วนที่ 3 การนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ");
      const part4 = startOf("ส่วนที่ 4 การติดตามและประเมินผล");
      expect([part1, part2, part3, part4].every((p) => p >= 0)).toBe(true);
      expect(part1 < part2 && part2 < part3 && part3 < part4).toBe(true);

      // Part 1 says what the seed says, and carries the chart.
      const summary = all
        .slice(part1, part2)
        .map((p) => p.text)
        .join("");
      for (const t of ["84.33", "ไม่ผ่าน", "ลดลง 3.70", "คะแนนรายตัวชี้วัดเทียบกับค่าเป้าหมาย 85 คะแนน"])
        expect(summary).toContain(plain(t));
      // A4 everywhere (LibreOffice reports 595 × 842 points); the plan and the follow-up in landscape.
      expect(all[part1].landscape).toBe(false);
      expect(all[part2].landscape).toBe(false);
      expect(all[part3].landscape).toBe(true);
      expect(all[part4].landscape).toBe(true);
      // The plan's header row repeats on each of its pages.
      const planPages = all.slice(part3, part4);
      expect(planPages.length).toBeGreaterThan(1);
      for (const p of planPages) expect(p.text).toContain(plain("ขั้นตอน/วิธีการปฏิบัติ"));
    });
  }, 300_000);
});
