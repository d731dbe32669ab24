/**
 * The ribbon's Analyze button: runs the whole job without opening the pane, with the settings
 * the pane saved in this workbook. Errors open a small message window; nothing is swallowed.
 */
import { analyzeWorkbook } from "../adapters/office/excelWorkbook";
import { DEFAULT_SETTINGS, loadSettings, toPipelineOptions } from "../adapters/office/settings";
import { describeError } from "../taskpane/host";
import { languageOf } from "../taskpane/strings";

async function analyzeFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  const lang = languageOf(Office.context.displayLanguage);
  try {
    await analyzeWorkbook(toPipelineOptions({ ...DEFAULT_SETTINGS, ...(loadSettings() ?? {}) }, lang));
  } catch (e) {
    console.error(e);
    showMessage(lang === "th" ? "วิเคราะห์ไม่สำเร็จ" : "Analysis failed", describeError(e, lang));
  } finally {
    event.completed();
  }
}

function showMessage(title: string, text: string): void {
  const url = new URL("message.html", window.location.href);
  url.searchParams.set("title", title);
  url.searchParams.set("text", text);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true });
}

Office.onReady(() => {
  Office.actions.associate("analyzeWorkbook", analyzeFromRibbon);
});
