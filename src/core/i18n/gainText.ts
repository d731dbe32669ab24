/**
 * The words of the path to the target (`analyse/gain.ts`): how far the overall is from the target
 * or the next band, which measures — on which items — close the gap, and by about how many points.
 * Thai first; sentence templates only, the numbers come in as text already written.
 */
import type { Lang } from "./messages";

/** "the Office …" → "The Office …": an English sentence may begin with a phrase. */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const GAIN_TEXT = {
  th: {
    below: (score: string, target: string, gap: string) =>
      `คะแนนรวม ${score} คะแนน ยังต่ำกว่าค่าเป้าหมาย ${target} คะแนน อยู่ ${gap} คะแนน`,
    reached: (score: string, target: string) => `คะแนนรวม ${score} คะแนน ผ่านค่าเป้าหมาย ${target} คะแนนแล้ว`,
    /** What the band above asks, and what is still missing ("คะแนนรวม 0.50 คะแนน และ EIT 1.20 คะแนน"). */
    bandNeeds: (band: string, min: string, toolMin: string | null, missing: string) =>
      `ระดับ “${band}” ต้องได้คะแนนรวมไม่น้อยกว่า ${min} คะแนน${toolMin ? ` และทุกเครื่องมือไม่น้อยกว่า ${toolMin} คะแนน` : ""}${missing ? ` ซึ่งยังขาด${missing}` : ""}`,
    missingOverall: (gap: string) => `คะแนนรวม ${gap} คะแนน`,
    missingTool: (tool: string, gap: string | null) =>
      gap === null ? `คะแนน ${tool} (ไม่พบคะแนน)` : `คะแนน ${tool} ${gap} คะแนน`,
    /** "มาตรการที่ 4 “เผยแพร่ข้อมูล…” ในข้อ o30 และตัวชี้วัดที่ 4". */
    measure: (n: string, title: string, on: string) => `มาตรการที่ ${n} “${title}”${on ? ` ใน${on}` : ""}`,
    items: (codes: string, _many: boolean) => `ข้อ ${codes}`,
    indicators: (numbers: string, _many: boolean) => `ตัวชี้วัดที่ ${numbers}`,
    /** How far the scores are raised: a website item to full marks, the others to the target. */
    raiseFull: " จนได้คะแนนเต็ม",
    raiseTarget: (target: string) => ` จนได้ ${target} คะแนน`,
    raiseBoth: (target: string, tools: string) => ` จนได้ ${target} คะแนน (ข้อ ${tools} ได้คะแนนเต็ม)`,
    enough: (measures: string, raise: string, gain: string, goal: string) =>
      `หากดำเนิน${measures}${raise} จะเพิ่มคะแนนรวมได้ประมาณ ${gain} คะแนน ซึ่งเพียงพอ${goal}`,
    notEnough: (measures: string, raise: string, gain: string, goal: string) =>
      `แม้ดำเนิน${measures}${raise} ก็เพิ่มคะแนนรวมได้ประมาณ ${gain} คะแนน ซึ่งยังไม่เพียงพอ${goal}`,
    nothing: (goal: string) => `ยังไม่มีมาตรการที่คำนวณคะแนนที่จะเพิ่มได้ จึงยังไม่ทราบแนวทาง${goal}`,
    goalTarget: "ให้ผ่านค่าเป้าหมาย",
    goalBand: (band: string) => `ให้ได้ระดับ “${band}”`,
    /** The measures as a whole add more than the items named. */
    whole: (gain: string, _many: boolean) => `โดยหากดำเนินมาตรการดังกล่าวครบทุกข้อ จะเพิ่มคะแนนรวมได้ประมาณ ${gain} คะแนน`,
    inferred: (tools: string) => `(น้ำหนักของข้อ ${tools} คำนวณจากการจัดกลุ่มตัวชี้วัดย่อยที่อนุมานขึ้น ยังไม่ได้รับการยืนยัน)`,
    workbook: "(น้ำหนักคำนวณจากกรอบการประเมินที่อ่านจากสมุดงาน ยังไม่ได้รับการยืนยัน)",
    sentence: (parts: string[]) => parts.join(" "),
  },
  en: {
    below: (score: string, target: string, gap: string) =>
      `The overall score of ${score} is ${gap} points below the target of ${target}.`,
    reached: (score: string, target: string) => `The overall score of ${score} meets the target of ${target}.`,
    bandNeeds: (band: string, min: string, toolMin: string | null, missing: string) =>
      `The band “${band}” needs an overall score of at least ${min}${toolMin ? ` and every tool at ${toolMin} or more` : ""}${missing ? `; still missing: ${missing}` : ""}.`,
    missingOverall: (gap: string) => `${gap} points overall`,
    missingTool: (tool: string, gap: string | null) =>
      gap === null ? `${tool} (no score)` : `${gap} points of ${tool}`,
    measure: (n: string, title: string, on: string) => `measure ${n}, “${title}”${on ? `, on ${on}` : ""}`,
    items: (codes: string, many: boolean) => `item${many ? "s" : ""} ${codes}`,
    indicators: (numbers: string, many: boolean) => `indicator${many ? "s" : ""} ${numbers}`,
    raiseFull: ", raised to full marks,",
    raiseTarget: (target: string) => `, raised to ${target},`,
    raiseBoth: (target: string, tools: string) => `, raised to ${target} (${tools} items to full marks),`,
    enough: (measures: string, raise: string, gain: string, goal: string) =>
      `${cap(measures)}${raise} would add about ${gain} points to the overall score: enough ${goal}.`,
    notEnough: (measures: string, raise: string, gain: string, goal: string) =>
      `Even ${measures}${raise} would add only about ${gain} points to the overall score: not enough ${goal}.`,
    nothing: (goal: string) => `No measure's points could be worked out, so the way ${goal} is not known.`,
    goalTarget: "to meet the target",
    goalBand: (band: string) => `to reach “${band}”`,
    whole: (gain: string, many: boolean) =>
      `${many ? "Those measures" : "That measure"} in full would add about ${gain} points.`,
    inferred: (tools: string) =>
      `(The weights of ${tools} items rest on an inferred grouping of sub-indicators, not yet confirmed.)`,
    workbook: "(The weights rest on a framework read from the workbook, not yet confirmed.)",
    sentence: (parts: string[]) => parts.join(" "),
  },
} satisfies Record<Lang, unknown>;
