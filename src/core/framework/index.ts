import ita2567 from "./data/ita-2567.json";
import { Framework, ItemDef, IndicatorDef, ToolDef, ToolId } from "./types";

export * from "./types";

const FRAMEWORKS: Record<number, Framework> = {
  2567: checkFramework(ita2567 as unknown as Framework),
};

/** Assessment years (BE) that have a framework. */
export function frameworkYears(): number[] {
  return Object.keys(FRAMEWORKS).map(Number).sort();
}

export function getFramework(year = 2567): Framework {
  const f = FRAMEWORKS[year];
  if (!f) throw new Error(`No ITA framework for ${year}; available: ${frameworkYears().join(", ")}`);
  return f;
}

/** Lookups a framework is always read through. */
export class FrameworkIndex {
  readonly item = new Map<string, ItemDef>();
  readonly indicator = new Map<number, IndicatorDef>();
  readonly tool = new Map<ToolId, ToolDef>();
  readonly itemsOf = new Map<number, ItemDef[]>();
  readonly indicatorsOf = new Map<ToolId, IndicatorDef[]>();
  /** Position of each item in the framework, for stable ordering. */
  readonly order = new Map<string, number>();

  constructor(readonly framework: Framework) {
    framework.tools.forEach((t) => {
      this.tool.set(t.id, t);
      this.indicatorsOf.set(t.id, []);
    });
    for (const d of framework.indicators) {
      this.indicator.set(d.number, d);
      this.indicatorsOf.get(d.tool)!.push(d);
      this.itemsOf.set(d.number, []);
    }
    framework.items.forEach((it, i) => {
      this.item.set(it.code, it);
      this.itemsOf.get(it.indicator)!.push(it);
      this.order.set(it.code, i);
    });
  }

  toolOf(code: string): ToolDef {
    return this.tool.get(this.indicator.get(this.item.get(code)!.indicator)!.tool)!;
  }
}

/**
 * Check a framework file's internal consistency; a year's data file that fails here is a
 * bug in the data, reported with what is wrong.
 */
export function checkFramework(f: Framework): Framework {
  const problems: string[] = [];
  const tools = new Set(f.tools.map((t) => t.id));
  const indicators = new Map(f.indicators.map((d) => [d.number, d]));
  const items = new Set<string>();
  const roles = new Set(f.roles.map((r) => r.id));
  if (Math.abs(f.tools.reduce((s, t) => s + t.weight, 0) - 1) > 1e-9) problems.push("tool weights do not add up to 1");
  for (const d of f.indicators) if (!tools.has(d.tool)) problems.push(`indicator ${d.number}: unknown tool ${d.tool}`);
  for (const it of f.items) {
    if (items.has(it.code)) problems.push(`item ${it.code} twice`);
    items.add(it.code);
    if (!indicators.has(it.indicator)) problems.push(`item ${it.code}: unknown indicator ${it.indicator}`);
    if (!/^[ieo]\d+$/.test(it.code)) problems.push(`item code ${it.code} is not i/e/o + number`);
  }
  for (const d of f.indicators) {
    if (d.method === "sub-indicators") {
      const covered = (d.subIndicators ?? []).flatMap((s) => s.items).sort();
      const own = f.items
        .filter((i) => i.indicator === d.number)
        .map((i) => i.code)
        .sort();
      if (covered.join() !== own.join())
        problems.push(`indicator ${d.number}: sub-indicators do not cover its items exactly`);
    }
  }
  for (const issue of f.issues) {
    for (const code of issue.items) if (!items.has(code)) problems.push(`issue ${issue.number}: unknown item ${code}`);
    for (const r of [...issue.recommendations, ...issue.measures]) {
      for (const code of r.whenLow)
        if (!issue.items.includes(code))
          problems.push(`issue ${issue.number}: trigger ${code} is not one of its items`);
    }
    for (const m of issue.measures)
      for (const o of m.owners) if (!roles.has(o)) problems.push(`issue ${issue.number}: unknown owner role ${o}`);
  }
  if (problems.length) throw new Error(`Framework ${f.id} is inconsistent:\n- ${problems.join("\n- ")}`);
  return f;
}
