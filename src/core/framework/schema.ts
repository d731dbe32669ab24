/**
 * The schema of the framework files (`data/*.json`, and the files `--framework` loads). Every
 * file is checked against it when it loads: a wrong or unknown field is an error that names the
 * file and the field, never a cast that lets bad data through.
 */
import { z } from "zod";

const text = z.string().min(1);
const bilingual = z.strictObject({ th: text, en: text });
const issueNumber = z.number().int().min(1).max(99);
const itemCode = z.string().regex(/^[a-z]+\d+$/, "an item code is lower-case letters and a number, e.g. o11");
/** An item code, a subject ("#procurement") or a tool's kind ("#disclosure"). */
const selector = z.string().regex(/^(#[a-z][a-z0-9-]*|[a-z]+\d+)$/, "a selector is an item code or #subject");

const tool = z.strictObject({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/),
  th: text,
  en: text,
  short: bilingual,
  weight: z.number().gt(0).lte(1),
  kind: z.enum(["perception", "disclosure"]),
  scoring: z.enum(["single", "dual"]),
  codePrefix: z.string().regex(/^[a-z]+$/),
  scale: z.array(z.number().min(0).max(100)).min(2).optional(),
  gapValues: z.array(z.number().min(0).max(100)).optional(),
  aliases: z.array(text),
  respondents: bilingual.optional(),
});

const subIndicator = z.strictObject({ id: text, th: text, en: text, items: z.array(itemCode).min(1) });
const method = z.enum(["mean", "dual-mean", "sub-indicators"]);

const indicator = z.strictObject({
  number: z.number().int().min(1).max(99),
  tool: text,
  th: text,
  en: text,
  aliases: z.array(text),
  method,
  methodVerified: z.boolean(),
  subIndicators: z.array(subIndicator).optional(),
  defaultIssues: z.array(issueNumber),
});

const role = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: bilingual,
  placeholder: bilingual,
  description: bilingual,
});

const recommendation = z.strictObject({ whenLow: z.array(selector), th: text, en: text });

const measure = z.strictObject({
  whenLow: z.array(selector),
  title: bilingual,
  steps: z.array(bilingual).min(1),
  period: z.enum(["year", "firstHalf"]),
  owners: z.array(text).min(1),
});

const issue = z.strictObject({
  number: issueNumber,
  th: text,
  en: text,
  subject: bilingual,
  recommendations: z.array(recommendation),
  measures: z.array(measure),
});

const origin = z.enum(["published", "inferred", "workbook", "analyst"]);

const item = z.strictObject({
  code: itemCode,
  indicator: z.number().int().min(1).max(99),
  th: text,
  en: text,
  textVerified: z.boolean(),
  origin: origin.optional(),
  subjects: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).optional(),
  issues: z.array(issueNumber).optional(),
  observation: bilingual.optional(),
});

export const bandSchema = z.strictObject({
  min: z.number().min(0).max(100),
  toolMin: z.number().min(0).max(100).optional(),
  th: text,
  en: text,
  passed: z.boolean(),
  verified: z.boolean(),
});

/** A framework file: a whole framework, or a year on a base ("base": "ita-general") that it completes. */
export const frameworkFileSchema = z.strictObject({
  $comment: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id is lower-case letters, digits and hyphens"),
  year: z.number().int().min(2500).max(2700).nullable().optional(),
  label: bilingual.optional(),
  base: z.string().optional(),
  threshold: z.number().min(0).max(100).optional(),
  decimals: z.number().int().min(0).max(6).optional(),
  tools: z.array(tool).min(1).optional(),
  indicators: z.array(indicator).min(1).optional(),
  roles: z.array(role).optional(),
  monitoringRole: z.string().optional(),
  issues: z.array(issue).optional(),
  /** Items taken from another framework (the tools named), marked with `origin`. */
  itemsFrom: z
    .array(z.strictObject({ framework: text, tools: z.array(text).min(1), origin: z.enum(["published", "inferred"]) }))
    .optional(),
  items: z.array(item).optional(),
  /** How indicators are computed this year, by indicator number. */
  methods: z
    .record(
      z.string().regex(/^\d+$/),
      z.strictObject({ method, verified: z.boolean(), subIndicators: z.array(subIndicator).optional() }),
    )
    .optional(),
  bands: z.array(bandSchema).min(1).optional(),
  notes: z.array(z.string()).optional(),
});

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

export const bandsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  eras: z
    .array(
      z.strictObject({
        from: z.number().int(),
        to: z.number().int().optional(),
        bands: z.array(bandSchema).min(1),
      }),
    )
    .min(1),
  notes: z.array(z.string()),
});

export const subjectsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  subjects: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/),
        issues: z.array(issueNumber).min(1),
        words: z.strictObject({ th: z.array(text), en: z.array(text) }),
      }),
    )
    .min(1),
});

/** Check parsed JSON against a schema; a failure names the file and every wrong field. */
export function parseFile<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const fields = r.error.issues.map(
    (i) => `${file}: ${i.path.length ? i.path.join(".") : "(top level)"}: ${i.message}`,
  );
  throw new FrameworkError(file, fields);
}

/** A framework file that is not valid: what is wrong, field by field. */
export class FrameworkError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Framework file ${file} is not valid:\n- ${problems.join("\n- ")}`);
    this.name = "FrameworkError";
  }
}
