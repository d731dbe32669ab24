/**
 * One request for every front door: the same values typed on the command line and in the pane's
 * fields (or saved with the workbook) are read the same way, give the same options, and are
 * refused with the same range.
 */
import { workbookOptions } from "../src/cli/request";
import { InputError } from "../src/core/i18n/messages";
import {
  AnalyzeSettings,
  DEFAULT_SETTINGS,
  LIMITS,
  forBatch,
  fromSaved,
  parseSetting,
  toWorkbookOptions,
} from "../src/core/request";
import { SETTINGS_TEXT } from "../src/taskpane/text/settingsStrings";

/** The CLI: the value of `--<option>`, or the range its message gives. */
function cli(option: "threshold" | "fiscal-year", text: string): number | { min: string; max: string } {
  try {
    const o = workbookOptions({ [option]: text }, "th");
    return (option === "threshold" ? o.threshold : o.fiscalYear)!;
  } catch (e) {
    if (!(e instanceof InputError) || e.code !== "args.number") throw e;
    return { min: e.params.min, max: e.params.max };
  }
}

/** The pane: the field takes the number, or shows its message with the range. */
function pane(kind: "threshold" | "fiscalYear", text: string): number | { min: string; max: string } {
  const n = parseSetting(kind, text);
  if (n !== null) return n;
  const { min, max } = LIMITS[kind];
  // The field's message is the range, in the pane's words.
  expect(SETTINGS_TEXT.th.between(min, max)).toBe(`กรอกตัวเลขระหว่าง ${min} ถึง ${max}`);
  return { min: String(min), max: String(max) };
}

describe("the same values through the command line and the pane", () => {
  // Worked out by hand: what each text is as a target (0–100) and as a fiscal year (2560–2700, whole).
  const thresholds: Array<[string, number | null]> = [
    ["85", 85],
    ["๘๐", 80],
    ["0", 0],
    ["100", 100],
    ["84.5", 84.5],
    [" 90 ", 90],
    ["101", null],
    ["-5", null],
    ["0x50", null],
    ["85%", null],
    ["abc", null],
  ];
  test.each(thresholds)("target %p → %p", (text, expected) => {
    const range = { min: "0", max: "100" };
    expect(cli("threshold", text)).toEqual(expected ?? range);
    expect(pane("threshold", text)).toEqual(expected ?? range);
  });

  const years: Array<[string, number | null]> = [
    ["2570", 2570],
    ["๒๕๗๐", 2570],
    ["2560", 2560],
    ["2559", null],
    ["2701", null],
    ["2570.5", null],
    ["2027", null],
  ];
  test.each(years)("fiscal year %p → %p", (text, expected) => {
    const range = { min: "2560", max: "2700" };
    expect(cli("fiscal-year", text)).toEqual(expected ?? range);
    expect(pane("fiscalYear", text)).toEqual(expected ?? range);
  });

  test("the same request gives the same options, the target left to the framework when not given", () => {
    const settings: AnalyzeSettings = {
      ...DEFAULT_SETTINGS,
      threshold: 80,
      year: 2569,
      fiscalYear: 2571,
      thaiDigits: true,
      fractions: true,
      agencyShort: "สำนักงาน กสม.",
      documentThaiDigits: false,
      units: [{ role: "budget", name: "กองแผนงาน" }, { name: "สำนักงานเลขานุการ" }],
    };
    const fromCli = workbookOptions(
      {
        threshold: "80",
        year: "2569",
        "fiscal-year": "2571",
        "thai-digits": true,
        "fractions-as-percent": true,
        "agency-short": "สำนักงาน กสม.",
        "arabic-digits": true,
        units: "budget=กองแผนงาน,สำนักงานเลขานุการ",
      },
      "th",
    );
    // The pane's settings, saved with the workbook and read back, then turned into the options.
    const fromPane = toWorkbookOptions(fromSaved(JSON.parse(JSON.stringify(settings))), "th");
    const keys = [
      "threshold",
      "year",
      "fiscalYear",
      "thaiDigits",
      "fractions",
      "agencyShort",
      "documentThaiDigits",
      "units",
      "lang",
    ] as const;
    for (const k of keys) expect([k, fromPane[k]]).toEqual([k, fromCli[k]]);
    // Nothing given: the framework's target (undefined), the year read from the workbook.
    expect(workbookOptions({}, "th").threshold).toBeUndefined();
    expect(toWorkbookOptions(fromSaved(null), "th").threshold).toBeUndefined();
  });

  test("saved settings out of range fall back to their defaults, each against its own range", () => {
    const s = fromSaved({ threshold: 150, year: 2500, fiscalYear: 2571.5, period: "weekly", units: [{ role: 3 }] });
    expect(s).toMatchObject({ threshold: null, year: "auto", fiscalYear: null, period: "template", units: [] });
    expect(fromSaved({ year: 2569, fiscalYear: 2570 })).toMatchObject({ year: 2569, fiscalYear: 2570 });
  });

  test("a batch analyses and names every agency from its own workbook, in both front doors", () => {
    const one = toWorkbookOptions({ ...DEFAULT_SETTINGS, agency: "อบต. ข", agencyName: "ก", agencyShort: "ข" }, "th");
    expect(forBatch(one)).toMatchObject({ agency: undefined, agencyName: undefined, agencyShort: undefined });
    expect(forBatch(workbookOptions({ agency: "2", "agency-short": "ข" }, "th"))).toMatchObject({
      agency: undefined,
      agencyShort: undefined,
    });
  });
});
