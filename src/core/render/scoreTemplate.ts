import { Framework } from "../framework/types";
import { Lang } from "../i18n/messages";
import { SheetPlan } from "./model";
import { STYLES } from "./styles";
import { SheetBuilder } from "./sheetBuilder";

const TEXT = {
  th: {
    sheet: (y: number | string) => `คะแนน ITA ${y}`,
    title: (y: number | string) => `ผลคะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${y}`,
    note: "กรอกคะแนนในช่องสีเหลือง (ตามผลจากระบบ ITAS) แล้วกด “วิเคราะห์” — ปล่อยว่างได้หากไม่มีคะแนน",
    overall: "ผลคะแนน ITA",
    indicatorHeader: ["เครื่องมือ", "ตัวชี้วัด", "คะแนน"],
    total: (tool: string) => `ผลรวมคะแนน ${tool}`,
    itemHeader: ["ข้อ", "คำถาม", "คะแนน"],
    dualHeader: ["ข้อ", "คำถาม", "EIT Public", "EIT Survey"],
    heading: (n: number, name: string) => `ตัวชี้วัดที่ ${n} ${name}`,
  },
  en: {
    sheet: (y: number | string) => `ITA ${y} scores`,
    title: (y: number | string) => `ITA results, fiscal year ${y}`,
    note: "Type the scores into the yellow cells (from the ITA results system), then click Analyze. Leave a cell empty when there is no score.",
    overall: "ITA score",
    indicatorHeader: ["Tool", "Indicator", "Score"],
    total: (tool: string) => `${tool} total`,
    itemHeader: ["Code", "Question", "Score"],
    dualHeader: ["Code", "Question", "EIT Public", "EIT Survey"],
    heading: (n: number, name: string) => `Indicator ${n}: ${name}`,
  },
};

/** An empty, correctly laid-out score sheet for a year, for an analyst who starts from nothing. */
export function scoreTemplate(framework: Framework, lang: Lang): SheetPlan {
  const T = TEXT[lang];
  const b = new SheetBuilder(
    "template",
    T.sheet(framework.year ?? ""),
    [36, 60, 12, 12],
    { lang, thaiDigits: false },
    STYLES,
  );
  b.paragraph(T.title(framework.year ?? ""), "title");
  b.paragraph(T.note, "note");
  b.blank();
  let r = b.row++;
  b.text(r, 0, T.overall, "subtitle");
  b.text(r, 1, "", "scoreInput");
  b.blank();
  b.headerRow(T.indicatorHeader, "th");
  for (const tool of framework.tools) {
    const own = framework.indicators.filter((d) => d.tool === tool.id);
    own.forEach((d, i) => {
      r = b.row++;
      b.text(r, 0, i === 0 ? `${tool[lang]} (${tool.id})` : "", "td");
      b.text(r, 1, T.heading(d.number, d[lang]), "td");
      b.text(r, 2, "", "scoreInput");
    });
    r = b.row++;
    b.text(r, 0, "", "td");
    b.text(r, 1, T.total(tool.id), "th");
    b.text(r, 2, "", "scoreInput");
  }
  for (const d of framework.indicators) {
    b.blank();
    const dual = framework.tools.find((t) => t.id === d.tool)!.scoring === "dual";
    b.headerRow(dual ? T.dualHeader : T.itemHeader, "th");
    r = b.row++;
    b.text(r, 0, T.heading(d.number, d[lang]), "subtitle");
    for (const it of framework.items.filter((i) => i.indicator === d.number)) {
      r = b.row++;
      b.text(r, 0, it.code, "tdCenter");
      b.text(r, 1, it[lang], "td");
      b.text(r, 2, "", "scoreInput");
      if (dual) b.text(r, 3, "", "scoreInput");
    }
  }
  return b.build({ freeze: { rows: 1, cols: 0 }, print: { orientation: "landscape" } });
}
