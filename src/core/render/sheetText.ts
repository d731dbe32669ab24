import { Lang } from "../i18n/messages";

/** "the agency" → "The agency": an English sentence may begin with the agency. */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Fixed wording of the generated sheets and the document. Thai is the default; English on request. */
export const SHEET_TEXT = {
  th: {
    // The measures document: its title block and the sentences that name the agency.
    agencyDefault: "หน่วยงาน",
    docTitle: "มาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    docOf: (agency: string) => `ของ${agency}`,
    docFiscalYear: (fy: string) => `ประจำปีงบประมาณ พ.ศ. ${fy}`,
    partTitle: (n: string, what: string, agency: string | null, year: string | null) =>
      `ส่วนที่ ${n} ${what}${agency ? ` ของ${agency}` : ""}${year ? ` ประจำปีงบประมาณ พ.ศ. ${year}` : ""}`,
    part1:
      "ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)",
    part2:
      "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)",
    part3: "การนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ",
    part4: "การติดตามและประเมินผล",
    lead: (agency: string, score: string, result: string, target: string, change: string) =>
      `${agency} ได้ผลคะแนนการประเมิน ITA ${score} คะแนน อยู่ในระดับ “${result}” ตามที่สำนักงาน ป.ป.ช. กำหนด (${target} คะแนน)${change} โดยมีรายละเอียดผลการประเมินรายเครื่องมือและตัวชี้วัด ดังนี้`,
    close: (agency: string) =>
      `ซึ่ง${agency}ได้วิเคราะห์ผลการดำเนินงานในรายประเด็นและกำหนดมาตรการในการปรับปรุงกระบวนการทำงาน เพื่อให้การดำเนินงานและการให้บริการมีประสิทธิภาพยิ่งขึ้น และยกระดับผลคะแนนการประเมิน ITA ในปีงบประมาณถัดไปให้ผ่านค่าเป้าหมายที่กำหนด`,
    intro: (agency: string, year: string | null, n: string) =>
      `${agency} ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)${year ? ` ประจำปีงบประมาณ พ.ศ. ${year}` : ""} เพื่อประโยชน์ในการพัฒนาปรับปรุงการปฏิบัติงาน และเพื่อยกระดับผลคะแนนการประเมินในปีงบประมาณถัดไปให้ดียิ่งขึ้น โดยแบ่งการวิเคราะห์ออกเป็น ${n} ประเด็น ดังนี้`,
    relatedEnd: " ซึ่งมีผลการประเมิน ดังนี้",
    observationLead: (subject: string) => `เมื่อพิจารณาผลคะแนนที่เกี่ยวกับ${subject} พบว่า `,
    respondentsOf: (who: string, agency: string | null) => `${who}${agency ? `ของ${agency} ` : ""}บางราย`,
    view: "เห็นว่า ",
    and: " และ",
    websiteGap: (agency: string, items: string) => `การเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของ${agency}ยังไม่ครบถ้วนในเรื่อง${items}`,
    itemObservation: (wording: string) => `ให้คะแนนข้อ “${wording}” ต่ำกว่าค่าเป้าหมาย`,
    followupIntro: (agency: string, fy: string) =>
      `${agency} มีแนวทางการติดตามและประเมินผลการดำเนินงานตามมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy} ดังนี้`,
    followupLead1: (unit: string) => `${unit} เป็นหน่วยหลักในการติดตามความก้าวหน้าและประเมินผลการดำเนินงานตามมาตรการฯ`,
    followupLead2: (half: string, full: string, agency: string) =>
      `มีการรายงานผลการดำเนินงาน รอบ 6 เดือน (ถึง ${half}) และรอบ 12 เดือน (ถึง ${full}) เพื่อกำกับติดตามและประเมินผลการดำเนินการด้านการส่งเสริมคุณธรรมและความโปร่งใสในภาพรวมของ${agency}`,
    followupLead3: (agency: string) =>
      `รายงานผลการดำเนินงานเสนอผู้บริหารสูงสุดของ${agency}เพื่อทราบ และเผยแพร่บนเว็บไซต์ของ${agency}`,
    monitoringDefault: "หน่วยงานที่รับผิดชอบการติดตามและประเมินผล",
    preparedBy: (unit: string) => `จัดทำโดย ${unit}`,
    checksTitle: "การตรวจสอบความสอดคล้องของคะแนน (ไม่พิมพ์)",
    checksNone: "คะแนนที่รายงานทุกระดับตรงกับคะแนนที่คำนวณจากระดับย่อย",
    chartAlt: (items: string) => `แผนภูมิแท่งคะแนนรายตัวชี้วัด ${items}`,
    trackingTitle: "ตารางบันทึกผลการติดตาม (สำหรับผู้ติดตาม ไม่พิมพ์)",
    summarySheet: "สรุปผล ITA",
    followupSheet: "ติดตามผล",
    summaryTitle: (year: string | null) =>
      `ส่วนที่ 1 ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)${year ? ` ประจำปีงบประมาณ พ.ศ. ${year}` : ""}`,
    summaryLead: (score: string, result: string, target: string, change: string) =>
      `หน่วยงานได้ผลคะแนนการประเมิน ITA ${score} คะแนน อยู่ในระดับ “${result}” ตามที่สำนักงาน ป.ป.ช. กำหนด (${target} คะแนน)${change} โดยมีรายละเอียดผลการประเมินรายเครื่องมือและตัวชี้วัด ดังนี้`,
    resultPassed: "ผ่านค่าเป้าหมาย",
    resultFailed: "ไม่ผ่านค่าเป้าหมาย",
    changeSentence: (up: boolean, points: string) =>
      ` เมื่อเปรียบเทียบกับผลคะแนนปีที่ผ่านมา${up ? "เพิ่มขึ้น" : "ลดลง"} ${points} คะแนน`,
    unchanged: " เมื่อเปรียบเทียบกับผลคะแนนปีที่ผ่านมาเท่าเดิม",
    change: (up: boolean, points: string) => `${up ? "เพิ่มขึ้น" : "ลดลง"} ${points}`,
    scoreCard: ["คะแนน ITA", "ค่าเป้าหมาย", "ผลการประเมิน", "ปีที่ผ่านมา", "ผลต่าง"],
    byTool: "ผลการประเมินรายเครื่องมือ",
    toolHeader: ["เครื่องมือ", "ชื่อเครื่องมือ", "คะแนน", "คะแนนที่คำนวณได้", "น้ำหนัก"],
    byIndicator: "ผลการประเมินรายตัวชี้วัด",
    indicatorHeader: ["ตัวชี้วัด", "ชื่อตัวชี้วัด", "คะแนน", "ค่าเป้าหมาย", "ปีที่ผ่านมา", "ผลต่าง"],
    indicatorLabel: (n: string) => `ตัวชี้วัดที่ ${n}`,
    lowIndicators: (n: string, target: string) =>
      `จากผลคะแนน พบว่า มีตัวชี้วัดจำนวน ${n} ตัวชี้วัด ที่มีค่าคะแนนน้อย (ไม่ถึง ${target} คะแนน) ดังนี้`,
    noLowIndicators: (target: string) => `จากผลคะแนน พบว่า ทุกตัวชี้วัดได้คะแนนไม่น้อยกว่า ${target} คะแนน`,
    summaryClose:
      "ซึ่งหน่วยงานได้วิเคราะห์ผลการดำเนินงานในรายประเด็นและกำหนดมาตรการในการปรับปรุงกระบวนการทำงาน เพื่อให้การดำเนินงานและการให้บริการของหน่วยงานมีประสิทธิภาพยิ่งขึ้น และยกระดับผลคะแนนการประเมิน ITA ในปีงบประมาณถัดไปให้ผ่านค่าเป้าหมายที่กำหนด",
    chartTitle: (target: string) => `คะแนนรายตัวชี้วัดเทียบกับค่าเป้าหมาย ${target} คะแนน`,
    chartScore: "คะแนน",
    chartTarget: "ค่าเป้าหมาย",
    followupTitle: "ส่วนที่ 4 การติดตามและประเมินผล",
    followupLead: (fy: string, half: string, full: string) =>
      `การติดตามและประเมินผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy} มีการรายงานผลการดำเนินงาน รอบ 6 เดือน (ถึง ${half}) และรอบ 12 เดือน (ถึง ${full})`,
    monitoringUnit: "หน่วยหลักในการติดตามความก้าวหน้าและประเมินผล",
    rollup: ["จำนวนมาตรการ", "แล้วเสร็จ รอบ 6 เดือน", "แล้วเสร็จ รอบ 12 เดือน", "ความก้าวหน้าเฉลี่ย"],
    until: (date: string) => `(ถึง ${date})`,
    statuses: ["ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"],
    statusPrompt: { title: "สถานะ", message: "เลือกสถานะการดำเนินงาน" },
    analysisSheet: "วิเคราะห์ผล ITA",
    planSheet: "แผนมาตรการ",
    unitsSheet: "หน่วยงาน",
    frameworkSheet: "กรอบการประเมิน",
    frameworkTitle: (label: string) => `กรอบการประเมินที่ใช้อ่านผลคะแนน: ${label}`,
    frameworkNote:
      "รายการข้อคำถามที่ใช้ในการวิเคราะห์ แก้ไขข้อความหรือประเด็น (ช่องสีเหลือง) หรือเพิ่มข้อได้ในแถวว่างด้านล่าง แล้วกด “วิเคราะห์” อีกครั้ง โปรแกรมจะอ่านชีตนี้และใช้ตามที่แก้ไข ข้อที่มีที่มา “อนุมาน” หรือ “อ่านจากสมุดงาน” ควรตรวจสอบกับประกาศของสำนักงาน ป.ป.ช.",
    analysisTitle: (year: string | null) =>
      `ส่วนที่ 2 การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)${year ? ` ประจำปีงบประมาณ พ.ศ. ${year}` : ""}`,
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
    planNone: "ไม่มีประเด็นที่ได้คะแนนต่ำกว่าค่าเป้าหมาย จึงไม่มีมาตรการที่ต้องเพิ่มเติม",
    period: (from: string, to: string) => `${from} ถึง ${to}`,
    ownerPrompt: { title: "ผู้รับผิดชอบ", message: "เลือกหน่วยงานจากรายการ หรือพิมพ์ชื่อหน่วยงาน" },
    unitsTitle: "หน่วยงานผู้รับผิดชอบมาตรการ",
    unitsNote:
      "พิมพ์ชื่อหน่วยงานของท่านในคอลัมน์ “ชื่อหน่วยงาน” แทนข้อความในวงเล็บ ชื่อที่พิมพ์จะปรากฏในแผนมาตรการและในรายการให้เลือก เพิ่มหน่วยงานอื่นได้ในแถวว่างด้านล่าง",
  },
  en: {
    agencyDefault: "the agency",
    docTitle: "Measures to promote integrity and transparency within the agency",
    docOf: (agency: string) => agency,
    docFiscalYear: (fy: string) => `Fiscal year ${fy}`,
    partTitle: (n: string, what: string, agency: string | null, year: string | null) =>
      `Part ${n}: ${what}${agency ? `, ${agency}` : ""}${year ? `, fiscal year ${year}` : ""}`,
    part1: "Integrity and Transparency Assessment (ITA) results",
    part2: "Analysis of the Integrity and Transparency Assessment (ITA) results",
    part3: "Putting the analysis of each issue into practice",
    part4: "Monitoring and evaluation",
    lead: (agency: string, score: string, result: string, target: string, change: string) =>
      `${cap(agency)} scored ${score} in the ITA, “${result}” against the NACC target of ${target}.${change} The results by tool and by indicator follow.`,
    close: (agency: string) =>
      `${cap(agency)} has analysed its results issue by issue and set measures to improve its work processes, so that its work and services become more effective and its ITA score meets the target in the next fiscal year.`,
    intro: (agency: string, year: string | null, n: string) =>
      `${cap(agency)} analysed its ITA results${year ? ` of fiscal year ${year}` : ""} to improve its work and to raise its score in the next fiscal year. The analysis is divided into ${n} issues:`,
    relatedEnd: ", with these results:",
    observationLead: (subject: string) => `On ${subject}: `,
    respondentsOf: (who: string, agency: string | null) => `some ${who}${agency ? ` of ${agency}` : ""}`,
    view: "feel that ",
    and: "; and ",
    websiteGap: (agency: string, items: string) => `the website of ${agency} does not yet publish in full ${items}`,
    itemObservation: (wording: string) => `rated “${wording}” below the target`,
    followupIntro: (agency: string, fy: string) =>
      `${cap(agency)} monitors and evaluates its measures to promote integrity and transparency, fiscal year ${fy}, as follows:`,
    followupLead1: (unit: string) => `${unit} leads the monitoring of progress and the evaluation of the measures.`,
    followupLead2: (half: string, full: string, agency: string) =>
      `Progress is reported at 6 months (to ${half}) and 12 months (to ${full}), to monitor and evaluate the promotion of integrity and transparency across ${agency}.`,
    followupLead3: (agency: string) =>
      `The results are reported to the head of ${agency} and published on ${agency}'s website.`,
    monitoringDefault: "The unit responsible for monitoring and evaluation",
    preparedBy: (unit: string) => `Prepared by ${unit}`,
    checksTitle: "Consistency of the scores (not printed)",
    checksNone: "Every reported score agrees with the one computed from the level below.",
    chartAlt: (items: string) => `Column chart of the indicator scores: ${items}`,
    trackingTitle: "Follow-up record (for the monitoring unit; not printed)",
    summarySheet: "ITA Summary",
    followupSheet: "Follow-up",
    summaryTitle: (year: string | null) =>
      `Part 1: Integrity and Transparency Assessment (ITA) results${year ? `, fiscal year ${year}` : ""}`,
    summaryLead: (score: string, result: string, target: string, change: string) =>
      `The agency scored ${score} in the ITA, “${result}” against the NACC target of ${target}.${change} The results by tool and by indicator follow.`,
    resultPassed: "meets the target",
    resultFailed: "below the target",
    changeSentence: (up: boolean, points: string) =>
      ` Compared with last year the score ${up ? "rose" : "fell"} by ${points} points.`,
    unchanged: " The score is the same as last year's.",
    change: (up: boolean, points: string) => `${up ? "+" : "−"}${points}`,
    scoreCard: ["ITA score", "Target", "Result", "Last year", "Change"],
    byTool: "Results by tool",
    toolHeader: ["Tool", "Tool name", "Score", "Computed", "Weight"],
    byIndicator: "Results by indicator",
    indicatorHeader: ["Indicator", "Name", "Score", "Target", "Last year", "Change"],
    indicatorLabel: (n: string) => `Indicator ${n}`,
    lowIndicators: (n: string, target: string) => `${n} indicator(s) scored below the target (${target}):`,
    noLowIndicators: (target: string) => `Every indicator scored ${target} or more.`,
    summaryClose:
      "The agency has analysed its results issue by issue and set measures to improve its work processes, so that its work and services become more effective and its ITA score meets the target in the next fiscal year.",
    chartTitle: (target: string) => `Indicator scores against the target (${target})`,
    chartScore: "Score",
    chartTarget: "Target",
    followupTitle: "Part 4: Monitoring and evaluation",
    followupLead: (fy: string, half: string, full: string) =>
      `Progress on the measures to promote integrity and transparency, fiscal year ${fy}, is reported at 6 months (to ${half}) and 12 months (to ${full}).`,
    monitoringUnit: "Unit leading the monitoring and evaluation",
    rollup: ["Measures", "Completed at 6 months", "Completed at 12 months", "Average progress"],
    until: (date: string) => `(to ${date})`,
    statuses: ["Completed", "In progress", "Not started"],
    statusPrompt: { title: "Status", message: "Pick the status of the work." },
    analysisSheet: "ITA Analysis",
    planSheet: "Measure Plan",
    unitsSheet: "Units",
    frameworkSheet: "Framework",
    frameworkTitle: (label: string) => `The framework the scores were read against: ${label}`,
    frameworkNote:
      "The items used in the analysis. Correct an item's wording or issues (yellow cells), or add items in the empty rows below, then click Analyze again: the sheet is read back and followed. Check items marked inferred or read from the workbook against NACC's published criteria.",
    analysisTitle: (year: string | null) =>
      `Part 2: Analysis of the Integrity and Transparency Assessment (ITA)${year ? `, fiscal year ${year}` : ""}`,
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
    planNone: "No issue scored below the target, so no additional measure is needed.",
    period: (from: string, to: string) => `${from} to ${to}`,
    ownerPrompt: { title: "Owner", message: "Pick a unit from the list, or type unit names." },
    unitsTitle: "Units responsible for the measures",
    unitsNote:
      "Type your own unit names in the “Unit name” column in place of the bracketed text. The names appear in the measure plan and in its drop-down list. Add other units in the empty rows below.",
  },
} satisfies Record<Lang, unknown>;
