// A small seeded pseudo-random generator (sfc32, seeded through splitmix32) and the draws the generators need.
// Every request has a generator of its own, seeded from the run's seed and the request's index, so one request
// can be made again on its own (FUZZ_SEED and FUZZ_ONLY) whatever the order in which the others were sent.

function splitmix32(state) {
  let next = state >>> 0;
  return () => {
    next = (next + 0x9e3779b9) >>> 0;
    let z = next;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Mixes numbers (a seed, an index, a stream) into one 32-bit seed. */
export function mixSeed(...parts) {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const mix = splitmix32(hash ^ (Number(part) >>> 0));
    hash = (mix() ^ Math.imul(hash, 0x01000193)) >>> 0;
  }
  return hash >>> 0;
}

export class Rng {
  constructor(seed) {
    const seeds = splitmix32(seed);
    this.a = seeds();
    this.b = seeds();
    this.c = seeds();
    this.d = seeds();
    for (let i = 0; i < 12; i++) this.next32();
  }

  /** A uniform 32-bit unsigned integer (sfc32). */
  next32() {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  float() {
    return this.next32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min, max) {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** An integer in [min, max] drawn on a logarithmic scale, so small and huge values are both common. */
  logInt(min, max) {
    const low = Math.log(Math.max(1, min));
    const high = Math.log(Math.max(1, max));
    return Math.min(max, Math.max(min, Math.round(Math.exp(low + this.float() * (high - low)))));
  }

  chance(probability) {
    return this.float() < probability;
  }

  pick(items) {
    return items[Math.floor(this.float() * items.length)];
  }

  /** Picks from [[weight, value], …]. */
  weighted(entries) {
    const total = entries.reduce((sum, [weight]) => sum + weight, 0);
    let at = this.float() * total;
    for (const [weight, value] of entries) {
      at -= weight;
      if (at < 0) return value;
    }
    return entries[entries.length - 1][1];
  }

  bytes(length) {
    const buffer = Buffer.allocUnsafe(length);
    for (let i = 0; i < length; i += 4) {
      const word = this.next32();
      for (let k = 0; k < 4 && i + k < length; k++) buffer[i + k] = (word >>> (8 * k)) & 0xff;
    }
    return buffer;
  }

  /** A string of `length` characters drawn from `alphabet`. */
  string(length, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') {
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(this.float() * alphabet.length)];
    return text;
  }

  /** An identifier-like name. */
  name(min = 1, max = 12) {
    return this.string(1, 'abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ')
      + this.string(this.int(min - 1, max - 1), 'abcdefghijklmnopqrstuvwxyz_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  }
}

export function rngFor(seed, ...stream) {
  return new Rng(mixSeed(seed, ...stream));
}
