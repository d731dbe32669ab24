/**
 * The command line's options, parsed strictly: a value that is not what its option takes is a bad
 * option (exit 2) with one line that says the option, what it takes and what it got — Node's own
 * parser text never reaches the user.
 */
import { parseArgs } from "util";
import { InputError, Lang } from "../core/i18n/messages";

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
