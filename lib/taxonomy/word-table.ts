// A hash table from words to numbers that is looked up by a span of a text, so a word already
// seen is found without cutting it out of the text first (no string made per word read).
// Open addressing over a power-of-two array; the hash is FNV-1a over the characters.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashSpan(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h & 0x3fffffff; // a small integer, so the arrays below hold no boxed numbers
}

function sameSpan(word: string, s: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

export class WordTable {
  /** Slot → entry + 1 (0: empty). */
  private slots = new Int32Array(1 << 12);
  private words: string[] = [];
  private hashes: number[] = [];
  private values: number[] = [];

  get size(): number {
    return this.words.length;
  }

  /** The value stored for s[start, end), or -1. */
  get(s: string, start: number, end: number): number {
    const h = hashSpan(s, start, end);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot]! - 1;
      if (e < 0) return -1;
      if (this.hashes[e] === h && sameSpan(this.words[e]!, s, start, end)) return this.values[e]!;
    }
  }

  /** Stores a value (≥ 0) for a word not yet in the table. */
  set(word: string, value: number): void {
    if (2 * (this.words.length + 1) > this.slots.length) this.grow();
    const e = this.words.length;
    const h = hashSpan(word, 0, word.length);
    this.words.push(word);
    this.hashes.push(h);
    this.values.push(value);
    this.place(e, h);
  }

  clear(): void {
    this.slots = new Int32Array(1 << 12);
    this.words = [];
    this.hashes = [];
    this.values = [];
  }

  private place(e: number, h: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = e + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.words.length; e++) this.place(e, this.hashes[e]!);
  }
}
