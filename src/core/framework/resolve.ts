/**
 * From framework files to a framework: a year file completes its base, takes items from other
 * years where it says so, and gets the result bands of its era; then the whole is checked for
 * consistency. Every problem names the file it came from.
 */
import { compactText } from "../text/thai";
import { FrameworkError, FrameworkFile } from "./schema";
import { BandDef, Framework, IndicatorDef, ItemDef, IssueDef, SubjectRule } from "./types";

export interface BandEra {
  from: number;
  to?: number;
  bands: BandDef[];
}

export interface ResolveContext {
  /** A file by id (bases), for `base`. */
  file(id: string): FrameworkFile | undefined;
  /** A resolved framework by id, for `itemsFrom`. */
  framework(id: string): Framework | undefined;
  eras: BandEra[];
  subjects: SubjectRule[];
}

/** The bands of a year's era; an unknown year takes the latest era's (and null the latest). */
export function bandsForYear(eras: BandEra[], year: number | null): BandDef[] {
  const era =
    (year === null ? undefined : eras.find((e) => year >= e.from && (e.to === undefined || year <= e.to))) ??
    [...eras].sort((a, b) => b.from - a.from)[0];
  return era.bands;
}

/** Subject rules from their file: words compacted as item wording is. */
export function subjectRules(subjects: Array<{ id: string; issues: number[]; words: { th: string[]; en: string[] } }>) {
  return subjects.map((s) => ({ id: s.id, issues: s.issues, words: [...s.words.th, ...s.words.en].map(compactText) }));
}

/** The issues an item belongs to: as the data says, else by its subjects, else its indicator's. */
export function issuesOf(
  item: { issues?: number[]; subjects?: string[]; indicator: number },
  subjects: SubjectRule[],
  indicators: IndicatorDef[],
): number[] {
  if (item.issues) return item.issues;
  const bySubject = (item.subjects ?? []).flatMap((s) => subjects.find((r) => r.id === s)?.issues ?? []);
  if (bySubject.length) return [...new Set(bySubject)].sort((a, b) => a - b);
  return indicators.find((d) => d.number === item.indicator)?.defaultIssues ?? [];
}

export function resolveFramework(
  file: FrameworkFile,
  name: string,
  source: Framework["source"],
  ctx: ResolveContext,
): Framework {
  const problems: string[] = [];
  const base = file.base ? ctx.file(file.base) : undefined;
  if (file.base && !base) throw new FrameworkError(name, [`${name}: base: no framework file "${file.base}"`]);
  const pick = <K extends keyof FrameworkFile>(k: K): FrameworkFile[K] | undefined => file[k] ?? base?.[k];
  const missing = (["threshold", "tools", "indicators", "issues", "roles", "monitoringRole"] as const).filter(
    (k) => pick(k) === undefined,
  );
  if (missing.length)
    throw new FrameworkError(
      name,
      missing.map((k) => `${name}: ${k}: missing (and no base gives it)`),
    );

  const year = file.year ?? null;
  const indicators = indicatorsOf(pick("indicators")!, file.methods ?? base?.methods, name, problems);
  const items = itemsOf(file, name, ctx, indicators, problems);
  const issues: IssueDef[] = pick("issues")!.map((i) => ({
    ...i,
    items: items.filter((it) => it.issues.includes(i.number)).map((it) => it.code),
  }));
  const fw: Framework = {
    id: file.id,
    year,
    label: file.label ?? { th: `ITA ${year ?? ""}`.trim(), en: `ITA ${year ?? ""}`.trim() },
    source,
    threshold: pick("threshold")!,
    decimals: pick("decimals") ?? 2,
    tools: pick("tools")!.map((t) => ({ ...t, gapValues: t.gapValues ?? [] })),
    indicators,
    items,
    issues,
    bands: file.bands ?? bandsForYear(ctx.eras, year),
    roles: pick("roles")!,
    monitoringRole: pick("monitoringRole")!,
    subjects: ctx.subjects,
    notes: [...(base?.notes ?? []), ...(file.notes ?? [])],
  };
  problems.push(...consistencyProblems(fw).map((p) => `${name}: ${p}`));
  if (problems.length) throw new FrameworkError(name, problems);
  return fw;
}

function indicatorsOf(
  defs: NonNullable<FrameworkFile["indicators"]>,
  methods: FrameworkFile["methods"],
  name: string,
  problems: string[],
): IndicatorDef[] {
  for (const n of Object.keys(methods ?? {})) {
    if (!defs.some((d) => d.number === Number(n))) problems.push(`${name}: methods.${n}: no indicator ${n}`);
  }
  return defs.map((d) => {
    const m = methods?.[String(d.number)];
    return m ? { ...d, method: m.method, methodVerified: m.verified, subIndicators: m.subIndicators } : { ...d };
  });
}

function itemsOf(
  file: FrameworkFile,
  name: string,
  ctx: ResolveContext,
  indicators: IndicatorDef[],
  problems: string[],
): ItemDef[] {
  const byCode = new Map<string, ItemDef>();
  const toolOf = new Map(indicators.map((d) => [d.number, d.tool]));
  for (const from of file.itemsFrom ?? []) {
    const other = ctx.framework(from.framework);
    if (!other) {
      problems.push(`${name}: itemsFrom: no framework "${from.framework}"`);
      continue;
    }
    for (const it of other.items) {
      if (from.tools.includes(toolOf.get(it.indicator) ?? "")) byCode.set(it.code, { ...it, origin: from.origin });
    }
  }
  for (const it of file.items ?? []) {
    byCode.set(it.code, {
      code: it.code,
      indicator: it.indicator,
      th: it.th,
      en: it.en,
      textVerified: it.textVerified,
      origin: it.origin ?? "published",
      subjects: it.subjects ?? [],
      issues: issuesOf(it, ctx.subjects, indicators),
      ...(it.observation ? { observation: it.observation } : {}),
    });
  }
  // Framework order: by tool, then indicator, then code number — the order tables list them.
  const toolRank = new Map(indicators.map((d) => [d.number, indicators.findIndex((x) => x.tool === d.tool)]));
  const num = (c: string) => Number(/\d+$/.exec(c)![0]);
  return [...byCode.values()].sort(
    (a, b) =>
      (toolRank.get(a.indicator) ?? 99) - (toolRank.get(b.indicator) ?? 99) ||
      a.code.replace(/\d+$/, "").localeCompare(b.code.replace(/\d+$/, "")) ||
      num(a.code) - num(b.code),
  );
}

/** What makes a framework unusable even when every field has the right type. */
export function consistencyProblems(f: Framework): string[] {
  const problems: string[] = [];
  const tools = new Set(f.tools.map((t) => t.id));
  const prefixes = new Map(f.tools.map((t) => [t.id, t.codePrefix]));
  const indicators = new Map(f.indicators.map((d) => [d.number, d]));
  const items = new Map(f.items.map((i) => [i.code, i]));
  const roles = new Set(f.roles.map((r) => r.id));
  const subjects = new Set([...f.subjects.map((s) => s.id), ...f.tools.map((t) => t.kind)]);
  const issueNumbers = new Set(f.issues.map((i) => i.number));
  if (Math.abs(f.tools.reduce((s, t) => s + t.weight, 0) - 1) > 1e-9)
    problems.push("tools: weights do not add up to 1");
  if (new Set(f.tools.map((t) => t.codePrefix)).size !== f.tools.length)
    problems.push("tools: two tools share a codePrefix");
  f.indicators.forEach((d, i) => {
    if (!tools.has(d.tool)) problems.push(`indicators.${i}.tool: unknown tool ${d.tool}`);
    if (d.method === "sub-indicators") {
      const covered = (d.subIndicators ?? []).flatMap((s) => s.items).sort();
      const own = f.items
        .filter((it) => it.indicator === d.number)
        .map((it) => it.code)
        .sort();
      if (covered.join() !== own.join())
        problems.push(`indicators.${d.number}: sub-indicators do not cover its items exactly`);
    }
  });
  const seen = new Set<string>();
  f.items.forEach((it) => {
    if (seen.has(it.code)) problems.push(`items.${it.code}: twice`);
    seen.add(it.code);
    const d = indicators.get(it.indicator);
    if (!d) problems.push(`items.${it.code}.indicator: unknown indicator ${it.indicator}`);
    else if (!it.code.startsWith(prefixes.get(d.tool) ?? "?"))
      problems.push(`items.${it.code}: the code of a ${d.tool} item starts with "${prefixes.get(d.tool)}"`);
    for (const s of it.subjects) if (!subjects.has(s)) problems.push(`items.${it.code}.subjects: unknown subject ${s}`);
    for (const n of it.issues) if (!issueNumbers.has(n)) problems.push(`items.${it.code}.issues: unknown issue ${n}`);
  });
  f.issues.forEach((issue, k) => {
    const all: Array<[string, { whenLow: string[] }]> = [
      ...issue.recommendations.map((r, i): [string, { whenLow: string[] }] => [`recommendations.${i}`, r]),
      ...issue.measures.map((m, i): [string, { whenLow: string[] }] => [`measures.${i}`, m]),
    ];
    for (const [where, r] of all) {
      for (const s of r.whenLow) {
        if (s.startsWith("#")) {
          if (!subjects.has(s.slice(1))) problems.push(`issues.${k}.${where}.whenLow: unknown subject ${s}`);
        } else if (f.source !== "workbook" && !items.has(s))
          problems.push(`issues.${k}.${where}.whenLow: unknown item ${s}`);
      }
    }
    issue.measures.forEach((m, i) => {
      for (const o of m.owners) if (!roles.has(o)) problems.push(`issues.${k}.measures.${i}.owners: unknown role ${o}`);
    });
  });
  if (!roles.has(f.monitoringRole)) problems.push(`monitoringRole: unknown role ${f.monitoringRole}`);
  return problems;
}
