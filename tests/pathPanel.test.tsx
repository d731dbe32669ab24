/** @jest-environment jsdom */
/**
 * The path to the target in the results: the sentence, the items that carry the overall over 85,
 * and the what-if — measures ticked, expected scores typed — on the bundled sample through the
 * real pipeline (84.33, 0.67 short; measure 4, the website items, adds 4.95; o30 alone 1.66).
 * Nothing of it reaches the host.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { summarizeBoth } from "../src/core/report/summary";
import type { ResultSummary } from "../src/core/report/summary";
import type { Lang } from "../src/core/i18n/messages";
import { ResultsPanel } from "../src/taskpane/components/ResultsPanel";
import { STRINGS } from "../src/taskpane/text/strings";
import { sampleGrid } from "./helpers/grids";

let summaries: Record<Lang, ResultSummary>;
beforeAll(async () => {
  summaries = summarizeBoth(analyseWorkbook(await sampleGrid(), {}));
});

function renderResults(lang: Lang) {
  const host = { onSelectCell: jest.fn(), onAgency: jest.fn(), onDecide: jest.fn() };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ResultsPanel t={STRINGS[lang]} summary={summaries[lang]} {...host} />
    </FluentProvider>,
  );
  return { host, view };
}

const section = (name: string) => screen.getByRole("heading", { name }).closest("section")!;

test("the path: the sentence, o30 carrying the overall over 85, and measure 4 ticked gives 89.28, “ผ่าน” from “ไม่ผ่าน”", () => {
  const { host } = renderResults("th");
  const path = section("เส้นทางสู่ค่าเป้าหมาย");
  expect(
    within(path).getByText(/^คะแนนรวม 84\.33 คะแนน ยังต่ำกว่าค่าเป้าหมาย 85 คะแนน อยู่ 0\.67 คะแนน หากดำเนินมาตรการที่ 4/),
  ).toBeTruthy();
  // The fewest items, what they add (cut: 1.666… is 1.66) and the overall they give (84.33 + 1.666… = 85.996…, 85.99).
  expect(
    within(path).getByText("ข้อที่ทำให้ผ่านค่าเป้าหมาย 85: o30 (+1.66) เพิ่มคะแนนรวม 1.66 คะแนน เป็น 85.99 คะแนน"),
  ).toBeTruthy();
  // The measures by the points they add: measure 4 (4.95) first, then 2 (e9: 1.56).
  const boxes = within(path).getAllByRole("checkbox");
  expect(boxes[0].closest("li")!.textContent).toMatch(/^มาตรการที่ 4 เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์.*\+4\.95 คะแนน/);
  expect(boxes[1].closest("li")!.textContent).toMatch(/^มาตรการที่ 2 .*\+1\.56 คะแนน/);
  expect(within(path).getByText("ข้อ o11 o16 o17 o19 o30 · ประเด็นที่ 2, 5, 6, 7")).toBeTruthy();
  const status = within(path).getByRole("status");
  expect(status.textContent).toBe("ยังไม่ได้เลือกมาตรการ: แสดงคะแนนปัจจุบัน");

  fireEvent.click(within(path).getByRole("checkbox", { name: /^มาตรการที่ 4 / }));
  // 84.33 + 4.952… = 89.28; OIT 82.62 + 12.38 = 95.00; IIT 84.15 and EIT 76.80 keep “ผ่านดี” away.
  expect(within(status).getByText("89.28")).toBeTruthy();
  expect(within(status).getByText("ผ่าน")).toBeTruthy();
  expect(within(status).getByText("(+4.95 จาก 84.33)")).toBeTruthy();
  expect(status.textContent).toContain("ผ่านค่าเป้าหมาย 85 · จากเดิม “ไม่ผ่าน”");
  expect(status.textContent).toContain("IIT 84.15 · EIT 76.80 · OIT 95.00");
  expect(status.textContent).toContain("ระดับ “ผ่านดี” ยังขาดคะแนน IIT 0.85 คะแนน และคะแนน EIT 8.20 คะแนน");

  // Unticked: back to nothing chosen.
  fireEvent.click(within(path).getByRole("checkbox", { name: /^มาตรการที่ 4 / }));
  expect(status.textContent).toBe("ยังไม่ได้เลือกมาตรการ: แสดงคะแนนปัจจุบัน");
  // Nothing reached the host.
  expect(host.onSelectCell).not.toHaveBeenCalled();
  expect(host.onAgency).not.toHaveBeenCalled();
  expect(host.onDecide).not.toHaveBeenCalled();
});

test("an expected score typed for an item counts at that score, ticked or not; a score out of range is said so and not counted", () => {
  renderResults("th");
  const path = section("เส้นทางสู่ค่าเป้าหมาย");
  fireEvent.click(within(path).getByRole("button", { name: "คะแนนที่คาดรายข้อ" }));
  const o30 = within(path).getByRole("textbox", { name: "คะแนนที่คาดของ o30" });
  expect(o30.getAttribute("placeholder")).toBe("100");
  const status = within(path).getByRole("status");
  // o30 at 50 (Thai digits): 50 / 60 = 0.833…, 84.33 + 0.83 = 85.16.
  fireEvent.change(o30, { target: { value: "๕๐" } });
  expect(within(status).getByText("85.16")).toBeTruthy();
  expect(within(status).getByText("(+0.83 จาก 84.33)")).toBeTruthy();
  // With measure 4 ticked, o30 stays at 50 and the other website items go to full marks: 4.952… − 0.833… = 4.119…, 88.44.
  fireEvent.click(within(path).getByRole("checkbox", { name: /^มาตรการที่ 4 / }));
  expect(within(status).getByText("88.44")).toBeTruthy();
  // 150 is no score: said at the box, and o30 back at its default (full marks with measure 4): 89.28.
  fireEvent.change(o30, { target: { value: "150" } });
  expect(within(path).getByText("กรอกคะแนน 0–100")).toBeTruthy();
  expect(within(status).getByText("89.28")).toBeTruthy();
  fireEvent.click(within(path).getByRole("button", { name: "ล้างการเลือก" }));
  expect(status.textContent).toBe("ยังไม่ได้เลือกมาตรการ: แสดงคะแนนปัจจุบัน");
  expect((o30 as HTMLInputElement).value).toBe("");
});

test("in English: the section, the measure and the band it would reach", () => {
  renderResults("en");
  const path = section("Path to the target");
  expect(within(path).getByText(/^The overall score of 84\.33 is 0\.67 points below the target of 85\./)).toBeTruthy();
  expect(
    within(path).getByText("Enough to meet the target of 85: o30 (+1.66), adding 1.66 points (overall 85.99)"),
  ).toBeTruthy();
  expect(within(path).getByText("items o11 o16 o17 o19 o30 · issues 2, 5, 6, 7")).toBeTruthy();
  expect(within(path).getByText("item e9 · issue 2")).toBeTruthy();
  fireEvent.click(within(path).getByRole("checkbox", { name: /^Measure 4: / }));
  const status = within(path).getByRole("status");
  expect(within(status).getByText("89.28")).toBeTruthy();
  expect(within(status).getByText("Passed")).toBeTruthy();
  expect(status.textContent).toContain("Meets the target of 85 · currently “Not passed”");
  expect(status.textContent).toContain("“Passed well” still needs 0.85 points of IIT, 8.20 points of EIT");
});
