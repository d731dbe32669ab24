/** Part names and relationship targets, as the Open Packaging Conventions define them. */

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target, relative to the part that holds the relationship, as a part name. */
export function resolveTarget(fromPart: string, target: string): string {
  const t = target.trim();
  if (t.startsWith("/")) return t.slice(1);
  const base = fromPart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** The target a relationship from `fromPart` writes to reach `toPart`: "../tables/table1.xml". */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** The first part name of the pattern ("xl/worksheets/sheet{n}.xml") that is not taken, counting from 1. */
export function nextFree(pattern: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = pattern.replace("{n}", String(n));
    if (!taken.has(name)) return name;
  }
}
