import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { analyseXlsx } from "../../src/adapters/xlsx/xlsxFile";
import { SAMPLE_FILE } from "../helpers/grids";
import { pages, plain, toPdf } from "./libreoffice";

describe("the analysed sample, printed by LibreOffice", () => {
  test("converts to PDF with all four parts, the chart, and each part on A4 in its orientation", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ita-pdf-"));
    const r = await analyseXlsx(new Uint8Array(readFileSync(SAMPLE_FILE)), "sample.xlsx");
    const xlsx = path.join(dir, "sample-analysis.xlsx");
    writeFileSync(xlsx, r.output);
    const all = pages(toPdf(xlsx, dir));
    const startOf = (title: string) => all.findIndex((p) => p.text.includes(plain(title)));

    const part1 = startOf("ส่วนที่ 1 ผลคะแนนการประเมินคุณธรรมและความโปร่งใส");
    const part2 = startOf("ส่วนที่ 2 การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส");
    const part3 = startOf("ส่วนที่ 3 การนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ");
    const part4 = startOf("ส่วนที่ 4 การติดตามและประเมินผล");
    expect([part1, part2, part3, part4].every((p) => p >= 0)).toBe(true);
    expect(part1 < part2 && part2 < part3 && part3 < part4).toBe(true);

    // Part 1 says what the seed says; the chart has a page of its own after it.
    const summary = all
      .slice(part1, part2)
      .map((p) => p.text)
      .join("");
    for (const t of ["84.33", "ไม่ผ่าน", "ลดลง 3.70", "คะแนนรายตัวชี้วัดเทียบกับค่าเป้าหมาย 85 คะแนน"])
      expect(summary).toContain(plain(t));
    // Working notes do not print: the consistency checks sit below the print area.
    expect(summary).not.toContain(plain("การตรวจสอบความสอดคล้องของคะแนน"));
    // A4 everywhere (LibreOffice reports 595 × 842 points); the plan in landscape, the statements of Part 4 upright.
    expect(all[part1].landscape).toBe(false);
    expect(all[part2].landscape).toBe(false);
    expect(all[part3].landscape).toBe(true);
    expect(all[part4].landscape).toBe(false);
    // The plan's header row repeats on each of its pages.
    const planPages = all.slice(part3, part4);
    expect(planPages.length).toBeGreaterThan(1);
    for (const p of planPages) expect(p.text).toContain(plain("ขั้นตอน/วิธีการปฏิบัติ"));
    // Part 4 prints the statements, not the follow-up record kept below them.
    expect(all[part4].text).toContain(plain("เป็นหน่วยหลักในการติดตามความก้าวหน้า"));
    expect(
      all
        .slice(part4)
        .map((p) => p.text)
        .join(""),
    ).not.toContain(plain("ตารางบันทึกผลการติดตาม"));
  }, 300_000);
});
