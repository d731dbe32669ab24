import { Lang, describe, describeYearSource } from "../core/i18n/messages";
import { WorkbookAnalysis } from "../core/analyseWorkbook";
import { measureList } from "../core/render/measures";

const f2 = (v: number | null) => (v === null ? "–" : v.toFixed(2));

/** The few lines the CLI prints after a run. */
export function summary(r: WorkbookAnalysis, lang: Lang, outFiles: string[]): string {
  const a = r.analysis;
  const th = lang === "th";
  const lines: string[] = [];
  const fy = r.fiscalYear;
  const year = a.year === null ? (th ? "ไม่ทราบปี" : "year unknown") : String(a.year);
  lines.push(th ? `ITA Analyzer — ผลการประเมิน ITA ${year}` : `ITA Analyzer — ITA ${year} results`);
  lines.push(
    th
      ? `ปีที่ประเมิน ${year} (${describeYearSource(r.choice, lang)}) · กรอบการประเมิน ${a.framework.label.th} · มาตรการสำหรับปีงบประมาณ ${fy}`
      : `Assessment year ${year} (${describeYearSource(r.choice, lang)}) · framework ${a.framework.label.en} · measures for fiscal year ${fy}`,
  );
  if (r.agencies && r.agency) {
    const n = r.agencies.agencies.indexOf(r.agency) + 1;
    const all = r.agencies.agencies.length;
    lines.push(
      th
        ? `หน่วยงาน: ${r.agency.name} (ลำดับที่ ${n} จาก ${all} หน่วยงานในสมุดงาน · เลือกด้วย --agency)`
        : `Agency: ${r.agency.name} (${n} of the workbook's ${all} · choose with --agency)`,
    );
  }
  lines.push(`${th ? "ชีตที่อ่าน" : "Sheets read"}: ${r.parsed.sheets.join(", ")}`);
  const indicators = a.indicators.filter((i) => i.value !== null).length;
  lines.push(
    th
      ? `พบคะแนนรายข้อ ${a.items.length}/${a.framework.items.length} ข้อ · ตัวชี้วัด ${indicators}/${a.framework.indicators.length}`
      : `Item scores found: ${a.items.length}/${a.framework.items.length} · indicators: ${indicators}/${a.framework.indicators.length}`,
  );
  const o = a.overall;
  const result = o.result ? o.result[lang] : "–";
  lines.push(
    th
      ? `คะแนนรวม ITA ${f2(o.reported ?? o.computed)}${o.reported !== null && o.computed !== null ? ` (คำนวณจากเครื่องมือ ${f2(o.computed)})` : ""} — ${result}`
      : `Overall ITA score ${f2(o.reported ?? o.computed)}${o.reported !== null && o.computed !== null ? ` (computed from the tools: ${f2(o.computed)})` : ""} — ${result}`,
  );
  const lowItems = a.items.filter((i) => i.low).length;
  const lowIndicators = a.indicators.filter((i) => i.low).length;
  const acting = a.issues.filter((i) => i.needsAction).length;
  const measures = measureList(a, r.measureOptions, lang).length;
  lines.push(
    th
      ? `ต่ำกว่า ${a.threshold}: ${lowItems} ข้อ, ${lowIndicators} ตัวชี้วัด · ประเด็นที่ต้องมีมาตรการ ${acting}/${a.issues.length} · มาตรการ ${measures} รายการ (ปีงบประมาณ ${fy})`
      : `Below ${a.threshold}: ${lowItems} items, ${lowIndicators} indicators · issues needing measures: ${acting}/${a.issues.length} · ${measures} measures`,
  );
  const warnings = a.diagnostics.filter((d) => d.severity !== "info");
  const notes = a.diagnostics.length - warnings.length;
  lines.push(th ? `คำเตือน ${warnings.length} · หมายเหตุ ${notes}` : `Warnings: ${warnings.length} · notes: ${notes}`);
  for (const d of warnings.slice(0, 12)) lines.push(`  ! ${describe(d, lang)}`);
  if (warnings.length > 12)
    lines.push(
      th
        ? `  … และอีก ${warnings.length - 12} รายการ (ดูรายงาน JSON)`
        : `  … and ${warnings.length - 12} more (see the JSON report)`,
    );
  lines.push(`${th ? "เขียนไฟล์" : "Wrote"}: ${outFiles.join(", ")}`);
  return lines.join("\n") + "\n";
}
