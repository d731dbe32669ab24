import { Diagnostic, DiagnosticParams } from "../diagnostics";

export type Lang = "th" | "en";

type Template = (p: DiagnosticParams) => string;

/** A parameter as text: lists joined, missing as nothing. */
const s = (v: unknown): string =>
  Array.isArray(v) ? v.map(s).join(", ") : typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
const n2 = (v: unknown) => (typeof v === "number" ? v.toFixed(2) : s(v));
const list = s;
const codes = (v: unknown, max = 12) => {
  const xs = Array.isArray(v) ? v : [String(v)];
  return xs.length > max ? `${xs.slice(0, max).join(", ")} …` : xs.join(", ");
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
    th: (p) =>
      `ข้อ ${s(p.code)} มีคะแนนไม่ตรงกันในสองตำแหน่ง: ${n2(p.first)} ({cell}) และ ${n2(p.second)} ({cell2}) ใช้ค่าแรก`,
    en: (p) =>
      `Item ${s(p.code)} has two different scores: ${n2(p.first)} ({cell}) and ${n2(p.second)} ({cell2}); the first is used.`,
  },
  "indicator.conflict": {
    th: (p) => `คะแนนตัวชี้วัดไม่ตรงกันในสองตำแหน่ง: ${n2(p.first)} ({cell}) และ ${n2(p.second)} ({cell2}) ใช้ค่าแรก`,
    en: (p) =>
      `The indicator has two different scores: ${n2(p.first)} ({cell}) and ${n2(p.second)} ({cell2}); the first is used.`,
  },
  "tool.conflict": {
    th: (p) => `คะแนนเครื่องมือไม่ตรงกันในสองตำแหน่ง: ${n2(p.first)} ({cell}) และ ${n2(p.second)} ({cell2}) ใช้ค่าแรก`,
    en: (p) =>
      `The tool has two different scores: ${n2(p.first)} ({cell}) and ${n2(p.second)} ({cell2}); the first is used.`,
  },
  "overall.conflict": {
    th: (p) => `คะแนนรวม ITA ไม่ตรงกันในสองตำแหน่ง: ${n2(p.first)} ({cell}) และ ${n2(p.second)} ({cell2}) ใช้ค่าแรก`,
    en: (p) =>
      `The overall ITA score appears twice with different values: ${n2(p.first)} ({cell}) and ${n2(p.second)} ({cell2}); the first is used.`,
  },
  "heading.numberMismatch": {
    th: (p) =>
      `หัวตารางที่ {cell} ระบุ “ตัวชี้วัดที่ ${s(p.given)}” แต่ชื่อเป็นของตัวชี้วัดที่ ${s(p.indicator)} จึงอ่านเป็นตัวชี้วัดที่ ${s(p.indicator)}`,
    en: (p) =>
      `The heading in {cell} says “indicator ${s(p.given)}” but names indicator ${s(p.indicator)}; it was read as indicator ${s(p.indicator)}.`,
  },
  "items.otherFramework": {
    th: (p) =>
      `ตาราง ${s(p.range)} มีข้อคำถามที่ไม่อยู่ในกรอบการประเมิน ITA ${s(p.year)} (${codes(p.codes)}) จึงน่าจะเป็นตารางของปีอื่น ไม่นำคะแนนรายข้อในตารางนี้มาใช้ และวิเคราะห์ในระดับตัวชี้วัดแทน`,
    en: (p) =>
      `Table ${s(p.range)} has items that are not in the ITA ${s(p.year)} framework (${codes(p.codes)}), so it looks like another year's table; its item scores were not used and the analysis continues at indicator level.`,
  },
  "item.notInFramework": {
    th: (p) => `ข้อ ${s(p.code)} ที่ {cell} ไม่อยู่ในกรอบการประเมิน ITA ${s(p.year)} จึงไม่นำมาใช้`,
    en: (p) => `Item ${s(p.code)} in {cell} is not in the ITA ${s(p.year)} framework; it was not used.`,
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
      `คะแนนรวม ITA ที่รายงาน ${n2(p.reported)} ({cell}) ไม่ตรงกับคะแนนที่คำนวณจากเครื่องมือ (IIT 30% EIT 30% OIT 40%) ${n2(p.computed)}`,
    en: (p) =>
      `The reported overall score ${n2(p.reported)} ({cell}) differs from ${n2(p.computed)} computed from the tools (IIT 30%, EIT 30%, OIT 40%).`,
  },
  "sheet.previousYear": {
    th: (p) => `ชีต “${s(p.sheet)}” เป็นผลคะแนนปีที่ผ่านมา จึงใช้เพื่อเปรียบเทียบกับปีนี้เท่านั้น (ไม่นำคะแนนรายข้อมาวิเคราะห์)`,
    en: (p) =>
      `Sheet “${s(p.sheet)}” holds last year's scores: they are used only to compare with this year (its item scores are not analysed).`,
  },
  "previous.conflict": {
    th: (p) => `คะแนนปีที่ผ่านมาไม่ตรงกันในสองตำแหน่ง: ${n2(p.first)} ({cell}) และ ${n2(p.second)} ({cell2}) ใช้ค่าแรก`,
    en: (p) =>
      `Last year's score appears twice with different values: ${n2(p.first)} ({cell}) and ${n2(p.second)} ({cell2}); the first is used.`,
  },
  "tool.points": {
    th: (p) => `${s(p.tool)} ({cell}) ให้เป็นคะแนนถ่วงน้ำหนัก ${n2(p.points)} จาก ${s(p.max)} จึงแปลงเป็นร้อยละ ${n2(p.value)}`,
    en: (p) =>
      `${s(p.tool)} ({cell}) is given as ${n2(p.points)} weighted points out of ${s(p.max)}; read as ${n2(p.value)} percent.`,
  },
};

export function describe(d: Diagnostic, lang: Lang): string {
  const t = DIAGNOSTICS[d.code];
  const text = t ? t[lang](d.params) : `${d.code} ${JSON.stringify(d.params)}`;
  return text.replace("{cell}", d.cells[0] ?? "").replace("{cell2}", d.cells[1] ?? "");
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
    "file.sameAsInput": {
      th: (p) => `ไฟล์ผลลัพธ์ ${s(p.file)} เป็นไฟล์เดียวกับไฟล์ต้นฉบับ จะไม่เขียนทับไฟล์ต้นฉบับ`,
      en: (p) => `The output ${s(p.file)} is the input file; the input is never overwritten.`,
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
    "args.invalid": {
      th: (p) => `ตัวเลือกไม่ถูกต้อง: ${s(p.detail)}`,
      en: (p) => `Invalid option: ${s(p.detail)}`,
    },
  };
