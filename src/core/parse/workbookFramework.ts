/**
 * A framework for a year the tool does not know (ITA 2570, a school's or a hospital's track):
 * the items are read as the workbook states them — code, wording, indicator heading — each kept
 * under its own code and placed in the issues by what it is about. Indicators, tools and the
 * seven issues are the general track's, which every year so far has shared.
 */
import { Diagnostic, diagnostic } from "../i18n/diagnostics";
import { ItemDef, latestFramework } from "../framework";
import { resolveContext } from "../framework/registry";
import { issuesOf, resolveFramework } from "../framework/resolve";
import { FrameworkFile } from "../framework/schema";
import { Framework, SubjectRule } from "../framework/types";
import { WorkbookGrid } from "../read/grid";
import { BigramIndex } from "../text/similarity";
import { compactText, withoutYear } from "../text/thai";
import { readItemCode } from "./itemCodes";
import { ItemEvidence, ItemMatch } from "./itemMatcher";
import { ItemIdentifier, parseWorkbook } from "./parseWorkbook";
import { vocabularyOf } from "./vocabulary";

/** Wording of a known year's item this close (or closer) is taken for that item: its issues follow. */
const SAME_ITEM = 0.75;

/** The general track with no items yet: the frame a workbook's own items are read into. */
export function emptyFramework(year: number | null): Framework {
  return resolveFramework(frameworkFile(year, []), "workbook", "workbook", resolveContext());
}

function frameworkFile(year: number | null, items: NonNullable<FrameworkFile["items"]>): FrameworkFile {
  const general = latestFramework();
  return {
    id: `workbook-${year ?? "unknown"}`,
    year,
    base: "ita-general",
    label: {
      th: `ITA ${year ?? ""} (อ่านจากสมุดงาน)`.replace("  ", " "),
      en: `ITA ${year ?? ""} (read from the workbook)`.replace("  ", " "),
    },
    items,
    // How indicators follow from items is not known for such a year: the plain mean, unconfirmed.
    methods: Object.fromEntries(
      general.indicators.map((d) => [
        String(d.number),
        { method: d.method === "sub-indicators" ? "mean" : d.method, verified: false },
      ]),
    ),
    notes: [
      "Items were read from the workbook as it states them (code, wording, indicator heading) and placed in the issues by their subject; check them in the framework sheet.",
    ],
  };
}

/**
 * Takes every row with a clean item code under an indicator heading as an item of its own: the
 * code says which, the heading says where, the wording is the workbook's.
 */
class DiscoveringIdentifier implements ItemIdentifier {
  readonly items = new Map<string, ItemDef>();
  readonly uncoded: string[] = [];
  private readonly vocab;
  private readonly prefixOfIndicator: Map<number, string>;

  constructor(private readonly frame: Framework) {
    this.vocab = vocabularyOf(frame);
    const prefix = new Map(frame.tools.map((t) => [t.id, t.codePrefix]));
    this.prefixOfIndicator = new Map(frame.indicators.map((d) => [d.number, prefix.get(d.tool)!]));
  }

  match(ev: ItemEvidence): ItemMatch {
    const reading = ev.code
      ? readItemCode(ev.code, this.vocab.codes).find((r) => r.prefix !== null && r.confidence >= 0.8)
      : undefined;
    if (!reading || ev.heading === null) return { kind: "none" };
    if (this.prefixOfIndicator.get(ev.heading) !== reading.prefix) return { kind: "none" };
    const code = `${reading.prefix}${reading.number}`;
    let item = this.items.get(code);
    if (!item) {
      const wording = ev.text ?? code;
      item = {
        code,
        indicator: ev.heading,
        th: wording,
        en: wording,
        textVerified: true,
        origin: "workbook",
        issues: [],
        subjects: [],
      };
      this.items.set(code, item);
    }
    return { kind: "item", item, confidence: 1 };
  }
}

/** The first subject whose words the wording holds. */
export function subjectOf(wording: string, rules: SubjectRule[]): SubjectRule | undefined {
  const c = compactText(wording);
  return rules.find((r) => r.words.some((w) => c.includes(w)));
}

export interface WorkbookFramework {
  framework: Framework;
  diagnostics: Diagnostic[];
}

/**
 * Read the items of a year the tool does not know from the workbook, and place each in the
 * issues: as a known year's item of the same wording is placed, else by its subject, else by
 * its indicator.
 */
export function frameworkFromWorkbook(
  grid: WorkbookGrid,
  year: number | null,
  sheets: string[] | undefined,
): WorkbookFramework {
  const frame = emptyFramework(year);
  const discover = new DiscoveringIdentifier(frame);
  parseWorkbook(grid, frame, { sheets, year, identifier: discover });
  const known = latestFramework().items;
  const wording = new BigramIndex(known.map((k) => k.th));
  const items = [...discover.items.values()].map((it) => {
    const sims = wording.scores(withoutYear(it.th));
    let best = -1;
    known.forEach((k, i) => {
      if (k.indicator === it.indicator && sims[i] >= SAME_ITEM && (best < 0 || sims[i] > sims[best])) best = i;
    });
    const same = best >= 0 ? known[best] : null;
    const subject = same ? null : subjectOf(it.th, frame.subjects);
    const subjects = same ? same.subjects : subject ? [subject.id] : [];
    return {
      code: it.code,
      indicator: it.indicator,
      th: it.th,
      en: same && same.th === it.th ? same.en : it.en,
      textVerified: true,
      origin: "workbook" as const,
      subjects,
      issues: same ? same.issues : issuesOf({ subjects, indicator: it.indicator }, frame.subjects, frame.indicators),
    };
  });
  const framework = resolveFramework(frameworkFile(year, items), "workbook", "workbook", resolveContext());
  const diagnostics = [
    diagnostic("warning", year === null ? "year.unknownRead" : "year.notBuiltIn", null, [], {
      year,
      count: items.length,
    }),
  ];
  return { framework, diagnostics };
}
