import * as React from "react";
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { PathSummary, PathUnit, WhatIfResult } from "../../core/analyse/whatIf";
import { whatIf } from "../../core/analyse/whatIf";
import { parseSetting } from "../../core/request";
import { fixed2, scoreText } from "../../core/text/format";
import type { ResultsText as Strings } from "../text/resultsStrings";
import { Fold } from "./Fold";
import { visuallyHidden } from "./visuallyHidden";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  p: { margin: 0 },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  measure: { display: "flex", flexDirection: "column", minWidth: 0 },
  on: { paddingLeft: "32px", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  points: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  outcome: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  score: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  low: { color: tokens.colorPaletteRedForeground1 },
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  unit: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 6em",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  unitText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  fit: { minWidth: 0, width: "100%" },
  sr: visuallyHidden,
  clear: { alignSelf: "flex-start" },
});

/** Points as the pane shows them: cut to two decimals, with their sign ("+1.66"). */
const signed = (v: number) => (v < 0 ? fixed2(v) : `+${fixed2(v)}`);

/** "o30", "e9 Public", "ตัวชี้วัดที่ 4". */
function unitName(t: Strings, u: PathUnit): string {
  if (u.code === null) return t.indicatorUnit(u.indicator);
  return u.channel ? `${u.code} ${u.channel === "public" ? "Public" : "Survey"}` : u.code;
}

export interface PathPanelProps {
  t: Strings;
  path: PathSummary;
  /** The heading ids of the section's own headings start so. */
  id: string;
}

/**
 * The path to the target: the sentence, the items that would carry the overall over it, and a
 * what-if — measures ticked, expected scores typed — giving the overall and the band, live. It
 * works everything out here, from the summary; nothing reaches the host.
 */
export function PathPanel({ t, path, id }: PathPanelProps) {
  const styles = useStyles();
  const [ticked, setTicked] = React.useState<number[]>([]);
  const [typed, setTyped] = React.useState<Record<string, string>>({});
  // A score as the target is one: 0–100, Thai digits read too.
  const items = React.useMemo(() => {
    const valid = Object.entries(typed).flatMap(([key, text]) => {
      const n = parseSetting("threshold", text);
      return n === null ? [] : [[key, n] as const];
    });
    return Object.fromEntries(valid);
  }, [typed]);
  const now = React.useMemo(() => whatIf(path, { measures: [], items: {} }), [path]);
  const result = React.useMemo(() => whatIf(path, { measures: ticked, items }), [path, ticked, items]);
  const chosen = ticked.length > 0 || Object.keys(items).length > 0;
  const tick = (n: number, on: boolean) => setTicked((xs) => (on ? [...xs, n] : xs.filter((x) => x !== n)));
  return (
    <div className={styles.root}>
      {path.sentence && (
        <Text as="p" className={styles.p}>
          {path.sentence}
        </Text>
      )}
      <Carries t={t} path={path} />
      <Text as="h4" id={`${id}-try`} className={styles.h4}>
        {t.tryTitle}
      </Text>
      <Text as="p" size={200} className={styles.p}>
        {t.tryHint}
      </Text>
      <MeasureChoices t={t} path={path} ticked={ticked} onTick={tick} labelledBy={`${id}-try`} />
      <Outcome t={t} path={path} now={now} result={result} chosen={chosen} />
      {chosen && (
        <Button
          className={styles.clear}
          onClick={() => {
            setTicked([]);
            setTyped({});
          }}
        >
          {t.clearChoice}
        </Button>
      )}
      <Fold id={`${id}-expected`} title={t.expectedTitle} level={4} open={false}>
        <ExpectedScores
          t={t}
          path={path}
          typed={typed}
          onType={(key, text) => setTyped((x) => ({ ...x, [key]: text }))}
        />
      </Fold>
    </div>
  );
}

/** The fewest items that close the gap, what they add and the overall they give: "o30 +1.66 → 85.99". */
function Carries({ t, path }: { t: Strings; path: PathSummary }) {
  const styles = useStyles();
  const g = path.goal;
  if (g.reached || !g.suffices || !g.units.length) return null;
  const units = g.units.flatMap((k) => path.units.filter((u) => u.key === k));
  const items = Object.fromEntries(units.map((u) => [u.key, u.to]));
  const r = whatIf(path, { measures: [], items });
  const names = units.map((u) => `${unitName(t, u)} (${signed(u.gain)})`).join(", ");
  const goal = g.band === null ? t.goalTarget(path.threshold) : t.goalBand(g.band);
  return (
    <Text as="p" weight="semibold" className={styles.p}>
      {t.carries(goal, names, fixed2(r.gain), fixed2(r.shown))}
    </Text>
  );
}

/** The plan's measures that add points, the most first, each with a checkbox. */
function MeasureChoices(props: {
  t: Strings;
  path: PathSummary;
  ticked: number[];
  onTick: (n: number, on: boolean) => void;
  labelledBy: string;
}) {
  const { t, path, ticked, onTick, labelledBy } = props;
  const styles = useStyles();
  const adding = path.measures.filter((m) => m.units.length > 0).sort((a, b) => b.gain - a.gain || a.number - b.number);
  const rest = path.measures.length - adding.length;
  const byKey = new Map(path.units.map((u) => [u.key, u]));
  return (
    <>
      <ul className={styles.list} aria-labelledby={labelledBy}>
        {adding.map((m) => {
          const units = m.units.flatMap((k) => byKey.get(k) ?? []);
          const codes = [...new Set(units.flatMap((u) => (u.code ? [u.code] : [])))];
          const indicators = [...new Set(units.filter((u) => u.code === null).map((u) => u.indicator))];
          const on = [...(codes.length ? [t.itemCodes(codes)] : []), ...indicators.map(t.indicatorUnit)];
          return (
            <li key={m.number} className={styles.measure}>
              <Checkbox
                checked={ticked.includes(m.number)}
                onChange={(_e, d) => onTick(m.number, d.checked === true)}
                label={
                  <>
                    {t.measureLabel(m.number, m.title)}{" "}
                    <span className={styles.points}>{t.points(signed(m.gain))}</span>
                  </>
                }
              />
              <Text size={200} className={styles.on}>
                {t.measureOn(on.join(" · "), m.issues)}
              </Text>
            </li>
          );
        })}
      </ul>
      {rest > 0 && (
        <Text as="p" size={200} className={styles.p}>
          {t.noGain(rest)}
        </Text>
      )}
    </>
  );
}

/**
 * The overall and the band the choice would give, the tools, and what the band above still needs;
 * until something is chosen, only a word saying so (the score card above shows the scores as they are).
 */
function Outcome(props: { t: Strings; path: PathSummary; now: WhatIfResult; result: WhatIfResult; chosen: boolean }) {
  const { t, path, now, result: r, chosen } = props;
  const styles = useStyles();
  const next = r.next;
  const missing = next
    ? [
        ...(next.gap > 0 ? [t.missingOverall(fixed2(next.gap))] : []),
        ...next.toolGaps.map((g) => t.missingTool(g.tool, g.gap === null ? null : fixed2(g.gap))),
      ]
    : [];
  return (
    <div className={styles.outcome} role="status" aria-live="polite" aria-atomic="true">
      {!chosen ? (
        <Text size={200}>{t.nothingChosen}</Text>
      ) : (
        <>
          <Text weight="semibold">{t.wouldGive}</Text>
          <div className={styles.score}>
            <span className={mergeClasses(styles.big, r.meetsTarget ? undefined : styles.low)}>{fixed2(r.shown)}</span>
            {r.band && (
              <Badge className={styles.badge} color={r.band.passed ? "success" : "danger"} appearance="filled">
                {r.band.name}
              </Badge>
            )}
            <Text>{t.fromNow(signed(r.gain), fixed2(now.shown))}</Text>
          </div>
          <Text size={200}>
            {r.meetsTarget ? t.meets(path.threshold) : t.short(path.threshold, fixed2(path.threshold - r.shown))}
            {now.band && r.band && now.band.name !== r.band.name && <> · {t.bandWas(now.band.name)}</>}
          </Text>
          <Text size={200}>{r.tools.map((x) => `${x.id} ${fixed2(x.shown)}`).join(" · ")}</Text>
          {next && missing.length > 0 && <Text size={200}>{t.nextNeeds(next.band.name, t.joinMissing(missing))}</Text>}
        </>
      )}
    </div>
  );
}

/** A box per score that can be raised, the most it adds first: the score expected of it. */
function ExpectedScores(props: {
  t: Strings;
  path: PathSummary;
  typed: Record<string, string>;
  onType: (key: string, text: string) => void;
}) {
  const { t, path, typed, onType } = props;
  const styles = useStyles();
  const units = [...path.units].sort((a, b) => b.gain - a.gain);
  return (
    <>
      <Text as="p" size={200} className={styles.p}>
        {t.expectedHint}
      </Text>
      <ul className={styles.list}>
        {units.map((u) => {
          const text = typed[u.key] ?? "";
          const ok = text.trim() === "" || parseSetting("threshold", text) !== null;
          const name = unitName(t, u);
          return (
            <li key={u.key} className={styles.unit}>
              <span className={styles.unitText}>
                <Text weight="semibold">
                  {name} <span className={styles.points}>{t.points(signed(u.gain))}</span>
                </Text>
                <Text size={200}>
                  {t.scoreNow(scoreText(u.from))} · {u.text}
                </Text>
              </span>
              <Field
                label={{ children: t.expectedLabel(name), className: styles.sr }}
                validationState={ok ? "none" : "error"}
                validationMessage={ok ? undefined : t.expectedInvalid}
              >
                <Input
                  className={styles.fit}
                  input={{ className: styles.fit }}
                  inputMode="decimal"
                  value={text}
                  placeholder={scoreText(u.to)}
                  onChange={(_e, d) => onType(u.key, d.value)}
                />
              </Field>
            </li>
          );
        })}
      </ul>
    </>
  );
}
