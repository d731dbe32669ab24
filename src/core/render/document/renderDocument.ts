/**
 * The measures document in the seed's form — the one the head of agency signs and publishes:
 * a title block, Part 1 (the results), Part 2 (the analysis per issue), Part 3 (the plan, on
 * landscape pages) and Part 4 (the follow-up). It says what the workbook's sheets say: both are
 * written from the same content (`../content/`).
 */
import { Analysis } from "../../analyse/analyse";
import { PLAN_TABLE, headers } from "../../previousRun/layouts";
import { Lang } from "../../i18n/messages";
import { Content, documentTitle, num } from "../content/context";
import { numbered } from "../content/plan";
import { FollowupContent, followupContent } from "../content/followup";
import { IssueContent, ScoreGroup, ScoreRow, issueContent, part2Opening } from "../content/issues";
import { SummaryContent, summaryContent } from "../content/summary";
import { pointsText } from "../content/path";
import { TextStyle, digits, fmtScore, joinPhrases, shownScore } from "../../text/format";
import { isBelow } from "../../text/scores";
import { textWidth, words } from "../../text/layout";
import { MeasureOptions, OwnedMeasure, contentFor, ownedMeasures } from "../measures";
import { LOW_FILL, stylesFor } from "../styles";
import { FONT, FONT_SIZE } from "../sheetBuilder";
import { DocBlock, DocCell, DocParagraph, DocTable, DocumentPlan } from "./model";
import { REVIEW_TEXT } from "../../i18n/reviewText";
import { reviewLine } from "../content/review";
import { lastYearBlocks } from "./lastYearBlocks";

export interface DocumentOptions extends MeasureOptions {
  lang?: Lang;
  /** Thai digits (the default, as official documents write them), or Arabic. */
  thaiDigits?: boolean;
}

/** Thai official documents: 2.5 cm top, 3 cm left, 2 cm right and bottom (in points). */
const MARGINS = { top: 71, right: 57, bottom: 57, left: 85 };
/** A paragraph's first line is indented, as Thai official letters do (2.5 cm). */
const FIRST_LINE = 71;
const INDENT = 36;
const TITLE_SIZE = 20;
/** The text width of a portrait page, between the margins, in points. */
const PORTRAIT_WIDTH = 595 - MARGINS.left - MARGINS.right;
/** The text width of a landscape page (Part 3). */
const LANDSCAPE_WIDTH = 842 - MARGINS.left - MARGINS.right;
/** A table cell's padding on both sides and its borders, in points. */
const CELL_PADDING = 8;

/** The share (in hundredths of the width) a column needs to hold the widest of these words on one line. */
function shareOf(texts: string[], width: number, bold = false, size = FONT_SIZE): number {
  const widest = Math.max(...texts.flatMap((t) => words(t).map((w) => textWidth(w, size, bold))));
  return Math.ceil(((widest + CELL_PADDING) / width) * 100);
}

/** The chart fills the text width of a portrait page (453 pt), at a height that keeps its labels legible. */
const CHART = { width: 450, height: 270, axisMax: 100, axisStep: 20 };

export function renderDocument(a: Analysis, options: DocumentOptions = {}): DocumentPlan {
  const ts: TextStyle = { lang: options.lang ?? "th", thaiDigits: options.thaiDigits ?? true };
  const c: DocContent = { ...contentFor(a, ts, options), notes: reviewNotes(a, ts) };
  const blocks: DocBlock[] = [
    ...titleBlock(c),
    { kind: "pageBreak" },
    ...part1(c, summaryContent(c)),
    { kind: "pageBreak" },
    ...part2(
      c,
      a.issues.map((r) => issueContent(c, r)),
    ),
    { kind: "section", orientation: "landscape" },
    ...part3(c, ownedMeasures(c, options)),
    { kind: "section", orientation: "portrait" },
    ...part4(c, followupContent(c)),
  ];
  return {
    lang: ts.lang,
    title: title(c),
    author: c.named ? c.agencyFull : "",
    font: FONT,
    size: FONT_SIZE,
    page: { size: "A4", orientation: "portrait", margins: MARGINS },
    commentAuthor: REVIEW_TEXT[ts.lang].commentAuthor,
    pageNumbers: { digits: ts.thaiDigits && ts.lang === "th" ? "thai" : "arabic" },
    blocks,
  };
}

/** The document's content: the sheets' content, with the comments on numbers still under review. */
type DocContent = Content & { notes: ReviewNotes };

/**
 * What the document says of the numbers still under review: a comment on each (an indicator, a
 * tool's total, the overall, an item of a copied block), one on each total computed from them, and
 * Part 1's list of them. Decided findings say nothing: their decided values are the ones printed.
 */
interface ReviewNotes {
  of(subject: string): string | undefined;
  /** "ตัวชี้วัดที่ 3 (81.27), …", or "" when nothing is open. */
  list: string;
}

function reviewNotes(a: Analysis, ts: TextStyle): ReviewNotes {
  const R = REVIEW_TEXT[ts.lang];
  const notes = new Map<string, string>();
  const open = a.review.filter((f) => f.decision === null);
  const derived = new Map<string, string[]>();
  for (const f of open) {
    const line = reviewLine(f, a, ts);
    const text = R.docComment(line.why, f.suggested === null ? null : line.suggested);
    const s = f.subject;
    if (s.kind === "items")
      for (const e of f.evidence) if (e.kind === "copy") for (const code of e.codes) notes.set(`item:${code}`, text);
    const key = s.kind === "indicator" ? `indicator:${s.number}` : s.kind === "tool" ? `tool:${s.tool}` : s.kind;
    if (s.kind !== "items") notes.set(key, text);
    // A tool's total computed from an indicator under review is under review with it.
    if (s.kind === "indicator") {
      const tool = a.indicators.find((i) => i.number === s.number)!.tool;
      if (a.tools.find((t) => t.tool === tool)?.reported === null)
        derived.set(`tool:${tool}`, [...(derived.get(`tool:${tool}`) ?? []), line.subject]);
    }
  }
  for (const [key, subjects] of derived) if (!notes.has(key)) notes.set(key, R.docDerived(subjects.join(", ")));
  const list = open.map((f) => {
    const line = reviewLine(f, a, ts);
    return f.subject.kind === "items" ? line.subject : `${line.subject} (${line.typed})`;
  });
  return { of: (subject) => notes.get(subject), list: joinPhrases(list, ts) };
}

/** "มาตรการขับเคลื่อน… ของ{agency} ประจำปีงบประมาณ พ.ศ. 2568", in the digits chosen. */
function title(c: Content): string {
  return digits(documentTitle(c), c.ts);
}

/** Generated text in the digits chosen: item codes too ("i๑"), as the seed writes them. */
const text = (c: Content, s: string) => digits(s, c.ts);

function para(c: Content, s: string, look: Omit<DocParagraph, "kind" | "runs"> = {}): DocParagraph {
  return { kind: "paragraph", runs: [{ text: text(c, s) }], align: "justify", ...look };
}

const body = (c: Content, s: string) => para(c, s, { firstLine: FIRST_LINE });
const indented = (c: Content, s: string) => para(c, s, { indent: INDENT });

function cell(c: Content, s: string, look: Omit<DocCell, "runs"> & { bold?: boolean } = {}): DocCell {
  const { bold, ...rest } = look;
  return { runs: [{ text: text(c, s), bold }], ...rest };
}

/** A paragraph that carries a comment, when there is one. */
const withNote = (p: DocParagraph, note: string | undefined): DocParagraph =>
  note ? { ...p, runs: p.runs.map((r) => ({ ...r, comment: note })) } : p;

/** A score in a table; under review, it carries its comment. */
function scoreCell(c: DocContent, v: number | null, span = 1, subject?: string): DocCell {
  if (v === null) return cell(c, "–", { align: "center", span });
  const low = isBelow(v, c.a.threshold);
  const shown = cell(c, fmtScore(v, c.ts), { align: "center", span, shade: low ? LOW_FILL : undefined, bold: low });
  const note = subject === undefined ? undefined : c.notes.of(subject);
  return note ? { ...shown, runs: shown.runs.map((r) => ({ ...r, comment: note })) } : shown;
}

/** The cover: the title over three lines, centred, and the unit that prepared it. */
function titleBlock(c: Content): DocBlock[] {
  const { T } = c;
  const line = (s: string, spaceAfter = 0): DocParagraph => ({
    kind: "paragraph",
    runs: [{ text: text(c, s), bold: true }],
    align: "center",
    size: TITLE_SIZE,
    spaceAfter,
  });
  const lines = [line(T.docTitle)];
  if (c.named) lines.push(line(T.docOf(c.agencyFull)));
  lines.push(line(T.docFiscalYear(num(c, c.fiscalYear)), 48));
  if (c.monitoringUnit) lines.push({ ...line(T.preparedBy(c.monitoringUnit)), size: FONT_SIZE });
  return lines;
}

/** Part 1: the overall sentence, the tools, the indicators as the seed tables them, the chart, the low ones. */
function part1(c: DocContent, s: SummaryContent): DocBlock[] {
  const { T } = c;
  const lowTable: DocTable = {
    kind: "table",
    widths: [70, 30],
    header: [],
    rows: s.low.map((i) => [cell(c, `${i.label} ${i.name}`), scoreCell(c, i.value, 1, `indicator:${i.number}`)]),
  };
  return [
    { kind: "heading", level: 1, text: text(c, s.title), align: "center" },
    withNote(body(c, s.lead), c.notes.of("overall")),
    // What is still under review is said before any number is read.
    ...(c.notes.list ? [body(c, REVIEW_TEXT[c.ts.lang].docUnderReview(c.notes.list))] : []),
    { kind: "heading", level: 3, text: text(c, T.byTool) },
    toolTable(c, s),
    { kind: "heading", level: 3, text: text(c, T.byIndicator) },
    indicatorTable(c, s),
    chart(c, s),
    body(c, s.lowIntro),
    ...(s.low.length ? [lowTable] : []),
    ...(s.path ? [body(c, s.path)] : []),
    body(c, s.closing),
  ];
}

function toolTable(c: DocContent, s: SummaryContent): DocTable {
  return {
    kind: "table",
    widths: [64, 14, 22],
    header: c.T.docToolHeader.map((h) => cell(c, h)),
    rows: s.tools.map((t) => [
      cell(c, `${t.name} (${t.id})`),
      cell(c, t.weight, { align: "center" }),
      scoreCell(c, t.value, 1, `tool:${t.id}`),
    ]),
  };
}

/** The seed's table: each tool's name by its first indicator, its indicators, then its total in bold. */
function indicatorTable(c: DocContent, s: SummaryContent): DocTable {
  const rows: DocCell[][] = [];
  for (const tool of c.a.framework.tools) {
    const lines = s.indicators.filter((i) => c.fx.indicator.get(i.number)!.tool === tool.id);
    lines.forEach((i, k) =>
      rows.push([
        cell(c, k === 0 ? tool[c.ts.lang] : ""),
        cell(c, `${i.label} ${i.name}`),
        scoreCell(c, i.value, 1, `indicator:${i.number}`),
      ]),
    );
    const total = s.tools.find((t) => t.id === tool.id);
    if (total)
      rows.push([
        cell(c, ""),
        cell(c, c.T.toolTotal(tool.short[c.ts.lang]), { bold: true }),
        scoreCell(c, total.value, 1, `tool:${total.id}`),
      ]);
  }
  return {
    kind: "table",
    widths: [36, 46, 18],
    header: c.T.docIndicatorHeader.map((h) => cell(c, h)),
    rows,
  };
}

function chart(c: Content, s: SummaryContent): DocBlock {
  const thai = c.ts.lang === "th" && c.ts.thaiDigits;
  const scored = s.indicators.map((i) => `${i.label} ${i.value === null ? "–" : fmtScore(i.value, c.ts)}`);
  return {
    kind: "chart",
    title: text(c, s.chartTitle),
    categories: s.indicators.map((i) => text(c, i.label)),
    values: s.indicators.map((i) => (i.value === null ? null : shownScore(i.value))),
    low: s.indicators.map((i) => i.low),
    seriesName: c.T.chartScore,
    targetName: c.T.chartTarget,
    target: c.a.threshold,
    altText: text(c, c.T.chartAlt(scored.join(", "))),
    numberFormat: stylesFor(thai).score.numberFormat!,
    axisNumberFormat: stylesFor(thai).numCenter.numberFormat!,
    ...CHART,
  };
}

/** Part 2: the issues listed, then per issue its indicators, its score table, what was seen and what to do. */
function part2(c: DocContent, issues: IssueContent[]): DocBlock[] {
  const opening = part2Opening(c, issues.length);
  return [
    { kind: "heading", level: 1, text: text(c, opening.title), align: "center" },
    body(c, opening.intro),
    ...opening.list.map((line) => indented(c, line)),
    ...issues.flatMap((issue) => issueBlocks(c, issue)),
  ];
}

function issueBlocks(c: DocContent, issue: IssueContent): DocBlock[] {
  return [
    { kind: "heading", level: 2, text: text(c, issue.heading) },
    body(c, issue.intro),
    ...issue.related.map((line) => ({ ...indented(c, line), keepNext: true })),
    c.a.level === "item" ? itemTable(c, issue.groups) : indicatorScores(c, issue.groups),
    ...(issue.observation ? [body(c, issue.observation)] : []),
    body(c, issue.finding),
    ...issue.recommendations.map((rec) => para(c, rec, { firstLine: FIRST_LINE })),
  ];
}

/**
 * The seed's score table: ข้อ | คำถาม | two score columns. Each indicator opens with its heading in
 * bold; EIT's heading names its two scores (EIT Public, EIT Survey); a single score spans both.
 */
function itemTable(c: DocContent, groups: ScoreGroup[]): DocTable {
  const [code, question, score] = c.T.docItemHeader;
  const rows: DocCell[][] = [];
  const headingRows: number[] = [];
  for (const g of groups) {
    const [pub, survey] = [c.T.tableHeader[4], c.T.tableHeader[5]];
    headingRows.push(rows.length);
    rows.push(
      g.dual
        ? [
            cell(c, g.heading, { span: 2, bold: true }),
            cell(c, pub, { align: "center", bold: true }),
            cell(c, survey, { align: "center", bold: true }),
          ]
        : [cell(c, g.heading, { span: 4, bold: true })],
    );
    for (const r of g.rows) rows.push(itemRow(c, r));
  }
  // The code column as wide as its widest code ("o๑๐" on one line) and its bold header ("Item"), the scores as wide as "EIT Survey".
  const codes = groups.flatMap((g) => g.rows.map((r) => text(c, r.code)));
  const codeShare = Math.max(shareOf(codes, PORTRAIT_WIDTH), shareOf([code], PORTRAIT_WIDTH, true));
  const scoreShare = Math.max(14, shareOf([c.T.tableHeader[4], c.T.tableHeader[5]], PORTRAIT_WIDTH, true));
  return {
    kind: "table",
    widths: [codeShare, 100 - codeShare - 2 * scoreShare, scoreShare, scoreShare],
    header: [cell(c, code), cell(c, question), cell(c, score, { span: 2 })],
    rows,
    headingRows,
  };
}

function itemRow(c: DocContent, r: ScoreRow): DocCell[] {
  const first = [cell(c, r.code, { align: "center" }), cell(c, r.text)];
  const note = `item:${r.code}`;
  return r.dual
    ? [...first, scoreCell(c, r.public, 1, note), scoreCell(c, r.survey, 1, note)]
    : [...first, scoreCell(c, r.value, 2, note)];
}

/** Only indicator scores were read: the issue's indicators and their scores. */
function indicatorScores(c: DocContent, groups: ScoreGroup[]): DocTable {
  return {
    kind: "table",
    widths: [80, 20],
    header: c.T.docIndicatorScoreHeader.map((h) => cell(c, h)),
    rows: groups.map((g) => [cell(c, g.heading), scoreCell(c, g.value, 1, `indicator:${g.indicator}`)]),
  };
}

/** Part 3 on landscape pages: one row per measure, the header repeated on each page. */
function part3(c: Content, measures: OwnedMeasure[]): DocBlock[] {
  const { T } = c;
  const gains = measures.map((m) => (m.gain === null ? "–" : pointsText(m.gain, c.ts)));
  const header = headers(PLAN_TABLE, c.ts.lang);
  const gainShare = Math.max(
    shareOf([header[header.length - 1]], LANDSCAPE_WIDTH, true, PLAN_DOCUMENT_SIZE),
    shareOf(
      gains.map((g) => text(c, g)),
      LANDSCAPE_WIDTH,
      false,
      PLAN_DOCUMENT_SIZE,
    ),
  );
  const rest = PLAN_DOCUMENT_WIDTHS.reduce((s, w) => s + w, 0);
  const rows = measures.map((m, i) => [
    cell(c, m.issueLabel),
    cell(c, numbered(c, m).title),
    cell(c, numbered(c, m).steps),
    cell(c, m.period, { align: "center" }),
    cell(c, m.owner),
    cell(c, gains[i], { align: "center" }),
  ]);
  return [
    { kind: "heading", level: 1, text: text(c, T.partTitle(num(c, 3), T.part3, null, null)), align: "center" },
    measures.length
      ? {
          kind: "table",
          widths: [...PLAN_DOCUMENT_WIDTHS.map((w) => (w * (100 - gainShare)) / rest), gainShare],
          size: PLAN_DOCUMENT_SIZE,
          header: header.map((h) => cell(c, h)),
          rows,
        }
      : body(c, T.planNone),
  ];
}

/**
 * Part 3's columns on a landscape page: the steps get almost half the width, so that a measure's
 * row — which never splits across pages — fits on one page (the sheet, read on screen, keeps its
 * own). The expected gain, last, is as wide as its header's widest word; these five share the rest:
 * the period as wide as before the gain had a column (LibreOffice keeps "ดำเนินการ" whole), the
 * issues wider (a measure several issues call for lists them one a line), the steps giving way.
 */
const PLAN_DOCUMENT_WIDTHS = [24, 19, 62, 16, 19];
/** Part 3's text size: 14 pt, as Thai official plans set a wide table, so that its tallest rows fit on a page. */
const PLAN_DOCUMENT_SIZE = 14;

/** Part 4: the seed's statements — who follows up, when progress is reported, to whom and where. */
function part4(c: Content, f: FollowupContent): DocBlock[] {
  return [
    { kind: "heading", level: 1, text: text(c, f.title), align: "center" },
    body(c, f.intro),
    ...f.statements.map((s) => para(c, s, { firstLine: FIRST_LINE })),
    // Did last year's measures work: their table, when last year's plan was read.
    ...lastYearBlocks(c, { text: (s) => text(c, s), body: (s) => body(c, s), cell: (s, look) => cell(c, s, look) }),
  ];
}
