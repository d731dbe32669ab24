/**
 * A workbook of our own (a batch's roll-up): an empty package — content types, relationships,
 * a workbook with no sheets yet, the default styles — into which the plan's sheets are written the
 * way the analysis writes its sheets into a user's workbook.
 */
import { WorkbookPlan } from "../../../core/render/model";
import { writeAnalysedPackage } from "./editPackage";
import { readPackageInfo } from "./readPackage";
import { EMPTY_STYLESHEET } from "./styles";
import { utf8 } from "./xml";
import { readZip, writeZip } from "./zip";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const EMPTY_PACKAGE: Array<[string, string]> = [
  [
    "[Content_Types].xml",
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      "</Types>",
  ],
  [
    "_rels/.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    "xl/workbook.xml",
    `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
      '<bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>',
  ],
  [
    "xl/_rels/workbook.xml.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  ],
  ["xl/styles.xml", EMPTY_STYLESHEET],
];

/** A new workbook holding the plan's sheets, as .xlsx bytes. */
export function newWorkbook(plan: WorkbookPlan): Uint8Array {
  const empty = writeZip(EMPTY_PACKAGE.map(([name, text]) => ({ name, data: utf8(text) })));
  return writeAnalysedPackage(readPackageInfo(readZip(empty)), plan);
}
