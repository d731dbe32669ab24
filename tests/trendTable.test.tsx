/** @jest-environment jsdom */
/**
 * The pane's trend by indicator (issue 24, item 4): shown with three years or more, a column per
 * year, this year last, the word in the pane's language; not shown with two years.
 */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { CellValue } from "../src/core/read/grid";
import { summarize } from "../src/core/report/summary";
import { TrendTable } from "../src/taskpane/components/TrendTable";
import { RESULTS_TEXT, ResultsText } from "../src/taskpane/text/resultsStrings";
import { STRINGS } from "../src/taskpane/text/strings";
import { sheet, workbook } from "./helpers/grids";
import { INDICATORS } from "./helpers/years";

const t = (lang: "th" | "en") => ({ ...STRINGS[lang], ...RESULTS_TEXT[lang] }) as ResultsText;

/** Each indicator two points below this year in 2567 and four below in 2566: up every year. */
function years(n: number) {
  const head = ["2566", "2567", "2568"].slice(3 - n);
  const rows = INDICATORS.map(([name, v]): CellValue[] => [name, ...[v - 4, v - 2, v].slice(3 - n)]);
  return summarize(analyseWorkbook(workbook(sheet("S", [["ตัวชี้วัด", ...head], ...rows]))), "th");
}

test("three years: a table of the years, this year last, each indicator's scores and word", () => {
  const s = years(3);
  render(
    <FluentProvider theme={webLightTheme}>
      <TrendTable t={t("th")} trend={s.trend} id="trend" />
    </FluentProvider>,
  );
  const table = screen.getByRole("table");
  expect(screen.getByRole("heading", { name: "แนวโน้มรายตัวชี้วัด" })).toBeTruthy();
  const headers = within(table)
    .getAllByRole("columnheader")
    .map((h) => h.textContent);
  expect(headers).toEqual(["ตัวชี้วัด", "2566", "2567", "2568", "แนวโน้ม"]);
  const first = within(table).getAllByRole("row")[1];
  // Indicator 1: 88.1 − 4 = 84.10, 88.1 − 2 = 86.10, 88.10.
  expect(
    within(first)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(["84.10", "86.10", "88.10", "ดีขึ้นต่อเนื่อง"]);
});

test("two years: nothing", () => {
  const s = years(2);
  expect(s.trend).toBeNull();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <TrendTable t={t("en")} trend={s.trend} id="trend" />
    </FluentProvider>,
  );
  expect(view.container.querySelector("table")).toBeNull();
});
