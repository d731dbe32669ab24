import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TrendSummary } from "../../core/report/trendSummary";
import { fixed2 } from "../../core/text/format";
import type { ResultsText } from "../text/resultsStrings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  wrap: { overflowX: "auto", minWidth: 0 },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: "end",
      whiteSpace: "nowrap",
    },
    "& th:first-child, & td:first-child": { textAlign: "start", whiteSpace: "normal" },
  },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  mixed: {},
});

export interface TrendTableProps {
  t: ResultsText;
  trend: TrendSummary | null;
  /** The heading's id. */
  id: string;
}

/** Years the pane shows a trend from: this year and two earlier. */
const MIN_YEARS = 3;

/**
 * The trend by indicator, with three years' scores or more: a row per indicator (and the overall
 * score), a column per year, this year last, and which way it went. Nothing with fewer years.
 */
export function TrendTable({ t, trend, id }: TrendTableProps) {
  const styles = useStyles();
  if (!trend || trend.years.length < MIN_YEARS) return null;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h3" id={id} className={styles.h3}>
        {t.trendTitle}
      </Text>
      <div className={styles.wrap}>
        <table className={styles.table} aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t.trendIndicator}</th>
              {trend.years.map((y) => (
                <th scope="col" key={y}>
                  {y}
                </th>
              ))}
              <th scope="col">{t.trendHeader}</th>
            </tr>
          </thead>
          <tbody>
            {trend.rows.map((r) => (
              <tr key={r.number ?? "overall"}>
                <th scope="row">{r.number === null ? t.trendOverall : `${r.number}. ${r.name}`}</th>
                {r.values.map((v, k) => (
                  <td key={trend.years[k]}>{v === null ? "–" : fixed2(v)}</td>
                ))}
                <td className={r.word ? styles[r.word] : undefined}>{r.word ? t.trendWords[r.word] : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
