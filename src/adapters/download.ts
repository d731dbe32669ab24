const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  zip: "application/zip",
} as const;

/** The kinds of file the tool offers for download. */
export type FileType = keyof typeof MIME;

/** Save bytes as a file through the browser's download: nothing leaves the computer. */
export function downloadBytes(bytes: Uint8Array, name: string, type: FileType): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: MIME[type] }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; the URL is let go a minute later, when it has surely finished.
  // (Under Node — the tests — the timer must not keep the process alive a minute: it is unref'd.)
  const timer: unknown = setTimeout(() => URL.revokeObjectURL(url), 60_000);
  (timer as { unref?: () => void }).unref?.();
}
