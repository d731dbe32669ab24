import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/messages";
import type { Notice } from "../workflow/useAnalysis";
import type { Strings } from "../text/strings";

/** What the last action said, as message bars: loaded with the first message, not with the pane. */
export default function Notices({ t, lang, notices }: { t: Strings; lang: Lang; notices: Notice[] }) {
  return (
    <>
      {notices.map((n, i) => (
        <MessageBar key={i} intent={n.intent}>
          <MessageBarBody>
            {n.title && <MessageBarTitle>{n.title(t)}</MessageBarTitle>}
            {n.text(t, lang)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
