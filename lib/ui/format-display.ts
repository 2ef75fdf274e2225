/** Display helpers shared by the popup and the side panel. Pure. */
import type { Author } from '../model';
import { authorName } from '../names';

/** "A. Vaswani, N. Shazeer, N. Parmar, … +5" style: at most `max` names, then a count. */
export function shortAuthors(authors: readonly Author[], opts: { max?: number; truncated?: boolean; total?: number } = {}): string {
  const max = opts.max ?? 3;
  if (authors.length === 0) return opts.total ? `${opts.total} authors` : 'Unknown authors';
  const shown = authors.slice(0, max).map(authorName).join(', ');
  const total = Math.max(opts.total ?? 0, authors.length);
  const hidden = total - Math.min(max, authors.length);
  if (hidden > 0) return `${shown}, … +${hidden}`;
  return opts.truncated ? `${shown} et al.` : shown;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const SITE_NAMES: Record<string, string> = {
  huggingface: 'Hugging Face',
  alfolio: 'al-folio',
  arxiv: 'arXiv',
  googlescholar: 'Google Scholar',
  semanticscholar: 'Semantic Scholar',
  dblp: 'DBLP',
  openreview: 'OpenReview',
  scholarfeed: 'Scholar Feed',
  hugoacademic: 'Hugo Academic',
  academicpages: 'AcademicPages',
  generic: 'Web page',
  text: 'Pasted text',
};

export function siteName(id: string): string {
  return SITE_NAMES[id] ?? id;
}
