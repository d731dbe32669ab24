/** @jest-environment jsdom */
/**
 * The pane's view of last year's measures: the summary the pipeline makes from two years of one
 * agency (`lastYear.test.ts` works the verdicts out by hand), shown in Thai and in English.
 */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { summarizeBoth } from "../src/core/report/summary";
import { LastYearPanel } from "../src/taskpane/components/LastYearPanel";
import { analysed, gridOf, scoreGrid, workbookBytes } from "./helpers/lastYear";

test("each of last year's measures with its verdict, its statuses and its items; in either language", async () => {
  const previousWorkbook = await gridOf(
    await analysed(scoreGrid(2568, { i10: 70, i4: 84, i7: 60, i13: 80, e9: [80, 90] })),
  );
  const now = await workbookBytes(scoreGrid(2569, { i10: 90, i4: 79, i7: 75, i13: 80.2, e9: null, i1: 80 }));
  const summaries = summarizeBoth(await analyseXlsx(now, "x.xlsx", { previousWorkbook }));
  const th = summaries.th.lastYear!;
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <LastYearPanel lastYear={th} lang="th" />
    </FluentProvider>,
  );
  const region = screen.getByRole("region", { name: "ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2569" });
  const items = within(region)
    .getAllByRole("listitem")
    .filter((li) => li.parentElement?.parentElement === region);
  expect(items).toHaveLength(6);
  expect(within(region).getByText("i4 จาก 84 เป็น 79 (ลดลง 5)")).toBeTruthy();
  expect(within(region).getByText("แย่ลง")).toBeTruthy();
  expect(within(region).getAllByText("ปีนี้มีมาตรการต่อเนื่อง (ยังไม่บรรลุค่าเป้าหมาย)")).toHaveLength(3);
  expect(within(region).getAllByText("รอบ 6 เดือน: ยังไม่ดำเนินการ · รอบ 12 เดือน: ยังไม่ดำเนินการ")).toHaveLength(6);
  view.rerender(
    <FluentProvider theme={webLightTheme}>
      <LastYearPanel lastYear={summaries.en.lastYear!} lang="en" />
    </FluentProvider>,
  );
  expect(screen.getByText("i10: 70 to 90 (up 20)")).toBeTruthy();
  expect(screen.getByText("improved to the target")).toBeTruthy();
  expect(summaries.en.lastYear!.measures.map((m) => m.verdict)).toEqual([
    "unmeasurable",
    "unmeasurable",
    "reached",
    "worse",
    "improved",
    "unchanged",
  ]);
});
