/** @jest-environment jsdom */
import JSZip from "jszip";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../src/taskpane/App";
import { AnalyzeSettings, Step, WorkbookHost } from "../src/adapters/host";
import { analyseWorkbook, documentsOf } from "../src/core/analyseWorkbook";
import { summarizeBoth } from "../src/core/report/summary";
import { settingsChoices } from "../src/core/settingsChoices";
import { OfficeActionError } from "../src/adapters/office/officeErrors";
import { sampleGrid } from "./helpers/grids";
import { searchable } from "./helpers/docxText";
import type { Lang } from "../src/core/i18n/messages";
import { fromSaved } from "../src/core/request";
import { documentBytes } from "../src/adapters/documentFile";

/** An in-memory host: the real pipeline on the sample, every call recorded. */
function fakeHost(overrides: Partial<WorkbookHost> = {}) {
  const calls: Array<[string, ...unknown[]]> = [];
  let saved: AnalyzeSettings = fromSaved(null);
  const host: WorkbookHost = {
    kind: "excel",
    listSheets: () =>
      Promise.resolve([
        { name: "ผลคะแนนรายตัวชี้วัด", generated: false },
        { name: "ผลคะแนนรายข้อ", generated: false },
        { name: "วิเคราะห์ผล ITA", generated: true },
      ]),
    choices: (lang: Lang) => Promise.resolve(settingsChoices(lang)),
    analyze: async (settings: AnalyzeSettings, lang: Lang, onStep: (s: Step) => void) => {
      calls.push(["analyze", settings, lang]);
      onStep("read");
      const grid = await sampleGrid();
      onStep("analyse");
      const r = analyseWorkbook(grid, {
        threshold: settings.threshold ?? undefined,
        lang,
        agencyName: settings.agencyName,
        documentThaiDigits: settings.documentThaiDigits,
        decisions: settings.decisions,
      });
      onStep("write");
      return { summaries: summarizeBoth(r), documents: documentsOf(r) };
    },
    documentName: (fy: number, lang: Lang) => (lang === "th" ? `มาตรการ ITA ${fy}.docx` : `ITA measures ${fy}.docx`),
    saveFile: (bytes: Uint8Array, name: string, type: "docx" | "xlsx") => {
      calls.push(["save", bytes, name, type]);
      return Promise.resolve("saved" as const);
    },
    clearHighlights: () => {
      calls.push(["clear"]);
      return Promise.resolve(12);
    },
    insertTemplate: (lang: Lang) => {
      calls.push(["template", lang]);
      return Promise.resolve("คะแนน ITA 2567");
    },
    selectCell: (ref: string) => {
      calls.push(["select", ref]);
      return Promise.resolve();
    },
    // The document as the real hosts write it, offered through this host's saveFile.
    saveDocument: async (document, name) => host.saveFile(await documentBytes(document), name, "docx"),
    loadSettings: () => saved,
    saveSettings: (s) => {
      saved = s;
      return Promise.resolve();
    },
    ...overrides,
  };
  return { host, calls };
}

const renderApp = (host: WorkbookHost, lang: Lang = "th") =>
  render(<App host={host} theme={webLightTheme} initialLang={lang} />);

describe("the task pane", () => {
  test("Analyze shows the overall score, the low items per issue and the diagnostics; a diagnostic selects its cell", async () => {
    const { host, calls } = fakeHost();
    renderApp(host);
    expect(screen.getByRole("heading", { name: "วิเคราะห์ผล ITA" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์" }));
    const results = await screen.findByRole("region", { name: "ผลการวิเคราะห์" });
    expect(calls[0][0]).toBe("analyze");
    // By default the year is read from the workbook, the measures are for the year after it, and the
    // target is the framework's (null: a framework file's own target is honoured in the pane too).
    expect(calls[0][1]).toMatchObject({ threshold: null, year: "auto", fiscalYear: null, sheets: null });
    // The year, where it was read, and the fiscal year of the measures head the results.
    expect(within(results).getByText("ITA 2567")).toBeTruthy();
    expect(within(results).getByText("มาตรการปีงบประมาณ 2568")).toBeTruthy();
    expect(within(results).getByText("84.33")).toBeTruthy();
    expect(within(results).getByText("ไม่ผ่าน")).toBeTruthy();
    expect(within(results).getByText("ปีที่ผ่านมา 88.03 (ลดลง 3.70)")).toBeTruthy();
    // Issues are headings a screen reader can jump between; an item shows once per issue.
    expect(
      within(results).getByRole("heading", { level: 4, name: "ประเด็นที่ (4) กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ" }),
    ).toBeTruthy();
    expect(within(results).getByText("i10 (78.68)")).toBeTruthy();
    // e1 is low in issues 1 and 2: once in each.
    expect(within(results).getAllByText("e1 (84.73 / 86.19)")).toHaveLength(2);
    // The chart: ten indicators, each a button that says its score; indicator 8 shows its items.
    const keys = within(results).getAllByRole("button", { name: /^ตัวชี้วัดที่ \d+ / });
    expect(keys).toHaveLength(10);
    fireEvent.click(
      within(results).getByRole("button", { name: "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน: 66.79 ต่ำกว่าค่าเป้าหมาย" }),
    );
    expect(within(results).getByRole("heading", { name: "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (66.79)" })).toBeTruthy();
    expect(within(results).getAllByText("e9 (30.68 / 45.24)").length).toBeGreaterThan(0);
    // Warnings come grouped by kind, each cell linked once.
    // A kind's heading says its severity first, then the kind and how many; it folds its entries.
    expect(
      within(results).getByRole("heading", { name: /^คำเตือน ?คะแนนที่รายงานไม่ตรงกับที่คำนวณได้ \(\d+\)$/ }),
    ).toBeTruthy();
    const notes = within(results).getAllByRole("button", { name: /^ข้อสังเกต/ });
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.getAttribute("aria-expanded")).toBe("false");
    expect(
      within(results)
        .getByRole("button", { name: /^คำเตือน ?คะแนนที่รายงาน/ })
        .getAttribute("aria-expanded"),
    ).toBe("true");
    // Once in the review (indicator 6 typed 80.49), once among the warnings.
    expect(within(results).getAllByRole("button", { name: "ไปที่เซลล์ ผลคะแนนรายตัวชี้วัด!C12" })).toHaveLength(2);
    expect(screen.getByText(/วิเคราะห์เสร็จแล้ว/)).toBeTruthy();

    fireEvent.click(within(results).getAllByRole("button", { name: "ไปที่เซลล์ ผลคะแนนรายตัวชี้วัด!C12" })[1]);
    await waitFor(() => expect(calls).toContainEqual(["select", "ผลคะแนนรายตัวชี้วัด!C12"]));
  });

  test("settings reach the core: target, sheets and units; they are saved with the workbook", async () => {
    const { host, calls } = fakeHost();
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: /การตั้งค่า/ }));
    const threshold = await screen.findByLabelText("ค่าเป้าหมาย (คะแนน)");
    fireEvent.change(threshold, { target: { value: "90" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "ผลคะแนนรายข้อ" }));
    expect(screen.queryByRole("checkbox", { name: "วิเคราะห์ผล ITA" })).toBeNull();
    fireEvent.change(await screen.findByLabelText("หน่วยงานด้านแผนและงบประมาณ"), { target: { value: "กองแผนงาน" } });
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์" }));
    await screen.findByRole("region", { name: "ผลการวิเคราะห์" });
    expect(calls[0][1]).toMatchObject({
      threshold: 90,
      sheets: ["ผลคะแนนรายตัวชี้วัด"],
      units: [{ role: "budget", name: "กองแผนงาน" }],
    });
    expect(host.loadSettings()).toMatchObject({ threshold: 90 });
  });

  test("an Office error shows its clear message; the pane stays usable", async () => {
    const err = new OfficeActionError(
      "InvalidOperationInCellEditMode",
      "Excel กำลังอยู่ในโหมดแก้ไขเซลล์",
      "Excel is in cell-edit mode",
      "x",
    );
    const { host } = fakeHost({ analyze: () => Promise.reject(err) });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์" }));
    expect(await screen.findByText("Excel กำลังอยู่ในโหมดแก้ไขเซลล์")).toBeTruthy();
    expect(screen.getByText("เกิดข้อผิดพลาด")).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "วิเคราะห์" }).disabled).toBe(false);
  });

  test("any other error is shown as it is, not hidden", async () => {
    const { host } = fakeHost({
      analyze: () => Promise.reject(new TypeError("Cannot read properties of undefined")),
    });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderApp(host, "en");
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    expect(await screen.findByText("Cannot read properties of undefined")).toBeTruthy();
  });

  test("progress is shown while Analyze runs, and goes when it ends", async () => {
    const analysed = analyseWorkbook(await sampleGrid());
    let finish!: () => void;
    const { host } = fakeHost({
      analyze: (_s, _lang, onStep) =>
        new Promise((resolve) => {
          onStep("write");
          finish = () =>
            resolve({
              summaries: summarizeBoth(analysed),
              documents: documentsOf(analysed),
            });
        }),
    });
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์" }));
    expect(await screen.findByText("กำลังเขียนผลลงสมุดงาน…")).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "วิเคราะห์" }).disabled).toBe(true);
    await act(() => {
      finish();
      return Promise.resolve();
    });
    expect(screen.queryByText("กำลังเขียนผลลงสมุดงาน…")).toBeNull();
    expect(screen.getByText(/^วิเคราะห์เสร็จแล้ว/)).toBeTruthy();
  });

  test("switches between Thai and English, the results and the messages included", async () => {
    const { host } = fakeHost();
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์" }));
    await screen.findByRole("region", { name: "ผลการวิเคราะห์" });
    expect(screen.getByText(/วิเคราะห์เสร็จแล้ว/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("button", { name: "Analyze" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "ITA Analyzer" })).toBeTruthy();
    const results = screen.getByRole("region", { name: "Results" });
    expect(within(results).getByText("Not passed")).toBeTruthy();
    expect(within(results).getByRole("heading", { name: /^Issue \(4\) / })).toBeTruthy();
    expect(within(results).getByText("measures for fiscal year 2568")).toBeTruthy();
    expect(screen.getByText(/^Analysis done\./)).toBeTruthy();
    expect(within(results).queryByText("ไม่ผ่าน")).toBeNull();
    expect(document.documentElement.lang).toBe("en");
    fireEvent.click(screen.getByRole("button", { name: "ภาษาไทย" }));
    expect(screen.getByRole("button", { name: "วิเคราะห์" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "ผลการวิเคราะห์" })).toBeTruthy();
    await act(() => Promise.resolve());
  });

  test("a part of the pane that fails to load says so in the pane's language, and loads again on retry", async () => {
    const { ErrorBoundary } = await import("../src/taskpane/components/ErrorBoundary");
    const { STRINGS } = await import("../src/taskpane/text/strings");
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    let failing = true;
    function Part() {
      if (failing) throw Object.assign(new Error("Loading chunk 231 failed."), { name: "ChunkLoadError" });
      return <p>loaded</p>;
    }
    const view = (lang: Lang) => (
      <ErrorBoundary t={STRINGS[lang]} lang={lang} onRetry={() => (failing = false)}>
        <Part />
      </ErrorBoundary>
    );
    const { rerender } = render(view("en"));
    expect(
      screen.getByText("Part of the pane could not be loaded (the network or a proxy may be failing)."),
    ).toBeTruthy();
    rerender(view("th"));
    expect(screen.getByText(/โหลดส่วนหนึ่งของบานหน้าต่างไม่สำเร็จ/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "ลองอีกครั้ง" }));
    expect(screen.getByText("loaded")).toBeTruthy();
  });

  test("the agency's name set in the pane names the agency in the Word document, which downloads", async () => {
    const { host, calls } = fakeHost();
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: /การตั้งค่า/ }));
    fireEvent.change(await screen.findByLabelText("ชื่อหน่วยงาน (ในเอกสาร)"), { target: { value: "สำนักงาน กสม." } });
    // No document before there is an analysis.
    expect(screen.queryByRole("button", { name: "เอกสาร Word" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์" }));
    fireEvent.click(await screen.findByRole("button", { name: "เอกสาร Word" }));
    expect(await screen.findByText("ดาวน์โหลดเอกสาร มาตรการ ITA 2568.docx แล้ว (ดูในโฟลเดอร์ดาวน์โหลด)")).toBeTruthy();
    const [, bytes, name, type] = calls.find((c) => c[0] === "save")!;
    expect([name, type]).toEqual(["มาตรการ ITA 2568.docx", "docx"]);
    const xml = searchable(
      await (await JSZip.loadAsync(bytes as Uint8Array)).file("word/document.xml")!.async("string"),
    );
    expect(xml).toContain("สำนักงาน กสม. ได้ผลคะแนนการประเมิน ITA ๘๔.๓๓ คะแนน");
    // Saved with the workbook, for the ribbon button and the next session.
    expect(host.loadSettings()).toMatchObject({ agencyName: "สำนักงาน กสม.", documentThaiDigits: true });
  });

  test("where the host cannot download, the pane says so and how to get the document", async () => {
    const { host } = fakeHost({ saveFile: () => Promise.resolve("unsupported" as const) });
    renderApp(host, "en");
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    fireEvent.click(await screen.findByRole("button", { name: "Word document" }));
    expect(
      await screen.findByText(/does not let add-ins download files\. Open this workbook in Excel on the web/),
    ).toBeTruthy();
  });

  test("where the host cannot tell whether the file was saved (Excel on Windows), the pane does not claim it was", async () => {
    const { host } = fakeHost({ saveFile: () => Promise.resolve("unconfirmed" as const) });
    renderApp(host, "en");
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    fireEvent.click(await screen.findByRole("button", { name: "Word document" }));
    expect(
      await screen.findByText(/was offered for download, but Excel on Windows does not say whether it was saved/),
    ).toBeTruthy();
    expect(screen.queryByText(/^Downloaded /)).toBeNull();
  });

  test("a long Analyze can be cancelled until it starts writing; the pane says nothing was changed", async () => {
    let signalSeen: AbortSignal | undefined;
    const { host } = fakeHost({
      analyze: (_s, _lang, onStep, signal) =>
        new Promise((_resolve, reject) => {
          signalSeen = signal;
          onStep("read", 0.25);
          signal?.addEventListener("abort", () =>
            reject(
              Object.assign(new Error("aborted"), {
                code: "analysis.cancelled",
                describe: (l: Lang) =>
                  l === "th" ? "ยกเลิกการวิเคราะห์แล้ว ไม่มีการเปลี่ยนแปลงใด ๆ" : "Analysis cancelled; nothing was changed.",
              }),
            ),
          );
        }),
    });
    renderApp(host, "en");
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    expect(await screen.findByText("Reading the score tables… 25%")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(signalSeen?.aborted).toBe(true);
    expect(await screen.findByText("Analysis cancelled; nothing was changed.")).toBeTruthy();
    expect(screen.queryByText("Something went wrong")).toBeNull();
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Analyze" }).disabled).toBe(false);
  });

  test("Cancel goes once the writing starts: a write is never left half-done", async () => {
    let finish!: () => void;
    const analysed = analyseWorkbook(await sampleGrid());
    const { host } = fakeHost({
      analyze: (_s, _lang, onStep) =>
        new Promise((resolve) => {
          onStep("read", 0.5);
          finish = () => {
            onStep("write");
            resolve({ summaries: summarizeBoth(analysed), documents: documentsOf(analysed) });
          };
        }),
    });
    renderApp(host, "en");
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    expect(await screen.findByRole("button", { name: "Cancel" })).toBeTruthy();
    await act(() => {
      finish();
      return Promise.resolve();
    });
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
  });

  test("Check before you sign: the suspected typos first, and a decision analyses again with it", async () => {
    const { host, calls } = fakeHost();
    renderApp(host, "en");
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    const review = await screen.findByRole("list", { name: "Check before you sign" });
    const findings = within(review).getAllByRole("listitem");
    expect(findings).toHaveLength(4);
    expect(findings[0].textContent).toContain("Typed 81.27 → suggested 91.27");
    expect(findings[0].textContent).toContain("confidence high");
    expect(screen.getByText(/^4 score\(s\) disagree with another level/)).toBeTruthy();
    // The cell is a link that selects it in Excel.
    fireEvent.click(within(findings[0]).getByRole("button", { name: "Go to cell ผลคะแนนรายตัวชี้วัด!C8" }));
    expect(calls).toContainEqual(["select", "ผลคะแนนรายตัวชี้วัด!C8"]);
    fireEvent.click(within(findings[0]).getByRole("button", { name: "Use the suggested value" }));
    await waitFor(() =>
      expect(
        within(screen.getByRole("list", { name: "Check before you sign" })).getAllByRole("listitem")[0].textContent,
      ).toContain("Decided: Use the suggested value"),
    );
    expect(screen.getByText(/^3 score\(s\) disagree with another level/)).toBeTruthy();
    // Decisions are sent with the analysis, not saved as settings.
    expect(host.loadSettings()).not.toHaveProperty("decisions");
    // Undone, it is open again.
    fireEvent.click(screen.getByRole("button", { name: "Change the decision" }));
    await waitFor(() => expect(screen.getByText(/^4 score\(s\) disagree with another level/)).toBeTruthy());
  });

  test("Clear highlights and Insert score template report what they did", async () => {
    const { host, calls } = fakeHost();
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "ล้างไฮไลต์" }));
    expect(await screen.findByText("ล้างไฮไลต์แล้ว 12 รายการ")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "แทรกแบบกรอกคะแนน" }));
    expect(await screen.findByText(/แทรกชีต “คะแนน ITA 2567” แล้ว/)).toBeTruthy();
    expect(calls.map((c) => c[0])).toEqual(["clear", "template"]);
  });
});
