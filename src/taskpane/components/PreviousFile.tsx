import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, DocumentRegular } from "@fluentui/react-icons";
import type { SettingsText as Strings } from "../text/settingsStrings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  chosen: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface PreviousFileProps {
  t: Strings;
  /** The name of the file chosen, or null. */
  chosen: string | null;
  onChoose: (file: File | null) => void;
}

/**
 * Last year's analysed workbook: a Fluent button opens the browser's file chooser (the input itself
 * stays hidden), the name chosen is shown with a button that lets it go.
 */
export function PreviousFile({ t, chosen, onChoose }: PreviousFileProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const id = React.useId();
  return (
    <fieldset className={styles.root} aria-describedby={`${id}-hint`}>
      <legend>{t.previous}</legend>
      <Text id={`${id}-hint`} size={200}>
        {t.previousHint}
      </Text>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t.previous}
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // The same file chosen again after "do not use" must fire a change: the input is emptied.
          e.target.value = "";
          if (file) onChoose(file);
        }}
      />
      <div className={styles.chosen}>
        <Button icon={<DocumentRegular />} onClick={() => input.current?.click()}>
          {t.previousChoose}
        </Button>
        {chosen && (
          <>
            <Text size={200}>{t.previousChosen(chosen)}</Text>
            <Button appearance="subtle" icon={<DismissRegular />} onClick={() => onChoose(null)}>
              {t.previousRemove}
            </Button>
          </>
        )}
      </div>
    </fieldset>
  );
}
