import { readFileSync } from "fs";
import JSZip from "jszip";
import { loadWorkbook, readGrid } from "./helpers/exceljsGrid";
import {
  OutEntry,
  ZipEntry,
  ZipError,
  crc32,
  entryChunks,
  inflateEntry,
  readZip,
  streamEntry,
  useDeflate,
  writeZip,
} from "../src/adapters/xlsx/package/zip";
import { deflateRawSync } from "zlib";
import { deflateSync } from "fflate";
import { SAMPLE_FILE } from "./helpers/grids";

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const sample = () => new Uint8Array(readFileSync(SAMPLE_FILE));
const dv = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Deterministic pseudo-random bytes (incompressible). */
function noise(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function zipError(f: () => unknown): ZipError {
  try {
    f();
  } catch (e) {
    if (e instanceof ZipError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

/** Offset of the central directory record of entry `i` (the EOCD has no comment here). */
function centralOffset(zip: Uint8Array, i: number): number {
  const d = dv(zip);
  let at = d.getUint32(zip.length - 22 + 16, true);
  for (let k = 0; k < i; k++)
    at += 46 + d.getUint16(at + 28, true) + d.getUint16(at + 30, true) + d.getUint16(at + 32, true);
  return at;
}

describe("crc32", () => {
  test("known values", () => {
    expect(crc32(utf8("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(utf8("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
    expect(crc32(new Uint8Array(32))).toBe(0x190a55ad);
  });

  test("continues over chunks", () => {
    const data = noise(10_000);
    expect(crc32(data.subarray(4000), crc32(data.subarray(0, 4000)))).toBe(crc32(data));
  });
});

describe("writeZip → readZip", () => {
  const xml = utf8(`<?xml version="1.0"?><root>${"<a>สวัสดี</a>".repeat(2000)}</root>`);
  const entries: OutEntry[] = [
    { name: "[Content_Types].xml", data: utf8("<Types/>") },
    { name: "xl/big.xml", data: xml },
    { name: "xl/media/noise.bin", data: noise(5000) },
    { name: "empty.txt", data: new Uint8Array(0) },
    { name: "xl/ผลคะแนน/ไฟล์.xml", data: utf8("<x/>") },
    { name: "stored.xml", data: xml, level: 0 },
  ];

  test("every entry comes back as written, compressed only when that helps", () => {
    const read = readZip(writeZip(entries));
    expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    read.forEach((e, i) => expect(text(inflateEntry(e))).toEqual(text((entries[i] as { data: Uint8Array }).data)));
    const byName = new Map(read.map((e) => [e.name, e]));
    expect(byName.get("xl/big.xml")!.method).toBe(8);
    expect(byName.get("xl/big.xml")!.compressedSize).toBeLessThan(xml.length / 10);
    expect(byName.get("xl/media/noise.bin")!.method).toBe(0);
    expect(byName.get("stored.xml")!.method).toBe(0);
    expect(byName.get("empty.txt")!.size).toBe(0);
  });

  test("with Node's zlib as the deflate (the CLI's), every entry still comes back as written, with the level asked", () => {
    const levels: number[] = [];
    useDeflate((data, level) => (levels.push(level), deflateRawSync(data, { level })));
    try {
      const written = writeZip(entries);
      const read = readZip(written);
      read.forEach((e, i) => expect(text(inflateEntry(e))).toEqual(text((entries[i] as { data: Uint8Array }).data)));
      expect(new Map(read.map((e) => [e.name, e.method])).get("xl/big.xml")).toBe(8);
      expect(levels.length).toBeGreaterThan(0);
      expect(levels.every((l) => l >= 1 && l <= 9)).toBe(true);
    } finally {
      useDeflate((data, level) => deflateSync(data, { level: level as 6 }));
    }
  });

  test("the same input gives the same bytes, dated 1980-01-01 00:00", () => {
    const a = writeZip(entries);
    expect(Buffer.from(writeZip(entries)).equals(Buffer.from(a))).toBe(true);
    for (const e of readZip(a)) expect([e.date, e.time]).toEqual([0x21, 0]);
  });

  test("non-ASCII names carry the UTF-8 flag; ASCII ones none; JSZip reads them", async () => {
    const zip = writeZip(entries);
    const read = new Map(readZip(zip).map((e) => [e.name, e]));
    expect(read.get("xl/ผลคะแนน/ไฟล์.xml")!.flags & 0x800).toBe(0x800);
    expect(read.get("xl/big.xml")!.flags).toBe(0);
    const js = await JSZip.loadAsync(zip);
    expect(await js.file("xl/ผลคะแนน/ไฟล์.xml")!.async("string")).toBe("<x/>");
    expect(await js.file("xl/big.xml")!.async("string")).toBe(text(xml));
    expect((await js.file("xl/media/noise.bin")!.async("uint8array")).length).toBe(5000);
  });

  test("a name without the UTF-8 flag: UTF-8 when it is valid UTF-8, else Latin-1", () => {
    const zip = writeZip([
      { name: "ไฟล์.xml", data: utf8("a") },
      { name: "b.xml", data: utf8("b") },
    ]);
    const d = dv(zip);
    for (const i of [0, 1]) d.setUint16(centralOffset(zip, i) + 8, 0, true);
    // "b.xml" → "é.xml" in Latin-1 (0xE9 alone is not UTF-8).
    zip[centralOffset(zip, 1) + 46] = 0xe9;
    expect(readZip(zip).map((e) => e.name)).toEqual(["ไฟล์.xml", "é.xml"]);
  });

  test("repeated names are refused", () => {
    expect(() =>
      writeZip([
        { name: "a", data: utf8("1") },
        { name: "a", data: utf8("2") },
      ]),
    ).toThrow(/repeated/);
  });
});

describe("copying a real workbook's parts", () => {
  const original = sample();
  const parts = readZip(original);

  test("keeps each part's compressed bytes, CRC, sizes, method and date exactly", () => {
    const copy = readZip(writeZip(parts.map((e) => ({ name: e.name, copy: e }))));
    expect(copy.length).toBe(parts.length);
    copy.forEach((e, i) => {
      const o = parts[i];
      expect(Buffer.from(e.raw).equals(Buffer.from(o.raw))).toBe(true);
      expect([e.name, e.crc32, e.size, e.compressedSize, e.method, e.time, e.date]).toEqual([
        o.name,
        o.crc32,
        o.size,
        o.compressedSize,
        o.method,
        o.time,
        o.date,
      ]);
    });
  });

  test("JSZip and ExcelJS open the copy, one part replaced and one added, and read the same", async () => {
    const entries: OutEntry[] = parts.map((e) =>
      e.name === "docProps/app.xml" ? { name: e.name, data: inflateEntry(e) } : { name: e.name, copy: e },
    );
    entries.push({ name: "customXml/item1.xml", data: utf8("<ita/>") });
    const out = writeZip(entries);
    const js = await JSZip.loadAsync(out);
    for (const e of parts) {
      if (e.name.endsWith("/")) continue;
      expect(Buffer.from(await js.file(e.name)!.async("uint8array")).equals(Buffer.from(inflateEntry(e)))).toBe(true);
    }
    expect(await js.file("customXml/item1.xml")!.async("string")).toBe("<ita/>");
    const before = readGrid(await loadWorkbook(original, "sample.xlsx"));
    expect(readGrid(await loadWorkbook(out, "copy.xlsx"))).toEqual(before);
  });

  test("entries written with data descriptors are read by the central directory and copied without them", async () => {
    const js = new JSZip();
    js.file("a.xml", "<a>" + "x".repeat(5000) + "</a>");
    js.file("b.txt", "hello");
    const streamed = await js.generateAsync({ type: "uint8array", streamFiles: true, compression: "DEFLATE" });
    const read = readZip(streamed);
    expect(read.every((e) => (e.flags & 0x8) === 0x8)).toBe(true);
    expect(text(inflateEntry(read[1]))).toBe("hello");
    const copy = readZip(writeZip(read.map((e) => ({ name: e.name, copy: e }))));
    expect(copy.every((e) => (e.flags & 0x8) === 0)).toBe(true);
    const again = await JSZip.loadAsync(writeZip(read.map((e) => ({ name: e.name, copy: e }))));
    expect(await again.file("a.xml")!.async("string")).toBe("<a>" + "x".repeat(5000) + "</a>");
  });
});

describe("reading", () => {
  test("a zip comment after the end record is skipped", () => {
    const zip = writeZip([{ name: "a.txt", data: utf8("a") }]);
    // A comment holding an end record's signature followed by a length that would fit.
    const comment = new Uint8Array([
      ...utf8("comment "),
      0x50,
      0x4b,
      0x05,
      0x06,
      ...new Array<number>(16).fill(0),
      0,
      0,
      0x21,
    ]);
    const withComment = new Uint8Array(zip.length + comment.length);
    withComment.set(zip);
    withComment.set(comment, zip.length);
    dv(withComment).setUint16(zip.length - 2, comment.length, true);
    expect(readZip(withComment).map((e) => text(inflateEntry(e)))).toEqual(["a"]);
  });

  test("local name and extra lengths may differ from the central ones", () => {
    const zip = writeZip([{ name: "a.txt", data: utf8("hello hello hello hello") }]);
    // Insert a 4-byte extra field into the local header and move the central directory along.
    const nameEnd = 30 + 5;
    const shifted = new Uint8Array(zip.length + 4);
    shifted.set(zip.subarray(0, nameEnd));
    shifted.set([0xfe, 0xca, 0, 0], nameEnd);
    shifted.set(zip.subarray(nameEnd), nameEnd + 4);
    const d = dv(shifted);
    d.setUint16(28, 4, true);
    d.setUint32(shifted.length - 22 + 16, d.getUint32(shifted.length - 22 + 16, true) + 4, true);
    expect(text(inflateEntry(readZip(shifted)[0]))).toBe("hello hello hello hello");
  });

  test("raw is a view of the input, not a copy", () => {
    const zip = writeZip([{ name: "a.txt", data: noise(100) }]);
    const [e] = readZip(zip);
    expect(e.raw.buffer).toBe(zip.buffer);
  });

  test("streamEntry gives the part in bounded pieces, the last one flagged final", () => {
    const data = utf8(Array.from({ length: 20000 }, (_, i) => `<c r="A${i}"><v>${i}</v></c>`).join(""));
    const [e] = readZip(writeZip([{ name: "s.xml", data }]));
    const pieces: Array<[number, boolean]> = [];
    const chunks: Uint8Array[] = [];
    streamEntry(
      e,
      (chunk, final) => {
        pieces.push([chunk.length, final]);
        chunks.push(chunk);
      },
      1024,
    );
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.filter(([, f]) => f)).toEqual([pieces[pieces.length - 1]]);
    expect(Math.max(...pieces.map(([n]) => n))).toBeLessThan(256 * 1024);
    expect(text(Buffer.concat(chunks))).toBe(text(data));
  });

  test("a stored part streams too, and an empty one gives one empty final chunk", () => {
    const [stored, empty] = readZip(
      writeZip([
        { name: "s.bin", data: noise(3000) },
        { name: "e", data: new Uint8Array(0) },
      ]),
    );
    const sizes: number[] = [];
    streamEntry(stored, (c) => sizes.push(c.length), 1000);
    expect(sizes).toEqual([1000, 1000, 1000]);
    const calls: Array<[number, boolean]> = [];
    streamEntry(empty, (c, f) => calls.push([c.length, f]));
    expect(calls).toEqual([[0, true]]);
  });
});

describe("refusals", () => {
  const zip = () =>
    writeZip([
      { name: "a.xml", data: utf8("<a>" + "x".repeat(1000) + "</a>") },
      { name: "b.xml", data: utf8("<b/>") },
    ]);

  test("not a zip, or a truncated one: damaged", () => {
    expect(zipError(() => readZip(utf8("hello"))).reason).toBe("damaged");
    expect(zipError(() => readZip(noise(5000))).reason).toBe("damaged");
    const z = zip();
    expect(zipError(() => readZip(z.subarray(0, z.length - 10))).reason).toBe("damaged");
    expect(zipError(() => readZip(z.subarray(40))).reason).toBe("damaged");
    const real = sample();
    expect(zipError(() => readZip(real.subarray(0, real.length / 2))).reason).toBe("damaged");
  });

  test("a central directory pointing at no local header: damaged", () => {
    const z = zip();
    dv(z).setUint32(centralOffset(z, 1) + 42, 3, true);
    expect(zipError(() => readZip(z)).reason).toBe("damaged");
  });

  test("damaged compressed data or a wrong CRC: damaged when inflated", () => {
    const z = zip();
    const [a] = readZip(z);
    const bad: ZipEntry = { ...a, raw: a.raw.map((b, i) => (i > 2 ? b ^ 0x5a : b)) };
    expect(zipError(() => inflateEntry(bad)).reason).toBe("damaged");
    expect(zipError(() => streamEntry(bad, () => {})).reason).toBe("damaged");
    expect(zipError(() => inflateEntry({ ...a, crc32: a.crc32 ^ 1 })).reason).toBe("damaged");
    expect(zipError(() => [...entryChunks({ ...a, size: a.size + 1 })]).reason).toBe("damaged");
  });

  test("an encrypted entry (flag bit 0): encrypted, said plainly", () => {
    const z = zip();
    dv(z).setUint16(centralOffset(z, 1) + 8, 1, true);
    const e = zipError(() => readZip(z));
    expect(e.reason).toBe("encrypted");
    expect(e.message).toMatch(/b\.xml.*encrypted/);
  });

  test("zip64: refused", () => {
    const z = zip();
    dv(z).setUint32(centralOffset(z, 0) + 20, 0xffffffff, true);
    expect(zipError(() => readZip(z)).reason).toBe("zip64");
    const y = zip();
    const d = dv(y);
    d.setUint16(y.length - 22 + 8, 0xffff, true);
    d.setUint16(y.length - 22 + 10, 0xffff, true);
    expect(zipError(() => readZip(y)).reason).toBe("zip64");
  });

  test("an unknown compression method: readable, refused only when inflated", () => {
    const z = zip();
    dv(z).setUint16(centralOffset(z, 0) + 10, 12, true);
    const [a, b] = readZip(z);
    expect(a.method).toBe(12);
    expect(zipError(() => inflateEntry(a)).reason).toBe("method");
    expect(zipError(() => streamEntry(a, () => {})).reason).toBe("method");
    expect(text(inflateEntry(b))).toBe("<b/>");
  });
});
