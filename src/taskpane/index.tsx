import * as React from "react";
import { createRoot } from "react-dom/client";
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { officeHost } from "../adapters/office/officeHost";
import { App } from "./App";
import { languageOf } from "./text/strings";

/** How long Office may take to say it is ready before the page says it is not, and offers the file mode. */
const OFFICE_READY_TIMEOUT_MS = 6000;

/** Follow Office's theme: a dark body background means a dark pane. */
function officeTheme(): Theme {
  const bg = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return webLightTheme;
  const n = parseInt(bg.replace("#", ""), 16);
  const luminance = (0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}

/** Outside Excel the same pane works on a file chosen in the browser; its code loads only then. */
const FileModeApp = React.lazy(() => import(/* webpackChunkName: "file-mode" */ "./FileMode"));
/** Office not ready (rare): its message loads only then. */
const NotReady = React.lazy(() => import(/* webpackChunkName: "not-ready" */ "./components/NotReady"));

const root = createRoot(document.getElementById("root")!);
const browserLang = () => languageOf(navigator.language);

function renderExcel(): void {
  root.render(<App host={officeHost} theme={officeTheme()} initialLang={languageOf(Office.context.displayLanguage)} />);
}

function renderFileMode(): void {
  root.render(
    <React.Suspense fallback={null}>
      <FileModeApp theme={webLightTheme} initialLang={browserLang()} />
    </React.Suspense>,
  );
}

// office.js may be missing (no network to its CDN), report no host (a plain browser tab), or load
// without the files it loads next (a proxy that lets one file through) and never say it is ready:
// then, after a few seconds, the page says so and offers the file mode — never a blank pane.
if (typeof Office === "undefined") renderFileMode();
else {
  let ready = false;
  const timer = setTimeout(() => {
    if (!ready)
      root.render(
        <React.Suspense fallback={null}>
          <NotReady lang={browserLang()} onFileMode={renderFileMode} />
        </React.Suspense>,
      );
  }, OFFICE_READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    ready = true;
    clearTimeout(timer);
    if (info.host === Office.HostType.Excel) renderExcel();
    else renderFileMode();
  });
}
