/**
 * The pane's workflow — settings, the sheets and choices the host offers, the running step and its
 * progress, the result, the messages and the review's decisions — and its effects, all through the
 * host port. Components render what this holds and call what it gives.
 */
import * as React from "react";
import type { Lang } from "../../core/i18n/messages";
import {
  AnalyzeOutcome,
  AnalyzeSettings,
  ChosenFile,
  SaveOutcome,
  SettingsChoices,
  Step,
  WorkbookHost,
  describeError,
  isCancelled,
  readChosenFile,
} from "../../adapters/host";
import { Strings } from "../text/strings";

/**
 * A message shown above the results. Its text is worked out when shown, so switching the language
 * rewrites it too.
 */
export type Notice = {
  intent: "success" | "error" | "warning" | "info";
  title?: (t: Strings) => string;
  text: (t: Strings, lang: Lang) => string;
};

/** What the pane says of a file offered for download: only what the host can tell. */
function savedNotice(saved: SaveOutcome, name: string): Notice {
  if (saved === "saved") return { intent: "success", text: (s) => s.documentSaved(name) };
  if (saved === "unconfirmed") return { intent: "info", text: (s) => s.documentUnconfirmed(name) };
  return { intent: "warning", text: (s) => s.documentUnsupported };
}

type Decisions = Record<string, "accept" | "keep" | "open">;

/** The running step and the share of it done, when the host reports it (reading a big workbook). */
export interface Progress {
  step: Step | null;
  fraction: number | null;
}

/** Messages belong to the workbook (or files) they are about: another file chosen starts without them. */
function useNotices(host: WorkbookHost) {
  const [said, setSaid] = React.useState<{ host: WorkbookHost; notices: Notice[] }>({ host, notices: [] });
  const setNotices = React.useCallback(
    (list: Notice[], about: WorkbookHost = host) => setSaid({ host: about, notices: list }),
    [host],
  );
  const fail = React.useCallback(
    (e: unknown, about?: WorkbookHost) => {
      // A cancel is the analyst's own choice: said plainly, not as an error.
      if (isCancelled(e)) return setNotices([{ intent: "info", text: (_s, l) => describeError(e, l) }], about);
      console.error(e);
      setNotices([{ intent: "error", title: (s) => s.error, text: (_s, l) => describeError(e, l) }], about);
    },
    [setNotices],
  );
  return { notices: said.host === host ? said.notices : [], setNotices, fail };
}

/** The sheets and the settings' choices, as the host gives them (again when the language changes). */
function useHostLists(host: WorkbookHost, lang: Lang, fail: (e: unknown) => void) {
  const [sheets, setSheets] = React.useState<Array<{ name: string; generated: boolean }>>([]);
  const [choices, setChoices] = React.useState<SettingsChoices>({ roles: [], years: [] });
  const refreshSheets = React.useCallback(() => host.listSheets().then(setSheets, fail), [host, fail]);
  React.useEffect(() => {
    void refreshSheets();
  }, [refreshSheets]);
  React.useEffect(() => {
    host.choices(lang).then(setChoices, fail);
  }, [host, lang, fail]);
  return { sheets, choices, refreshSheets };
}

/** One piece of work at a time: busy while it runs, its step shown, its messages (or its error) said after. */
function useRunner(
  setNotices: (list: Notice[], about?: WorkbookHost) => void,
  fail: (e: unknown, about?: WorkbookHost) => void,
  host: WorkbookHost,
) {
  const [progress, setProgress] = React.useState<Progress>({ step: null, fraction: null });
  const [busy, setBusy] = React.useState(false);
  const act = async (work: () => Promise<Notice[]>) => {
    const about = host;
    setBusy(true);
    setNotices([]);
    try {
      setNotices(await work(), about);
    } catch (e) {
      fail(e, about);
    } finally {
      setBusy(false);
      setProgress({ step: null, fraction: null });
    }
  };
  return { busy, progress, setProgress, act };
}

export function useAnalysis(host: WorkbookHost, lang: Lang) {
  const [settings, setSettings] = React.useState<AnalyzeSettings>(() => host.loadSettings());
  const { notices, setNotices, fail } = useNotices(host);
  const { sheets, choices, refreshSheets } = useHostLists(host, lang, fail);
  const { busy, progress, setProgress, act } = useRunner(setNotices, fail, host);
  // Results belong to the workbook they came from: another file chosen starts without them.
  const [result, setResult] = React.useState<{ host: WorkbookHost; outcome: AnalyzeOutcome } | null>(null);
  /** This session's decisions on the review's findings: sent with each analysis, never saved as settings. */
  const [decisions, setDecisions] = React.useState<Decisions>({});
  /** The running analysis's Cancel, until it starts writing. */
  const [canceller, setCanceller] = React.useState<AbortController | null>(null);
  /** Last year's analysed workbook, when the analyst chose one: kept for this session, never saved. */
  const [previous, setPrevious] = React.useState<ChosenFile | null>(null);

  const analyze = (chosen: AnalyzeSettings = settings, decided: Decisions = decisions) =>
    act(async () => {
      const saved = host.saveSettings(chosen).then(
        () => true,
        (e) => (console.error(e), false),
      );
      const controller = new AbortController();
      setCanceller(controller);
      const onStep = (step: Step, fraction?: number) => {
        if (step === "write") setCanceller(null);
        setProgress({ step, fraction: fraction ?? null });
      };
      const done = await host
        .analyze({ ...chosen, decisions: decided }, lang, onStep, controller.signal, previous ?? undefined)
        .finally(() => setCanceller(null));
      setResult({ host, outcome: done });
      return [
        { intent: "success", text: (s) => s.done },
        ...((await saved) ? [] : [{ intent: "warning" as const, text: (s: Strings) => s.settingsNotSaved }]),
      ];
    });

  const outcome = result && result.host === host ? result.outcome : null;
  return {
    settings,
    setSettings,
    sheets,
    choices,
    progress,
    busy,
    outcome,
    notices,
    canceller,
    fail,
    analyze: () => analyze(),
    /** The name of last year's analysed workbook, when one is chosen. */
    previousName: previous?.name ?? null,
    /** Last year's analysed workbook chosen (read in memory; used from the next analysis on), or none. */
    choosePrevious: async (file: File | null) => setPrevious(file && (await readChosenFile(file))),
    /** Another agency of the workbook: chosen, and analysed. */
    chooseAgency: (agency: string) => {
      const next = { ...settings, agency };
      setSettings(next);
      void analyze(next);
    },
    /** A decision on a finding (undone, it is "open": it overrides one recorded on the review sheet too), and analysed again. */
    decide: (id: string, decision: "accept" | "keep" | null) => {
      const next = { ...decisions, [id]: decision ?? ("open" as const) };
      setDecisions(next);
      void analyze(settings, next);
    },
    /** The measures document, in the language shown, offered for download. */
    wordDocument: (done: AnalyzeOutcome) =>
      act(async () => {
        const name = host.documentName(done.summaries[lang].fiscalYear, lang);
        return [savedNotice(await host.saveDocument(done.documents[lang], name), name)];
      }),
    clear: () =>
      act(async () => {
        const n = await host.clearHighlights();
        return [{ intent: "info", text: (s) => s.cleared(n) }];
      }),
    template: () =>
      act(async () => {
        const name = await host.insertTemplate(lang);
        void refreshSheets();
        return [{ intent: "success", text: (s) => s.inserted(name) }];
      }),
  };
}

export type Analysis = ReturnType<typeof useAnalysis>;
