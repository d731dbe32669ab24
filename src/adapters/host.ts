import type { Lang } from "../core/i18n/messages";
import type { ResultSummary } from "../core/report/summary";
import type { DocumentPlan } from "../core/render/document/model";
import type { AnalyzeSettings } from "../core/request";
import type { RoleInfo, SettingsChoices } from "../core/settingsChoices";
import type { FileType } from "./download";

export type { AnalyzeSettings, RoleInfo, SettingsChoices };

export type Step = "read" | "analyse" | "write" | "done";

/** What became of a file offered for download, as far as the host can tell. */
export type SaveOutcome = "saved" | "unconfirmed" | "unsupported";

/** A file the analyst chose in the pane or the page: its name and its bytes, read in memory. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** A file the browser gave (a `File`: a Blob with its name), read in memory. */
export async function readChosenFile(file: Blob & { name: string }): Promise<ChosenFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export interface AnalyzeOutcome {
  /** What the pane shows, in both languages: switching language needs no new analysis. */
  summaries: Record<Lang, ResultSummary>;
  /** The measures document in both languages, ready to be written as .docx. */
  documents: Record<Lang, DocumentPlan>;
}

/**
 * What the pane needs from where the workbook lives: Excel through Office.js, or a file opened
 * in the browser. The pane holds no workbook logic of its own.
 */
export interface WorkbookHost {
  kind: "excel" | "file";
  /** The sheets that can be read; generated ones are marked. */
  listSheets(): Promise<Array<{ name: string; generated: boolean }>>;
  /** The owner roles (for the units editor) and the built-in assessment years. */
  choices(lang: Lang): Promise<SettingsChoices>;
  /**
   * `onStep` reports each step, and within a long one the share done (0–1) when the host knows it.
   * `signal` cancels it until the writing starts; a cancelled analysis rejects with a `Cancelled` error
   * and has changed nothing. `previous` is last year's analysed workbook, when the analyst chose one:
   * its measures and follow-up say whether last year's measures worked.
   */
  analyze(
    settings: AnalyzeSettings,
    lang: Lang,
    onStep: (s: Step, fraction?: number) => void,
    signal?: AbortSignal,
    previous?: ChosenFile,
  ): Promise<AnalyzeOutcome>;
  clearHighlights(): Promise<number>;
  insertTemplate(lang: Lang): Promise<string>;
  selectCell(ref: string): Promise<void>;
  /** The measures document's file name. */
  documentName(fiscalYear: number, lang: Lang): string;
  /**
   * Offer a file for download: "saved" where the browser takes the download (and shows it), "unconfirmed"
   * where the host starts it but never says whether anything was saved (Excel on Windows), "unsupported"
   * where it ignores it (Excel on the Mac and iPad).
   */
  saveFile(bytes: Uint8Array, name: string, type: FileType): Promise<SaveOutcome>;
  /** Write the measures document (its writer loads on first use) and offer it as `saveFile` does. */
  saveDocument(document: DocumentPlan, name: string): Promise<SaveOutcome>;
  /** Settings saved with this workbook (or browser) by an earlier session, checked; defaults otherwise. */
  loadSettings(): AnalyzeSettings;
  /** Save the settings; rejects when they could not be saved. */
  saveSettings(s: AnalyzeSettings): Promise<void>;
}

/**
 * A clear message for an error the add-in raised on purpose (Office errors, unreadable input):
 * those carry `describe(lang)`. Anything else is shown as it is, never hidden.
 */
export function describeError(e: unknown, lang: Lang): string {
  const d = e as { describe?: (l: Lang) => string; message?: string };
  if (d && typeof d.describe === "function") return d.describe(lang);
  return d && typeof d.message === "string" ? d.message : String(e);
}

/** Is this the error of an analysis the analyst cancelled (nothing was changed)? */
export function isCancelled(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === "analysis.cancelled";
}
