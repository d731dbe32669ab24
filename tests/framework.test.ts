import { checkFramework, frameworkYears, getFramework } from "../src/core/framework";
import { Framework } from "../src/core/framework/types";
import { looksLikeFormula } from "../src/core/render/model";

const fw = getFramework(2567);

describe("the ITA 2567 framework data", () => {
  test("has the tools, indicators and items of ita.md §1", () => {
    expect(frameworkYears()).toEqual([2567]);
    expect(fw.tools.map((t) => [t.id, t.weight, t.scoring])).toEqual([
      ["IIT", 0.3, "single"],
      ["EIT", 0.3, "dual"],
      ["OIT", 0.4, "single"],
    ]);
    expect(fw.indicators.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const codes = fw.items.map((i) => i.code);
    expect(codes).toEqual([
      ...Array.from({ length: 15 }, (_, i) => `i${i + 1}`),
      ...Array.from({ length: 9 }, (_, i) => `e${i + 1}`),
      ...Array.from({ length: 35 }, (_, i) => `o${i + 1}`),
    ]);
    expect(fw.items.filter((i) => i.indicator === 9)).toHaveLength(25);
    expect(fw.threshold).toBe(85);
  });

  test("the seven issues map the items of ita.md §4", () => {
    expect(fw.issues.map((i) => i.items)).toEqual([
      ["i1", "i2", "i3", "e1", "e2", "e3", "e7", "e8", "o8", "o9", "o10"],
      ["i1", "i2", "i3", "e1", "e2", "e3", "e7", "e8", "e9", "o11", "o12", "o13", "o25"],
      ["e4", "e5", "e6", "o1", "o2", "o3", "o4", "o5", "o6"],
      ["i10", "i11", "i12"],
      ["i4", "i5", "i6", "o8", "o9", "o14", "o15", "o16", "o17"],
      ["i7", "i8", "i9", "o18", "o19", "o20", "o21"],
      [
        "i13",
        "i14",
        "i15",
        "e3",
        "e7",
        "o22",
        "o23",
        "o24",
        "o26",
        "o27",
        "o28",
        "o29",
        "o30",
        "o31",
        "o32",
        "o33",
        "o34",
        "o35",
      ],
    ]);
    for (const issue of fw.issues) {
      expect(issue.measures.filter((m) => m.whenLow.length === 0)).toHaveLength(1);
      expect(issue.recommendations.filter((r) => r.whenLow.length === 0)).toHaveLength(1);
    }
  });

  test("the inferred OIT sub-indicators reproduce the seed's published indicator 9 (83.57, with o7 = 100)", () => {
    const seed: Record<string, number> = { o11: 50, o16: 0, o17: 0, o19: 0 };
    const score = (c: string) => seed[c] ?? 100;
    const nine = fw.indicators[8].subIndicators!;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(nine.map((s) => mean(s.items.map(score))))).toBeCloseTo(83.57, 2);
  });

  test("no text the renderer writes from the data could be taken for a formula", () => {
    const strings: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(fw.issues);
    walk(fw.roles);
    expect(strings.filter(looksLikeFormula)).toEqual([]);
  });

  test("inconsistent data is refused with what is wrong", () => {
    const broken: Framework = JSON.parse(JSON.stringify(fw));
    broken.issues[0].items.push("i99");
    broken.issues[1].measures[0].owners.push("nobody");
    broken.tools[0].weight = 0.5;
    expect(() => checkFramework(broken)).toThrow(
      /tool weights.*\n- issue 1: unknown item i99\n- issue 2: unknown owner role nobody/s,
    );
  });
});
