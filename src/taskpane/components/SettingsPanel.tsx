import { Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalyzeSettings, SettingsChoices } from "../../adapters/host";
import { PaneStrings, withPart } from "../text/strings";
import { SETTINGS_TEXT, SettingsText as Strings } from "../text/settingsStrings";
import { NumberField } from "./NumberField";
import { PreviousFile } from "./PreviousFile";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Two fields side by side where there is room, one under the other in a narrow pane (320 px).
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, "> *": { flex: "1 1 10em", minWidth: 0 } },
  // A drop-down as wide as its field, never as its longest choice ("Automatic (read from the workbook)").
  select: { minWidth: 0, maxWidth: "100%", width: "100%" },
  sheets: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
});

export interface SettingsPanelProps {
  t: PaneStrings;
  settings: AnalyzeSettings;
  sheets: Array<{ name: string; generated: boolean }>;
  choices: SettingsChoices;
  onChange: (s: AnalyzeSettings) => void;
  /** Last year's analysed workbook: its name when chosen, and the choice (absent where it does not apply: a batch). */
  previous?: { chosen: string | null; onChoose: (file: File | null) => void };
}

type Part = { t: Strings; settings: AnalyzeSettings; onChange: (s: AnalyzeSettings) => void };

export function SettingsPanel({ t: pane, settings, sheets, choices, onChange, previous }: SettingsPanelProps) {
  const t: Strings = withPart(pane, SETTINGS_TEXT);
  const styles = useStyles();
  const part = { t, settings, onChange };
  return (
    <div className={styles.root}>
      <SheetChoice {...part} sheets={sheets} />
      <AgencyFields {...part} />
      <YearFields {...part} years={choices.years} />
      <DigitOptions {...part} />
      {choices.roles.length > 0 && <UnitFields {...part} roles={choices.roles} />}
      {previous && <PreviousFile t={t} {...previous} />}
    </div>
  );
}

/** The sheets to read: all, or some. A group of checkboxes is a fieldset (a Field would give them one id). */
function SheetChoice({ t, settings, onChange, sheets }: Part & { sheets: SettingsPanelProps["sheets"] }) {
  const styles = useStyles();
  const readable = sheets.filter((s) => !s.generated);
  const chosen = settings.sheets ?? readable.map((s) => s.name);
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...chosen, name] : chosen.filter((n) => n !== name);
    onChange({ ...settings, sheets: next.length === readable.length ? null : next });
  };
  return (
    <fieldset className={styles.sheets}>
      <legend>{t.sheets}</legend>
      <Checkbox
        label={t.allSheets}
        checked={settings.sheets === null ? true : chosen.length === 0 ? false : "mixed"}
        onChange={(_e, d) => onChange({ ...settings, sheets: d.checked ? null : [] })}
      />
      {readable.map((s) => (
        <Checkbox
          key={s.name}
          label={s.name}
          checked={chosen.includes(s.name)}
          onChange={(_e, d) => toggle(s.name, Boolean(d.checked))}
        />
      ))}
    </fieldset>
  );
}

/** The agency's name as the document writes it, and its short name for the sentences after the cover. */
function AgencyFields({ t, settings, onChange }: Part) {
  return (
    <>
      <Field label={t.agencyName} hint={t.agencyNameHint}>
        <Input
          placeholder={t.agencyNamePlaceholder}
          value={settings.agencyName ?? ""}
          onChange={(_e, d) => onChange({ ...settings, agencyName: d.value.trim() ? d.value : null })}
        />
      </Field>
      <Field label={t.agencyShort} hint={t.agencyShortHint}>
        <Input
          value={settings.agencyShort ?? ""}
          onChange={(_e, d) => onChange({ ...settings, agencyShort: d.value.trim() ? d.value : null })}
        />
      </Field>
    </>
  );
}

/** The assessment year, the target, the fiscal year of the measures and their period. */
function YearFields({ t, settings, onChange, years }: Part & { years: number[] }) {
  const styles = useStyles();
  return (
    <>
      <Field label={t.year} hint={t.yearHint}>
        <Select
          className={styles.select}
          select={{ className: styles.select }}
          value={String(settings.year)}
          onChange={(_e, d) => onChange({ ...settings, year: d.value === "auto" ? "auto" : Number(d.value) })}
        >
          <option value="auto">{t.yearAuto}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {t.yearOption(y)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <NumberField
          label={t.threshold}
          kind="threshold"
          value={settings.threshold}
          placeholder={t.thresholdAuto}
          invalid={t.between}
          onChange={(n) => onChange({ ...settings, threshold: n })}
        />
        <NumberField
          label={t.fiscalYear}
          kind="fiscalYear"
          value={settings.fiscalYear}
          placeholder={t.fiscalYearAuto}
          invalid={t.between}
          onChange={(n) => onChange({ ...settings, fiscalYear: n })}
        />
      </div>
      <Field label={t.period}>
        <Select
          className={styles.select}
          select={{ className: styles.select }}
          value={settings.period}
          onChange={(_e, d) => onChange({ ...settings, period: d.value as AnalyzeSettings["period"] })}
        >
          {(Object.keys(t.periods) as Array<keyof Strings["periods"]>).map((k) => (
            <option key={k} value={k}>
              {t.periods[k]}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

/** Thai digits in the sheets and the document, and fractions read as percents. */
function DigitOptions({ t, settings, onChange }: Part) {
  return (
    <>
      <Checkbox
        label={t.thaiDigits}
        checked={settings.thaiDigits}
        onChange={(_e, d) => onChange({ ...settings, thaiDigits: Boolean(d.checked) })}
      />
      <Checkbox
        label={t.documentThaiDigits}
        checked={settings.documentThaiDigits}
        onChange={(_e, d) => onChange({ ...settings, documentThaiDigits: Boolean(d.checked) })}
      />
      <Checkbox
        label={t.fractions}
        checked={settings.fractions}
        onChange={(_e, d) => onChange({ ...settings, fractions: Boolean(d.checked) })}
      />
    </>
  );
}

/** The agency's own unit for each owner role of the plan. */
function UnitFields({ t, settings, onChange, roles }: Part & { roles: SettingsChoices["roles"] }) {
  const styles = useStyles();
  const unitOf = (role: string) => settings.units.find((u) => u.role === role)?.name ?? "";
  const setUnit = (role: string, name: string) =>
    onChange({
      ...settings,
      units: [...settings.units.filter((u) => u.role !== role), ...(name.trim() ? [{ role, name }] : [])],
    });
  return (
    <fieldset className={styles.sheets}>
      <legend>{t.units}</legend>
      <Text size={200}>{t.unitsHint}</Text>
      {roles.map((r) => (
        <Field key={r.id} label={r.name} size="small">
          <Input placeholder={r.placeholder} value={unitOf(r.id)} onChange={(_e, d) => setUnit(r.id, d.value)} />
        </Field>
      ))}
    </fieldset>
  );
}

export default SettingsPanel;
