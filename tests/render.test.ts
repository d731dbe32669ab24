import { analyse } from "../src/core/analyse/analyse";
import { CellValue } from "../src/core/read/grid";
import { parseWorkbook } from "../src/core/parse/parseWorkbook";
import { renderWorkbook } from "../src/core/render/renderWorkbook";
import { looksLikeFormula } from "../src/core/render/model";
import { sampleGrid, sheet, workbook } from "./helpers/grids";
import { cellAt, fw, render, sheetOf, texts } from "./helpers/pipeline";
import { SEED_LOW_ITEMS } from "./helpers/seedExpectations";

describe("the analysis sheet (Part 2)", () => {
  test("has the seven issues, each with its table, its finding and its recommendations", async () => {
    const { plan, analysis } = render(await sampleGrid());
    const s = sheetOf(plan, "analysis");
    const all = texts(s);
    for (const r of analysis.issues) expect(all).toContain(`ประเด็นที่ (${r.issue.number}) ${r.issue.th}`);
    expect(s.tables.map((t) => t.name)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `ITA_Issue${n}`));
    const finding1 = all.find((t) => t.startsWith("ข้อคำถามที่ได้คะแนนน้อย"))!;
    expect(finding1).toContain("มีจำนวน 5 ข้อ ได้แก่ ข้อ i1 i2 e1 e7 และ e8");
    expect(all).toContain(`1.1 ${analysis.issues[0].recommendations[0].th}`);
  });

  test("with Thai digits, the finding reads exactly as the seed writes it", async () => {
    const { plan } = render(await sampleGrid(), { thaiDigits: true });
    const findings = texts(sheetOf(plan, "analysis")).filter((t) => t.startsWith("ข้อคำถามที่ได้คะแนนน้อย"));
    expect(findings[0]).toMatch(/^ข้อคำถามที่ได้คะแนนน้อย \(ไม่ถึง ๘๕ คะแนน\) มีจำนวน ๕ ข้อ ได้แก่ ข้อ i๑ i๒ e๑ e๗ และ e๘ /);
    expect(findings[3]).toContain("ข้อคำถาม i๑๐ “หน่วยงานของท่านมีเจ้าหน้าที่ที่ขอยืมทรัพย์สินของราชการไปใช้อย่างถูกต้องมากน้อยเพียงใด”");
    // Issue 5's OIT items that scored 0, as the seed lists them.
    expect(findings[4]).toContain("ไม่ได้คะแนน จำนวน ๒ ข้อ ได้แก่ ข้อ o๑๖ ความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และ o๑๗");
  });

  test("marks exactly the low items of each issue in its table", async () => {
    const { plan, analysis } = render(await sampleGrid());
    const s = sheetOf(plan, "analysis");
    for (const t of s.tables) {
      const issue = Number(t.name.replace("ITA_Issue", ""));
      const low: string[] = [];
      for (let r = t.top + 1; r <= t.bottom; r++) {
        if (cellAt(s, r, 6)?.style === "statusLow") low.push((cellAt(s, r, 1)!.content as { text: string }).text);
      }
      expect(low).toEqual(SEED_LOW_ITEMS[issue]);
    }
    expect(analysis.issues.every((r) => r.recommendations.length > 0)).toBe(true);
  });

  test("each issue with a low item has the seed's observation: who thinks what, and what the website lacks", async () => {
    const { plan } = render(await sampleGrid(), { agencyName: "สำนักงาน กสม." });
    const observations = texts(sheetOf(plan, "analysis")).filter((t) => t.startsWith("เมื่อพิจารณาผลคะแนน"));
    expect(observations).toHaveLength(7);
    // Issue 1: i1 and i2 (staff), e1, e7 and e8 (service users) are low; the seed's own words for i1.
    expect(observations[0]).toMatch(/^เมื่อพิจารณาผลคะแนนที่เกี่ยวกับ.+ พบว่า บุคลากรภายในของสำนักงาน กสม\. บางราย เห็นว่า /);
    expect(observations[0]).toContain("ยังไม่เป็นไปตามขั้นตอนและระยะเวลาที่กำหนด");
    expect(observations[0]).toContain("ผู้รับบริการหรือผู้มาติดต่อของสำนักงาน กสม. บางราย");
    // Issue 4 has only staff items below 85: no service users, no website.
    expect(observations[3]).not.toContain("ผู้รับบริการ");
    expect(observations[3]).not.toContain("เว็บไซต์");
    // Issue 5: o16 and o17 scored 0, so the website lacks them.
    expect(observations[4]).toContain(
      "การเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของสำนักงาน กสม. ยังไม่ครบถ้วนในเรื่องความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และรายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
    );
    // With nothing below the target there is nothing to observe.
    const none = renderWorkbook(analyse(parseWorkbook(await sampleGrid(), fw), fw, { threshold: 0 }));
    expect(texts(sheetOf(none, "analysis")).filter((t) => t.startsWith("เมื่อพิจารณาผลคะแนน"))).toEqual([]);
  });

  test("English output", async () => {
    const { plan } = render(await sampleGrid(), { lang: "en" });
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "ITA Summary",
      "ITA Analysis",
      "Measure Plan",
      "Follow-up",
      "Units",
      "Framework",
    ]);
    const all = texts(sheetOf(plan, "analysis"));
    expect(all).toContain(`Issue (1) ${fw.issues[0].en}`);
    expect(all).not.toContain(`ประเด็นที่ (1) ${fw.issues[0].th}`);
    expect(all.some((t) => t.startsWith("5 item(s) scored below the target (85): i1, i2, e1, e7 and e8."))).toBe(true);
  });
});

describe("the measure plan (Part 3)", () => {
  test("has a measure for every issue with a low item, timed by the fiscal year, owners from the units sheet", async () => {
    const { plan, analysis } = render(await sampleGrid());
    const s = sheetOf(plan, "plan");
    const table = s.tables[0];
    expect(s.name).toBe("แผนมาตรการ");
    const rows = [];
    for (let r = table.top + 1; r <= table.bottom; r++) {
      const get = (c: number) => cellAt(s, r, c)!.content;
      rows.push({ issue: (get(0) as { text: string }).text, period: (get(3) as { text: string }).text, owner: get(4) });
    }
    const issuesWithMeasures = new Set(rows.map((r) => r.issue.match(/^\((\d)\)/)![1]));
    expect([...issuesWithMeasures].map(Number)).toEqual(
      analysis.issues.filter((r) => r.lowItems.length).map((r) => r.issue.number),
    );
    expect(rows[0].period).toBe("1 ตุลาคม 2567 ถึง 31 มีนาคม 2568");
    expect(rows[1].period).toBe("1 ตุลาคม 2567 ถึง 30 กันยายน 2568");
    expect(rows[0].owner).toEqual({ formula: "='หน่วยงาน'!$B$6", result: "(ระบุ) หน่วยงานที่ให้บริการประชาชน" });
    expect(s.validations[0]).toMatchObject({
      source: "='หน่วยงาน'!$B$5:$B$28",
      allowOther: true,
      range: { left: 4, right: 4, top: table.top + 1, bottom: table.bottom },
    });
    expect(s.print).toMatchObject({ orientation: "landscape", paper: "A4", repeatRows: [table.top, table.top] });
  });

  test("another fiscal year moves every timeline; the agency's units replace the placeholders", async () => {
    const { plan } = render(await sampleGrid(), {
      fiscalYear: 2569,
      units: [{ role: "service", name: "สำนักบริการประชาชน" }, { name: "กองกลาง" }],
    });
    const p = sheetOf(plan, "plan");
    expect(texts(p)).toContain("1 ตุลาคม 2568 ถึง 31 มีนาคม 2569");
    expect(cellAt(p, p.tables[0].top + 1, 4)!.content).toEqual({
      formula: "='หน่วยงาน'!$B$6",
      result: "สำนักบริการประชาชน",
    });
    const u = sheetOf(plan, "units");
    expect(texts(u)).toEqual(expect.arrayContaining(["สำนักบริการประชาชน", "กองกลาง"]));
  });

  test("no issue below the target: the plan says so in one row", () => {
    const rows: CellValue[][] = [["ตัวชี้วัด", "คะแนน"], ...Array.from({ length: 10 }, (_, i) => [`ตัวชี้วัดที่ ${i + 1}`, 90])];
    const { plan } = render(workbook(sheet("S", rows)));
    const p = sheetOf(plan, "plan");
    expect(p.tables[0].bottom).toBe(p.tables[0].top + 1);
    expect(texts(p)).toContain("ไม่มีประเด็นที่ได้คะแนนต่ำกว่าค่าเป้าหมาย จึงไม่มีมาตรการที่ต้องเพิ่มเติม");
  });
});

describe("highlights on the user's sheets", () => {
  test("every score below the threshold, and none at or above it", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "คำถาม", "คะแนน"],
      ["i1", "การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลามากน้อยเพียงใด", 84.99],
      ["i2", "หน่วยงานของท่านมีเจ้าหน้าที่ที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อหรือผู้มารับบริการอย่างเท่าเทียมกันมากน้อยเพียงใด", 85],
      ["i3", "เจ้าหน้าที่ในหน่วยงานของท่านมีการเรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่", "๘๔.๐๐"],
    ];
    const { plan } = render(workbook(sheet("S", rows)));
    expect(plan.highlights).toEqual([{ sheet: "S", numeric: [{ row: 1, col: 2 }], text: [{ row: 3, col: 2 }] }]);
    expect(plan.threshold).toBe(85);
  });

  test("a different threshold moves the line", () => {
    const rows: CellValue[][] = [
      ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 87.16],
      ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", 91],
    ];
    const grid = workbook(sheet("S", rows));
    expect(renderWorkbook(analyse(parseWorkbook(grid, fw), fw)).highlights).toEqual([]);
    const at90 = analyse(parseWorkbook(grid, fw), fw, { threshold: 90 });
    expect(renderWorkbook(at90).highlights).toEqual([{ sheet: "S", numeric: [{ row: 0, col: 1 }], text: [] }]);
    expect(renderWorkbook(at90).threshold).toBe(90);
  });
});

describe("generated sheets", () => {
  test("never take the name of a user's sheet; earlier generated sheets are replaced", async () => {
    const grid = await sampleGrid();
    grid.sheets.push({ name: "วิเคราะห์ผล ITA", top: 0, left: 0, values: [["บันทึกของผู้ใช้"]] });
    grid.sheets.push({ name: "แผนมาตรการ", top: 0, left: 0, values: [], generated: "plan" });
    const { plan } = render(grid);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "สรุปผล ITA",
      "วิเคราะห์ผล ITA (2)",
      "แผนมาตรการ",
      "ติดตามผล",
      "หน่วยงาน",
      "กรอบการประเมิน",
    ]);
    expect(plan.replaceSheets).toEqual(["แผนมาตรการ"]);
  });

  test("text that looks like a formula is still written as text", async () => {
    const { plan } = render(await sampleGrid(), {
      units: [
        { role: "all", name: '=HYPERLINK("http://x")' },
        { name: "+66 2 000" },
        { name: "-ฝ่ายบริหาร" },
        { name: "@กอง" },
      ],
    });
    const all = plan.sheets.flatMap((s) => s.cells);
    const formulaLike = all.filter((c) => "text" in c.content && looksLikeFormula(c.content.text));
    expect(formulaLike.map((c) => (c.content as { text: string }).text)).toEqual([
      '=HYPERLINK("http://x")',
      "+66 2 000",
      "-ฝ่ายบริหาร",
      "@กอง",
    ]);
    // Formulas come only from the renderer's own shapes: references to the units and plan sheets, the roll-up.
    const formulas = all.flatMap((c) => ("formula" in c.content ? [c.content.formula] : []));
    expect(formulas.length).toBeGreaterThan(0);
    const own = [
      /^='หน่วยงาน'!\$B\$\d+(&" \/ "&'หน่วยงาน'!\$B\$\d+)*$/,
      /^='แผนมาตรการ'!\$E\$\d+$/,
      /^=(ROWS|AVERAGE)\(\$[A-Z]\$\d+:\$[A-Z]\$\d+\)$/,
      /^=COUNTIF\(\$[A-Z]\$\d+:\$[A-Z]\$\d+,"ดำเนินการแล้วเสร็จ"\)$/,
    ];
    for (const f of formulas) expect([f, own.some((re) => re.test(f))]).toEqual([f, true]);
  });
});
