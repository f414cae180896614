// A hash table from lower-case words to numbers, looked up by a span of a text, so a word
// already seen is found without cutting it out of the text (no string made per word read).
// A word is keyed by its length and its first twelve characters packed seven bits each into
// three integers (ASCII), which the tokeniser builds while it scans: for a word of up to twelve
// ASCII characters, equal keys are equal words, so finding it compares four numbers and never
// the characters. Longer words, and words outside ASCII, also compare their characters, kept
// in one pool. ASCII capitals read as lower case.

/** The code of a character as lower case, for ASCII capitals. */
export const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

/** Characters packed in the key; longer words compare the rest. */
export const PACKED = 12;
/** Set in a key's length when a character is outside ASCII (its packed bits are not the word). */
const WIDE = 0x10000;

// Words are stored densely in the order added, six integers each: key length, the three packed
// integers, the value, the word's offset in the pool. The hash index holds, per slot, the word's
// number + 1 (0: empty) in the low 20 bits and 11 more bits of its hash above them, so a probe
// that meets another word rarely reads that word's record. Dense records and a small index keep
// the table's memory, and the cache misses of a look-up, small.
const RECORD = 6;
const ENTRY_BITS = 20;
const ENTRY_MASK = (1 << ENTRY_BITS) - 1;
const FIRST_SLOTS = 1 << 12;

function hashKey(length: number, p0: number, p1: number, p2: number): number {
  let h = Math.imul(p0 ^ length, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ p1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ p2, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The key of s[start, end) into `key` (length, p0, p1, p2), as the tokeniser builds it. */
export function keyOf(s: string, start: number, end: number, key: Int32Array): void {
  const n = end - start;
  let length = n;
  let p0 = 0;
  let p1 = 0;
  let p2 = 0;
  for (let k = 0; k < n && k < PACKED; k++) {
    const c = lower(s.charCodeAt(start + k));
    if (c >= 0x80) length |= WIDE;
    if (k < 4) p0 = (p0 << 7) | (c & 0x7f);
    else if (k < 8) p1 = (p1 << 7) | (c & 0x7f);
    else p2 = (p2 << 7) | (c & 0x7f);
  }
  for (let k = PACKED; k < n; k++) if (s.charCodeAt(start + k) >= 0x80) length |= WIDE;
  key[0] = length;
  key[1] = p0;
  key[2] = p1;
  key[3] = p2;
}

export class WordTable {
  private index = new Int32Array(FIRST_SLOTS);
  private mask = FIRST_SLOTS - 1;
  private records = new Int32Array(1024 * RECORD);
  private pool = new Uint16Array(1 << 14);
  private used = 0;
  private count = 0;
  private readonly key = new Int32Array(4);

  get size(): number {
    return this.count;
  }

  /** The value stored for the word s[start, start + length) whose key is (length, p0, p1, p2),
   *  or -1. */
  find(length: number, p0: number, p1: number, p2: number, s: string, start: number): number {
    const index = this.index;
    const mask = this.mask;
    const h = hashKey(length, p0, p1, p2);
    const tag = h >>> (32 - (31 - ENTRY_BITS));
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const stored = index[slot]!;
      if (stored === 0) return -1;
      if (stored >>> ENTRY_BITS !== tag) continue;
      const at = ((stored & ENTRY_MASK) - 1) * RECORD;
      const r = this.records;
      if (r[at] === length && r[at + 1] === p0 && r[at + 2] === p1 && r[at + 3] === p2) {
        if (length <= PACKED) return r[at + 4]!; // (a wide word's length has WIDE set)
        if (this.same(r[at + 5]!, s, start, length & ~WIDE)) return r[at + 4]!;
      }
    }
  }

  /** The value stored for s[start, end), or -1 (for callers without a key at hand). */
  findSpan(s: string, start: number, end: number): number {
    const key = this.key;
    keyOf(s, start, end, key);
    return this.find(key[0]!, key[1]!, key[2]!, key[3]!, s, start);
  }

  /** Stores a value for a lower-case word not yet in the table. */
  set(word: string, value: number): void {
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    if ((this.count + 1) * RECORD > this.records.length) this.records = grown(this.records, (this.count + 1) * RECORD);
    if (this.used + word.length > this.pool.length) this.pool = grown(this.pool, this.used + word.length);
    const offset = this.used;
    for (let i = 0; i < word.length; i++) this.pool[offset + i] = word.charCodeAt(i);
    this.used += word.length;
    const key = this.key;
    keyOf(word, 0, word.length, key);
    const at = this.count * RECORD;
    this.records.set(key, at);
    this.records[at + 4] = value;
    this.records[at + 5] = offset;
    this.place(++this.count);
  }

  clear(): void {
    this.index = new Int32Array(FIRST_SLOTS);
    this.mask = FIRST_SLOTS - 1;
    this.used = 0;
    this.count = 0;
  }

  private same(offset: number, s: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (pool[offset + i] !== lower(s.charCodeAt(start + i))) return false;
    return true;
  }

  /** Puts word number `entry` - 1 in the index. */
  private place(entry: number): void {
    const r = this.records;
    const at = (entry - 1) * RECORD;
    const h = hashKey(r[at]!, r[at + 1]!, r[at + 2]!, r[at + 3]!);
    let slot = h & this.mask;
    while (this.index[slot] !== 0) slot = (slot + 1) & this.mask;
    this.index[slot] = ((h >>> (32 - (31 - ENTRY_BITS))) << ENTRY_BITS) | entry;
  }

  private grow(): void {
    this.index = new Int32Array(this.index.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let entry = 1; entry <= this.count; entry++) this.place(entry);
  }
}

function grown<T extends Int32Array | Uint16Array>(array: T, atLeast: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(2 * array.length, atLeast));
  bigger.set(array);
  return bigger;
}
