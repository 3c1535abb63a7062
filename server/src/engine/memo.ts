/** A value a memo holds, and the last run that used it. */
export interface MemoEntry<V> {
  value: V;
  run: number;
}

/**
 * A memo that keeps what the last run used. Entries read or made during a run survive into the
 * next; the rest are dropped when the run ends. Checking a document again after a small edit
 * reuses nearly everything, and the memo never holds more than about one version's worth.
 */
export class Memo<V extends object, K = string> {
  // one map whose entries carry the last run that used them, not a map of this run's entries
  // rebuilt on every run: on each keystroke of a long draft the memos of a document held some
  // thousands of entries, all put into new maps, which the young generation then copied
  private readonly entries = new Map<K, MemoEntry<V>>();
  private run = 0;

  /**
   * The value for `key`, made when neither this run nor the last has it, or when the one it has is
   * not `fresh` any more. Values are never undefined.
   */
  get(key: K, make: () => V, fresh?: (value: V) => boolean): V {
    return this.entry(key, make, fresh).value;
  }

  /**
   * The value this run or the last has for `key`, marked used as `get` marks it; none when neither
   * has one. For a caller that would make a closure for `get` on every call, and needs it rarely.
   */
  find(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.run = this.run;
    return entry.value;
  }

  /** `get`, as the entry that holds the value: `keep` keeps it in a later run by itself. */
  entry(key: K, make: () => V, fresh?: (value: V) => boolean): MemoEntry<V> {
    const entry = this.entries.get(key);
    if (entry !== undefined && (!fresh || fresh(entry.value))) {
      entry.run = this.run;
      return entry;
    }
    const value = make();
    if (entry !== undefined) {
      entry.value = value;
      entry.run = this.run;
      return entry;
    }
    const made = { value, run: this.run };
    this.entries.set(key, made);
    return made;
  }

  /**
   * Marks an entry that the last run used as used by this run too, as `get` of its key would,
   * without looking the key up (a long text's hash is worked out anew for every new string).
   */
  keep(entry: MemoEntry<V>): void {
    entry.run = this.run;
  }

  /** Ends a run: what it did not use is forgotten. */
  sweep(): void {
    const run = this.run++;
    this.entries.forEach((entry, key) => {
      if (entry.run !== run) this.entries.delete(key);
    });
  }

  clear(): void {
    this.entries.clear();
  }

  /** How many entries are kept: after a run, those it used. */
  get size(): number {
    return this.entries.size;
  }
}

/** `make()`, through the memo when there is one. */
export function remembered<V extends object, K>(
  memo: Memo<V, K> | undefined,
  key: K,
  make: () => V,
): V {
  return memo ? memo.get(key, make) : make();
}

const identities = new WeakMap<object, number>();
let lastIdentity = 0;

/** A number for an object, the same for as long as the object lives: for keys made of objects. */
export function identity(o: object): number {
  let id = identities.get(o);
  if (id === undefined) identities.set(o, (id = ++lastIdentity));
  return id;
}

/**
 * Values that depend on the data alone (a fact's cue words, a subject's event words), worked out
 * once per data index and key, and dropped with the index.
 */
export class DataMemo<V> {
  private readonly byIndex = new WeakMap<object, Map<string, V>>();

  get(index: object, key: string, make: () => V): V {
    let byKey = this.byIndex.get(index);
    if (!byKey) this.byIndex.set(index, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = make()));
    return value;
  }
}

/**
 * What a gate works out of a figure and its sentence, the same for every fact it weighs: made once
 * per figure, and again only when the figure is read in another sentence context.
 */
export class FigureMemo<V> {
  private readonly byFigure = new WeakMap<object, { ctx: object; value: V }>();

  get(figure: object, ctx: object, make: () => V): V {
    const known = this.byFigure.get(figure);
    if (known?.ctx === ctx) return known.value;
    const value = make();
    this.byFigure.set(figure, { ctx, value });
    return value;
  }
}
