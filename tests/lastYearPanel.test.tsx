/** @jest-environment jsdom */
/**
 * The pane's view of last year's measures: the summary the pipeline makes from two years of one
 * agency (`lastYear.test.ts` works the verdicts out by hand), in the results, in Thai and in English.
 */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { summarizeBoth } from "../src/core/report/summary";
import { ResultsPanel } from "../src/taskpane/components/ResultsPanel";
import { STRINGS } from "../src/taskpane/text/strings";
import { analysed, gridOf, scoreGrid, workbookBytes } from "./helpers/lastYear";

test("the results show each of last year's measures with its verdict, its statuses and its items; in either language", async () => {
  const previousWorkbook = await gridOf(
    await analysed(scoreGrid(2568, { i10: 70, i4: 84, i7: 60, i13: 80, e9: [80, 90] })),
  );
  const now = await workbookBytes(scoreGrid(2569, { i10: 90, i4: 79, i7: 75, i13: 80.2, e9: null, i1: 80 }));
  const summaries = summarizeBoth(await analyseXlsx(now, "x.xlsx", { previousWorkbook }));
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ResultsPanel t={STRINGS.th} summary={summaries.th} />
    </FluentProvider>,
  );
  // A section of its own under its title, open at first.
  const heading = screen.getByRole("heading", { name: "ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2569" });
  const section = heading.closest("section")!;
  expect(within(section).getByText(/^มาตรการทั้งหมด 6 มาตรการ/)).toBeTruthy();
  expect(within(section).getByText("4. ขับเคลื่อนงานภายใต้กลไกกำกับติดตามการดำเนินงานด้านงบประมาณของหน่วยงาน")).toBeTruthy();
  expect(within(section).getByText("i4 จาก 84 เป็น 79 (ลดลง 5)")).toBeTruthy();
  expect(within(section).getByText("แย่ลง")).toBeTruthy();
  expect(within(section).getAllByText("ปีนี้มีมาตรการต่อเนื่อง (ยังไม่บรรลุค่าเป้าหมาย)")).toHaveLength(3);
  expect(within(section).getAllByText("รอบ 6 เดือน: ยังไม่ดำเนินการ · รอบ 12 เดือน: ยังไม่ดำเนินการ")).toHaveLength(6);
  view.rerender(
    <FluentProvider theme={webLightTheme}>
      <ResultsPanel t={STRINGS.en} summary={summaries.en} />
    </FluentProvider>,
  );
  expect(screen.getByRole("heading", { name: "Results of the measures, FY 2569 (Oct 2025 – Sep 2026)" })).toBeTruthy();
  expect(screen.getByText("i10: 70 to 90 (up 20)")).toBeTruthy();
  expect(screen.getByText("improved to the target")).toBeTruthy();
});

test("without last year's measures there is no such section", async () => {
  const summary = summarizeBoth(await analyseXlsx(await workbookBytes(scoreGrid(2569, { i1: 80 })), "x.xlsx")).th;
  expect(summary.lastYear).toBeNull();
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultsPanel t={STRINGS.th} summary={summary} />
    </FluentProvider>,
  );
  expect(screen.queryByRole("heading", { name: /^ผลการดำเนินการตามมาตรการ/ })).toBeNull();
});
