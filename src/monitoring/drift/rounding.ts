/** Small numeric helpers shared by the drift statistics. */

/**
 * Rounds to the nearest integer, ties to even — NumPy's `np.round`, which
 * SciPy uses where the KS code rounds (`h = round(d·lcm)`, `n = round(en)`);
 * `Math.round` rounds ties up and would pick another `n` for, e.g., en = 10000.5.
 */
export function roundHalfEven(x: number): number {
  const r = Math.round(x)
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r
}

/** Clips a probability to [0, 1] (NaN stays NaN). */
export function clipProbability(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p
}

/** Greatest common divisor of two non-negative integers. */
export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}
