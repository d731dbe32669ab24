/**
 * The formulas a score table holds when a program wrote it and Excel never opened it (no value
 * saved): a plain AVERAGE, SUM, MIN, MAX or ROUND of score cells, or a reference to one, is worked
 * out here from the cells it names. Anything else is left to Excel, and said so.
 */
import { CellValue, SheetGrid, WorkbookGrid, isFormula, parseAddress, unquoteSheetName } from "../read/grid";
import { readScore, roundTo } from "../text/scores";

type Node =
  | { kind: "number"; value: number }
  | { kind: "range"; sheet: string | null; top: number; left: number; bottom: number; right: number }
  | { kind: "call"; name: string; args: Node[] };

const FUNCTIONS = new Set(["AVERAGE", "SUM", "MIN", "MAX", "ROUND"]);
/** Formulas refer to formulas; past this depth the reference is taken as a cycle. */
const MAX_DEPTH = 8;

/** A formula's tokens: names, numbers, references (with their sheet), punctuation. */
function tokens(formula: string): string[] | null {
  const out: string[] = [];
  const re =
    /\s*('(?:[^']|'')+'!|[^\s(),:!'"+\-*/^&=<>]+!|\$?[A-Za-z]{1,3}\$?\d+|[A-Za-z][A-Za-z0-9.]*|\d+(?:\.\d+)?|[(),:])/y;
  const s = formula.replace(/^=/, "");
  let i = 0;
  while (i < s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) return s.slice(i).trim() === "" ? out : null;
    out.push(m[1]);
    i = re.lastIndex;
  }
  return out;
}

/** Parse a formula into a tree, or null when it is not one this reader works out. */
function parseFormula(formula: string): Node | null {
  const ts = tokens(formula);
  if (!ts) return null;
  let i = 0;
  const expr = (): Node | null => {
    const t = ts[i++];
    if (t === undefined) return null;
    if (/^\d/.test(t)) return { kind: "number", value: Number(t) };
    let sheet: string | null = null;
    let ref = t;
    if (t.endsWith("!")) {
      sheet = unquoteSheetName(t.slice(0, -1));
      ref = ts[i++] ?? "";
    }
    const a = parseAddress(ref);
    if (a) {
      let b = a;
      if (ts[i] === ":") {
        i++;
        const c = parseAddress(ts[i++] ?? "");
        if (!c) return null;
        b = c;
      }
      return {
        kind: "range",
        sheet,
        top: Math.min(a.row, b.row),
        left: Math.min(a.col, b.col),
        bottom: Math.max(a.row, b.row),
        right: Math.max(a.col, b.col),
      };
    }
    const name = ref.toUpperCase();
    if (sheet !== null || !FUNCTIONS.has(name) || ts[i++] !== "(") return null;
    const args: Node[] = [];
    while (ts[i] !== ")") {
      const arg = expr();
      if (!arg) return null;
      args.push(arg);
      if (ts[i] === ",") i++;
      else if (ts[i] !== ")") return null;
    }
    i++;
    return { kind: "call", name, args };
  };
  const tree = expr();
  return tree && i === ts.length ? tree : null;
}

/**
 * The value of a score formula in a cell of `sheet`, from the cells it names, or null when it
 * names anything but scores (text, errors, cells out of range) or uses anything else.
 */
export function evaluateFormula(formula: string, sheet: SheetGrid, grid: WorkbookGrid, depth = 0): number | null {
  if (depth > MAX_DEPTH) return null;
  const tree = parseFormula(formula);
  if (!tree) return null;
  const values = (n: Node): number[] | null => {
    if (n.kind === "number") return [n.value];
    if (n.kind === "call") {
      const v = call(n);
      return v === null ? null : [v];
    }
    const target = n.sheet === null ? sheet : grid.sheets.find((s) => s.name === n.sheet);
    if (!target) return null;
    const out: number[] = [];
    for (let r = n.top; r <= n.bottom; r++) {
      for (let c = n.left; c <= n.right; c++) {
        const v = cellAt(target, r, c);
        if (v === null || v === "") continue; // AVERAGE and SUM skip empty cells, as Excel does
        const score = isFormula(v)
          ? evaluateFormula(v.formula, target, grid, depth + 1)
          : scoreOf(v, target.formats?.[r - target.top]?.[c - target.left]);
        if (score === null) return null;
        out.push(score);
      }
    }
    return out;
  };
  const call = (n: Extract<Node, { kind: "call" }>): number | null => {
    const args = n.args.map(values);
    if (args.some((a) => a === null)) return null;
    const all = (args as number[][]).flat();
    switch (n.name) {
      case "AVERAGE":
        return all.length ? all.reduce((a, b) => a + b, 0) / all.length : null;
      case "SUM":
        return all.reduce((a, b) => a + b, 0);
      case "MIN":
        return all.length ? Math.min(...all) : null;
      case "MAX":
        return all.length ? Math.max(...all) : null;
      case "ROUND": {
        const [[x], [d] = [0]] = args as number[][];
        if (x === undefined) return null;
        return roundTo(x, d);
      }
    }
    return null;
  };
  const v = values(tree);
  return v && v.length === 1 ? v[0] : null;
}

function cellAt(s: SheetGrid, row: number, col: number): CellValue {
  return s.values[row - s.top]?.[col - s.left] ?? null;
}

function scoreOf(v: CellValue, format: string | null | undefined): number | null {
  const r = readScore(v, { format });
  return r.kind === "score" ? r.value : null;
}
