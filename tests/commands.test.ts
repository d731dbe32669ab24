/**
 * @jest-environment jsdom
 *
 * The ribbon's Analyze button: a function command whose runtime ends when it calls
 * `event.completed()`. Its message window must stay until the analyst closes it, and an old webview
 * that cannot run the command's script must say so instead of failing without a word.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { runInNewContext } from "vm";
import { FakeWorkbook, installFakeExcel } from "./helpers/fakeExcel";
import { sampleGrid } from "./helpers/grids";

type Handler = (arg?: unknown) => void;

/** A dialog as Office.js gives it: its event handlers, and whether it was closed. */
interface FakeDialog {
  url: string;
  handlers: Map<string, Handler>;
  closed: boolean;
}

/** The parts of Office the command uses, with the dialogs it opened. */
function fakeOffice(status: "succeeded" | "failed" = "succeeded") {
  const dialogs: FakeDialog[] = [];
  const associated = new Map<string, (event: { completed: () => void }) => void>();
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    actions: { associate: (name: string, fn: (event: { completed: () => void }) => void) => associated.set(name, fn) },
    onReady: (cb?: () => void) => {
      cb?.();
      return Promise.resolve({});
    },
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: () => true },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, cb: (r: unknown) => void) => {
          const dialog: FakeDialog = { url, handlers: new Map(), closed: false };
          dialogs.push(dialog);
          cb(
            status === "failed"
              ? { status: "failed", error: { code: 12007 } }
              : {
                  status: "succeeded",
                  value: {
                    addEventHandler: (type: string, h: Handler) => dialog.handlers.set(type, h),
                    close: () => (dialog.closed = true),
                  },
                },
          );
        },
      },
    },
  };
  return { office, dialogs, associated };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("the ribbon's Analyze", () => {
  afterEach(() => jest.restoreAllMocks());

  test("when Analyze fails, its message stays until the analyst closes it; only then does the command complete", async () => {
    const { office, dialogs, associated } = fakeOffice();
    const wb = new FakeWorkbook();
    for (const s of (await sampleGrid()).sheets) wb.addSheet(s.name, s.values, s.top, s.left);
    wb.structureProtected = true;
    installFakeExcel(wb);
    (globalThis as unknown as { Office: unknown }).Office = {
      ...office,
      context: {
        ...office.context,
        document: { settings: { get: () => null, refreshAsync: (cb: () => void) => cb() } },
      },
    };
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await jest.isolateModulesAsync(async () => {
      await import("../src/commands/commands");
    });
    let completed = 0;
    associated.get("analyzeWorkbook")!({ completed: () => completed++ });
    for (let i = 0; i < 20 && !dialogs.length; i++) await flush();
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0].url);
    expect(url.pathname).toMatch(/message\.html$/);
    expect(url.searchParams.get("title")).toBe("Analysis failed");
    expect(url.searchParams.get("text")).toMatch(/^The workbook's structure is protected/);
    await flush();
    expect(completed).toBe(0);
    // The window's own Close button asks to be closed: the dialog closes, and the command completes once.
    dialogs[0].handlers.get("dialogMessageReceived")!({ message: "close" });
    expect(dialogs[0].closed).toBe(true);
    expect(completed).toBe(1);
    dialogs[0].handlers.get("dialogEventReceived")!({ error: 12006 });
    expect(completed).toBe(1);
  });

  test("closed by its X (DialogEventReceived), the command completes; a window that cannot open completes at once", async () => {
    const { showMessage } = await import("../src/commands/commands").catch(() => ({ showMessage: null }));
    expect(showMessage).not.toBeNull();
    for (const status of ["succeeded", "failed"] as const) {
      const { office, dialogs } = fakeOffice(status);
      (globalThis as unknown as { Office: unknown }).Office = office;
      jest.spyOn(console, "error").mockImplementation(() => undefined);
      let done = 0;
      showMessage!("t", "x", () => done++);
      if (status === "failed") expect(done).toBe(1);
      else {
        expect(done).toBe(0);
        dialogs[0].handlers.get("dialogEventReceived")!({ error: 12006 });
        expect(done).toBe(1);
      }
    }
  });

  test("in an old webview the command page says the Excel is too old, in a window that stays until closed", () => {
    const html = readFileSync(path.join(__dirname, "..", "src", "commands", "commands.html"), "utf8");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const { office, dialogs, associated } = fakeOffice();
    const win: Record<string, unknown> = {};
    /** An engine without optional chaining: compiling it throws, as IE11's does. */
    function OldFunction(): never {
      throw new SyntaxError("Expected identifier");
    }
    runInNewContext(script, {
      Function: OldFunction,
      Office: office,
      window: win,
      location: { href: "https://host/commands.html" },
    });
    expect(win.ITA_OLD_WEBVIEW).toBe(true);
    expect(typeof win.analyzeWorkbook).toBe("function");
    let completed = 0;
    associated.get("analyzeWorkbook")!({ completed: () => completed++ });
    expect(dialogs[0].url).toMatch(/^https:\/\/host\/message\.html\?title=/);
    expect(decodeURIComponent(dialogs[0].url)).toContain("This add-in needs Microsoft 365, Excel 2021 or later");
    expect(completed).toBe(0);
    dialogs[0].handlers.get("dialogEventReceived")!({ error: 12006 });
    expect(completed).toBe(1);
  });

  test("in a modern webview the command page's guard does nothing", () => {
    const html = readFileSync(path.join(__dirname, "..", "src", "commands", "commands.html"), "utf8");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const { office, associated } = fakeOffice();
    const win: Record<string, unknown> = {};
    runInNewContext(script, { Office: office, window: win });
    expect(win.ITA_OLD_WEBVIEW).toBeUndefined();
    expect(associated.size).toBe(0);
  });
});
