/** True for numbers with at most one decimal place (97.5, not 97.55), robust to float noise (0.1 * 3). */
export function hasAtMostOneDecimal(value: number): boolean {
  return Number.isInteger(Math.round(value * 1e6) / 1e5);
}
