import * as React from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  Theme,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../core/i18n/messages";
import {
  AnalyzeOutcome,
  AnalyzeSettings,
  SaveOutcome,
  SettingsChoices,
  Step,
  WorkbookHost,
  describeError,
  isCancelled,
} from "../adapters/host";
import { ErrorBoundary, useRetryableLazy } from "./components/ErrorBoundary";
import { LiveProgress } from "./components/LiveProgress";
import { STRINGS, Strings } from "./text/strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    maxWidth: "1100px",
    marginLeft: "auto",
    marginRight: "auto",
    overflowWrap: "anywhere",
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, lineHeight: tokens.lineHeightHero700 },
  tagline: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  language: { whiteSpace: "nowrap", flexShrink: 0 },
});

/**
 * A message shown above the results. Its text is worked out when shown, so switching the language
 * rewrites it too.
 */
type Notice = {
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

export interface AppProps {
  host: WorkbookHost;
  theme: Theme;
  initialLang: Lang;
  /** Shown above the settings in file mode (the file picker); absent inside Excel. */
  before?: (t: Strings, lang: Lang) => React.ReactNode;
  /** More actions beside Analyze (Download, in file mode). */
  actions?: (t: Strings) => React.ReactNode;
  /** Analyze waits for something (a chosen file). */
  analyzeDisabled?: boolean;
  /**
   * Several files chosen (file mode): what is shown in place of Analyze, its progress, messages and
   * results, given the settings as they stand. The header, `before` and the settings stay.
   */
  batch?: (t: Strings, lang: Lang, settings: AnalyzeSettings) => React.ReactNode;
}

/** The settings and the results load when first shown, so the pane opens fast; a chunk that fails to load can be retried. */
const loadSettings = () => import(/* webpackChunkName: "settings" */ "./components/SettingsPanel");
const loadResults = () => import(/* webpackChunkName: "results" */ "./components/ResultsPanel");

export function App({ host, theme, initialLang, before, actions, analyzeDisabled = false, batch }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = STRINGS[lang];
  const [settings, setSettings] = React.useState<AnalyzeSettings>(() => host.loadSettings());
  const [sheets, setSheets] = React.useState<Array<{ name: string; generated: boolean }>>([]);
  const [choices, setChoices] = React.useState<SettingsChoices>({ roles: [], years: [] });
  const [step, setStep] = React.useState<Step | null>(null);
  /** The share of the current step done, when the host reports it (reading a big workbook). */
  const [fraction, setFraction] = React.useState<number | null>(null);
  const onStep = React.useCallback((s: Step, f?: number) => {
    setStep(s);
    setFraction(f ?? null);
  }, []);
  const [busy, setBusy] = React.useState(false);
  // Results belong to the workbook they came from: another file chosen starts without them.
  const [result, setResult] = React.useState<{ host: WorkbookHost; outcome: AnalyzeOutcome } | null>(null);
  const outcome = result && result.host === host ? result.outcome : null;
  // Messages too belong to the workbook (or files) they are about: an analysis that ends after
  // another file, or several, was chosen ends unseen.
  const [said, setSaid] = React.useState<{ host: WorkbookHost; notices: Notice[] }>({ host, notices: [] });
  const notices = said.host === host ? said.notices : [];
  const setNotices = React.useCallback(
    (list: Notice[], about: WorkbookHost = host) => {
      setSaid({ host: about, notices: list });
    },
    [host],
  );
  const [showSettings, setShowSettings] = React.useState(false);
  /** This session's decisions on the review's findings: sent with each analysis, never saved as settings. */
  const [decisions, setDecisions] = React.useState<Record<string, "accept" | "keep" | "open">>({});
  const SettingsPanel = useRetryableLazy(loadSettings);
  const ResultsPanel = useRetryableLazy(loadResults);

  const fail = React.useCallback(
    (e: unknown, about?: WorkbookHost) => {
      // A cancel is the analyst's own choice: said plainly, not as an error.
      if (isCancelled(e)) return setNotices([{ intent: "info", text: (_s, l) => describeError(e, l) }], about);
      console.error(e);
      setNotices([{ intent: "error", title: (s) => s.error, text: (_s, l) => describeError(e, l) }], about);
    },
    [setNotices],
  );
  /** The running analysis's Cancel, until it starts writing. */
  const [canceller, setCanceller] = React.useState<AbortController | null>(null);

  const refreshSheets = React.useCallback(() => host.listSheets().then(setSheets, fail), [host, fail]);
  React.useEffect(() => {
    void refreshSheets();
  }, [refreshSheets]);
  React.useEffect(() => {
    host.choices(lang).then(setChoices, fail);
  }, [host, lang, fail]);
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

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
      setStep(null);
    }
  };

  const analyze = (chosen: AnalyzeSettings = settings, decided = decisions) =>
    act(async () => {
      const saved = host.saveSettings(chosen).then(
        () => true,
        (e) => (console.error(e), false),
      );
      const controller = new AbortController();
      setCanceller(controller);
      const done = await host
        .analyze(
          { ...chosen, decisions: decided },
          lang,
          (s, f) => {
            if (s === "write") setCanceller(null);
            onStep(s, f);
          },
          controller.signal,
        )
        .finally(() => setCanceller(null));
      setResult({ host, outcome: done });
      return [
        { intent: "success", text: (s) => s.done },
        ...((await saved) ? [] : [{ intent: "warning" as const, text: (s: Strings) => s.settingsNotSaved }]),
      ];
    });

  /** The measures document, in the language shown: written here (its writer loads on first use) and offered for download. */
  const wordDocument = (done: AnalyzeOutcome) =>
    act(async () => {
      const { writeDocument } = await import(/* webpackChunkName: "docx" */ "../adapters/docx/writeDocument");
      const name = host.documentName(done.summaries[lang].fiscalYear, lang);
      const saved = await host.saveFile(await writeDocument(done.documents[lang]), name, "docx");
      return [savedNotice(saved, name)];
    });

  const clear = () =>
    act(async () => {
      const n = await host.clearHighlights();
      return [{ intent: "info", text: (s) => s.cleared(n) }];
    });
  const template = () =>
    act(async () => {
      const name = await host.insertTemplate(lang);
      void refreshSheets();
      return [{ intent: "success", text: (s) => s.inserted(name) }];
    });

  const stepIndex = step ? ["read", "analyse", "write", "done"].indexOf(step) : 0;
  const summary = outcome?.summaries[lang] ?? null;

  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.root}>
        <ErrorBoundary t={t} lang={lang}>
          <header className={styles.header}>
            <div className={styles.titles}>
              <Text as="h1" size={600} weight="semibold" className={styles.title}>
                {t.title}
              </Text>
              <Text as="p" size={200} className={styles.tagline}>
                {t.tagline}
              </Text>
            </div>
            <Button
              appearance="subtle"
              size="small"
              className={styles.language}
              lang={lang === "th" ? "en" : "th"}
              onClick={() => setLang(lang === "th" ? "en" : "th")}
            >
              {t.otherLanguage}
            </Button>
          </header>

          {before?.(t, lang)}

          <section aria-label={t.settings}>
            <Button
              appearance="transparent"
              aria-expanded={showSettings}
              aria-controls={showSettings ? "settings" : undefined}
              onClick={() => setShowSettings(!showSettings)}
            >
              {showSettings ? "▾" : "▸"} {t.settings}
            </Button>
            {showSettings && (
              <div id="settings">
                <ErrorBoundary t={t} lang={lang} onRetry={SettingsPanel.retry}>
                  <React.Suspense fallback={<ProgressBar aria-label={t.settings} />}>
                    <SettingsPanel.Component
                      t={t}
                      settings={settings}
                      sheets={sheets}
                      choices={choices}
                      onChange={setSettings}
                    />
                  </React.Suspense>
                </ErrorBoundary>
              </div>
            )}
          </section>

          {batch ? (
            batch(t, lang, settings)
          ) : (
            <>
              <div className={styles.actions}>
                <Button appearance="primary" onClick={() => void analyze()} disabled={busy || analyzeDisabled}>
                  {t.analyze}
                </Button>
                {canceller && (
                  <Button onClick={() => canceller.abort()} disabled={canceller.signal.aborted}>
                    {t.cancel}
                  </Button>
                )}
                {!busy && actions?.(t)}
                {outcome && summary && (
                  <Button
                    onClick={() => void wordDocument(outcome)}
                    disabled={busy}
                    title={t.documentHint(host.documentName(summary.fiscalYear, lang))}
                  >
                    {t.document}
                  </Button>
                )}
                {host.kind === "excel" && (
                  <>
                    <Button onClick={() => void clear()} disabled={busy}>
                      {t.clear}
                    </Button>
                    <Button onClick={() => void template()} disabled={busy}>
                      {t.template}
                    </Button>
                  </>
                )}
              </div>

              <LiveProgress
                label={t.progress}
                progress={
                  busy && step
                    ? {
                        value: (stepIndex + (fraction ?? 1)) / 4,
                        text:
                          t.steps[step] + (fraction !== null && fraction < 1 ? ` ${Math.floor(fraction * 100)}%` : ""),
                      }
                    : null
                }
              />
            </>
          )}

          {notices.map((n, i) => (
            <MessageBar key={i} intent={n.intent}>
              <MessageBarBody>
                {n.title && <MessageBarTitle>{n.title(t)}</MessageBarTitle>}
                {n.text(t, lang)}
              </MessageBarBody>
            </MessageBar>
          ))}

          {summary && !batch && (
            <ErrorBoundary t={t} lang={lang} onRetry={ResultsPanel.retry}>
              <React.Suspense fallback={<ProgressBar aria-label={t.results} />}>
                <ResultsPanel.Component
                  t={t}
                  summary={summary}
                  onSelectCell={host.kind === "excel" ? (c) => void host.selectCell(c).catch(fail) : undefined}
                  onAgency={(agency) => {
                    const next = { ...settings, agency };
                    setSettings(next);
                    void analyze(next);
                  }}
                  onDecide={
                    busy
                      ? undefined
                      : (id, decision) => {
                          // Undone, a decision is "open": it overrides one recorded on the review sheet too.
                          const next = { ...decisions, [id]: decision ?? ("open" as const) };
                          setDecisions(next);
                          void analyze(settings, next);
                        }
                  }
                />
              </React.Suspense>
            </ErrorBoundary>
          )}
        </ErrorBoundary>
      </main>
    </FluentProvider>
  );
}
