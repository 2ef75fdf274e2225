/** How the side panel shows a paper: short author lists, links, dates. Pure. */
import type { Author, Paper, Signals } from '../../model';
import { arxivAbsUrl, arxivPdfUrl, doiUrl } from '../../identity';
import { splitPersonName } from '../../names';

/** "Ashish Vaswani" -> "A. Vaswani"; "Vaswani, Ashish" -> "A. Vaswani"; "Jean-Pierre van Dam" -> "J.-P. van Dam". */
export function abbreviateName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  const parts = splitPersonName(n);
  if (!parts?.given || !parts.family) return n;
  const initials = parts.given
    .split(' ')
    .map((g) =>
      g
        .split('-')
        .map((part) => {
          const first = [...part][0];
          if (!first) return '';
          // Already an initial ("A." or "A"): keep as "A."
          return /\p{L}/u.test(first) ? `${first.toUpperCase()}.` : part;
        })
        .join('-'),
    )
    .filter(Boolean)
    .join(' ');
  return [initials, parts.family, parts.suffix].filter(Boolean).join(' ');
}

/** A person's name abbreviated; an organisation's shown whole ("The OPT Team"). */
function shortName(a: Author): string {
  return typeof a === 'string' ? abbreviateName(a) : a.literal;
}

/** "A. Vaswani, N. Shazeer, … +6": every name when there are at most three, else two and a count. Never invents names. */
export function authorLine(p: Pick<Paper, 'authors' | 'authorsTruncated' | 'authorCount'>): string {
  const total = Math.max(p.authorCount ?? 0, p.authors.length);
  if (p.authors.length === 0) return total ? `${total} authors` : 'Unknown authors';
  if (total <= 3 && p.authors.length === total) {
    const line = p.authors.map(shortName).join(', ');
    return p.authorsTruncated && !p.authorCount ? `${line} et al.` : line;
  }
  const shown = p.authors.slice(0, 2).map(shortName).join(', ');
  const hidden = total - Math.min(2, p.authors.length);
  if (hidden > 0 && (p.authorCount !== undefined || !p.authorsTruncated)) return `${shown}, … +${hidden}`;
  return `${shown} et al.`;
}

export interface PaperLink {
  label: string;
  href: string;
}

/** Only http(s) URLs become links (page data is untrusted even after validation). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Every way to reach the paper: arXiv, PDF, code, DOI, the paper's page and other identifiers; no duplicates. */
export function paperLinks(p: Paper): PaperLink[] {
  const out: PaperLink[] = [];
  const add = (label: string, url: string | undefined) => {
    const href = safeHref(url);
    if (href && !out.some((l) => l.href === href)) out.push({ label, href });
  };
  if (p.ids.arxiv) add(`arXiv ${p.ids.arxiv}`, arxivAbsUrl(p.ids.arxiv));
  add('PDF', p.pdf ?? (p.ids.arxiv ? arxivPdfUrl(p.ids.arxiv) : undefined));
  add('Code', p.code);
  if (p.ids.doi) add(`DOI ${p.ids.doi}`, doiUrl(p.ids.doi));
  add('Paper page', p.url);
  if (p.ids.openreview) add('OpenReview', `https://openreview.net/forum?id=${encodeURIComponent(p.ids.openreview)}`);
  if (p.ids.dblp) add('DBLP', `https://dblp.org/rec/${p.ids.dblp}`);
  if (p.ids.s2) add('Semantic Scholar', `https://www.semanticscholar.org/paper/${encodeURIComponent(p.ids.s2)}`);
  return out;
}

/** Distinct source sites, in first-seen order. */
export function sourceSites(p: Paper): string[] {
  return [...new Set(p.sources.map((s) => s.site))];
}

export function formatDate(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return 'unknown date';
  return new Date(ms).toISOString().slice(0, 10);
}

const SIGNAL_LABELS: Record<keyof Signals, string> = {
  upvotes: 'Upvotes',
  citations: 'Citations',
  comments: 'Comments',
  score: 'Score',
  category: 'Category',
  categories: 'Categories',
  orgs: 'Organisations',
  hasCode: 'Has code',
  stars: 'Code stars',
};

/** Signals as label/value pairs for a definition list. */
export function signalRows(s: Signals | undefined): [string, string][] {
  if (!s) return [];
  const rows: [string, string][] = [];
  for (const key of Object.keys(SIGNAL_LABELS) as (keyof Signals)[]) {
    const v = s[key];
    if (v === undefined) continue;
    const text = Array.isArray(v)
      ? v.join(', ')
      : typeof v === 'boolean'
        ? v
          ? 'yes'
          : 'no'
        : typeof v === 'number'
          ? v.toLocaleString('en')
          : v;
    if (text) rows.push([SIGNAL_LABELS[key], text]);
  }
  return rows;
}

/** The year shown in a row: the year, else the date's year. */
function displayYear(p: Paper): string {
  if (p.year) return String(p.year);
  return p.date?.slice(0, 4) ?? '';
}

/** "NeurIPS 2017 · 2017" says the year twice: venue, then the year only when the venue does not already show it. */
export function venueYear(p: Paper): string {
  const year = displayYear(p);
  const venue = p.venue?.trim() ?? '';
  if (venue && year && venue.includes(year)) return venue;
  return [venue, year].filter(Boolean).join(' · ');
}
