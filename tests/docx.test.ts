import JSZip from "jszip";
import { searchable } from "./helpers/docxText";
import { writeDocument } from "../src/adapters/docx/writeDocument";
import { DocCell, DocTable, DocumentPlan } from "../src/core/render/document/model";

const SCORES = [92.5, 88, 77.4, 95.12, 81, 90, 86.5, 70.25, 99, 84.33];
const CATEGORIES = SCORES.map((_, i) => `ตัวชี้วัดที่ ${i + 1}`);

/** A small Thai document with one block of each kind, written by hand. */
function samplePlan(digits: "thai" | "arabic" = "thai"): DocumentPlan {
  return {
    lang: "th",
    title: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    author: "องค์การบริหารส่วนตำบลทดสอบ",
    font: "TH Sarabun New",
    size: 16,
    page: { size: "A4", orientation: "portrait", margins: { top: 72, right: 56.7, bottom: 56.7, left: 85 } },
    commentAuthor: "ITA Analyzer",
    pageNumbers: { digits },
    blocks: [
      { kind: "heading", level: 1, text: "ส่วนที่ 1 ผลการประเมิน", align: "center" },
      { kind: "heading", level: 2, text: "ประเด็นที่ (1) การปฏิบัติหน้าที่" },
      { kind: "heading", level: 3, text: "ผลการประเมินรายเครื่องมือ" },
      {
        kind: "paragraph",
        align: "justify",
        firstLine: 36,
        runs: [{ text: "หน่วยงานได้ผลคะแนนการประเมิน ITA " }, { text: "84.33 คะแนน", bold: true }],
      },
      {
        kind: "table",
        widths: [1, 4, 2],
        header: [{ runs: [{ text: "ข้อ" }] }, { runs: [{ text: "ข้อคำถาม" }] }, { runs: [{ text: "คะแนน" }] }],
        rows: [
          [{ runs: [{ text: "i1" }] }, { runs: [{ text: "การเปิดเผยข้อมูล" }] }, { runs: [{ text: "77.40" }] }],
          [
            { runs: [{ text: "รวมทุกข้อ" }], span: 2, shade: "#FFC7CE" },
            { runs: [{ text: "84.33" }], align: "right" },
          ],
        ],
      },
      {
        kind: "chart",
        title: "คะแนนรายตัวชี้วัด",
        categories: CATEGORIES,
        values: SCORES,
        low: SCORES.map((s) => s < 85),
        seriesName: "คะแนนที่ได้",
        targetName: "ค่าเป้าหมาย",
        target: 85,
        altText: "แผนภูมิแท่งคะแนนสิบตัวชี้วัดเทียบกับค่าเป้าหมาย 85 คะแนน",
        numberFormat: "0.00",
        axisNumberFormat: "0",
        width: 450,
        height: 260,
        axisMax: 100,
        axisStep: 20,
      },
      { kind: "pageBreak" },
      { kind: "paragraph", runs: [{ text: "ส่วนที่ 2 มาตรการ" }] },
    ],
  };
}

async function parts(plan: DocumentPlan): Promise<{ zip: JSZip; read: (name: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(await writeDocument(plan));
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is not in the document`);
    return searchable(await file.async("string"));
  };
  return { zip, read };
}

describe("the docx adapter", () => {
  test("writes the text, the fonts for Thai and the table as given", async () => {
    const { read } = await parts(samplePlan());
    const doc = await read("word/document.xml");
    expect(doc).toContain("ส่วนที่ 1 ผลการประเมิน");
    expect(doc).toContain("หน่วยงานได้ผลคะแนนการประเมิน ITA ");
    expect(doc).toMatch(/<w:rFonts [^>]*w:cs="TH Sarabun New"/);
    expect(doc).toContain('w:ascii="TH Sarabun New"');
    expect(doc).toContain('<w:szCs w:val="32"/>');
    // Thai is justified the Thai way (distributed by cluster); English between words.
    expect(doc).toContain('<w:jc w:val="thaiDistribute"/>');
    expect(doc).toContain("<w:tblHeader/>");
    expect(doc).toContain("<w:cantSplit/>");
    expect(doc).toMatch(/<w:shd [^>]*w:fill="FFC7CE"/);
    expect(doc).toMatch(/<w:shd [^>]*w:fill="D9D9D9"/);
    expect(doc).toContain('<w:gridSpan w:val="2"/>');
    expect(doc).toMatch(/<w:br w:type="page"\/>/);
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading3"/>');
  });

  test("sets A4 portrait, the margins, the Thai page numbers and the document's defaults", async () => {
    const { zip, read } = await parts(samplePlan());
    const doc = await read("word/document.xml");
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="1440" w:right="1134" w:bottom="1134" w:left="1700"/);
    expect(doc).toContain('<w:pgNumType w:fmt="thaiNumbers"/>');
    // The page numbers' footer, and the cover's own, empty: the cover carries no number.
    expect(doc).toContain("<w:titlePg/>");
    const footers = await Promise.all(zip.file(/^word\/footer\d+\.xml$/).map((f) => read(f.name)));
    expect(footers).toHaveLength(2);
    const footer = footers.find((f) => /PAGE/.test(f))!;
    expect(footers.filter((f) => /PAGE/.test(f))).toHaveLength(1);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toContain("- </w:t>");
    const styles = await read("word/styles.xml");
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:cs="TH Sarabun New"[\s\S]*<\/w:docDefaults>/);
    // Latin words are English (never broken as Thai would be), Thai is the complex script's language.
    expect(styles).toMatch(/<w:lang w:val="en-US"[^>]*w:bidi="th-TH"/);
    const core = await read("docProps/core.xml");
    expect(core).toContain("มาตรการส่งเสริมคุณธรรมและความโปร่งใส");
    expect(core).toContain("องค์การบริหารส่วนตำบลทดสอบ");
  });

  test("Arabic page numbers leave the section's number format alone", async () => {
    const { read } = await parts(samplePlan("arabic"));
    expect(await read("word/document.xml")).not.toContain("thaiNumbers");
  });

  test("draws the chart natively, with the ten scores, both series and the low bars in red", async () => {
    const { zip, read } = await parts(samplePlan());
    const charts = zip.file(/^word\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(1);
    const chart = await read(charts[0].name);
    for (const score of SCORES) expect(chart).toContain(`<c:v>${score}</c:v>`);
    expect(chart).toContain("คะแนนที่ได้");
    expect(chart).toContain("ค่าเป้าหมาย");
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("<c:lineChart>");
    expect(chart).toContain('<a:srgbClr val="C00000"/>');
    expect(chart).toContain('<a:srgbClr val="2F5597"/>');
    expect(chart).toContain('formatCode="0.00"');
    expect(chart).toContain('<c:max val="100"/>');
    expect(chart).toContain('typeface="TH Sarabun New"');
    const doc = await read("word/document.xml");
    expect(doc).toContain('descr="แผนภูมิแท่งคะแนนสิบตัวชี้วัดเทียบกับค่าเป้าหมาย 85 คะแนน"');
  });

  test("an English document justifies between words and is tagged en-US", async () => {
    const { read } = await parts({ ...samplePlan("arabic"), lang: "en" });
    const doc = await read("word/document.xml");
    expect(doc).toContain('<w:jc w:val="both"/>');
    expect(doc).not.toContain("thaiDistribute");
    // Latin text English; any Thai in it (an agency's name) Thai.
    expect(await read("word/styles.xml")).toMatch(/<w:lang w:val="en-US"[^>]*w:bidi="th-TH"/);
  });

  test("a bar's colour follows its own category: extra low flags colour nothing", async () => {
    const plan = samplePlan();
    const chart = plan.blocks.find((b) => b.kind === "chart")!;
    const odd = { ...chart, low: [...SCORES.map((s) => s < 85), true, true] };
    const { zip, read } = await parts({ ...plan, blocks: [odd] });
    const charts = zip.file(/^word\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(1);
    const xml = await read(charts[0].name);
    const lows = SCORES.filter((s) => s < 85).length;
    expect(xml.split('<a:srgbClr val="C00000"/>').length - 1).toBe(lows);
    expect(xml).toContain('formatCode="0.00"');
    expect(xml).toContain("ค่าเป้าหมาย");
  });

  test("a chart without categories leaves its alt text in its place", async () => {
    const plan = samplePlan();
    const chart = plan.blocks.find((b) => b.kind === "chart")!;
    const { zip, read } = await parts({ ...plan, blocks: [{ ...chart, categories: [], values: [], low: [] }] });
    expect(zip.file(/^word\/charts\//)).toHaveLength(0);
    expect(await read("word/document.xml")).toContain("แผนภูมิแท่งคะแนนสิบตัวชี้วัดเทียบกับค่าเป้าหมาย 85 คะแนน");
  });

  test("writes a zip that opens again after a round trip", async () => {
    const bytes = await writeDocument(samplePlan());
    const zip = await JSZip.loadAsync(bytes);
    const again = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array" }));
    expect(Object.keys(again.files).sort()).toEqual(Object.keys(zip.files).sort());
    expect(await again.file("[Content_Types].xml")!.async("string")).toContain("drawingml.chart+xml");
  });

  test("a section block turns the pages: a landscape section's table spans the landscape text width", async () => {
    const plan = samplePlan();
    const table = plan.blocks.find((b) => b.kind === "table")!;
    const { read } = await parts({
      ...plan,
      blocks: [
        { kind: "paragraph", runs: [{ text: "ส่วนที่ 2" }] },
        { kind: "section", orientation: "landscape" },
        table,
        { kind: "section", orientation: "portrait" },
        { kind: "paragraph", runs: [{ text: "ส่วนที่ 4" }] },
      ],
    });
    const doc = await read("word/document.xml");
    const sections = [...doc.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    // A4 portrait, then landscape (width and height swapped), then portrait again.
    expect(sections).toEqual([
      'w:w="11906" w:h="16838" w:orient="portrait"',
      'w:w="16838" w:h="11906" w:orient="landscape"',
      'w:w="11906" w:h="16838" w:orient="portrait"',
    ]);
    // Landscape text width: 16838 twips less the 3 cm and 2 cm margins.
    const { left, right } = plan.page.margins;
    expect(doc).toContain(`<w:tblW w:type="dxa" w:w="${16838 - Math.round(left * 20) - Math.round(right * 20)}"/>`);
    // Each section numbers its pages in Thai digits and has the footer; the first has the cover's too.
    expect(doc.match(/<w:pgNumType w:fmt="thaiNumbers"\/>/g)).toHaveLength(3);
    expect(doc.match(/<w:footerReference w:type="default"/g)).toHaveLength(3);
    expect(doc.match(/<w:footerReference w:type="first"/g)).toHaveLength(1);
  });

  test("keeps a short table whole, a long one only at its head, and lets a row taller than a page split", async () => {
    // Portrait A4 with these margins leaves 16838 − 20·(72 + 56.7) = 14264 twips (713 pt) of text
    // height; a 16 pt line takes 27.5 pt, so some 25 lines fill a page.
    const line = (text: string): DocCell[] => [{ runs: [{ text: "i1" }] }, { runs: [{ text }] }];
    const table = (rows: DocCell[][]): DocTable => ({
      kind: "table",
      widths: [1, 4],
      header: [{ runs: [{ text: "ข้อ" }] }, { runs: [{ text: "ข้อคำถาม" }] }],
      rows,
    });
    const short = table([line("หนึ่ง"), line("สอง"), line("สาม")]);
    const long = table(Array.from({ length: 30 }, (_, i) => line(`แถวที่ ${i + 1}`)));
    const tall = table([line(Array.from({ length: 40 }, (_, i) => `บรรทัดที่ ${i + 1}`).join("\n")), line("ท้าย")]);
    const { read } = await parts({ ...samplePlan(), blocks: [short, long, tall] });
    const doc = await read("word/document.xml");
    const tables = [...doc.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((t) =>
      [...t[0].matchAll(/<w:tr>.*?<\/w:tr>/gs)].slice(1).map((r) => ({
        keep: /<w:keepNext\/>/.test(r[0]),
        whole: /<w:cantSplit\/>/.test(r[0]),
      })),
    );
    // Three short rows: each kept with the next, the last with nothing; none split.
    expect(tables[0]).toEqual([
      { keep: true, whole: true },
      { keep: true, whole: true },
      { keep: false, whole: true },
    ]);
    // Thirty rows are more than a page: only the first is kept with the second; none split.
    expect(tables[1].map((r) => r.keep)).toEqual([true, ...Array(29).fill(false)]);
    expect(tables[1].every((r) => r.whole)).toBe(true);
    // A row of forty lines is taller than a page: it may split, and is not kept with the next.
    expect(tables[2]).toEqual([
      { keep: false, whole: false },
      { keep: false, whole: true },
    ]);
  });

  test("an empty plan still writes a document", async () => {
    const { read } = await parts({ ...samplePlan(), blocks: [] });
    const doc = await read("word/document.xml");
    expect(doc).toMatch(/<w:body><w:p\/><w:sectPr>/);
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});
