import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { TrendSummary } from "../../core/report/trendSummary";
import { fixed2 } from "../../core/text/format";
import type { ResultsText } from "../text/resultsStrings";
import { Fold } from "./Fold";

const useStyles = makeStyles({
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
    <Fold id={id} title={t.trendTitle}>
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
    </Fold>
  );
}
