import * as React from "react";
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/messages";
import type { AnalyzeSettings } from "../../core/request";
import { unreadReason } from "../../core/batch/files";
import { belowTarget } from "../../core/batch/order";
import type { AgencyRow } from "../../core/batch/rollup";
import { scoreText } from "../../core/text/format";
import { WorkbookHost, describeError } from "../../adapters/host";
import { BatchResult, BatchSource, ROLLUP_FILE, ZIP_FILE, useBatch } from "../workflow/useBatch";
import { LiveProgress } from "./LiveProgress";
import { visuallyHidden } from "./visuallyHidden";
import { PaneStrings, withPart } from "../text/strings";
import { BATCH_TEXT, BatchText as Strings } from "../text/batchStrings";

/** A narrow page: the agencies as cards, one under another, each value with its column's name. */
const NARROW = "@media (max-width: 599px)";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // The table scrolls inside its own box, never the page; the agency's name stays in view.
  scroll: {
    maxWidth: "100%",
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase300,
    overflowWrap: "normal",
    "& th, & td": {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: "left",
      verticalAlign: "top",
    },
    "& thead th": { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom" },
  },
  stack: {
    [NARROW]: {
      display: "block",
      "& caption": { display: "block" },
      // The column headers are still there for screen readers; each value says its column.
      "& thead": visuallyHidden,
      "& tbody": { display: "block" },
      "& tbody tr": {
        display: "flex",
        flexWrap: "wrap",
        columnGap: tokens.spacingHorizontalM,
        rowGap: tokens.spacingVerticalXXS,
        padding: `${tokens.spacingVerticalS} 0`,
        borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      },
      "& tbody th, & tbody td": { display: "block", padding: 0, borderBottom: "none", textAlign: "left" },
      "& tbody th": { flexBasis: "100%", position: "static", maxWidth: "none", fontWeight: tokens.fontWeightSemibold },
      "& td[data-label]::before": { content: 'attr(data-label) ": "', color: tokens.colorNeutralForeground3 },
    },
  },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  name: {
    position: "sticky",
    left: 0,
    minWidth: "9em",
    maxWidth: "16em",
    fontWeight: tokens.fontWeightRegular,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Paths break anywhere rather than widen the table.
  file: { minWidth: "7em", overflowWrap: "anywhere", [NARROW]: { flexBasis: "100%" } },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  nowrap: { whiteSpace: "nowrap" },
  unread: { overflowWrap: "anywhere", "& tbody th": { width: "40%" } },
  band: { whiteSpace: "nowrap" },
  low: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});

export interface BatchViewProps {
  t: PaneStrings;
  lang: Lang;
  /** The pane's settings as they stand. */
  settings: AnalyzeSettings;
  files: BatchSource[];
  /** Where the page runs: it saves the settings when a batch starts (as Analyze does) and offers the downloads. */
  host: WorkbookHost;
}

/**
 * Several files chosen in the web page: analyse every agency in them, one file after another with
 * the progress shown, then the agencies by overall score, the files that could not be read, and the
 * roll-up and a zip of everything to download. The batch's code loads when Analyze all is clicked.
 */
export function BatchView({ t: pane, lang, settings, files, host }: BatchViewProps) {
  const t: Strings = withPart(pane, BATCH_TEXT);
  const styles = useStyles();
  const batch = useBatch(host, files, settings, lang);
  const { busy, result, error } = batch;
  return (
    <div className={styles.root}>
      <Text size={200}>{t.batchHint}</Text>
      <Checkbox
        label={t.batchDocx}
        checked={batch.docx}
        disabled={busy}
        onChange={(_e, d) => batch.setDocx(Boolean(d.checked))}
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void batch.run()} disabledFocusable={busy}>
          {t.analyzeAll(files.length)}
        </Button>
        {busy && <Button onClick={batch.stop}>{t.batchStop}</Button>}
        {result && !busy && (
          <>
            <Button onClick={() => batch.rollup(result)} title={t.downloadRollupHint(ROLLUP_FILE)}>
              {t.downloadRollup}
            </Button>
            <Button onClick={() => void batch.zip(result)} title={t.downloadZipHint(ZIP_FILE, result.docx)}>
              {t.downloadZip}
            </Button>
          </>
        )}
      </div>
      <LiveProgress label={t.progress} progress={batch.shown(t)} />
      {batch.stopped && (
        <MessageBar intent="info">
          <MessageBarBody>{t.batchStopped}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.error}</MessageBarTitle>
            {describeError(error.error, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && !busy && <BatchResults t={t} lang={lang} result={result} />}
    </div>
  );
}

/** The agencies by overall score, and the files that could not be read with why. */
function BatchResults({ t, lang, result }: { t: Strings; lang: Lang; result: BatchResult }) {
  const styles = useStyles();
  const id = React.useId();
  return (
    <section className={styles.root} aria-labelledby={`${id}-results`}>
      <Text as="h2" id={`${id}-results`} size={500} weight="semibold" className={styles.heading}>
        {t.batchResults}
      </Text>
      <Text>{t.batchSummary(result.agencies.length, result.files, belowTarget(result.agencies))}</Text>
      {result.lang !== lang && (
        <MessageBar intent="info">
          <MessageBarBody>{t.batchOutputLang(result.lang)}</MessageBarBody>
        </MessageBar>
      )}
      {result.agencies.length ? (
        <AgencyTable t={t} lang={lang} agencies={result.agencies} id={`${id}-agencies`} />
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>{t.batchNone}</MessageBarBody>
        </MessageBar>
      )}
      {result.unread.length > 0 && (
        <section className={styles.root} aria-labelledby={`${id}-unread`}>
          <Text as="h3" id={`${id}-unread`} className={styles.h3}>
            {t.batchUnread(result.unread.length)}
          </Text>
          <table className={mergeClasses(styles.table, styles.unread)} aria-labelledby={`${id}-unread`}>
            <thead>
              <tr>
                <th scope="col">{t.batchUnreadColumns.file}</th>
                <th scope="col">{t.batchUnreadColumns.reason}</th>
              </tr>
            </thead>
            <tbody>
              {result.unread.map((u, i) => (
                <tr key={i}>
                  <th scope="row">{u.file}</th>
                  <td>{unreadReason(u, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

function AgencyTable({ t, lang, agencies, id }: { t: Strings; lang: Lang; agencies: AgencyRow[]; id: string }) {
  const styles = useStyles();
  const c = t.batchColumns;
  return (
    // Scrollable, so it can be reached and scrolled with the keyboard too.
    <div className={styles.scroll} role="region" aria-labelledby={id} tabIndex={0}>
      <table className={mergeClasses(styles.table, styles.stack)}>
        <caption id={id} className={styles.caption}>
          {t.batchTable}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.name}>
              {c.name}
            </th>
            <th scope="col">{c.file}</th>
            <th scope="col" className={styles.num}>
              {c.year}
            </th>
            <th scope="col" className={styles.num}>
              {c.overall}
            </th>
            <th scope="col">{c.result}</th>
            <th scope="col" className={styles.num}>
              {c.low}
            </th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a, i) => (
            <tr key={i}>
              <th scope="row" className={styles.name}>
                {a.name}
              </th>
              <td className={styles.file} data-label={c.file}>
                {a.sheet ? `${a.file} › ${a.sheet}` : a.file}
              </td>
              <td className={mergeClasses(styles.num, styles.nowrap)} data-label={c.year}>
                {a.year ?? "–"}
              </td>
              <td
                className={mergeClasses(styles.num, styles.nowrap, a.passed === false && styles.low)}
                data-label={c.overall}
              >
                {scoreText(a.overall.value)}
              </td>
              <td
                className={mergeClasses(
                  styles.band,
                  a.passed === false ? styles.low : a.passed === true ? styles.ok : undefined,
                )}
                data-label={c.result}
              >
                {a.result?.[lang] ?? "–"}
              </td>
              <td className={styles.num} data-label={c.low}>
                {a.lowIndicators.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
