import { renameSync, writeFileSync } from "fs";

/** Write to a temporary file first, so a failure never leaves half a file behind. */
export function writeAtomically(file: string, data: Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
