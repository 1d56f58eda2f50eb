const round2 = (n: number) => Math.round(n * 100) / 100;

/** Linear-interpolated quantile of sorted values (the common "type 7"); null for none. */
export function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return round2(sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo));
}
