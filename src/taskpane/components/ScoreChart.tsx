import * as React from "react";
import { cutTo } from "../../core/text/scores";
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { ResultSummary } from "../../core/report/summary";
import { fixed2 } from "../../core/text/format";
import type { ResultsText as Strings } from "../text/resultsStrings";

type Indicator = ResultSummary["indicators"][number];

/** The drawing's own units: it scales to the pane's width, its text with it. */
const W = 320;
const H = 170;
const PLOT = { left: 30, right: W - 20, top: 14, bottom: H - 18 };
/** Text sizes in the drawing's units: at the narrowest pane (320 px) they show at about 10–11 px. */
const AXIS_TEXT = 11;
const VALUE_TEXT = 10.5;
const TICKS = [0, 20, 40, 60, 80, 100];

const y = (v: number) => PLOT.bottom - (Math.max(0, Math.min(100, v)) / 100) * (PLOT.bottom - PLOT.top);

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold },
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { fill: tokens.colorNeutralForeground3, fontSize: `${AXIS_TEXT}px` },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 0.5 },
  bar: { fill: tokens.colorBrandBackground, cursor: "pointer" },
  barLow: { fill: tokens.colorPaletteRedBackground3 },
  barChosen: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5 },
  value: { fill: tokens.colorNeutralForeground2, fontSize: `${VALUE_TEXT}px` },
  valueInside: { fill: tokens.colorNeutralForegroundOnBrand },
  target: { stroke: tokens.colorPaletteDarkOrangeBorder2, strokeWidth: 1.2, strokeDasharray: "4 3" },
  targetLabel: { fill: tokens.colorPaletteDarkOrangeForeground2, fontSize: `${AXIS_TEXT}px`, fontWeight: 600 },
  // The indicators' numbers under the bars, as buttons: the chart's keyboard and screen-reader way in.
  keys: {
    display: "grid",
    gap: "2px",
    paddingLeft: `${(PLOT.left / W) * 100}%`,
    paddingRight: `${((W - PLOT.right) / W) * 100}%`,
  },
  key: {
    minWidth: 0,
    padding: `${tokens.spacingVerticalXXS} 0`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  keyLow: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  keyChosen: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    ...shorthands.borderColor(tokens.colorNeutralForeground1),
  },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px", verticalAlign: "middle" },
});

export interface ScoreChartProps {
  t: Strings;
  indicators: Indicator[];
  threshold: number;
  chosen: number | null;
  onChoose: (n: number | null) => void;
}

/**
 * The ten indicators as bars against the target line, the low ones in red. The drawing is for the
 * eye; the numbers under it are buttons that name each indicator and its score, and choosing one
 * shows its items.
 */
/** A bar's label: one decimal, cut as every shown score is (84.96 is "84.9", never "85.0"); 100 without. */
const chartLabel = (v: number) => (v >= 100 ? "100" : cutTo(v, 1).toFixed(1));

/**
 * Where a bar's value is written: above the bar, unless the target line would run through it (a
 * bar just under the target) — then inside the bar's top, below the line.
 */
function valuePlace(top: number, threshold: number): { y: number; inside: boolean } {
  const line = y(threshold);
  const above = top - 2;
  const crosses = above + 1 >= line && above - VALUE_TEXT - 1 <= line;
  return crosses && top >= line ? { y: top + VALUE_TEXT + 1, inside: true } : { y: above, inside: false };
}

export function ScoreChart({ t, indicators, threshold, chosen, onChoose }: ScoreChartProps) {
  const styles = useStyles();
  const captionId = React.useId();
  const slot = (PLOT.right - PLOT.left) / Math.max(1, indicators.length);
  const toggle = (n: number) => onChoose(chosen === n ? null : n);
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {t.chartTitle(threshold)}
      </figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" data-chart="indicators">
        {TICKS.map((v) => (
          <g key={v}>
            <line className={styles.grid} x1={PLOT.left} x2={PLOT.right} y1={y(v)} y2={y(v)} />
            <text className={styles.axis} x={PLOT.left - 4} y={y(v) + 3} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {indicators.map((ind, i) => {
          const x = PLOT.left + i * slot + slot * 0.18;
          const w = slot * 0.64;
          const top = ind.value === null ? PLOT.bottom : y(ind.value);
          const place = valuePlace(top, threshold);
          return (
            <g key={ind.number}>
              <rect
                data-bar={ind.number}
                data-low={ind.low ? "true" : "false"}
                className={mergeClasses(
                  styles.bar,
                  ind.low ? styles.barLow : undefined,
                  chosen === ind.number ? styles.barChosen : undefined,
                )}
                x={x}
                y={top}
                width={w}
                height={PLOT.bottom - top}
                onClick={() => toggle(ind.number)}
              />
              <text
                className={mergeClasses(styles.value, place.inside ? styles.valueInside : undefined)}
                data-value={ind.number}
                x={x + w / 2}
                y={place.y}
                textAnchor="middle"
              >
                {ind.value === null ? "–" : chartLabel(ind.value)}
              </text>
            </g>
          );
        })}
        <line
          data-target={threshold}
          className={styles.target}
          x1={PLOT.left}
          x2={PLOT.right}
          y1={y(threshold)}
          y2={y(threshold)}
        />
        <text className={styles.targetLabel} x={W - 1} y={y(threshold) + 3} textAnchor="end">
          {threshold}
        </text>
      </svg>
      <IndicatorKeys t={t} indicators={indicators} chosen={chosen} onChoose={toggle} />
      <Legend t={t} threshold={threshold} />
    </figure>
  );
}

/** Under the bars, a button per indicator that names it and its score; choosing one shows its items. */
function IndicatorKeys(props: {
  t: Strings;
  indicators: Indicator[];
  chosen: number | null;
  onChoose: (n: number) => void;
}) {
  const { t, indicators, chosen, onChoose: toggle } = props;
  const styles = useStyles();
  return (
    <div className={styles.keys} style={{ gridTemplateColumns: `repeat(${indicators.length}, minmax(0, 1fr))` }}>
      {indicators.map((ind) => (
        <button
          key={ind.number}
          type="button"
          className={mergeClasses(
            styles.key,
            ind.low ? styles.keyLow : undefined,
            chosen === ind.number ? styles.keyChosen : undefined,
          )}
          aria-pressed={chosen === ind.number}
          aria-label={t.indicatorButton(
            ind.number,
            ind.name,
            ind.value === null ? t.noScore : fixed2(ind.value),
            ind.low === true,
          )}
          title={`${ind.name}: ${fixed2(ind.value)}`}
          onClick={() => toggle(ind.number)}
        >
          {ind.number}
        </button>
      ))}
    </div>
  );
}

function Legend({ t, threshold }: { t: Strings; threshold: number }) {
  const styles = useStyles();
  return (
    <div className={styles.legend} aria-hidden="true">
      <span>
        <span className={mergeClasses(styles.swatch)} style={{ background: tokens.colorBrandBackground }} />
        {t.legendOk(threshold)}
      </span>
      <span>
        <span className={styles.swatch} style={{ background: tokens.colorPaletteRedBackground3 }} />
        {t.legendLow(threshold)}
      </span>
      <span>┄ {t.chartHint}</span>
    </div>
  );
}
