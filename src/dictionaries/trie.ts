/**
 * Token tries: multi-word dictionary phrases matched over sentence tokens, longest first. Keys are upper-case
 * token forms; lookup cost is proportional to the matched length.
 *
 * - `TokenTrie` grows while a document is coded (actors learned from the text): object nodes, a child map and
 *   value list created only when needed.
 * - `CompactTrie` holds the dictionaries: built once (`CompactTrieBuilder`), never changed. Words are numbered
 *   and the nodes live in a few integer arrays (`CompactTrieData`, which the lexicon cache stores as it is), so
 *   the tens of thousands of Phoenix phrases cost a handful of objects instead of a map per node; values are
 *   numbers, turned into entries (`resolve`) only when a phrase matches. That keeps start-up short (little to
 *   allocate, nothing for the garbage collector to copy) and each worker thread small.
 */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  values: T[] | undefined;
}

/** What the coder asks of a phrase dictionary. */
export interface PhraseIndex<T> {
  /**
   * Longest phrase starting at `from` in `words` (upper-case forms); `alt` gives a second form per position
   * (for example the lemma, so "GOVERNMENTS" can match "GOVERNMENT"). Returns the end (exclusive) and values.
   * `ids`, when given, numbers the words of `words` so that one number always stands for one word (wink's numbers
   * for the token texts, `tokenForms`; -1: none): a trie may remember what it knows of a word by that number.
   */
  longest(words: readonly string[], from: number, alt?: readonly string[], ids?: readonly number[] | null): { end: number; values: T[] } | null;
  /** Number of phrases added. */
  readonly size: number;
}

export class TokenTrie<T> implements PhraseIndex<T> {
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

  longest(words: readonly string[], from: number, alt?: readonly string[]): { end: number; values: T[] } | null {
    // a document's learned actors are usually none: no word need be looked up (and hashed) then
    if (this.size === 0) return null;
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

const NONE = -1;
/** Sentence positions whose last looked-up word a `CompactTrie` remembers. */
const MEMO_POSITIONS = 256;
/** Words whose numbers a `CompactTrie` remembers (`numberOf`). */
const WORD_MEMO_CAP = 100_000;
/** The largest caller's word number (`longest`'s `ids`) under which a `CompactTrie` remembers a word's number. */
const ID_MEMO_CAP = 1 << 22;

/**
 * A built `CompactTrie` as plain data: the words (joined by "\n", which no token contains), a hash table over
 * them and integer arrays, so it can be cached on disk and used as loaded, with nothing to build. Node 0 is the
 * root.
 */
export interface CompactTrieData {
  words: string;
  /** Per word number: where it starts in `words` (one more entry: the end of the last word, plus one). */
  wordStart: Int32Array;
  /** Open-addressing hash table (size a power of two): word numbers, -1 for an empty slot. */
  table: Int32Array;
  /** Per word number: the root's child for that word. */
  rootChild: Int32Array;
  /** Per node: its word, first child, next sibling and first value (an index into `valueOf`/`nextValue`). */
  word: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  firstValue: Int32Array;
  /** Per value added: its number and the next value of the same node. */
  valueOf: Int32Array;
  nextValue: Int32Array;
}

/** FNV-1a over UTF-16 code units. */
function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** The number of word `w` in `d`, or -1. */
function wordNumber(d: CompactTrieData, w: string): number {
  const mask = d.table.length - 1;
  if (mask < 0) return NONE;
  for (let slot = hashWord(w) & mask; ; slot = (slot + 1) & mask) {
    const id = d.table[slot] ?? NONE;
    if (id === NONE) return NONE;
    const at = d.wordStart[id] ?? 0;
    if ((d.wordStart[id + 1] ?? 0) - 1 - at === w.length && d.words.startsWith(w, at)) return id;
  }
}

/** Builds a `CompactTrieData` from phrases and value numbers; values of one phrase keep the order they were added in. */
export class CompactTrieBuilder {
  private readonly vocab = new Map<string, number>();
  private readonly rootChild: number[] = [];
  private readonly word: number[] = [NONE];
  private readonly firstChild: number[] = [NONE];
  private readonly nextSibling: number[] = [NONE];
  private readonly firstValue: number[] = [NONE];
  private readonly lastValue: number[] = [NONE];
  private readonly valueOf: number[] = [];
  private readonly nextValue: number[] = [];

  add(phrase: readonly string[], n: number): void {
    let node = 0;
    for (const w of phrase) {
      let id = this.vocab.get(w);
      if (id === undefined) {
        id = this.vocab.size;
        this.vocab.set(w, id);
        this.rootChild.push(NONE);
      }
      let child = node === 0 ? (this.rootChild[id] ?? NONE) : childOf(this.firstChild, this.nextSibling, this.word, node, id);
      if (child === NONE) {
        child = this.word.length;
        this.word.push(id);
        this.firstChild.push(NONE);
        this.nextSibling.push(NONE);
        this.firstValue.push(NONE);
        this.lastValue.push(NONE);
        if (node === 0) this.rootChild[id] = child;
        else {
          this.nextSibling[child] = this.firstChild[node] ?? NONE;
          this.firstChild[node] = child;
        }
      }
      node = child;
    }
    const v = this.valueOf.length;
    this.valueOf.push(n);
    this.nextValue.push(NONE);
    const last = this.lastValue[node] ?? NONE;
    if (last === NONE) this.firstValue[node] = v;
    else this.nextValue[last] = v;
    this.lastValue[node] = v;
  }

  data(): CompactTrieData {
    const words = [...this.vocab.keys()];
    const wordStart = new Int32Array(words.length + 1);
    let at = 0;
    words.forEach((w, k) => {
      wordStart[k] = at;
      at += w.length + 1;
    });
    wordStart[words.length] = at;
    let size = 1;
    while (size < words.length * 2) size *= 2;
    const table = new Int32Array(words.length ? size : 0).fill(NONE);
    words.forEach((w, id) => {
      let slot = hashWord(w) & (size - 1);
      while (table[slot] !== NONE) slot = (slot + 1) & (size - 1);
      table[slot] = id;
    });
    return {
      words: words.join('\n'),
      wordStart,
      table,
      rootChild: Int32Array.from(this.rootChild),
      word: Int32Array.from(this.word),
      firstChild: Int32Array.from(this.firstChild),
      nextSibling: Int32Array.from(this.nextSibling),
      firstValue: Int32Array.from(this.firstValue),
      valueOf: Int32Array.from(this.valueOf),
      nextValue: Int32Array.from(this.nextValue),
    };
  }
}

/** `d` as `CompactTrieBuilder.data` writes it: the same keys in the same order, so one map (see lexicon.ts `reshapeCached`). */
export function trieDataCopy(d: CompactTrieData): CompactTrieData {
  return {
    words: d.words,
    wordStart: d.wordStart,
    table: d.table,
    rootChild: d.rootChild,
    word: d.word,
    firstChild: d.firstChild,
    nextSibling: d.nextSibling,
    firstValue: d.firstValue,
    valueOf: d.valueOf,
    nextValue: d.nextValue,
  };
}

function childOf(firstChild: ArrayLike<number>, nextSibling: ArrayLike<number>, word: ArrayLike<number>, node: number, id: number): number {
  for (let c = firstChild[node] ?? NONE; c !== NONE; c = nextSibling[c] ?? NONE) if (word[c] === id) return c;
  return NONE;
}

/**
 * A read-only trie over numbered words (found through the hash table, so loading builds no map and no word
 * strings). The root's children are found by word number, other nodes' children
 * by walking a sibling list (at most a few hundred, usually one or two). `resolve` turns a value number into
 * the value the caller sees; each node's value array is built once, when first matched.
 */
export class CompactTrie<T> implements PhraseIndex<T> {
  private readonly built: (T[] | undefined)[] = [];
  readonly size: number;
  /**
   * The last word looked up at each sentence position (for the written forms, and for the second forms) and its
   * number: a sentence is matched from each of its positions in turn, so each word would otherwise be looked up
   * in the hash table once per phrase start that reaches it. A slot holds the word itself, so it is right for
   * any array of words.
   */
  private readonly seen: [string[], Int32Array, string[], Int32Array] = [[], new Int32Array(MEMO_POSITIONS), [], new Int32Array(MEMO_POSITIONS)];
  /** Word numbers by word (`numberOf`). */
  private readonly known = new Map<string, number>();
  /**
   * Word numbers by the caller's number for the word (`longest`'s `ids`), plus 2 (0: not yet looked up): an array
   * read, where `known` is a hash table probe that missed the processor's caches (it was a fifth of the actors stage).
   */
  private byId = new Int32Array(0);

  constructor(
    private readonly d: CompactTrieData,
    private readonly resolve: (n: number) => T,
  ) {
    this.size = d.valueOf.length;
  }

  private step(node: number, w: string, k: number, alt: 0 | 2): number {
    return this.child(node, this.numberAt(w, k, alt));
  }

  /** The child of `node` for word number `id`. */
  private child(node: number, id: number): number {
    if (id === NONE) return NONE;
    return node === 0 ? (this.d.rootChild[id] ?? NONE) : childOf(this.d.firstChild, this.d.nextSibling, this.d.word, node, id);
  }

  /** The number of word `w`, which the caller numbers `n` (see `byId`). */
  private numberById(w: string, n: number, k: number): number {
    if (n < 0 || n >= ID_MEMO_CAP) return this.numberAt(w, k, 0);
    let memo = this.byId;
    if (n >= memo.length) {
      const grown = new Int32Array(Math.min(ID_MEMO_CAP, Math.max(n + 1, memo.length * 2, 1 << 16)));
      grown.set(memo);
      this.byId = memo = grown;
    }
    const known = memo[n] as number;
    if (known !== 0) return known - 2;
    const id = this.numberOf(w);
    memo[n] = id + 2;
    return id;
  }

  private numberAt(w: string, k: number, alt: 0 | 2): number {
    if (k >= MEMO_POSITIONS) return this.numberOf(w);
    const words = this.seen[alt] as string[];
    const ids = this.seen[alt + 1] as Int32Array;
    if (words[k] === w) return ids[k] as number;
    const id = this.numberOf(w);
    words[k] = w;
    ids[k] = id;
    return id;
  }

  /**
   * The number of word `w` (-1 when no phrase holds it), remembered for the words of the text: a `Map` keyed by the
   * word finds it by the hash the engine keeps with the string, where the table needs the word hashed and compared
   * again. The memory is bounded (emptied past WORD_MEMO_CAP words); the trie never changes, so it is never stale.
   */
  private numberOf(w: string): number {
    let id = this.known.get(w);
    if (id === undefined) {
      id = wordNumber(this.d, w);
      if (this.known.size >= WORD_MEMO_CAP) this.known.clear();
      this.known.set(w, id);
    }
    return id;
  }

  private values(node: number): T[] | undefined {
    // (most nodes on a walk hold no phrase: the integer array says so without a look at the sparse `built`)
    let v = this.d.firstValue[node] ?? NONE;
    if (v === NONE) return undefined;
    let out = this.built[node];
    if (!out) {
      out = [];
      for (; v !== NONE; v = this.d.nextValue[v] ?? NONE) out.push(this.resolve(this.d.valueOf[v] ?? 0));
      this.built[node] = out;
    }
    return out;
  }

  longest(words: readonly string[], from: number, alt?: readonly string[], ids?: readonly number[] | null): { end: number; values: T[] } | null {
    let node = 0;
    let best: { end: number; values: T[] } | null = null;
    for (let k = from; k < words.length; k++) {
      if (node !== 0 && this.d.firstChild[node] === NONE) break;
      const w = words[k] ?? '';
      let next = ids ? this.child(node, this.numberById(w, ids[k] ?? NONE, k)) : this.step(node, w, k, 0);
      if (next === NONE && alt) {
        const a = alt[k];
        if (a !== undefined && a !== w) next = this.step(node, a, k, 2);
      }
      if (next === NONE) break;
      node = next;
      const values = this.values(node);
      if (values) best = { end: k + 1, values };
    }
    return best;
  }
}
