/**
 * Arrays that every reader sees with one map. V8 gives an array a map per elements kind, and TurboFan's inlined
 * `Array.prototype.map` makes its result with holey elements while the interpreter's (and an array literal, and `push`
 * onto `[]`) is packed. An array field written by `.map` in a function that has been optimised therefore has a second map,
 * and the optimised functions that read the field were deoptimised when it first reached them ("wrong map" in
 * `node --trace-deopt`: `isRoleOnly`, `sameCountry` inlined in `conditionTarget`, `roleCountries`, `actFlags`, …, each
 * then compiled again). A chain such as `xs.map(f).join(' ')` is deoptimised the same way as soon as its function
 * is optimised: the interpreter's feedback for `join` saw only packed arrays. Arrays read on hot paths (a mention's
 * codes, a sentence's verb hits, a record's origins) and such chains in hot functions are built with `mapPacked` and
 * `flatMapPacked` instead (1,000 corpus documents, one thread: some 140 deoptimisations → 80-100).
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, k: number) => U): U[] {
  const out: U[] = [];
  for (let k = 0; k < xs.length; k++) out.push(f(xs[k] as T, k));
  return out;
}

/** `xs.flatMap(f)` as a packed array (`flatMap`'s result has holey elements, optimised or not). */
export function flatMapPacked<T, U>(xs: readonly T[], f: (x: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const x of xs) for (const y of f(x)) out.push(y);
  return out;
}

const NO_OBJECTS: readonly object[] = [null as unknown as object].slice(1);

/**
 * A new empty array for objects. `[]` has small-integer elements, and the first object pushed changes its map (to
 * object elements): the optimised functions that had seen the field only empty were deoptimised ("wrong map") by the
 * first document with one (`renameOperations` at `doc.operations.length`). A copy of an empty array that had
 * object elements has them already, so the field has one map empty or not.
 */
export function objectArray<T extends object>(): T[] {
  return NO_OBJECTS.slice() as T[];
}
