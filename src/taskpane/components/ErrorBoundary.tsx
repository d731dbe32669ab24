import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/messages";
import { describeError } from "../../adapters/host";
import type { Strings } from "../text/strings";

interface BoundaryProps {
  t: Strings;
  lang: Lang;
  /** Try again (load the part's code afresh); without it the message says to reopen the pane. */
  onRetry?: () => void;
  children: React.ReactNode;
}

/**
 * An error, drawn as Fluent's error message bar looks, from the pane's own first script: it must
 * show when the code of a part (the message bar's too) could not be fetched.
 */
const useStyles = makeStyles({
  alert: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  body: { flexGrow: 1, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
});

function Alert({ title, text, action }: { title: string; text: string; action?: React.ReactNode }) {
  const styles = useStyles();
  return (
    <div role="alert" className={styles.alert}>
      <div className={styles.body}>
        <span className={styles.title}>{title}</span>
        {text}
      </div>
      {action}
    </div>
  );
}

/** Does the error say a piece of the pane's code could not be fetched (a network or proxy failure)? */
function isChunkFailure(error: unknown): boolean {
  const e = error as { name?: string; message?: string };
  return (
    e?.name === "ChunkLoadError" ||
    /Loading (CSS )?chunk|dynamically imported module|Failed to fetch/i.test(e?.message ?? "")
  );
}

/**
 * Shows what went wrong, in the pane's language, instead of a blank pane when a part of it fails —
 * a piece of code that did not load, say, which can be tried again.
 */
export class ErrorBoundary extends React.Component<BoundaryProps, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  private retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { t, lang, onRetry } = this.props;
    const chunk = isChunkFailure(error);
    return (
      <Alert
        title={chunk ? t.chunkFailed : t.crashed}
        text={describeError(error, lang)}
        action={onRetry && <Button onClick={this.retry}>{t.retry}</Button>}
      />
    );
  }
}

/**
 * A lazily loaded component whose loading can be tried again: React.lazy keeps a failed import for
 * good, so a retry makes a new lazy component that imports afresh.
 */
export function useRetryableLazy<P extends object>(
  load: () => Promise<{ default: React.ComponentType<P> }>,
): { Component: React.LazyExoticComponent<React.ComponentType<P>>; retry: () => void } {
  const [Component, setComponent] = React.useState(() => React.lazy(load));
  // A new lazy component imports afresh.
  const retry = React.useCallback(() => setComponent(() => React.lazy(load)), [load]);
  return { Component, retry };
}
