import * as React from "react";
import { Button, Text, Theme, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { Lang } from "../core/i18n/messages";
import { ChosenFile, WorkbookHost, readChosenFile } from "../adapters/host";
import { fileHost, outputName } from "../adapters/browser/fileHost";
import { BatchSource, batchSources } from "../adapters/browser/batch";
import { App } from "./App";
import { BatchView } from "./components/BatchView";
import { PaneStrings, withPart } from "./text/strings";
import { FILE_TEXT, FileText as Strings } from "./text/fileStrings";

/** The pane's strings with the file mode's own. */
const fileText = (t: PaneStrings): Strings => withPart(t, FILE_TEXT);

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusLarge),
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  // File inputs keep their own width; on a narrow pane they may not push the page sideways.
  input: { maxWidth: "100%" },
});

/** A file chosen, with its path below the folder it was found in (a folder chosen or dropped). */
type Picked = { file: File; path?: string };

/** The input takes a whole folder (every browser the pane runs in knows `webkitdirectory`). */
const FOLDER = { webkitdirectory: "", directory: "" } as unknown as React.InputHTMLAttributes<HTMLInputElement>;

/** What was dropped: the files, or every file of the folders dropped with its path below them. */
function dropped(dt: DataTransfer): Promise<Picked[]> {
  // The entries must be taken while the drop event lasts; reading the folders may come after.
  const entries = Array.from(dt.items ?? [], (i) => (i.kind === "file" ? i.webkitGetAsEntry?.() : null));
  const files = Array.from(dt.files);
  if (!entries.some((e) => e?.isDirectory)) return Promise.resolve(files.map((file) => ({ file })));
  const out: Picked[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ file, path: entry.fullPath });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // A folder's entries come a batch at a time, until an empty one.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (!batch.length) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  return (async () => {
    for (const entry of entries) if (entry) await walk(entry);
    return out;
  })();
}

function FilePicker({ t, onFiles, hint }: { t: Strings; onFiles: (files: Picked[]) => void; hint: string }) {
  const styles = useStyles();
  const [dragging, setDragging] = React.useState(false);
  const id = React.useId();
  const pick = (list: FileList | null) => {
    const files = Array.from(list ?? [], (file) => ({ file, path: file.webkitRelativePath || undefined }));
    if (files.length) onFiles(files);
  };
  return (
    <div
      className={`${styles.drop} ${dragging ? styles.dragging : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        dropped(e.dataTransfer).then(
          (files) => {
            if (files.length) onFiles(files);
          },
          (err) => console.error(err),
        );
      }}
    >
      <Text size={200}>{t.fileMode}</Text>
      <label htmlFor={id}>
        <Text weight="semibold">{t.chooseFile}</Text>
      </label>
      <input
        id={id}
        type="file"
        multiple
        className={styles.input}
        accept=".xlsx,.xlsm,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-hint`}
        onChange={(e) => pick(e.target.files)}
      />
      <label htmlFor={`${id}-folder`}>
        <Text size={200}>{t.chooseFolder}</Text>
      </label>
      <input
        id={`${id}-folder`}
        type="file"
        multiple
        className={styles.input}
        {...FOLDER}
        aria-describedby={`${id}-hint`}
        onChange={(e) => pick(e.target.files)}
      />
      <Text id={`${id}-hint`} size={200}>
        {hint}
      </Text>
    </div>
  );
}

/** "a.xlsx, b.xlsx, c.xlsx …": the first few of the files chosen. */
const preview = (names: string[]) => names.slice(0, 3).join(", ") + (names.length > 3 ? ", …" : "");

/**
 * The pane as a plain web page: choose an .xlsx file, analyse it here, download the result; or
 * choose several files (or a folder) and analyse every agency in them.
 */
export function FileModeApp({ theme, initialLang }: { theme: Theme; initialLang: Lang }) {
  const [file, setFile] = React.useState<ChosenFile | null>(null);
  const [output, setOutput] = React.useState<{ bytes: Uint8Array; extension: ".xlsx" | ".xlsm" } | null>(null);
  /** Several files chosen; each choice a new batch (`id`), so a batch's results go with its files. */
  const [batch, setBatch] = React.useState<{ id: number; files: BatchSource[] } | null>(null);
  const [noWorkbooks, setNoWorkbooks] = React.useState(false);
  const batches = React.useRef(0);
  const host = React.useMemo(() => fileHost(file, (bytes, extension) => setOutput({ bytes, extension })), [file]);
  const choose = async (picked: Picked[]) => {
    const files = batchSources(picked);
    setOutput(null);
    setNoWorkbooks(files.length === 0);
    if (files.length > 1) {
      setFile(null);
      setBatch({ id: ++batches.current, files });
      return;
    }
    setBatch(null);
    // One file: the pane as it has always been.
    const f = files[0]?.file;
    setFile(f ? await readChosenFile(f) : null);
  };
  const hint = (t: Strings) =>
    batch
      ? t.chosenMany(batch.files.length, preview(batch.files.map((f) => f.name)))
      : file
        ? t.chosen(file.name)
        : noWorkbooks
          ? t.noWorkbooks
          : t.dropHere;
  return (
    <App
      host={host}
      theme={theme}
      initialLang={initialLang}
      analyzeDisabled={!file}
      before={(t) => <FilePicker t={fileText(t)} onFiles={(f) => void choose(f)} hint={hint(fileText(t))} />}
      actions={(pane) =>
        output && file ? <DownloadButton t={fileText(pane)} file={file} output={output} host={host} /> : null
      }
      batch={
        batch
          ? (t, lang, settings) => (
              <BatchView key={batch.id} t={t} lang={lang} settings={settings} files={batch.files} host={host} />
            )
          : undefined
      }
    />
  );
}

/** The analysed workbook to download, named after the file chosen. */
function DownloadButton(props: {
  t: Strings;
  file: ChosenFile;
  output: { bytes: Uint8Array; extension: ".xlsx" | ".xlsm" };
  host: WorkbookHost;
}) {
  const { t, file, output, host } = props;
  const name = outputName(file.name, output.extension);
  return (
    <Button
      onClick={() => void host.saveFile(output.bytes, name, output.extension === ".xlsm" ? "xlsm" : "xlsx")}
      title={t.downloadHint(name)}
    >
      {t.download}
    </Button>
  );
}

export default FileModeApp;
