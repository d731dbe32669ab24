import * as React from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/messages";
import type { LastYearSummary } from "../../core/report/lastYearReport";
import { LAST_YEAR_STRINGS } from "../text/lastYearStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  measure: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  items: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Measure = LastYearSummary["measures"][number];

const COLOR: Record<Measure["verdict"], "success" | "brand" | "warning" | "danger" | "informative"> = {
  reached: "success",
  improved: "brand",
  unchanged: "warning",
  worse: "danger",
  unmeasurable: "informative",
};

export interface LastYearPanelProps {
  lastYear: LastYearSummary;
  lang: Lang;
}

/**
 * Did last year's measures work: each of them, the status recorded in last year's follow-up, its
 * items' scores then and now, and the verdict — what the sheet "ผลมาตรการปีที่ผ่านมา" and Part 4 say.
 * The results put it under its title (`lastYear.title`), in a section the analyst can fold.
 */
export function LastYearPanel({ lastYear, lang }: LastYearPanelProps) {
  const styles = useStyles();
  const t = LAST_YEAR_STRINGS[lang];
  return (
    <div className={styles.root}>
      <Text as="p">{lastYear.intro}</Text>
      <Text as="p">{lastYear.counts}</Text>
      <ul className={styles.list}>
        {lastYear.measures.map((m) => (
          <li key={m.number} className={styles.measure}>
            <div className={styles.head}>
              <Text weight="semibold">{`${m.number}. ${m.title}`}</Text>
              <Badge appearance="tint" color={COLOR[m.verdict]}>
                {m.verdictText}
              </Badge>
            </div>
            <Text size={200}>{t.status(m.status6, m.status12)}</Text>
            <ul className={styles.items}>
              {m.items.map((line) => (
                <li key={line}>
                  <Text size={200}>{line}</Text>
                </li>
              ))}
            </ul>
            {m.continued && <Text size={200}>{t.continued}</Text>}
          </li>
        ))}
      </ul>
    </div>
  );
}
