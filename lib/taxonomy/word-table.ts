// A hash table from lower-case words to numbers, looked up by a span of a text, so a word
// already seen is found without cutting it out of the text first (no string made per word
// read). ASCII capitals in the text are read as lower case, so the tokeniser need not lower-case
// a whole text first. Open addressing over a power-of-two array; the hash is FNV-1a.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** Finishes a hash (FNV-1a steps over lower-cased codes): a small integer, so the arrays below
 *  hold no boxed numbers. */
export const small = (h: number): number => h & 0x3fffffff;

/** The code of a character as lower case, for ASCII capitals. */
export const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

export function hashSpan(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lower(s.charCodeAt(i)), FNV_PRIME);
  return small(h);
}

// Each slot is four numbers side by side, so a look-up touches one place in memory for the hash,
// the value and where the word's characters are, then the characters (kept in one pool rather
// than as strings, which would be one more place each): hash + 1 (0: empty), value, offset in
// the pool, length.
const SLOT = 4;
const FIRST_SLOTS = 1 << 12;

export class WordTable {
  private slots = new Int32Array(FIRST_SLOTS * SLOT);
  private pool = new Uint16Array(1 << 15);
  private used = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The value stored for s[start, end) (its hash `h` from hashSpan), or -1. */
  find(s: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1; // SLOT is 4
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const stored = slots[at]!;
      if (stored === 0) return -1;
      if (stored === h + 1 && slots[at + 3] === length && this.same(slots[at + 2]!, s, start, length)) return slots[at + 1]!;
    }
  }

  /** Stores a value for a lower-case word not yet in the table. */
  set(word: string, value: number): void {
    if (2 * (this.count + 1) * SLOT > this.slots.length) this.grow();
    if (this.used + word.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(2 * this.pool.length, this.used + word.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    const offset = this.used;
    for (let i = 0; i < word.length; i++) this.pool[offset + i] = word.charCodeAt(i);
    this.used += word.length;
    this.count++;
    this.place(hashSpan(word, 0, word.length), value, offset, word.length);
  }

  clear(): void {
    this.slots = new Int32Array(FIRST_SLOTS * SLOT);
    this.used = 0;
    this.count = 0;
  }

  private same(offset: number, s: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (pool[offset + i] !== lower(s.charCodeAt(start + i))) return false;
    return true;
  }

  private place(h: number, value: number, offset: number, length: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1; // SLOT is 4
    let slot = h & mask;
    while (slots[slot * SLOT] !== 0) slot = (slot + 1) & mask;
    const at = slot * SLOT;
    slots[at] = h + 1;
    slots[at + 1] = value;
    slots[at + 2] = offset;
    slots[at + 3] = length;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at] !== 0) this.place(old[at]! - 1, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    }
  }
}
