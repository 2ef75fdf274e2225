/** Display helpers shared by the popup and the side panel. Pure. */
import type { Author, ReviewEntry } from '../model';
import { authorName } from '../names';
import { OTHER_SOURCES, SITES } from '../sites/registry';

/** An author line's parts: at most `max` names, how many more there are, or "et al." when the source cut the list. */
export function authorsLineParts(
  authors: readonly Author[],
  opts: { max?: number; truncated?: boolean; total?: number } = {},
): { names: string; hidden: number; etAl: boolean } {
  const max = opts.max ?? 3;
  if (authors.length === 0) return { names: opts.total ? `${opts.total} authors` : 'Unknown authors', hidden: 0, etAl: false };
  const names = authors.slice(0, max).map(authorName).join(', ');
  const hidden = Math.max(opts.total ?? 0, authors.length) - Math.min(max, authors.length);
  return { names, hidden: Math.max(hidden, 0), etAl: hidden <= 0 && opts.truncated === true };
}

/** "A. Vaswani, N. Shazeer, N. Parmar, … +5" style: at most `max` names, then a count. */
export function shortAuthors(authors: readonly Author[], opts: { max?: number; truncated?: boolean; total?: number } = {}): string {
  const { names, hidden, etAl } = authorsLineParts(authors, opts);
  if (hidden > 0) return `${names}, … +${hidden}`;
  return etAl ? `${names} et al.` : names;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const SOURCE_NAMES = new Map([...SITES, ...OTHER_SOURCES].map((s) => [s.id, s.name]));

/** What the UI shows for a sighting's source: the site's display name (lib/sites/registry.ts), else the id itself. */
export function siteName(id: string): string {
  return SOURCE_NAMES.get(id) ?? id;
}

/** A review row's note when the entry is another version of a saved paper (lib/library/versions.ts). */
export function versionLabel(version: NonNullable<ReviewEntry['version']>): string {
  return version === 'published' ? 'Published version of a saved preprint' : 'Preprint of a saved paper';
}
