import { existsSync, mkdirSync, readFileSync } from "fs";
import * as http from "http";
import { AddressInfo } from "net";
import * as path from "path";
import { Browser, BrowserContext, Page, chromium } from "playwright-core";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = process.env.ITA_E2E_DIST ?? path.join(ROOT, "test-artifacts", "e2e-dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts", "e2e");
mkdirSync(ARTIFACTS, { recursive: true });

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** A static server for the built add-in, on loopback. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), as .ci/run does`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-dev-shm-usage",
    ],
  });
}

/** office.js as Microsoft publishes it, from @microsoft/office-js, in place of the unreachable CDN. */
export async function routeRealOfficeJs(context: BrowserContext): Promise<void> {
  const dist = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
  await context.route("https://appsforoffice.microsoft.com/**", (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    const file = path.join(dist, rel);
    if (file.startsWith(dist) && existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
    return route.fulfill({ status: 404, body: "" });
  });
}

/**
 * office.js's own telemetry, which it may try to load a few seconds after it starts wherever it
 * runs: blocked like everything else, but not the page's doing.
 */
const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

/** Block every other outside address: the page must not reach the network. Returns what the page tried. */
export async function blockOutside(context: BrowserContext): Promise<string[]> {
  const attempts: string[] = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    const url = route.request().url();
    if (!OFFICE_TELEMETRY.test(url)) attempts.push(url);
    return route.abort();
  });
  return attempts;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A served build and a browser for the tests of one file, started before them and closed after. */
export function useBrowser(): { browser: () => Browser; url: () => string } {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser, url: () => server.url };
}

/**
 * The pane opened outside Office as a plain page (file mode), with downloads allowed, everything
 * outside the test's server blocked (the addresses tried are returned) and no error thrown by the page.
 */
export async function openFilePage(
  env: { browser: () => Browser; url: () => string },
  width?: number,
): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
  const context = await env
    .browser()
    .newContext({ acceptDownloads: true, locale: "th-TH", ...(width ? { viewport: { width, height: 900 } } : {}) });
  // Playwright tries the newest route first: block everything outside, then let office.js through.
  const outside = await blockOutside(context);
  await routeRealOfficeJs(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${env.url()}/taskpane.html`);
  await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").waitFor();
  expect(errors).toEqual([]);
  return { context, page, outside };
}

const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

/** Serious and critical violations axe-core finds in the page as it is. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  // Colours are judged at rest: a message still fading in has not its final contrast yet.
  // (A spinner's endless animation is not waited for.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe;
    const r = await axe.run(document);
    return r.violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** True when nothing on the page is wider than the window: no sideways scrolling. */
export const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

/** What sticks out past the window's right edge (none when the page fits): each element and its text. */
export const overflowing = (page: Page) =>
  page.evaluate(() => {
    const w = window.innerWidth + 1;
    return Array.from(document.querySelectorAll("body *"))
      .filter((el) => el.getBoundingClientRect().right > w)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} → ${Math.round(el.getBoundingClientRect().right)}px: ${(el.textContent ?? "").slice(0, 50)}`,
      )
      .slice(0, 10);
  });
