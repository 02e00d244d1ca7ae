/**
 * Seeded PRNG (sfc32) whose whole state is four uint32s in a plain array, so it is checkpointed,
 * serialised and rewound together with the rest of the simulation state.
 */
export type RngState = [number, number, number, number];

/** Creates the generator state for a seed; mixes the seed with splitmix32 so nearby seeds diverge at once. */
export function createRng(seed: number): RngState {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state: RngState = [next(), next(), next(), next()];
  // Discard the first outputs: sfc32 needs a few rounds to mix a fresh state.
  for (let i = 0; i < 12; i++) nextU32(state);
  return state;
}

/** Next unsigned 32-bit integer; advances the state in place. */
export function nextU32(rng: RngState): number {
  let [a, b, c, d] = rng;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  rng[0] = a >>> 0;
  rng[1] = b >>> 0;
  rng[2] = c >>> 0;
  rng[3] = d >>> 0;
  return t >>> 0;
}

/** Uniform float in [0, 1). */
export function nextFloat(rng: RngState): number {
  return nextU32(rng) / 4294967296;
}

/** Uniform integer in [0, bound) for 0 < bound ≤ 2^32 (rejection sampling: no modulo bias). */
export function nextInt(rng: RngState, bound: number): number {
  if (!(bound > 0)) throw new RangeError(`nextInt bound must be positive, got ${bound}`);
  const limit = 4294967296 - (4294967296 % bound);
  for (;;) {
    const x = nextU32(rng);
    if (x < limit) return x % bound;
  }
}
