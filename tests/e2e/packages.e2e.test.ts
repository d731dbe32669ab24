/**
 * The package fixtures (tests/helpers/packages.ts) are real workbooks: ExcelJS loads each (dropping
 * what it does not know), the reader finds the sample's scores in it, and LibreOffice opens it,
 * prints it, and — saved again as flat ODS — shows it read the parts each fixture adds.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { analyseXlsx } from "../../src/adapters/xlsx/xlsxFile";
import { toArabicDigits } from "../../src/core/text/thai";
import { FIXTURES, INDICATOR_SHEET, SCORE_SHEET } from "../helpers/packages";
import { pages, toPdf } from "./libreoffice";

/** What LibreOffice's own file format says it read, per fixture (patterns over the flat ODS). */
const IMPORTED: Record<string, RegExp[]> = {
  withChart: [/<table:table table:name="ข้อมูล"/, /<chart:chart /, /<draw:image[^>]*image\/png/, /of:=SUMIF/],
  withPivot: [
    /<table:data-pilot-table table:name="PivotTable1"/,
    /<table:source-cell-range table:cell-range-address="ข้อมูล\.A1/,
  ],
  withM365Parts: [
    /<office:annotation[\s\S]*?Threaded comment/,
    /<calcext:sparkline-group /,
    /<calcext:data-bar /,
    /<table:content-validation [^>]*cell-content-is-in-list\(\[\$ผลคะแนนรายตัวชี้วัด\.\$B\$6:\.\$B\$10\]\)/,
    /<meta:user-defined meta:name="MSIP_Label_[^"]+_Enabled"/,
  ],
  withMacros: [/<table:table table:name="ผลคะแนนรายข้อ"/],
};
IMPORTED.withEverything = [...IMPORTED.withChart, ...IMPORTED.withPivot, ...IMPORTED.withM365Parts];

/** Convert with LibreOffice to flat ODS, in the same private profile as toPdf; the file's text. */
function toFods(file: string, dir: string): string {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "fods", "--outdir", dir, file],
    { stdio: "pipe", timeout: 240_000 },
  );
  return readFileSync(path.join(dir, `${path.basename(file, path.extname(file))}.fods`), "utf8");
}

describe.each(Object.entries(FIXTURES))("the package fixture %s", (name, { make, ext }) => {
  const bytes = make();

  test("ExcelJS loads it and the reader finds the sample's scores (overall 84.33)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheets: string[] = [];
    wb.eachSheet((ws) => sheets.push(ws.name));
    expect(sheets).toEqual(expect.arrayContaining([INDICATOR_SHEET, SCORE_SHEET]));

    const r = await analyseXlsx(bytes, `${name}${ext}`);
    expect(r.analysis.overall.reported).toBe(84.33);
    expect(r.analysis.items.length).toBeGreaterThan(50);
  });

  test("LibreOffice opens it, prints it with the overall score, and reads the parts it adds", () => {
    const dir = mkdtempSync(path.join(tmpdir(), `ita-pkg-${name}-`));
    const file = path.join(dir, `packages-${name}${ext}`);
    writeFileSync(file, bytes);

    // execFileSync throws unless soffice exits 0.
    const pdf = toPdf(file, dir);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
    // The sample writes its scores in Thai digits: the PDF says ๘๔.๓๓.
    const text = toArabicDigits(
      pages(pdf, false)
        .map((p) => p.raw)
        .join("\n"),
    );
    expect(text).toContain("84.33");

    const fods = toFods(file, dir);
    for (const pattern of IMPORTED[name]) expect(fods).toMatch(pattern);
  }, 300_000);

  test("analysed, it still opens in LibreOffice with everything it held, plus the analysis", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), `ita-out-${name}-`));
    const r = await analyseXlsx(bytes, `${name}${ext}`);
    const file = path.join(dir, `analysed-${name}${r.extension}`);
    writeFileSync(file, r.output);
    const fods = toFods(file, dir);
    // What the fixture added, read by LibreOffice from the output as from the input.
    for (const pattern of IMPORTED[name]) expect(fods).toMatch(pattern);
    // The generated sheets, their tables and the chart are there too.
    for (const sheet of ["สรุปผล ITA", "วิเคราะห์ผล ITA", "แผนมาตรการ", "ติดตามผล", "หน่วยงาน", "กรอบการประเมิน"])
      expect(fods).toContain(`<table:table table:name="${sheet}"`);
    expect(fods.split("<chart:chart ").length - 1).toBe(name === "withChart" || name === "withEverything" ? 2 : 1);
    expect(fods).toContain('<table:database-range table:name="ITA_Plan"');
  }, 300_000);
});
