import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { LIMITS, parseSetting } from "../../core/settings";

export interface NumberFieldProps {
  label: string;
  kind: keyof typeof LIMITS;
  value: number;
  invalid: (min: number, max: number) => string;
  onChange: (n: number) => void;
}

/**
 * A number the analyst types freely: the text stays as typed; a valid number is taken at once,
 * an invalid one is shown as such and the last valid value kept.
 */
export function NumberField({ label, kind, value, invalid, onChange }: NumberFieldProps) {
  const [text, setText] = React.useState(String(value));
  // A new value from outside (settings loaded, say) replaces what was typed.
  const [shown, setShown] = React.useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  const ok = parseSetting(kind, text) !== null;
  const { min, max } = LIMITS[kind];
  return (
    <Field label={label} validationState={ok ? "none" : "error"} validationMessage={ok ? undefined : invalid(min, max)}>
      <Input
        inputMode="decimal"
        value={text}
        onChange={(_e, d) => {
          setText(d.value);
          const n = parseSetting(kind, d.value);
          if (n !== null) onChange(n);
        }}
        onBlur={() => setText(String(value))}
      />
    </Field>
  );
}
