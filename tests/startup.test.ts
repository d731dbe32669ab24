/**
 * What the command line loads before it knows what to do (issue 23): `--help` and `--version` load
 * only the option parser and the messages; analyze loads the Word writer only for `--docx`. Checked
 * from the static imports (dynamic `import()` is what loads later), read with TypeScript's parser.
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import * as ts from "typescript";

const SRC = path.join(__dirname, "..", "src");

/** The module specifiers a file loads when it loads: value imports and re-exports, not types, not `import()`. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly)
      out.push((s.moduleSpecifier as ts.StringLiteral).text);
    else if (ts.isExportDeclaration(s) && s.moduleSpecifier && !s.isTypeOnly)
      out.push((s.moduleSpecifier as ts.StringLiteral).text);
  }
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (existsSync(candidate) && /\.(tsx?|json)$/.test(candidate)) return candidate;
  return null;
}

/** Every file and package loaded by loading `entry`, as "core/i18n/messages.ts" or "zod". */
function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const key = path.relative(SRC, file);
    if (seen.has(key)) return;
    seen.add(key);
    if (!file.endsWith(".ts") && !file.endsWith(".tsx")) return;
    for (const spec of staticImports(file)) {
      if (!spec.startsWith(".")) seen.add(spec.split("/")[0].startsWith("@") ? spec : spec.split("/")[0]);
      else {
        const target = resolve(file, spec);
        if (target) visit(target);
      }
    }
  };
  visit(path.join(SRC, entry));
  return seen;
}

const HEAVY = ["zod", "docx", "saxes", "fflate", "@xmldom/xmldom", "cfb", "write-file-atomic"];

test("a check of the check: analyze loads the package reader, the frameworks and zod", () => {
  const analyze = loadedBy("cli/analyze.ts");
  expect(analyze.has("adapters/xlsx/xlsxFile.ts")).toBe(true);
  expect(analyze.has("core/framework/registry.ts")).toBe(true);
  expect(analyze.has("zod")).toBe(true);
});

test("--help and --version: the command line's entry loads no reader, framework, writer or heavy package", () => {
  const loaded = [...loadedBy("cli/main.ts")];
  expect(loaded.filter((f) => /^(adapters|core\/(framework|analyse|parse|render|report))\//.test(f))).toEqual([]);
  expect(loaded.filter((f) => /^cli\/(analyze|batch|request)\.ts$/.test(f))).toEqual([]);
  expect(loaded.filter((f) => HEAVY.includes(f))).toEqual([]);
});

test("analyze without --docx does not load the Word writer", () => {
  const loaded = loadedBy("cli/analyze.ts");
  expect([...loaded].filter((f) => f === "docx" || f.startsWith("adapters/docx/"))).toEqual([]);
});
