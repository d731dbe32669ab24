import { getFramework } from "../src/core/framework/registry";
import { itemMatcherOf } from "../src/core/parse/itemMatcher";
import { Memo, ScopedMemo } from "../src/core/text/memo";
import { cellRef, parseAddress, parseCellRef, quoteSheetName } from "../src/core/read/grid";
import { markedSheet } from "../src/core/render/model";
import { visibleLength } from "../src/core/text/thai";

describe("the reader's memos", () => {
  test("answer each key once, null answers included, and start afresh past their limit", () => {
    const asked: string[] = [];
    const memo = new Memo<string, string | null>(3);
    const work = (k: string) => (asked.push(k), k === "none" ? null : k.toUpperCase());
    expect(["a", "none", "a", "none", "b"].map((k) => memo.get(k, work))).toEqual(["A", null, "A", null, "B"]);
    expect(asked).toEqual(["a", "none", "b"]);
    // Three answers held: the fourth empties the memo, so "a" is worked out again.
    memo.get("c", work);
    memo.get("a", work);
    expect(asked).toEqual(["a", "none", "b", "c", "a"]);
  });

  test("keep each scope's answers apart", () => {
    const memo = new ScopedMemo<number, string, string>();
    expect(memo.get(2567, "คะแนน", (t) => `${t} 2567`)).toBe("คะแนน 2567");
    expect(memo.get(2568, "คะแนน", (t) => `${t} 2568`)).toBe("คะแนน 2568");
    expect(memo.get(2567, "คะแนน", () => "asked again")).toBe("คะแนน 2567");
  });

  test("hold a bounded number of scopes: past it, every scope starts afresh", () => {
    const memo = new ScopedMemo<number, string, number>(10, 2);
    let asked = 0;
    const work = () => ++asked;
    memo.get(1, "x", work);
    memo.get(2, "x", work);
    memo.get(1, "x", work);
    expect(asked).toBe(2);
    // A third scope: the first two are forgotten.
    memo.get(3, "x", work);
    memo.get(1, "x", work);
    expect(asked).toBe(4);
  });
});

describe("text the reader measures and names", () => {
  test("visible length leaves out Thai marks above and below, and counts a character outside the BMP once", () => {
    // ก ิ ่ ง: two marks over ก; น ้ ำ: the mark counts nothing, sara am takes room.
    expect(visibleLength("กิ่ง")).toBe(2);
    expect(visibleLength("น้ำ")).toBe(2);
    expect(visibleLength("ITA 2569")).toBe(8);
    expect(visibleLength("𝐈𝐓𝐀")).toBe(3);
  });

  test("a sheet's name is quoted when a formula would misread it, the same each time it is asked", () => {
    expect(quoteSheetName("ผลคะแนน")).toBe("ผลคะแนน");
    expect(quoteSheetName("ผล ITA 'ปี 67'!")).toBe("'ผล ITA ''ปี 67''!'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("ผล ITA 'ปี 67'!")).toBe("'ผล ITA ''ปี 67''!'");
  });
});

describe("cell references", () => {
  test("are read back to the sheet's own name, whatever quotes it holds", () => {
    for (const name of ["ผลคะแนน", "ผล ITA", "'x'", "a''b", "It's", "ผล ITA 'ปี 67'!"]) {
      const ref = cellRef(name, 4, 2);
      expect([name, parseCellRef(ref)]).toEqual([name, { sheet: name, address: "C5" }]);
      expect([name, markedSheet(`=${ref}`)]).toEqual([name, name]);
    }
    expect([parseAddress("$AB$12"), parseAddress("C5"), parseAddress("5C")]).toEqual([
      { row: 11, col: 27 },
      { row: 4, col: 2 },
      null,
    ]);
  });
});

describe("a framework's item matcher", () => {
  test("is made once per framework, and its answers are that framework's own", () => {
    const [y2567, y2569] = [getFramework(2567), getFramework(2569)];
    expect(itemMatcherOf(y2567)).toBe(itemMatcherOf(y2567));
    expect(itemMatcherOf(y2569)).not.toBe(itemMatcherOf(y2567));
    // The same code means different things in different years; a cached answer must not cross over.
    const evidence = { text: null, code: "O11", heading: null, dual: false };
    const code = (m: ReturnType<ReturnType<typeof itemMatcherOf>["match"]>) => (m.kind === "item" ? m.item : null);
    const in2567 = code(itemMatcherOf(y2567).match(evidence));
    const in2569 = code(itemMatcherOf(y2569).match(evidence));
    expect([in2567?.code, in2569?.code]).toEqual([expect.stringMatching(/^o11$/i), expect.stringMatching(/^o11$/i)]);
    expect(in2567?.th).toBe(y2567.items.find((i) => i.code === in2567?.code)?.th);
    expect(in2569?.th).toBe(y2569.items.find((i) => i.code === in2569?.code)?.th);
    expect(in2567?.th).not.toBe(in2569?.th);
    expect(code(itemMatcherOf(y2567).match(evidence))).toBe(in2567);
  });
});
