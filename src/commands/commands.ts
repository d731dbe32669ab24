/**
 * The ribbon's Analyze button: runs the whole job without opening the pane, with the settings
 * the pane saved in this workbook. Errors open a small message window, which stays until the
 * analyst closes it: the command completes only then, since completing ends this page's runtime
 * and the window with it. Nothing is swallowed.
 */
import { toWorkbookOptions } from "../core/request";
import { languageOf } from "../core/i18n/locale";
import { analyzeWorkbook } from "../adapters/office/excelWorkbook";
import { refreshSettings } from "../adapters/office/settings";
import { describeError } from "../adapters/host";
import { COMMAND_TEXT } from "./text";

/** Old webviews limit a URL to about 2 KB; a message longer than this is cut (the console has it whole). */
const MAX_MESSAGE = 400;

async function analyzeFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  const lang = languageOf(Office.context.displayLanguage);
  try {
    await analyzeWorkbook(toWorkbookOptions(await refreshSettings(), lang));
    event.completed();
  } catch (e) {
    console.error(e);
    const text = describeError(e, lang);
    showMessage(
      COMMAND_TEXT[lang].analysisFailed,
      text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text,
      () => event.completed(),
    );
  }
}

/**
 * The message window; `done` runs once, when the analyst closes it (its Close button or the window's
 * own), or at once if it could not open.
 */
export function showMessage(title: string, text: string, done: () => void): void {
  const url = new URL("message.html", window.location.href);
  url.searchParams.set("title", title);
  url.searchParams.set("text", text);
  let finished = false;
  const finish = () => {
    if (!finished) done();
    finished = true;
  };
  Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (result) => {
    if (result.status === Office.AsyncResultStatus.Failed) {
      console.error("ITA Analyzer: the message window could not open", result.error, text);
      return finish();
    }
    const dialog = result.value;
    // Closed with its own button (it sends "close"), or by the window's X (DialogEventReceived 12006).
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
      dialog.close();
      finish();
    });
    dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
  });
}

// Office.onReady never rejects; the command itself reports every failure in its message window.
void Office.onReady(() => {
  Office.actions.associate("analyzeWorkbook", (event: Office.AddinCommands.Event) => void analyzeFromRibbon(event));
});
