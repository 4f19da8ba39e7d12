/** Dates in actor dictionaries: YYMMDD (00–30 → 20YY, else 19YY) or YYYYMMDD, to YYYY-MM-DD. */
export function dictDate(raw: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(raw)) {
    y = Number(raw.slice(0, 4));
    rest = raw.slice(4);
  } else if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = raw.slice(2);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}
