/**
 * The analysis request from the parsed options: numbers in their ranges, the year among the
 * frameworks', a framework file checked, the units bounded. Loaded only when there is work to do
 * (`--help` and `--version` never load the frameworks).
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { Framework, FrameworkError, frameworkYears, loadFrameworkFile } from "../core/framework";
import { InputError, Lang } from "../core/i18n/messages";
import type { WorkbookOptions } from "../core/analyseWorkbook";
import type { UnitAssignment } from "../core/render/unitsSheet";
import { LIMITS, parseSetting } from "../core/request";
import { toArabicDigits } from "../core/text/thai";
import { MAX_UNITS, MAX_UNIT_NAME, OptionValues } from "./options";

/** A number option in its range (`LIMITS`), Thai digits welcome; anything else names the range. */
function numberOption(value: string | undefined, option: string, kind: keyof typeof LIMITS): number | undefined {
  if (value === undefined) return undefined;
  const n = parseSetting(kind, value);
  if (n === null || (kind === "fiscalYear" && !Number.isInteger(n)))
    throw new InputError("args.number", { option, value, ...limitParams(kind) });
  return n;
}

const limitParams = (kind: keyof typeof LIMITS) => ({
  min: String(LIMITS[kind].min),
  max: String(LIMITS[kind].max),
});

/** The difference between the Buddhist and the Gregorian year. */
const BE_OFFSET = 543;

/**
 * "auto", or an assessment year that has a framework; a Gregorian year is pointed to its Buddhist
 * one, any other names the years there are.
 */
function yearOption(value: string | undefined): number | "auto" | undefined {
  if (value === undefined) return undefined;
  const text = toArabicDigits(value.trim());
  if (text === "auto") return "auto";
  const known = frameworkYears();
  const n = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (known.includes(n)) return n;
  if (known.includes(n + BE_OFFSET))
    throw new InputError("args.yearGregorian", { option: "--year", year: text, be: String(n + BE_OFFSET) });
  throw new InputError("args.year", { year: value, known: known.join(", ") });
}

/** A framework file (JSON), checked; what is wrong with it is a bad option, said in one line. */
function frameworkOption(file: string): Framework {
  if (!existsSync(file)) throw new InputError("args.framework", { file, detail: "not found" });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError("args.framework", { file, detail: e instanceof Error ? e.message : String(e) });
  }
  try {
    return loadFrameworkFile(json, path.basename(file));
  } catch (e) {
    if (e instanceof FrameworkError) {
      const first = e.problems.slice(0, 3).join("; ");
      const more = e.problems.length > 3 ? ` (+${e.problems.length - 3})` : "";
      throw new InputError("args.framework", { file, detail: first + more });
    }
    throw e;
  }
}

/** "budget=กองแผนงาน,hr=กองการเจ้าหน้าที่,สำนักงานเลขานุการ": roles and names, each of a sensible length. */
function unitsOption(list: string | undefined): UnitAssignment[] {
  if (!list) return [];
  const units = list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const eq = s.indexOf("=");
      return eq > 0 ? { role: s.slice(0, eq).trim(), name: s.slice(eq + 1).trim() } : { name: s };
    });
  if (units.length > MAX_UNITS) throw new InputError("args.units", { detail: `: ${units.length} > ${MAX_UNITS}` });
  const long = units.find((u) => [...u.name].length > MAX_UNIT_NAME);
  if (long) throw new InputError("args.units", { detail: `: ${long.name.slice(0, 20)}… > ${MAX_UNIT_NAME}` });
  return units;
}

/** The analysis options, checked: `analyze` takes them for its workbook, `batch` for every agency. */
export function workbookOptions(values: OptionValues, lang: Lang): WorkbookOptions {
  return {
    threshold: numberOption(values.threshold, "--threshold", "threshold"),
    fiscalYear: numberOption(values["fiscal-year"], "--fiscal-year", "fiscalYear"),
    year: yearOption(values.year),
    framework: values.framework === undefined ? undefined : frameworkOption(values.framework),
    lang,
    thaiDigits: values["thai-digits"] ?? false,
    documentThaiDigits: !(values["arabic-digits"] ?? false),
    fractions: values["fractions-as-percent"] ?? false,
    acceptSuggestions: values["accept-suggestions"] ?? false,
    agency:
      values.agency === undefined ? undefined : /^\d+$/.test(values.agency) ? Number(values.agency) : values.agency,
    agencyShort: values["agency-short"],
    units: unitsOption(values.units),
    sheets: values.sheets ? values.sheets.split(",").map((s) => s.trim()) : undefined,
  };
}
