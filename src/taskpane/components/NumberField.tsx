import * as React from "react";
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { LIMITS, parseSetting } from "../../core/request";

export interface NumberFieldProps {
  label: string;
  kind: keyof typeof LIMITS;
  /** The value; null (with a placeholder) when the field may stay empty to mean "automatic". */
  value: number | null;
  placeholder?: string;
  invalid: (min: number, max: number) => string;
  onChange: (n: number | null) => void;
}

/** As wide as its field, never as its placeholder: an input's own width would push a narrow pane sideways. */
const useStyles = makeStyles({ fit: { minWidth: 0, width: "100%" } });

const shown = (v: number | null) => (v === null ? "" : String(v));

/**
 * A number the analyst types freely: the text stays as typed; a valid number is taken at once,
 * an invalid one is shown as such and the last valid value kept.
 */
export function NumberField({ label, kind, value, placeholder, invalid, onChange }: NumberFieldProps) {
  const optional = placeholder !== undefined;
  const [text, setText] = React.useState(shown(value));
  // A new value from outside (settings loaded, say) replaces what was typed.
  const [last, setLast] = React.useState(value);
  if (last !== value) {
    setLast(value);
    setText(shown(value));
  }
  const empty = optional && text.trim() === "";
  const ok = empty || parseSetting(kind, text) !== null;
  const { min, max } = LIMITS[kind];
  const styles = useStyles();
  return (
    <Field label={label} validationState={ok ? "none" : "error"} validationMessage={ok ? undefined : invalid(min, max)}>
      <Input
        className={styles.fit}
        input={{ className: styles.fit }}
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        onChange={(_e, d) => {
          setText(d.value);
          if (optional && d.value.trim() === "") return onChange(null);
          const n = parseSetting(kind, d.value);
          if (n !== null) onChange(n);
        }}
        onBlur={() => setText(shown(value))}
      />
    </Field>
  );
}
