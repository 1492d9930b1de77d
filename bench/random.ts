/** A small seeded PRNG (sfc32, seeded through splitmix32): the same seed always gives the same corpus. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks with a skew towards the start of the list (index ~ n * u^skew): a few items are used often, most rarely. */
  skewed<T>(items: readonly T[], skew?: number): T;
  /** An integer near `mean`, roughly bell-shaped (sum of three uniforms), clamped to [min, max]. */
  around(mean: number, spread: number, min: number, max: number): number;
}

/** splitmix32: spreads a seed (and any sub-seed) over 32 bits. */
export function mix(seed: number): number {
  let z = (seed + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A sub-seed for item `index` of a run seeded with `seed`, so item 7 is the same whether 10 or 10,000 are made. */
export const subSeed = (seed: number, index: number, salt = 0) => mix(mix(mix(seed) ^ index) ^ salt);

export function createRandom(seed: number): Random {
  let a = mix(seed);
  let b = mix(a);
  let c = mix(b);
  let d = mix(c);
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const at = <T>(items: readonly T[], index: number): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.min(index, items.length - 1)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    skewed: (items, skew = 2) => at(items, Math.floor(items.length * next() ** skew)),
    around: (mean, spread, min, max) => {
      const unit = (next() + next() + next()) / 3 - 0.5; // in (-0.5, 0.5), peaked at 0
      return Math.max(min, Math.min(max, Math.round(mean + unit * 2 * spread)));
    },
  };
}
