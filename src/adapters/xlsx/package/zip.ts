/**
 * A minimal zip container for OOXML packages, on fflate's inflate/deflate: read the central
 * directory, inflate a part whole or in chunks, and write a zip in which the parts we do not touch
 * keep their original compressed bytes. No zip64, no encryption, no data descriptors on output.
 */
import { DeflateOptions, Inflate, deflateSync, inflateSync } from "fflate";

export type ZipErrorReason = "damaged" | "zip64" | "encrypted" | "method";

export class ZipError extends Error {
  constructor(
    readonly reason: ZipErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  /** As stored: UTF-8 when flag bit 11 is set (or the bytes are valid UTF-8), else Latin-1. */
  name: string;
  /** 0 stored, 8 deflate; any other gives ZipError("method") only when the entry is inflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** DOS time and date as stored. */
  time: number;
  date: number;
  flags: number;
  /** The compressed bytes: a subarray of the input, no copy. */
  raw: Uint8Array;
}

export type OutEntry = { name: string; copy: ZipEntry } | { name: string; data: Uint8Array; level?: number };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
/** 1980-01-01 00:00 in DOS date/time: the date of every entry writeZip creates. */
const FIXED_DATE = (1 << 5) | 1;
const FIXED_TIME = 0;

// ---------------------------------------------------------------------------------------------
// CRC-32

/** CRC-32 tables for slicing by 8: table k gives the CRC of a byte followed by k zero bytes. */
const CRC_TABLES = (() => {
  const t = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
  return t;
})();

/** CRC-32 (IEEE) of `data`, table-driven (8 bytes a step); pass the previous result as `crc` to continue over chunks. */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = CRC_TABLES;
  let c = ~crc;
  let i = 0;
  for (const end8 = data.length - 7; i < end8; i += 8) {
    const lo = c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    c =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + data[i + 4]] ^
      t[512 + data[i + 5]] ^
      t[256 + data[i + 6]] ^
      t[data[i + 7]];
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Reading

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The offset of the End Of Central Directory record, searching back over a comment of up to 64 KB:
 * the record whose comment ends the file, else (bytes after the comment) the last one that fits.
 */
function findEocd(bytes: Uint8Array, dv: DataView): number {
  const last = bytes.length - EOCD_SIZE;
  let fits = -1;
  for (let i = last; i >= Math.max(0, last - 0xffff); i--) {
    if (dv.getUint32(i, true) !== SIG_EOCD) continue;
    const end = i + EOCD_SIZE + dv.getUint16(i + 20, true);
    if (end === bytes.length) return i;
    if (end < bytes.length && fits < 0) fits = i;
  }
  if (fits >= 0) return fits;
  throw new ZipError("damaged", "not a zip file, or the end of the zip is missing (no end of central directory)");
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

/** The central directory's place and entry count, from the EOCD record; zip64 and multi-disk refused. */
function readEocd(bytes: Uint8Array, dv: DataView): Directory {
  const at = findEocd(bytes, dv);
  if (at >= 20 && dv.getUint32(at - 20, true) === SIG_ZIP64_LOCATOR)
    throw new ZipError("zip64", "the zip uses the zip64 format (over 4 GB or 65,535 entries), which is not supported");
  const count = dv.getUint16(at + 10, true);
  const size = dv.getUint32(at + 12, true);
  const offset = dv.getUint32(at + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw new ZipError("zip64", "the zip uses the zip64 format (over 4 GB or 65,535 entries), which is not supported");
  if (dv.getUint16(at + 4, true) !== 0 || dv.getUint16(at + 6, true) !== 0 || dv.getUint16(at + 8, true) !== count)
    throw new ZipError("damaged", "the zip is split over several disks");
  if (offset + size > at) throw new ZipError("damaged", "the zip's central directory lies outside the file");
  return { count, offset, size };
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const utf8 = new TextDecoder("utf-8");

/** An entry's name: UTF-8 when flagged; else UTF-8 if the bytes are valid UTF-8 (as JSZip reads it), else Latin-1. */
function decodeName(bytes: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8) return utf8.decode(bytes);
  if (bytes.every((b) => b < 0x80)) return String.fromCharCode(...bytes);
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return Array.from(bytes, (b) => String.fromCharCode(b)).join("");
  }
}

/** Where an entry's data starts: after its local header, whose name/extra lengths may differ from the central ones. */
function dataStart(dv: DataView, offset: number, name: string, limit: number): number {
  if (offset + LOCAL_SIZE > limit || dv.getUint32(offset, true) !== SIG_LOCAL)
    throw new ZipError("damaged", `the local header of "${name}" is missing`);
  return offset + LOCAL_SIZE + dv.getUint16(offset + 26, true) + dv.getUint16(offset + 28, true);
}

/** One central directory record at `at`: the entry and the offset of the next record. */
function readCentral(bytes: Uint8Array, dv: DataView, at: number, dir: Directory): { entry: ZipEntry; next: number } {
  const end = dir.offset + dir.size;
  if (at + CENTRAL_SIZE > end || dv.getUint32(at, true) !== SIG_CENTRAL)
    throw new ZipError("damaged", "the zip's central directory is damaged");
  const flags = dv.getUint16(at + 8, true);
  const nameLength = dv.getUint16(at + 28, true);
  const next = at + CENTRAL_SIZE + nameLength + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
  if (next > end) throw new ZipError("damaged", "the zip's central directory is damaged");
  const name = decodeName(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength), flags);
  const compressedSize = dv.getUint32(at + 20, true);
  const size = dv.getUint32(at + 24, true);
  const offset = dv.getUint32(at + 42, true);
  if (compressedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff)
    throw new ZipError("zip64", `"${name}" is stored in the zip64 format, which is not supported`);
  if (flags & FLAG_ENCRYPTED) throw new ZipError("encrypted", `"${name}" is encrypted (password-protected zip)`);
  const start = dataStart(dv, offset, name, dir.offset);
  if (start + compressedSize > dir.offset) throw new ZipError("damaged", `the data of "${name}" is cut short`);
  const entry: ZipEntry = {
    name,
    method: dv.getUint16(at + 10, true),
    crc32: dv.getUint32(at + 16, true),
    compressedSize,
    size,
    time: dv.getUint16(at + 12, true),
    date: dv.getUint16(at + 14, true),
    flags,
    raw: bytes.subarray(start, start + compressedSize),
  };
  return { entry, next };
}

/** The entries of a zip, in central-directory order. Throws ZipError. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < EOCD_SIZE) throw new ZipError("damaged", "the file is too short to be a zip");
  const dv = view(bytes);
  const dir = readEocd(bytes, dv);
  const entries: ZipEntry[] = [];
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    const { entry, next } = readCentral(bytes, dv, at, dir);
    entries.push(entry);
    at = next;
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Inflating

function checkMethod(e: ZipEntry): void {
  if (e.method !== 0 && e.method !== 8)
    throw new ZipError(
      "method",
      `"${e.name}" uses compression method ${e.method}; only stored and deflate are supported`,
    );
}

function checkResult(e: ZipEntry, size: number, crc: number): void {
  if (size !== e.size || crc !== e.crc32)
    throw new ZipError("damaged", `"${e.name}" is damaged (its size or checksum does not match)`);
}

function inflateError(e: ZipEntry, err: unknown): ZipError {
  if (err instanceof ZipError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new ZipError("damaged", `"${e.name}" could not be inflated: ${detail}`);
}

/** The whole uncompressed part, checked against its size and CRC (a stored part: a view of the input, no copy). */
export function inflateEntry(e: ZipEntry): Uint8Array {
  checkMethod(e);
  let out: Uint8Array;
  if (e.method === 0) out = e.raw;
  else {
    try {
      out = e.raw.length === 0 ? e.raw : inflateSync(e.raw, { out: new Uint8Array(e.size) });
    } catch (err) {
      throw inflateError(e, err);
    }
  }
  checkResult(e, out.length, crc32(out));
  return out;
}

/**
 * The uncompressed part in pieces, `chunkSize` compressed bytes at a time (a stored part: that
 * many bytes), so that memory stays bounded; the size and CRC are checked after the last piece.
 * A generator, so that an async reader can pause between pieces.
 */
export function* entryChunks(e: ZipEntry, chunkSize = 64 * 1024): Generator<Uint8Array, void, undefined> {
  checkMethod(e);
  let size = 0;
  let crc = 0;
  for (const chunk of e.method === 0 ? storedChunks(e, chunkSize) : deflatedChunks(e, chunkSize)) {
    size += chunk.length;
    crc = crc32(chunk, crc);
    yield chunk;
  }
  checkResult(e, size, crc);
}

function* storedChunks(e: ZipEntry, chunkSize: number): Generator<Uint8Array, void, undefined> {
  for (let at = 0; at < e.raw.length; at += chunkSize) yield e.raw.subarray(at, at + chunkSize);
}

function* deflatedChunks(e: ZipEntry, chunkSize: number): Generator<Uint8Array, void, undefined> {
  if (e.raw.length === 0 && e.size === 0) return;
  const pending: Uint8Array[] = [];
  const inflater = new Inflate((data) => {
    if (data.length > 0) pending.push(data);
  });
  for (let at = 0; at < e.raw.length || at === 0; at += chunkSize) {
    const last = at + chunkSize >= e.raw.length;
    try {
      inflater.push(e.raw.subarray(at, at + chunkSize), last);
    } catch (err) {
      throw inflateError(e, err);
    }
    yield* pending.splice(0);
  }
}

/** Inflate in chunks (fflate's streaming Inflate), calling onChunk for each piece; bounded memory. */
export function streamEntry(
  e: ZipEntry,
  onChunk: (chunk: Uint8Array, final: boolean) => void,
  chunkSize?: number,
): void {
  let previous: Uint8Array | null = null;
  for (const chunk of entryChunks(e, chunkSize)) {
    if (previous) onChunk(previous, false);
    previous = chunk;
  }
  onChunk(previous ?? new Uint8Array(0), true);
}

// ---------------------------------------------------------------------------------------------
// Writing

/** One entry as it will be written: its header fields and compressed bytes. */
interface Prepared {
  name: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc32: number;
  size: number;
  raw: Uint8Array;
}

const encoder = new TextEncoder();

/** Raw deflate (RFC 1951) of `data` at `level` (1–9). */
export type Deflate = (data: Uint8Array, level: number) => Uint8Array;

/**
 * fflate's deflate, which runs in the browser as in Node; a host with a native one gives it with
 * `useDeflate` (the CLI gives Node's zlib: the same format, several times faster, and no cold start).
 */
let deflateRaw: Deflate = (data, level) => deflateSync(data, { level: level as DeflateOptions["level"] });

export function useDeflate(deflate: Deflate): void {
  deflateRaw = deflate;
}

/** A new entry: deflated, or stored when deflate does not make it smaller, with the fixed date. */
function prepareData(name: Uint8Array, flags: number, data: Uint8Array, level = 6): Prepared {
  const clamped = Math.max(0, Math.min(9, Math.round(level)));
  const deflated = clamped && data.length > 0 ? deflateRaw(data, clamped) : null;
  const stored = !deflated || deflated.length >= data.length;
  return {
    name,
    flags,
    method: stored ? 0 : 8,
    time: FIXED_TIME,
    date: FIXED_DATE,
    crc32: crc32(data),
    size: data.length,
    raw: stored ? data : deflated,
  };
}

function prepare(entry: OutEntry): Prepared {
  const name = encoder.encode(entry.name);
  const flags = name.length !== entry.name.length ? FLAG_UTF8 : 0;
  if ("data" in entry) return prepareData(name, flags, entry.data, entry.level);
  const c = entry.copy;
  return { name, flags, method: c.method, time: c.time, date: c.date, crc32: c.crc32, size: c.size, raw: c.raw };
}

/** The fields the local and central headers share, from "version needed" to the name's length. */
function writeCommon(dv: DataView, at: number, p: Prepared): void {
  dv.setUint16(at, 20, true);
  dv.setUint16(at + 2, p.flags, true);
  dv.setUint16(at + 4, p.method, true);
  dv.setUint16(at + 6, p.time, true);
  dv.setUint16(at + 8, p.date, true);
  dv.setUint32(at + 10, p.crc32, true);
  dv.setUint32(at + 14, p.raw.length, true);
  dv.setUint32(at + 18, p.size, true);
  dv.setUint16(at + 22, p.name.length, true);
}

/** A local header, name and data at `at`; the offset after them. */
function writeLocal(out: Uint8Array, dv: DataView, at: number, p: Prepared): number {
  dv.setUint32(at, SIG_LOCAL, true);
  writeCommon(dv, at + 4, p);
  out.set(p.name, at + LOCAL_SIZE);
  out.set(p.raw, at + LOCAL_SIZE + p.name.length);
  return at + LOCAL_SIZE + p.name.length + p.raw.length;
}

/** A central directory record for an entry whose local header is at `offset`; the offset after it. */
function writeCentral(out: Uint8Array, dv: DataView, at: number, p: Prepared, offset: number): number {
  dv.setUint32(at, SIG_CENTRAL, true);
  dv.setUint16(at + 4, 20, true); // made by: MS-DOS, version 2.0
  writeCommon(dv, at + 6, p);
  dv.setUint32(at + 42, offset, true);
  out.set(p.name, at + CENTRAL_SIZE);
  return at + CENTRAL_SIZE + p.name.length;
}

function writeEocd(dv: DataView, at: number, count: number, cdOffset: number, cdSize: number): void {
  dv.setUint32(at, SIG_EOCD, true);
  dv.setUint16(at + 8, count, true);
  dv.setUint16(at + 10, count, true);
  dv.setUint32(at + 12, cdSize, true);
  dv.setUint32(at + 16, cdOffset, true);
}

function checkNames(entries: OutEntry[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.name === "" || seen.has(e.name)) throw new Error(`zip entry name empty or repeated: "${e.name}"`);
    seen.add(e.name);
  }
}

/**
 * A zip: copied entries keep their raw bytes, CRC, sizes, method and time/date; new ones are
 * deflated (level 6 unless given; stored when deflate does not help) with a fixed date, so that the
 * same input gives the same bytes. No data descriptors, no extra fields, UTF-8 flag for non-ASCII names.
 */
export function writeZip(entries: OutEntry[]): Uint8Array {
  checkNames(entries);
  const prepared = entries.map(prepare);
  const localSize = prepared.reduce((n, p) => n + LOCAL_SIZE + p.name.length + p.raw.length, 0);
  const centralSize = prepared.reduce((n, p) => n + CENTRAL_SIZE + p.name.length, 0);
  if (prepared.length > 0xfffe || localSize + centralSize > 0xfffffffe)
    throw new ZipError("zip64", "the zip would need the zip64 format (over 4 GB or 65,535 entries)");
  const out = new Uint8Array(localSize + centralSize + EOCD_SIZE);
  const dv = view(out);
  const offsets: number[] = [];
  let at = 0;
  for (const p of prepared) {
    offsets.push(at);
    at = writeLocal(out, dv, at, p);
  }
  prepared.forEach((p, i) => (at = writeCentral(out, dv, at, p, offsets[i])));
  writeEocd(dv, at, prepared.length, localSize, centralSize);
  return out;
}
