import { Diagnostic, DiagnosticParams } from "./diagnostics";
import { fixed2 } from "../text/format";
import { cutTo } from "../text/scores";

export type Lang = "th" | "en";

type Template = (p: DiagnosticParams) => string;

/** A parameter as text: lists joined, missing as nothing. */
const s = (v: unknown): string =>
  Array.isArray(v) ? v.map(s).join(", ") : typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
/** A parameter given in both languages ({ th, en }), in one of them. */
const inLang = (lang: Lang) => (v: unknown) =>
  v && typeof v === "object" && lang in v ? String((v as Record<Lang, unknown>)[lang]) : s(v);
const th = inLang("th");
const en = inLang("en");
/**
 * Two numbers that differ, written with as many decimals as it takes to show they do (two at least):
 * 78.681 and 78.684 are "78.681" and "78.684", not twice "78.68".
 */
function distinct(a: unknown, b: unknown): [string, string] {
  if (typeof a !== "number" || typeof b !== "number") return [n2(a), n2(b)];
  const at = (x: number, d: number) => cutTo(x, d).toFixed(d);
  for (let d = 2; d < 8; d++) if (at(a, d) !== at(b, d)) return [at(a, d), at(b, d)];
  return [String(a), String(b)];
}
const d1 = (p: DiagnosticParams) => distinct(p.first, p.second)[0];
const d2 = (p: DiagnosticParams) => distinct(p.first, p.second)[1];
const n2 = (v: unknown) => (typeof v === "number" ? fixed2(v) : s(v));
const list = s;
const codes = (v: unknown, max = 12) => {
  const xs = Array.isArray(v) ? v : [String(v)];
  return xs.length > max ? `${xs.slice(0, max).join(", ")} …` : xs.join(", ");
};

/** Kinds of diagnostics, as the pane groups them: the codes of each, and its title. */
const KINDS: Array<{ kind: string; codes: RegExp; title: Record<Lang, string> }> = [
  {
    kind: "mismatch",
    codes: /^(indicator|tool|overall)\.(mismatch|incomplete)$/,
    title: { th: "คะแนนที่รายงานไม่ตรงกับที่คำนวณได้", en: "Reported scores that differ from the computed ones" },
  },
  {
    kind: "conflict",
    codes: /\.conflict$/,
    title: { th: "คะแนนที่พบมากกว่าหนึ่งที่แต่ไม่ตรงกัน", en: "Scores given twice that disagree" },
  },
  {
    kind: "cells",
    codes: /^scores?\./,
    title: { th: "ช่องคะแนนที่ควรตรวจสอบ", en: "Score cells to check" },
  },
  {
    kind: "items",
    codes: /^(items?|heading)\./,
    title: { th: "การระบุข้อคำถาม", en: "Identifying the items" },
  },
  {
    kind: "year",
    codes: /^(year|framework|sheet)\./,
    title: { th: "ปีที่ประเมินและกรอบการประเมิน", en: "Assessment year and framework" },
  },
  {
    kind: "tools",
    codes: /^tool\./,
    title: { th: "คะแนนรายเครื่องมือ", en: "Tool scores" },
  },
  {
    kind: "layout",
    codes: /^(agencies|table)\./,
    title: { th: "โครงสร้างของสมุดงาน", en: "The workbook's layout" },
  },
];

/** The kind a diagnostic belongs to, and its title: diagnostics are shown grouped by kind. */
export function kindOf(code: string, lang: Lang): { kind: string; title: string } {
  const k = KINDS.find((x) => x.codes.test(code));
  return k ? { kind: k.kind, title: k.title[lang] } : { kind: "other", title: lang === "th" ? "อื่น ๆ" : "Other" };
}

/** How a year clue is named in a message ("from the title …"). */
const YEAR_KIND: Record<Lang, Record<string, string>> = {
  th: {
    title: "ชื่อเรื่อง",
    column: "หัวคอลัมน์",
    row: "หัวแถว",
    sheet: "ชื่อชีต",
    measures: "ชื่อเอกสารมาตรการ",
    fileName: "ชื่อไฟล์",
    previous: "ป้ายคะแนนปีที่ผ่านมา",
  },
  en: {
    fileName: "file name",
    row: "row label",
    title: "title",
    column: "column header",
    sheet: "sheet name",
    measures: "measures document's title",
    previous: "label of last year's score",
  },
};

/** How the agencies of a workbook are laid out. */
const AGENCY_KIND: Record<Lang, Record<string, string>> = {
  th: { sheets: "ชีตละหน่วยงาน", blocks: "ตารางเรียงข้างกัน", columns: "คอลัมน์คะแนนละหน่วยงาน", rows: "แถวละหน่วยงาน" },
  en: { sheets: "a sheet each", blocks: "tables side by side", columns: "a score column each", rows: "a row each" },
};

/** Why a tool's total was taken for weighted points. */
const POINTS_WHY: Record<Lang, Record<string, string>> = {
  th: {
    label: "ระบุเป็นคะแนนถ่วงน้ำหนัก",
    overall: "รวมกับเครื่องมืออื่นได้เท่ากับคะแนนรวม จึงเป็นคะแนนถ่วงน้ำหนัก",
    range: "มีค่าไม่เกินน้ำหนักของเครื่องมือ ซึ่งเป็นร้อยละไม่ได้ จึงเป็นคะแนนถ่วงน้ำหนัก",
  },
  en: {
    label: "is labelled as weighted points",
    overall: "adds up with the other tools to the overall score, so it is weighted points",
    range: "lies within the tool's weight, implausible as a percent, so it is weighted points",
  },
};

/** What is wrong with a framework sheet row. */
const FRAMEWORK_ROW: Record<Lang, Record<string, string>> = {
  th: {
    code: "รหัสข้อไม่ถูกต้อง (ต้องเป็นตัวอักษรตามด้วยตัวเลข เช่น o11)",
    indicator: "ไม่ระบุตัวชี้วัดหรือระบุตัวชี้วัดที่ไม่มี",
    tool: "รหัสข้อไม่ตรงกับเครื่องมือของตัวชี้วัด",
    issue: "ระบุประเด็นที่ไม่มี (ประเด็นที่ 1–7)",
    text: "ไม่มีข้อความ",
  },
  en: {
    code: "the code is not letters and a number (e.g. o11)",
    indicator: "no indicator, or one that does not exist",
    tool: "the code does not fit the indicator's tool",
    issue: "an issue that does not exist (issues 1–7)",
    text: "no wording",
  },
};

/** Diagnostic messages: Thai first, English second. Cells are named in the message itself. */
const DIAGNOSTICS: Record<string, { th: Template; en: Template }> = {
  "score.invalid": {
    th: (p) => `เซลล์ {cell} มีค่า “${s(p.text)}” ซึ่งไม่ใช่คะแนน จึงไม่นำมาใช้`,
    en: (p) => `Cell {cell} holds “${s(p.text)}”, which is not a score; it was not used.`,
  },
  "score.outOfRange": {
    th: (p) => `เซลล์ {cell} มีค่า ${s(p.text)} ซึ่งอยู่นอกช่วงคะแนน 0–100 จึงไม่นำมาใช้`,
    en: (p) => `Cell {cell} holds ${s(p.text)}, outside the 0–100 score range; it was not used.`,
  },
  "item.conflict": {
    th: (p) => `ข้อ ${s(p.code)} มีคะแนนไม่ตรงกันในสองตำแหน่ง: ${d1(p)} ({cell}) และ ${d2(p)} ({cell2}) ใช้ค่าแรก`,
    en: (p) =>
      `Item ${s(p.code)} has two different scores: ${d1(p)} ({cell}) and ${d2(p)} ({cell2}); the first is used.`,
  },
  "indicator.conflict": {
    th: (p) => `คะแนนตัวชี้วัดไม่ตรงกันในสองตำแหน่ง: ${d1(p)} ({cell}) และ ${d2(p)} ({cell2}) ใช้ค่าแรก`,
    en: (p) => `The indicator has two different scores: ${d1(p)} ({cell}) and ${d2(p)} ({cell2}); the first is used.`,
  },
  "tool.conflict": {
    th: (p) => `คะแนนเครื่องมือไม่ตรงกันในสองตำแหน่ง: ${d1(p)} ({cell}) และ ${d2(p)} ({cell2}) ใช้ค่าแรก`,
    en: (p) => `The tool has two different scores: ${d1(p)} ({cell}) and ${d2(p)} ({cell2}); the first is used.`,
  },
  "overall.conflict": {
    th: (p) => `คะแนนรวม ITA ไม่ตรงกันในสองตำแหน่ง: ${d1(p)} ({cell}) และ ${d2(p)} ({cell2}) ใช้ค่าแรก`,
    en: (p) =>
      `The overall ITA score appears twice with different values: ${d1(p)} ({cell}) and ${d2(p)} ({cell2}); the first is used.`,
  },
  "heading.numberMismatch": {
    th: (p) =>
      `หัวตารางที่ {cell} ระบุ “ตัวชี้วัดที่ ${s(p.given)}” แต่ชื่อเป็นของตัวชี้วัดที่ ${s(p.indicator)} จึงอ่านเป็นตัวชี้วัดที่ ${s(p.indicator)}`,
    en: (p) =>
      `The heading in {cell} says “indicator ${s(p.given)}” but names indicator ${s(p.indicator)}; it was read as indicator ${s(p.indicator)}.`,
  },
  "items.otherFramework": {
    th: (p) =>
      `ตาราง ${s(p.range)} มีข้อคำถามที่ไม่อยู่ในกรอบการประเมิน ${th(p.framework)} (${codes(p.codes)}) จึงน่าจะเป็นตารางของปีอื่น ไม่นำคะแนนรายข้อในตารางนี้มาใช้ และวิเคราะห์ในระดับตัวชี้วัดแทน`,
    en: (p) =>
      `Table ${s(p.range)} has items that are not in the ${en(p.framework)} framework (${codes(p.codes)}), so it looks like another year's table; its item scores were not used and the analysis continues at indicator level.`,
  },
  "item.notInFramework": {
    th: (p) => `ข้อ ${s(p.code)} ที่ {cell} ไม่อยู่ในกรอบการประเมิน ${th(p.framework)} จึงไม่นำมาใช้`,
    en: (p) => `Item ${s(p.code)} in {cell} is not in the ${en(p.framework)} framework; it was not used.`,
  },
  "item.ambiguous": {
    th: (p) => `แถวที่ {cell} อาจเป็นข้อ ${list(p.candidates)} ระบุไม่ได้แน่ชัด จึงไม่นำมาใช้ กรุณาระบุรหัสข้อให้ชัดเจน`,
    en: (p) =>
      `The row at {cell} could be item ${list(p.candidates)}; it is unclear which, so it was not used. Please give the item code.`,
  },
  "item.unidentified": {
    th: (p) => `แถวที่ {cell} มีรหัส “${s(p.code)}” แต่ข้อความไม่ตรงกับข้อคำถามใดในกรอบการประเมิน จึงไม่นำมาใช้`,
    en: (p) =>
      `The row at {cell} has code “${s(p.code)}” but its wording matches no question of the framework; it was not used.`,
  },
  "item.byPosition": {
    th: (p) =>
      `แถวที่ {cell} อ่านรหัสและข้อความไม่ชัด แต่อยู่ระหว่างข้อ ${s(p.prev)} และ ${s(p.next)} จึงอ่านเป็นข้อ ${s(p.code)} กรุณาตรวจสอบ`,
    en: (p) =>
      `The row at {cell} has no clear code or wording, but sits between items ${s(p.prev)} and ${s(p.next)}, so it was read as ${s(p.code)}. Please check it.`,
  },
  "items.missing": {
    th: (p) => `ไม่พบคะแนนของข้อคำถาม ${s(p.count)} ข้อ: ${codes(p.codes, 20)}`,
    en: (p) => `No score was found for ${s(p.count)} item(s): ${codes(p.codes, 20)}.`,
  },
  "indicator.incomplete": {
    th: (p) => `คำนวณคะแนนตัวชี้วัดที่ ${s(p.number)} จากรายข้อไม่ได้ เพราะไม่พบข้อ ${codes(p.codes)}`,
    en: (p) => `Indicator ${s(p.number)} cannot be recomputed from its items: ${codes(p.codes)} not found.`,
  },
  "indicator.mismatch": {
    th: (p) =>
      `ตัวชี้วัดที่ ${s(p.number)}: คะแนนที่รายงาน ${n2(p.reported)} ({cell}) ไม่ตรงกับคะแนนที่คำนวณจากรายข้อ ${n2(p.computed)}` +
      (p.verified === "no" ? " (วิธีคำนวณของปีนี้ยังไม่ได้รับการยืนยัน)" : ""),
    en: (p) =>
      `Indicator ${s(p.number)}: the reported score ${n2(p.reported)} ({cell}) differs from ${n2(p.computed)} computed from its items` +
      (p.verified === "no" ? " (this year's method is not confirmed)." : "."),
  },
  "tool.mismatch": {
    th: (p) => `${s(p.tool)}: คะแนนที่รายงาน ${n2(p.reported)} ({cell}) ไม่ตรงกับค่าเฉลี่ยของตัวชี้วัด ${n2(p.computed)}`,
    en: (p) =>
      `${s(p.tool)}: the reported score ${n2(p.reported)} ({cell}) differs from ${n2(p.computed)}, the mean of its indicators.`,
  },
  "overall.mismatch": {
    th: (p) =>
      `คะแนนรวม ITA ที่รายงาน ${n2(p.reported)} ({cell}) ไม่ตรงกับคะแนนที่คำนวณจากเครื่องมือ (${s(p.weights)}) ${n2(p.computed)}`,
    en: (p) =>
      `The reported overall score ${n2(p.reported)} ({cell}) differs from ${n2(p.computed)} computed from the tools (${s(p.weights)}).`,
  },
  "sheet.previousYear": {
    th: (p) => `ชีต “${s(p.sheet)}” เป็นผลคะแนนปีที่ผ่านมา จึงใช้เพื่อเปรียบเทียบกับปีนี้เท่านั้น (ไม่นำคะแนนรายข้อมาวิเคราะห์)`,
    en: (p) =>
      `Sheet “${s(p.sheet)}” holds last year's scores: they are used only to compare with this year (its item scores are not analysed).`,
  },
  "previous.conflict": {
    th: (p) => `คะแนนปีที่ผ่านมาไม่ตรงกันในสองตำแหน่ง: ${d1(p)} ({cell}) และ ${d2(p)} ({cell2}) ใช้ค่าแรก`,
    en: (p) =>
      `Last year's score appears twice with different values: ${d1(p)} ({cell}) and ${d2(p)} ({cell2}); the first is used.`,
  },
  "year.detected": {
    th: (p) =>
      `อ่านเป็นผลการประเมิน ITA ปี ${s(p.year)} จาก${YEAR_KIND.th[s(p.kind)] ?? ""} “${s(p.text)}”${p.kind === "fileName" ? "" : " ที่ {cell}"}` +
      (p.replacedSheet !== undefined ? ` (ชีตกรอบการประเมินเดิมเป็นของปี ${s(p.replacedSheet)} จึงไม่นำมาใช้)` : ""),
    en: (p) =>
      `Read as ITA ${s(p.year)} results, from the ${YEAR_KIND.en[s(p.kind)] ?? ""} “${s(p.text)}”${p.kind === "fileName" ? "" : " in {cell}"}.` +
      (p.replacedSheet !== undefined
        ? ` (The Framework sheet of an earlier run is for ${s(p.replacedSheet)}, so it was not used.)`
        : ""),
  },
  "year.fromItems": {
    th: (p) =>
      `สมุดงานไม่ได้ระบุปีที่ประเมิน จึงอ่านตามกรอบการประเมิน ${th(p.framework)} ซึ่งข้อคำถามตรงกับตารางคะแนนมากที่สุด (${s(p.count)} ข้อ)`,
    en: (p) =>
      `The workbook does not name the assessment year; it was read against ${en(p.framework)}, whose items fit its tables best (${s(p.count)} items).`,
  },
  "year.guessed": {
    th: (p) =>
      `สมุดงานไม่ได้ระบุปีที่ประเมิน และตารางคะแนนเข้าได้กับหลายปี จึงใช้กรอบการประเมิน ${th(p.framework)} (ปีล่าสุด) กรุณาตรวจสอบ หรือระบุปีในการตั้งค่า (--year)`,
    en: (p) =>
      `The workbook does not name the assessment year and its tables fit several years, so ${en(p.framework)} (the latest) was used. Check it, or set the year in the settings (--year).`,
  },
  "year.notBuiltIn": {
    th: (p) =>
      `โปรแกรมยังไม่มีกรอบการประเมิน ITA ปี ${s(p.year)} จึงอ่านข้อคำถาม ${s(p.count)} ข้อตามที่สมุดงานระบุ (รหัส ข้อความ และตัวชี้วัด) และจัดเข้าประเด็นตามเนื้อหา กรุณาตรวจสอบในชีต “กรอบการประเมิน”`,
    en: (p) =>
      `ITA ${s(p.year)} is not built in: its ${s(p.count)} items were read as the workbook states them (code, wording, indicator) and placed in the issues by subject. Check them on the Framework sheet.`,
  },
  "year.unknownRead": {
    th: (p) =>
      `ไม่ทราบปีที่ประเมิน และข้อคำถามไม่ตรงกับกรอบการประเมินที่มีในโปรแกรม จึงอ่านข้อคำถาม ${s(p.count)} ข้อตามที่สมุดงานระบุ และจัดเข้าประเด็นตามเนื้อหา กรุณาตรวจสอบในชีต “กรอบการประเมิน” และระบุปีงบประมาณของมาตรการ`,
    en: (p) =>
      `The assessment year is unknown and the items match no built-in framework: ${s(p.count)} items were read as the workbook states them and placed in the issues by subject. Check them on the Framework sheet, and set the fiscal year of the measures.`,
  },
  "framework.trackUnknown": {
    th: (p) =>
      `ข้อคำถาม ${s(p.count)} ข้อไม่ตรงกับกรอบการประเมิน ITA ปี ${s(p.year)} ของสำนักงาน ป.ป.ช. (อาจเป็นแบบประเมินของหน่วยงานประเภทอื่น) จึงอ่านข้อคำถามตามที่สมุดงานระบุ`,
    en: (p) =>
      `${s(p.count)} items do not match NACC's ITA ${s(p.year)} framework (perhaps another track's assessment), so the items were read as the workbook states them.`,
  },
  "framework.fromSheet": {
    th: (p) =>
      `ใช้กรอบการประเมินจากชีต “กรอบการประเมิน” (${th(p.framework)})${Number(p.changed) > 0 ? ` ซึ่งผู้วิเคราะห์แก้ไข ${s(p.changed)} ข้อ` : ""}`,
    en: (p) =>
      `The framework was read back from the Framework sheet (${en(p.framework)})${Number(p.changed) > 0 ? `, with ${s(p.changed)} items set by the analyst` : ""}.`,
  },
  "framework.row": {
    th: (p) => `แถว ${s(p.code)} ในชีตกรอบการประเมิน ({cell}) ${FRAMEWORK_ROW.th[s(p.problem)] ?? ""} จึงไม่นำมาใช้`,
    en: (p) =>
      `Row ${s(p.code)} of the Framework sheet ({cell}): ${FRAMEWORK_ROW.en[s(p.problem)] ?? ""}; it was not used.`,
  },
  "framework.sheetUnusable": {
    th: (p) => `ชีตกรอบการประเมินที่แก้ไขใช้ไม่ได้ (${s(p.problems)}) จึงใช้กรอบการประเมินเดิม`,
    en: (p) => `The edited Framework sheet cannot be used (${s(p.problems)}); the framework as written was used.`,
  },
  "tool.points": {
    th: (p) =>
      `${s(p.tool)} ({cell}) ${POINTS_WHY.th[s(p.why)] ?? "เป็นคะแนนถ่วงน้ำหนัก"} ${n2(p.points)} จาก ${s(p.max)} คะแนน จึงแปลงเป็นร้อยละ ${n2(p.value)} (${n2(p.points)} ÷ ${s(p.max)} × 100)`,
    en: (p) =>
      `${s(p.tool)} ({cell}) ${POINTS_WHY.en[s(p.why)] ?? "is given as weighted points"}: ${n2(p.points)} out of ${s(p.max)}, read as ${n2(p.value)} percent (${n2(p.points)} ÷ ${s(p.max)} × 100).`,
  },
  "tool.pointsAmbiguous": {
    th: (p) =>
      `${s(p.tool)} ({cell}) มีค่า ${n2(p.value)} ซึ่งอาจเป็นร้อยละ ${n2(p.value)} หรือคะแนนถ่วงน้ำหนักจาก ${s(p.max)} คะแนน (= ร้อยละ ${n2(p.asPoints)}) ระบุไม่ได้แน่ชัด จึงอ่านเป็นร้อยละ หากเป็นคะแนนถ่วงน้ำหนัก ให้ระบุในหัวตาราง เช่น “${s(p.tool)} (${s(p.max)} คะแนน)”`,
    en: (p) =>
      `${s(p.tool)} ({cell}) is ${n2(p.value)}: either ${n2(p.value)} percent or weighted points out of ${s(p.max)} (= ${n2(p.asPoints)} percent). It was read as a percent; if it is points, say so in its label, e.g. “${s(p.tool)} (${s(p.max)} points)”.`,
  },
  "score.formulaNoValue": {
    th: (p) =>
      `เซลล์ {cell} มีสูตร ${s(p.text)} ที่ยังไม่ได้คำนวณ (ไฟล์ถูกสร้างโดยโปรแกรมและไม่เคยเปิดใน Excel) และคำนวณแทนไม่ได้ จึงไม่นำมาใช้ กรุณาเปิดไฟล์ใน Excel แล้วบันทึก จากนั้นวิเคราะห์อีกครั้ง`,
    en: (p) =>
      `Cell {cell} holds the formula ${s(p.text)} with no saved value (the file was written by a program and never opened in Excel), and it cannot be worked out here; it was not used. Open the file in Excel and save it, then analyse it again.`,
  },
  "score.formulaComputed": {
    th: (p) => `เซลล์ {cell} มีสูตร ${s(p.formula)} ที่ยังไม่ได้คำนวณ จึงคำนวณจากเซลล์ที่อ้างถึงได้ ${n2(p.value)}`,
    en: (p) =>
      `Cell {cell} holds the formula ${s(p.formula)} with no saved value; worked out from the cells it names: ${n2(p.value)}.`,
  },
  "score.commaDecimal": {
    th: (p) => `เซลล์ {cell} มีค่า “${s(p.text)}” อ่านจุลภาคเป็นจุดทศนิยม ได้ ${n2(p.value)}`,
    en: (p) => `Cell {cell} holds “${s(p.text)}”; the comma was read as a decimal point: ${n2(p.value)}.`,
  },
  "row.laterYear": {
    th: (p) => `แถว {cell} เป็นผลคะแนนปี ${s(p.year)} ซึ่งหลังปีที่วิเคราะห์ (${s(p.analysed)}) จึงไม่นำมาใช้`,
    en: (p) =>
      `Row {cell} holds the ${s(p.year)} scores, later than the year analysed (${s(p.analysed)}); it was not used.`,
  },
  "score.verdict": {
    th: (p) => `เซลล์ {cell} บันทึกผลการตรวจเป็น “${s(p.text)}” จึงอ่านเป็น ${n2(p.value)} คะแนน ตามเกณฑ์ของ ${s(p.tool)}`,
    en: (p) => `Cell {cell} records the audit as “${s(p.text)}”: read as ${n2(p.value)}, on ${s(p.tool)}'s scale.`,
  },
  "agencies.found": {
    th: (p) =>
      `สมุดงานนี้มีผลคะแนนของ ${s(p.count)} หน่วยงาน (${AGENCY_KIND.th[s(p.kind)] ?? ""}: ${codes(p.names, 10)}) วิเคราะห์เฉพาะ “${s(p.chosen)}” ไม่รวมคะแนนของหลายหน่วยงานเข้าด้วยกัน เลือกหน่วยงานอื่นได้ในการตั้งค่า (--agency) หรือใช้คำสั่ง batch เพื่อวิเคราะห์ทุกหน่วยงาน`,
    en: (p) =>
      `This workbook holds the scores of ${s(p.count)} agencies (${AGENCY_KIND.en[s(p.kind)] ?? ""}: ${codes(p.names, 10)}). Only “${s(p.chosen)}” was analysed; agencies are never merged. Choose another in the settings (--agency), or use the batch command to analyse them all.`,
  },
  "table.farCells": {
    th: (p) =>
      `ชีต ${s(p.sheet)} มีข้อมูลอยู่ห่างจากตารางมาก ที่ ${s(p.range)} จึงไม่ได้อ่านส่วนนั้น (พื้นที่ที่ใช้ของชีตจึงกว้างถึง ${s(p.used)}) หากเป็นค่าที่พิมพ์ไว้โดยไม่ตั้งใจ ให้ลบออก`,
    en: (p) =>
      `Sheet ${s(p.sheet)} has data far from its tables, at ${s(p.range)}, which was not read (it stretches the sheet's used range to ${s(p.used)}). If it was typed there by mistake, delete it.`,
  },
  "table.records": {
    th: (p) =>
      `ตาราง ${s(p.range)} (${s(p.rows)} แถว) มี ${s(p.repeated)} ซ้ำหลายแถว จึงเป็นข้อมูลรายบุคคลหรือรายหน่วย ไม่ใช่ตารางผลคะแนน ไม่นำมาใช้และไม่ไฮไลต์`,
    en: (p) =>
      `Table ${s(p.range)} (${s(p.rows)} rows) repeats ${s(p.repeated)} on many rows: it holds records (by person or unit), not a score table, so it was not used or highlighted.`,
  },
  "scores.fractions": {
    th: (p) =>
      `คะแนน ${s(p.count)} เซลล์ในคอลัมน์ {cell} มีค่าระหว่าง 0 ถึง 1 ทั้งหมดและไม่ได้จัดรูปแบบเป็นร้อยละ จึงอ่านตามค่าที่เห็น (เช่น ${s(p.example)}) หากเป็นร้อยละที่เก็บเป็นเศษส่วน (${s(p.example)} = ${s(p.asPercent)}) ให้จัดรูปแบบเซลล์เป็นเปอร์เซ็นต์ หรือใช้ตัวเลือก “อ่านค่า 0–1 เป็นร้อยละ” (--fractions-as-percent)`,
    en: (p) =>
      `The ${s(p.count)} scores in the column of {cell} all lie between 0 and 1 with no percent format, so they were read as they are (e.g. ${s(p.example)}). If they are percents stored as fractions (${s(p.example)} = ${s(p.asPercent)}), format the cells as percent, or use “read 0–1 as percent” (--fractions-as-percent).`,
  },
};

/** How the assessment year was found, in a few words. */
export function describeYearSource(c: { source: string; cell: string | null }, lang: Lang): string {
  const where = !c.cell
    ? ""
    : c.source === "fileName"
      ? ` “${c.cell}”`
      : lang === "th"
        ? ` ที่ ${c.cell}`
        : ` in ${c.cell}`;
  const kind = YEAR_KIND[lang][c.source];
  if (kind) return lang === "th" ? `จาก${kind}${where}` : `from the ${kind}${where}`;
  return YEAR_SOURCE[lang][c.source] ?? c.source;
}

const YEAR_SOURCE: Record<Lang, Record<string, string>> = {
  th: {
    option: "ตามที่ระบุในการตั้งค่า",
    file: "ตามไฟล์กรอบการประเมินที่ระบุ",
    "sheet-edits": "ตามชีตกรอบการประเมิน",
    items: "จากข้อคำถามที่ตรงกับกรอบการประเมิน",
    latest: "ไม่ระบุในสมุดงาน จึงใช้ปีล่าสุด",
  },
  en: {
    option: "as set in the settings",
    file: "from the framework file given",
    "sheet-edits": "from the Framework sheet",
    items: "from the items that fit the framework",
    latest: "not stated in the workbook; the latest year was used",
  },
};

export function describe(d: Diagnostic, lang: Lang): string {
  const t = DIAGNOSTICS[d.code];
  const text = t ? t[lang](d.params) : `${d.code} ${JSON.stringify(d.params)}`;
  return text.replace("{cell}", d.cells[0] ?? "").replace("{cell2}", d.cells[1] ?? "");
}

/** Why the file system refused, from Node's error code, in a few words. */
const FS_REASON: Record<string, Record<Lang, string>> = {
  EACCES: { th: "ไม่มีสิทธิ์เข้าถึง", en: "permission denied" },
  EPERM: { th: "ระบบไม่อนุญาต (ไฟล์ถูกล็อกหรือไม่ใช่ของผู้ใช้นี้)", en: "not permitted (the file is locked or not yours)" },
  EROFS: { th: "ดิสก์เป็นแบบอ่านอย่างเดียว", en: "the disk is read-only" },
  ENOSPC: { th: "พื้นที่ดิสก์เต็ม", en: "the disk is full" },
  EDQUOT: { th: "เกินโควตาพื้นที่ดิสก์", en: "the disk quota is used up" },
  EISDIR: { th: "เป็นโฟลเดอร์ ไม่ใช่ไฟล์", en: "it is a folder, not a file" },
  ENOTDIR: { th: "ส่วนหนึ่งของเส้นทางไม่ใช่โฟลเดอร์", en: "part of the path is not a folder" },
  ENOENT: { th: "ไม่พบไฟล์หรือโฟลเดอร์", en: "no such file or folder" },
  EBUSY: { th: "ไฟล์ถูกใช้งานอยู่โดยโปรแกรมอื่น", en: "the file is in use by another program" },
  ETXTBSY: { th: "ไฟล์ถูกใช้งานอยู่โดยโปรแกรมอื่น", en: "the file is in use by another program" },
  ENAMETOOLONG: { th: "ชื่อไฟล์ยาวเกินไป", en: "the name is too long" },
  ELOOP: { th: "ลิงก์วนซ้ำ", en: "the links loop" },
  EIO: { th: "อ่านหรือเขียนดิสก์ไม่ได้", en: "the disk could not be read or written" },
  EMFILE: { th: "เปิดไฟล์พร้อมกันมากเกินไป", en: "too many files are open" },
  ENFILE: { th: "เปิดไฟล์พร้อมกันมากเกินไป", en: "too many files are open" },
};

/** The file-system errors a user can cause (a path, a permission, a full disk): messages, never stack traces. */
export const FS_ERROR_CODES: ReadonlySet<string> = new Set(Object.keys(FS_REASON));

function fsReason(code: unknown, lang: Lang): string {
  return FS_REASON[s(code)]?.[lang] ?? s(code);
}

/** Why a workbook cannot be analysed at all. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = "InputError";
  }

  describe(lang: Lang): string {
    const t = FATAL[this.code];
    return t ? t[lang](this.params) : `${this.code}`;
  }
}

const FATAL: Record<string, { th: (p: Record<string, string>) => string; en: (p: Record<string, string>) => string }> =
  {
    "file.notFound": {
      th: (p) => `ไม่พบไฟล์ ${s(p.file)}`,
      en: (p) => `File not found: ${s(p.file)}`,
    },
    "file.unreadable": {
      th: (p) => `เปิดไฟล์ ${s(p.file)} ไม่ได้: ไม่ใช่ไฟล์ Excel (.xlsx) ที่อ่านได้${p.detail ? ` (${s(p.detail)})` : ""}`,
      en: (p) =>
        `Cannot open ${s(p.file)}: it is not a readable Excel (.xlsx) workbook${p.detail ? ` (${s(p.detail)})` : ""}.`,
    },
    "file.encrypted": {
      th: (p) => `ไฟล์ ${s(p.file)} มีรหัสผ่าน กรุณาเอารหัสผ่านออกก่อนวิเคราะห์`,
      en: (p) => `${s(p.file)} is password-protected; remove the password before analysing it.`,
    },
    "file.xls": {
      th: (p) =>
        `ไฟล์ ${s(p.file)} เป็นรูปแบบ Excel 97–2003 (.xls) ซึ่งอ่านไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกเป็น .xlsx (ไฟล์ › บันทึกเป็น › สมุดงาน Excel) แล้ววิเคราะห์อีกครั้ง`,
      en: (p) =>
        `${s(p.file)} is in the Excel 97–2003 format (.xls), which cannot be read. Open it in Excel and save it as .xlsx (File › Save As › Excel Workbook), then analyse it again.`,
    },
    "args.outExtension": {
      th: (p) =>
        p.expected === ".xlsm"
          ? `ไฟล์ผลลัพธ์ ${s(p.file)} ต้องลงท้ายด้วย .xlsm เพราะสมุดงานนี้มีแมโคร (ไฟล์ .xlsx เก็บแมโครไม่ได้ และ Excel จะไม่เปิด)`
          : `ไฟล์ผลลัพธ์ ${s(p.file)} ต้องลงท้ายด้วย ${s(p.expected)} ให้ตรงกับชนิดของสมุดงาน (Excel จะไม่เปิดไฟล์ที่นามสกุลไม่ตรงกับเนื้อหา)`,
      en: (p) =>
        p.expected === ".xlsm"
          ? `The output ${s(p.file)} must end in .xlsm: this workbook has macros, which an .xlsx cannot hold (Excel would refuse to open it).`
          : `The output ${s(p.file)} must end in ${s(p.expected)} to match the workbook's kind (Excel refuses a file whose name does not match what it holds).`,
    },
    "file.notChosen": {
      th: () => "กรุณาเลือกไฟล์ Excel (.xlsx) ก่อน",
      en: () => "Choose an Excel (.xlsx) file first.",
    },
    "file.failed": {
      th: (p) => `วิเคราะห์ไฟล์ ${s(p.file)} ไม่สำเร็จ: ${s(p.detail)}`,
      en: (p) => `${s(p.file)} could not be analysed: ${s(p.detail)}`,
    },
    "args.sameAsInput": {
      th: (p) => `${s(p.option)} ${s(p.file)} คือไฟล์ต้นฉบับ จะไม่เขียนทับไฟล์ต้นฉบับ กรุณาระบุไฟล์อื่น`,
      en: (p) => `${s(p.option)} ${s(p.file)} is the input file, which is never overwritten; name another file.`,
    },
    "args.sameOutput": {
      th: (p) => `${s(p.option)} และ ${s(p.other)} ระบุไฟล์เดียวกัน (${s(p.file)}) กรุณาระบุไฟล์ต่างกัน`,
      en: (p) => `${s(p.option)} and ${s(p.other)} name the same file (${s(p.file)}); give each its own.`,
    },
    "args.outIsInput": {
      th: (p) => `--out ${s(p.folder)} เป็นโฟลเดอร์ที่อ่านไฟล์อยู่ กรุณาระบุโฟลเดอร์อื่นสำหรับผลลัพธ์`,
      en: (p) => `--out ${s(p.folder)} is a folder being read; choose another folder for the outputs.`,
    },
    "args.number": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.option)} ต้องเป็นตัวเลขตั้งแต่ ${s(p.min)} ถึง ${s(p.max)} (ได้รับ “${s(p.value)}”)`,
      en: (p) =>
        `Invalid option: ${s(p.option)} must be a number from ${s(p.min)} to ${s(p.max)} (got “${s(p.value)}”).`,
    },
    "args.missingValue": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.option)} ต้องตามด้วยค่า`,
      en: (p) => `Invalid option: ${s(p.option)} needs a value.`,
    },
    "args.noValue": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.option)} ไม่รับค่า`,
      en: (p) => `Invalid option: ${s(p.option)} takes no value.`,
    },
    "args.unknown": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ไม่มีตัวเลือก ${s(p.option)} (ดู ita-analyzer --help)`,
      en: (p) => `Invalid option: there is no option ${s(p.option)} (see ita-analyzer --help).`,
    },
    "args.yearGregorian": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.option)} ${s(p.year)} เป็นปี ค.ศ. กรุณาระบุปี พ.ศ. (${s(p.year)} คือ พ.ศ. ${s(p.be)})`,
      en: (p) =>
        `Invalid option: ${s(p.option)} ${s(p.year)} is a Gregorian year; years are Buddhist-era (${s(p.year)} is BE ${s(p.be)}).`,
    },
    "args.units": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: --units ${s(p.detail)}`,
      en: (p) => `Invalid option: --units ${s(p.detail)}`,
    },
    "file.notFolder": {
      th: (p) => `${s(p.folder)} เป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาระบุโฟลเดอร์สำหรับผลลัพธ์`,
      en: (p) => `${s(p.folder)} is a file, not a folder; name a folder for the outputs.`,
    },
    "file.folderMissing": {
      th: (p) => `ไม่พบโฟลเดอร์ ${s(p.folder)} สำหรับไฟล์ ${s(p.file)} กรุณาสร้างโฟลเดอร์ก่อน หรือระบุโฟลเดอร์อื่น`,
      en: (p) => `The folder ${s(p.folder)} for ${s(p.file)} does not exist; create it first, or choose another.`,
    },
    "file.folderReadOnly": {
      th: (p) => `ไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์ ${s(p.folder)} กรุณาระบุโฟลเดอร์อื่น`,
      en: (p) => `You cannot write to the folder ${s(p.folder)}; choose another.`,
    },
    "file.isFolder": {
      th: (p) => `${s(p.option)} ${s(p.file)} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาระบุชื่อไฟล์`,
      en: (p) => `${s(p.option)} ${s(p.file)} is a folder, not a file; name a file.`,
    },
    "file.readOnly": {
      th: (p) => `ไฟล์ ${s(p.file)} มีอยู่แล้วและเขียนทับไม่ได้ (อ่านอย่างเดียว หรือไม่มีสิทธิ์) จึงไม่เขียนทับ กรุณาระบุไฟล์อื่น`,
      en: (p) =>
        `${s(p.file)} exists and cannot be replaced (read-only, or not yours); it was left as it is. Name another file.`,
    },
    "file.inputIsFolder": {
      th: (p) => `${s(p.file)} เป็นโฟลเดอร์ กรุณาระบุไฟล์ .xlsx (หรือใช้ ita-analyzer batch กับโฟลเดอร์)`,
      en: (p) => `${s(p.file)} is a folder; name an .xlsx file (or use ita-analyzer batch for a folder).`,
    },
    "file.readFailed": {
      th: (p) => `อ่านไฟล์ ${s(p.file)} ไม่ได้: ${fsReason(p.reason, "th")}`,
      en: (p) => `Cannot read ${s(p.file)}: ${fsReason(p.reason, "en")}.`,
    },
    "file.writeFailed": {
      th: (p) =>
        `เขียนไฟล์ ${s(p.file)} ไม่สำเร็จ: ${fsReason(p.reason, "th")} ไฟล์นี้ยังเป็นอย่างเดิม` +
        (p.written ? ` (เขียนไฟล์ ${s(p.written)} แล้ว)` : ` ไม่มีไฟล์ใดถูกเขียน`),
      en: (p) =>
        `Could not write ${s(p.file)}: ${fsReason(p.reason, "en")}; that file is as it was` +
        (p.written ? ` (${s(p.written)} was written).` : `, and nothing was written.`),
    },
    "analysis.cancelled": {
      th: () => "ยกเลิกการวิเคราะห์แล้ว ไม่มีการเปลี่ยนแปลงใด ๆ",
      en: () => "Analysis cancelled; nothing was changed.",
    },
    "batch.empty": {
      th: (p) => `ไม่พบไฟล์ .xlsx หรือ .xlsm ใน ${s(p.inputs)} จึงไม่ได้เขียนไฟล์ใด`,
      en: (p) => `No .xlsx or .xlsm file was found in ${s(p.inputs)}; nothing was written.`,
    },
    "file.otherFormat": {
      th: (p) => `ไฟล์ ${s(p.file)} อยู่ในรูปแบบ ${s(p.kind)} ซึ่งอ่านไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกเป็นสมุดงาน Excel (.xlsx)`,
      en: (p) =>
        `${s(p.file)} is in the ${s(p.kind)} format, which is not read; open it in Excel and save it as an Excel workbook (.xlsx).`,
    },
    "workbook.noScores": {
      th: (p) => `ไม่พบตารางคะแนน ITA ใน ${p.file || "สมุดงานนี้"} (ตรวจดูว่ามีตารางข้อคำถามหรือตัวชี้วัดพร้อมคะแนน)`,
      en: (p) =>
        `No ITA score table was found in ${p.file || "this workbook"} (look for a table of items or indicators with scores).`,
    },
    "args.year": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ไม่มีกรอบการประเมิน ITA ของปี ${s(p.year)} (ปีที่มี: ${s(p.known)})`,
      en: (p) => `Invalid option: there is no ITA framework for ${s(p.year)} (known years: ${s(p.known)})`,
    },
    "args.agency": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ไม่พบหน่วยงาน “${s(p.agency)}” ในสมุดงาน (มี: ${s(p.known)})`,
      en: (p) => `Invalid option: no agency “${s(p.agency)}” in the workbook (there are: ${s(p.known)})`,
    },
    "args.framework": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ใช้ไฟล์กรอบการประเมิน ${s(p.file)} ไม่ได้: ${s(p.detail)}`,
      en: (p) => `Invalid option: the framework file ${s(p.file)} cannot be used: ${s(p.detail)}`,
    },
    "args.invalid": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.detail)}`,
      en: (p) => `Invalid option: ${s(p.detail)}`,
    },
  };
