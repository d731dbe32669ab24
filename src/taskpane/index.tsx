import * as React from "react";
import { createRoot } from "react-dom/client";
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { officeHost } from "../adapters/office/officeHost";
import { App } from "./App";
import { languageOf } from "./strings";

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

function render(inExcel: boolean): void {
  const root = createRoot(document.getElementById("root")!);
  const lang = inExcel ? languageOf(Office.context.displayLanguage) : languageOf(navigator.language);
  root.render(
    inExcel ? (
      <App host={officeHost} theme={officeTheme()} initialLang={lang} />
    ) : (
      <React.Suspense fallback={null}>
        <FileModeApp theme={webLightTheme} initialLang={lang} />
      </React.Suspense>
    ),
  );
}

// office.js may be missing (no network to its CDN) or report no host (a plain browser tab).
if (typeof Office === "undefined") render(false);
else void Office.onReady((info) => render(info.host === Office.HostType.Excel));
