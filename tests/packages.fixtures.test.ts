/**
 * The package fixtures of tests/helpers/packages.ts hold the parts they promise, every XML part
 * parses, every relationship points at a part that is there, every part has a content type, and the
 * sheets keep the element order Excel requires. (That Excel's readers accept them — ExcelJS and
 * LibreOffice — is tests/e2e/packages.e2e.test.ts.)
 */
import { readFileSync } from "fs";
import { DOMParser } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import { strFromU8 } from "fflate";
import {
  CONTENT_TYPE,
  DATA_BAR_EXT_URI,
  FIXTURES,
  LABEL_ID,
  REL,
  SAMPLE_XLSX,
  WORKSHEET_EXT_ORDER,
  partBytes,
  partNames,
  relsPathOf,
  resolveTarget,
  tinyPng,
  withChart,
  withEverything,
  withM365Parts,
  withMacros,
  withPivot,
} from "./helpers/packages";
import { makeBigWorkbook } from "../scripts/make-big-workbook";

/** CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99), written out here apart from the helper's copy. */
const SHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const SAMPLE_PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "docProps/app.xml",
  "docProps/core.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/theme/theme1.xml",
  "xl/sharedStrings.xml",
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/sheet2.xml",
];

const CHART_PARTS = [
  "xl/worksheets/sheet3.xml",
  "xl/worksheets/_rels/sheet3.xml.rels",
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/charts/chart1.xml",
  "xl/media/image1.png",
];
const PIVOT_PARTS = [
  "xl/worksheets/sheet3.xml",
  "xl/worksheets/sheet4.xml",
  "xl/worksheets/_rels/sheet4.xml.rels",
  "xl/pivotCache/pivotCacheDefinition1.xml",
  "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
  "xl/pivotCache/pivotCacheRecords1.xml",
  "xl/pivotTables/pivotTable1.xml",
  "xl/pivotTables/_rels/pivotTable1.xml.rels",
];
const M365_PARTS = [
  "xl/worksheets/_rels/sheet2.xml.rels",
  "xl/threadedComments/threadedComment1.xml",
  "xl/persons/person.xml",
  "xl/comments1.xml",
  "xl/drawings/vmlDrawing1.vml",
  "docProps/custom.xml",
];
const MACRO_PARTS = ["xl/vbaProject.bin"];

const PROMISED: Record<string, string[]> = {
  withChart: CHART_PARTS,
  withPivot: PIVOT_PARTS,
  withM365Parts: M365_PARTS,
  withMacros: MACRO_PARTS,
  withEverything: [...CHART_PARTS, ...PIVOT_PARTS, ...M365_PARTS, ...MACRO_PARTS],
};

function parse(bytes: Uint8Array, name: string): Document {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${name}: ${level}: ${message}`);
    },
  }).parseFromString(strFromU8(bytes), "text/xml");
  return doc as unknown as Document;
}

const children = (el: Element): Element[] => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);

/** Every part's DOM, for the parts that are XML. */
function xmlParts(pkg: Uint8Array): Map<string, Document> {
  const out = new Map<string, Document>();
  for (const name of partNames(pkg))
    if (/\.(xml|rels|vml)$/.test(name)) out.set(name, parse(partBytes(pkg, name), name));
  return out;
}

interface Rel {
  source: string;
  id: string;
  type: string;
  target: string;
}

function relationships(docs: Map<string, Document>): Rel[] {
  const out: Rel[] = [];
  for (const [name, doc] of docs) {
    if (!name.endsWith(".rels")) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const r of children(doc.documentElement)) {
      if (r.getAttribute("TargetMode") === "External") continue;
      out.push({
        source,
        id: r.getAttribute("Id")!,
        type: r.getAttribute("Type")!,
        target: resolveTarget(source, r.getAttribute("Target")!),
      });
    }
  }
  return out;
}

describe.each(Object.entries(FIXTURES))("the fixture %s", (name, { make }) => {
  let pkg: Uint8Array;
  let names: string[];
  let docs: Map<string, Document>;
  let rels: Rel[];
  beforeAll(() => {
    pkg = make();
    names = partNames(pkg);
    try {
      docs = xmlParts(pkg);
    } catch {
      docs = new Map(); // the parse test below reports which part
    }
    rels = relationships(docs);
  });

  test("holds the sample's parts and the parts it promises", () => {
    expect(names).toEqual(expect.arrayContaining([...SAMPLE_PARTS, ...PROMISED[name]]));
    // Nothing beyond them.
    expect(new Set(names)).toEqual(new Set([...SAMPLE_PARTS, ...PROMISED[name]]));
  });

  test("is the same bytes every time", () => {
    expect(Buffer.from(make()).equals(Buffer.from(pkg))).toBe(true);
  });

  test("every .xml, .rels and .vml part parses as XML", () => {
    const xml = names.filter((n) => /\.(xml|rels|vml)$/.test(n));
    expect(xml.length).toBeGreaterThan(10);
    for (const n of xml) expect(() => parse(partBytes(pkg, n), n)).not.toThrow();
    expect(docs.size).toBe(xml.length);
  });

  test("every relationship points at a part in the package, and every part but the package's own is a target", () => {
    for (const r of rels) expect({ ...r, exists: names.includes(r.target) }).toMatchObject({ exists: true });
    const targets = new Set(rels.map((r) => r.target));
    const orphans = names.filter((n) => !n.endsWith(".rels") && n !== "[Content_Types].xml" && !targets.has(n));
    expect(orphans).toEqual([]);
    // Ids are unique within each relationships part.
    for (const [part, doc] of docs)
      if (part.endsWith(".rels")) {
        const ids = children(doc.documentElement).map((r) => r.getAttribute("Id"));
        expect(new Set(ids).size).toBe(ids.length);
      }
  });

  test("every part has a content type", () => {
    const types = children(docs.get("[Content_Types].xml")!.documentElement);
    const overrides = new Map(types.map((t) => [t.getAttribute("PartName"), t.getAttribute("ContentType")]));
    const defaults = new Map(
      types.map((t) => [t.getAttribute("Extension")?.toLowerCase(), t.getAttribute("ContentType")]),
    );
    for (const n of names.filter((x) => x !== "[Content_Types].xml")) {
      const type = overrides.get(`/${n}`) ?? defaults.get(n.split(".").pop()!.toLowerCase());
      expect({ part: n, type }).toEqual({ part: n, type: expect.any(String) });
    }
    // Every override names a part that is there.
    for (const t of types.filter((x) => x.localName === "Override"))
      expect(names).toContain(t.getAttribute("PartName")!.slice(1));
  });

  test("every sheet's elements are in the order CT_Worksheet requires, and its extensions in Excel's order", () => {
    const sheets = rels.filter((r) => r.type === REL.worksheet).map((r) => r.target);
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    for (const sheet of sheets) {
      const root = docs.get(sheet)!.documentElement;
      const ranks = children(root).map((e) => SHEET_ORDER.indexOf(e.localName));
      expect(ranks.every((r) => r >= 0)).toBe(true);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      // Every r:id a sheet names is one of its relationships.
      const ids = new Set(rels.filter((r) => r.source === sheet).map((r) => r.id));
      for (const e of Array.from(root.getElementsByTagName("*")))
        if (e.hasAttributeNS(R_NS, "id")) expect(ids).toContain(e.getAttributeNS(R_NS, "id"));
      const extLst = children(root).find((e) => e.localName === "extLst");
      if (extLst) {
        const order = children(extLst).map((e) =>
          WORKSHEET_EXT_ORDER.findIndex((u) => u.toLowerCase() === e.getAttribute("uri")!.toLowerCase()),
        );
        expect(order.every((i) => i >= 0)).toBe(true);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  test("the workbook's <sheet>s match its relationships, and app.xml lists them", () => {
    const workbook = docs.get("xl/workbook.xml")!.documentElement;
    const sheets = Array.from(workbook.getElementsByTagName("sheet"));
    const wbRels = rels.filter((r) => r.source === "xl/workbook.xml");
    for (const s of sheets) {
      const rid = s.getAttribute("r:id");
      expect(wbRels.find((r) => r.id === rid)?.type).toBe(REL.worksheet);
    }
    expect(new Set(sheets.map((s) => s.getAttribute("sheetId"))).size).toBe(sheets.length);
    const titles = Array.from(docs.get("docProps/app.xml")!.getElementsByTagName("vt:lpstr")).map((t) => t.textContent);
    expect(titles).toEqual(["Worksheets", ...sheets.map((s) => s.getAttribute("name"))]);
  });
});

describe("what each fixture holds", () => {
  const text = (pkg: Uint8Array, part: string) => strFromU8(partBytes(pkg, part));

  test("withChart: a column chart of the data sheet and a PNG, in one drawing on that sheet", () => {
    const pkg = withChart();
    expect(text(pkg, "xl/charts/chart1.xml")).toContain('<c:barChart><c:barDir val="col"/>');
    expect(text(pkg, "xl/charts/chart1.xml")).toContain("'ข้อมูล'!$F$2:$F$5");
    const drawing = text(pkg, "xl/drawings/drawing1.xml");
    expect(drawing).toContain("<xdr:graphicFrame");
    expect(drawing).toContain("<xdr:pic>");
    expect(text(pkg, "xl/worksheets/sheet3.xml")).toContain('<drawing r:id="rId1"/>');
    // The PNG is the one drawn in code: signature and IHDR.
    const png = partBytes(pkg, "xl/media/image1.png");
    expect(Buffer.from(png).equals(Buffer.from(tinyPng()))).toBe(true);
    expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(strFromU8(png.subarray(12, 16))).toBe("IHDR");
  });

  test("withPivot: the cache wired through workbook.xml, the table on its own sheet", () => {
    const pkg = withPivot();
    expect(text(pkg, "xl/workbook.xml")).toMatch(
      /<pivotCaches><pivotCache cacheId="1" r:id="rId\d+"\/><\/pivotCaches>/,
    );
    expect(text(pkg, "xl/pivotTables/pivotTable1.xml")).toContain('cacheId="1"');
    expect(text(pkg, "xl/pivotCache/pivotCacheDefinition1.xml")).toContain(
      '<worksheetSource ref="A1:C9" sheet="ข้อมูล"/>',
    );
    expect(text(pkg, "xl/pivotCache/pivotCacheRecords1.xml")).toContain('count="8"');
    expect(text(pkg, "xl/workbook.xml")).toContain('name="ตาราง Pivot"');
  });

  test("withM365Parts: threaded comment, label, sparklines, x14 validation and a data bar linked to its extension", () => {
    const pkg = withM365Parts();
    expect(text(pkg, "xl/threadedComments/threadedComment1.xml")).toContain('<threadedComment ref="C4"');
    expect(text(pkg, "xl/comments1.xml")).toContain("[Threaded comment]");
    expect(text(pkg, "docProps/custom.xml")).toContain(`MSIP_Label_${LABEL_ID}_Enabled`);
    const sheet = text(pkg, "xl/worksheets/sheet2.xml");
    expect(sheet).toContain("<x14:sparklineGroups");
    expect(sheet).toContain('<x14:dataValidation type="list"');
    expect(sheet).toContain("<xm:f>'ผลคะแนนรายตัวชี้วัด'!$B$6:$B$10</xm:f>");
    expect(sheet).toContain('<legacyDrawing r:id="rId1"/>');
    const id = new RegExp(`<ext uri="\\${DATA_BAR_EXT_URI.slice(0, -1)}\\}"[^>]*><x14:id>([^<]+)</x14:id>`).exec(
      sheet,
    )?.[1];
    expect(id).toBeDefined();
    expect(sheet).toContain(`<x14:cfRule type="dataBar" id="${id}">`);
    // The score sheet's cells are those of the sample.
    const sample = new Uint8Array(readFileSync(SAMPLE_XLSX));
    const sheetData = (s: string) => s.slice(s.indexOf("<sheetData>"), s.indexOf("</sheetData>"));
    expect(sheetData(sheet)).toBe(sheetData(text(sample, "xl/worksheets/sheet2.xml")));
  });

  test("withMacros: a macro-enabled workbook with its vbaProject part and content types as Excel writes them", () => {
    const pkg = withMacros();
    const types = text(pkg, "[Content_Types].xml");
    expect(types).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.macroWorkbook}"/>`);
    expect(types).toContain(`<Default Extension="bin" ContentType="${CONTENT_TYPE.vbaProject}"/>`);
    expect(text(pkg, "xl/_rels/workbook.xml.rels")).toContain(`Type="${REL.vbaProject}" Target="vbaProject.bin"`);
    // A compound file, as a VBA project is (its contents are placeholders).
    expect(Array.from(partBytes(pkg, "xl/vbaProject.bin").subarray(0, 4))).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
  });

  test("withEverything: one package with the parts of all four", () => {
    const names = partNames(withEverything());
    for (const f of [withChart, withPivot, withM365Parts, withMacros])
      expect(names).toEqual(expect.arrayContaining(partNames(f())));
  });

  test("partBytes throws for a part that is not there", () => {
    expect(() => partBytes(withChart(), "xl/nothing.xml")).toThrow(/No part/);
    expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
  });
});

describe("the big workbook of scripts/make-big-workbook.ts, made small", () => {
  test("is a whole package: the sample's score sheets, raw data whose counts and strings add up", async () => {
    const pkg = await makeBigWorkbook(0.05);
    const names = partNames(pkg);
    expect(names).toEqual(expect.arrayContaining([...SAMPLE_PARTS, "xl/worksheets/sheet3.xml"]));
    const docs = xmlParts(pkg);
    expect(docs.size).toBe(names.length);
    for (const r of relationships(docs)) expect(names).toContain(r.target);

    // The score sheets are the sample's, byte for byte.
    const sample = new Uint8Array(readFileSync(SAMPLE_XLSX));
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/theme/theme1.xml"])
      expect(Buffer.from(partBytes(pkg, part)).equals(Buffer.from(partBytes(sample, part)))).toBe(true);

    // The shared strings' counts are exact, and every index a cell uses is in the table.
    const sst = docs.get("xl/sharedStrings.xml")!.documentElement;
    const items = children(sst).length;
    expect(Number(sst.getAttribute("uniqueCount"))).toBe(items);
    const stringCells = [...docs]
      .filter(([n]) => n.startsWith("xl/worksheets/"))
      .flatMap(([, d]) => Array.from(d.getElementsByTagName("c")).filter((c) => c.getAttribute("t") === "s"));
    expect(Number(sst.getAttribute("count"))).toBe(stringCells.length);
    expect(Math.max(...stringCells.map((c) => Number(c.textContent)))).toBe(items - 1);

    // The raw sheet: its dimension, a shared formula and a plain one with cached values, a date.
    const raw = docs.get("xl/worksheets/sheet3.xml")!;
    const rows = raw.getElementsByTagName("row");
    expect(raw.getElementsByTagName("dimension")[0].getAttribute("ref")).toBe(`A1:L${rows.length}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(pkg as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("ข้อมูลดิบ 1")!;
    expect(ws.getCell("A1").value).toBe("ลำดับ");
    const g = ws.getCell("G3").value as number;
    const h = ws.getCell("H3").value as number;
    expect(ws.getCell("I3").value).toMatchObject({ sharedFormula: "I2", result: g * h });
    expect(ws.getCell("J3").value).toMatchObject({ result: g < 85 ? "ต่ำกว่าเป้าหมาย" : "ผ่าน" });
    expect(ws.getCell("B3").value).toBeInstanceOf(Date);
    expect(ws.getCell("L3").value).toBe("REF-00002");
  });
});
