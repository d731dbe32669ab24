/**
 * The review's words — the disagreements the reconciliation finds, why a value is suggested, the
 * decisions — in Thai and English: sentence templates, one per kind of cause and of evidence.
 */
import type { Lang } from "./messages";

export const REVIEW_TEXT = {
  th: {
    title: "ตรวจทานก่อนลงนาม",
    sheet: "ตรวจทาน",
    sheetNote:
      "คะแนนต่อไปนี้ไม่ตรงกับคะแนนในระดับอื่น (รายข้อ ตัวชี้วัด เครื่องมือ หรือคะแนนรวม) เลือกในคอลัมน์ “การตัดสินใจ” ว่าจะใช้ค่าที่แนะนำหรือคงค่าตามที่พิมพ์ แล้วกดวิเคราะห์อีกครั้ง ค่าที่เลือกจะใช้ในชีตและเอกสารมาตรการ ส่วนค่าในชีตต้นฉบับไม่ถูกแก้ไข",
    subject: {
      indicator: (n: string) => `ตัวชี้วัดที่ ${n}`,
      tool: (tool: string) => `คะแนนรวม ${tool}`,
      overall: "คะแนนรวม ITA",
      items: (n: string) => `คะแนนรายข้อของตัวชี้วัดที่ ${n}`,
    },
    confidence: { high: "สูง", medium: "ปานกลาง", low: "ต่ำ" },
    slip: {
      neighbour: (typed: string, to: string) => `พิมพ์ไว้ ${typed} แต่น่าจะเป็น ${to} เพราะเลขที่ต่างกันอยู่ติดกันบนแป้นพิมพ์`,
      lookalike: (typed: string, to: string) => `พิมพ์ไว้ ${typed} แต่น่าจะเป็น ${to} เพราะเลขไทยที่ต่างกันมีรูปคล้ายกัน`,
      digit: (typed: string, to: string) => `พิมพ์ไว้ ${typed} แต่น่าจะเป็น ${to} ซึ่งต่างกันเพียงหนึ่งหลัก`,
      transposed: (typed: string, to: string) => `พิมพ์ไว้ ${typed} แต่น่าจะเป็น ${to} เพราะเลขสองหลักสลับที่กัน`,
      decimal: (typed: string, to: string) => `พิมพ์ไว้ ${typed} แต่น่าจะเป็น ${to} เพราะจุดทศนิยมเลื่อนไปหนึ่งตำแหน่ง`,
    },
    items: (v: string, exact: boolean, unverified: boolean) =>
      `คะแนนรายข้อคำนวณได้ ${v}${unverified ? " (วิธีคำนวณของปีนี้ยังไม่ได้รับการยืนยัน)" : ""} ${exact ? "ตรงกับ" : "ใกล้เคียงกับ"}ค่าที่แนะนำ`,
    tool: (tool: string, r: string) => `เมื่อใช้ค่าที่แนะนำ คะแนนรวม ${tool} ที่รายงานไว้ (${r}) จะตรงกัน`,
    toolKept: (tool: string, r: string) => `คะแนนตัวชี้วัดที่รายงานไว้สอดคล้องกับคะแนนรวม ${tool} (${r})`,
    overall: (r: string) => `เมื่อใช้ค่าที่แนะนำทุกค่า คะแนนรวม ITA ที่รายงานไว้ (${r}) จะตรงกัน`,
    copy: (codes: string, of: string, source: string, typed: string) =>
      `คะแนนรายข้อ ${codes} ซ้ำกับคะแนนรายข้อของตัวชี้วัดที่ ${of} (${source}) จึงน่าจะคัดลอกมาผิดชุด หากใช้ค่าที่แนะนำ จะไม่นำคะแนนรายข้อชุดนี้มาใช้ และใช้คะแนนตัวชี้วัด ${typed} ตามที่รายงานไว้`,
    previous: (v: string) => `ค่าที่พิมพ์ตรงกับคะแนนของปีที่ผ่านมา (${v}) จึงน่าจะเป็นคะแนนของปีก่อน`,
    below: (v: string) => `ระดับที่ต่ำกว่าให้ ${v}`,
    unexplained: "ไม่พบการพิมพ์ผิดของค่าเดียวที่อธิบายความต่างนี้ได้ กรุณาตรวจสอบกับผลที่สำนักงาน ป.ป.ช. แจ้ง",
    leaveItemsOut: "ไม่ใช้คะแนนรายข้อชุดนี้",
    /** Part 1 of the document, when numbers are still under review. */
    docUnderReview: (list: string) =>
      `คะแนนต่อไปนี้ยังอยู่ระหว่างตรวจทาน เนื่องจากไม่ตรงกับคะแนนในระดับอื่น ได้แก่ ${list} (รายละเอียดอยู่ในข้อคิดเห็นที่ตัวเลขแต่ละตัว)`,
    docComment: (why: string, suggested: string | null) =>
      `อยู่ระหว่างตรวจทาน: ${why}${suggested ? ` ค่าที่แนะนำ ${suggested}` : ""}`,
    docDerived: (what: string) => `อยู่ระหว่างตรวจทาน: คำนวณจาก${what} ซึ่งยังไม่ได้ตัดสินใจ`,
    commentAuthor: "ITA Analyzer",
  },
  en: {
    title: "Check before you sign",
    sheet: "Review",
    sheetNote:
      "These scores disagree with the scores at another level (items, indicators, tools or the overall score). Choose in the Decision column whether to use the suggested value or keep the value as typed, then analyse again. The values chosen are used in the sheets and the measures document; your own sheets are never changed.",
    subject: {
      indicator: (n: string) => `Indicator ${n}`,
      tool: (tool: string) => `${tool} total`,
      overall: "Overall ITA score",
      items: (n: string) => `Item scores of indicator ${n}`,
    },
    confidence: { high: "High", medium: "Medium", low: "Low" },
    slip: {
      neighbour: (typed: string, to: string) =>
        `Typed ${typed}, likely ${to}: the digits that differ sit next to each other on the keyboard.`,
      lookalike: (typed: string, to: string) => `Typed ${typed}, likely ${to}: the Thai digits that differ look alike.`,
      digit: (typed: string, to: string) => `Typed ${typed}, likely ${to}, one digit apart.`,
      transposed: (typed: string, to: string) => `Typed ${typed}, likely ${to}: two digits swapped.`,
      decimal: (typed: string, to: string) => `Typed ${typed}, likely ${to}: the decimal point moved one place.`,
    },
    items: (v: string, exact: boolean, unverified: boolean) =>
      `Its items give ${v}${unverified ? " (this year's method is not confirmed)" : ""}, ${exact ? "which agrees" : "close to the suggested value"}.`,
    tool: (tool: string, r: string) => `With the suggested value, the reported ${tool} total (${r}) agrees.`,
    toolKept: (tool: string, r: string) => `The indicator as reported agrees with the ${tool} total (${r}).`,
    overall: (r: string) => `With every suggested value, the reported overall score (${r}) agrees.`,
    copy: (codes: string, of: string, source: string, typed: string) =>
      `The item scores ${codes} repeat those of indicator ${of} (${source}), so they were likely copied from the wrong block. Using the suggestion leaves them out and keeps the indicator's reported ${typed}.`,
    previous: (v: string) => `The typed value is last year's score (${v}), so it is likely last year's.`,
    below: (v: string) => `The level below gives ${v}.`,
    unexplained: "No single mistyped value explains the difference; check it against NACC's results.",
    leaveItemsOut: "Leave these item scores out",
    docUnderReview: (list: string) =>
      `These scores are still under review, as they disagree with the scores at another level: ${list}. Each number carries a comment with the details.`,
    docComment: (why: string, suggested: string | null) =>
      `Under review: ${why}${suggested ? ` Suggested value: ${suggested}.` : ""}`,
    docDerived: (what: string) => `Under review: computed from ${what}, not yet decided.`,
    commentAuthor: "ITA Analyzer",
  },
} satisfies Record<Lang, unknown>;
