import * as React from "react";
import { ProgressBar, Text } from "@fluentui/react-components";

/**
 * The progress of long work: a bar and what is being done, in a live region that is always in the
 * page (empty when idle), so screen readers announce each step as it changes.
 */
export function LiveProgress({ progress, label }: { progress: { value: number; text: string } | null; label: string }) {
  return (
    <div role="status" aria-live="polite">
      {progress && (
        <>
          <ProgressBar value={progress.value} aria-label={label} />
          <Text size={200}>{progress.text}</Text>
        </>
      )}
    </div>
  );
}
