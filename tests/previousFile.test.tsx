/** @jest-environment jsdom */
/**
 * Last year's analysed workbook chosen in the page's settings (the pane's second file): the next
 * analysis judges last year's measures (the verdicts of `lastYear.test.ts`, worked out there by
 * hand), the downloaded workbook has their sheet; a file that is not last year's analysis is named
 * in the message; "do not use this file" goes back to an analysis without it. The same file reaches
 * Excel's adapter too (the typed fake).
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { unzipSync, strFromU8 } from "fflate";
import { FileModeApp } from "../src/taskpane/FileMode";
import { analyze as analyzeInExcel } from "../src/adapters/office/excelActions";
import { FakeWorkbook, installFakeExcel } from "./helpers/fakeExcel";
import { analysed, scoreGrid, workbookBytes } from "./helpers/lastYear";

const mockSaved: Array<{ bytes: Uint8Array; name: string }> = [];
jest.mock("../src/adapters/download", () => ({
  downloadBytes: (bytes: Uint8Array, name: string) => mockSaved.push({ bytes, name }),
}));

/** A File as the browser gives it (jsdom's File cannot give its bytes back). */
function file(name: string, bytes: Uint8Array): File {
  const f = new File([bytes as BlobPart], name);
  const copy = bytes.slice();
  Object.defineProperty(f, "arrayBuffer", { value: () => Promise.resolve(copy.buffer) });
  return f;
}

const LAST = () => analysed(scoreGrid(2568, { i10: 70, i4: 84, i7: 60, i13: 80, e9: [80, 90] }));
const NOW = { i10: 90, i4: 79, i7: 75, i13: 80.2, e9: null, i1: 80 };
const SECTION = "ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2569";

beforeEach(() => {
  mockSaved.length = 0;
  localStorage.clear();
});

test("the page: last year's workbook chosen in the settings gives last year's measures, in the results and the download", async () => {
  render(<FileModeApp theme={webLightTheme} initialLang="th" />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  fireEvent.change(screen.getByLabelText("ไฟล์คะแนน ITA (.xlsx)"), {
    target: { files: [file("ITA 2569.xlsx", await workbookBytes(scoreGrid(2569, NOW)))] },
  });
  await screen.findByText(/ITA 2569\.xlsx/);
  fireEvent.click(screen.getByRole("button", { name: /ตั้งค่า/ }));
  const picker = await screen.findByRole("group", { name: "ผลการวิเคราะห์ของปีที่ผ่านมา (ไม่บังคับ)" });
  // The choice is a button; the input behind it is hidden.
  expect(within(picker).getByRole("button", { name: "เลือกไฟล์…" })).toBeTruthy();
  fireEvent.change(screen.getByLabelText("ผลการวิเคราะห์ของปีที่ผ่านมา (ไม่บังคับ)", { selector: "input" }), {
    target: { files: [file("ITA 2568-analysis.xlsx", await LAST())] },
  });
  await within(picker).findByText("ไฟล์ที่เลือก: ITA 2568-analysis.xlsx (ใช้ในการวิเคราะห์ครั้งถัดไป)");

  fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์" }));
  const heading = await screen.findByRole("heading", { name: SECTION }, { timeout: 30_000 });
  const section = heading.closest("section")!;
  expect(within(section).getByText(/^มาตรการทั้งหมด 6 มาตรการ/)).toBeTruthy();
  expect(within(section).getByText("i4 จาก 84 เป็น 79 (ลดลง 5)")).toBeTruthy();
  expect(within(section).getByText("i10 จาก 70 เป็น 90 (เพิ่มขึ้น 20)")).toBeTruthy();

  // The analysed workbook to download has last year's measures' sheet.
  fireEvent.click(await screen.findByRole("button", { name: "ดาวน์โหลด" }));
  await waitFor(() => expect(mockSaved).toHaveLength(1));
  expect(strFromU8(unzipSync(mockSaved[0].bytes)["xl/workbook.xml"])).toContain('name="ผลมาตรการปีที่ผ่านมา"');

  // Let go of it: the next analysis has no such section.
  fireEvent.click(within(picker).getByRole("button", { name: "ไม่ใช้ไฟล์นี้" }));
  expect(within(picker).queryByText(/^ไฟล์ที่เลือก/)).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์" }));
  await waitFor(() => expect(screen.queryByRole("heading", { name: SECTION })).toBeNull(), { timeout: 30_000 });
  expect(await screen.findByText(/^วิเคราะห์เสร็จแล้ว/)).toBeTruthy();
}, 90_000);

test("the page: a workbook that is not last year's analysis is named in the message, and nothing is offered", async () => {
  render(<FileModeApp theme={webLightTheme} initialLang="en" />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const scores = await workbookBytes(scoreGrid(2569, NOW));
  fireEvent.change(screen.getByLabelText("ITA score file (.xlsx)"), { target: { files: [file("now.xlsx", scores)] } });
  await screen.findByText(/now\.xlsx/);
  fireEvent.click(screen.getByRole("button", { name: /Settings/ }));
  await screen.findByRole("group", { name: "Last year's analysed workbook (optional)" });
  fireEvent.change(screen.getByLabelText("Last year's analysed workbook (optional)", { selector: "input" }), {
    target: { files: [file("scores only.xlsx", scores)] },
  });
  await screen.findByText("Chosen: scores only.xlsx (used from the next analysis)");
  fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
  const alert = await screen.findByText(/holds no measure plan/, {}, { timeout: 30_000 });
  expect(alert.textContent).toContain(
    "scores only.xlsx holds no measure plan written by ITA Analyzer (a “Measure Plan” sheet); give last year's analysed workbook.",
  );
  expect(screen.queryByRole("button", { name: "Download" })).toBeNull();
}, 60_000);

test("Excel: last year's workbook reaches the analysis of the open workbook", async () => {
  const wb = new FakeWorkbook();
  for (const s of scoreGrid(2569, NOW).sheets) wb.addSheet(s.name, s.values, s.top, s.left);
  installFakeExcel(wb);
  const outcome = await analyzeInExcel({ year: 2569 }, () => {}, undefined, { name: "last.xlsx", bytes: await LAST() });
  const lastYear = outcome.summaries.en.lastYear!;
  expect(lastYear).not.toBeNull();
  expect(lastYear.measures.map((m) => m.verdict)).toEqual([
    "unmeasurable",
    "unmeasurable",
    "reached",
    "worse",
    "improved",
    "unchanged",
  ]);
  expect(wb.sheets.map((s) => s.name)).toContain("ผลมาตรการปีที่ผ่านมา");
}, 60_000);
