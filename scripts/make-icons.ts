/**
 * Draws the add-in's icons (assets/icon-16.png … icon-80.png): three score bars against the red
 * target line, on the product's blue. Run `npx tsx scripts/make-icons.ts`; no image library needed.
 */
import { writeFileSync } from "fs";
import * as path from "path";
import { deflateSync } from "zlib";

type RGBA = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE: RGBA = [0x2f, 0x55, 0x97, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const RED: RGBA = [0xff, 0x5a, 0x5a, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

/** The icon at `size` px, drawn on a 16-unit grid so every size looks alike. */
export function icon(size: number): Buffer {
  const u = size / 16;
  const radius = 3 * u;
  const bars = [
    { x0: 3, x1: 5.5, top: 7 },
    { x0: 6.75, x1: 9.25, top: 4 },
    { x0: 10.5, x1: 13, top: 9.5 },
  ];
  return encodePng(size, (px, py) => {
    const x = (px + 0.5) / u;
    const y = (py + 0.5) / u;
    // Rounded square.
    const cx = Math.min(Math.max(px + 0.5, radius), size - radius);
    const cy = Math.min(Math.max(py + 0.5, radius), size - radius);
    if ((px + 0.5 - cx) ** 2 + (py + 0.5 - cy) ** 2 > radius * radius) return CLEAR;
    if (Math.abs(y - 6.5) <= Math.max(0.5, 0.6 / u + 0.35) && x > 2 && x < 14) return RED;
    for (const b of bars) if (x >= b.x0 && x <= b.x1 && y >= b.top && y <= 13) return WHITE;
    return BLUE;
  });
}

if (require.main === module) {
  for (const size of [16, 32, 64, 80]) {
    writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), icon(size));
  }
}
