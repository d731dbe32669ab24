import * as React from "react";
import { Badge, Field, Link, Select, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ItemLine, ResultSummary } from "../../core/report/summary";
import { fixed2 } from "../../core/text/format";
import { PaneStrings, withPart } from "../text/strings";
import { RESULTS_TEXT, ResultsText as Strings } from "../text/resultsStrings";
import { ReviewPanel } from "./ReviewPanel";
import { LastYearPanel } from "./LastYearPanel";
import { Fold } from "./Fold";
import { PathPanel } from "./PathPanel";
import { ScoreChart } from "./ScoreChart";
import { TrendTable } from "./TrendTable";
import { visuallyHidden } from "./visuallyHidden";

const NARROW = "@media (max-width: 699px)";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  meta: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyle: "none" },
  chip: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
  },
  // Wide panes: the score card beside the chart; narrow ones: one above the other.
  picture: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    gap: tokens.spacingHorizontalXL,
    alignItems: "start",
    [NARROW]: { gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalL },
  },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  score: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  big: {
    fontSize: tokens.fontSizeHero800,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero800,
  },
  nowrap: { whiteSpace: "nowrap" },
  tools: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  tool: {
    display: "grid",
    gridTemplateColumns: "3.5em minmax(0, 1fr) auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  track: { position: "relative", height: "8px", backgroundColor: tokens.colorNeutralBackground4, borderRadius: "4px" },
  fill: {
    position: "absolute",
    left: 0,
    top: 0,
    bottom: 0,
    borderRadius: "4px",
    backgroundColor: tokens.colorBrandBackground,
  },
  fillLow: { backgroundColor: tokens.colorPaletteRedBackground3 },
  mark: {
    position: "absolute",
    top: "-3px",
    bottom: "-3px",
    width: "2px",
    backgroundColor: tokens.colorPaletteDarkOrangeBorder2,
  },
  low: { color: tokens.colorPaletteRedForeground1 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { overflowWrap: "anywhere" },
  code: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  issues: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingVerticalM,
    [NARROW]: { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  /** Said to screen readers, not shown. */
  sr: visuallyHidden,
  kindTitle: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export interface ResultsPanelProps {
  t: PaneStrings;
  summary: ResultSummary;
  /** Selects a cell in the workbook; absent where there is none to select (file mode). */
  onSelectCell?: (cell: string) => void;
  /** Analyses another of the workbook's agencies. */
  onAgency?: (name: string) => void;
  /** Decides a finding of the review (analyses again with it). */
  onDecide?: (id: string, decision: "accept" | "keep" | null) => void;
}

export function ResultsPanel({ t: pane, summary, onSelectCell, onAgency, onDecide }: ResultsPanelProps) {
  const t: Strings = withPart(pane, RESULTS_TEXT);
  const styles = useStyles();
  const headingId = React.useId();
  const [chosen, setChosen] = React.useState<number | null>(null);
  const indicator = summary.indicators.find((i) => i.number === chosen) ?? null;
  const cellLink = (cell: string) => <CellLink t={t} cell={cell} onSelectCell={onSelectCell} />;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" size={500} className={styles.heading}>
        {t.results}
      </Text>
      <Meta t={t} summary={summary} />
      {summary.review.length > 0 && (
        <ReviewPanel t={t} review={summary.review} onDecide={onDecide} cellLink={cellLink} />
      )}
      {summary.agencies.length > 1 && (
        <Field label={t.agency} hint={t.agencyHint(summary.agencies.length)}>
          <Select value={summary.agency ?? ""} onChange={(_e, d) => onAgency?.(d.value)}>
            {summary.agencies.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}

      <div className={styles.picture}>
        <ScoreCard t={t} summary={summary} />
        <div className={styles.group}>
          <ScoreChart
            t={t}
            indicators={summary.indicators}
            threshold={summary.threshold}
            chosen={chosen}
            onChoose={setChosen}
          />
          {indicator && (
            <div className={styles.group} aria-live="polite">
              <Text as="h3" className={styles.h3}>
                {t.itemsOf(indicator.number, indicator.name, fixed2(indicator.value))}
              </Text>
              {indicator.items.length ? (
                <ItemList t={t} items={indicator.items} cellLink={cellLink} />
              ) : (
                <Text size={200}>{t.noItems}</Text>
              )}
            </div>
          )}
        </div>
      </div>

      <Text>
        {t.counts(
          summary.counts.lowItems,
          summary.counts.lowIndicators,
          summary.counts.issuesNeedingAction,
          summary.counts.measures,
        )}
      </Text>

      {summary.path && (
        <Fold id={`${headingId}-path`} title={t.pathTitle}>
          <PathPanel t={t} path={summary.path} id={`${headingId}-path`} />
        </Fold>
      )}
      <TrendTable t={t} trend={summary.trend} id={`${headingId}-trend`} />
      <IssueList t={t} summary={summary} id={`${headingId}-issues`} cellLink={cellLink} />
      {summary.lastYear && (
        <Fold id={`${headingId}-last-year`} title={summary.lastYear.title}>
          <LastYearPanel lastYear={summary.lastYear} lang={t.lang} />
        </Fold>
      )}
      {summary.diagnosticGroups.length > 0 && (
        <Diagnostics t={t} summary={summary} id={`${headingId}-diagnostics`} cellLink={cellLink} />
      )}
    </section>
  );
}

type CellLinker = (cell: string) => React.ReactNode;

/** A section of the results: its heading's id, and the cells it names as links. */
type SectionProps = { t: Strings; summary: ResultSummary; id: string; cellLink: CellLinker };

/** Per issue, its low items (or, with indicator scores only, its low indicators). */
function IssueList({ t, summary, id, cellLink }: SectionProps) {
  const styles = useStyles();
  return (
    <Fold id={id} title={t.byIssue}>
      <div className={styles.issues}>
        {summary.issues.map((issue) => (
          <section key={issue.number} className={styles.group} aria-labelledby={`${id}-${issue.number}`}>
            <Text as="h4" id={`${id}-${issue.number}`} className={styles.h4}>
              {t.issue(issue.number, issue.title)}
            </Text>
            {issue.lowItems.length > 0 ? (
              <ItemList t={t} items={issue.lowItems} cellLink={cellLink} />
            ) : (
              <Text size={200}>
                {summary.level === "indicator" && issue.lowIndicators.length
                  ? t.lowIndicatorsOnly(issue.lowIndicators)
                  : t.noLowItems}
              </Text>
            )}
          </section>
        ))}
      </div>
    </Fold>
  );
}

/** What could not be used, and every disagreement, grouped by kind with their cells as links. */
function Diagnostics({ t, summary, id, cellLink }: SectionProps) {
  const styles = useStyles();
  // Notes (what was read, and how) fold away at first; warnings and errors show.
  return (
    <Fold id={id} title={t.diagnostics}>
      {summary.diagnosticGroups.map((g) => (
        <Fold
          key={g.kind}
          id={`${id}-${g.kind}`}
          level={4}
          open={g.severity !== "info"}
          title={
            <span className={styles.kindTitle}>
              <Badge
                className={styles.badge}
                size="medium"
                color={g.severity === "info" ? "informative" : g.severity === "warning" ? "warning" : "danger"}
              >
                {t.severity[g.severity]}
              </Badge>
              {g.title} ({g.entries.length})
            </span>
          }
        >
          <ul className={styles.list}>
            {g.entries.map((e, i) => (
              <li key={i} className={styles.item}>
                <Message message={e.message} cells={e.cells} cellLink={cellLink} />
              </li>
            ))}
          </ul>
        </Fold>
      ))}
    </Fold>
  );
}

/** The year, where it was read, the agency and the fiscal year of the measures. */
function Meta({ t, summary }: { t: Strings; summary: ResultSummary }) {
  const styles = useStyles();
  const chips = [
    t.assessed(summary.year === null ? t.yearUnknown : String(summary.year)),
    t.yearFrom(summary.yearSource),
    ...(summary.agency ? [summary.agency] : []),
    t.measuresFor(summary.fiscalYear),
  ];
  return (
    <ul className={styles.meta}>
      {chips.map((c) => (
        <li key={c} className={styles.chip}>
          {c}
        </li>
      ))}
    </ul>
  );
}

/** The overall score with its band against the target and last year, and the three tools. */
function ScoreCard({ t, summary }: { t: Strings; summary: ResultSummary }) {
  const styles = useStyles();
  const o = summary.overall;
  const target = summary.threshold;
  return (
    <section className={styles.card} aria-label={t.picture}>
      <Text as="h3" className={styles.h3}>
        {t.overall}
      </Text>
      <div className={styles.score}>
        <span className={mergeClasses(styles.big, o.passed === false ? styles.low : undefined)}>{fixed2(o.value)}</span>
        {o.result && (
          <Badge className={styles.badge} color={o.passed ? "success" : "danger"} appearance="filled">
            {o.result}
          </Badge>
        )}
      </div>
      <Text size={200}>
        <span className={styles.nowrap}>{t.target(target)}</span>
        {o.previous !== null && o.change !== null && (
          <>
            {" · "}
            <span>
              {t.lastYear(
                fixed2(o.previous),
                o.change === 0 ? "=" : t.change(o.change > 0, fixed2(Math.abs(o.change))),
              )}
            </span>
          </>
        )}
        {o.reported !== null && o.computed !== null && <> · {t.computed(fixed2(o.computed))}</>}
      </Text>
      <Text as="h3" className={styles.h3}>
        {t.byTool}
      </Text>
      <ul className={styles.tools}>
        {summary.tools.map((tool) => (
          <li key={tool.id} className={styles.tool} title={`${tool.name} · ${t.weight(tool.weight)}`}>
            <Text weight="semibold">{tool.id}</Text>
            <span className={styles.track} aria-hidden="true">
              <span
                className={mergeClasses(styles.fill, tool.low ? styles.fillLow : undefined)}
                style={{ width: `${Math.max(0, Math.min(100, tool.value ?? 0))}%` }}
              />
              <span className={styles.mark} style={{ left: `${target}%` }} />
            </span>
            <Text className={tool.low ? styles.low : undefined}>
              {fixed2(tool.value)}
              {tool.low ? <span className={styles.sr}> {t.belowTarget}</span> : null}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ItemList({ t, items, cellLink }: { t: Strings; items: ItemLine[]; cellLink: (c: string) => React.ReactNode }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((i) => (
        <li key={i.code} className={styles.item}>
          <span className={mergeClasses(styles.code, i.low ? styles.low : undefined)}>
            {i.code} ({i.score})
          </span>
          {i.low && <span className={styles.sr}>{t.belowTarget} </span>}
          {i.text} {i.cell && cellLink(i.cell)}
        </li>
      ))}
    </ul>
  );
}

/** A message with each cell it names as a link, once: where the message names it, else after it. */
function Message({
  message,
  cells,
  cellLink,
}: {
  message: string;
  cells: string[];
  cellLink: (c: string) => React.ReactNode;
}) {
  const parts: React.ReactNode[] = [];
  let rest = message;
  const after: string[] = [];
  for (const cell of cells) {
    const at = rest.indexOf(cell);
    if (at < 0) {
      after.push(cell);
      continue;
    }
    parts.push(rest.slice(0, at), <React.Fragment key={cell}>{cellLink(cell)}</React.Fragment>);
    rest = rest.slice(at + cell.length);
  }
  parts.push(rest);
  for (const cell of after) parts.push(" ", <React.Fragment key={cell}>{cellLink(cell)}</React.Fragment>);
  return <>{parts}</>;
}

function CellLink({ t, cell, onSelectCell }: { t: Strings; cell: string; onSelectCell?: (c: string) => void }) {
  if (!onSelectCell) return <Text font="monospace">{cell}</Text>;
  return (
    <Link as="button" onClick={() => onSelectCell(cell)} aria-label={t.goToCell(cell)}>
      {cell}
    </Link>
  );
}

export default ResultsPanel;
