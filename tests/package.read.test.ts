import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { loadWorkbook, readGrid, workbookOfGrid } from "./helpers/exceljsGrid";
import {
  PackageInfo,
  ReadOptions,
  isDateFormat,
  readPackageGrid,
  readPackageInfo,
  serialToIsoDate,
  shiftFormula,
} from "../src/adapters/xlsx/package/readPackage";
import { OutEntry, writeZip } from "../src/adapters/xlsx/package/zip";
import { readZip } from "../src/adapters/xlsx/package/zip";
import { CellValue, WorkbookGrid, isFormula } from "../src/core/read/grid";
import { MARKER_PREFIX } from "../src/core/render/model";
import { SAMPLE_FILE } from "./helpers/grids";
import { randomWorkbook } from "./helpers/layouts";
import { fw } from "./helpers/pipeline";

const utf8 = (s: string) => new TextEncoder().encode(s);
const info = (bytes: Uint8Array): PackageInfo => readPackageInfo(readZip(bytes));
const streamed = (bytes: Uint8Array, options?: ReadOptions) => readPackageGrid(info(bytes), options);

/**
 * The ExcelJS reader's grid, with its one fault that real workbooks show mended: a formula whose
 * saved value is 0 or FALSE comes out of ExcelJS as the formula (it drops falsy results); the
 * streaming reader gives the value, as Excel does.
 */
async function exceljsGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = await loadWorkbook(bytes, "test.xlsx");
  const grid = readGrid(wb);
  for (const s of grid.sheets) {
    const ws = wb.getWorksheet(s.name)!;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!isFormula(v)) return;
        const result = (ws.getCell(s.top + r + 1, s.left + c + 1).model as { result?: unknown }).result;
        if (result === 0 || result === false) row[c] = result;
      }),
    );
  }
  return grid;
}

async function expectSameAsExcelJs(bytes: Uint8Array): Promise<WorkbookGrid> {
  const grid = await streamed(bytes);
  expect(grid).toEqual(await exceljsGrid(bytes));
  return grid;
}

// ---------------------------------------------------------------------------------------------
// Packages written by hand, part by part

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

interface SheetSpec {
  name: string;
  /** The worksheet's content inside <worksheet>; absent for a chartsheet. */
  body?: string;
  state?: "hidden" | "veryHidden";
  /** The part's name under xl/ (default worksheets/sheetN.xml). */
  part?: string;
  /** The whole part, when the body is not enough (prefixed elements). */
  whole?: string;
}

interface PackageSpec {
  sheets: SheetSpec[];
  /** <si> contents. */
  strings?: string[];
  styles?: string;
  definedNames?: string;
  workbookPr?: string;
  /** Worksheet relationships, by sheet index: <Relationship> elements. */
  sheetRels?: Record<number, string>;
}

const xmlDecl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function contentTypes(spec: PackageSpec, parts: string[]): string {
  const overrides = parts
    .map((p) => {
      const type = p.includes("chartsheets/")
        ? "chartsheet"
        : p.startsWith("xl/worksheets/") || p.startsWith("xl/other/")
          ? "worksheet"
          : p === "xl/workbook.xml"
            ? "sheet.main"
            : p === "xl/sharedStrings.xml"
              ? "sharedStrings"
              : "styles";
      return `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`;
    })
    .join("");
  return `${xmlDecl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`;
}

function sheetPart(s: SheetSpec, i: number): string {
  return `xl/${s.part ?? (s.body === undefined && !s.whole ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`)}`;
}

function sheetXml(s: SheetSpec): string {
  if (s.whole) return s.whole;
  if (s.body === undefined)
    return `${xmlDecl}<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`;
  return `${xmlDecl}<worksheet xmlns="${MAIN}" xmlns:r="${R}">${s.body}</worksheet>`;
}

function workbookXml(spec: PackageSpec): string {
  const sheets = spec.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const names = spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : "";
  return `${xmlDecl}<workbook xmlns="${MAIN}" xmlns:r="${R}">${spec.workbookPr ?? "<workbookPr/>"}<bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>${names}</workbook>`;
}

function workbookRels(spec: PackageSpec): string {
  const rels = spec.sheets.map((s, i) => {
    const kind = s.body === undefined && !s.whole ? "chartsheet" : "worksheet";
    return `<Relationship Id="rId${i + 1}" Type="${R}/${kind}" Target="${sheetPart(s, i).slice(3)}"/>`;
  });
  const n = spec.sheets.length;
  rels.push(`<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="styles.xml"/>`);
  if (spec.strings) rels.push(`<Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
  return `${xmlDecl}<Relationships xmlns="${REL_PKG}">${rels.join("")}</Relationships>`;
}

const DEFAULT_STYLES = `${xmlDecl}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

/** An .xlsx package from hand-written parts (the zip written by our own writer). */
function buildPackage(spec: PackageSpec): Uint8Array {
  const files: Array<[string, string]> = [
    ["xl/workbook.xml", workbookXml(spec)],
    ["xl/_rels/workbook.xml.rels", workbookRels(spec)],
    ["xl/styles.xml", spec.styles ?? DEFAULT_STYLES],
  ];
  spec.sheets.forEach((s, i) => files.push([sheetPart(s, i), sheetXml(s)]));
  for (const [i, rels] of Object.entries(spec.sheetRels ?? {}))
    files.push([
      sheetPart(spec.sheets[Number(i)], Number(i)).replace(/([^/]+)$/, "_rels/$1.rels"),
      `${xmlDecl}<Relationships xmlns="${REL_PKG}">${rels}</Relationships>`,
    ]);
  if (spec.strings)
    files.push([
      "xl/sharedStrings.xml",
      `${xmlDecl}<sst xmlns="${MAIN}" count="${spec.strings.length}" uniqueCount="${spec.strings.length}">${spec.strings.map((s) => `<si>${s}</si>`).join("")}</sst>`,
    ]);
  const parts = files.map(([name]) => name).filter((n) => !n.endsWith(".rels"));
  const entries: OutEntry[] = [
    { name: "[Content_Types].xml", data: utf8(contentTypes(spec, parts)) },
    {
      name: "_rels/.rels",
      data: utf8(
        `${xmlDecl}<Relationships xmlns="${REL_PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    ...files.map(([name, xml]) => ({ name, data: utf8(xml) })),
  ];
  return writeZip(entries);
}

const STYLES = `${xmlDecl}<styleSheet xmlns="${MAIN}">
<numFmts count="5">
  <numFmt numFmtId="164" formatCode="0.0%"/>
  <numFmt numFmtId="165" formatCode="d mmm yyyy"/>
  <numFmt numFmtId="166" formatCode="[$-101041E]d/m/yyyy"/>
  <numFmt numFmtId="167" formatCode="#,##0.00 &quot;บาท&quot;"/>
  <numFmt numFmtId="168" formatCode="0.00\\%"/>
</numFmts>
<fonts count="1"><font><sz val="11"/><name val="TH Sarabun New"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="10">
  <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="27" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.000"/></dxf></dxfs>
</styleSheet>`;

const STRINGS = [
  "<t>คะแนน</t>",
  '<r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">ตัวชี้วัดที่ </t></r><r><t>๑</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh><phoneticPr fontId="0"/>',
  "<t>line one_x000D_\nline two</t>",
  "<t></t>",
  "<t>R&amp;D &lt;x&gt;</t>",
];

/** Every kind of cell the reader meets, on sheets in the order Excel keeps them. */
const KITCHEN_SINK: PackageSpec = {
  strings: STRINGS,
  styles: STYLES,
  sheets: [
    {
      name: "คะแนน",
      body: `<dimension ref="B2:J14"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>
<sheetData>
<row r="2" spans="2:10">
  <c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c r="E2" t="s"><v>3</v></c>
  <c r="F2" t="s"><v>4</v></c><c r="G2" t="str"><v>plain str</v></c>
  <c r="H2" t="inlineStr"><is><t>inline ข้อความ</t></is></c>
  <c r="I2" t="inlineStr"><is><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is></c>
  <c r="J2" t="b"><v>1</v></c><c r="K2" t="b"><v>0</v></c><c r="L2" t="e"><v>#N/A</v></c><c r="M2" t="e"><v>#DIV/0!</v></c>
</row>
<row r="4">
  <c r="B4" s="1"><v>0.7868</v></c><c r="C4" s="2"><v>0.85</v></c><c r="D4" s="3"><v>45000</v></c>
  <c r="E4" s="4"><v>45123.75</v></c><c r="F4" s="5"><v>45000</v></c><c r="G4" s="0"><v>42</v></c>
  <c r="H4"><v>3.14159</v></c><c r="I4" s="6"><v>7</v></c><c r="J4" s="7"><v>44562</v></c>
  <c r="K4" s="8"><v>1234.5</v></c><c r="L4" s="3"><v>-1</v></c><c r="M4" t="n" s="1"><v>1E-3</v></c>
</row>
<row r="5">
  <c r="B5"><f>SUM(B4:C4)</f><v>1.6368</v></c><c r="C5" t="str"><f>B2&amp;"!"</f><v>คะแนน!</v></c>
  <c r="D5" t="b"><f>B4&gt;0.5</f><v>1</v></c><c r="E5" t="e"><f>1/0</f><v>#DIV/0!</v></c>
  <c r="F5"><f>AVERAGE(B4:C4)</f></c><c r="G5" s="3"><f>TODAY()</f><v>45500</v></c>
  <c r="H5"><f>=MAX(B4, C4)</f><v></v></c><c r="I5" t="array"><f t="array" ref="I5">SUM(B4:C4*2)</f><v>3.2736</v></c>
</row>
<row r="6">
  <c r="B6"><f t="shared" ref="B6:D8" si="0">B4*2+$C$4+C$4+$B5+'ผล ITA'!C3+Sheet2!A1+SUM(B4:C4)</f></c>
  <c r="C6"><f t="shared" si="0"/></c><c r="D6"><f t="shared" si="0"/><v>5</v></c>
  <c r="F6"><f t="shared" ref="F6:F8" si="1">F4*100</f><v>4500000</v></c>
</row>
<row r="7"><c r="B7"><f t="shared" si="0"/></c><c r="F7"><f t="shared" si="1"/><v>12</v></c></row>
<row r="8"><c r="D8"><f t="shared" si="0"/></c><c r="F8"><f t="shared" si="1"/></c></row>
<row r="10">
  <c r="B10" t="inlineStr"><is><t>รวม</t></is></c><c r="C10" t="str"><v>slave, dropped</v></c>
  <c r="E10" s="1"/><c r="F10" t="str"><v>dropped too</v></c>
</row>
<row r="11"><c r="B11"><v>99</v></c><c r="H11" t="str"><v>kept</v></c></row>
<row r="12">
  <c r="B12" t="str"><v></v></c><c r="C12" t="inlineStr"><is><t></t></is></c><c r="D12" s="2"/>
</row>
<row r="13"><c r="C13"><v>1</v></c><c><v>2</v></c><c t="str"><v>next</v></c><c r="H13"><v>1</v></c><c r="H13" t="str"><v>dup</v></c></row>
<row r="14"><c r="J14" t="str"><v>ขวาสุด</v></c></row>
</sheetData>
<mergeCells count="2"><mergeCell ref="B10:C11"/><mergeCell ref="E10:F10"/></mergeCells>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    },
    { name: "กราฟ" },
    {
      name: "ซ่อน",
      state: "hidden",
      body: `<sheetData><row r="1"><c r="A1" t="str"><v>hidden</v></c></row></sheetData>`,
    },
    { name: "ว่าง", body: "<sheetData/>" },
    {
      name: "veryHidden",
      state: "veryHidden",
      body: `<sheetData><row r="3"><c r="C3" t="s"><v>1</v></c></row></sheetData>`,
    },
  ],
  definedNames: [
    `<definedName name="${MARKER_PREFIX}plan">'ซ่อน'!$A$1</definedName>`,
    `<definedName name="${MARKER_PREFIX}units">veryHidden!$A$1</definedName>`,
    `<definedName name="${MARKER_PREFIX}nothing">'ว่าง'!$A$1</definedName>`,
    `<definedName name="_xlnm.Print_Area" localSheetId="0">'คะแนน'!$B$2:$J$14</definedName>`,
    `<definedName name="Scores">'คะแนน'!$B$4:$C$4</definedName>`,
  ].join(""),
};

// ---------------------------------------------------------------------------------------------

describe("the streaming reader gives the ExcelJS reader's grid", () => {
  test("the sample workbook", async () => {
    const grid = await expectSameAsExcelJs(new Uint8Array(readFileSync(SAMPLE_FILE)));
    expect(grid.sheets.map((s) => s.name)).toEqual(["ผลคะแนนรายตัวชี้วัด", "ผลคะแนนรายข้อ"]);
  });

  test.each([11, 2024, 777777, 5, 99])("a random workbook written by ExcelJS (seed %i)", async (seed) => {
    const { grid } = randomWorkbook(fw, { seed, content: "both" });
    const wb = workbookOfGrid(grid, "blank");
    await expectSameAsExcelJs(new Uint8Array(await wb.xlsx.writeBuffer()));
  });

  test.each([true, false])(
    "a workbook ExcelJS wrote with every kind of value (shared strings: %s)",
    async (useSharedStrings) => {
      const bytes = await exceljsKitchenSink(useSharedStrings);
      const grid = await expectSameAsExcelJs(bytes);
      const s = grid.sheets[0];
      expect(grid.sheets.map((x) => [x.name, x.generated])).toEqual([
        ["ค่า", undefined],
        ["ซ่อนไว้", "analysis"],
      ]);
      expect(s.values[0]).toEqual(["ข้อความ", 0.7868, "2024-03-05", true, { error: "#N/A" }, "ตัวหนา ธรรมดา"]);
      expect(s.formats![0].slice(1, 3)).toEqual(["0.00%", "dd/mm/yyyy"]);
    },
  );

  test("a package with every kind of cell, a chartsheet and hidden sheets", async () => {
    const grid = await expectSameAsExcelJs(buildPackage(KITCHEN_SINK));
    expect(grid.sheets.map((s) => [s.name, s.generated])).toEqual([
      ["คะแนน", undefined],
      ["ซ่อน", "plan"],
      ["ว่าง", undefined],
      ["veryHidden", "units"],
    ]);
    const s = grid.sheets[0];
    const at = (ref: string): CellValue => {
      const m = /^([A-Z])(\d+)$/.exec(ref)!;
      return s.values[Number(m[2]) - 1 - s.top]?.[m[1].charCodeAt(0) - 65 - s.left] ?? null;
    };
    expect([s.top, s.left]).toEqual([1, 1]);
    expect([at("B2"), at("C2"), at("D2"), at("F2"), at("I2")]).toEqual([
      "คะแนน",
      "ตัวชี้วัดที่ ๑",
      "line one\r\nline two",
      "R&D <x>",
      "rich",
    ]);
    expect([at("D4"), at("E4"), at("F4"), at("J4"), at("L4")]).toEqual([
      "2023-03-15",
      "2023-07-16",
      45000,
      "2022-01-01",
      "1899-12-29",
    ]);
    expect([at("F5"), at("B6"), at("C6"), at("D6"), at("B7"), at("D8"), at("F8")]).toEqual([
      { formula: "=AVERAGE(B4:C4)" },
      { formula: "=B4*2+$C$4+C$4+$B5+'ผล ITA'!C3+Sheet2!A1+SUM(B4:C4)" },
      { formula: "=C4*2+$C$4+D$4+$B5+'ผล ITA'!D3+Sheet2!B1+SUM(C4:D4)" },
      5,
      { formula: "=B5*2+$C$4+C$4+$B6+'ผล ITA'!C4+Sheet2!A2+SUM(B5:C5)" },
      { formula: "=D6*2+$C$4+E$4+$B7+'ผล ITA'!E5+Sheet2!C3+SUM(D6:E6)" },
      { formula: "=F6*100" },
    ]);
    expect([at("H5"), at("B10"), at("C10"), at("E10"), at("F10"), at("H11"), at("B12")]).toEqual([
      { formula: "=MAX(B4, C4)" },
      "รวม",
      null,
      null,
      null,
      "kept",
      null,
    ]);
    expect([at("C13"), at("D13"), at("E13"), at("H13"), at("J14")]).toEqual([1, 2, "next", "dup", "ขวาสุด"]);
    expect(s.formats![3 - s.top].slice(0, 11)).toEqual([
      "0.00%",
      "0.0%",
      "mm-dd-yy",
      "d mmm yyyy",
      null,
      null,
      null,
      "@",
      "[$-101041E]d/m/yyyy",
      '#,##0.00 "บาท"',
      "mm-dd-yy",
    ]);
  });

  test("rows out of order or repeated, a phonetic-only string item, a hyperlinked string", async () => {
    const grid = await expectSameAsExcelJs(
      buildPackage({
        strings: [...STRINGS, '<rPh sb="0" eb="1"><t>only phonetic</t></rPh>'],
        sheets: [
          {
            name: "S",
            body: `<sheetData>
<row r="5"><c r="B5"><v>5</v></c></row>
<row r="2"><c r="C2" t="s"><v>5</v></c><c r="D2" t="s"><v>0</v></c></row>
<row r="5"><c r="D5"><v>55</v></c></row>
<row r="3"><c r="A3" t="str"><v>x</v></c><c r="A3" s="0" t="str"><v>y</v></c><c r="E3" t="str"><v>z</v></c></row>
</sheetData><hyperlinks><hyperlink ref="D2" r:id="rId1"/></hyperlinks>`,
          },
        ],
        sheetRels: {
          0: `<Relationship Id="rId1" Type="${R}/hyperlink" Target="https://example.org/" TargetMode="External"/>`,
        },
      }),
    );
    expect(grid.sheets[0]).toMatchObject({
      top: 1,
      left: 0,
      values: [[null, null, null, "คะแนน"], ["y", null, null, null, "z"], [], [null, null, null, 55]],
    });
  });

  test("style 0 has no format, even when LibreOffice gives it a custom General", async () => {
    const styles = STYLES.replace(
      '<numFmts count="5">',
      '<numFmts count="6"><numFmt numFmtId="169" formatCode="General"/>',
    ).replace(
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="169" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    );
    const grid = await expectSameAsExcelJs(
      buildPackage({
        styles,
        sheets: [
          {
            name: "S",
            body: `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" s="0"><v>2</v></c><c r="C1" s="1"><v>0.5</v></c></row></sheetData>`,
          },
        ],
      }),
    );
    expect(grid.sheets[0].formats).toEqual([[null, null, "0.00%"]]);
  });

  test("a workbook in the 1904 date system", async () => {
    const bytes = buildPackage({
      styles: STYLES,
      workbookPr: '<workbookPr date1904="1"/>',
      sheets: [{ name: "S", body: `<sheetData><row r="1"><c r="A1" s="3"><v>43538</v></c></row></sheetData>` }],
    });
    expect(info(bytes).date1904).toBe(true);
    const grid = await expectSameAsExcelJs(bytes);
    expect(grid.sheets[0].values).toEqual([["2023-03-15"]]);
  });

  test("the sample after the current adapter wrote its sheets into it", async () => {
    const out = (await analyseXlsx(new Uint8Array(readFileSync(SAMPLE_FILE)), "sample.xlsx")).output;
    const grid = await expectSameAsExcelJs(out);
    expect(grid.sheets.filter((s) => s.generated).length).toBeGreaterThanOrEqual(4);
    expect(grid.sheets.filter((s) => !s.generated).map((s) => s.name)).toEqual(["ผลคะแนนรายตัวชี้วัด", "ผลคะแนนรายข้อ"]);
  });
});

/** A workbook written by ExcelJS: formats, dates, booleans, errors, rich text, formulas shared and not, merges, a hidden generated sheet. */
async function exceljsKitchenSink(useSharedStrings: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ค่า");
  ws.getCell("B3").value = "ข้อความ";
  ws.getCell("C3").value = 0.7868;
  ws.getCell("C3").numFmt = "0.00%";
  ws.getCell("D3").value = new Date(Date.UTC(2024, 2, 5));
  ws.getCell("D3").numFmt = "dd/mm/yyyy";
  ws.getCell("E3").value = true;
  ws.getCell("F3").value = { error: "#N/A" };
  ws.getCell("G3").value = { richText: [{ text: "ตัวหนา", font: { bold: true } }, { text: " ธรรมดา" }] };
  ws.getCell("B4").value = false;
  ws.getCell("C4").value = { formula: "C3*100", result: 78.68 };
  ws.getCell("D4").value = { formula: "C3*0", result: 0 };
  ws.getCell("E4").value = { formula: "AVERAGE(C3:C4)" };
  ws.getCell("F4").value = { formula: 'IF(C3>0.5,"สูง","ต่ำ")', result: "สูง" };
  ws.getCell("G4").value = { formula: "C3>1", result: false };
  ws.getCell("B5").value = 1;
  ws.getCell("B6").value = 2;
  ws.getCell("C5").value = {
    formula: "B5*2",
    result: 2,
    shareType: "shared",
    ref: "C5:C7",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("C6").value = { sharedFormula: "C5", result: 4 };
  ws.getCell("C7").value = { sharedFormula: "C5" };
  ws.getCell("D5").value = { formula: "$B$5+B5", shareType: "shared", ref: "D5:D6" } as ExcelJS.CellFormulaValue;
  ws.getCell("D6").value = { sharedFormula: "D5" };
  ws.getCell("B9").value = "ผสาน";
  ws.mergeCells("B9:D10");
  ws.getCell("F9").value = 0.5;
  ws.getCell("F9").numFmt = "0%";
  ws.getCell("G9").value = "";
  ws.getCell("H9").value = 45000;
  ws.getCell("H9").numFmt = "d mmm yy";
  const hidden = wb.addWorksheet("ซ่อนไว้", { state: "hidden" });
  hidden.getCell("A1").value = "generated";
  wb.definedNames.add("'ซ่อนไว้'!$A$1", `${MARKER_PREFIX}analysis`);
  return new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings }));
}

describe("where the streaming reader deliberately differs from ExcelJS (ExcelJS's faults)", () => {
  const bytes = buildPackage({
    styles: STYLES,
    sheets: [
      {
        name: "S",
        body: `<sheetData><row r="1">
  <c r="A1"><f>B1*0</f><v>0</v></c><c r="B1" t="b"><f>1&gt;2</f><v>0</v></c>
  <c r="C1" s="9"><v>78.68</v></c>
  <c r="D1" t="str"><v>a &amp;lt; b</v></c>
  <c r="E1" t="d"><v>2024-03-05T00:00:00</v></c>
  <c r="F1"><v>42</v></c>
  <c r="G1" t="inlineStr"><is><t>x_x000D_y</t></is></c>
  <c r="H1" t="b"><v>false</v></c>
</row></sheetData><hyperlinks><hyperlink ref="F1" r:id="rId1"/></hyperlinks>`,
      },
      {
        name: "Other",
        part: "worksheets/data.xml",
        body: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`,
      },
    ],
    sheetRels: {
      0: `<Relationship Id="rId1" Type="${R}/hyperlink" Target="https://example.org/" TargetMode="External"/>`,
    },
  });

  test("each difference, on both sides", async () => {
    const ours = await streamed(bytes);
    const wb = await loadWorkbook(bytes, "d.xlsx");
    const theirs = readGrid(wb);
    expect(ours.sheets[0].values[0]).toEqual([0, false, 78.68, "a &lt; b", "2024-03-05", 42, "x\ry", false]);
    expect(ours.sheets[0].formats![0][2]).toBe("0.00\\%");
    // ExcelJS: a formula's 0 or FALSE is taken for "no value"; backslashes dropped from formats (a
    // literal \% becomes a percent); t="str" text decoded twice; t="d" read as a number; a number
    // with a hyperlink turned into text; _xHHHH_ escapes left in inline strings; "false" read as true.
    expect(theirs.sheets[0].values[0]).toEqual([
      { formula: "=B1*0" },
      { formula: "=1>2" },
      78.68,
      "a < b",
      2024,
      "42",
      "x_x000D_y",
      true,
    ]);
    expect(theirs.sheets[0].formats![0][2]).toBe("0.00%");
    // A worksheet part not named sheetN.xml: ExcelJS skips it.
    expect(theirs.sheets.map((s) => s.name)).toEqual(["S"]);
    expect(ours.sheets.slice(1).map((s) => [s.name, s.values])).toEqual([["Other", [[1]]]]);
  });

  test.each([
    [
      "prefixed elements",
      `${xmlDecl}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      [[7]],
    ],
    [
      "rows and cells without numbers",
      `${xmlDecl}<worksheet xmlns="${MAIN}"><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData></worksheet>`,
      [[1, 2], [3]],
    ],
  ])("a sheet with %s: read here, ExcelJS fails to load the file", async (_, whole, values) => {
    const b = buildPackage({ sheets: [{ name: "S", whole }] });
    expect((await streamed(b)).sheets[0].values).toEqual(values);
    await expect(loadWorkbook(b, "d.xlsx")).rejects.toThrow();
  });

  test("a date-formatted formula whose value is text keeps the text (ExcelJS fails on it)", async () => {
    const b = buildPackage({
      styles: STYLES,
      sheets: [
        { name: "S", body: `<sheetData><row r="1"><c r="A1" s="3" t="str"><f>"x"</f><v>x</v></c></row></sheetData>` },
      ],
    });
    expect((await streamed(b)).sheets[0].values).toEqual([["x"]]);
    await expect(loadWorkbook(b, "d.xlsx").then(readGrid)).rejects.toThrow();
  });
});

describe("package structure", () => {
  test("the workbook part is found through _rels/.rels, and its content type through [Content_Types].xml", () => {
    const i = info(buildPackage(KITCHEN_SINK));
    expect(i.workbookPath).toBe("xl/workbook.xml");
    expect(i.workbookContentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    expect(i.sharedStringsPath).toBe("xl/sharedStrings.xml");
    expect(i.stylesPath).toBe("xl/styles.xml");
    expect(i.sheets.map((s) => [s.name, s.sheetId, s.rId, s.path, s.state, s.kind])).toEqual([
      ["คะแนน", 1, "rId1", "xl/worksheets/sheet1.xml", "visible", "worksheet"],
      ["กราฟ", 2, "rId2", "xl/chartsheets/sheet2.xml", "visible", "chartsheet"],
      ["ซ่อน", 3, "rId3", "xl/worksheets/sheet3.xml", "hidden", "worksheet"],
      ["ว่าง", 4, "rId4", "xl/worksheets/sheet4.xml", "visible", "worksheet"],
      ["veryHidden", 5, "rId5", "xl/worksheets/sheet5.xml", "veryHidden", "worksheet"],
    ]);
    expect(i.definedNames[3]).toEqual({ name: "_xlnm.Print_Area", localSheetId: 0, reference: "'คะแนน'!$B$2:$J$14" });
    expect(i.definedNames[4].localSheetId).toBeNull();
    expect(i.date1904).toBe(false);
  });

  test("the sample's parts", () => {
    const i = info(new Uint8Array(readFileSync(SAMPLE_FILE)));
    expect(i.sheets.map((s) => s.path)).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);
    expect(i.entries.get("xl/styles.xml")?.name).toBe("xl/styles.xml");
  });
});

describe("progress and pauses", () => {
  test("progress rises to the total of the shared strings and worksheets; pauses come as asked", async () => {
    const bytes = buildPackage(KITCHEN_SINK);
    const i = info(bytes);
    const total = ["xl/sharedStrings.xml", ...i.sheets.filter((s) => s.kind === "worksheet").map((s) => s.path)]
      .map((p) => i.entries.get(p)!.size)
      .reduce((a, b) => a + b, 0);
    const calls: Array<[number, number]> = [];
    let pauses = 0;
    await readPackageGrid(i, {
      onProgress: (done, all) => calls.push([done, all]),
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
      pauseEveryBytes: 100,
    });
    expect(calls.length).toBeGreaterThanOrEqual(5);
    expect(calls.every(([, all]) => all === total)).toBe(true);
    expect(calls.map(([d]) => d)).toEqual([...calls.map(([d]) => d)].sort((a, b) => a - b));
    expect(calls[calls.length - 1]).toEqual([total, total]);
    expect(pauses).toBeGreaterThanOrEqual(2);
  });

  test("a big sheet is read in many steps", async () => {
    const rows = Array.from(
      { length: 20000 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}"><v>${(r * 7919) % 10007}</v></c><c r="B${r + 1}" t="str"><v>${r.toString(36)}</v></c></row>`,
    );
    const bytes = buildPackage({ sheets: [{ name: "Big", body: `<sheetData>${rows.join("")}</sheetData>` }] });
    const calls: number[] = [];
    const grid = await streamed(bytes, { onProgress: (d) => calls.push(d) });
    expect(grid.sheets[0].values.length).toBe(20000);
    expect(calls.length).toBeGreaterThan(1);
  });
});

describe("helpers", () => {
  test("shiftFormula moves relative references only", () => {
    expect(shiftFormula("A1+$A$1+A$1+$A1", 2, 1)).toBe("B3+$A$1+B$1+$A3");
    expect(shiftFormula('SUM(A1:B2)&"A1"&LOG10(C3)&Table1[A1]', 1, 0)).toBe('SUM(A2:B3)&"A1"&LOG10(C4)&Table1[A1]');
    expect(shiftFormula("'A1 sheet'!A1+Sheet1!B2+1.5E3+XFE1+_xlfn.STDEV.S(C1)", 0, 1)).toBe(
      "'A1 sheet'!B1+Sheet1!C2+1.5E3+XFE1+_xlfn.STDEV.S(D1)",
    );
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });

  test("isDateFormat follows ExcelJS's test", () => {
    expect(["mm-dd-yy", "d mmm yyyy", "[$-101041E]d/m/yyyy", "h:mm", "[h]:mm:ss"].map(isDateFormat)).toEqual(
      Array(5).fill(true),
    );
    expect(["General", "0.00%", '#,##0.00 "บาท"', "[Red]0.00", "@", "0.00E+00"].map(isDateFormat)).toEqual(
      Array(6).fill(false),
    );
  });

  test("serialToIsoDate as ExcelJS's dates give it", () => {
    expect(serialToIsoDate(45000, false)).toBe("2023-03-15");
    expect(serialToIsoDate(45000.999999999, false)).toBe("2023-03-16");
    expect(serialToIsoDate(43538, true)).toBe("2023-03-15");
    expect(serialToIsoDate(1e20, false)).toBe(1e20);
  });
});
