/**
 * The command line's files: every output decided and checked before anything is written, each
 * written atomically, and every error of the file system a user can cause (a missing folder, a
 * permission, a full disk) turned into one line that names the path — never a stack trace.
 */
import { Stats, accessSync, constants, mkdirSync, readFileSync, realpathSync, statSync } from "fs";
import * as path from "path";
import writeFileAtomic from "write-file-atomic";
import { FS_ERROR_CODES, InputError } from "../core/i18n/messages";

/** A file the command will write: the option that named it, the path as typed, and where it resolves. */
export interface Output {
  option: string;
  /** As the user typed it (or as the default was made): what messages show. */
  given: string;
  /** Absolute. */
  file: string;
}

const errnoOf = (e: unknown): string | undefined =>
  e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;

/** A file-system error the user can cause becomes the file's own message; anything else surfaces as it is. */
function fsError(e: unknown, code: "file.readFailed" | "file.writeFailed", params: Record<string, string>): unknown {
  const errno = errnoOf(e);
  return errno && FS_ERROR_CODES.has(errno) ? new InputError(code, { ...params, reason: errno }) : e;
}

const statOrNull = (file: string): Stats | null => {
  try {
    return statSync(file);
  } catch {
    return null;
  }
};

/** The input's bytes; a missing file, a folder or a permission is the analyst's message (exit 1). */
export function readInput(given: string): Uint8Array {
  const st = statOrNull(given);
  if (!st) throw new InputError("file.notFound", { file: given });
  if (st.isDirectory()) throw new InputError("file.inputIsFolder", { file: given });
  try {
    return new Uint8Array(readFileSync(given));
  } catch (e) {
    throw fsError(e, "file.readFailed", { file: given });
  }
}

/** Does this folder ignore case (macOS, Windows)? Told by looking it up with its letters' case swapped. */
function ignoresCase(folder: string): boolean {
  const swapped = folder.replace(/\p{L}/gu, (ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()));
  if (swapped === folder) return process.platform === "darwin" || process.platform === "win32";
  const a = statOrNull(folder);
  const b = statOrNull(swapped);
  return !!a && !!b && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Where a path really is, so that two spellings of one file compare equal: an existing file by its
 * device and inode (links, `..`, case), a new one by its folder's real path and its name (lower-cased
 * where the folder ignores case).
 */
function identity(file: string): string {
  const st = statOrNull(file);
  if (st) return `${st.dev}:${st.ino}`;
  let folder = path.dirname(file);
  try {
    folder = realpathSync(folder);
  } catch {
    // A folder that does not exist: checkWritable says so.
  }
  const name = path.basename(file);
  return path.join(folder, ignoresCase(folder) ? name.toLowerCase() : name);
}

const canWrite = (p: string): boolean => {
  try {
    accessSync(p, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** The folder exists and takes new files; an existing file there is a file we may replace. */
export function checkWritable(o: Output): void {
  const folder = path.dirname(o.file);
  const shown = path.dirname(o.given) || ".";
  const dir = statOrNull(folder);
  if (!dir?.isDirectory()) throw new InputError("file.folderMissing", { file: o.given, folder: shown });
  if (!canWrite(folder)) throw new InputError("file.folderReadOnly", { file: o.given, folder: shown });
  const existing = statOrNull(o.file);
  if (existing?.isDirectory()) throw new InputError("file.isFolder", { option: o.option, file: o.given });
  if (existing && !canWrite(o.file)) throw new InputError("file.readOnly", { file: o.given });
}

/**
 * Every output checked before anything is written: none is an input or another output
 * (`checkDistinct`); each one's folder exists and is writable, and a file already there may be
 * replaced (otherwise exit 1).
 */
export function checkOutputs(inputs: string[], outputs: Output[]): void {
  checkDistinct(inputs, outputs);
  for (const o of outputs) checkWritable(o);
}

/** No output is an input (by identity) or another output: either is a bad option (exit 2). */
export function checkDistinct(inputs: string[], outputs: Output[]): void {
  const input = new Set(inputs.map(identity));
  const seen = new Map<string, Output>();
  for (const o of outputs) {
    const id = identity(o.file);
    if (input.has(id)) throw new InputError("args.sameAsInput", { option: o.option, file: o.given });
    const other = seen.get(id);
    if (other) throw new InputError("args.sameOutput", { option: other.option, other: o.option, file: o.given });
    seen.set(id, o);
  }
}

/**
 * Write each file atomically (a temporary file in the same folder, synced, then renamed over the
 * old one, keeping its mode and owner; removed on any failure): a file is either wholly new or as
 * it was. A failure names the file and what was written before it.
 */
export function writeOutputs(files: Array<{ output: Output; bytes: Uint8Array }>): void {
  const written: string[] = [];
  for (const { output, bytes } of files) {
    try {
      writeFileAtomic.sync(output.file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (e) {
      throw fsError(e, "file.writeFailed", { file: output.given, written: written.join(", ") });
    }
    written.push(output.given);
  }
}

/**
 * A batch's output folder, checked before anything is read: refused when it is a file, is a folder
 * being read, or cannot be written to (or, when it does not exist yet, its nearest existing folder
 * cannot). Made only when the first file is written (`ensureFolder`).
 */
export function checkFolder(folder: string, inputFolders: string[]): string {
  const abs = path.resolve(folder);
  const st = statOrNull(abs);
  if (st && !st.isDirectory()) throw new InputError("file.notFolder", { folder });
  if (st && inputFolders.some((f) => identity(f) === identity(abs)))
    throw new InputError("args.outIsInput", { folder });
  let existing = abs;
  while (!statOrNull(existing)) existing = path.dirname(existing);
  if (!statOrNull(existing)!.isDirectory())
    throw new InputError("file.notFolder", { folder: path.relative(process.cwd(), existing) || existing });
  if (!canWrite(existing))
    throw new InputError("file.folderReadOnly", { folder: path.relative(process.cwd(), existing) || "." });
  return abs;
}

/** Make the folder checked by `checkFolder`, if it is not there yet. */
export function ensureFolder(abs: string): void {
  try {
    mkdirSync(abs, { recursive: true });
  } catch (e) {
    throw fsError(e, "file.writeFailed", { file: abs, written: "" });
  }
}
