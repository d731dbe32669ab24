/**
 * Part 4's table of last year's measures: each measure, the status recorded at 6 and 12 months,
 * its items' scores before and after with the change, and the verdict — what the sheet
 * "ผลมาตรการปีที่ผ่านมา" says, one row per measure.
 */
import { LAST_YEAR_TEXT } from "../../i18n/lastYearText";
import { Content } from "../content/context";
import { lastYearContent, targetLines } from "../content/lastYear";
import { LOW_FILL } from "../styles";
import { DocBlock, DocCell, DocParagraph } from "./model";

/** The document's own ways of writing a paragraph and a cell (digits, alignment, indents). */
export interface DocWriters {
  text(s: string): string;
  body(s: string): DocParagraph;
  cell(s: string, look?: Omit<DocCell, "runs"> & { bold?: boolean }): DocCell;
}

/** The measure's share of the width, its status's, its items', its verdict's (portrait). */
const WIDTHS = [32, 22, 30, 16];

/** The verdicts that stand out: reached in bold, worse shaded as a low score is. */
const look = (verdict: string): Omit<DocCell, "runs"> & { bold?: boolean } =>
  verdict === "worse"
    ? { align: "center", shade: LOW_FILL, bold: true }
    : { align: "center", bold: verdict === "reached" };

/** The heading, the comparison said, the counts, and the table; nothing when last year's measures were not read. */
export function lastYearBlocks(c: Content, w: DocWriters): DocBlock[] {
  const l = lastYearContent(c);
  if (!l) return [];
  const L = LAST_YEAR_TEXT[c.ts.lang];
  const rows = l.measures.map((m) => [
    w.cell(`${m.number}. ${m.title}`),
    w.cell(L.docStatus(m.status6, m.status12)),
    w.cell(targetLines(c, m)),
    w.cell(m.verdictText, look(m.verdict)),
  ]);
  return [
    { kind: "heading", level: 2, text: w.text(l.title) },
    w.body(l.intro),
    w.body(l.counts),
    ...(rows.length
      ? [{ kind: "table" as const, widths: WIDTHS, header: L.docHeader.map((h) => w.cell(h, { bold: true })), rows }]
      : []),
  ];
}
