import { readFileSync } from "fs";
import * as CFB from "cfb";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { generatedSheets } from "./helpers/exceljsGrid";
import { InputError } from "../src/core/i18n/messages";
import { SAMPLE_FILE } from "./helpers/grids";
import { cellMap, conditionalFormats, highlightedCells } from "./helpers/xlsxCells";

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const sample = () => new Uint8Array(readFileSync(SAMPLE_FILE));

describe("the analysed sample workbook", () => {
  let input: ExcelJS.Workbook;
  let output: ExcelJS.Workbook;
  let result: Awaited<ReturnType<typeof analyseXlsx>>;
  beforeAll(async () => {
    input = await open(sample());
    result = await analyseXlsx(sample(), "sample.xlsx");
    output = await open(result.output);
  });

  test("keeps every input cell exactly as it was", () => {
    input.eachSheet((ws) => {
      expect(cellMap(output.getWorksheet(ws.name)!)).toEqual(cellMap(ws));
    });
  });

  test("adds the generated sheets after the user's, marked as ITA Analyzer's own", () => {
    expect(output.worksheets.map((w) => w.name)).toEqual([
      "ผลคะแนนรายตัวชี้วัด",
      "ผลคะแนนรายข้อ",
      "สรุปผล ITA",
      "วิเคราะห์ผล ITA",
      "แผนมาตรการ",
      "ติดตามผล",
      "หน่วยงาน",
      "กรอบการประเมิน",
      // The sample's levels disagree: the review sheet lists what to check before signing.
      "ตรวจทาน",
    ]);
    expect([...generatedSheets(output)]).toEqual([
      ["สรุปผล ITA", "summary"],
      ["วิเคราะห์ผล ITA", "analysis"],
      ["แผนมาตรการ", "plan"],
      ["ติดตามผล", "followup"],
      ["หน่วยงาน", "units"],
      ["กรอบการประเมิน", "framework"],
      ["ตรวจทาน", "review"],
    ]);
  });

  test("highlights every score below 85 and no other cell, as conditional formats only", () => {
    const low = result.analysis.scoreCells.filter((c) => c.low);
    const high = result.analysis.scoreCells.filter((c) => !c.low);
    for (const name of ["ผลคะแนนรายตัวชี้วัด", "ผลคะแนนรายข้อ"]) {
      const marked = highlightedCells(output.getWorksheet(name)!);
      const expected = new Set(low.filter((c) => c.sheet === name).map((c) => c.ref.split("!")[1]));
      expect(marked).toEqual(expected);
      for (const c of high.filter((x) => x.sheet === name)) expect(marked.has(c.ref.split("!")[1])).toBe(false);
      // The cells' own formats are untouched: no fill was written into them.
      for (const a of marked)
        expect(output.getWorksheet(name)!.getCell(a).fill).toEqual(input.getWorksheet(name)!.getCell(a).fill);
    }
    expect(low.length).toBeGreaterThan(30);
  });

  test("writes real Excel tables, a drop-down of units, frozen headers and the TH Sarabun font", () => {
    const analysis = output.getWorksheet("วิเคราะห์ผล ITA")!;
    const plan = output.getWorksheet("แผนมาตรการ")!;
    expect(Object.keys((analysis as unknown as { tables: object }).tables).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `ITA_Issue${n}`).sort(),
    );
    expect(Object.keys((plan as unknown as { tables: object }).tables)).toEqual(["ITA_Plan"]);
    expect(plan.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(plan.getCell("E4").dataValidation).toMatchObject({ type: "list", formulae: ["'หน่วยงาน'!$B$5:$B$28"] });
    expect(plan.getCell("E4").value).toMatchObject({ formula: "'หน่วยงาน'!$B$6" });
    expect(plan.getCell("C4").font?.name).toBe("TH Sarabun New");
    expect(plan.getCell("C4").alignment?.wrapText).toBe(true);
    expect(plan.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "3:3" });
  });

  test("prints each sheet at 100 % within its print area, the chart on a page of its own", async () => {
    const zip = await JSZip.loadAsync(result.output);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const doc = new DOMParser().parseFromString(workbookXml, "text/xml");
    const names = Array.from(doc.getElementsByTagName("definedName")).map((n) => [
      n.getAttribute("name"),
      n.getAttribute("localSheetId"),
      n.textContent,
    ]);
    const sheetIndex = Array.from(doc.getElementsByTagName("sheet")).findIndex(
      (s) => s.getAttribute("name") === "แผนมาตรการ",
    );
    // The plan's nine measures print, with the points each would add; the working note beside them does not.
    expect(names).toContainEqual(["_xlnm.Print_Area", String(sheetIndex), "'แผนมาตรการ'!$A$1:$F$12"]);
    const summary = output.getWorksheet("สรุปผล ITA")!;
    const sheetFile = `xl/worksheets/sheet${summary.id}.xml`;
    const xml = await zip.file(sheetFile)!.async("string");
    // One page wide at most (never enlarged): at 100 % where the sheet's font is there.
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks).toHaveLength(1);
    // A break "after row n" (1-based) starts the next page at zero-based row n: the chart's first row.
    const drawing = Object.keys(zip.files).find((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))!;
    const anchor = /<xdr:from>.*?<xdr:row>(\d+)<\/xdr:row>/.exec(await zip.file(drawing)!.async("string"))!;
    expect(breaks[0]).toBe(Number(anchor[1]));
  });
});

describe("a second run", () => {
  test("on the analysed workbook replaces its own sheets and highlights, and leaves the same workbook", async () => {
    const first = await analyseXlsx(sample(), "sample.xlsx");
    const second = await analyseXlsx(first.output, "sample-analysis.xlsx");
    const a = await open(first.output);
    const b = await open(second.output);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    a.eachSheet((ws) => expect(cellMap(b.getWorksheet(ws.name)!)).toEqual(cellMap(ws)));
    for (const name of ["ผลคะแนนรายตัวชี้วัด", "ผลคะแนนรายข้อ"]) {
      expect(conditionalFormats(b.getWorksheet(name)!)).toEqual(conditionalFormats(a.getWorksheet(name)!));
    }
    // Our own output is never read as input.
    expect(second.parsed.sheets).toEqual(["ผลคะแนนรายตัวชี้วัด", "ผลคะแนนรายข้อ"]);
  });

  test("keeps a user's sheet that happens to share a generated sheet's name, and the user's own red rules", async () => {
    const wb = await open(sample());
    const mine = wb.addWorksheet("วิเคราะห์ผล ITA");
    mine.getCell("A1").value = "บันทึกของฉัน";
    const userSheet = wb.getWorksheet("ผลคะแนนรายข้อ")!;
    // The analyst's own rule with Excel's light-red preset: it must survive our re-runs.
    userSheet.addConditionalFormatting({
      ref: "A1",
      rules: [
        { type: "expression", formulae: ["TRUE"], priority: 9, style: { font: { color: { argb: "FF9C0006" } } } },
      ],
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const once = await analyseXlsx(bytes, "x.xlsx");
    const twice = await analyseXlsx(once.output, "x.xlsx");
    const out = await open(twice.output);
    expect(out.worksheets.map((w) => w.name)).toEqual([
      "ผลคะแนนรายตัวชี้วัด",
      "ผลคะแนนรายข้อ",
      "วิเคราะห์ผล ITA",
      "สรุปผล ITA",
      "วิเคราะห์ผล ITA (2)",
      "แผนมาตรการ",
      "ติดตามผล",
      "หน่วยงาน",
      "กรอบการประเมิน",
      // The sample's levels disagree: the review sheet lists what to check before signing.
      "ตรวจทาน",
    ]);
    expect(out.getWorksheet("วิเคราะห์ผล ITA")!.getCell("A1").value).toBe("บันทึกของฉัน");
    const rules = conditionalFormats(out.getWorksheet("ผลคะแนนรายข้อ")!);
    expect(rules.filter((cf) => cf.ref === "A1")).toHaveLength(1);
  });
});

describe("user content around the scores", () => {
  test("formulas, numbers, dates, merges and formats of the input survive", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("คะแนน");
    ws.addRow(["ข้อ", "คำถาม", "คะแนน", "หมายเหตุ"]);
    ws.addRow([
      "i1",
      "การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลามากน้อยเพียงใด",
      78.68,
      new Date(Date.UTC(2024, 9, 1)),
    ]);
    ws.addRow([
      "i2",
      "หน่วยงานของท่านมีเจ้าหน้าที่ที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อหรือผู้มารับบริการอย่างเท่าเทียมกันมากน้อยเพียงใด",
      { formula: "80+3.53", result: 83.53 },
    ]);
    ws.getCell("A5").value = "=ข้อความที่ผู้ใช้พิมพ์";
    ws.mergeCells("A6:B6");
    ws.getCell("A6").value = "หมายเหตุรวม";
    ws.getCell("C2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await analyseXlsx(bytes, "x.xlsx");
    const out = await open(result.output);
    expect(cellMap(out.getWorksheet("คะแนน")!)).toEqual(cellMap((await open(bytes)).getWorksheet("คะแนน")!));
    expect(out.getWorksheet("คะแนน")!.getCell("C2").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF00FF00" },
    });
    expect(result.parsed.items.get("i2")?.scores).toEqual({ value: 83.53 });
    expect(highlightedCells(out.getWorksheet("คะแนน")!)).toEqual(new Set(["C2", "C3"]));
  });

  test("generated text starting with = + - @ is stored as text, not as a formula", async () => {
    const result = await analyseXlsx(sample(), "s.xlsx", {
      units: [{ role: "all", name: "=1+1" }, { name: "-กองกลาง" }],
    });
    const out = await open(result.output);
    const units = out.getWorksheet("หน่วยงาน")!;
    const values: unknown[] = [];
    units.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toContain("=1+1");
    expect(values).toContain("-กองกลาง");
    expect(units.getCell("B5").type).toBe(ExcelJS.ValueType.String);
  });
});

/** An OLE compound file holding these streams, as Office writes them. */
function oleFile(...streams: string[]): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const name of streams) CFB.utils.cfb_add(cfb, `/${name}`, new Uint8Array(600).fill(7));
  return CFB.write(cfb, { type: "array" }) as Uint8Array;
}

describe("files that cannot be analysed", () => {
  test.each([
    ["not a workbook", new TextEncoder().encode("ข้อ,คำถาม,คะแนน\ni1,x,78"), "file.unreadable"],
    ["a password-protected workbook", oleFile("EncryptionInfo", "EncryptedPackage"), "file.encrypted"],
    ["an Excel 97–2003 workbook (.xls)", oleFile("Workbook", "\u0005SummaryInformation"), "file.xls"],
    ["an Excel 5 workbook", oleFile("Book"), "file.xls"],
    ["another OLE document (a Word 97 file)", oleFile("WordDocument", "1Table"), "file.unreadable"],
    [
      "a truncated OLE header",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
      "file.unreadable",
    ],
    ["a broken zip", new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), "file.unreadable"],
  ])("%s gives a clear message", async (_n, bytes, code) => {
    await expect(analyseXlsx(bytes, "x.xlsx")).rejects.toMatchObject({ name: "InputError", code });
  });

  test("the .xls message says how to fix it, in Thai and English", async () => {
    const err = (await analyseXlsx(oleFile("Workbook"), "ผล ITA.xls").catch((e: unknown) => e)) as InputError;
    expect(err.describe("th")).toContain("บันทึกเป็น .xlsx");
    expect(err.describe("th")).not.toContain("รหัสผ่าน");
    expect(err.describe("en")).toContain("save it as .xlsx");
  });

  test("a workbook with no score table", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("รายชื่อ").addRow(["ชื่อ", "ตำแหน่ง"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const err = await analyseXlsx(bytes, "names.xlsx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).describe("th")).toBe(
      "ไม่พบตารางคะแนน ITA ใน names.xlsx (ตรวจดูว่ามีตารางข้อคำถามหรือตัวชี้วัดพร้อมคะแนน)",
    );
    expect((err as InputError).describe("en")).toContain("No ITA score table was found in names.xlsx");
  });
});

describe("a re-run keeps what the analyst typed into the generated sheets", () => {
  test("unit names in the units sheet, and an owner picked in the plan", async () => {
    const first = await analyseXlsx(sample(), "s.xlsx");
    const wb = await open(first.output);
    const units = wb.getWorksheet("หน่วยงาน")!;
    // Role rows start at B5 ("ทุกสำนัก/หน่วย"); B6 is the public-service role.
    units.getCell("B6").value = "สำนักบริการประชาชน";
    units.getCell("B14").value = "กองกลาง";
    const plan = wb.getWorksheet("แผนมาตรการ")!;
    plan.getCell("E5").value = "กองกลาง";
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const again = await analyseXlsx(edited, "s.xlsx");
    const out = await open(again.output);
    const u = out.getWorksheet("หน่วยงาน")!;
    expect(u.getCell("B6").value).toBe("สำนักบริการประชาชน");
    expect(u.getCell("B14").value).toBe("กองกลาง");
    const p = out.getWorksheet("แผนมาตรการ")!;
    expect(p.getCell("E4").value).toEqual({ formula: "'หน่วยงาน'!$B$6", result: "สำนักบริการประชาชน" });
    expect(p.getCell("E5").value).toBe("กองกลาง");
    // Units given on the command line win over the sheet, and are not mistaken for an analyst's pick.
    const third = await analyseXlsx(again.output, "s.xlsx", { units: [{ role: "service", name: "กองบริการ" }] });
    const p3 = (await open(third.output)).getWorksheet("แผนมาตรการ")!;
    expect(p3.getCell("E4").value).toEqual({ formula: "'หน่วยงาน'!$B$6", result: "กองบริการ" });
    expect(p3.getCell("E5").value).toBe("กองกลาง");
  });
});
