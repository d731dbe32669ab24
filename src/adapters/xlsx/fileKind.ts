import * as CFB from "cfb";

/**
 * What a file holds, from its first bytes and, for an OLE compound file, the streams inside it:
 * - "zip": an Office Open XML package (.xlsx, .xlsm);
 * - "encrypted": a password-protected workbook (an OLE file with EncryptionInfo and EncryptedPackage);
 * - "xls": the old binary format of Excel 97–2003 (an OLE file with a Workbook or Book stream);
 * - "other": anything else, another OLE document included.
 */
export type FileKind = "zip" | "encrypted" | "xls" | "other";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return "zip";
  if (bytes.length < 512 || !OLE_SIGNATURE.every((b, i) => bytes[i] === b)) return "other";
  let streams: Set<string>;
  try {
    streams = new Set(CFB.read(bytes, { type: "array" }).FileIndex.map((f) => f.name.toLowerCase()));
  } catch {
    // An OLE signature over a damaged directory: not something Excel's formats describe.
    return "other";
  }
  if (streams.has("encryptedpackage") || streams.has("encryptioninfo")) return "encrypted";
  if (streams.has("workbook") || streams.has("book")) return "xls";
  return "other";
}
