/**
 * The ribbon's Analyze button: runs the whole job without opening the pane, with the settings
 * the pane saved in this workbook. Errors open a small message window; nothing is swallowed.
 */
import { toPipelineOptions } from "../core/settings";
import { analyzeWorkbook } from "../adapters/office/excelWorkbook";
import { refreshSettings } from "../adapters/office/settings";
import { describeError } from "../adapters/host";
import { STRINGS, languageOf } from "../taskpane/text/strings";

/** Old webviews limit a URL to about 2 KB; a message longer than this is cut (the console has it whole). */
const MAX_MESSAGE = 400;

async function analyzeFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  const lang = languageOf(Office.context.displayLanguage);
  try {
    await analyzeWorkbook(toPipelineOptions(await refreshSettings(), lang));
    event.completed();
  } catch (e) {
    console.error(e);
    const text = describeError(e, lang);
    // The command completes only once the message window is open (or could not open):
    // completing first can end this page, and the window with it.
    showMessage(STRINGS[lang].analysisFailed, text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text, () =>
      event.completed(),
    );
  }
}

function showMessage(title: string, text: string, done: () => void): void {
  const url = new URL("message.html", window.location.href);
  url.searchParams.set("title", title);
  url.searchParams.set("text", text);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (result) => {
    if (result.status === Office.AsyncResultStatus.Failed)
      console.error("ITA Analyzer: the message window could not open", result.error, text);
    done();
  });
}

// Office.onReady never rejects; the command itself reports every failure in its message window.
void Office.onReady(() => {
  Office.actions.associate("analyzeWorkbook", (event: Office.AddinCommands.Event) => void analyzeFromRibbon(event));
});
