import { breakable } from "../src/adapters/docx/writeDocument";

const Z = "\u200b";
const WJ = "\u2060";
/** Where a line may break, shown as "|" (the word joiners that hold a compound together left out). */
const breaks = (s: string) => breakable(s).split(WJ).join("").split(Z).join("|");

describe("breakable: Thai word boundaries marked for Word and LibreOffice", () => {
  test("marks the boundaries between Thai words", () => {
    expect(breaks("ทบทวนคู่มือ")).toBe("ทบทวน|คู่มือ");
  });

  test("never inside a compound the segmenter would cut (ตัว|ชี้|วัด, เจ้า|หน้า|ที่)", () => {
    expect(breaks("ตัวชี้วัดที่ ๓")).toBe("ตัวชี้วัด|ที่ ๓");
    expect(breaks("เจ้าหน้าที่ของหน่วยงาน")).toBe("เจ้าหน้าที่|ของ|หน่วยงาน");
    expect(breaks("สิทธิมนุษยชน")).toBe("สิทธิมนุษยชน");
    // Held together with word joiners, so a reader's own dictionary does not break it either.
    expect(breakable("เจ้าหน้าที่")).toBe(`เจ้า${WJ}หน้าที่`);
  });

  test("never inside a number, a bracketed Latin word, or before a stop or ๆ", () => {
    expect(breaks("๘๔.๓๓ คะแนน")).toBe("๘๔.๓๓ คะแนน");
    expect(breaks("ระบบ(E-Service)")).toBe("ระบบ|(E-Service)");
    expect(breaks("ต่างๆ")).toBe("ต่างๆ");
  });

  test("an item's code is held together, its letter with its Thai or Arabic digits (LibreOffice broke 'o|๓๐')", () => {
    expect(breakable("ในข้อ o๓๐ จนได้")).toContain(`o${WJ}๓๐`);
    expect(breakable("i๑๐ จาก ๗๐")).toBe(`i${WJ}๑๐ จาก ๗๐`);
    expect(breakable("o30")).toBe(`o${WJ}30`);
  });

  test("keeps the era with its year, and changes nothing else", () => {
    expect(breakable("พ.ศ. ๒๕๖๘")).toBe("พ.ศ.\u00a0๒๕๖๘");
    const text = "หน่วยงานได้ผลคะแนนการประเมิน ITA ๘๔.๓๓ คะแนน อยู่ในระดับ “ไม่ผ่านค่าเป้าหมาย”";
    expect(breakable(text).split(Z).join("").split(WJ).join("")).toBe(text);
  });
});
