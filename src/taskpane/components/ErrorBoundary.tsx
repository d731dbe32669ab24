import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
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
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{chunk ? t.chunkFailed : t.crashed}</MessageBarTitle>
          {describeError(error, lang)}
        </MessageBarBody>
        {onRetry && (
          <MessageBarActions>
            <Button onClick={this.retry}>{t.retry}</Button>
          </MessageBarActions>
        )}
      </MessageBar>
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
