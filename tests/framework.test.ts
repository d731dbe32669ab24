import {
  FrameworkError,
  FrameworkIndex,
  builtInFramework,
  frameworkYears,
  getFramework,
  loadFrameworkFile,
} from "../src/core/framework";
import { toFrameworkFile } from "../src/core/framework/serialize";
import { bandFor } from "../src/core/analyse/analyse";
import { looksLikeFormula } from "../src/core/render/model";

const fw = getFramework(2567);
const codes = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe("the built-in frameworks", () => {
  test("2567, 2568 and 2569 are built in; a year's framework is its data", () => {
    expect(frameworkYears()).toEqual([2567, 2568, 2569]);
    expect(getFramework().year).toBe(2569);
    expect(builtInFramework(2570)).toBeNull();
  });

  test("2567 has the tools, indicators and items of ita.md §1", () => {
    expect(fw.tools.map((t) => [t.id, t.weight, t.scoring, t.kind])).toEqual([
      ["IIT", 0.3, "single", "perception"],
      ["EIT", 0.3, "dual", "perception"],
      ["OIT", 0.4, "single", "disclosure"],
    ]);
    expect(fw.tools[2].scale).toEqual([0, 50, 100]);
    expect(fw.tools[2].gapValues).toEqual([0, 50]);
    expect(fw.indicators.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(fw.items.map((i) => i.code)).toEqual([...codes("i", 15), ...codes("e", 9), ...codes("o", 35)]);
    expect(fw.items.filter((i) => i.indicator === 9)).toHaveLength(25);
    expect(fw.items.every((i) => i.origin === "published")).toBe(true);
    expect(fw.threshold).toBe(85);
  });

  test("2567's seven issues map the items of ita.md §4 (OIT items placed by their subjects)", () => {
    expect(fw.issues.map((i) => i.items)).toEqual([
      ["i1", "i2", "i3", "e1", "e2", "e3", "e7", "e8", "o8", "o9", "o10"],
      ["i1", "i2", "i3", "e1", "e2", "e3", "e7", "e8", "e9", "o11", "o12", "o13", "o25"],
      ["e4", "e5", "e6", "o1", "o2", "o3", "o4", "o5", "o6"],
      ["i10", "i11", "i12"],
      ["i4", "i5", "i6", "o8", "o9", "o14", "o15", "o16", "o17"],
      ["i7", "i8", "i9", "o18", "o19", "o20", "o21"],
      ["i13", "i14", "i15", "e3", "e7", "o22", "o23", "o24", ...codes("o", 35).slice(25)],
    ]);
    for (const issue of fw.issues) {
      expect(issue.measures.filter((m) => m.whenLow.length === 0)).toHaveLength(1);
      expect(issue.recommendations.filter((r) => r.whenLow.length === 0)).toHaveLength(1);
    }
  });

  test("the inferred 2567 OIT sub-indicators reproduce the seed's published indicator 9 (83.57, with o7 = 100)", () => {
    const seed: Record<string, number> = { o11: 50, o16: 0, o17: 0, o19: 0 };
    const score = (c: string) => seed[c] ?? 100;
    const nine = fw.indicators[8].subIndicators!;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(nine.map((s) => mean(s.items.map(score))))).toBeCloseTo(83.57, 2);
  });

  test.each([2568, 2569])("%i: OIT O1–O26 with their own titles; IIT and EIT are 2567's, marked inferred", (year) => {
    const f = getFramework(year);
    expect(f.items.filter((i) => i.code.startsWith("o")).map((i) => i.code)).toEqual(codes("o", 26));
    const perception = f.items.filter((i) => !i.code.startsWith("o"));
    expect(perception.map((i) => i.code)).toEqual([...codes("i", 15), ...codes("e", 9)]);
    expect(perception.every((i) => i.origin === "inferred")).toBe(true);
    expect(perception.map((i) => i.th)).toEqual(fw.items.filter((i) => !i.code.startsWith("o")).map((i) => i.th));
    // Titles not found in any published source are marked so.
    expect(f.items.filter((i) => !i.textVerified).map((i) => i.code)).toEqual(["o2", "o5", "o6", "o7"]);
    expect(f.indicators.filter((d) => d.tool === "OIT").every((d) => !d.methodVerified)).toBe(true);
  });

  test("the same code means different things in different years, and each lands in its subject's issue", () => {
    const issuesOf = (year: number, code: string) => getFramework(year).items.find((i) => i.code === code)!.issues;
    const title = (year: number, code: string) => getFramework(year).items.find((i) => i.code === code)!.th;
    expect(title(2567, "o11")).toContain("คู่มือหรือแนวทางการให้บริการ");
    expect(issuesOf(2567, "o11")).toEqual([2]);
    expect(title(2569, "o11")).toBe("สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน");
    expect(issuesOf(2569, "o11")).toEqual([5]); // procurement
    expect(issuesOf(2569, "o12")).toEqual([5]);
    expect(issuesOf(2569, "o21")).toEqual([7]); // corruption risk
    expect(issuesOf(2569, "o25")).toEqual([7]); // using the ITA results
    expect(issuesOf(2569, "o13")).toEqual([6]); // HR
    expect(issuesOf(2569, "o10")).toEqual([2]); // E-Service
    expect(issuesOf(2569, "o1")).toEqual([3]); // structure
    expect(issuesOf(2568, "o12")).toEqual([5]);
    expect(issuesOf(2568, "o20")).toEqual([2]); // participation
    expect(issuesOf(2568, "o21")).toEqual([7]); // No Gift
  });

  test.each([2567, 2568, 2569])(
    "%i: every item that can be low chooses a recommendation and a measure in each of its issues",
    (year) => {
      const f = getFramework(year);
      const fx = new FrameworkIndex(f);
      // A website item needs a measure that names it (the one that lists the items to publish); a
      // survey item may be answered by the issue's standing measure.
      const chosen = (whenLow: string[], code: string) =>
        (whenLow.length === 0 && !fx.isDisclosure(code)) || whenLow.some((sel) => fx.selects(sel, code));
      for (const it of f.items) {
        for (const n of it.issues) {
          const issue = f.issues.find((i) => i.number === n)!;
          expect([it.code, issue.recommendations.some((r) => chosen(r.whenLow, it.code))]).toEqual([it.code, true]);
          expect([it.code, issue.measures.some((m) => chosen(m.whenLow, it.code))]).toEqual([it.code, true]);
        }
      }
      // Every item belongs to at least one issue but 2567's o7, which the seed leaves out.
      expect(f.items.filter((i) => i.issues.length === 0).map((i) => i.code)).toEqual(year === 2567 ? ["o7"] : []);
    },
  );

  test("no text the renderer writes from the data could be taken for a formula, or carries its own digits", () => {
    const strings: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    for (const year of frameworkYears()) {
      const f = getFramework(year);
      walk(f.issues);
      walk(f.roles);
      walk(f.items);
    }
    expect(strings.filter(looksLikeFormula)).toEqual([]);
    // Numbers in the data are written in Arabic digits: the digits option decides how they print.
    expect(strings.filter((s) => /[\u0e50-\u0e59]/.test(s))).toEqual([]);
  });
});

describe("result bands", () => {
  const tools = (v: number) => [v, v, v];
  test.each([
    // overall, tools, expected (from frameworks.md: ผ่านดีเยี่ยม ≥ 95 with every tool ≥ 95; ผ่านดี ≥ 85 with every tool ≥ 85)
    [96, tools(96), "ผ่านดีเยี่ยม"],
    [96, [96, 94, 98], "ผ่านดี"],
    [94.64, [95, 84.5, 99], "ผ่าน"], // the State Audit Office's 2568 result: EIT below 85
    [92.43, tools(90), "ผ่านดี"],
    [85, [85, 85, 85], "ผ่านดี"],
    [84.99, tools(90), "ไม่ผ่าน"],
    [90, [90, null, 90], "ผ่าน"],
  ] as Array<[number, Array<number | null>, string]>)("from 2566 on: %f with tools %j is %s", (overall, t, band) => {
    expect(bandFor(getFramework(2569), overall, t)?.th).toBe(band);
  });
});

describe("framework files", () => {
  test("a saved framework loads back as it was", () => {
    const f = getFramework(2569);
    const again = loadFrameworkFile(JSON.parse(JSON.stringify(toFrameworkFile(f))), "saved.json");
    expect(again.items).toEqual(f.items);
    expect(again.issues).toEqual(f.issues);
    expect(again.indicators).toEqual(f.indicators);
    expect(again.source).toBe("file");
  });

  test("a year file on the built-in base: the base gives what the file leaves out", () => {
    const f = loadFrameworkFile(
      {
        id: "ita-2570-draft",
        year: 2570,
        base: "ita-general",
        itemsFrom: [{ framework: "ita-2569", tools: ["IIT", "EIT", "OIT"], origin: "inferred" }],
        items: [
          {
            code: "o27",
            indicator: 10,
            th: "รายงานผลการประเมินความเสี่ยง",
            en: "Risk report",
            textVerified: false,
            subjects: ["corruption-risk"],
          },
        ],
      },
      "draft.json",
    );
    expect(f.items.length).toBe(getFramework(2569).items.length + 1);
    expect(f.items.find((i) => i.code === "o27")!.issues).toEqual([7]);
    expect(f.bands.map((b) => b.th)).toContain("ผ่านดี");
  });

  test("an unknown method, role or subject is refused, naming the file and the field", () => {
    const file = toFrameworkFile(getFramework(2569));
    const bad = JSON.parse(JSON.stringify(file));
    bad.indicators[0].method = "median";
    expect(() => loadFrameworkFile(bad, "mine.json")).toThrow(FrameworkError);
    expect(() => loadFrameworkFile(bad, "mine.json")).toThrow(/mine\.json: indicators\.0\.method/);

    const badRole = JSON.parse(JSON.stringify(file)) as typeof file;
    badRole.issues![1].measures[0].owners.push("nobody");
    expect(() => loadFrameworkFile(badRole, "mine.json")).toThrow(
      /mine\.json: issues\.1\.measures\.0\.owners: unknown role nobody/,
    );

    const badSubject = JSON.parse(JSON.stringify(file));
    badSubject.items[30].subjects = ["lottery"];
    expect(() => loadFrameworkFile(badSubject, "mine.json")).toThrow(
      /mine\.json: items\.o7\.subjects: unknown subject lottery/,
    );

    const typo = JSON.parse(JSON.stringify(file));
    typo.tools[0].wieght = 0.3;
    expect(() => loadFrameworkFile(typo, "mine.json")).toThrow(/mine\.json: tools\.0/);

    const weights = JSON.parse(JSON.stringify(file));
    weights.tools[0].weight = 0.5;
    expect(() => loadFrameworkFile(weights, "mine.json")).toThrow(/weights do not add up to 1/);
  });
});
