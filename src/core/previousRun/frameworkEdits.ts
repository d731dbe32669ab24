/**
 * The framework sheet read back: the analyst's corrections (an item moved to another issue,
 * wording fixed, an item added) applied to the framework the sheet was written from.
 */
import { Diagnostic, diagnostic } from "../i18n/diagnostics";
import { builtInFramework } from "../framework";
import { resolveContext } from "../framework/registry";
import { resolveFramework } from "../framework/resolve";
import { FrameworkError } from "../framework/schema";
import { toFrameworkFile } from "../framework/serialize";
import { Framework, ItemDef, ItemOrigin } from "../framework/types";
import { emptyFramework, subjectOf } from "../parse/workbookFramework";
import { normalizeText } from "../text/thai";
import { FrameworkRow, FrameworkSheet } from "./edits";
import { ORIGIN_LABELS } from "./layouts";

export interface EditedFramework {
  framework: Framework;
  /** How many items the analyst changed or added. */
  changed: number;
  diagnostics: Diagnostic[];
}

function originOf(label: string, fallback: ItemOrigin): ItemOrigin {
  const n = normalizeText(label);
  const hit = (Object.keys(ORIGIN_LABELS) as ItemOrigin[]).find((o) =>
    [ORIGIN_LABELS[o].th, ORIGIN_LABELS[o].en].some((l) => n.startsWith(normalizeText(l))),
  );
  return hit ?? fallback;
}

/** The framework the sheet was written from: the built-in one it names, or a workbook-read frame. */
function baseOf(sheet: FrameworkSheet): Framework {
  const year = sheet.year;
  const builtIn = year !== null ? builtInFramework(year) : null;
  return builtIn && builtIn.id === sheet.id ? builtIn : emptyFramework(year);
}

export function applyFrameworkSheet(sheet: FrameworkSheet): EditedFramework {
  const base = baseOf(sheet);
  const diagnostics: Diagnostic[] = [];
  const issueNumbers = new Set(base.issues.map((i) => i.number));
  const prefixOf = new Map(base.indicators.map((d) => [d.number, base.tools.find((t) => t.id === d.tool)!.codePrefix]));
  const items = new Map(base.items.map((it) => [it.code, it]));
  let changed = 0;
  for (const row of sheet.rows) {
    const code = row.code.toLowerCase();
    const was = items.get(code);
    const indicator = row.indicator ?? was?.indicator ?? null;
    const problem = rowProblem(row, code, indicator, prefixOf, issueNumbers);
    if (problem) {
      diagnostics.push(diagnostic("warning", "framework.row", null, [row.cell], { code: row.code, problem }));
      continue;
    }
    const next = editedItem(row, code, indicator!, was, base);
    if (next !== was && next.origin === "analyst") changed++;
    items.set(code, next);
  }
  const file = { ...toFrameworkFile(base), items: [...items.values()] };
  // An item added to an indicator computed from sub-indicators leaves their grouping unknown: plain mean.
  file.indicators = file.indicators?.map((d) => {
    const own = [...items.values()].filter((it) => it.indicator === d.number).map((it) => it.code);
    const covered = (d.subIndicators ?? []).flatMap((sub) => sub.items);
    return d.method === "sub-indicators" && own.sort().join() !== covered.sort().join()
      ? { ...d, method: "mean" as const, methodVerified: false, subIndicators: undefined }
      : d;
  });
  try {
    return {
      framework: resolveFramework(file, "framework sheet", base.source, resolveContext()),
      changed,
      diagnostics,
    };
  } catch (e) {
    if (!(e instanceof FrameworkError)) throw e;
    // Corrections that break the framework are reported, and the framework is used as written.
    diagnostics.push(diagnostic("warning", "framework.sheetUnusable", null, [], { problems: e.problems }));
    return { framework: base, changed: 0, diagnostics };
  }
}

function rowProblem(
  row: FrameworkRow,
  code: string,
  indicator: number | null,
  prefixOf: Map<number, string>,
  issues: Set<number>,
): string | null {
  if (!/^[a-z]+\d+$/.test(code)) return "code";
  if (indicator === null || !prefixOf.has(indicator)) return "indicator";
  if (!code.startsWith(prefixOf.get(indicator)!)) return "tool";
  if (row.issues.some((n) => !issues.has(n))) return "issue";
  if (!row.text) return "text";
  return null;
}

/** The item as the row has it: unchanged, or changed by the analyst. */
function editedItem(
  row: FrameworkRow,
  code: string,
  indicator: number,
  was: ItemDef | undefined,
  base: Framework,
): ItemDef {
  if (!was) {
    const subject = subjectOf(row.text, base.subjects);
    return {
      code,
      indicator,
      th: row.text,
      en: row.text,
      textVerified: true,
      origin: originOf(row.origin, "analyst"),
      subjects: subject ? [subject.id] : [],
      issues: row.issues,
    };
  }
  const sameText = [was.th, was.en].some((t) => normalizeText(t) === normalizeText(row.text));
  const sameIssues = [...row.issues].sort().join() === [...was.issues].sort().join();
  if (sameText && sameIssues && indicator === was.indicator) return was;
  return {
    ...was,
    indicator,
    th: sameText ? was.th : row.text,
    en: sameText ? was.en : row.text,
    issues: row.issues,
    origin: "analyst",
  };
}
