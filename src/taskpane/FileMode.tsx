import * as React from "react";
import { Button, Text, Theme, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { Lang } from "../core/i18n/messages";
import { downloadBytes } from "../adapters/browser/download";
import { ChosenFile, fileHost, outputName } from "../adapters/browser/fileHost";
import { App } from "./App";
import type { Strings } from "./strings";

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
});

function FilePicker({ t, onFile, chosen }: { t: Strings; onFile: (f: File) => void; chosen: string | null }) {
  const styles = useStyles();
  const [dragging, setDragging] = React.useState(false);
  const id = React.useId();
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
        const f = e.dataTransfer.files[0];
        if (f) onFile(f);
      }}
    >
      <Text size={200}>{t.fileMode}</Text>
      <label htmlFor={id}>
        <Text weight="semibold">{t.chooseFile}</Text>
      </label>
      <input
        id={id}
        type="file"
        accept=".xlsx,.xlsm,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
        }}
      />
      <Text id={`${id}-hint`} size={200}>
        {chosen ? t.chosen(chosen) : t.dropHere}
      </Text>
    </div>
  );
}

/** The pane as a plain web page: choose an .xlsx file, analyse it here, download the result. */
export function FileModeApp({ theme, initialLang }: { theme: Theme; initialLang: Lang }) {
  const [file, setFile] = React.useState<ChosenFile | null>(null);
  const [output, setOutput] = React.useState<{ bytes: Uint8Array; extension: ".xlsx" | ".xlsm" } | null>(null);
  const host = React.useMemo(() => fileHost(file, (bytes, extension) => setOutput({ bytes, extension })), [file]);
  const choose = async (f: File) => {
    setOutput(null);
    setFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  };
  return (
    <App
      host={host}
      theme={theme}
      initialLang={initialLang}
      analyzeDisabled={!file}
      before={(t) => <FilePicker t={t} onFile={(f) => void choose(f)} chosen={file?.name ?? null} />}
      actions={(t) =>
        output && file ? (
          <Button
            onClick={() =>
              downloadBytes(
                output.bytes,
                outputName(file.name, output.extension),
                output.extension === ".xlsm" ? "xlsm" : "xlsx",
              )
            }
            title={t.downloadHint(outputName(file.name, output.extension))}
          >
            {t.download}
          </Button>
        ) : null
      }
    />
  );
}

export default FileModeApp;
