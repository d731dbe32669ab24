import * as React from "react";
import { ProgressBar, Text } from "@fluentui/react-components";

/** The bar and the step's words: loaded when work first starts, not with the pane. */
export default function ProgressView({ value, text, label }: { value: number; text: string; label: string }) {
  return (
    <>
      <ProgressBar value={value} aria-label={label} />
      <Text size={200}>{text}</Text>
    </>
  );
}
