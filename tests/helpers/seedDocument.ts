/**
 * The seed measures document rebuilt inside the repository, for tests that paste "the whole
 * document" into a workbook. Its score tables are the project's own transcription of the seed's
 * tables (`examples/source/ita-2567-seed-tables.tsv`, garbled codes and all); the prose around them
 * is written here, in the seed's shape: part headings, the related-indicator lines that look like
 * headings ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ข้อ ๑๑ – ๑๓"), findings full of numbers, numbered
 * recommendations, and a measure plan whose cells hold Thai digits and dates. None of it is a
 * score, and the reader must not take it for one.
 */
import { readFileSync } from "fs";
import { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/read/grid";
import { SOURCE_TSV } from "../../scripts/make-sample";

/** Prose of our own, placed before the transcription's line with this (1-based) number. */
const PROSE_BEFORE: Record<number, string[]> = {
  1: [
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    "จัดทำโดย กลุ่มงานแผนและติดตามผล",
    "**ส่วนที่ ๑ ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗**",
  ],
  5: [
    "หน่วยงานได้คะแนน ITA ๘๔.๓๓ คะแนน ต่ำกว่าค่าเป้าหมาย ๘๕ คะแนน และลดลงจากปีก่อน ๓.๗๐ คะแนน รายละเอียดรายเครื่องมือและตัวชี้วัดมีดังนี้",
    "**ผลการประเมินรายตัวชี้วัด**",
  ],
  21: ["ตัวชี้วัดที่ได้คะแนนไม่ถึง ๘๕ คะแนน มี ๕ ตัวชี้วัด ได้แก่"],
  27: [
    "หน่วยงานนำผลคะแนนมาวิเคราะห์เป็นรายประเด็น เพื่อกำหนดมาตรการในปีงบประมาณถัดไป",
    "## ส่วนที่ ๒ การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
    "- (๑) กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
    "- (๒) การให้บริการและระบบ E-Service",
    "### ประเด็นที่ (๑) กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
    "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ข้อ ๑๑ - ๑๓",
    "ตัวชี้วัดที่ ๒ คุณภาพการดำเนินงาน ข้อ E๑ - E๓",
    "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ข้อ O๘ - O๑๐ ซึ่งมีผลการประเมิน ดังนี้",
  ],
  46: [
    "ข้อคำถามที่ได้คะแนนน้อย (ไม่ถึง ๘๕ คะแนน) มีจำนวน ๕ ข้อ ได้แก่ ข้อ i๑ i๒ e๑ e๗ และ e๘ ซึ่งต่ำสุดที่ ๗๘.๖๘ คะแนน",
    "๑.๑ ทบทวนคู่มือการปฏิบัติงานให้ครบถ้วนและเป็นปัจจุบัน",
    "## **ประเด็นที่ (๒) การให้บริการและระบบ E-Service**",
    "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ข้อ E๑ – E๓",
    "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน ข้อ E๗ – E๙",
  ],
  66: [
    "ผู้มาติดต่อส่วนมากไม่เคยใช้ระบบ E-Service โดยข้อ e๙ ได้ ๓๐.๖๘ และ ๔๕.๒๔ คะแนน",
    "๒.๑ ตรวจสอบระบบให้บริการออนไลน์ทุกระบบให้ใช้งานได้",
    "### **ประเด็นที่ (๓) ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ**",
    "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ข้อ E๔ – E๖",
  ],
  80: [
    "- พัฒนาการสื่อสารข้อมูลข่าวสารผ่านสื่อสังคมออนไลน์",
    "#### **ประเด็นที่ (๔) กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ**",
    "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ข้อ 1๐ – 1๒ ซึ่งมีผลการประเมิน ดังนี้",
  ],
  87: [
    "ข้อคำถามที่ได้คะแนนน้อย มีจำนวน ๒ ข้อ ได้แก่ ข้อ i๑๐ และ i๑๑",
    "๔.๑ ประชาสัมพันธ์แนวทางการขอยืมทรัพย์สินของราชการ",
    "### ประเด็นที่ (๕) กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
    "ตัวชี้วัดที่ ๒ การใช้งบประมาณ ข้อ 1๔ - 1๖",
  ],
  101: [
    "ข้อ O๑๖ และ O๑๗ ไม่ได้คะแนน (๐ คะแนน)",
    "## ประเด็นที่ (๖) กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
    "ตัวชี้วัดที่ ๓ การใช้อำนาจ ข้อ ๑๗ – ๑๙",
  ],
  113: [
    "๖.๑ จัดอบรมให้ความรู้เกี่ยวกับมาตรฐานทางจริยธรรม",
    "### ประเด็นที่ (๗) กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
    "ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ข้อ 1๑๓ – 1๑๕",
    "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ข้อ O๒๖ – O๓๕ ซึ่งมีผลการประเมิน ดังนี้",
  ],
};

/** What follows the last table: the plan (a table, but of measures, not scores) and the follow-up. */
const CLOSING: string[] = [
  "๗.๑ ทบทวนแนวทางการจัดการเรื่องร้องเรียนการทุจริต",
  "## ส่วนที่ ๓ การนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ",
  "ประเด็น\tมาตรการ/โครงการ/กิจกรรม\tขั้นตอน/วิธีการปฏิบัติ\tระยะเวลาดำเนินการ\tผู้รับผิดชอบ",
  "(๑) กระบวนการปฏิบัติงาน ที่โปร่งใสและมีประสิทธิภาพ\t๑. ทบทวนคู่มือการให้บริการประชาชน\t<p>๑. สำรวจคู่มือที่มีอยู่</p> <p>๒. เผยแพร่บนเว็บไซต์ภายใน ๓๑ มีนาคม ๒๕๖๘</p>\t๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘\tทุกสำนัก",
  "(๒) การให้บริการและระบบ E-Service\t๒. ส่งเสริมการใช้ E-Service\t๑. จัดทำสื่อแนะนำ ๘๕ ชุด\t๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘\tกองเทคโนโลยีสารสนเทศ",
  "\t๓. พัฒนาช่องทางรับความคิดเห็น\t๑. ปรับปรุงแบบสำรวจความพึงพอใจ\t๑๒ เดือน\tกองประชาสัมพันธ์",
  "## ส่วนที่ ๔ การติดตามและประเมินผล",
  "(๑) กลุ่มงานแผนและติดตามผล รายงานผลรอบ ๖ เดือน และรอบ ๑๒ เดือน",
];

/** The whole document as lines of tab-separated cells, the way a copy from Word pastes. */
export function seedDocumentLines(): string[] {
  const tsv = readFileSync(SOURCE_TSV, "utf8").replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  tsv.forEach((line, i) => {
    out.push(...(PROSE_BEFORE[i + 1] ?? []));
    if (line.startsWith("#sheet ") || line.startsWith("#title ")) return;
    out.push(line);
  });
  out.push(...CLOSING);
  return out;
}

function cells(line: string): CellValue[] {
  return line.split("\t").map((c) => (c === "" ? null : c));
}

/** The document pasted into one sheet: one line per row, prose in column A, tables in columns. */
export function seedPastedWhole(): WorkbookGrid {
  const rows = seedDocumentLines().map((l) => (l.trim() === "" ? [] : cells(l)));
  return { sheets: [{ name: "เอกสาร", top: 0, left: 0, values: rows }] };
}

/** Only the document's tables (its tab-separated lines), each table in its own sheet. */
export function seedTablesBySheet(): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  let current: CellValue[][] = [];
  const flush = () => {
    if (current.length) sheets.push({ name: `ตาราง${sheets.length + 1}`, top: 0, left: 0, values: current });
    current = [];
  };
  for (const l of seedDocumentLines()) {
    if (l.includes("\t")) current.push(cells(l));
    else if (l.trim() !== "") flush();
  }
  flush();
  return { sheets };
}
