import type { Candidate, EntryType, PageContext, PageKind, PageScan } from '../model';
import type { Listing, PagedListing, Site, SiteAdapter } from './adapter';
import { listingOf, ownerListing, searchTitle } from './listing';
import { absUrl, clean, compact, textOf, titlesAt } from './dom';
import { arxivAbsUrl, arxivPdfUrl, doiUrl, idsFromUrl, parseArxivId } from '../identity';
import { textReader, type TextReader } from './math-text';

/**
 * dblp: person pages (`/pid/...`, old `/pers/...`), tables of contents (`/db/conf|journals/...`) and search results.
 * Every entry is `li.entry.<type>#<dblp key>` holding schema.org microdata in `cite.data` (`div.data` on old builds).
 */

/** dblp.dagstuhl.de is dblp's mirror: real record markup saved from it links every author and venue there. */
const HOSTS = new Set(['dblp.org', 'dblp.uni-trier.de', 'www.dblp.org', 'dblp.dagstuhl.de']);

function detect(doc: Document, url: URL): PageKind | null {
  if (!HOSTS.has(url.hostname)) return null;
  const p = url.pathname;
  const kind: PageKind | null = /^\/(pid|pers)\//.test(p)
    ? 'profile'
    : p.startsWith('/db/')
      ? 'venue'
      : p.startsWith('/search')
        ? 'feed'
        : null;
  // Search results are rendered by script into #completesearch-publs: claim the page before they arrive.
  return kind === 'feed' || (kind && doc.querySelector('li.entry')) ? kind : null;
}

const TYPES: Record<string, EntryType> = {
  article: 'article',
  inproceedings: 'inproceedings',
  informal: 'preprint',
  book: 'book',
  editor: 'book',
  incollection: 'incollection',
  reference: 'incollection',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  data: 'misc',
  withdrawn: 'misc',
};

function entryType(li: Element): EntryType | undefined {
  for (const cls of li.classList) if (TYPES[cls]) return TYPES[cls];
  return undefined;
}

function yearOf(el: Element | null | undefined): number | undefined {
  return Number(/\d{4}/.exec(textOf(el, '[itemprop="datePublished"]'))?.[0]) || undefined;
}

/** dblp ends every title with a period unless it already ends in "?" or "!". */
function displayTitle(s: string): string {
  return s.replace(/(?<!\.)\.$/, '').trim();
}

function authorsOf(cite: Element): string[] {
  const people = [...cite.querySelectorAll('[itemprop="author"], [itemprop="editor"]')];
  if (people.length) return people.map((el) => textOf(el)).filter(Boolean);
  // Old markup: bare `span[itemprop=name][title]` per person, before the title.
  const names: string[] = [];
  for (const el of cite.querySelectorAll('[itemprop="name"]')) {
    if (el.classList.contains('title')) break;
    if (el.hasAttribute('title')) names.push(textOf(el));
  }
  return names;
}

/** What a table of contents says once for all its papers: the venue heading and the proceedings' year. */
interface PageDefaults {
  venue?: string;
  year?: number;
}

function extractEntry(li: Element, base: URL, defaults: PageDefaults, read: TextReader): Candidate | null {
  const cite = li.querySelector('cite.data, .data');
  if (!cite) return null;
  const title = displayTitle(textOf(cite, '.title', read));
  if (!title) return null;

  const venueName = textOf(cite, '[itemprop="isPartOf"] [itemprop="name"]') || textOf(cite, 'a[href*="/db/"]') || defaults.venue;
  const volume = textOf(cite, '[itemprop="volumeNumber"]');
  const year = yearOf(cite) ?? defaults.year;

  let doi: string | undefined;
  let arxiv = venueName === 'CoRR' ? parseArxivId(volume.replace(/^abs\//, '')) : undefined;
  let ee: string | undefined;
  // Electronic editions: the `li.ee` links, and on old builds the head link of the first drop-down.
  for (const a of li.querySelectorAll('li.ee a[href], nav.publ > ul > li:first-child > .head a[href]')) {
    const href = absUrl(a.getAttribute('href'), base);
    if (!href || HOSTS.has(new URL(href).hostname)) continue;
    const ids = idsFromUrl(href);
    if (ids.arxiv) arxiv ??= ids.arxiv;
    else if (ids.doi) doi ??= ids.doi;
    ee ??= href;
  }

  const key = li.id || undefined;
  const url = doi ? doiUrl(doi) : arxiv ? arxivAbsUrl(arxiv) : (ee ?? (key ? `https://dblp.org/rec/${key}.html` : undefined));
  return compact({
    title,
    authors: authorsOf(cite),
    authorsTruncated: false,
    year,
    date: year ? String(year) : undefined,
    venue: venueName,
    type: entryType(li),
    ids: compact({ dblp: key, doi, arxiv }),
    url,
    pdf: arxiv ? arxivPdfUrl(arxiv) : undefined,
  });
}

function context(doc: Document, kind: PageKind, url: URL): PageContext | undefined {
  const headline = doc.querySelector('#headline');
  const heading = clean(headline?.getAttribute('data-name')) || textOf(doc, '#headline h1 .name') || textOf(doc, 'h1');
  const ctx: PageContext = {};
  if (kind === 'profile' && heading) ctx.name = heading;
  else if (heading) ctx.title = heading;
  const q = url.searchParams.get('q');
  if (q) ctx.query = q;
  const affiliation = textOf(doc, '#info-section [itemprop="affiliation"], .profile [itemprop="affiliation"]');
  if (kind === 'profile' && affiliation) ctx.affiliation = affiliation;
  return Object.keys(ctx).length ? ctx : undefined;
}

/** A person (dblp lists every publication on the page), a proceedings volume, a search. */
function listing(_doc: Document, _url: URL, scan: PageScan): Listing | null {
  const ctx = scan.context;
  if (scan.kind === 'profile') return ownerListing(ctx);
  if (scan.kind === 'venue') return listingOf(ctx?.title);
  return ctx?.query ? listingOf(searchTitle('DBLP', ctx.query)) : null;
}

function extract(doc: Document, url: URL): PageScan {
  const kind = detect(doc, url) ?? 'profile';
  const entries: Candidate[] = [];
  const defaults: PageDefaults = {};
  if (kind === 'venue') {
    defaults.venue = textOf(doc, '#headline h1') || textOf(doc, 'h1') || undefined;
    const volume = doc.querySelector('li.entry.editor cite');
    defaults.year = yearOf(volume) ?? (Number(/\b(19|20)\d{2}\b/.exec(defaults.venue ?? '')?.[0]) || undefined);
  }
  const read = textReader(doc);
  for (const li of doc.querySelectorAll('ul.publ-list > li.entry, #completesearch-publs li.entry')) {
    // On a table of contents the proceedings volume itself heads the list; it is not one of the papers.
    if (kind === 'venue' && li.classList.contains('editor')) continue;
    const c = extractEntry(li, url, defaults, read);
    if (c) entries.push(c);
  }
  return compact({ site: 'dblp', kind, url: url.href, context: context(doc, kind, url), entries });
}

/**
 * A search (`/search?q=…`, `/search/publ?q=…`) is its query. A person page (`/pid/…`) is no paged listing: it shows
 * every paper of the person at once, which the popup says.
 */
function pagedListing(url: URL): PagedListing | null {
  if (!HOSTS.has(url.hostname) || !url.pathname.startsWith('/search')) return null;
  const q = url.searchParams.get('q')?.trim().replace(/\s+/g, ' ');
  if (!q) return null;
  return {
    key: `dblp:search?q=${encodeURIComponent(q)}`,
    label: `dblp search “${q}”`,
    onePage: { text: 'A dblp person page (dblp.org/pid/…) lists every paper of the person on one page.' },
  };
}

export const dblpSite: Site = {
  id: 'dblp',
  name: 'DBLP',
  matches: ['https://dblp.org/*', 'https://dblp.uni-trier.de/*', 'https://dblp.dagstuhl.de/*'],
  pagedListing,
};

export const dblp: SiteAdapter = {
  ...dblpSite,
  detect,
  extract,
  count: (doc, url) =>
    doc.querySelectorAll(
      detect(doc, url) === 'venue' ? 'ul.publ-list > li.entry:not(.editor)' : 'ul.publ-list > li.entry, #completesearch-publs li.entry',
    ).length,
  watch: '#completesearch-publs',
  titles: (doc) => titlesAt(doc, 'li.entry cite .title'),
  listing,
};
