import * as React from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/messages";
import { STRINGS, withPart } from "../text/strings";
import { NOT_READY_TEXT } from "../text/notReadyStrings";

/**
 * Shown when office.js loaded but Office never said it was ready: the pane says so, in both
 * languages (the one Office would have told us is unknown), and offers the file mode or a reload.
 */
export default function NotReady({ lang, onFileMode }: { lang: Lang; onFileMode: () => void }) {
  const t = withPart(STRINGS[lang], NOT_READY_TEXT);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main style={{ padding: 16 }}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.officeNotReady}</MessageBarTitle>
            {t.officeNotReadyHelp}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={onFileMode}>
              {t.useFileMode}
            </Button>
            <Button onClick={() => window.location.reload()}>{t.reload}</Button>
          </MessageBarActions>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
