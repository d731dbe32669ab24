import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  panel: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface FoldProps {
  /** The heading's id: the section is labelled by it. */
  id: string;
  title: React.ReactNode;
  open?: boolean;
  level?: 3 | 4;
  children: React.ReactNode;
}

/**
 * A section of the results the analyst can fold away (the results are long): its heading is the
 * fold's button. Open at first unless said otherwise; folded, its content is not in the page.
 */
export function Fold({ id, title, open = true, level = 3, children }: FoldProps) {
  const styles = useStyles();
  return (
    <section className={styles.group} aria-labelledby={id}>
      <Accordion collapsible defaultOpenItems={open ? [id] : []}>
        <AccordionItem value={id}>
          <AccordionHeader as={level === 3 ? "h3" : "h4"} id={id} className={level === 3 ? styles.h3 : styles.h4}>
            {title}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
