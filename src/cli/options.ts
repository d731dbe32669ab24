/**
 * The command line's options, parsed strictly: a value that is not what its option takes is a bad
 * option (exit 2) with one line that says the option, what it takes and what it got — Node's own
 * parser text never reaches the user.
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { Framework, FrameworkError, frameworkYears, loadFrameworkFile } from "../core/framework";
import { InputError, Lang } from "../core/i18n/messages";
import type { WorkbookOptions } from "../core/analyseWorkbook";
import type { UnitAssignment } from "../core/render/unitsSheet";
import { LIMITS, parseSetting } from "../core/request";
import { toArabicDigits } from "../core/text/thai";

const OPTIONS = {
  out: { type: "string" },
  json: { type: "string" },
  threshold: { type: "string" },
  "fiscal-year": { type: "string" },
  year: { type: "string" },
  framework: { type: "string" },
  "save-framework": { type: "string" },
  lang: { type: "string" },
  "thai-digits": { type: "boolean" },
  "arabic-digits": { type: "boolean" },
  "fractions-as-percent": { type: "boolean" },
  "accept-suggestions": { type: "boolean" },
  agency: { type: "string" },
  "agency-short": { type: "string" },
  units: { type: "string" },
  sheets: { type: "string" },
  previous: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

export type OptionValues = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "string" ? string : boolean;
};

/** The longest unit name `--units` takes: a cell, a drop-down entry and a sentence all hold it. */
export const MAX_UNIT_NAME = 200;
/** The most units `--units` takes: more than any agency has, few enough that every list stays short. */
export const MAX_UNITS = 60;

export interface ParsedArgs {
  values: OptionValues;
  positionals: string[];
  /** `--docx` alone is "" (the default name); absent, undefined. */
  docx: string | undefined;
}

/** The language asked for, read before anything else so that even a bad option is told in it. */
export function languageOf(argv: string[]): Lang {
  let lang: Lang = "th";
  argv.forEach((a, i) => {
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (value !== undefined) lang = value === "en" ? "en" : "th";
  });
  return lang;
}

/** Parse the arguments; every problem is an InputError with an `args.` code. */
export function parseArguments(argv: string[]): ParsedArgs {
  const { docx, args } = docxOption(argv);
  try {
    const { values, positionals } = parseArgs({
      args: joinNegativeValues(args),
      allowPositionals: true,
      options: OPTIONS,
    });
    if (values.lang !== undefined && values.lang !== "th" && values.lang !== "en")
      throw new InputError("args.invalid", { detail: `--lang ${values.lang} (th, en)` });
    return { values, positionals, docx };
  } catch (e) {
    throw parserError(e);
  }
}

/**
 * A string option followed by what looks like a negative number ("--threshold -5") is given that
 * value, so that its range is what the message talks about, not Node's "ambiguous argument".
 */
function joinNegativeValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith("--") ? args[i].slice(2) : "";
    const takesValue = (OPTIONS as Record<string, { type: string }>)[name]?.type === "string";
    if (takesValue && /^-[\d.]/.test(args[i + 1] ?? "")) out.push(`${args[i]}=${args[++i]}`);
    else out.push(args[i]);
  }
  return out;
}

/** Node's parser errors, as our own one-line messages. */
function parserError(e: unknown): unknown {
  const code = e instanceof TypeError ? (e as NodeJS.ErrnoException).code : undefined;
  if (!code?.startsWith("ERR_PARSE_ARGS")) return e;
  const option = /'(?:-\w, )?(-[^' ]+)/.exec(e instanceof Error ? e.message : "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new InputError("args.unknown", { option });
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const takesNone = /does not take an argument/.test((e as Error).message);
    return new InputError(takesNone ? "args.noValue" : "args.missingValue", { option });
  }
  return new InputError("args.invalid", { detail: (e as Error).message.split("\n")[0] });
}

/**
 * `--docx` takes an optional file: "--docx", "--docx out.docx" or "--docx=out.docx". Undefined when
 * the document is not asked for, "" for the default name.
 */
function docxOption(argv: string[]): { docx: string | undefined; args: string[] } {
  const args: string[] = [];
  let docx: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--docx=")) docx = a.slice("--docx=".length);
    else if (a !== "--docx") args.push(a);
    else if (/\.docx$/i.test(argv[i + 1] ?? "")) docx = argv[++i];
    else docx = "";
  }
  return { docx, args };
}

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
