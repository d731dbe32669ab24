/**
 * The shape of the code, checked from its imports: one pure core, thin adapters around it, data
 * flowing one way. Every import of every source file is read with TypeScript's own scanner.
 */
import { readFileSync, readdirSync, statSync } from "fs";
import * as path from "path";
import * as ts from "typescript";

const SRC = path.join(__dirname, "..", "src");

interface Import {
  /** The importing file and the folder it is in, relative to src/ ("core/parse/labels.ts", "core/parse"). */
  file: string;
  folder: string;
  /** What it imports: a folder of src/ for a relative import ("core/render"), else the package ("zod"). */
  target: string;
  relative: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const IMPORTS: Import[] = sourceFiles(SRC).flatMap((abs) => {
  const file = path.relative(SRC, abs);
  const folder = path.dirname(file);
  return ts.preProcessFile(readFileSync(abs, "utf8"), true, true).importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith(".")) return { file, folder, target: fileName, relative: false };
    const resolved = path.resolve(path.dirname(abs), fileName);
    const isFolder = statSync(resolved, { throwIfNoEntry: false })?.isDirectory() ?? false;
    const target = path.relative(SRC, isFolder ? resolved : path.dirname(resolved));
    return { file, folder, target, relative: true };
  });
});

const under = (folder: string, root: string) => folder === root || folder.startsWith(`${root}/`);

/** A cycle in the graph of folders (each folder's own files; an import from a folder to another), or null. */
function folderCycle(): string[] | null {
  const edges = new Map<string, Set<string>>();
  for (const i of IMPORTS)
    if (i.relative && i.target !== i.folder) edges.set(i.folder, (edges.get(i.folder) ?? new Set()).add(i.target));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === "done") return null;
    if (state.get(n) === "open") return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, "open");
    stack.push(n);
    for (const m of edges.get(n) ?? []) {
      const cycle = visit(m);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(n, "done");
    return null;
  };
  for (const n of edges.keys()) {
    const cycle = visit(n);
    if (cycle) return cycle;
  }
  return null;
}

/** "file → target" for the imports from `from` that reach any of `forbidden`. */
const reaching = (from: string, forbidden: string[]) =>
  IMPORTS.filter((i) => under(i.folder, from) && forbidden.some((f) => under(i.target, f))).map(
    (i) => `${i.file} → ${i.target}`,
  );

describe("the code's shape", () => {
  test("the scanner sees the imports (a check of the check)", () => {
    expect(IMPORTS.length).toBeGreaterThan(200);
    expect(IMPORTS).toContainEqual(
      expect.objectContaining({ file: "core/analyseWorkbook.ts", target: "core/parse", relative: true }),
    );
  });

  test("no cycle between folders: a folder never imports, directly or not, from a folder that imports it", () => {
    expect(folderCycle()).toBeNull();
  });

  test("the core imports nothing of Office, React, the DOM or Node: only its schema library", () => {
    const packages = IMPORTS.filter((i) => under(i.folder, "core") && !i.relative).map((i) => i.target);
    expect([...new Set(packages)]).toEqual(["zod"]);
    expect(reaching("core", ["adapters", "taskpane", "cli", "commands"])).toEqual([]);
  });

  test("data flows one way: reading, parsing and analysing never reach the renderer, the reports or a batch", () => {
    for (const stage of ["core/read", "core/parse", "core/analyse", "core/framework", "core/text", "core/i18n"])
      expect([stage, reaching(stage, ["core/render", "core/report", "core/batch"])]).toEqual([stage, []]);
    expect(reaching("core/render", ["core/report", "core/batch"])).toEqual([]);
  });

  test("adapters serve the pane and the command line, never the other way round", () => {
    expect(reaching("adapters", ["taskpane", "cli", "commands"])).toEqual([]);
  });

  test("the pane's components reach the hosts only through the port; the ribbon keeps its own strings", () => {
    const components = sourceFiles(path.join(SRC, "taskpane", "components"));
    const adapterImports = components.flatMap((abs) =>
      ts
        .preProcessFile(readFileSync(abs, "utf8"), true, true)
        .importedFiles.map((f) => f.fileName)
        .filter((f) => f.includes("/adapters/") && !/\/adapters\/host$/.test(f))
        .map((f) => `${path.relative(SRC, abs)} → ${f}`),
    );
    expect(adapterImports).toEqual([]);
    expect(reaching("commands", ["taskpane"])).toEqual([]);
  });

  test("no pane module in the core: where settings are saved is the hosts' business", () => {
    const core = sourceFiles(path.join(SRC, "core")).map((abs) => readFileSync(abs, "utf8"));
    expect(core.filter((text) => /SETTINGS_KEY|localStorage|document\.settings/.test(text))).toEqual([]);
  });

  test("only the Office adapter touches Excel's API", () => {
    const excel = /\bExcel\.(run|RequestContext|[A-Z]\w*\b)|\bcontext\.sync\(/;
    const touching = sourceFiles(SRC)
      .filter((abs) => excel.test(readFileSync(abs, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")))
      .map((abs) => path.relative(SRC, path.dirname(abs)));
    expect(touching.length).toBeGreaterThan(0);
    expect([...new Set(touching)]).toEqual(["adapters/office"]);
  });

  test("no code names an assessment year or an item code: those are the frameworks' data", () => {
    const named: string[] = [];
    for (const abs of sourceFiles(SRC)) {
      const file = path.relative(SRC, abs);
      // The registry lists the year files it loads.
      if (file === "core/framework/registry.ts") continue;
      // Comments left out, and bounds on the years a workbook or the analyst may give ({ min: 2555, max: 2650 }).
      const code = readFileSync(abs, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$|\b(min|max): \d+/gm, "");
      for (const m of code.matchAll(/\b25[4-9]\d\b|["'`][ioe]\d{1,2}["'`]/gi)) named.push(`${file}: ${m[0]}`);
    }
    expect(named).toEqual([]);
  });
});
