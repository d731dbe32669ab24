import { compactText } from "./thai";

/**
 * Wording similarity for pasted questions: the Dice coefficient over character bigrams of the
 * compacted text. It tolerates OCR slips, line-wrap spaces and small edits, and needs no word
 * segmentation (Thai has no spaces between words).
 */

/** Bigrams of a compact text as packed integers (two UTF-16 units), with their counts. */
function packedBigrams(c: string, into: Map<number, number>): number {
  into.clear();
  let n = 0;
  for (let i = 0; i + 1 < c.length; i++) {
    const k = (c.charCodeAt(i) << 16) | c.charCodeAt(i + 1);
    into.set(k, (into.get(k) ?? 0) + 1);
    n++;
  }
  return n;
}

/**
 * An index of fixed texts (the framework's item wording) that scores a query against all of
 * them at once through an inverted bigram index: linear in the query's length.
 */
export class BigramIndex {
  private readonly postings = new Map<number, Int32Array>();
  private readonly sizes: Int32Array;
  private readonly compacts: string[];
  private readonly out: Float64Array;
  private readonly common: Float64Array;
  private readonly query = new Map<number, number>();

  constructor(texts: string[]) {
    this.out = new Float64Array(texts.length);
    this.common = new Float64Array(texts.length);
    this.sizes = new Int32Array(texts.length);
    this.compacts = texts.map((t) => compactText(t));
    const lists = new Map<number, number[]>();
    const g = new Map<number, number>();
    this.compacts.forEach((c, i) => {
      this.sizes[i] = packedBigrams(c, g);
      for (const [k, n] of g) {
        let p = lists.get(k);
        if (!p) lists.set(k, (p = []));
        p.push(i, n);
      }
    });
    for (const [k, p] of lists) this.postings.set(k, Int32Array.from(p));
  }

  /**
   * Similarity of `query` to every indexed text, in index order. The array is reused: read
   * it before the next call.
   */
  scores(query: string, maxLength = 400): Float64Array {
    const c = compactText(query).slice(0, maxLength);
    const out = this.out.fill(0);
    if (c.length < 2) return out;
    const nq = packedBigrams(c, this.query);
    const common = this.common.fill(0);
    for (const [k, n] of this.query) {
      const p = this.postings.get(k);
      if (!p) continue;
      for (let j = 0; j < p.length; j += 2) common[p[j]] += Math.min(n, p[j + 1]);
    }
    for (let i = 0; i < out.length; i++) {
      out[i] = c === this.compacts[i] ? 1 : (2 * common[i]) / (nq + this.sizes[i]);
    }
    return out;
  }
}

/**
 * 1 − (edit distance ÷ the longer length), on compacted text. Slower than the bigram index, so
 * used only to settle near-ties, where it tells "Measures to …" from "Report on the measures to …".
 */
export function editSimilarity(a: string, b: string, maxLength = 200): number {
  const x = compactText(a).slice(0, maxLength);
  const y = compactText(b).slice(0, maxLength);
  if (x === y) return 1;
  if (!x.length || !y.length) return 0;
  let prev = new Int32Array(y.length + 1);
  let cur = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(
        prev[j] + 1,
        cur[j - 1] + 1,
        prev[j - 1] + (x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? 0 : 1),
      );
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[y.length] / Math.max(x.length, y.length);
}
