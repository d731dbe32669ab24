import { Style } from "./model";
import { FONT, FONT_SIZE } from "./sheetBuilder";

const font = (extra: Style["font"] = {}) => ({ name: FONT, size: FONT_SIZE, ...extra });

/** Excel's "light red fill with dark red text", for scores below the target. */
export const LOW_FILL = "#FFC7CE";
export const LOW_FONT = "#9C0006";
/**
 * The highlight on the user's sheets uses a font colour one step from Excel's preset: it looks
 * the same, and it lets a re-run or "Clear highlights" find exactly the formats we added and
 * never a rule the analyst made with the preset.
 */
export const HIGHLIGHT_FONT = "#9C0007";

/** Is a conditional format's font colour ("#9C0007", "FF9C0007", any case) ITA Analyzer's highlight? */
export function isHighlightFont(color: string | undefined | null): boolean {
  return (
    typeof color === "string" &&
    color
      .replace(/^#/, "")
      .toUpperCase()
      .replace(/^FF(?=[0-9A-F]{6}$)/, "") === HIGHLIGHT_FONT.slice(1)
  );
}

/** Excel's text format: text stays text (never a number, date or formula), even when retyped. */
const TEXT = "@";

/**
 * Numbers in Thai digits: Thai locale (041E) with Thai numerals (0D), which Excel and LibreOffice
 * both honour ("๘๔.๓๓").
 */
const THAI_DIGITS = "[$-D00041E]";

/** The styles with their number formats in the digits chosen. */
export function stylesFor(thaiDigits: boolean): Record<string, Style> {
  if (!thaiDigits) return STYLES;
  return Object.fromEntries(
    Object.entries(STYLES).map(([k, s]) => [
      k,
      s.numberFormat && s.numberFormat !== TEXT ? { ...s, numberFormat: THAI_DIGITS + s.numberFormat } : s,
    ]),
  );
}

/** Every style the generated sheets use, by name. Styles for text carry the text format. */
export const STYLES: Record<string, Style> = {
  title: { font: font({ bold: true, size: 18 }), align: { vertical: "middle", wrap: true }, numberFormat: TEXT },
  subtitle: { font: font({ bold: true }), align: { vertical: "top", wrap: true }, numberFormat: TEXT },
  heading: {
    font: font({ bold: true }),
    fill: "#DDEBF7",
    align: { vertical: "middle", wrap: true },
    numberFormat: TEXT,
  },
  body: { font: font(), align: { vertical: "top", wrap: true }, numberFormat: TEXT },
  bodyIndent: { font: font(), align: { vertical: "top", wrap: true, indent: 2 }, numberFormat: TEXT },
  note: { font: font({ italic: true, color: "#595959" }), align: { vertical: "top", wrap: true }, numberFormat: TEXT },
  th: {
    font: font({ bold: true }),
    align: { horizontal: "center", vertical: "middle", wrap: true },
    border: "thin",
    numberFormat: TEXT,
  },
  td: { font: font(), align: { vertical: "top", wrap: true }, border: "thin", numberFormat: TEXT },
  tdCenter: {
    font: font(),
    align: { horizontal: "center", vertical: "top", wrap: true },
    border: "thin",
    numberFormat: TEXT,
  },
  score: { font: font(), align: { horizontal: "center", vertical: "top" }, border: "thin", numberFormat: "0.00" },
  scoreLow: {
    font: font({ color: LOW_FONT, bold: true }),
    fill: LOW_FILL,
    align: { horizontal: "center", vertical: "top" },
    border: "thin",
    numberFormat: "0.00",
  },
  oitScore: { font: font(), align: { horizontal: "center", vertical: "top" }, border: "thin", numberFormat: "0" },
  oitScoreLow: {
    font: font({ color: LOW_FONT, bold: true }),
    fill: LOW_FILL,
    align: { horizontal: "center", vertical: "top" },
    border: "thin",
    numberFormat: "0",
  },
  statusLow: {
    font: font({ color: LOW_FONT, bold: true }),
    fill: LOW_FILL,
    align: { horizontal: "center", vertical: "top", wrap: true },
    border: "thin",
    numberFormat: TEXT,
  },
  statusOk: {
    font: font({ color: "#006100" }),
    align: { horizontal: "center", vertical: "top", wrap: true },
    border: "thin",
    numberFormat: TEXT,
  },
  numCenter: { font: font(), align: { horizontal: "center", vertical: "top" }, border: "thin", numberFormat: "0" },
  /** A score the analyst types (the score template): a number, so no text format. */
  scoreInput: {
    font: font(),
    fill: "#FFF2CC",
    align: { horizontal: "center", vertical: "top" },
    border: "thin",
    numberFormat: "0.00",
  },
  /** Progress the analyst types, 0–100 % (stored as a fraction). */
  percentInput: {
    font: font(),
    fill: "#FFF2CC",
    align: { horizontal: "center", vertical: "top" },
    border: "thin",
    numberFormat: "0%",
  },
  percent: {
    font: font({ bold: true }),
    align: { horizontal: "center", vertical: "top" },
    border: "thin",
    numberFormat: "0%",
  },
  /** The plan's owner cell: printed, so no fill; the drop-down says it can be changed. */
  owner: { font: font(), align: { vertical: "top", wrap: true }, border: "thin" },
  /** An owner shown in the follow-up record (a working sheet area). */
  ownerInput: { font: font(), fill: "#FFF2CC", align: { vertical: "top", wrap: true }, border: "thin" },
  input: { font: font(), fill: "#FFF2CC", align: { vertical: "top", wrap: true }, border: "thin", numberFormat: TEXT },
  inputCenter: {
    font: font(),
    fill: "#FFF2CC",
    align: { horizontal: "center", vertical: "top", wrap: true },
    border: "thin",
    numberFormat: TEXT,
  },
};
