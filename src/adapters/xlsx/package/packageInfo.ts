/**
 * What a package holds, before any cell is read: its parts, the workbook's sheets in order with
 * their parts and kinds, the relationships, the content types.
 */
import { Attributes, parseSync } from "./packageXml";
import { relsPathOf, resolveTarget } from "./paths";
import { ZipEntry, ZipError } from "./zip";

export interface PackageSheet {
  name: string;
  sheetId: number;
  rId: string;
  /** The sheet's part, "xl/worksheets/sheet1.xml"; "" when its relationship is missing. */
  path: string;
  state: "visible" | "hidden" | "veryHidden";
  kind: "worksheet" | "chartsheet" | "other";
}

export interface PackageInfo {
  /** The zip's entries by name. */
  entries: Map<string, ZipEntry>;
  /** From _rels/.rels officeDocument (usually xl/workbook.xml). */
  workbookPath: string;
  /** From [Content_Types].xml (macro-enabled: application/vnd.ms-excel.sheet.macroEnabled.main+xml). */
  workbookContentType: string;
  /** Workbook order. */
  sheets: PackageSheet[];
  definedNames: Array<{ name: string; localSheetId: number | null; reference: string }>;
  date1904: boolean;
  /** The workbook's relationships, targets resolved to part names (external ones as written). */
  workbookRels: Relationship[];
  /** The shared strings and styles parts, from the workbook's relationships; null when absent. */
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface ReadOptions {
  /** Called as sheets are read: the bytes of XML (shared strings and worksheets) read so far, and in all. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Awaited now and then (every few MB) so a browser page can repaint; absent in Node. */
  pause?: () => Promise<void>;
  /** XML bytes read between two pauses (default 4 MB). */
  pauseEveryBytes?: number;
}

// =============================================================================================
// Package structure: parts, relationships, content types, workbook

/** A part by name: as stored, with a leading "/", or ignoring case (part names are case-insensitive). */
export function findPart(entries: Map<string, ZipEntry>, path: string): ZipEntry | undefined {
  const exact = entries.get(path) ?? entries.get(`/${path}`);
  if (exact || path === "") return exact;
  const lower = path.toLowerCase();
  for (const [name, e] of entries) if (name.replace(/^\//, "").toLowerCase() === lower) return e;
  return undefined;
}

/** The relationships of `part` ("" for the package), targets resolved; none when its rels part is absent. */
export function readRels(entries: Map<string, ZipEntry>, part: string): Relationship[] {
  const entry = findPart(entries, relsPathOf(part));
  const rels: Relationship[] = [];
  if (!entry) return rels;
  parseSync(entry, {
    open(name, a) {
      if (name !== "Relationship" || !a.Target) return;
      const external = a.TargetMode === "External";
      rels.push({
        id: a.Id ?? "",
        type: a.Type ?? "",
        target: external ? a.Target : resolveTarget(part, a.Target),
        external,
      });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** The content type of a part, from [Content_Types].xml's Override for it or Default for its extension. */
export function contentTypeOf(entries: Map<string, ZipEntry>, part: string): string {
  const entry = findPart(entries, "[Content_Types].xml");
  if (!entry) return "";
  const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  let override = "";
  let byExtension = "";
  parseSync(entry, {
    open(name, a) {
      if (name === "Override" && a.PartName?.replace(/^\//, "").toLowerCase() === part.toLowerCase())
        override = a.ContentType ?? "";
      if (name === "Default" && a.Extension?.toLowerCase() === extension) byExtension = a.ContentType ?? "";
    },
    close() {},
    text() {},
  });
  return override || byExtension;
}

const relType = (rel: Relationship | undefined, suffix: string) => rel?.type.endsWith(suffix) ?? false;

/** The workbook part, from the package's officeDocument relationship (else the usual place). */
export function workbookPartOf(entries: Map<string, ZipEntry>): string {
  const rel = readRels(entries, "").find((r) => !r.external && relType(r, "/officeDocument"));
  const path = rel?.target ?? "xl/workbook.xml";
  if (!findPart(entries, path)) throw new ZipError("damaged", "the package has no workbook part");
  return path;
}

/** A prefixed attribute by its local name, whatever the prefix ("r:id", "relationships:id"). */
export function prefixedAttribute(a: Attributes, local: string): string | undefined {
  for (const key in a) if (key.endsWith(`:${local}`)) return a[key];
  return undefined;
}

interface WorkbookXml {
  sheets: Array<{ name: string; sheetId: number; rId: string; state: PackageSheet["state"] }>;
  definedNames: PackageInfo["definedNames"];
  date1904: boolean;
}

export const isTrue = (v: string | undefined) => v === "1" || v === "true";

/** The sheets, defined names and date system of the workbook part. */
function readWorkbookXml(entry: ZipEntry): WorkbookXml {
  const out: WorkbookXml = { sheets: [], definedNames: [], date1904: false };
  let name: { name: string; localSheetId: number | null; reference: string } | null = null;
  parseSync(entry, {
    open(tag, a) {
      if (tag === "sheet") out.sheets.push(sheetOf(a));
      else if (tag === "workbookPr") out.date1904 = isTrue(a.date1904);
      else if (tag === "definedName") {
        const local = a.localSheetId === undefined ? NaN : parseInt(a.localSheetId, 10);
        name = { name: a.name ?? "", localSheetId: Number.isNaN(local) ? null : local, reference: "" };
      }
    },
    close(tag) {
      if (tag === "definedName" && name) out.definedNames.push(name);
      if (tag === "definedName") name = null;
    },
    text(t) {
      if (name) name.reference += t;
    },
  });
  return out;
}

function sheetOf(a: Attributes): WorkbookXml["sheets"][number] {
  const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
  return { name: a.name ?? "", sheetId: parseInt(a.sheetId ?? "", 10), rId: prefixedAttribute(a, "id") ?? "", state };
}

function sheetKind(rel: Relationship | undefined): PackageSheet["kind"] {
  if (relType(rel, "/worksheet")) return "worksheet";
  if (relType(rel, "/chartsheet")) return "chartsheet";
  return "other";
}

/** The package's structure: workbook part, sheets, defined names, date system. Small parts are parsed whole. */
export function readPackageInfo(entries: ZipEntry[]): PackageInfo {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbookPath = workbookPartOf(byName);
  const workbookRels = readRels(byName, workbookPath);
  const relById = new Map(workbookRels.map((r) => [r.id, r]));
  const wb = readWorkbookXml(findPart(byName, workbookPath)!);
  const sheets = wb.sheets.map((s): PackageSheet => {
    const rel = relById.get(s.rId);
    return { ...s, path: rel && !rel.external ? rel.target : "", kind: sheetKind(rel) };
  });
  const partOfType = (suffix: string) => workbookRels.find((r) => !r.external && relType(r, suffix))?.target ?? null;
  return {
    entries: byName,
    workbookPath,
    workbookContentType: contentTypeOf(byName, workbookPath),
    sheets,
    definedNames: wb.definedNames,
    date1904: wb.date1904,
    workbookRels,
    sharedStringsPath: partOfType("/sharedStrings"),
    stylesPath: partOfType("/styles"),
  };
}
