/**
 * A token trie: multi-word dictionary phrases matched over sentence tokens, longest first.
 * Keys are upper-case token forms. Lookup cost is proportional to the matched length. Most nodes are leaves,
 * so a node's child map and value list are created only when needed (this halves the load time of large
 * dictionaries).
 */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  values: T[] | undefined;
}

export class TokenTrie<T> {
  readonly root: TrieNode<T> = { next: new Map(), values: undefined };
  size = 0;

  add(phrase: readonly string[], value: T): void {
    let node = this.root;
    for (const w of phrase) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) {
        child = { next: undefined, values: undefined };
        node.next.set(w, child);
      }
      node = child;
    }
    if (node.values) node.values.push(value);
    else node.values = [value];
    this.size++;
  }

  /**
   * Longest phrase starting at `from` in `words` (upper-case forms); `alt` gives a second form per position
   * (for example the lemma, so "GOVERNMENTS" can match "GOVERNMENT"). Returns the end (exclusive) and values.
   */
  longest(words: readonly string[], from: number, alt?: readonly string[]): { end: number; values: T[] } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { end: number; values: T[] } | null = null;
    for (let k = from; k < words.length && node?.next; k++) {
      const w = words[k] ?? '';
      let next: TrieNode<T> | undefined = node.next.get(w);
      if (!next && alt) {
        const a = alt[k];
        if (a !== undefined && a !== w) next = node.next.get(a);
      }
      node = next;
      if (node?.values) best = { end: k + 1, values: node.values };
    }
    return best;
  }
}
