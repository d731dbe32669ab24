/**
 * A simulated Office host for the browser: stands in for office.js, with the typed Excel fake
 * behind `Excel.run`, holding the workbook the test put in `window.__ITA_GRID__`.
 */
import { FakeWorkbook, installFakeExcel } from "../helpers/fakeExcel";
import type { WorkbookGrid } from "../../src/core/read/grid";

/** What the page holds before this script runs: the test's workbook and the real office.js's `Office`. */
const g = globalThis as unknown as {
  __ITA_GRID__: WorkbookGrid;
  __fake: FakeWorkbook;
  Office: { HostType: unknown; AsyncResultStatus: unknown; context: { document: unknown }; onReady: unknown };
};
const grid = g.__ITA_GRID__;
const wb = new FakeWorkbook();
for (const s of grid.sheets) wb.addSheet(s.name, s.values, s.top, s.left);
installFakeExcel(wb);
const settings = new Map<string, unknown>();
g.Office.HostType = { Excel: "Excel" };
g.Office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
g.Office.context.document = {
  settings: {
    get: (k: string) => settings.get(k) ?? null,
    set: (k: string, v: unknown) => settings.set(k, v),
    // As Excel does: the callback reports the save done.
    saveAsync: (done?: (r: { status: string }) => void) => setTimeout(() => done?.({ status: "succeeded" }), 0),
  },
};
g.Office.onReady = (cb?: (info: unknown) => void) => {
  const info = { host: "Excel", platform: "OfficeOnline" };
  setTimeout(() => cb?.(info), 0);
  return Promise.resolve(info);
};
g.__fake = wb;
