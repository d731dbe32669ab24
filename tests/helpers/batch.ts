/**
 * Workbooks of several agencies for the batch tests, with every number chosen so that each agency's
 * scores can be worked out by hand: ten indicator scores, no tool totals and no overall, so the tool
 * scores are the means of their indicators and the overall is 0.3 IIT + 0.3 EIT + 0.4 OIT.
 */
import ExcelJS from "exceljs";

const NAMES = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงระบบการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];

export interface HandAgency {
  name: string;
  /** Indicators 1–10. */
  scores: number[];
  /** Worked out by hand (see the file's comment). */
  iit: number;
  eit: number;
  oit: number;
  overall: number;
}

/** Three agencies whose results were worked out on paper. */
export const AGENCIES: HandAgency[] = [
  // IIT (90+80+85+70+75)/5 = 80; EIT 90; OIT (100+80)/2 = 90; 0.3·80 + 0.3·90 + 0.4·90 = 87.
  {
    name: "เทศบาลตำบลบ้านใหม่",
    scores: [90, 80, 85, 70, 75, 90, 90, 90, 100, 80],
    iit: 80,
    eit: 90,
    oit: 90,
    overall: 87,
  },
  // IIT (60+70+80+90+100)/5 = 80; EIT (70+80+90)/3 = 80; OIT (50+70)/2 = 60; 24 + 24 + 24 = 72.
  {
    name: "องค์การบริหารส่วนตำบลหนองบัว",
    scores: [60, 70, 80, 90, 100, 70, 80, 90, 50, 70],
    iit: 80,
    eit: 80,
    oit: 60,
    overall: 72,
  },
  // IIT 100; EIT 85; OIT (95+75)/2 = 85; 30 + 25.5 + 34 = 89.5.
  {
    name: "สำนักงานสาธารณสุขอำเภอเมือง",
    scores: [100, 100, 100, 100, 100, 85, 85, 85, 95, 75],
    iit: 100,
    eit: 85,
    oit: 85,
    overall: 89.5,
  },
];

function fillAgency(ws: ExcelJS.Worksheet, a: HandAgency, year: number, at = { row: 1, col: 1 }): void {
  ws.getCell(at.row, at.col).value = `ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year} ของ ${a.name}`;
  ws.getCell(at.row + 2, at.col).value = "ตัวชี้วัด";
  ws.getCell(at.row + 2, at.col + 1).value = "คะแนน";
  a.scores.forEach((s, i) => {
    ws.getCell(at.row + 3 + i, at.col).value = `ตัวชี้วัดที่ ${i + 1} ${NAMES[i]}`;
    ws.getCell(at.row + 3 + i, at.col + 1).value = s;
  });
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One sheet per agency. */
export async function agencyPerSheet(agencies = AGENCIES, year = 2567): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  agencies.forEach((a, i) => fillAgency(wb.addWorksheet(`หน่วยงาน ${i + 1}`), a, year));
  return bytesOf(wb);
}

/** One agency in a workbook of its own. */
export async function oneAgency(a: HandAgency, year: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fillAgency(wb.addWorksheet("ผลคะแนน"), a, year);
  return bytesOf(wb);
}

/** Two agencies' tables side by side on one sheet. */
export async function agenciesSideBySide(a: HandAgency, b: HandAgency, year: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ผลคะแนน");
  fillAgency(ws, a, year, { row: 1, col: 1 });
  fillAgency(ws, b, year, { row: 1, col: 5 });
  return bytesOf(wb);
}

/** `n` made-up agencies for the benchmark: scores spread from 60 to 100, a different pattern each. */
export function manyAgencies(n: number): HandAgency[] {
  return Array.from({ length: n }, (_, i) => {
    const scores = Array.from({ length: 10 }, (_, k) => 60 + ((i * 7 + k * 13) % 41));
    return { name: `เทศบาลตำบลที่ ${i + 1}`, scores, iit: NaN, eit: NaN, oit: NaN, overall: NaN };
  });
}
