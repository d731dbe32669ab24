/**
 * Answers kept by key, for the questions the reader asks of every cell: a workbook repeats the
 * same texts row after row. Emptied when it holds `limit` answers, so memory stays flat however
 * many distinct texts a workbook has.
 */
export class Memo<K, V> {
  private readonly answers = new Map<K, V>();

  constructor(private readonly limit = 50_000) {}

  get(key: K, work: (key: K) => V): V {
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known as V;
    if (this.answers.size >= this.limit) this.answers.clear();
    const v = work(key);
    this.answers.set(key, v);
    return v;
  }
}

/**
 * Answers by a scope (a year, a style, a framework's code syntax…) and a key, each scope its own
 * `Memo`. The key is the cell's text itself, not a string joined from the scope and the text on
 * every call: a cell's string hashes once, where a joined one is built and hashed each time.
 */
export class ScopedMemo<S, K, V> {
  private readonly scopes = new Map<S, Memo<K, V>>();

  /** `limit` answers a scope, `maxScopes` scopes: past either, that memory starts afresh. */
  constructor(
    private readonly limit = 50_000,
    private readonly maxScopes = 1_000,
  ) {}

  get(scope: S, key: K, work: (key: K) => V): V {
    let memo = this.scopes.get(scope);
    if (!memo) {
      if (this.scopes.size >= this.maxScopes) this.scopes.clear();
      this.scopes.set(scope, (memo = new Memo<K, V>(this.limit)));
    }
    return memo.get(key, work);
  }
}
