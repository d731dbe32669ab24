/**
 * The review, as the sheets, the document, the pane and the command line say it: each finding's
 * subject, cells, the value typed and suggested, how sure, why, and what was decided.
 */
import type { Analysis } from "../../analyse/analyse";
import type { Evidence, ReviewItem } from "../../analyse/reconcile";
import { FrameworkIndex } from "../../framework";
import { DECISION_LABELS } from "../../previousRun/layouts";
import { REVIEW_TEXT } from "../../i18n/reviewText";
import { TextStyle, codeList, digits, fixed2 } from "../../text/format";

export interface ReviewLine {
  id: string;
  subject: string;
  cells: string[];
  typed: string;
  /** The value to use, or what accepting does (copied items are left out). */
  suggested: string;
  confidence: string;
  why: string;
  decision: ReviewItem["decision"];
  decisionLabel: string;
  /** Undecided: the document says these numbers are under review. */
  open: boolean;
}

/** One finding in words. */
export function reviewLine(item: ReviewItem, a: Analysis, ts: TextStyle): ReviewLine {
  const R = REVIEW_TEXT[ts.lang];
  const fx = new FrameworkIndex(a.framework);
  const n = (v: number) => digits(fixed2(v), ts);
  const s = item.subject;
  const subject =
    s.kind === "indicator"
      ? R.subject.indicator(digits(String(s.number), ts))
      : s.kind === "tool"
        ? R.subject.tool(fx.tool.get(s.tool)!.short[ts.lang])
        : s.kind === "items"
          ? R.subject.items(digits(String(s.indicator), ts))
          : R.subject.overall;
  const why = item.evidence.map((e) => evidenceText(e, item, fx, ts)).filter(Boolean);
  if (item.kind === "unexplained") why.push(R.unexplained);
  return {
    id: item.id,
    subject,
    cells: item.cells,
    typed: n(item.typed),
    suggested: item.suggested === null ? R.leaveItemsOut : n(item.suggested),
    confidence: R.confidence[item.confidence],
    why: why.join(" "),
    decision: item.decision,
    decisionLabel: DECISION_LABELS[item.decision ?? "open"][ts.lang],
    open: item.decision === null,
  };
}

function evidenceText(e: Evidence, item: ReviewItem, fx: FrameworkIndex, ts: TextStyle): string {
  const R = REVIEW_TEXT[ts.lang];
  const n = (v: number) => digits(fixed2(v), ts);
  switch (e.kind) {
    case "typo": {
      const slip = item.kind in R.slip ? R.slip[item.kind as keyof typeof R.slip] : R.slip.digit;
      return slip(digits(e.typed, ts), digits(e.suggested, ts));
    }
    case "items":
      return R.items(n(e.value), e.exact, !e.verified);
    case "tool":
      return (item.kind === "copiedItems" ? R.toolKept : R.tool)(fx.tool.get(e.tool)!.short[ts.lang], n(e.reported));
    case "overall":
      return R.overall(n(e.reported));
    case "copy":
      return R.copy(codeList(e.codes, ts), digits(String(e.of), ts), codeList(e.sourceCodes, ts), n(item.typed));
    case "previous":
      return R.previous(n(e.value));
    case "below":
      return R.below(n(e.value));
  }
}

/** The whole review, in order. */
export const reviewLines = (a: Analysis, ts: TextStyle): ReviewLine[] => a.review.map((r) => reviewLine(r, a, ts));
