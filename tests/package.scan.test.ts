/**
 * The byte scanner the package reader reads worksheets and shared strings with: the same grid
 * however a part is cut into chunks, well-formedness faults in saxes's own words (saxes, still the
 * small parts' parser, is the oracle), numbers read from their bytes exactly as parseFloat reads
 * them, and a part never held whole.
 */
import fc from "fast-check";
import { CellValue, SheetGrid } from "../src/core/read/grid";
import { serialToIsoDate } from "../src/adapters/xlsx/package/cellValues";
import { XmlHandlers, xmlParser } from "../src/adapters/xlsx/package/packageXml";
import { toSheetGrid } from "../src/adapters/xlsx/package/sheetCells";
import { ReadContext, SheetReader, WORKSHEET_NAMES } from "../src/adapters/xlsx/package/worksheetReader";
import { XmlScanner, XmlSink } from "../src/adapters/xlsx/package/xmlScanner";
import {
  ATTRIBUTE,
  TextInterner,
  checkText,
  decode,
  plainInteger,
  plainNumber,
} from "../src/adapters/xlsx/package/xmlText";
import { ZipError } from "../src/adapters/xlsx/package/zip";
import { mulberry32 } from "./helpers/random";

const utf8 = (s: string) => new TextEncoder().encode(s);
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function context(): ReadContext {
  return {
    strings: ["zero", "หนึ่ง"],
    formatCodes: [null, "mm-dd-yy"],
    dates: [false, true],
    date1904: false,
    texts: new TextInterner(),
  };
}

/** A worksheet part read from `bytes` given as chunks cut at `cuts` (offsets, ascending). */
function readCut(bytes: Uint8Array, cuts: number[], onRelease?: (buf: Uint8Array) => void): SheetGrid {
  const reader = new SheetReader(context());
  if (onRelease) {
    const release = reader.release.bind(reader);
    reader.release = (buf) => (onRelease(buf), release(buf));
  }
  const scanner = new XmlScanner("xl/worksheets/sheet1.xml", WORKSHEET_NAMES, reader);
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    scanner.write(bytes.subarray(at, cut));
    at = cut;
  }
  scanner.end();
  return toSheetGrid("S", reader.finish(), undefined);
}

/** The error reading `bytes` cut at `cuts` gives, or null. */
function faultOf(bytes: Uint8Array, cuts: number[] = []): ZipError | null {
  try {
    readCut(bytes, cuts);
    return null;
  } catch (e) {
    if (e instanceof ZipError) return e;
    throw e;
  }
}

/** Every kind of cell and markup the scanner meets, prefixed, with a BOM, comments and CDATA. */
const SHEET =
  `\ufeff<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
  `<x:worksheet xmlns:x="${MAIN}"><!-- a comment with <x:c> in it --><?pi some data?>` +
  `<x:dimension ref="A1:D4"/><x:sheetData>` +
  `<x:row r="1" spans="1:4"><x:c r="A1" t="s"><x:v>1</x:v></x:c>` +
  `<x:c r="B1" t="str"><x:v>R&amp;D &lt;ok&gt; &#3588;&#x0E32;</x:v></x:c>` +
  `<x:c r="C1"><x:v>0.60699999999999998</x:v></x:c><x:c r="D1" s="1"><x:v>45000.75</x:v></x:c></x:row>\n` +
  `<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:r><x:t>ri</x:t></x:r>` +
  `<x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve"><![CDATA[ch <b>&amp;]]></x:t></x:r>` +
  `<x:rPh sb="0" eb="1"><x:t>phonetic</x:t></x:rPh></x:is></x:c>` +
  `<x:c r="B2"><x:f t="shared" ref="B2:B3" si="0">A1*2+$C$1</x:f></x:c>` +
  `<x:c r="C2" t="b"><x:v>1</x:v></x:c><x:c r="D2" t="e"><x:v>#N/A</x:v></x:c></x:row>\n` +
  `<x:row r="3"><x:c r="B3"><x:f t="shared" si="0"/></x:c>` +
  `<x:c r="C3" t="str"><x:v>line one\r\nline two\rthree</x:v></x:c><x:c r="D3"><x:v>-1.5E-3</x:v></x:c></x:row>\n` +
  `<x:row r="4"><x:c r="A4" t="str"><x:f>"x"</x:f><x:v>x_x000D_y</x:v></x:c>` +
  `<x:c r="B4"><x:v>12345678901234567890</x:v></x:c></x:row>` +
  `</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="C3:D3"/></x:mergeCells>` +
  `<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>\r\n`;

/** SHEET's grid, worked out by hand. */
const EXPECTED: { values: CellValue[][]; formats: Array<Array<string | null>> } = {
  values: [
    // A shared string; entities and character references (ค, า); 17 digits; a date under a date format.
    ["หนึ่ง", "R&D <ok> คา", 0.607, "2023-03-15"],
    // Rich text runs (CDATA kept as it is, the phonetic run left out); a shared formula's master.
    ["rich <b>&amp;", { formula: "=A1*2+$C$1" }, true, { error: "#N/A" }],
    // The shared formula one row down; line ends as "\n"; D3 merged away into C3.
    [null, { formula: "=A2*2+$C$1" }, "line one\nline two\nthree"],
    // A formula's saved text (no _x escapes outside string items); a number past 15 digits.
    ["x_x000D_y", 12345678901234567000],
  ],
  formats: [
    [null, null, null, "mm-dd-yy"],
    [null, null, null, null],
    [null, null, null],
    [null, null],
  ],
};

describe("a worksheet cut into chunks anywhere gives the same grid", () => {
  const bytes = utf8(SHEET);

  test("whole, and the grid is the one worked out by hand", () => {
    const grid = readCut(bytes, []);
    expect([grid.top, grid.left]).toEqual([0, 0]);
    expect(grid.values).toEqual(EXPECTED.values);
    expect(grid.formats).toEqual(EXPECTED.formats);
  });

  test("cut once at every byte", () => {
    for (let cut = 1; cut < bytes.length; cut++)
      expect([cut, readCut(bytes, [cut]).values]).toEqual([cut, EXPECTED.values]);
  });

  test("one byte at a time", () => {
    const grid = readCut(
      bytes,
      Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
    );
    expect(grid.values).toEqual(EXPECTED.values);
    expect(grid.formats).toEqual(EXPECTED.formats);
  });

  test("cut at many random places", () => {
    const rnd = mulberry32(2567);
    for (let k = 0; k < 300; k++) {
      const cuts = [
        ...new Set(
          Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => 1 + Math.floor(rnd() * (bytes.length - 1))),
        ),
      ];
      cuts.sort((a, b) => a - b);
      expect([cuts, readCut(bytes, cuts).values]).toEqual([cuts, EXPECTED.values]);
    }
  });

  test("long texts, comments and attributes across chunks of any size; no chunk copied whole behind another", () => {
    const long = "ข้อความยาว ".repeat(2000); // 22,000 characters, 66,000 bytes
    const rows = Array.from(
      { length: 3000 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}" t="inlineStr"><is><t>${r % 500 === 7 ? long : `t${r}`}</t></is></c></row>` +
        (r % 700 === 3 ? `<!--${"-x".repeat(20000)}-->` : ""),
    );
    const part = utf8(
      `<worksheet xmlns="${MAIN}" note="${"n".repeat(30000)}"><sheetData>${rows.join("")}</sheetData></worksheet>`,
    );
    const expected = Array.from({ length: 3000 }, (_, r) => [r, r % 500 === 7 ? long : `t${r}`]);
    const rnd = mulberry32(11);
    for (let k = 0; k < 5; k++) {
      const size = 1000 + Math.floor(rnd() * 60000);
      const cuts = Array.from({ length: Math.floor((part.length - 1) / size) }, (_, i) => (i + 1) * size);
      let largest = 0;
      const grid = readCut(part, cuts, (buf) => (largest = Math.max(largest, buf.length)));
      expect(grid.values).toEqual(expected);
      // What the scanner holds at once: a chunk, or an unfinished text finished in a window as long
      // as the text needs — never the next chunk copied whole behind it.
      expect(largest).toBeLessThanOrEqual(Math.max(size, 2 * (utf8(long).length + 100) + 8192));
    }
  });
});

describe("a part is never held whole", () => {
  test("a big sheet in 64 KB chunks: the scanner holds a chunk and a few bytes at most", () => {
    const rows = Array.from(
      { length: 40000 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}" s="1"><v>${45000 + r / 7}</v></c><c r="B${r + 1}" t="str"><v>ต่ำกว่าเป้าหมาย</v></c></row>`,
    );
    const part = utf8(`<worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData></worksheet>`);
    expect(part.length).toBeGreaterThan(3_000_000);
    const size = 64 * 1024;
    const cuts = Array.from({ length: Math.floor((part.length - 1) / size) }, (_, i) => (i + 1) * size);
    let largest = 0;
    const grid = readCut(part, cuts, (buf) => (largest = Math.max(largest, buf.length)));
    expect(largest).toBeLessThanOrEqual(size);
    expect(grid.values.length).toBe(40000);
    expect(grid.values[39999]).toEqual([serialToIsoDate(45000 + 39999 / 7, false), "ต่ำกว่าเป้าหมาย"]);
    // One string for a text that repeats, one for each day.
    expect(grid.values[5][1]).toBe(grid.values[39999][1]);
  });
});

// ---------------------------------------------------------------------------------------------

/** The message saxes gives for `xml`, or null when it reads it. */
function saxesFault(xml: string): string | null {
  const parser = xmlParser("xl/worksheets/sheet1.xml", { open() {}, close() {}, text() {} });
  try {
    parser.write(xml);
    parser.close();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe("malformed XML is damage, in saxes's words", () => {
  const good = `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
  const broken: Array<[string, string]> = [
    ["cut short in a tag", "<worksheet><sheetData><row><c"],
    ["cut short in the root's tag", `<worksheet xmlns="${MAIN}"`],
    ["a close tag that does not match", "<worksheet><sheetData></row></worksheet>"],
    ["a close tag with nothing open", "<worksheet/></worksheet>"],
    ["two roots", "<worksheet/><worksheet/>"],
    ["no root", "<!-- nothing -->"],
    ["text outside the root", "<worksheet/>junk"],
    ["an unknown entity", "<worksheet><c><v>&nbsp;</v></c></worksheet>"],
    ["an entity without its semicolon", "<worksheet><c><v>R&D</v></c></worksheet>"],
    ["a character reference to no character", "<worksheet><c><v>&#0;</v></c></worksheet>"],
    ["an upper-case X in a character reference", "<worksheet><c><v>&#X41;</v></c></worksheet>"],
    ["a control character", "<worksheet><c><v>1\u0001</v></c></worksheet>"],
    ["]]> in text", "<worksheet><c><v>a]]>b</v></c></worksheet>"],
    ["an attribute twice", '<worksheet><c r="A1" r="A2"/></worksheet>'],
    ["an unquoted attribute", "<worksheet><c r=A1/></worksheet>"],
    ["an attribute without a value", "<worksheet><c r/></worksheet>"],
    ["no space between attributes", '<worksheet><c r="A1"s="1"/></worksheet>'],
    ["< in an attribute", '<worksheet><c r="<"/></worksheet>'],
    ["a slash not closing the tag", '<worksheet><c r="A1"/ ></worksheet>'],
    ["a tag name starting with a digit", "<worksheet><1c/></worksheet>"],
    ["an XML declaration not at the start", ` <?xml version="1.0"?><worksheet/>`],
    ["a misspelt XML declaration", `<?xml vrsion="1.0"?><worksheet/>`],
    ["an XML declaration without a version", `<?xml encoding="UTF-8"?><worksheet/>`],
    ["a bad standalone", `<?xml version="1.0" standalone="maybe"?><worksheet/>`],
    ["a processing instruction without a target", "<? x?><worksheet/>"],
    ["an unclosed comment", "<worksheet><!-- never closed</worksheet>"],
    ["an unclosed CDATA section", "<worksheet><c><v><![CDATA[1</v></c></worksheet>"],
    ["a bad declaration", "<worksheet><!ELEMENT x></worksheet>"],
  ];

  test("a well-formed part reads (saxes agrees)", () => {
    expect(saxesFault(good)).toBeNull();
    expect(readCut(utf8(good), []).values).toEqual([[1]]);
  });

  test.each(broken)("%s", (_, xml) => {
    const expected = saxesFault(xml);
    expect(expected).toMatch(/^xl\/worksheets\/sheet1\.xml is not well-formed XML: /);
    const bytes = utf8(xml);
    for (const cuts of [[], ...Array.from({ length: bytes.length - 1 }, (_, i) => [i + 1])]) {
      const fault = faultOf(bytes, cuts);
      expect([cuts, fault?.reason, fault?.message]).toEqual([cuts, "damaged", expected]);
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** What a parser saw: elements (by local name) opening and closing, and the text in the root between them. */
function saxesEvents(xml: string): string[] {
  const events: string[] = [];
  let text = "";
  let depth = 0;
  const flush = () => (text && events.push(`text ${text}`), (text = ""));
  const handlers: XmlHandlers = {
    open: (name, a) => (flush(), depth++, events.push(`open ${name} ${JSON.stringify(Object.entries(a).sort())}`)),
    close: (name) => (flush(), depth--, events.push(`close ${name}`)),
    // Whitespace outside the root: saxes reports it, no reader ever read it.
    text: (t) => (text += depth > 0 ? t : ""),
  };
  const parser = xmlParser("x.xml", handlers);
  parser.write(xml);
  parser.close();
  return events;
}

/** The same, from the byte scanner asked for every name the document uses, reading all text in the root. */
function scannerEvents(bytes: Uint8Array, names: string[], cuts: number[]): string[] {
  const events: string[] = [];
  let text = "";
  const flush = () => (text && events.push(`text ${text}`), (text = ""));
  const decoder = new TextDecoder();
  const sink: XmlSink = {
    open(kind, x) {
      flush();
      const attrs: Array<[string, string]> = [];
      for (const name of ["a", "b:c", "r", "t"]) {
        const k = x.attribute(utf8(name));
        if (k >= 0) attrs.push([name, xmlAttribute(x, k)]);
      }
      events.push(`open ${names[kind - 1]} ${JSON.stringify(attrs.sort())}`);
    },
    close: (kind) => (flush(), events.push(`close ${names[kind - 1]}`)),
    wantsText: () => true,
    text(buf, start, end, cdata) {
      const flags = checkText(buf, start, end, cdata);
      text += new TextInterner().text(buf, start, end, flags);
    },
    release() {},
  };
  const xmlAttribute = (x: XmlScanner, k: number) =>
    x.valueFlags(k) === 0
      ? decoder.decode(x.buf.subarray(x.valueStart(k), x.valueEnd(k)))
      : decode(x.buf, x.valueStart(k), x.valueEnd(k), x.valueFlags(k), ATTRIBUTE);
  const scanner = new XmlScanner("x.xml", names, sink);
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    scanner.write(bytes.subarray(at, cut));
    at = cut;
  }
  scanner.end();
  return events;
}

/** A random well-formed document: nested elements, prefixes, attributes, entities, CDATA, comments. */
function randomDocument(seed: number): string {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const texts = [
    "x",
    "คะแนน ๘๔.๓๓",
    "a &amp; b",
    "&lt;&gt;&quot;&apos;",
    "&#3588;&#x1F642;",
    " ",
    "\r\n",
    "l\rm",
    "_x000D_",
  ];
  const values = ["1", "A1", "R&amp;D", "tab\there", "line\r\nend", "&#10;", "ค่า", ""];
  const element = (depth: number): string => {
    const name = pick(["c", "v", "f", "t", "x:c", "x:v", "row"]);
    const attrs = ["a", "b:c", "r", "t"]
      .filter(() => rnd() < 0.3)
      .map((a) => ` ${a}${pick(["=", " = "])}${pick(['"', "'"]).replace(/./, (q) => `${q}${pick(values)}${q}`)}`)
      .join("");
    if (depth > 3 || rnd() < 0.2) return `<${name}${attrs}${pick(["/", " /"])}>`;
    const parts = Array.from({ length: Math.floor(rnd() * 4) }, () => {
      const r = rnd();
      if (r < 0.4) return element(depth + 1);
      if (r < 0.7) return pick(texts);
      if (r < 0.8) return `<![CDATA[${pick(["&amp;", "<b>", "", "]", "x\r\ny"])}]]>`;
      if (r < 0.9) return "<!-- c -->";
      return "<?pi x?>";
    });
    return `<${name}${attrs}>${parts.join("")}</${name}${pick(["", " "])}>`;
  };
  return `${pick(["", '<?xml version="1.0"?>\n', "\ufeff"])}<root>${element(0)}${element(0)}</root>\n`;
}

describe("the scanner's elements and text are saxes's", () => {
  test.each(Array.from({ length: 24 }, (_, i) => i + 1))(
    "a random document (seed %i), whole and cut anywhere",
    (seed) => {
      const xml = randomDocument(seed);
      const names = ["root", "c", "v", "f", "t", "row"];
      // The scanner names elements by local name, as the readers do: saxes's events likewise.
      const expected = saxesEvents(xml).map((e) => e.replace(/^(open|close) x:/, "$1 "));
      const bytes = utf8(xml);
      expect(scannerEvents(bytes, names, [])).toEqual(expected);
      const rnd = mulberry32(seed * 7);
      for (let k = 0; k < 40; k++) {
        const cuts = [
          ...new Set(
            Array.from({ length: 1 + Math.floor(rnd() * 20) }, () => 1 + Math.floor(rnd() * (bytes.length - 1))),
          ),
        ];
        cuts.sort((a, b) => a - b);
        expect(scannerEvents(bytes, names, cuts)).toEqual(expected);
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------

describe("numbers from their bytes", () => {
  const read = (s: string) => plainNumber(utf8(s), 0, utf8(s).length);

  test("are parseFloat's, to the bit, or left to parseFloat", () => {
    const literal = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^\d{1,20}$/),
        fc.option(fc.stringMatching(/^\d{0,20}$/)),
        fc.option(fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.stringMatching(/^\d{0,4}$/))),
      )
      .map(
        ([neg, int, frac, exp]) =>
          `${neg ? "-" : ""}${int}${frac === null ? "" : `.${frac}`}${exp ? exp.join("") : ""}`,
      );
    fc.assert(
      fc.property(fc.oneof(literal, fc.string()), (s) => {
        const n = read(s);
        return Number.isNaN(n) || Object.is(n, parseFloat(s));
      }),
      { numRuns: 20000 },
    );
  });

  test("the plain ones Excel writes are read without parseFloat", () => {
    for (const s of ["0", "-0", "42", "0.5", "84.33", "-12.25", "1E-3", "2.5E+2", "123456789012345", "0.000001"])
      expect([s, read(s)]).toEqual([s, parseFloat(s)]);
    expect(Object.is(read("-0"), -0)).toBe(true);
    // 17 significant digits, a leading dot, a trailing one: parseFloat's to answer.
    for (const s of ["0.60699999999999998", ".5", "1.", "1e400", "0x10", " 1", "1 "]) expect(read(s)).toBeNaN();
  });

  test("integers as parseInt reads them", () => {
    const int = (s: string) => plainInteger(utf8(s), 0, s.length);
    expect(["0", "7", "007", "1048576"].map(int)).toEqual([0, 7, 7, 1048576]);
    for (const s of ["", "-1", "1.5", " 1", "1234567890123456"]) expect(int(s)).toBeNaN();
  });

  test("serial dates, each day's ISO text made once, as a Date gives it", () => {
    const byDate = (serial: number, date1904: boolean) => {
      const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
      return Number.isNaN(d.getTime()) ? serial : d.toISOString().slice(0, 10);
    };
    const rnd = mulberry32(9);
    const serials = [0, 1, 59, 60, 61, 25569, 45000.999999999, -1, -0.5, 2958465.99999, 1e8, 1e20, -1e20, NaN];
    for (let k = 0; k < 2000; k++) serials.push((rnd() - 0.2) * 100000);
    for (const s of serials)
      for (const date1904 of [false, true]) expect([s, serialToIsoDate(s, date1904)]).toEqual([s, byDate(s, date1904)]);
    expect(serialToIsoDate(45000.25, false)).toBe(serialToIsoDate(45000.75, false));
  });
});

describe("repeated texts", () => {
  test("are decoded once: the same bytes give the same string, entities and all", () => {
    const texts = new TextInterner(8);
    const bytes = utf8("ผ่าน|ต่ำกว่าเป้าหมาย|R&amp;D|ผ่าน");
    const parts = new TextDecoder().decode(bytes).split("|");
    let at = 0;
    const read = parts.map((p) => {
      const start = at;
      at += utf8(p).length + 1;
      return texts.text(bytes, start, at - 1, checkText(bytes, start, at - 1));
    });
    expect(read).toEqual(["ผ่าน", "ต่ำกว่าเป้าหมาย", "R&D", "ผ่าน"]);
    expect(read[3]).toBe(read[0]);
    // Past half its slots it starts afresh, and still answers right.
    for (let k = 0; k < 20; k++) expect(texts.text(utf8(`t${k}`), 0, `t${k}`.length, 0)).toBe(`t${k}`);
    expect(texts.text(bytes, 0, 12, 0)).toBe("ผ่าน");
  });
});
