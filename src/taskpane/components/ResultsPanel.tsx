import { Badge, Field, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ResultSummary } from "../../core/report/summary";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  score: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  low: { color: tokens.colorPaletteRedForeground1 },
  diag: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
});

export interface ResultsPanelProps {
  t: Strings;
  summary: ResultSummary;
  /** Selects a cell in the workbook; absent where there is none to select (file mode). */
  onSelectCell?: (cell: string) => void;
  /** Analyses another of the workbook's agencies. */
  onAgency?: (name: string) => void;
}

const f2 = (v: number | null) => (v === null ? "–" : v.toFixed(2));

export function ResultsPanel({ t, summary, onSelectCell, onAgency }: ResultsPanelProps) {
  const styles = useStyles();
  const o = summary.overall;
  return (
    <section className={styles.root} aria-label={t.results}>
      <Text as="h2" weight="semibold" size={400}>
        {t.results}
      </Text>
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
      <Text>
        {t.yearLine(
          summary.year === null ? t.yearUnknown : String(summary.year),
          summary.yearSource,
          summary.fiscalYear,
        )}
      </Text>
      <div className={styles.score} role="group" aria-label={t.overall}>
        <Text>{t.overall}</Text>
        <span className={styles.big}>{f2(o.value)}</span>
        {o.result && (
          <Badge color={o.passed ? "success" : "danger"} appearance="filled">
            {o.result}
          </Badge>
        )}
        <Text size={200}>
          {t.target(summary.threshold)}
          {o.reported !== null && o.computed !== null ? ` · ${t.computed(f2(o.computed))}` : ""}
        </Text>
      </div>
      {o.change !== null && o.previous !== null && o.change !== 0 && (
        <Text>{t.sinceLastYear(o.change > 0, f2(Math.abs(o.change)), f2(o.previous))}</Text>
      )}
      <Text>
        {t.counts(
          summary.counts.lowItems,
          summary.counts.lowIndicators,
          summary.counts.issuesNeedingAction,
          summary.counts.measures,
        )}
      </Text>

      <Text as="h3" weight="semibold">
        {t.byIssue}
      </Text>
      {summary.issues.map((issue) => (
        <div key={issue.number}>
          <Text weight="semibold">{t.issue(issue.number, issue.title)}</Text>
          {issue.lowItems.length > 0 ? (
            <ul className={styles.list}>
              {issue.lowItems.map((i) => (
                <li key={i.code}>
                  <span className={styles.low}>
                    {i.code} ({i.score})
                  </span>{" "}
                  {i.text}
                </li>
              ))}
            </ul>
          ) : (
            <Text block size={200}>
              {summary.level === "indicator" && issue.lowIndicators.length
                ? t.lowIndicatorsOnly(issue.lowIndicators)
                : t.noLowItems}
            </Text>
          )}
        </div>
      ))}

      {summary.diagnostics.length > 0 && (
        <>
          <Text as="h3" weight="semibold">
            {t.diagnostics}
          </Text>
          <ul className={styles.list} aria-label={t.diagnostics}>
            {summary.diagnostics.map((d, i) => (
              <li key={i} className={styles.diag}>
                <Badge
                  size="small"
                  color={d.severity === "info" ? "informative" : d.severity === "warning" ? "warning" : "danger"}
                >
                  {t.severity[d.severity]}
                </Badge>
                <span>
                  {d.message}{" "}
                  {d.cell &&
                    (onSelectCell ? (
                      <Link as="button" onClick={() => onSelectCell(d.cell!)} aria-label={t.goToCell(d.cell)}>
                        {d.cell}
                      </Link>
                    ) : (
                      <Text font="monospace">{d.cell}</Text>
                    ))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export default ResultsPanel;
