/**
 * The entry indexes of a dict's number keys (ints, and floats and bools by their numeric
 * value: dict.ts's primKey): open addressing with linear probing over typed arrays, as
 * CPython's dict indexes its entries. A JS Map of a million number keys spends most of a
 * lookup on cache misses (scale_dict: 0.8 s of a 2.6 s run in Map.get); here a probe reads two
 * adjacent typed-array slots.
 */

/** A slot never used (ends a probe sequence). */
const EMPTY = -1;
/** A slot whose key was deleted (probing goes on past it). */
const DELETED = -2;

const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);

function hashNumber(x: number): number {
  let h: number;
  if ((x | 0) === x) h = Math.imul(x, 0x9e3779b1);
  else {
    F64[0] = x;
    h = Math.imul(I32[0] ^ Math.imul(I32[1], 0x85ebca6b), 0x9e3779b1);
  }
  return h ^ (h >>> 15);
}

export class NumIndex {
  private keys: Float64Array;
  /** Entry index for each slot, or EMPTY / DELETED. */
  private slots: Int32Array;
  private mask: number;
  /** Slots not EMPTY (live and deleted): the load that decides when to grow. */
  private used: number;
  private live: number;

  constructor(capacity = 16) {
    this.keys = new Float64Array(capacity);
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.used = 0;
    this.live = 0;
  }

  /** The entry index of `x`, or -1. */
  get(x: number): number {
    const keys = this.keys, slots = this.slots, mask = this.mask;
    for (let i = hashNumber(x) & mask; ; i = (i + 1) & mask) {
      const s = slots[i];
      if (s === EMPTY) return -1;
      if (s >= 0 && keys[i] === x) return s;
    }
  }

  /** Indexes `x` (not yet present) as entry `j`. */
  add(x: number, j: number): void {
    if ((this.used + 1) * 4 > (this.mask + 1) * 3) this.resize();
    const keys = this.keys, slots = this.slots, mask = this.mask;
    let i = hashNumber(x) & mask;
    while (slots[i] >= 0) i = (i + 1) & mask;
    if (slots[i] === EMPTY) this.used++;
    keys[i] = x;
    slots[i] = j;
    this.live++;
  }

  delete(x: number): void {
    const keys = this.keys, slots = this.slots, mask = this.mask;
    for (let i = hashNumber(x) & mask; ; i = (i + 1) & mask) {
      const s = slots[i];
      if (s === EMPTY) return;
      if (s >= 0 && keys[i] === x) {
        slots[i] = DELETED;
        this.live--;
        return;
      }
    }
  }

  /** Rehashes the live keys into a table at most half full (dropping the deleted slots). */
  private resize(): void {
    const oldKeys = this.keys, oldSlots = this.slots;
    let capacity = 16;
    while (capacity < (this.live + 1) * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.used = 0;
    this.live = 0;
    for (let i = 0; i < oldSlots.length; i++) if (oldSlots[i] >= 0) this.add(oldKeys[i], oldSlots[i]);
  }
}
