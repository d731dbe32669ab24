import * as React from "react";
import { Button, FluentProvider, Theme, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import type { Lang } from "../core/i18n/messages";
import type { AnalyzeSettings, WorkbookHost } from "../adapters/host";
import { Analysis, Progress, useAnalysis } from "./workflow/useAnalysis";
import { ErrorBoundary, useRetryableLazy } from "./components/ErrorBoundary";
import { LiveProgress, Loading } from "./components/LiveProgress";
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
  // Fluent's type ramp (Text size 600 semibold, 200) on plain elements: the pane's first script stays small.
  title: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase600,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  tagline: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  language: { whiteSpace: "nowrap", flexShrink: 0 },
});

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
/** Message bars load with the first message. */
const Notices = React.lazy(() => import(/* webpackChunkName: "notices" */ "./components/Notices"));

export function App({ host, theme, initialLang, before, actions, analyzeDisabled = false, batch }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = STRINGS[lang];
  const work = useAnalysis(host, lang);
  const ResultsPanel = useRetryableLazy(loadResults);
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const summary = work.outcome?.summaries[lang] ?? null;

  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.root}>
        <ErrorBoundary t={t} lang={lang}>
          <Header t={t} lang={lang} onLanguage={setLang} />
          {before?.(t, lang)}
          <Settings t={t} lang={lang} work={work} single={!batch} />
          {batch ? (
            batch(t, lang, work.settings)
          ) : (
            <>
              <Actions t={t} lang={lang} host={host} work={work} analyzeDisabled={analyzeDisabled} more={actions} />
              <LiveProgress label={t.progress} progress={progressOf(t, work.busy, work.progress)} />
            </>
          )}
          {work.notices.length > 0 && (
            <React.Suspense fallback={null}>
              <Notices t={t} lang={lang} notices={work.notices} />
            </React.Suspense>
          )}
          {summary && !batch && (
            <ErrorBoundary t={t} lang={lang} onRetry={ResultsPanel.retry}>
              <React.Suspense fallback={<Loading label={t.results} />}>
                <ResultsPanel.Component
                  t={t}
                  summary={summary}
                  onSelectCell={host.kind === "excel" ? (c) => void host.selectCell(c).catch(work.fail) : undefined}
                  onAgency={work.chooseAgency}
                  onDecide={work.busy ? undefined : work.decide}
                />
              </React.Suspense>
            </ErrorBoundary>
          )}
        </ErrorBoundary>
      </main>
    </FluentProvider>
  );
}

/** The running step as the bar shows it: four steps, the current one filled as far as the host says. */
function progressOf(t: Strings, busy: boolean, { step, fraction }: Progress): { value: number; text: string } | null {
  if (!busy || !step) return null;
  const index = ["read", "analyse", "write", "done"].indexOf(step);
  const share = fraction !== null && fraction < 1 ? ` ${Math.floor(fraction * 100)}%` : "";
  return { value: (index + (fraction ?? 1)) / 4, text: t.steps[step] + share };
}

function Header({ t, lang, onLanguage }: { t: Strings; lang: Lang; onLanguage: (l: Lang) => void }) {
  const styles = useStyles();
  const other = lang === "th" ? "en" : "th";
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{t.title}</h1>
        <p className={styles.tagline}>{t.tagline}</p>
      </div>
      <Button
        appearance="subtle"
        size="small"
        className={styles.language}
        lang={other}
        onClick={() => onLanguage(other)}
      >
        {t.otherLanguage}
      </Button>
    </header>
  );
}

/** The settings, folded away until asked for (their panel loads when first shown). */
function Settings({ t, lang, work, single }: { t: Strings; lang: Lang; work: Analysis; single: boolean }) {
  const [open, setOpen] = React.useState(false);
  const SettingsPanel = useRetryableLazy(loadSettings);
  return (
    <section aria-label={t.settings}>
      <Button
        appearance="transparent"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={open ? "settings" : undefined}
        onClick={() => setOpen(!open)}
      >
        {t.settings}
      </Button>
      {open && (
        <div id="settings">
          <ErrorBoundary t={t} lang={lang} onRetry={SettingsPanel.retry}>
            <React.Suspense fallback={<Loading label={t.settings} />}>
              <SettingsPanel.Component
                t={t}
                settings={work.settings}
                sheets={work.sheets}
                choices={work.choices}
                onChange={work.setSettings}
                previous={
                  single
                    ? { chosen: work.previousName, onChoose: (f) => void work.choosePrevious(f).catch(work.fail) }
                    : undefined
                }
              />
            </React.Suspense>
          </ErrorBoundary>
        </div>
      )}
    </section>
  );
}

/** Analyze (and Cancel while it reads), the Word document once analysed, and Excel's own actions. */
function Actions(props: {
  t: Strings;
  lang: Lang;
  host: WorkbookHost;
  work: Analysis;
  analyzeDisabled: boolean;
  more?: (t: Strings) => React.ReactNode;
}) {
  const { t, lang, host, work, analyzeDisabled, more } = props;
  const styles = useStyles();
  const { busy, canceller, outcome } = work;
  const summary = outcome?.summaries[lang] ?? null;
  return (
    <div className={styles.actions}>
      <Button appearance="primary" onClick={() => void work.analyze()} disabled={busy || analyzeDisabled}>
        {t.analyze}
      </Button>
      {canceller && (
        <Button onClick={() => canceller.abort()} disabled={canceller.signal.aborted}>
          {t.cancel}
        </Button>
      )}
      {!busy && more?.(t)}
      {outcome && summary && (
        <Button
          onClick={() => void work.wordDocument(outcome)}
          disabled={busy}
          title={t.documentHint(host.documentName(summary.fiscalYear, lang))}
        >
          {t.document}
        </Button>
      )}
      {host.kind === "excel" && (
        <>
          <Button onClick={() => void work.clear()} disabled={busy}>
            {t.clear}
          </Button>
          <Button onClick={() => void work.template()} disabled={busy}>
            {t.template}
          </Button>
        </>
      )}
    </div>
  );
}
