import { FrameworkFile } from "./schema";
import { Framework } from "./types";

/**
 * A framework as a self-contained file (no base): what `--save-framework` writes and
 * `--framework` reads back, the analyst's corrections included.
 */
export function toFrameworkFile(f: Framework): FrameworkFile {
  return {
    $comment:
      "An ITA framework saved by ITA Analyzer. Edit the items (wording, issues) and load it with --framework; every field is checked when it loads.",
    id: f.id,
    year: f.year,
    label: f.label,
    threshold: f.threshold,
    decimals: f.decimals,
    tools: f.tools.map((t) => ({ ...t })),
    indicators: f.indicators.map((d) => ({ ...d })),
    roles: f.roles,
    monitoringRole: f.monitoringRole,
    issues: f.issues.map(({ items: _items, ...rest }) => rest),
    items: f.items.map((it) => ({ ...it })),
    bands: f.bands,
    notes: f.notes,
  };
}
