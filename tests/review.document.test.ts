/**
 * The document never contradicts itself, and never prints a number the tool believes mistyped
 * without saying so: decided, it uses the decided values; undecided, every number in question (and
 * every total computed from one) carries a Word comment, and Part 1 says which numbers are under review.
 */
import JSZip from "jszip";
import { writeDocument } from "../src/adapters/docx/writeDocument";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import type { DocTable } from "../src/core/render/document/model";
import { searchable } from "./helpers/docxText";
import { sampleGrid } from "./helpers/grids";

async function parts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  return {
    document: searchable(await read("word/document.xml")),
    comments: searchable(await read("word/comments.xml")),
  };
}

/** The text each comment is attached to, and the comment's own text, in order. */
function commented(document: string, comments: string): Array<[string, string]> {
  const texts = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map(
    (m) => [m[1], m[2].replace(/<[^>]+>/g, "")] as const,
  );
  return texts.map(([id, text]) => {
    const range = new RegExp(`<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`).exec(
      document,
    );
    return [range ? range[1].replace(/<[^>]+>/g, "") : "", text];
  });
}

const tables = (r: ReturnType<typeof analyseWorkbook>) =>
  r.document.blocks.filter((b): b is DocTable => b.kind === "table");
const cellTexts = (t: DocTable) => t.rows.map((row) => row.map((c) => c.runs.map((x) => x.text).join("")));

describe("undecided: the document goes out, with a comment on every number under review", () => {
  let r: ReturnType<typeof analyseWorkbook>;
  let found: Array<[string, string]>;
  let plain: string;

  beforeAll(async () => {
    r = analyseWorkbook(await sampleGrid());
    const p = await parts(await writeDocument(r.document));
    found = commented(p.document, p.comments);
    plain = p.document.replace(/<[^>]+>/g, "");
  });

  test("Part 1 says which numbers are under review, before any table", () => {
    const under =
      "คะแนนต่อไปนี้ยังอยู่ระหว่างตรวจทาน เนื่องจากไม่ตรงกับคะแนนในระดับอื่น ได้แก่ ตัวชี้วัดที่ ๓ (๘๑.๒๗) ตัวชี้วัดที่ ๖ (๘๐.๔๙) ตัวชี้วัดที่ ๑๐ (๘๑.๖๗) และคะแนนรายข้อของตัวชี้วัดที่ ๔ (รายละเอียดอยู่ในข้อคิดเห็นที่ตัวเลขแต่ละตัว)";
    expect(plain).toContain(under);
    expect(plain.indexOf(under)).toBeLessThan(plain.indexOf("ผลรวมคะแนน IIT"));
  });

  test("each disputed indicator's number carries its comment, wherever it is printed", () => {
    const on = (text: string) => found.filter(([t]) => t === text);
    // Indicator 3 in the indicators' table and in the low list; 6 and 10 likewise.
    for (const n of ["๘๑.๒๗", "๘๐.๔๙", "๘๑.๖๗"]) expect(on(n).length).toBe(2);
    expect(on("๘๑.๒๗")[0][1]).toBe(
      "อยู่ระหว่างตรวจทาน: พิมพ์ไว้ ๘๑.๒๗ แต่น่าจะเป็น ๙๑.๒๗ เพราะเลขที่ต่างกันอยู่ติดกันบนแป้นพิมพ์ คะแนนรายข้อคำนวณได้ ๙๑.๑๔ ใกล้เคียงกับค่าที่แนะนำ เมื่อใช้ค่าที่แนะนำ คะแนนรวม IIT ที่รายงานไว้ (๘๔.๑๕) จะตรงกัน ค่าที่แนะนำ ๙๑.๒๗",
    );
  });

  test("the totals computed from them (EIT 76.80, OIT 82.62) carry one too, in both tables", () => {
    const derived = found.filter(([, text]) => text.startsWith("อยู่ระหว่างตรวจทาน: คำนวณจาก"));
    expect(derived.map(([t]) => t).sort()).toEqual(["๗๖.๘๐", "๗๖.๘๐", "๘๒.๖๒", "๘๒.๖๒"]);
  });

  test("indicator 4's copied items carry theirs, in every issue that prints them", () => {
    const copied = found.filter(([, text]) => text.includes("น่าจะคัดลอกมาผิดชุด"));
    expect(copied.length).toBeGreaterThanOrEqual(3);
    expect(new Set(copied.map(([t]) => t))).toEqual(new Set(["๗๘.๖๘", "๘๓.๕๓", "๘๙.๒๖"]));
  });

  test("numbers not in question carry none", () => {
    expect(found.filter(([t]) => t === "๘๗.๑๖")).toEqual([]);
    expect(found.every(([t]) => t !== "")).toBe(true);
  });
});

describe("decided: the decided values, and tables that add up", () => {
  test("accepted: five low indicators, the tools' totals and the overall agree, no comment", async () => {
    const r = analyseWorkbook(await sampleGrid(), { acceptSuggestions: true });
    const p = await parts(await writeDocument(r.document));
    expect(p.comments).not.toMatch(/<w:comment /);
    const [tools, indicators, low] = tables(r);
    expect(cellTexts(tools).map((row) => row[2])).toEqual(["๘๔.๑๕", "๘๐.๑๓", "๘๗.๖๒"]);
    // 0.3 · 84.15 + 0.3 · 80.13 + 0.4 · 87.62 = 84.332: the document's own tables give its 84.33.
    expect(0.3 * 84.15 + 0.3 * 80.13 + 0.4 * 87.62).toBeCloseTo(84.33, 2);
    expect(p.document.replace(/<[^>]+>/g, "")).toContain("ITA ๘๔.๓๓ คะแนน");
    expect(cellTexts(indicators).flat()).toContain("๙๑.๒๗");
    expect(cellTexts(low).map((row) => row[0].split(" ").slice(0, 2).join(" "))).toEqual([
      "ตัวชี้วัดที่ ๔",
      "ตัวชี้วัดที่ ๕",
      "ตัวชี้วัดที่ ๗",
      "ตัวชี้วัดที่ ๘",
      "ตัวชี้วัดที่ ๙",
    ]);
  });

  test("kept as typed: the typed value, no comment on it, the others still under review", async () => {
    const r = analyseWorkbook(await sampleGrid(), { decisions: { "indicator:3@81.27": "keep" } });
    const p = await parts(await writeDocument(r.document));
    const found = commented(p.document, p.comments);
    expect(found.filter(([t]) => t === "๘๑.๒๗")).toEqual([]);
    expect(found.filter(([t]) => t === "๘๐.๔๙").length).toBe(2);
  });
});
