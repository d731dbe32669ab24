/**
 * The built-in frameworks, one per assessment year, each a year file on the shared base; loaded
 * and checked once, when first asked for. Adding a year is adding its file here and its tests.
 */
import bandsJson from "./data/bands.json";
import generalJson from "./data/ita-general.json";
import ita2567 from "./data/ita-2567.json";
import ita2568 from "./data/ita-2568.json";
import ita2569 from "./data/ita-2569.json";
import subjectsJson from "./data/subjects.json";
import { ResolveContext, resolveFramework, subjectRules } from "./resolve";
import { FrameworkFile, bandsFileSchema, frameworkFileSchema, parseFile, subjectsFileSchema } from "./schema";
import { Framework } from "./types";

/** Base files (not frameworks themselves) and year files, in the order they resolve. */
const BASES: Array<[string, unknown]> = [["ita-general.json", generalJson]];
const YEARS: Array<[string, unknown]> = [
  ["ita-2567.json", ita2567],
  ["ita-2568.json", ita2568],
  ["ita-2569.json", ita2569],
];

interface Registry {
  context: ResolveContext;
  frameworks: Framework[];
  bandNotes: string[];
}

let registry: Registry | null = null;

function load(): Registry {
  const bands = parseFile(bandsFileSchema, bandsJson, "bands.json");
  const subjects = parseFile(subjectsFileSchema, subjectsJson, "subjects.json");
  const files = new Map<string, FrameworkFile>();
  const frameworks = new Map<string, Framework>();
  for (const [name, json] of BASES) {
    const f = parseFile(frameworkFileSchema, json, name);
    files.set(f.id, f);
  }
  const context: ResolveContext = {
    file: (id) => files.get(id),
    framework: (id) => frameworks.get(id),
    eras: bands.eras,
    subjects: subjectRules(subjects.subjects),
  };
  for (const [name, json] of YEARS) {
    const file = parseFile(frameworkFileSchema, json, name);
    files.set(file.id, file);
    frameworks.set(file.id, resolveFramework(file, name, "built-in", context));
  }
  return { context, frameworks: [...frameworks.values()], bandNotes: bands.notes };
}

function get(): Registry {
  return (registry ??= load());
}

/** What a framework file loaded from outside resolves against: the built-in bases, years, bands and subjects. */
export function resolveContext(): ResolveContext {
  return get().context;
}

/** Every built-in framework, oldest year first. */
export function builtInFrameworks(): Framework[] {
  return [...get().frameworks].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
}

/** Assessment years (BE) that have a built-in framework. */
export function frameworkYears(): number[] {
  return builtInFrameworks().map((f) => f.year!);
}

/** The built-in framework of a year, or null. */
export function builtInFramework(year: number): Framework | null {
  return get().frameworks.find((f) => f.year === year) ?? null;
}

/** The latest built-in framework: the year analysts most likely hold. */
export function latestFramework(): Framework {
  const all = builtInFrameworks();
  return all[all.length - 1];
}

/** The built-in framework of a year (the latest when none is given); a year without one is an error. */
export function getFramework(year?: number): Framework {
  if (year === undefined) return latestFramework();
  const f = builtInFramework(year);
  if (!f) throw new Error(`No built-in ITA framework for ${year}; built in: ${frameworkYears().join(", ")}`);
  return f;
}

/** Notes on the result bands (what is verified). */
export function bandNotes(): string[] {
  return get().bandNotes;
}

/** A framework file from outside (`--framework`), checked like the built-in ones. */
export function loadFrameworkFile(json: unknown, fileName: string): Framework {
  const file = parseFile(frameworkFileSchema, json, fileName);
  return resolveFramework(file, fileName, "file", get().context);
}
