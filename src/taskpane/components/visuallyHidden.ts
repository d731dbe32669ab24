import type { GriffelStyle } from "@fluentui/react-components";

/** Said to screen readers, not shown: kept in the page, one pixel wide, clipped. */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};
