/**
 * What the seed document says, transcribed by hand from its tables (Part 2) and its own
 * findings. Tests compare the parser and the analysis against these, never against output.
 */
export const SEED_ITEMS: Record<string, number | [number, number]> = {
  i1: 78.68,
  i2: 83.53,
  i3: 99.26,
  i4: 82.5,
  i5: 88.09,
  i6: 90.59,
  i7: 83.57,
  i8: 93.53,
  i9: 96.32,
  i10: 78.68,
  i11: 83.53,
  i12: 89.26,
  i13: 82.21,
  i14: 77.65,
  i15: 73.68,
  e1: [84.73, 86.19],
  e2: [86.23, 91.9],
  e3: [96.25, 97.62],
  e4: [78.31, 83.81],
  e5: [78.59, 85.71],
  e6: [83.79, 88.57],
  e7: [78.74, 80.0],
  e8: [81.31, 84.76],
  e9: [30.68, 45.24],
  o1: 100,
  o2: 100,
  o3: 100,
  o4: 100,
  o5: 100,
  o6: 100,
  o8: 100,
  o9: 100,
  o10: 100,
  o11: 50,
  o12: 100,
  o13: 100,
  o14: 100,
  o15: 100,
  o16: 0,
  o17: 0,
  o18: 100,
  o19: 0,
  o20: 100,
  o21: 100,
  o22: 100,
  o23: 100,
  o24: 100,
  o25: 100,
  o26: 100,
  o27: 100,
  o28: 100,
  o29: 100,
  o30: 0,
  o31: 100,
  o32: 100,
  o33: 100,
  o34: 100,
  o35: 100,
};

/** The seed's tool table (ส่วนที่ ๑). */
export const SEED_INDICATORS: Record<number, number> = {
  1: 87.16,
  2: 87.06,
  3: 81.27,
  4: 77.4,
  5: 77.85,
  6: 80.49,
  7: 83.13,
  8: 66.79,
  9: 83.57,
  10: 81.67,
};

/** "ข้อคำถามที่ได้คะแนนน้อย (ไม่ถึง ๘๕ คะแนน) … ได้แก่ …" of each issue in Part 2. */
export const SEED_LOW_ITEMS: Record<number, string[]> = {
  1: ["i1", "i2", "e1", "e7", "e8"],
  2: ["i1", "i2", "e1", "e7", "e8", "e9", "o11"],
  3: ["e4", "e5", "e6"],
  4: ["i10", "i11"],
  5: ["i4", "o16", "o17"],
  6: ["i7", "o19"],
  7: ["i13", "i14", "i15", "e7", "o30"],
};

/** The lowest item the seed names in each issue's finding. */
export const SEED_LOWEST_ITEM: Record<number, string> = {
  1: "i1",
  2: "e9",
  3: "e4",
  4: "i10",
  5: "i4",
  6: "i7",
  7: "i15",
};

/**
 * The indicator each finding of the seed calls the lowest ("ตัวชี้วัดที่ได้คะแนนน้อยที่สุด คือ …"),
 * where it names one: always the indicator of the issue's own lowest item, never an indicator
 * dragged down by an item of another issue.
 */
export const SEED_LOWEST_INDICATOR: Record<number, number> = {
  1: 1,
  2: 8,
  3: 7,
  7: 5,
};
