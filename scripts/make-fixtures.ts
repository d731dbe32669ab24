import ExcelJS from "exceljs";
import * as path from "path";

/** Small workbooks the tests use; run `npx tsx scripts/make-fixtures.ts` to rebuild them. */
async function main() {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
  const ws = wb.addWorksheet("รายชื่อ");
  ws.addRow(["ชื่อ", "ตำแหน่ง"]);
  ws.addRow(["สมชาย", "นักวิเคราะห์นโยบายและแผน"]);
  await wb.xlsx.writeFile(path.join(__dirname, "..", "tests", "fixtures", "no-scores.xlsx"));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
