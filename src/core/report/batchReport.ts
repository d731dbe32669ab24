import type { AgencyRow } from "../batch/rollup";
import { Unread, unreadReason } from "../batch/files";
import type { Lang } from "../i18n/messages";

/** The `--json` report of a batch: every agency, and every file or agency that could not be read. */
export function batchReport(rows: AgencyRow[], unread: Unread[], lang: Lang) {
  return {
    agencies: rows.map((r) => ({
      name: r.name,
      file: r.file,
      sheet: r.sheet,
      year: r.year,
      overall: { reported: r.overall.reported, computed: r.overall.computed },
      result: r.result?.[lang] ?? null,
      lowIndicators: r.lowIndicators,
      output: r.output,
    })),
    unread: unread.map((u) => ({ file: u.file, code: u.code, reason: unreadReason(u, lang) })),
  };
}
