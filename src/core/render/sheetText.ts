import { Lang } from "../i18n/messages";

/** Fixed wording of the generated sheets. Thai is the default; English on request. */
export const SHEET_TEXT = {
  th: {
    analysisSheet: "วิเคราะห์ผล ITA",
    planSheet: "แผนมาตรการ",
    unitsSheet: "หน่วยงาน",
    analysisTitle: (year: string) =>
      `ส่วนที่ 2 การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. ${year}`,
    analysisIntro: (n: string) =>
      `หน่วยงานได้วิเคราะห์ผลการประเมิน ITA เพื่อประโยชน์ในการพัฒนาปรับปรุงการปฏิบัติงานของหน่วยงาน และเพื่อยกระดับผลคะแนนการประเมินในปีงบประมาณถัดไปให้ดียิ่งขึ้น โดยแบ่งการวิเคราะห์ออกเป็น ${n} ประเด็น ดังนี้`,
    issueHeading: (n: string, title: string) => `ประเด็นที่ (${n}) ${title}`,
    issueListItem: (n: string, title: string) => `(${n}) ${title}`,
    issueIntro: (subject: string, tools: string) => `วิเคราะห์การรับรู้เกี่ยวกับ${subject} ซึ่งสะท้อนผ่าน${tools} ดังนี้`,
    toolPhrase: (name: string, short: string) => `${name} (${short})`,
    relatedIndicator: (n: string, name: string, codes: string, score: string | null) =>
      `ตัวชี้วัดที่ ${n} ${name} ข้อ ${codes}${score ? ` (คะแนนตัวชี้วัด ${score})` : ""}`,
    tableHeader: ["ตัวชี้วัด", "ข้อ", "คำถาม", "คะแนน", "EIT Public", "EIT Survey", "ผลเทียบค่าเป้าหมาย"],
    indicatorTableHeader: ["ตัวชี้วัด", "เครื่องมือ", "ชื่อตัวชี้วัด", "คะแนน", "คะแนนที่คำนวณได้", "หมายเหตุ", "ผลเทียบค่าเป้าหมาย"],
    statusLow: (t: string) => `ต่ำกว่า ${t}`,
    statusOk: "ผ่านค่าเป้าหมาย",
    statusMissing: "ไม่พบคะแนน",
    recommendHeading: "เห็นควรดำเนินการ ดังนี้",
    lowLegend: (t: string) => `ค่าเป้าหมาย ${t} คะแนน · คะแนนที่ต่ำกว่าค่าเป้าหมายแสดงด้วยพื้นสีแดง`,
    planTitle: (fy: string) => `มาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy}`,
    planSubtitle: "ส่วนที่ 3 การนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ",
    planNote: "เลือกผู้รับผิดชอบจากรายการ (แก้ไขรายชื่อหน่วยงานได้ที่ชีต “หน่วยงาน”) หรือพิมพ์ได้หลายหน่วยงาน",
    planHeader: ["ประเด็น", "มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีการปฏิบัติ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"],
    planNone: "ไม่มีประเด็นที่ได้คะแนนต่ำกว่าค่าเป้าหมาย จึงไม่มีมาตรการที่ต้องเพิ่มเติม",
    period: (from: string, to: string) => `${from} ถึง ${to}`,
    ownerPrompt: { title: "ผู้รับผิดชอบ", message: "เลือกหน่วยงานจากรายการ หรือพิมพ์ชื่อหน่วยงาน" },
    unitsTitle: "หน่วยงานผู้รับผิดชอบมาตรการ",
    unitsNote: "พิมพ์ชื่อหน่วยงานของท่านในคอลัมน์ “ชื่อหน่วยงาน” แทนข้อความในวงเล็บ ชื่อที่พิมพ์จะปรากฏในแผนมาตรการและในรายการให้เลือก เพิ่มหน่วยงานอื่นได้ในแถวว่างด้านล่าง",
    unitsHeader: ["บทบาท", "ชื่อหน่วยงาน", "หน้าที่"],
  },
  en: {
    analysisSheet: "ITA Analysis",
    planSheet: "Measure Plan",
    unitsSheet: "Units",
    analysisTitle: (year: string) => `Part 2: Analysis of the Integrity and Transparency Assessment (ITA), fiscal year ${year}`,
    analysisIntro: (n: string) =>
      `The agency analysed its ITA results to improve its work and to raise its score in the next fiscal year. The analysis is divided into ${n} issues:`,
    issueHeading: (n: string, title: string) => `Issue (${n}) ${title}`,
    issueListItem: (n: string, title: string) => `(${n}) ${title}`,
    issueIntro: (subject: string, tools: string) => `Perceptions of ${subject}, as reflected in the ${tools}:`,
    toolPhrase: (name: string, short: string) => `${name} (${short})`,
    relatedIndicator: (n: string, name: string, codes: string, score: string | null) =>
      `Indicator ${n} ${name}, items ${codes}${score ? ` (indicator score ${score})` : ""}`,
    tableHeader: ["Indicator", "Item", "Question", "Score", "EIT Public", "EIT Survey", "Against target"],
    indicatorTableHeader: ["Indicator", "Tool", "Name", "Score", "Computed", "Note", "Against target"],
    statusLow: (t: string) => `Below ${t}`,
    statusOk: "Meets target",
    statusMissing: "No score",
    recommendHeading: "Recommended actions:",
    lowLegend: (t: string) => `Target ${t} · scores below the target are shown in red`,
    planTitle: (fy: string) => `Measures to promote integrity and transparency within the agency, fiscal year ${fy}`,
    planSubtitle: "Part 3: Putting the analysis of each issue into practice",
    planNote: "Pick the owner from the list (edit the unit names on the “Units” sheet), or type several units.",
    planHeader: ["Issue", "Measure / project / activity", "Steps", "Period", "Owner"],
    planNone: "No issue scored below the target, so no additional measure is needed.",
    period: (from: string, to: string) => `${from} to ${to}`,
    ownerPrompt: { title: "Owner", message: "Pick a unit from the list, or type unit names." },
    unitsTitle: "Units responsible for the measures",
    unitsNote: "Type your own unit names in the “Unit name” column in place of the bracketed text. The names appear in the measure plan and in its drop-down list. Add other units in the empty rows below.",
    unitsHeader: ["Role", "Unit name", "Responsibility"],
  },
} satisfies Record<Lang, unknown>;

export type SheetText = (typeof SHEET_TEXT)["th"];
