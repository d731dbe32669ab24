import * as React from "react";
import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ResultSummary } from "../../core/report/summary";
import type { ResultsText as Strings } from "../text/resultsStrings";

type Line = ResultSummary["review"][number];

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ReviewPanelProps {
  t: Strings;
  review: ResultSummary["review"];
  /** Decide a finding (analyses again with it); absent while an analysis runs. */
  onDecide?: (id: string, decision: "accept" | "keep" | null) => void;
  cellLink: (cell: string) => React.ReactNode;
}

/**
 * "Check before you sign": each disagreement between levels, the value typed and the one suggested,
 * why, and the two choices. The user's cells never change: a decision is recorded on the review sheet.
 */
export function ReviewPanel({ t, review, onDecide, cellLink }: ReviewPanelProps) {
  const styles = useStyles();
  const open = review.filter((r) => r.open).length;
  return (
    <MessageBar intent={open ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.reviewTitle}</MessageBarTitle>
        <Text as="p">{t.reviewIntro(open)}</Text>
        <ul className={styles.list} aria-label={t.reviewTitle}>
          {review.map((line) => (
            <li key={line.id} className={styles.finding}>
              <Finding t={t} line={line} onDecide={onDecide} cellLink={cellLink} />
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function Finding({ t, line, onDecide, cellLink }: { t: Strings; line: Line } & Omit<ReviewPanelProps, "t" | "review">) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.head}>
        <Text weight="semibold">{line.subject}</Text>
        {line.cells[0] && cellLink(line.cells[0])}
        <Badge appearance="tint" color={line.open ? "warning" : "success"}>
          {line.open ? t.confidence(line.confidence) : t.decided(line.decisionLabel)}
        </Badge>
      </div>
      <Text weight="semibold">{t.typedSuggested(line.typed, line.suggested)}</Text>
      <Text size={200}>{line.why}</Text>
      {onDecide &&
        (line.open ? (
          <div className={styles.actions}>
            <Button appearance="primary" size="small" onClick={() => onDecide(line.id, "accept")}>
              {t.useSuggested}
            </Button>
            <Button size="small" onClick={() => onDecide(line.id, "keep")}>
              {t.keepTyped}
            </Button>
          </div>
        ) : (
          <Link as="button" onClick={() => onDecide(line.id, null)}>
            {t.undo}
          </Link>
        ))}
    </>
  );
}
