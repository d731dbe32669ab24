import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync } from "fs";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { editHighlights } from "../src/adapters/xlsx/package/highlightSheet";
import { nextFree, relativeTarget, relsPathOf, resolveTarget } from "../src/adapters/xlsx/package/paths";
import { StyleBook } from "../src/adapters/xlsx/package/styles";
import { tableXml, worksheetXml } from "../src/adapters/xlsx/package/sheetXml";
import { STYLES, stylesFor } from "../src/core/render/styles";
import { SAMPLE_FILE, sampleGrid } from "./helpers/grids";
import { render, sheetOf } from "./helpers/pipeline";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Parse strictly: any error fails the test. */
function parse(xml: string) {
  return new DOMParser({
    onError: (level, msg) => {
      if (level !== "warning") throw new Error(msg);
    },
  }).parseFromString(xml, "text/xml");
}

const sheet = (inner: string, tail = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>70</v></c><c r="B1" t="inlineStr"><is><t>๗๐</t></is></c></row></sheetData>${inner}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${tail}</worksheet>`;

describe("the highlights written into a user's sheet", () => {
  const plan = { sheet: "S", numeric: [{ row: 0, col: 0 }], text: [{ row: 0, col: 1 }] };

  test("go after the sheet's data and before the page margins, after the user's own rules, numbered after them", () => {
    const userCf = `<conditionalFormatting sqref="C1"><cfRule type="cellIs" dxfId="0" priority="4" operator="greaterThan"><formula>90</formula></cfRule></conditionalFormatting>`;
    const xml = sheet(userCf);
    const out = editHighlights(xml, "xl/worksheets/sheet1.xml", { dxfId: 3, ours: new Set([3]), plan, threshold: 85 })!;
    expect(out).toBe(
      sheet(
        userCf +
          `<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="3" priority="5" operator="lessThan"><formula>85</formula></cfRule></conditionalFormatting>` +
          `<conditionalFormatting sqref="B1"><cfRule type="expression" dxfId="3" priority="6"><formula>TRUE</formula></cfRule></conditionalFormatting>`,
      ),
    );
    parse(out);
  });

  test("a re-run replaces its own rules and keeps the user's, in place, to the character", () => {
    const first = editHighlights(sheet("", '<extLst><ext uri="{x}"/></extLst>'), "s", {
      dxfId: 3,
      ours: new Set([3]),
      plan,
      threshold: 85,
    })!;
    const again = editHighlights(first, "s", { dxfId: 3, ours: new Set([3]), plan, threshold: 85 });
    expect(again).toBe(first);
    // Nothing to highlight any more: ours go, the rest is exactly the original.
    const cleared = editHighlights(first, "s", { dxfId: 3, ours: new Set([3]), threshold: 85 });
    expect(cleared).toBe(sheet("", '<extLst><ext uri="{x}"/></extLst>'));
    // A sheet with nothing of ours and nothing to add is not touched.
    expect(editHighlights(cleared!, "s", { dxfId: 3, ours: new Set([3]), threshold: 85 })).toBeNull();
  });

  test("a sheet whose main namespace has a prefix gets prefixed elements; characters beyond the BMP keep offsets right", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>😀 ผล</x:t></x:is></x:c></x:row></x:sheetData><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>`;
    const out = editHighlights(xml, "s", {
      dxfId: 0,
      ours: new Set([0]),
      plan: { sheet: "S", numeric: [], text: [{ row: 0, col: 0 }] },
      threshold: 85,
    })!;
    expect(out).toContain(
      `</x:sheetData><x:conditionalFormatting sqref="A1"><x:cfRule type="expression" dxfId="0" priority="1"><x:formula>TRUE</x:formula></x:cfRule></x:conditionalFormatting><x:pageMargins`,
    );
    expect(out).toContain("😀 ผล");
    parse(out);
  });
});

describe("the styles part", () => {
  const minimal = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

  test("gets each style once, and nothing more on a second run", () => {
    const book = new StyleBook(minimal, "xl/styles.xml");
    const indices = Object.values(STYLES).map((s) => book.xf(s));
    const dxf = book.highlightDxf("#FFC7CE", "#9C0007");
    // Styles that look the same share a format.
    expect(new Set(indices).size).toBe(new Set(Object.values(STYLES).map((x) => JSON.stringify(x))).size);
    expect(Math.min(...indices)).toBe(1);
    const once = book.toXml();
    const again = new StyleBook(once, "xl/styles.xml");
    expect(Object.values(STYLES).map((s) => again.xf(s))).toEqual(indices);
    expect(again.highlightDxf("#FFC7CE", "#9C0007")).toBe(dxf);
    expect(again.toXml()).toBe(once);
    // Counts follow the lists; the highlight's format is recognised as ours.
    const doc = parse(once);
    for (const list of ["fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      const el = doc.getElementsByTagName(list)[0];
      const n = Array.from(el.childNodes).filter((c) => c.nodeType === 1).length;
      expect([list, el.getAttribute("count")]).toEqual([list, String(n)]);
    }
    expect([...again.ourDxfs()]).toEqual([dxf]);
    // Text is the built-in "@" (49); the Thai-digit formats are custom ones, numbered from 164.
    expect(once).toContain('numFmtId="49"');
    const thai = new StyleBook(minimal, "xl/styles.xml");
    Object.values(stylesFor(true)).forEach((st) => thai.xf(st));
    expect(thai.toXml()).toContain('<numFmt numFmtId="164" formatCode="[$-D00041E]0.00"/>');
  });
});

describe("a generated sheet as SpreadsheetML", () => {
  test("is well-formed, with its cells as inline text, its tables, print setup and frozen rows", async () => {
    const { plan } = render(await sampleGrid());
    const p = sheetOf(plan, "plan");
    const xml = worksheetXml(p, { styleIndex: (s) => (s ? 7 : 0), tableRelIds: ["rId1"] });
    const doc = parse(xml);
    const names = Array.from(doc.documentElement!.childNodes)
      .filter((n) => n.nodeType === 1)
      .map((n) => (n as unknown as { localName: string }).localName);
    expect(names).toEqual([
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "mergeCells",
      "dataValidations",
      "pageMargins",
      "pageSetup",
      "tableParts",
    ]);
    expect(xml).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<c r="A3" s="7" t="inlineStr"><is><t xml:space="preserve">ประเด็น</t></is></c>');
    const table = tableXml(p, p.tables[0], 5);
    parse(table);
    expect(table).toContain('<tableColumn id="1" name="ประเด็น"/>');
    expect(table).toContain('id="5" name="ITA_Plan" displayName="ITA_Plan" ref="A3:F12"');
  });

  test("text that looks like a formula stays text", () => {
    const p = {
      key: "summary" as const,
      name: "S",
      columns: [10],
      rowHeights: {},
      cells: [
        { row: 0, col: 0, content: { text: "=1+1" } },
        { row: 1, col: 0, content: { formula: '=A1&"x"', result: "=1+1x" } },
      ],
      merges: [],
      tables: [],
      validations: [],
      charts: [],
    };
    const xml = worksheetXml(p, { styleIndex: () => 0, tableRelIds: [] });
    expect(xml).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>');
    const f = parse(xml).getElementsByTagName("f")[0];
    expect(f.textContent).toBe('A1&"x"');
    expect((f.parentNode as unknown as { getAttribute(n: string): string }).getAttribute("t")).toBe("str");
  });
});

describe("part names", () => {
  test("relationships resolve and are written relative to their part", () => {
    expect(relsPathOf("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/_rels/sheet1.xml.rels");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table2.xml")).toBe("xl/tables/table2.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet3.xml")).toBe("xl/worksheets/sheet3.xml");
    expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/tables/table2.xml")).toBe("../tables/table2.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet3.xml")).toBe("worksheets/sheet3.xml");
    expect(nextFree("xl/tables/table{n}.xml", new Set(["xl/tables/table1.xml", "xl/tables/table3.xml"]))).toBe(
      "xl/tables/table2.xml",
    );
  });
});

describe("a relationship that spells its part otherwise than the zip entry", () => {
  test("still reaches the sheet: its highlights are written into the entry itself, no second part made", async () => {
    const parts = unzipSync(new Uint8Array(readFileSync(SAMPLE_FILE)));
    const rels = "xl/_rels/workbook.xml.rels";
    const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    // "worksheets/sheet1.xml" → "/XL/Worksheets/Sheet1.xml": Excel finds parts without regard to case.
    parts[rels] = strToU8(
      strFromU8(parts[rels]).replace(/Target="worksheets\/sheet(\d+)\.xml"/g, 'Target="/XL/Worksheets/Sheet$1.xml"'),
    );
    const out = unzipSync((await analyseXlsx(zipSync(parts), "ตัวพิมพ์.xlsx")).output);
    for (const sheet of sheets)
      expect([sheet, strFromU8(out[sheet])]).toEqual([sheet, expect.stringContaining("<conditionalFormatting")]);
    expect(Object.keys(out).filter((p) => p.startsWith("XL/"))).toEqual([]);
  });
});
