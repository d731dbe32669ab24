/**
 * The chart of the summary sheet as DrawingML: a chart part and the drawing that anchors it to
 * the sheet. Each series carries its cached values, so any reader draws the chart without
 * recalculating.
 */
import { CellContent, ChartPlan, RangePlan, SheetPlan } from "../../../core/render/model";
import { absoluteRef } from "../../../core/read/grid";
import { escapeXml } from "./xml";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const FONT = "TH Sarabun New";

const esc = escapeXml;

function absRef(sheet: string, r: RangePlan): string {
  return absoluteRef(sheet, r.top, r.left, r.bottom, r.right);
}

function cellsIn(sheet: SheetPlan, r: RangePlan): Array<CellContent | undefined> {
  const at = new Map(sheet.cells.map((c) => [`${c.row}:${c.col}`, c.content]));
  const out: Array<CellContent | undefined> = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(at.get(`${row}:${col}`));
  return out;
}

function strCache(sheet: SheetPlan, r: RangePlan): string {
  const vals = cellsIn(sheet, r).map((c) => (c && "text" in c ? c.text : c && "number" in c ? String(c.number) : ""));
  return `<c:strCache><c:ptCount val="${vals.length}"/>${vals.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join("")}</c:strCache>`;
}

function numCache(sheet: SheetPlan, r: RangePlan): string {
  const vals = cellsIn(sheet, r);
  const pts = vals.map((c, i) => (c && "number" in c ? `<c:pt idx="${i}"><c:v>${c.number}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val="${vals.length}"/>${pts}</c:numCache>`;
}

function rich(text: string, size: number, bold: boolean): string {
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:defRPr></a:pPr><a:r><a:rPr lang="th-TH" sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:rPr><a:t>${esc(text)}</a:t></a:r></a:p></c:rich>`;
}

function textProps(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`;
}

/** The chart part: the columns series as a clustered column chart, the line series (the target) over it. */
export function chartXml(sheet: SheetPlan, chart: ChartPlan): string {
  const cat = `<c:cat><c:strRef><c:f>${esc(absRef(sheet.name, chart.categories))}</c:f>${strCache(sheet, chart.categories)}</c:strRef></c:cat>`;
  const val = (r: RangePlan) =>
    `<c:val><c:numRef><c:f>${esc(absRef(sheet.name, r))}</c:f>${numCache(sheet, r)}</c:numRef></c:val>`;
  const columns = chart.series.filter((s) => s.type === "column");
  const lines = chart.series.filter((s) => s.type === "line");
  let idx = 0;
  const bars = columns
    .map((s) => {
      const i = idx++;
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:dLbls><c:numFmt formatCode="0.00" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(1000)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>${cat}${val(s.values)}</c:ser>`;
    })
    .join("");
  const lineSeries = lines
    .map((s) => {
      const i = idx++;
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx><c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>${cat}${val(s.values)}<c:smooth val="0"/></c:ser>`;
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${rich(chart.title, 1400, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars}<c:gapWidth val="80"/><c:axId val="500001"/><c:axId val="500002"/></c:barChart>` +
    (lineSeries
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lineSeries}<c:marker val="1"/><c:axId val="500001"/><c:axId val="500002"/></c:lineChart>`
      : "") +
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>${textProps(1100)}<c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/><c:max val="${chart.axisMax}"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/>${textProps(1100)}<c:crossAx val="500001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(1200)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing that anchors the sheet's charts to their cells; chart i is relationship "rId{i+1}" of the drawing. */
export function drawingXml(charts: ChartPlan[]): string {
  const anchors = charts
    .map(
      (c, i) =>
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${c.anchor.left}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.anchor.top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${c.anchor.right + 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.anchor.bottom + 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="ITA Analyzer chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`;
}

/** A relationships part. */
export function relsXml(items: Array<{ id: string; type: string; target: string }>): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`)
    .join("")}</Relationships>`;
}
