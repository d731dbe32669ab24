/**
 * The pane as an analyst sees it, in Chromium: the picture of the scores, headings, no sideways
 * scrolling at 320, 350 and 800 px, the language switch, axe-core's accessibility checks, the
 * keyboard order, and what happens when office.js loads but the files it loads next do not.
 */
import { existsSync } from "fs";
import * as path from "path";
import { BrowserContext, Page } from "playwright-core";
import { SAMPLE_FILE } from "../helpers/grids";
import {
  ROOT,
  axeViolations,
  blockOutside,
  fitsWidth,
  overflowing,
  routeRealOfficeJs,
  shot,
  useBrowser,
} from "./harness";

const env = useBrowser();

async function analysedPane(width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await env.browser().newContext({ locale: "th-TH", viewport: { width, height: 900 } });
  await blockOutside(context);
  await routeRealOfficeJs(context);
  const page = await context.newPage();
  await page.goto(`${env.url()}/taskpane.html`);
  await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").setInputFiles(SAMPLE_FILE);
  await page.getByText(`ไฟล์ที่เลือก: ${path.basename(SAMPLE_FILE)}`).waitFor();
  await page.getByRole("button", { name: /^วิเคราะห์$/ }).click();
  await page.getByRole("region", { name: "ผลการวิเคราะห์" }).waitFor();
  return { context, page };
}

/**
 * The path to the target as wide as it gets: measure 4 ticked (the outcome shown), the expected
 * scores unfolded, and a score out of range typed for o30 (its message under the box).
 */
async function openPath(page: Page): Promise<void> {
  await page.getByRole("checkbox", { name: /^มาตรการที่ 4 / }).check();
  await page.getByRole("button", { name: "คะแนนที่คาดรายข้อ" }).click();
  await page.getByRole("textbox", { name: "คะแนนที่คาดของ o30" }).fill("150");
  await page.getByText("กรอกคะแนน 0–100", { exact: true }).waitFor();
}

const LANGS = [
  { lang: "th", results: "ผลการวิเคราะห์", switchTo: "English" },
  { lang: "en", results: "Results", switchTo: "ภาษาไทย" },
] as const;

/** The chart's value labels: their height on screen, and whether the target line runs through one. */
const chartText = (page: Page) =>
  page.evaluate(() => {
    const line = document.querySelector('svg[data-chart="indicators"] line[data-target]')!.getBoundingClientRect();
    const at = line.top + line.height / 2;
    return Array.from(document.querySelectorAll('svg[data-chart="indicators"] text[data-value]')).map((t) => {
      const b = t.getBoundingClientRect();
      return { label: t.textContent, height: b.height, crossed: b.top < at && b.bottom > at };
    });
  });

describe.each([320, 350, 800])("the pane at %i px", (width) => {
  test("draws the ten indicators against the 85 line, with headings, fitting the width in both languages, settings open", async () => {
    const { context, page } = await analysedPane(width);
    // The settings stay open through the language switch: the widest the pane gets.
    await page.getByRole("button", { name: "การตั้งค่า" }).click();
    await page.getByLabel("ค่าเป้าหมาย (คะแนน)").waitFor();
    await openPath(page);
    // Every value legible (its box at least 9 px high) and clear of the target line.
    const labels = await chartText(page);
    expect(labels).toHaveLength(10);
    expect(labels.filter((l) => l.height < 9 || l.crossed)).toEqual([]);
    for (const [i, l] of LANGS.entries()) {
      if (i > 0) await page.getByRole("button", { name: LANGS[i - 1].switchTo }).click();
      const results = page.getByRole("region", { name: l.results });
      await results.waitFor();
      expect(await page.locator('svg[data-chart="indicators"] rect[data-bar]').count()).toBe(10);
      expect(await page.locator('svg[data-chart="indicators"] line[data-target="85"]').count()).toBe(1);
      // Eight of the sample's ten indicators are below 85.
      expect(await page.locator('rect[data-bar][data-low="true"]').count()).toBe(8);
      // The seven issues are headings (h4) under the "by issue" heading (h3).
      expect(await results.getByRole("heading", { level: 4 }).count()).toBeGreaterThanOrEqual(7);
      expect(await results.getByRole("heading", { level: 2, name: l.results }).count()).toBe(1);
      // The path to the target: measure 4 ticked gives 89.28, passing, whatever the language.
      await results.getByRole("status").getByText("89.28", { exact: true }).waitFor();
      // A click on an indicator's number shows its items (and the choice stays when the language changes).
      const eight = results.getByRole("button", { name: l.lang === "th" ? /^ตัวชี้วัดที่ 8 / : /^Indicator 8 / });
      if ((await eight.getAttribute("aria-pressed")) !== "true") await eight.click();
      await results
        .getByRole("heading", { name: l.lang === "th" ? /^ตัวชี้วัดที่ 8 .*\(66\.79\)$/ : /^Indicator 8 .*\(66\.79\)$/ })
        .waitFor();
      expect(await overflowing(page)).toEqual([]);
      expect(await fitsWidth(page)).toBe(true);
      await shot(page, `pane-${width}-${l.lang}`);
    }
    await context.close();
  }, 120_000);
});

describe("accessibility", () => {
  test("axe-core finds nothing serious or critical: results, settings open, both languages", async () => {
    const { context, page } = await analysedPane(350);
    expect(await axeViolations(page)).toEqual([]);
    await openPath(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: /การตั้งค่า/ }).click();
    await page.getByLabel("ค่าเป้าหมาย (คะแนน)").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("region", { name: "Results" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  test("the keyboard reaches every control, in reading order", async () => {
    const { context, page } = await analysedPane(800);
    const controls = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>("button:not([disabled]), a[href], input:not([disabled]), select"),
      )
        .filter((el) => el.offsetParent !== null)
        .map((el) => el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.id),
    );
    const reached: string[] = [];
    for (let i = 0; i < controls.length + 5; i++) {
      await page.keyboard.press("Tab");
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el ? (el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.id) : "";
        }),
      );
    }
    for (const c of controls) expect([c, reached.includes(c)]).toEqual([c, true]);
    // In reading order: the language switch, then Analyze, the chart's first indicator before its last.
    const at = (label: string | RegExp) =>
      reached.findIndex((r) => (typeof label === "string" ? r === label : label.test(r)));
    expect(at("English")).toBeLessThan(at("วิเคราะห์"));
    expect(at(/^ตัวชี้วัดที่ 1 /)).toBeLessThan(at(/^ตัวชี้วัดที่ 10 /));
    await context.close();
  }, 120_000);
});

describe("when office.js loads but the files it loads next do not", () => {
  test("the pane says Office is not ready, in a few seconds, and offers the file mode", async () => {
    const context = await env.browser().newContext({ locale: "th-TH", viewport: { width: 350, height: 700 } });
    await blockOutside(context);
    // A proxy that lets office.js through and nothing after it.
    const dist = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist", "office.js");
    expect(existsSync(dist)).toBe(true);
    await context.route("https://appsforoffice.microsoft.com/**", (route) =>
      /\/office\.js$/.test(new URL(route.request().url()).pathname)
        ? route.fulfill({ path: dist, contentType: "text/javascript" })
        : route.fulfill({ status: 404, body: "" }),
    );
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${env.url()}/taskpane.html`);
    await page.getByText("Office ยังไม่พร้อม").waitFor({ timeout: 15_000 });
    expect(Date.now() - t0).toBeLessThan(15_000);
    await shot(page, "pane-office-not-ready");
    await page.getByRole("button", { name: "ใช้แบบเลือกไฟล์" }).click();
    await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").waitFor();
    await context.close();
  }, 60_000);
});
