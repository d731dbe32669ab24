/**
 * Everything the core has to tell the analyst: problems in the input, disagreements between
 * reported and recomputed scores, and notes. Messages are rendered per language by
 * `i18n/messages.ts`; the core keeps only the code and its parameters.
 */

import type { DiagnosticCode } from "./diagnosticText";

export type { DiagnosticCode } from "./diagnosticText";

export type Severity = "error" | "warning" | "info";

/** A parameter: a value, a list, or text in both languages. */
export type DiagnosticParams = Record<string, string | number | null | string[] | { th: string; en: string }>;

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier of the kind of message, e.g. "score.invalid": one with a message in both languages. */
  code: DiagnosticCode;
  /** "item:i1", "indicator:3", "tool:IIT", "overall", or null. */
  subject: string | null;
  /** The cell the message is about, "Sheet!C5", or null. */
  cell: string | null;
  /** Every cell involved, the first being `cell` (both cells of a conflict, say). */
  cells: string[];
  params: DiagnosticParams;
}

export function diagnostic(
  severity: Severity,
  code: DiagnosticCode,
  subject: string | null,
  cells: string[],
  params: DiagnosticParams = {},
): Diagnostic {
  return { severity, code, subject, cell: cells[0] ?? null, cells, params };
}
