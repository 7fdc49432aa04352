/**
 * A small seeded pseudo-random generator (mulberry32) for the usage demo data: the same seed gives
 * the same numbers on every run, in every process, so server and mocks serve identical figures.
 */
export function seededRandom(seed: string): () => number {
  // FNV-1a over the seed text gives the 32-bit start state.
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform number in [min, max). */
export const between = (random: () => number, min: number, max: number) => min + (max - min) * random();
