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
import { AnalyzeOutcome, AnalyzeSettings, SettingsChoices, Step, WorkbookHost, describeError } from "./host";
import { STRINGS, Strings } from "./strings";

/** The settings and the results load when first shown, so the pane opens fast. */
const SettingsPanel = React.lazy(() => import(/* webpackChunkName: "settings" */ "./components/SettingsPanel"));
const ResultsPanel = React.lazy(() => import(/* webpackChunkName: "results" */ "./components/ResultsPanel"));

/** Shows what went wrong instead of a blank pane, when a part of it fails (a chunk that did not load, say). */
class ErrorBoundary extends React.Component<{ message: string; children: React.ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override componentDidCatch(error: unknown) {
    console.error(error);
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{this.props.message}</MessageBarTitle>
          {describeError(this.state.error, "en")}
        </MessageBarBody>
      </MessageBar>
    );
  }
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Notice = { intent: "success" | "error" | "warning" | "info"; title?: string; text: string };

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
}

export function App({ host, theme, initialLang, before, actions, analyzeDisabled = false }: AppProps) {
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
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const [showSettings, setShowSettings] = React.useState(false);

  // The language is read when an error happens, so switching it does not re-run what depends on `fail`.
  const langRef = React.useRef(lang);
  React.useEffect(() => {
    langRef.current = lang;
  }, [lang]);
  const fail = React.useCallback((e: unknown) => {
    console.error(e);
    const l = langRef.current;
    setNotices([{ intent: "error", title: STRINGS[l].error, text: describeError(e, l) }]);
  }, []);

  const refreshSheets = React.useCallback(() => host.listSheets().then(setSheets, fail), [host, fail]);
  React.useEffect(() => {
    void refreshSheets();
  }, [refreshSheets]);
  React.useEffect(() => {
    host.choices(lang).then(setChoices, fail);
  }, [host, lang, fail]);

  const act = async (work: () => Promise<Notice[]>) => {
    setBusy(true);
    setNotices([]);
    try {
      setNotices(await work());
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      setStep(null);
    }
  };

  const analyze = (chosen: AnalyzeSettings = settings) =>
    act(async () => {
      const saved = host.saveSettings(chosen).then(
        () => true,
        (e) => (console.error(e), false),
      );
      const result = await host.analyze(chosen, lang, onStep);
      setResult({ host, outcome: result });
      return [
        { intent: "success", text: t.done },
        ...result.skipped.map((k) => ({ intent: "warning" as const, text: t.skipped[k] ?? k })),
        ...((await saved) ? [] : [{ intent: "warning" as const, text: t.settingsNotSaved }]),
      ];
    });

  /** The measures document: written here (the .docx writer loads on first use) and offered for download. */
  const wordDocument = (done: AnalyzeOutcome) =>
    act(async () => {
      const { writeDocument } = await import(/* webpackChunkName: "docx" */ "../adapters/docx/writeDocument");
      const name = host.documentName(done.summary.fiscalYear, lang);
      const saved = await host.saveFile(await writeDocument(done.document), name, "docx");
      return [
        saved ? { intent: "success", text: t.documentSaved(name) } : { intent: "warning", text: t.documentUnsupported },
      ];
    });

  const clear = () => act(async () => [{ intent: "info", text: t.cleared(await host.clearHighlights()) }]);
  const template = () =>
    act(async () => {
      const name = await host.insertTemplate(lang);
      void refreshSheets();
      return [{ intent: "success", text: t.inserted(name) }];
    });

  const stepIndex = step ? ["read", "analyse", "write", "done"].indexOf(step) : 0;

  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.root}>
        <ErrorBoundary message={t.crashed}>
          <header className={styles.header}>
            <div>
              <Text as="h1" size={600} weight="semibold">
                {t.title}
              </Text>
              <Text as="p" size={200}>
                {t.tagline}
              </Text>
            </div>
            <Button
              appearance="subtle"
              size="small"
              lang={lang === "th" ? "en" : "th"}
              onClick={() => setLang(lang === "th" ? "en" : "th")}
            >
              {t.otherLanguage}
            </Button>
          </header>

          {before?.(t, lang)}

          <section>
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
                <React.Suspense fallback={<ProgressBar aria-label={t.settings} />}>
                  <SettingsPanel t={t} settings={settings} sheets={sheets} choices={choices} onChange={setSettings} />
                </React.Suspense>
              </div>
            )}
          </section>

          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void analyze()} disabled={busy || analyzeDisabled}>
              {t.analyze}
            </Button>
            {!busy && actions?.(t)}
            {outcome && (
              <Button
                onClick={() => void wordDocument(outcome)}
                disabled={busy}
                title={t.documentHint(host.documentName(outcome.summary.fiscalYear, lang))}
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

          {/* Always present, so screen readers announce each step as it changes. */}
          <div role="status" aria-live="polite">
            {busy && step && (
              <>
                <ProgressBar value={(stepIndex + (fraction ?? 1)) / 4} aria-label={t.progress} />
                <Text size={200}>
                  {t.steps[step]}
                  {fraction !== null && fraction < 1 ? ` ${Math.floor(fraction * 100)}%` : ""}
                </Text>
              </>
            )}
          </div>

          {notices.map((n, i) => (
            <MessageBar key={i} intent={n.intent}>
              <MessageBarBody>
                {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
                {n.text}
              </MessageBarBody>
            </MessageBar>
          ))}

          {outcome && (
            <React.Suspense fallback={<ProgressBar aria-label={t.results} />}>
              <ResultsPanel
                t={t}
                summary={outcome.summary}
                onSelectCell={host.kind === "excel" ? (c) => void host.selectCell(c).catch(fail) : undefined}
                onAgency={(agency) => {
                  const next = { ...settings, agency };
                  setSettings(next);
                  void analyze(next);
                }}
              />
            </React.Suspense>
          )}
        </ErrorBoundary>
      </main>
    </FluentProvider>
  );
}
