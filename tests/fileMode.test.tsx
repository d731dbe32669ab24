/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { unzipSync } from "fflate";
import { FileModeApp } from "../src/taskpane/FileMode";
import { batchSources } from "../src/adapters/browser/batch";
import { AGENCIES, agenciesSideBySide, agencyPerSheet } from "./helpers/batch";
import type { Lang } from "../src/core/i18n/messages";

/** What the page offered for download: the browser's download is not jsdom's to make. */
const mockSaved: Array<{ bytes: Uint8Array; name: string; type: string }> = [];
jest.mock("../src/adapters/download", () => ({
  downloadBytes: (bytes: Uint8Array, name: string, type: string) => mockSaved.push({ bytes, name, type }),
}));

/** A File as the browser gives it (jsdom's File cannot give its bytes back). */
function file(name: string, bytes: Uint8Array, path?: string): File {
  const f = new File([bytes as BlobPart], name);
  const copy = bytes.slice();
  Object.defineProperty(f, "arrayBuffer", { value: () => Promise.resolve(copy.buffer) });
  if (path) Object.defineProperty(f, "webkitRelativePath", { value: path });
  return f;
}

/** The page, once it has loaded what the settings offer (its file-mode code, on first use). */
async function renderPage(lang: Lang = "th") {
  render(<FileModeApp theme={webLightTheme} initialLang={lang} />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** The agency table's rows as their cells' text. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => Array.from(r.querySelectorAll("th, td"), (c) => c.textContent));

describe("the web page with several files", () => {
  beforeEach(() => {
    mockSaved.length = 0;
    // Settings saved by one test (its target, say) are not the next one's.
    localStorage.clear();
  });

  test("three files: every agency by overall score and the file that could not be read, in Thai and English; the roll-up and the zip download", async () => {
    const files = [
      file("per-sheet.xlsx", await agencyPerSheet()),
      file("side.xlsx", await agenciesSideBySide(AGENCIES[0], AGENCIES[1], 2569)),
      file("broken.xlsx", new TextEncoder().encode("not a workbook")),
    ];
    await renderPage();
    fireEvent.change(screen.getByLabelText("ไฟล์คะแนน ITA (.xlsx)"), { target: { files } });
    await screen.findByText("เลือก 3 ไฟล์: broken.xlsx, per-sheet.xlsx, side.xlsx");
    // Several files: Analyze all in place of Analyze.
    expect(screen.queryByRole("button", { name: "วิเคราะห์" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ทั้งหมด (3 ไฟล์)" }));
    const results = await screen.findByRole("region", { name: "ผลการวิเคราะห์ทุกหน่วยงาน" }, { timeout: 30_000 });
    expect(within(results).getByText("5 หน่วยงานจาก 3 ไฟล์ · ต่ำกว่าค่าเป้าหมาย 2 หน่วยงาน")).toBeTruthy();
    const [home, nongbua, health] = AGENCIES.map((a) => a.name);
    const table = within(results).getByRole("table", { name: "หน่วยงาน เรียงตามคะแนนรวม" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["หน่วยงาน", "ไฟล์ › ชีต", "ปีที่ประเมิน", "คะแนนรวม", "ผล", "ตัวชี้วัดที่ต่ำกว่าค่าเป้าหมาย"]);
    expect(rowsOf(table)).toEqual([
      [health, "per-sheet.xlsx › หน่วยงาน 3", "2567", "89.50", "ผ่านดี", "1"],
      [home, "per-sheet.xlsx › หน่วยงาน 1", "2567", "87", "ผ่าน", "4"],
      [home, "side.xlsx › ผลคะแนน", "2569", "87", "ผ่าน", "4"],
      [nongbua, "per-sheet.xlsx › หน่วยงาน 2", "2567", "72", "ไม่ผ่าน", "7"],
      [nongbua, "side.xlsx › ผลคะแนน", "2569", "72", "ไม่ผ่าน", "7"],
    ]);
    const unread = within(results).getByRole("table", { name: "ไฟล์ที่อ่านไม่ได้ (1)" });
    expect(rowsOf(unread)).toEqual([["broken.xlsx", expect.stringMatching(/^เปิดไฟล์ broken\.xlsx ไม่ได้/)]]);

    // The language switch rewrites the view; the rows stay.
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    const en = screen.getByRole("region", { name: "Results of every agency" });
    expect(within(en).getByText("5 agencies from 3 files · 2 below the target")).toBeTruthy();
    const enTable = within(en).getByRole("table", { name: "Agencies by overall score" });
    expect(rowsOf(enTable).map((r) => [r[0], r[3], r[4]])).toEqual([
      [health, "89.50", "Passed well"],
      [home, "87", "Passed"],
      [home, "87", "Passed"],
      [nongbua, "72", "Not passed"],
      [nongbua, "72", "Not passed"],
    ]);
    expect(
      rowsOf(within(en).getByRole("table", { name: "Files that could not be read (1)" })).map((r) => r[1]),
    ).toEqual([expect.stringMatching(/^Cannot open broken\.xlsx: it is not a readable Excel/)]);
    // The downloads are in Thai, the language they were written in, and the page says so.
    expect(within(en).getByText(/The downloads are written in Thai/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Download roll-up" }));
    fireEvent.click(screen.getByRole("button", { name: "Download all (zip)" }));
    await waitFor(() => expect(mockSaved).toHaveLength(2));
    expect(mockSaved.map((s) => [s.name, s.type])).toEqual([
      ["ita-rollup.xlsx", "xlsx"],
      ["ita-batch.zip", "zip"],
    ]);
    const zip = unzipSync(mockSaved[1].bytes);
    expect(Object.keys(zip)).toEqual([
      `${home}.xlsx`,
      `${nongbua}.xlsx`,
      `${health}.xlsx`,
      `${home} (2).xlsx`,
      `${nongbua} (2).xlsx`,
      "ita-rollup.xlsx",
    ]);
    expect(Buffer.compare(Buffer.from(zip["ita-rollup.xlsx"]), Buffer.from(mockSaved[0].bytes))).toBe(0);
  }, 60_000);

  test("the pane's settings reach every agency, and its Word option adds each agency's document", async () => {
    await renderPage("en");
    fireEvent.change(screen.getByLabelText("ITA score file (.xlsx)"), {
      target: { files: [file("a.xlsx", await agencyPerSheet()), file("b.xlsx", await agencyPerSheet([AGENCIES[0]]))] },
    });
    fireEvent.click(screen.getByRole("button", { name: /Settings/ }));
    fireEvent.change(await screen.findByLabelText("Target score"), { target: { value: "88" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Also write each agency's Word document" }));
    fireEvent.click(screen.getByRole("button", { name: "Analyze all (2 files)" }));
    const results = await screen.findByRole("region", { name: "Results of every agency" }, { timeout: 30_000 });
    // 87 is below a target of 88.
    expect(within(results).getByText("4 agencies from 2 files · 3 below the target")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Download all (zip)" }));
    await waitFor(() => expect(mockSaved).toHaveLength(1));
    const names = Object.keys(unzipSync(mockSaved[0].bytes));
    expect(names.filter((n) => n.endsWith(".docx"))).toHaveLength(4);
    expect(names.filter((n) => n.endsWith(".xlsx"))).toHaveLength(5);
    // Saved, as Analyze saves them.
    expect(JSON.parse(localStorage.getItem("ita-analyzer.settings")!)).toMatchObject({ threshold: 88 });
  }, 60_000);

  test("Stop ends the batch with nothing written; Analyze all starts it again", async () => {
    await renderPage("en");
    fireEvent.change(screen.getByLabelText("ITA score file (.xlsx)"), {
      target: { files: [file("a.xlsx", await agencyPerSheet()), file("b.xlsx", await agencyPerSheet([AGENCIES[0]]))] },
    });
    const analyzeAll = screen.getByRole("button", { name: "Analyze all (2 files)" });
    fireEvent.click(analyzeAll);
    // While it runs, Analyze all keeps the keyboard's focus but does nothing.
    const stop = await screen.findByRole("button", { name: "Stop" });
    expect(analyzeAll.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(stop);
    await screen.findByText("Stopped: nothing was written. Click “Analyze all” to start again.");
    expect(screen.queryByRole("button", { name: "Stop" })).toBeNull();
    expect(analyzeAll.getAttribute("aria-disabled")).not.toBe("true");
    // The stopped run ends without a word: no results, no error, nothing offered for download.
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(screen.queryByRole("region", { name: "Results of every agency" })).toBeNull();
    expect(screen.queryByText("Error")).toBeNull();
    expect(screen.queryByRole("button", { name: "Download all (zip)" })).toBeNull();

    // Stopped and started again at once: only the new run's progress and results are shown.
    fireEvent.click(analyzeAll);
    fireEvent.click(await screen.findByRole("button", { name: "Stop" }));
    fireEvent.click(analyzeAll);
    const results = await screen.findByRole("region", { name: "Results of every agency" }, { timeout: 30_000 });
    expect(within(results).getByText("4 agencies from 2 files · 1 below the target")).toBeTruthy();
    expect(screen.queryByText(/^Stopped/)).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(screen.getByRole("status").textContent).toBe("");
    expect(screen.getAllByRole("region", { name: "Results of every agency" })).toHaveLength(1);
  }, 60_000);

  test("one file is the pane as before (Analyze, no batch); several files after it leave its messages behind", async () => {
    await renderPage();
    fireEvent.change(screen.getByLabelText("ไฟล์คะแนน ITA (.xlsx)"), {
      target: { files: [file("one.xlsx", await agencyPerSheet([AGENCIES[0]]))] },
    });
    await screen.findByText("ไฟล์ที่เลือก: one.xlsx");
    expect(screen.getByRole("button", { name: "วิเคราะห์" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /วิเคราะห์ทั้งหมด/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์" }));
    const done = /^วิเคราะห์เสร็จแล้ว/;
    await screen.findByText(done, undefined, { timeout: 30_000 });

    // Several files next: the one file's message and results give way to the batch.
    fireEvent.change(screen.getByLabelText("ไฟล์คะแนน ITA (.xlsx)"), {
      target: { files: [file("a.xlsx", await agencyPerSheet()), file("b.xlsx", await agencyPerSheet())] },
    });
    await screen.findByRole("button", { name: "วิเคราะห์ทั้งหมด (2 ไฟล์)" });
    expect(screen.queryByText(done)).toBeNull();
    expect(screen.queryByRole("region", { name: "ผลการวิเคราะห์" })).toBeNull();
  }, 60_000);
});

describe("the files of a folder", () => {
  const f = (path: string) => ({ file: file(path.split("/").pop()!, new Uint8Array()), path });

  test("are its workbooks, named by their path below it, in order; chosen files are taken whatever their name", () => {
    const chosen = batchSources([
      f("ผลคะแนน/per-sheet.xlsx"),
      f("ผลคะแนน/อำเภอเมือง/side.xlsm"),
      f("ผลคะแนน/notes.txt"),
      f("ผลคะแนน/~$per-sheet.xlsx"),
      f("ผลคะแนน/.hidden/x.xlsx"),
      f("ผลคะแนน/Book.XLSX"),
    ]);
    expect(chosen.map((s) => s.name)).toEqual(["Book.XLSX", "per-sheet.xlsx", "อำเภอเมือง/side.xlsm"]);
    expect(
      batchSources([{ file: file("b.txt", new Uint8Array()) }, { file: file("a.xls", new Uint8Array()) }]).map(
        (s) => s.name,
      ),
    ).toEqual(["a.xls", "b.txt"]);
    // Dropped folders come as full paths.
    expect(batchSources([f("/จังหวัด/a/1.xlsx"), f("/จังหวัด/b/2.xlsx")]).map((s) => s.name)).toEqual([
      "a/1.xlsx",
      "b/2.xlsx",
    ]);
  });

  test("a folder with no workbook says so", async () => {
    await renderPage("en");
    fireEvent.change(screen.getByLabelText("Or choose a whole folder"), {
      target: {
        files: [file("notes.txt", new Uint8Array(), "docs/notes.txt"), file("a.txt", new Uint8Array(), "docs/a.txt")],
      },
    });
    await screen.findByText("No Excel files (.xlsx or .xlsm) in the folder chosen.");
  });
});
