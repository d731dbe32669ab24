/**
 * Did last year's measures work? Last year's workbook (2568 scores) is analysed by the real
 * pipeline, the monitoring unit types the statuses into its follow-up sheet, and this year's scores
 * (2569) are analysed with it. Every verdict below is worked out by hand from the numbers.
 *
 * Last year (2568), every item at 95 (EIT 95 / 95, OIT 100) but five below the target of 85:
 *   i10 70 (issue 4), i4 84 (issue 5), i7 60 (issue 6), i13 80 (issue 7), e9 80 / 90 (issue 2).
 * Last year's plan, in its order (each measure with the items it was for):
 *   1. E-Service promotion (issue 2): e9 — its selector chooses e9
 *   2. satisfaction-survey channels (issue 2): no item — e9 went to measure 1
 *   3. property oversight (issue 4): i10
 *   4. budget oversight (issue 5): i4
 *   5. HR transparency (issue 6): i7
 *   6. complaints confidence (issue 7): i13
 * This year (2569): i10 90, i4 79, i7 75, i13 80.2, e9 left blank, and i1 80 (a new low item).
 *   measure 3: i10 70 → 90, +20.00, now at the target          → improved to the target
 *   measure 4: i4 84 → 79, −5.00                                → worse
 *   measure 5: i7 60 → 75, +15.00, still below 85               → improved
 *   measure 6: i13 80 → 80.2, +0.20, within ±0.50              → no change
 *   measure 1: e9 has no score this year                        → not measurable
 *   measure 2: no item to measure                               → not measurable
 * This year's plan carries on measures 4, 5 and 6 (the same measures, their items still low) and
 * says so; the manual review (for i1) is new, and the satisfaction-survey channels, though planned
 * again, carry on nothing that was measured.
 */
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { InputError } from "../src/core/i18n/messages";
import { LastYearRecord, ThisYear, judgeLastYear } from "../src/core/analyse/lastYear";
import type { ItemResult } from "../src/core/analyse/analyse";
import type { PlannedMeasure } from "../src/core/analyse/measures";
import { jsonReport } from "../src/core/report/jsonReport";
import { DocumentPlan, DocTable } from "../src/core/render/document/model";
import { SheetPlan } from "../src/core/render/model";
import { analysed, bytesOf, gridOf, openWorkbook, scoreGrid, typeFollowUp, workbookBytes } from "./helpers/lastYear";
import { texts } from "./helpers/pipeline";

const LAST = { i10: 70, i4: 84, i7: 60, i13: 80, e9: [80, 90] as [number, number] };
const NOW = { i10: 90, i4: 79, i7: 75, i13: 80.2, e9: null, i1: 80 };

const DONE = "ดำเนินการแล้วเสร็จ";
const GOING = "อยู่ระหว่างดำเนินการ";
const NOT = "ยังไม่ดำเนินการ";

/** What the monitoring unit recorded during fiscal year 2569, by the start of each measure's title. */
const RECORDED = {
  สร้างความตระหนัก: { status6: DONE, status12: DONE },
  ขับเคลื่อนงาน: { status6: GOING, status12: DONE },
  สร้างความโปร่งใส: { status6: DONE, status12: DONE },
  สร้างความเชื่อมั่น: { status6: NOT, status12: GOING },
};

/** Last year's analysed workbook, with the statuses typed into its follow-up. */
async function lastYearsWorkbook(lang: "th" | "en" = "th"): Promise<Uint8Array> {
  const wb = await openWorkbook(await analysed(scoreGrid(2568, LAST), { lang }));
  if (lang === "th") typeFollowUp(wb, RECORDED);
  return bytesOf(wb);
}

const sheet = (plan: { sheets: SheetPlan[] }, key: SheetPlan["key"]) => plan.sheets.find((s) => s.key === key)!;

const tableAfter = (d: DocumentPlan, heading: string): DocTable => {
  const at = d.blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith(heading));
  return d.blocks.slice(at).find((b): b is DocTable => b.kind === "table")!;
};
const cellText = (c: DocTable["rows"][number][number]) => c.runs.map((r) => r.text).join("");

describe("did last year's measures work (a workbook given as last year's)", () => {
  let result: Awaited<ReturnType<typeof analyseXlsx>>;
  beforeAll(async () => {
    const previousWorkbook = await gridOf(await lastYearsWorkbook());
    result = await analyseXlsx(await workbookBytes(scoreGrid(2569, NOW)), "ita2569.xlsx", { previousWorkbook });
  });

  test("each of last year's measures: its status as recorded, its items' change, and the verdict the numbers give", () => {
    const ly = result.analysis.lastYear!;
    expect([ly.year, ly.fiscalYear, ly.source]).toEqual([2568, 2569, "file"]);
    expect(
      ly.measures.map((m) => [
        m.number,
        m.title.th.slice(0, 16),
        m.issues,
        m.status6,
        m.status12,
        m.targets.map((t) => (t.kind === "item" ? [t.code, t.before, t.after, t.change] : t)),
        m.verdict,
      ]),
    ).toEqual([
      [1, "ประชาสัมพันธ์ส่ง", [2], NOT, NOT, [["e9", 80, null, null]], "unmeasurable"],
      [2, "พัฒนาช่องทางประเ", [2], NOT, NOT, [], "unmeasurable"],
      [3, "สร้างความตระหนัก", [4], DONE, DONE, [["i10", 70, 90, 20]], "reached"],
      [4, "ขับเคลื่อนงานภาย", [5], GOING, DONE, [["i4", 84, 79, -5]], "worse"],
      [5, "สร้างความโปร่งใส", [6], DONE, DONE, [["i7", 60, 75, 15]], "improved"],
      [6, "สร้างความเชื่อมั", [7], NOT, GOING, [["i13", 80, 80.2, 0.2]], "unchanged"],
    ]);
  });

  test("this year's plan marks the measures that carry on one that did not reach the target, in the sheet and in Part 3", () => {
    const a = result.analysis;
    const titles = a.measures.map((m) => m.def.title.th.slice(0, 16));
    expect(titles).toEqual(["ทบทวนคู่มือหรือแ", "พัฒนาช่องทางประเ", "ขับเคลื่อนงานภาย", "สร้างความโปร่งใส", "สร้างความเชื่อมั"]);
    const continued = a.lastYear!.measures.map((m) => m.continuedBy);
    expect(continued).toEqual([[], [], [], [2], [3], [4]]);
    const note = "(ต่อเนื่องจากปีงบประมาณ พ.ศ. 2569 — ยังไม่บรรลุค่าเป้าหมาย)";
    const planTitles = sheet(result.plan, "plan")
      .cells.filter((c) => c.col === 1 && "text" in c.content && /^\d\. /.test(c.content.text))
      .map((c) => (c.content as { text: string }).text);
    expect(planTitles.map((t) => t.endsWith(`\n${note}`))).toEqual([false, false, true, true, true]);
    // Part 3 of the document, in Thai digits.
    const part3 = tableAfter(result.document, "ส่วนที่ ๓");
    expect(part3.rows.map((r) => cellText(r[1]).split("\n")[1] ?? null)).toEqual([
      null,
      null,
      "(ต่อเนื่องจากปีงบประมาณ พ.ศ. ๒๕๖๙ — ยังไม่บรรลุค่าเป้าหมาย)",
      "(ต่อเนื่องจากปีงบประมาณ พ.ศ. ๒๕๖๙ — ยังไม่บรรลุค่าเป้าหมาย)",
      "(ต่อเนื่องจากปีงบประมาณ พ.ศ. ๒๕๖๙ — ยังไม่บรรลุค่าเป้าหมาย)",
    ]);
  });

  test("Part 4 of the document: the table of last year's measures, status, items and verdict", () => {
    const table = tableAfter(result.document, "ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
    expect(table.header.map(cellText)).toEqual([
      "มาตรการ",
      "สถานะการดำเนินงาน",
      "ข้อคำถาม: คะแนนก่อนและหลังดำเนินการ",
      "ผลของมาตรการ",
    ]);
    expect(table.rows.map((r) => r.slice(1).map(cellText))).toEqual([
      ["รอบ ๖ เดือน: ยังไม่ดำเนินการ\nรอบ ๑๒ เดือน: ยังไม่ดำเนินการ", "e๙ ๘๐ (ปีนี้ไม่มีคะแนน)", "วัดผลไม่ได้"],
      ["รอบ ๖ เดือน: ยังไม่ดำเนินการ\nรอบ ๑๒ เดือน: ยังไม่ดำเนินการ", "ไม่มีข้อคำถามที่วัดผลได้", "วัดผลไม่ได้"],
      [
        "รอบ ๖ เดือน: ดำเนินการแล้วเสร็จ\nรอบ ๑๒ เดือน: ดำเนินการแล้วเสร็จ",
        "i๑๐ จาก ๗๐ เป็น ๙๐ (เพิ่มขึ้น ๒๐)",
        "ดีขึ้นจนผ่านค่าเป้าหมาย",
      ],
      ["รอบ ๖ เดือน: อยู่ระหว่างดำเนินการ\nรอบ ๑๒ เดือน: ดำเนินการแล้วเสร็จ", "i๔ จาก ๘๔ เป็น ๗๙ (ลดลง ๕)", "แย่ลง"],
      ["รอบ ๖ เดือน: ดำเนินการแล้วเสร็จ\nรอบ ๑๒ เดือน: ดำเนินการแล้วเสร็จ", "i๗ จาก ๖๐ เป็น ๗๕ (เพิ่มขึ้น ๑๕)", "ดีขึ้น"],
      ["รอบ ๖ เดือน: ยังไม่ดำเนินการ\nรอบ ๑๒ เดือน: อยู่ระหว่างดำเนินการ", "i๑๓ จาก ๘๐ เป็น ๘๐.๒๐ (เพิ่มขึ้น ๐.๒๐)", "ไม่เปลี่ยนแปลง"],
    ]);
    const paragraphs = result.document.blocks.flatMap((b) =>
      b.kind === "paragraph" ? [b.runs.map((r) => r.text).join("")] : [],
    );
    expect(paragraphs).toContain(
      "มาตรการทั้งหมด ๖ มาตรการ ดีขึ้นจนผ่านค่าเป้าหมาย ๑ มาตรการ ดีขึ้น ๑ มาตรการ ไม่เปลี่ยนแปลง ๑ มาตรการ แย่ลง ๑ มาตรการ วัดผลไม่ได้ ๒ มาตรการ",
    );
  });

  test("the sheet ผลมาตรการปีที่ผ่านมา: one row per item, the years compared, nothing that reads as a formula", () => {
    const s = sheet(result.plan, "lastyear");
    expect(s.name).toBe("ผลมาตรการปีที่ผ่านมา");
    const all = texts(s);
    expect(all).toContain("คะแนนก่อนดำเนินการ (ปี 2568)");
    expect(all).toContain("คะแนนหลังดำเนินการ (ปี 2569)");
    expect(all.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
    expect(all).toEqual(expect.arrayContaining(["i4", "ลดลง 5", "แย่ลง", "i13", "เพิ่มขึ้น 0.20", "ไม่เปลี่ยนแปลง"]));
  });

  test("the JSON report: previousMeasures[] with the verdicts and what carries them on", () => {
    const j = jsonReport(result);
    expect(j.previousYear).toEqual({ year: 2568, fiscalYear: 2569, source: "file" });
    expect(j.previousMeasures.map((m) => [m.number, m.verdict, m.verdictText, m.change, m.continuedBy])).toEqual([
      [1, "unmeasurable", "วัดผลไม่ได้", null, []],
      [2, "unmeasurable", "วัดผลไม่ได้", null, []],
      [3, "reached", "ดีขึ้นจนผ่านค่าเป้าหมาย", 20, []],
      [4, "worse", "แย่ลง", -5, [3]],
      [5, "improved", "ดีขึ้น", 15, [4]],
      [6, "unchanged", "ไม่เปลี่ยนแปลง", 0.2, [5]],
    ]);
    expect(j.previousMeasures[3].items).toEqual([
      { code: "i4", lastYearCode: "i4", indicator: null, before: 84, after: 79, change: -5, verdict: "worse" },
    ]);
    expect(jsonReport(result, "en").previousMeasures[2].verdictText).toBe("improved to the target");
  });

  test("analysed again without it, the output gives the same table (read back from its own sheet), byte for byte", async () => {
    const again = await analyseXlsx(result.output, "ita2569-analysis.xlsx");
    expect(again.analysis.lastYear!.source).toBe("sheet");
    expect({ ...again.analysis.lastYear, source: "file" }).toEqual(result.analysis.lastYear);
    expect(Buffer.from(again.output).equals(Buffer.from(result.output))).toBe(true);
  });
});

describe("last year's sheets in this year's workbook", () => {
  test("sheets made for 2568 beside the 2569 scores are last year's: judged, and their follow-up not carried into this year's", async () => {
    const wb = await openWorkbook(await lastYearsWorkbook());
    // The analyst pastes this year's scores over last year's, on the same sheet.
    const ws = wb.getWorksheet("ITA 2568")!;
    ws.name = "ITA 2569";
    scoreGrid(2569, NOW).sheets[0].values.forEach((row, r) =>
      [0, 1, 2, 3].forEach((c) => (ws.getCell(r + 1, c + 1).value = (row[c] as string | number | undefined) ?? null)),
    );
    const r = await analyseXlsx(await bytesOf(wb), "ita.xlsx");
    expect(r.analysis.year).toBe(2569);
    expect(r.analysis.lastYear!.source).toBe("workbook");
    expect(r.analysis.lastYear!.measures.map((m) => m.verdict)).toEqual([
      "unmeasurable",
      "unmeasurable",
      "reached",
      "worse",
      "improved",
      "unchanged",
    ]);
    // This year's follow-up starts afresh: last year's "done" belongs to last year's measures.
    const out = await openWorkbook(r.output);
    const statuses: string[] = [];
    out.getWorksheet("ติดตามผล")!.eachRow((row) => {
      if (row.getCell(3).text.startsWith("ขับเคลื่อนงาน")) statuses.push(row.getCell(5).text);
    });
    expect(statuses).toEqual([NOT]);
  });

  test("a re-run over this year's own sheets finds no last year's (none were given, none are older)", async () => {
    const r = await analyseXlsx(await analysed(scoreGrid(2569, NOW)), "ita.xlsx");
    expect(r.analysis.lastYear).toBeNull();
    expect(r.plan.sheets.map((s) => s.key)).not.toContain("lastyear");
  });
});

describe("the verdict's rule, at its edges", () => {
  const item = (code: string, min: number | null): ItemResult =>
    ({
      code,
      indicator: 1,
      tool: "IIT",
      scores: { value: min },
      min,
      low: min !== null && min < 85,
      cells: [],
    }) as ItemResult;
  const planned = (th: string, answers: string[]) =>
    ({ def: { title: { th } }, issues: [1], items: answers, answers }) as unknown as PlannedMeasure;
  const now = (items: ItemResult[], measures: PlannedMeasure[] = []): ThisYear => ({
    items,
    indicators: [],
    measures,
    threshold: 85,
    decimals: 2,
    indicatorOf: () => 1,
  });
  const record = (...targets: Array<[string, number]>): LastYearRecord => ({
    year: 2568,
    fiscalYear: 2569,
    source: "file",
    measures: [
      {
        number: 1,
        title: { th: "ก", en: "A" },
        issues: [1],
        status6: "",
        status12: "",
        targets: targets.map(([code, before]) => ({ kind: "item", code, lastCode: code, before })),
      },
    ],
  });
  const verdict = (before: number, after: number | null) =>
    judgeLastYear(record(["i1", before]), now([item("i1", after)])).measures[0].verdict;

  test("half a point either way is no change; more is improved or worse; reaching 85 from below is reaching the target", () => {
    // 80 → 80.50: +0.50, no more than the tolerance. 80 → 80.51: +0.51. 80 → 79.50: −0.50. 80 → 79.49: −0.51.
    expect([verdict(80, 80.5), verdict(80, 80.51), verdict(80, 79.5), verdict(80, 79.49)]).toEqual([
      "unchanged",
      "improved",
      "unchanged",
      "worse",
    ]);
    // 84.99 → 85: +0.01, yet now at the target. 84.5 → 84.999: still below (cut to 84.99).
    expect([verdict(84.99, 85), verdict(84.5, 84.999), verdict(84, null)]).toEqual([
      "reached",
      "unchanged",
      "unmeasurable",
    ]);
  });

  test("a measure of several items: reached only when all measured are; else by their mean change; an item without a score this year is left out", () => {
    const judged = (after: Record<string, number | null>) =>
      judgeLastYear(
        record(["i1", 70], ["i2", 80], ["i3", 84]),
        now(Object.entries(after).map(([code, v]) => item(code, v))),
      ).measures[0];
    // 70 → 90, 80 → 86, 84 → 85: all at the target now.
    expect(judged({ i1: 90, i2: 86, i3: 85 }).verdict).toBe("reached");
    // 70 → 90 (+20), 80 → 70 (−10), 84 → 80 (−4): mean +2.
    expect([judged({ i1: 90, i2: 70, i3: 80 }).verdict, judged({ i1: 90, i2: 70, i3: 80 }).change]).toEqual([
      "improved",
      2,
    ]);
    // 70 → 71 (+1), 80 → 79 (−1), i3 not scored: mean 0 of the two measured.
    expect([judged({ i1: 71, i2: 79, i3: null }).verdict, judged({ i1: 71, i2: 79, i3: null }).change]).toEqual([
      "unchanged",
      0,
    ]);
  });

  test("carried on by this year's measure of the same title, or of another title for the same items; never when it reached the target", () => {
    const r = (after: number, measures: PlannedMeasure[]) =>
      judgeLastYear(record(["i1", 70]), now([item("i1", after), item("i5", 80)], measures)).measures[0].continuedBy;
    expect(r(75, [planned("ข", ["i5"]), planned("ก", ["i5"])])).toEqual([1]);
    expect(r(75, [planned("ข", ["i5"]), planned("ค", ["i1"])])).toEqual([1]);
    expect(r(90, [planned("ก", ["i5"])])).toEqual([]);
  });
});

describe("indicator scores only, last year's workbook in Thai digits", () => {
  const NAMES = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต"];
  const REST = ["คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล"];
  const indicators = (year: number, scores: number[]) => ({
    sheets: [
      {
        name: "ผล",
        top: 0,
        left: 0,
        values: [
          [`ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year}`],
          [],
          ["ตัวชี้วัด", "คะแนน"],
          ...[...NAMES, ...REST, "การป้องกันการทุจริต"].map((n, i) => [`ตัวชี้วัดที่ ${i + 1} ${n}`, scores[i]]),
        ],
      },
    ],
  });

  test("a measure is judged by its indicators: 70 → 75 improved (and carried on), 80 → 88 improved to the target", async () => {
    // Last year indicators 2 (80) and 4 (70) were low: the budget and the property measures.
    const last = [90, 80, 90, 70, 90, 90, 90, 90, 90, 90];
    const previousWorkbook = await gridOf(await analysed(indicators(2568, last), { thaiDigits: true }));
    const now = await workbookBytes(indicators(2569, [90, 88, 90, 75, 90, 90, 90, 90, 90, 90]));
    const r = await analyseXlsx(now, "x.xlsx", { previousWorkbook });
    expect(
      r.analysis.lastYear!.measures.map((m) => [m.title.th.slice(0, 16), m.targets, m.verdict, m.continuedBy]),
    ).toEqual([
      [
        "สร้างความตระหนัก",
        [{ kind: "indicator", number: 4, before: 70, after: 75, change: 5, verdict: "improved" }],
        "improved",
        [0],
      ],
      [
        "ขับเคลื่อนงานภาย",
        [{ kind: "indicator", number: 2, before: 80, after: 88, change: 8, verdict: "reached" }],
        "reached",
        [],
      ],
    ]);
  });
});

describe("in English, and what is refused", () => {
  test("an English workbook of last year is read by its English headers; the note and the verdicts in English", async () => {
    const previousWorkbook = await gridOf(await lastYearsWorkbook("en"));
    const r = await analyseXlsx(await workbookBytes(scoreGrid(2569, NOW)), "x.xlsx", { previousWorkbook, lang: "en" });
    expect(r.analysis.lastYear!.measures.map((m) => m.verdict)).toEqual([
      "unmeasurable",
      "unmeasurable",
      "reached",
      "worse",
      "improved",
      "unchanged",
    ]);
    expect(texts(sheet(r.plan, "plan"))).toContain(
      "3. Run a mechanism for overseeing and monitoring the agency's budget\n(continued from FY 2569 (Oct 2025 – Sep 2026) — target not yet reached)",
    );
    expect(sheet(r.plan, "lastyear").name).toBe("Last year's measures");
  });

  test("a workbook with no plan, or one made for this year, is not last year's: a message that names it", async () => {
    const plain = await gridOf(await workbookBytes(scoreGrid(2568, LAST)), "scores.xlsx");
    const thisYears = await gridOf(await analysed(scoreGrid(2569, NOW)), "this-year.xlsx");
    const now = await workbookBytes(scoreGrid(2569, NOW));
    const refused = async (previousWorkbook: typeof plain) => {
      try {
        await analyseXlsx(now, "x.xlsx", { previousWorkbook });
      } catch (e) {
        return e instanceof InputError ? [e.code, e.describe("th")] : e;
      }
      return null;
    };
    expect(await refused(plain)).toEqual([
      "previous.noPlan",
      "ไฟล์ scores.xlsx ไม่มีแผนมาตรการที่ ITA Analyzer จัดทำไว้ (ชีต “แผนมาตรการ”) กรุณาระบุไฟล์ผลการวิเคราะห์ของปีที่ผ่านมา",
    ]);
    expect(await refused(thisYears)).toEqual([
      "previous.notEarlier",
      "ไฟล์ this-year.xlsx เป็นผลการวิเคราะห์ของปีที่ประเมิน 2569 ไม่ใช่ปีก่อนปี 2569 ที่กำลังวิเคราะห์ กรุณาระบุไฟล์ของปีที่ผ่านมา",
    ]);
  });
});
