import * as React from "react";
import { createRoot } from "react-dom/client";
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { officeHost } from "../adapters/office/officeHost";
import { App } from "./App";
import { languageOf } from "./strings";

/** Follow Office's theme: a dark body background means a dark pane. */
function officeTheme(): Theme {
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return webLightTheme;
  const n = parseInt(bg.replace("#", ""), 16);
  const luminance = (0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}

Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  root.render(<App host={officeHost} theme={officeTheme()} initialLang={languageOf(Office.context.displayLanguage)} />);
});
