import { compactText } from "./thai";

/**
 * Wording similarity for pasted questions: the Dice coefficient over character bigrams of the
 * compacted text. It tolerates OCR slips, line-wrap spaces and small edits, and needs no word
 * segmentation (Thai has no spaces between words).
 */
export function bigrams(compact: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < compact.length; i++) {
    const g = compact.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function size(m: Map<string, number>): number {
  let n = 0;
  for (const c of m.values()) n += c;
  return n;
}

export function dice(a: Map<string, number>, b: Map<string, number>): number {
  const na = size(a);
  const nb = size(b);
  if (na === 0 || nb === 0) return 0;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, c] of small) {
    const d = large.get(g);
    if (d) common += Math.min(c, d);
  }
  return (2 * common) / (na + nb);
}

export function textSimilarity(a: string, b: string): number {
  const ca = compactText(a);
  const cb = compactText(b);
  if (ca === cb) return ca.length > 0 ? 1 : 0;
  if (ca.length < 2 || cb.length < 2) return 0;
  return dice(bigrams(ca), bigrams(cb));
}

/**
 * An index of fixed texts (the framework's item wording) that scores a query against all of
 * them at once through an inverted bigram index: linear in the query's length.
 */
export class BigramIndex {
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly sizes: number[] = [];
  private readonly compacts: string[] = [];

  constructor(texts: string[]) {
    texts.forEach((t, i) => {
      const c = compactText(t);
      this.compacts.push(c);
      const g = bigrams(c);
      this.sizes.push(size(g));
      for (const [k, n] of g) {
        let p = this.postings.get(k);
        if (!p) this.postings.set(k, (p = []));
        p.push([i, n]);
      }
    });
  }

  /** Similarity of `query` to every indexed text, in index order. */
  scores(query: string, maxLength = 400): number[] {
    const c = compactText(query).slice(0, maxLength);
    const out = new Array<number>(this.sizes.length).fill(0);
    if (c.length < 2) return out;
    const q = bigrams(c);
    const common = new Array<number>(this.sizes.length).fill(0);
    let nq = 0;
    for (const [g, n] of q) {
      nq += n;
      const p = this.postings.get(g);
      if (!p) continue;
      for (const [i, m] of p) common[i] += Math.min(n, m);
    }
    for (let i = 0; i < out.length; i++) {
      if (c === this.compacts[i]) out[i] = 1;
      else out[i] = (2 * common[i]) / (nq + this.sizes[i]);
    }
    return out;
  }
}
