/**
 * The document reads as written by hand: the agency's full name on the cover and its short name
 * after, a short sentence per group of respondents with no point said twice, no quantifiers that
 * contradict each other, no judgement of the head who signs, and recommendations only for what is low.
 */
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { shortAgencyName } from "../src/core/render/content/context";
import { sampleGrid } from "./helpers/grids";

const FULL = "สำนักงานคณะกรรมการสิทธิมนุษยชนแห่งชาติ";

async function documentText(options: Parameters<typeof analyseWorkbook>[1] = {}) {
  const r = analyseWorkbook(await sampleGrid(), { acceptSuggestions: true, ...options });
  const paragraphs = r.document.blocks.flatMap((b) =>
    b.kind === "paragraph" ? [b.runs.map((x) => x.text).join("")] : b.kind === "heading" ? [b.text] : [],
  );
  return { r, paragraphs, all: paragraphs.join("\n") };
}

describe("the agency's names", () => {
  test.each([
    [FULL, "สำนักงานฯ"],
    ["สำนักงานคณะกรรมการสิทธิมนุษยชนแห่งชาติ (สำนักงาน กสม.)", "สำนักงาน กสม."],
    ["เทศบาลตำบลบ้านใหม่", "เทศบาลตำบลบ้านใหม่"],
    ["กรมส่งเสริมการปกครองท้องถิ่น กระทรวงมหาดไทย", "กรมฯ"],
    ["องค์การบริหารส่วนจังหวัดเชียงใหม่แห่งประเทศไทย", "องค์การฯ"],
  ])("%s is shortened to %s", (full, short) => {
    expect(shortAgencyName(full)).toBe(short);
  });

  test("the full name on the cover only; the short name in every sentence and part title after it", async () => {
    const { paragraphs, all } = await documentText({ agencyName: FULL });
    expect(paragraphs.slice(0, 3).join(" ")).toContain(`ของ${FULL}`);
    expect(all.split(FULL).length - 1).toBe(1);
    expect(all).toMatch(/^ส่วนที่ ๑ .* ของสำนักงานฯ ประจำปีงบประมาณ/m);
    expect(all).toMatch(/^สำนักงานฯ ได้ผลคะแนนการประเมิน ITA ๘๔\.๓๓ คะแนน/m);
  });

  test("the short name the analyst gives is used as given", async () => {
    const { all } = await documentText({ agencyName: FULL, agencyShort: "สำนักงาน กสม." });
    expect(all).toMatch(/^สำนักงาน กสม\. ได้ผลคะแนนการประเมิน ITA/m);
    expect(all).not.toContain("สำนักงานฯ");
  });
});

describe("observations", () => {
  test("a sentence per group of respondents, no 'และ' between them, a shared view said once", async () => {
    const { all } = await documentText({ agencyName: "สำนักงาน กสม." });
    const issue1 = all.split("\n").find((p) => p.startsWith("เมื่อพิจารณาผลคะแนนที่เกี่ยวกับการปฏิบัติงาน"))!;
    // i1 (staff) and e1 (service users) say the same: once, of both; i2's view for staff; e7 and e8 for users.
    expect(issue1.split("ยังไม่เป็นไปตามขั้นตอนและระยะเวลาที่กำหนด").length - 1).toBe(1);
    expect(issue1).toContain("ทั้งบุคลากรภายในและผู้รับบริการหรือผู้มาติดต่อของสำนักงาน กสม. บางราย เห็นว่า");
    expect(issue1).not.toMatch(/ และ ?(ผู้รับบริการ|บุคลากรภายใน)/);
  });

  test("no quantifiers that contradict each other, no judgement of the head of the agency", async () => {
    const { all } = await documentText();
    expect(all).not.toMatch(/บางราย ส่วนมาก/);
    expect(all).toContain("บางราย ยังไม่เคยใช้งานระบบการให้บริการออนไลน์ (E-Service)");
    expect(all).not.toMatch(/ผู้บริหารสูงสุดยังให้ความสำคัญ/);
    expect(all).not.toMatch(/ไม่มากพอ/);
  });

  test("in English: sentences with full stops", async () => {
    const { all } = await documentText({ lang: "en" });
    const issue1 = all.split("\n").find((p) => p.startsWith("On transparent and efficient work processes: "))!;
    expect(issue1).toMatch(/^On [^:]+: Some staff feel that [^.]+\. Some service users/);
    expect(issue1.endsWith(".")).toBe(true);
  });
});

describe("recommendations", () => {
  test("no No Gift recommendation when every No Gift item scored 100 (o26–o29); the leadership one for i13", async () => {
    const { r } = await documentText();
    const issue7 = r.analysis.issues.find((x) => x.issue.number === 7)!;
    const texts = issue7.recommendations.map((x) => x.th);
    expect(texts.some((t) => t.includes("No Gift"))).toBe(false);
    expect(texts.some((t) => t.startsWith("สื่อสารบทบาทและเจตนารมณ์ของผู้บริหาร"))).toBe(true);
  });
});
