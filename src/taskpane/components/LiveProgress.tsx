import * as React from "react";

const ProgressView = React.lazy(() => import(/* webpackChunkName: "progress" */ "./ProgressView"));

/**
 * The progress of long work: a bar and what is being done, in a live region that is always in the
 * page (empty when idle), so screen readers announce each step as it changes. The bar's code loads
 * with the first work; until then the step's words show alone.
 */
export function LiveProgress({ progress, label }: { progress: { value: number; text: string } | null; label: string }) {
  return (
    <div role="status" aria-live="polite">
      {progress && (
        <React.Suspense fallback={<span>{progress.text}</span>}>
          <ProgressView value={progress.value} text={progress.text} label={label} />
        </React.Suspense>
      )}
    </div>
  );
}

/** What shows while a part of the pane loads: its name, marked busy (no component of its own to load). */
export function Loading({ label }: { label: string }) {
  return (
    <div role="status" aria-busy="true">
      {label} …
    </div>
  );
}
