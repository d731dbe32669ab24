import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { writeDocument } from "../../src/adapters/docx/writeDocument";
import { WorkbookAnalysis, analyseWorkbook } from "../../src/core/analyseWorkbook";
import { WorkbookGrid } from "../../src/core/read/grid";
import { DocTable } from "../../src/core/render/document/model";
import { sampleGrid, seedTablesBySheet } from "../helpers/grids";
import { PdfPage, columnTexts, pageImage, pages, plain, toPdf } from "./libreoffice";

const AGENCY = "สำนักงาน กสม.";
const thaiDigits = (s: string) => s.replace(/[0-9]/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)]);

/** The document as Word would print it: written as .docx, converted by LibreOffice, read back page by page. */
async function printed(name: string, r: WorkbookAnalysis): Promise<{ pdf: string; all: PdfPage[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), "ita-docx-"));
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, await writeDocument(r.document));
  const pdf = toPdf(file, dir);
  // Without -layout, each table cell's lines come out together, in reading order.
  return { pdf, all: pages(pdf, false) };
}

/**
 * Text as compared: `plain`, and without hyphens, which text extraction drops where a line breaks
 * after one ("E-|Service").
 */
const flat = (s: string) => plain(s).replace(/-/g, "");

/** The whole text, without the page numbers in the footers that would cut a paragraph running onto the next page. */
const whole = (all: PdfPage[]) => flat(all.map((p) => p.raw.replace(/^\s*-\s*[\d๐-๙]+\s*-\s*$/gm, "")).join("\n"));

const cases: Array<[string, () => Promise<WorkbookGrid> | WorkbookGrid]> = [
  ["sample", sampleGrid],
  ["seed-tables", seedTablesBySheet],
];

describe.each(cases)("the measures document of the %s, printed by LibreOffice", (name, grid) => {
  let r: WorkbookAnalysis;
  let all: PdfPage[];
  let pdf: string;
  beforeAll(async () => {
    r = analyseWorkbook(await grid(), { agencyName: AGENCY, year: 2567 });
    ({ pdf, all } = await printed(name, r));
  }, 300_000);

  test("has the title and each part's heading, in order, Part 3 on landscape pages", () => {
    const startOf = (text: string) => all.findIndex((p) => p.text.includes(plain(text)));
    expect(all[0].text).toContain(plain(`มาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของ${AGENCY}`));
    expect(all[0].text).toContain(plain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"));
    const parts = [
      "ส่วนที่ ๑ ผลคะแนนการประเมินคุณธรรมและความโปร่งใส",
      "ส่วนที่ ๒ การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส",
      "ส่วนที่ ๓ การนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ",
      "ส่วนที่ ๔ การติดตามและประเมินผล",
    ].map(startOf);
    expect(parts.every((p) => p > 0)).toBe(true);
    expect([...parts].sort((a, b) => a - b)).toEqual(parts);
    expect(all.map((p, i) => [i >= parts[2] && i < parts[3], p.landscape]).every(([inPart3, l]) => inPart3 === l)).toBe(
      true,
    );
    // A picture of the first page of each part, for a person to look at.
    parts.forEach((p, i) => pageImage(pdf, p + 1, `document-${name}-part${i + 1}`));
  });

  test("names the agency in its sentences, and writes its numbers in Thai digits", () => {
    const text = whole(all);
    const named = text.split(plain(AGENCY)).length - 1;
    // The title, Part 1's lead and closing, Part 2's title and intro, the follow-up statements…
    expect(named).toBeGreaterThanOrEqual(8);
    expect(text).not.toContain(plain("หน่วยงาน ได้ผลคะแนน"));
    // The overall score as the workbook gives it, in Thai digits; no Arabic digit outside item codes and names.
    expect(text).toContain(plain(`ได้ผลคะแนนการประเมิน ITA ${thaiDigits(r.analysis.overall.value!.toFixed(2))} คะแนน`));
    const arabic = all.flatMap((p) => p.raw.replace(/^\s*-\s*\d+\s*-\s*$/gm, "").match(/[0-9]+/g) ?? []);
    expect(arabic).toEqual([]);
  });

  test("has every issue's observation and finding, and every measure with all its steps", () => {
    const text = whole(all);
    const paragraphs = r.document.blocks.flatMap((b) =>
      b.kind === "paragraph" ? [b.runs.map((x) => x.text).join("")] : [],
    );
    const observations = paragraphs.filter((p) => p.startsWith("เมื่อพิจารณาผลคะแนนที่เกี่ยวกับ"));
    const findings = paragraphs.filter(
      (p) => p.startsWith("ข้อคำถามที่ได้คะแนนน้อย") || p.includes("ไม่มีข้อคำถามที่ได้คะแนนน้อย"),
    );
    // Each issue with a low item has an observation; each issue has its finding.
    const issuesWithLow = r.analysis.issues.filter((i) => i.lowItems.length).length;
    expect(observations).toHaveLength(issuesWithLow);
    expect(findings.length).toBe(r.analysis.issues.length);
    for (const p of [...observations, ...findings]) expect(text).toContain(flat(p));

    // Part 3, read column by column: every measure's title, and each of its steps whole.
    // Part 3's table: the one whose third column is the steps (it has the expected gain's column too).
    const stepsHeader = (b: DocTable) => b.header[2]?.runs.map((x) => x.text).join("") ?? "";
    const plan = r.document.blocks.find(
      (b): b is DocTable => b.kind === "table" && b.header.length >= 5 && /ขั้นตอน|Steps/.test(stepsHeader(b)),
    )!;
    expect(plan.rows.length).toBeGreaterThan(0);
    const part3 = all.findIndex((p) => p.text.includes(plain("ส่วนที่ ๓")));
    const part4 = all.findIndex((p) => p.text.includes(plain("ส่วนที่ ๔")));
    const { left, right, bottom } = r.document.page.margins;
    const total = plan.widths.reduce((a, b) => a + b, 0);
    const edges = plan.widths.map(
      (_, i) => left + ((842 - left - right) * plan.widths.slice(0, i).reduce((a, b) => a + b, 0)) / total,
    );
    // The header repeats at the top of each page, inside a cell that runs on: it is taken out.
    const headers = plan.header.map((h) => flat(h.runs.map((x) => x.text).join("")));
    const [, titles, steps] = columnTexts(pdf, part3 + 1, part4, edges, 595 - bottom).map((t, i) =>
      flat(t).split(headers[i]).join(""),
    );
    for (const row of plan.rows) {
      const [title, stepText] = [row[1], row[2]].map((c) => c.runs.map((x) => x.text).join(""));
      expect(titles).toContain(flat(title));
      for (const step of stepText.split("\n")) expect(steps).toContain(flat(step));
    }
  });
});
