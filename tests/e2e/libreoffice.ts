import { execFileSync } from "child_process";
import { copyFileSync } from "fs";
import * as path from "path";
import { ARTIFACTS } from "./harness";

/**
 * Text as compared here: no spaces, and no Thai vowel or tone marks above or below the line —
 * text extraction from a PDF may put them in another order ("ตัวชีว้ัด").
 */
export const plain = (s: string) =>
  s.replace(/[\s\u200b\u2060\u00ad]+/g, "").replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, "");

/** Convert a workbook or a document to PDF with LibreOffice, in a profile of its own; the PDF's path. */
export function toPdf(file: string, dir: string): string {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file],
    { stdio: "pipe", timeout: 240_000 },
  );
  const pdf = path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
  copyFileSync(pdf, path.join(ARTIFACTS, path.basename(pdf)));
  return pdf;
}

export interface PdfPage {
  landscape: boolean;
  /** The page's text as extracted, and `plain`. */
  raw: string;
  text: string;
}

/** Page texts and sizes of a PDF, through poppler's pdftotext and pdfinfo. */
export function pages(pdf: string, layout = true): PdfPage[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map(
    (m) => Number(m[1]) > Number(m[2]),
  );
  return sizes.map((landscape, i) => {
    const args = ["-f", String(i + 1), "-l", String(i + 1), ...(layout ? ["-layout"] : []), pdf, "-"];
    const raw = execFileSync("pdftotext", args, { encoding: "utf8" });
    return { landscape, raw, text: plain(raw) };
  });
}

/** A picture of one page, kept with the test's artefacts. */
export function pageImage(pdf: string, page: number, name: string): void {
  execFileSync("pdftoppm", [
    "-f",
    String(page),
    "-l",
    String(page),
    "-r",
    "80",
    "-png",
    "-singlefile",
    pdf,
    path.join(ARTIFACTS, name),
  ]);
}

interface Word {
  page: number;
  x: number;
  y: number;
  /** Where the word's line ends below. */
  bottom: number;
  text: string;
}

/** Every word of some pages with where it starts, through `pdftotext -bbox`. */
function words(pdf: string, first: number, last: number): Word[] {
  const html = execFileSync("pdftotext", ["-f", String(first), "-l", String(last), "-bbox", pdf, "-"], {
    encoding: "utf8",
  });
  const out: Word[] = [];
  let page = first - 1;
  for (const m of html.matchAll(
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0] === "<page ") page++;
    else out.push({ page, x: Number(m[1]), y: Number(m[2]), bottom: Number(m[3]), text: m[4] });
  }
  return out;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * The text of each column of a table that runs over pages `first`–`last`, the columns' left edges
 * given in points, down to `bottom` points: a cell's lines stay together, where the plain text
 * would interleave the columns.
 */
export function columnTexts(pdf: string, first: number, last: number, edges: number[], bottom: number): string[] {
  const columns: Word[][] = edges.map(() => []);
  // Below `bottom` is the footer, not the table.
  for (const w of words(pdf, first, last).filter((x) => x.bottom <= bottom)) {
    const k = edges.findIndex((e, i) => w.x >= e - 1 && (i === edges.length - 1 || w.x < edges[i + 1] - 1));
    if (k >= 0) columns[k].push(w);
  }
  return columns.map((ws) =>
    ws
      .sort((a, b) => a.page - b.page || Math.round(a.y) - Math.round(b.y) || a.x - b.x)
      .map((w) => unescape(w.text))
      .join(" "),
  );
}
