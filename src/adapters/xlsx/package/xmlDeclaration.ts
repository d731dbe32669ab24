/**
 * The XML declaration (`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`) checked as saxes
 * checked it: version first, then encoding, then standalone, each quoted and well-formed, spaces
 * between them; the first fault in saxes's words.
 */
import { fail } from "./xmlText";

const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r";

/** What each pseudo-attribute's value must match, what saxes said when it did not, and what may follow it. */
const RULES: Record<string, { test: RegExp; fault: string; next: string[] }> = {
  version: {
    test: /^1\.[0-9]+$/,
    fault: "version number must match /^1\\.[0-9]+$/.",
    next: ["encoding", "standalone"],
  },
  encoding: {
    test: /^[A-Za-z][A-Za-z0-9._-]*$/,
    fault: "encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.",
    next: ["standalone"],
  },
  standalone: { test: /^(?:yes|no)$/, fault: 'standalone value must match "yes" or "no".', next: [] },
};

/** Past the spaces from `i`. */
function skipSpaces(body: string, i: number): number {
  while (i < body.length && isSpace(body[i])) i++;
  return i;
}

/** A '?' (or the declaration's end) where a name, '=' or value should be. */
function incomplete(body: string, i: number): boolean {
  return i >= body.length || body[i] === "?";
}

/** One `name="value"` at `i` (after spaces): checked; where it ends, and the names that may follow. */
function pair(body: string, start: number, expects: string[]): { end: number; expects: string[] } {
  let i = start + 1;
  while (i < body.length && body[i] !== "=" && body[i] !== "?" && !isSpace(body[i])) i++;
  if (incomplete(body, i)) fail("XML declaration is incomplete.");
  const name = body.slice(start, i);
  if (!expects.includes(name))
    fail(name.length === 1 ? `expected the name ${expects[0]}.` : `expected one of ${expects.join(", ")}`);
  i = skipSpaces(body, i);
  if (incomplete(body, i)) fail("XML declaration is incomplete.");
  if (body[i] !== "=") fail("value required.");
  i = skipSpaces(body, i + 1);
  if (incomplete(body, i)) fail("XML declaration is incomplete.");
  const quote = body[i];
  if (quote !== '"' && quote !== "'") fail("value must be quoted.");
  let close = i + 1;
  while (close < body.length && body[close] !== quote && body[close] !== "?") close++;
  if (incomplete(body, close)) fail("XML declaration is incomplete.");
  const rule = RULES[name];
  if (!rule.test.test(body.slice(i + 1, close))) fail(rule.fault);
  return { end: close + 1, expects: rule.next };
}

/** `body`: what lies between "<?xml" and the first "?>". */
export function checkXmlDeclaration(body: string): void {
  let expects = ["version"];
  let i = skipSpaces(body, 0);
  while (i < body.length) {
    if (body[i] === "?") fail("The character ? is disallowed anywhere in XML declarations.");
    ({ end: i, expects } = pair(body, i, expects));
    if (i < body.length && body[i] === "?") fail("The character ? is disallowed anywhere in XML declarations.");
    if (i < body.length && !isSpace(body[i])) fail("whitespace required.");
    i = skipSpaces(body, i);
  }
  if (expects.includes("version")) fail("XML declaration must contain a version.");
}
