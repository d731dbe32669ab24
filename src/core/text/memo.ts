/**
 * Answers kept by key, for the questions the reader asks of every cell: a workbook repeats the
 * same texts row after row. Emptied when it holds `limit` answers, so memory stays flat however
 * many distinct texts a workbook has.
 */
export class Memo<K, V> {
  private readonly answers = new Map<K, V>();

  constructor(private readonly limit = 50_000) {}

  get(key: K, work: (key: K) => V): V {
    if (this.answers.has(key)) return this.answers.get(key)!;
    if (this.answers.size >= this.limit) this.answers.clear();
    const v = work(key);
    this.answers.set(key, v);
    return v;
  }
}
