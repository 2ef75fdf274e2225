/** Small helpers shared by site adapters. Everything here is pure and read-only. */

/** Collapse whitespace (including non-breaking and zero-width) and trim. */
export function clean(s: string | null | undefined): string {
  if (!s) return '';
  // JS \s already covers the non-breaking space; zero-width characters are rare, so test before replacing.
  const visible = ZERO_WIDTH.test(s) ? s.replace(ZERO_WIDTH_ALL, '') : s;
  return visible.replace(/\s+/g, ' ').trim();
}

const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/;
const ZERO_WIDTH_ALL = /[\u200b-\u200d\ufeff]/g;

/** Text content of the first match, cleaned; '' when absent. */
export function textOf(root: ParentNode | null | undefined, selector?: string): string {
  if (!root) return '';
  const el = selector ? root.querySelector(selector) : (root as Node);
  return el ? clean(el.textContent) : '';
}

/** Absolute http(s) URL of an href, or undefined. */
export function absUrl(href: string | null | undefined, base: URL | string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Remove footnote and role markers from a displayed name or title: "*", "†", "‡", "§", "¶", "#", trailing digits in sup. */
export function stripMarkers(s: string): string {
  return clean(s.replace(/[*†‡§¶✉#♠♣♥♦⋆∗]+/g, ' '));
}

/** Parse an integer shown with thousands separators ("1,955", "2.3k"); undefined when not a number. */
export function parseCount(s: string | null | undefined): number | undefined {
  const t = clean(s).toLowerCase().replace(/,/g, '');
  const m = /^(\d+(?:\.\d+)?)\s*([km])?$/.exec(t);
  if (!m) return undefined;
  const n = parseFloat(m[1]!) * (m[2] === 'k' ? 1000 : m[2] === 'm' ? 1_000_000 : 1);
  return Math.round(n);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month number 1-12 from an English month name or abbreviation. */
export function monthNumber(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "2024-08-01T00:00:00.000Z" -> "2024-08-01"; undefined when not an ISO date. */
export function isoDay(s: string | null | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Drop undefined values so scans stay compact and comparable. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
