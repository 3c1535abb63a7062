/**
 * A memo that keeps what the last run used. Entries read or made during a run survive into the
 * next; the rest are dropped when the run ends. Checking a document again after a small edit
 * reuses nearly everything, and the memo never holds more than about one version's worth.
 */
export class Memo<V extends object> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  /** The value for `key`, made when neither this run nor the last has it. Values are never undefined. */
  get(key: string, make: () => V): V {
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key) ?? make();
    this.current.set(key, value);
    return value;
  }

  /** Ends a run: what it did not use is forgotten. */
  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  clear(): void {
    this.previous = new Map();
    this.current = new Map();
  }

  get size(): number {
    return this.current.size;
  }
}

/** `make()`, through the memo when there is one. */
export function remembered<V extends object>(memo: Memo<V> | undefined, key: string, make: () => V): V {
  return memo ? memo.get(key, make) : make();
}
