import { TextDecoder, TextEncoder } from "util";

/** What jsdom lacks and Fluent UI (or the .docx writer, which every browser can run) uses; only in jsdom. */
if (typeof window !== "undefined") {
  const g = globalThis as unknown as Record<string, unknown>;
  g.TextEncoder ??= TextEncoder;
  g.TextDecoder ??= TextDecoder;
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  const w = window as unknown as Record<string, unknown>;
  w.ResizeObserver ??= ResizeObserverStub;
  w.matchMedia ??= (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  });
}

/**
 * A part of the pane loads its code when first shown (a dynamic import, compiled by ts-jest on first
 * use): on a busy two-core machine that takes longer than testing-library's one second.
 */
if (typeof window !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("@testing-library/dom") as typeof import("@testing-library/dom")).configure({ asyncUtilTimeout: 15_000 });
}
