import fc from "fast-check";
import { getFramework } from "../src/core/framework";
import { parseWorkbook } from "../src/core/parse/parseWorkbook";
import { isDual } from "../src/core/parse/types";
import { randomWorkbook, seeds } from "./helpers/layouts";

const fw = getFramework(2567);

describe("workbooks the project has never seen, laid out as analysts paste them", () => {
  test("every item is identified, with the right scores, from garbled and shifted tables", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { grid, truth } = randomWorkbook(fw, { seed, content: "both" });
        const p = parseWorkbook(grid, fw);
        const wrong: string[] = [];
        for (const [code, expected] of truth.items) {
          const got = p.items.get(code);
          const actual = got
            ? isDual(got.scores)
              ? [got.scores.public, got.scores.survey]
              : got.scores.value
            : undefined;
          if (JSON.stringify(actual) !== JSON.stringify(expected))
            wrong.push(`${code}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
        }
        for (const [n, v] of truth.indicators)
          if (p.indicators.get(n)?.value !== v) wrong.push(`indicator ${n}: ${p.indicators.get(n)?.value} ≠ ${v}`);
        const bad = p.diagnostics.filter((d) => d.severity !== "info");
        if (wrong.length || bad.length) {
          throw new Error(
            `seed ${seed}:\n${wrong.join("\n")}\n${bad.map((d) => `${d.code} ${d.cell} ${JSON.stringify(d.params)}`).join("\n")}`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  test("indicator-only workbooks are read at indicator level", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { grid, truth } = randomWorkbook(fw, { seed, content: "indicators" });
        const p = parseWorkbook(grid, fw);
        expect(p.items.size).toBe(0);
        for (const [n, v] of truth.indicators) expect(p.indicators.get(n)?.value).toBe(v);
      }),
      { numRuns: 100 },
    );
  });
});
