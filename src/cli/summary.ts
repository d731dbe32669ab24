import { Lang, describe, describeYearSource } from "../core/i18n/messages";
import { WorkbookAnalysis } from "../core/analyseWorkbook";
import { measureList } from "../core/render/measures";
import { fixed2 } from "../core/text/format";
import { CLI_TEXT } from "./cliText";

/** The few lines the CLI prints after a run. */
export function summary(r: WorkbookAnalysis, lang: Lang, outFiles: string[]): string {
  const T = CLI_TEXT[lang];
  const a = r.analysis;
  const fy = r.fiscalYear;
  const year = a.year === null ? T.yearUnknown : String(a.year);
  const lines = [T.heading(year), T.yearLine(year, describeYearSource(r.choice, lang), a.framework.label[lang], fy)];
  if (r.agencies && r.agency)
    lines.push(T.agency(r.agency.name, r.agencies.agencies.indexOf(r.agency) + 1, r.agencies.agencies.length));
  lines.push(`${T.sheetsRead}: ${r.parsed.sheets.join(", ")}`);
  const indicators = a.indicators.filter((i) => i.value !== null).length;
  lines.push(T.found(a.items.length, a.framework.items.length, indicators, a.framework.indicators.length));
  const o = a.overall;
  const both = o.reported !== null && o.computed !== null;
  lines.push(
    T.overall(fixed2(o.reported ?? o.computed), both ? fixed2(o.computed) : null, o.result ? o.result[lang] : "–"),
  );
  lines.push(
    T.below(
      a.threshold,
      a.items.filter((i) => i.low).length,
      a.indicators.filter((i) => i.low).length,
      a.issues.filter((i) => i.needsAction).length,
      a.issues.length,
      measureList(a, r.measureOptions, lang).length,
      fy,
    ),
  );
  const warnings = a.diagnostics.filter((d) => d.severity !== "info");
  lines.push(T.warnings(warnings.length, a.diagnostics.length - warnings.length));
  for (const d of warnings.slice(0, 12)) lines.push(`  ! ${describe(d, lang)}`);
  if (warnings.length > 12) lines.push(`  ${T.more(warnings.length - 12)}`);
  lines.push(`${T.wrote}: ${outFiles.join(", ")}`);
  return lines.join("\n") + "\n";
}
