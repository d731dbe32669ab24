import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { unzipSync, zipSync } from "fflate";
import { tmpdir } from "os";
import * as path from "path";
import { analyseFile } from "../src/adapters/xlsx/batch";
import { AgencyRow, rollupPlan } from "../src/core/batch/rollup";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { runBatch } from "../src/cli/batch";
import { ROLLUP_FILE } from "../src/core/batch/files";
import { InputError } from "../src/core/i18n/messages";
import { AGENCIES, agenciesSideBySide, agencyPerSheet, oneAgency } from "./helpers/batch";
import { SAMPLE_FILE } from "./helpers/grids";

const batch = { lang: "th" as const, docx: false, taken: new Set<string>() };
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

describe("a workbook with an agency per sheet", () => {
  test("gives each agency, named from its title, with the scores worked out by hand", async () => {
    const bytes = await agencyPerSheet();
    const r = await analyseFile({ name: "จังหวัด.xlsx", bytes }, {}, { ...batch, taken: new Set() });
    expect(r.unread).toEqual([]);
    expect(r.agencies.map((a) => [a.row.name, a.row.sheet, a.workbook.name])).toEqual(
      AGENCIES.map((a, i) => [a.name, `หน่วยงาน ${i + 1}`, `${a.name}.xlsx`]),
    );
    r.agencies.forEach((a, i) => {
      const hand = AGENCIES[i];
      expect(a.row.overall).toEqual({ reported: null, computed: hand.overall, value: hand.overall });
      expect(a.row.tools).toEqual({ IIT: hand.iit, EIT: hand.eit, OIT: hand.oit });
      expect(a.row.year).toBe(2567);
      expect(a.row.lowIndicators).toEqual(hand.scores.map((s, k) => (s < 85 ? k + 1 : 0)).filter((n) => n > 0));
      // Never two agencies merged: each agency's analysis reads its own sheet only.
      expect(a.row.indicators.map((x) => x.value)).toEqual(hand.scores);
    });
  });

  test("each agency's workbook is exactly what `analyze --agency <n>` writes", async () => {
    const bytes = await agencyPerSheet();
    const r = await analyseFile({ name: "จังหวัด.xlsx", bytes }, { lang: "th" }, { ...batch, taken: new Set() });
    for (const [i, a] of r.agencies.entries()) {
      const alone = await analyseXlsx(bytes, "จังหวัด.xlsx", { lang: "th", agency: i + 1 });
      expect([a.row.name, same(a.workbook.bytes, alone.output)]).toEqual([a.row.name, true]);
    }
  });
});

describe("a folder of mixed workbooks", () => {
  let out: string;
  let report: {
    agencies: Array<Record<string, unknown>>;
    unread: Array<{ file: string; code: string; reason: string }>;
  };
  let printed = "";
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ita-batch-"));
    const input = path.join(dir, "ผลคะแนน");
    mkdirSync(path.join(input, "อำเภอเมือง"), { recursive: true });
    writeFileSync(path.join(input, "per-sheet.xlsx"), await agencyPerSheet());
    writeFileSync(path.join(input, "อำเภอเมือง", "side.xlsx"), await agenciesSideBySide(AGENCIES[0], AGENCIES[1], 2569));
    writeFileSync(path.join(input, "one-2568.xlsx"), await oneAgency(AGENCIES[2], 2568));
    copyFileSync(SAMPLE_FILE, path.join(input, "sample.xlsx"));
    writeFileSync(path.join(input, "broken.xlsx"), "not a workbook");
    writeFileSync(path.join(input, "notes.txt"), "not read");
    out = path.join(dir, "out");
    const write = jest.spyOn(process.stdout, "write").mockImplementation((s) => ((printed += String(s)), true));
    const code = await runBatch(
      [input],
      { lang: "th" },
      { out, json: path.join(out, "report.json"), docx: true, lang: "th" },
    );
    write.mockRestore();
    expect(code).toBe(0);
    report = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")) as typeof report;
  });

  test("finds every agency of every layout and year, and lists the file it could not read with its reason", () => {
    const byFile = report.agencies.map((a) => [a.file, a.sheet, a.name, a.year]);
    expect(byFile).toEqual([
      ["one-2568.xlsx", null, AGENCIES[2].name, 2568],
      ["per-sheet.xlsx", "หน่วยงาน 1", AGENCIES[0].name, 2567],
      ["per-sheet.xlsx", "หน่วยงาน 2", AGENCIES[1].name, 2567],
      ["per-sheet.xlsx", "หน่วยงาน 3", AGENCIES[2].name, 2567],
      ["sample.xlsx", null, "sample", 2567],
      [path.join("อำเภอเมือง", "side.xlsx"), "ผลคะแนน", AGENCIES[0].name, 2569],
      [path.join("อำเภอเมือง", "side.xlsx"), "ผลคะแนน", AGENCIES[1].name, 2569],
    ]);
    expect(report.unread).toEqual([
      {
        file: "broken.xlsx",
        code: "file.unreadable",
        reason: "เปิดไฟล์ broken.xlsx ไม่ได้: ไม่ใช่ไฟล์ Excel (.xlsx) ที่อ่านได้",
      },
    ]);
    expect(printed).toContain("วิเคราะห์ 7 หน่วยงานจาก 5 ไฟล์");
    expect(printed).toContain("! broken.xlsx:");
    // The sample's overall, as reported in it; the others worked out by hand.
    expect(
      report.agencies.map(
        (a) =>
          (a.overall as { reported: number | null; computed: number }).reported ??
          (a.overall as { computed: number }).computed,
      ),
    ).toEqual([89.5, 87, 72, 89.5, 84.33, 87, 72]);
  });

  test("each agency's workbook is exactly what `analyze` writes for it alone", async () => {
    const input = path.join(path.dirname(out), "ผลคะแนน");
    const one = await analyseXlsx(readFileSync(path.join(input, "one-2568.xlsx")), "one-2568.xlsx", { lang: "th" });
    expect(same(readFileSync(path.join(out, `${AGENCIES[2].name}.xlsx`)), one.output)).toBe(true);
    const sideBytes = readFileSync(path.join(input, "อำเภอเมือง", "side.xlsx"));
    const second = await analyseXlsx(sideBytes, "side.xlsx", { lang: "th", agency: 2 });
    expect(same(readFileSync(path.join(out, `${AGENCIES[1].name} (2).xlsx`)), second.output)).toBe(true);
  });

  test("writes each agency's workbook and document under its own name, the same agency twice kept apart", () => {
    const files = readdirSync(out).sort();
    expect(files).toEqual(
      [
        ROLLUP_FILE,
        "report.json",
        "sample.docx",
        "sample.xlsx",
        ...[AGENCIES[0].name, AGENCIES[1].name, AGENCIES[2].name].flatMap((n) => [
          `${n}.docx`,
          `${n}.xlsx`,
          `${n} (2).docx`,
          `${n} (2).xlsx`,
        ]),
      ].sort(),
    );
    expect(report.agencies.map((a) => a.output)).toContain(`${AGENCIES[0].name} (2).xlsx`);
  });

  test("the roll-up: agencies by overall, the indicator matrix with exactly the low scores marked", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path.join(out, ROLLUP_FILE)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "สรุปรายหน่วยงาน",
      "ตัวชี้วัดรายหน่วยงาน",
      "ข้อที่ต่ำกว่าเป้าหมายบ่อย",
      "ไฟล์ที่อ่านไม่ได้",
    ]);
    const agencies = wb.getWorksheet("สรุปรายหน่วยงาน")!;
    const rows: Array<[string, number]> = [];
    agencies.eachRow((r) => {
      if (typeof r.getCell(1).value === "number") rows.push([r.getCell(2).text, Number(r.getCell(6).value)]);
    });
    expect(rows.map((r) => r[1])).toEqual([89.5, 89.5, 87, 87, 84.33, 72, 72]);
    // The tools' columns are the frameworks' tools, between the result and the low indicators.
    const header = agencies.getRow(3).values as unknown[];
    expect(header.slice(7, 12)).toEqual(["ผลการประเมิน", "IIT", "EIT", "OIT", "ตัวชี้วัดที่ต่ำกว่าเป้าหมาย"]);
    const health = AGENCIES[2];
    const first = agencies.getRow(4).values as unknown[];
    expect([first[2], ...first.slice(8, 11)]).toEqual([health.name, health.iit, health.eit, health.oit]);

    const matrix = wb.getWorksheet("ตัวชี้วัดรายหน่วยงาน")!;
    const low = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === "FFFFC7CE";
    let checked = 0;
    matrix.eachRow((r) => {
      const hand = AGENCIES.find((a) => a.name === r.getCell(1).value);
      if (!hand) return;
      hand.scores.forEach((s, k) => {
        expect([hand.name, k + 1, r.getCell(k + 2).value, low(r.getCell(k + 2))]).toEqual([
          hand.name,
          k + 1,
          s,
          s < 85,
        ]);
        checked++;
      });
    });
    // Three agencies of the per-sheet workbook, two side by side, one alone: 6 rows of 10.
    expect(checked).toBe(60);
    const unread = wb.getWorksheet("ไฟล์ที่อ่านไม่ได้")!;
    expect(unread.getCell("A3").value).toBe("broken.xlsx");
  });
});

describe("the roll-up's columns", () => {
  /** An agency's row as a framework with its own tools would give it. */
  const row = (name: string, tools: string[], overall: number): AgencyRow => ({
    name,
    file: `${name}.xlsx`,
    sheet: null,
    year: null,
    overall: { reported: overall, computed: null, value: overall },
    result: null,
    passed: overall >= 85,
    tools: Object.fromEntries(tools.map((t, i) => [t, 80 + i])),
    toolNames: tools.map((t) => ({ id: t, th: `${t} ไทย`, en: t })),
    indicators: [],
    lowIndicators: [],
    change: null,
    lowItems: [],
    issues: [],
    threshold: 85,
    output: `${name}.xlsx`,
  });

  test("are the tools of every agency's framework, each once, in their order; the target column follows them", () => {
    const plan = rollupPlan(
      [row("ก", ["IIT", "EIT", "OIT"], 90), row("ข", ["IIT", "EIT", "OIT", "NEW"], 70)],
      [],
      "en",
    );
    const sheet = plan.sheets[0];
    const text = (r: number, c: number) => {
      const cell = sheet.cells.find((x) => x.row === r && x.col === c);
      return cell && "text" in cell.content
        ? cell.content.text
        : cell && "number" in cell.content
          ? cell.content.number
          : null;
    };
    const header = sheet.tables[0].top;
    expect([7, 8, 9, 10, 11, 12, 13].map((c) => text(header, c))).toEqual([
      "IIT",
      "EIT",
      "OIT",
      "NEW",
      "Indicators below target",
      "Change from last year",
      "Target",
    ]);
    expect(sheet.tables[0].right).toBe(13);
    expect(sheet.columns).toHaveLength(14);
    // The agency without the new tool has no score there; the other has its fourth score.
    expect([text(header + 1, 10), text(header + 2, 10)]).toEqual(["", 83]);
    expect(sheet.charts[0].series[1].values.left).toBe(13);
    // Everything up to the target prints; the target only feeds the chart.
    expect(sheet.print?.area?.right).toBe(12);
  });
});

describe("names and damage", () => {
  /** The sample with its first sheet's XML cut short: a package that opens, a sheet that cannot be read. */
  function damaged(): Uint8Array {
    const parts = unzipSync(new Uint8Array(readFileSync(SAMPLE_FILE)));
    const sheet = Object.keys(parts).find((p) => p.startsWith("xl/worksheets/sheet"))!;
    parts[sheet] = new TextEncoder().encode("<worksheet><sheetData><row><c");
    return zipSync(parts);
  }

  test("an agency named like the roll-up gets its own name; a damaged sheet is listed and the run goes on", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ita-batch-names-"));
    const input = path.join(dir, "in");
    mkdirSync(input);
    // No title names the sample's agency: it is named after its file.
    copyFileSync(SAMPLE_FILE, path.join(input, "ITA-Rollup.xlsx"));
    writeFileSync(path.join(input, "damaged.xlsx"), damaged());
    const out = path.join(dir, "out");
    const json = path.join(dir, "report.json");
    const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const code = await runBatch([input], { lang: "en" }, { out, json, docx: false, lang: "en" });
    write.mockRestore();
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["ITA-Rollup (2).xlsx", ROLLUP_FILE]);
    const rollup = new ExcelJS.Workbook();
    await rollup.xlsx.load(readFileSync(path.join(out, ROLLUP_FILE)) as unknown as ArrayBuffer);
    expect(rollup.worksheets[0].name).toBe("Agencies");
    const report = JSON.parse(readFileSync(json, "utf8")) as { unread: Array<{ file: string; code: string }> };
    expect(report.unread.map((u) => [u.file, u.code])).toEqual([["damaged.xlsx", "file.unreadable"]]);
  });

  test("an agency that only a title names is named so in its document, and the batch names it the same", async () => {
    const bytes = await oneAgency(AGENCIES[2], 2568);
    const alone = await analyseXlsx(bytes, "one.xlsx");
    expect(alone.agencyName).toBe(AGENCIES[2].name);
    expect(JSON.stringify(alone.document)).toContain(AGENCIES[2].name);
    const r = await analyseFile({ name: "one.xlsx", bytes }, {}, { ...batch, taken: new Set() });
    expect(r.agencies.map((a) => [a.row.name, a.workbook.name])).toEqual([
      [AGENCIES[2].name, `${AGENCIES[2].name}.xlsx`],
    ]);
  });

  test("a damaged sheet is the file's own message in analyze too, not a stack trace", async () => {
    const e = await analyseXlsx(damaged(), "damaged.xlsx").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).describe("th")).toMatch(
      /^เปิดไฟล์ damaged\.xlsx ไม่ได้: ไม่ใช่ไฟล์ Excel \(\.xlsx\) ที่อ่านได้ \(.*not well-formed XML/,
    );
  });
});
