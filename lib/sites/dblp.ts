import type { Candidate, EntryType, PageContext, PageKind, PageScan } from '../model';
import type { Listing, PageAddress, PagedListing, Site, SiteAdapter, SitePresence } from './adapter';
import { listingOf, ownerListing, searchTitle } from './listing';
import { classAttr, clean, compact, hasClass, isAsciiSpace, plainHttpUrl, textOf, titlesAt, type PlainHttpUrl } from './dom';
import { arxivAbsUrl, arxivPdfUrl, doiUrl, idsFromHostPath, parseArxivId } from '../identity';
import { textReader, type TextReader } from './math-text';

/**
 * dblp: person pages (`/pid/...`, old `/pers/...`), tables of contents (`/db/conf|journals/...`) and search results.
 * Every entry is `li.entry.<type>#<dblp key>` holding schema.org microdata in `cite.data` (`div.data` on old builds).
 */

/** dblp.dagstuhl.de is dblp's mirror: real record markup saved from it links every author and venue there. */
const HOSTS = new Set(['dblp.org', 'dblp.uni-trier.de', 'www.dblp.org', 'dblp.dagstuhl.de']);

function detect(doc: Document, url: PageAddress): PageKind | null {
  if (!HOSTS.has(url.hostname)) return null;
  const p = url.pathname;
  // String tests, not a regex: the content script runs this on every dblp page (`listed`).
  const kind: PageKind | null =
    p.startsWith('/pid/') || p.startsWith('/pers/') ? 'profile' : p.startsWith('/db/') ? 'venue' : p.startsWith('/search') ? 'feed' : null;
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

/**
 * The first class token naming a type (as `classList` lists them), from the class attribute: token by token with
 * indexOf, no array or DOMTokenList per entry.
 */
function entryType(classes: string): EntryType | undefined {
  const n = classes.length;
  for (let start = 0; start < n;) {
    let end = start;
    while (end < n && !isAsciiSpace(classes.charCodeAt(end))) end++;
    if (end > start) {
      const cls = classes.slice(start, end);
      if (Object.hasOwn(TYPES, cls)) return TYPES[cls];
    }
    start = end + 1;
  }
  return undefined;
}

function yearOf(el: Element | null | undefined): number | undefined {
  return Number(/\d{4}/.exec(textOf(el, '[itemprop="datePublished"]'))?.[0]) || undefined;
}

/** The year a `[itemprop="datePublished"]` element shows. */
function yearIn(date: Element | undefined): number | undefined {
  return date ? Number(/\d{4}/.exec(clean(date.textContent))?.[0]) || undefined : undefined;
}

/** dblp ends every title with a period unless it already ends in "?" or "!". */
function displayTitle(s: string): string {
  // What `s.replace(/(?<!\.)\.$/, '')` gives, without a regex tried at every position of the title.
  return (s.endsWith('.') && !s.endsWith('..') ? s.slice(0, -1) : s).trim();
}

/** An `li.ee`: every link in it is an electronic edition. */
const isEditionItem = (el: Element) => el.localName === 'li' && hasClass(classAttr(el), 'ee');

/** The `.head` of the first drop-down of `nav.publ > ul` (old builds): its link is an electronic edition. */
function isEditionHead(el: Element): boolean {
  const item = el.parentElement;
  // The test that fails for all but the first drop-down's head comes first.
  if (!item || item.previousElementSibling || item.localName !== 'li' || !hasClass(classAttr(el), 'head')) return false;
  const list = item.parentElement;
  const nav = list?.localName === 'ul' ? list.parentElement : null;
  return nav?.localName === 'nav' && hasClass(classAttr(nav), 'publ');
}

/**
 * The electronic editions of the entry `li`, in document order: the links below an `li.ee` or an edition head that is
 * below `li` (what `li.ee a[href], nav.publ > ul > li:first-child > .head a[href]` finds inside the entry, hrefs
 * checked by the caller). Found from the class collections of those few holders, not by testing every link's
 * ancestors (a selector list with descendant combinators queried on every entry costs several bare walks of it).
 * The holders of each collection come in document order; their links do too unless one holder is inside another
 * (then its links are the other's too: a link found twice). On dblp's pages the `li.ee` items are in the body that
 * follows the one edition head: that order is checked with a `contains` each, and only other layouts are sorted.
 */
function editionLinks(li: Element): Element[] {
  const links: Element[] = [];
  // A collection matches classes case-insensitively in a quirks-mode page: each holder is checked again.
  let head: Element | undefined;
  let heads = 0;
  const headCandidates = li.getElementsByClassName('head');
  for (let i = 0, n = headCandidates.length; i < n; i++) {
    const holder = headCandidates[i]!;
    if (isEditionHead(holder) && pushLinks(holder, links)) {
      head = holder;
      heads++;
    }
  }
  // What follows the head in its drop-down: dblp's body of edition items.
  const body = heads === 1 ? head!.nextElementSibling : null;
  let ordered = heads < 2;
  let holders = heads;
  const itemCandidates = li.getElementsByClassName('ee');
  for (let i = 0, n = itemCandidates.length; i < n; i++) {
    const holder = itemCandidates[i]!;
    if (!isEditionItem(holder) || !pushLinks(holder, links)) continue;
    holders++;
    // dblp's li.ee is two levels below the body (body > ul > li.ee): two parent reads, cheaper than contains.
    if (ordered && heads === 1) ordered = body !== null && (holder.parentElement?.parentElement === body || body.contains(holder));
  }
  if (holders < 2 || (ordered && !hasRepeats(links))) return links;
  // Links of several holders: into document order, each once (a holder may be inside another).
  links.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  return links.filter((a, i) => i === 0 || a !== links[i - 1]);
}

/** Whether an element is in the list twice (a few links: compared pairwise, no DOM call). */
function hasRepeats(links: Element[]): boolean {
  for (let i = 1, n = links.length; i < n; i++) for (let k = 0; k < i; k++) if (links[k] === links[i]) return true;
  return false;
}

/** Appends the links below `holder` to `links`; whether it has any. */
function pushLinks(holder: Element, links: Element[]): boolean {
  const inside = holder.getElementsByTagName('a');
  const n = inside.length;
  for (let k = 0; k < n; k++) links.push(inside[k]!);
  return n > 0;
}

/** `Node.DOCUMENT_POSITION_FOLLOWING` (no `Node` global outside a browser). */
const FOLLOWING = 4;

/** What the entry's microdata says, read in one pass over its `[itemprop]` elements (one query instead of six). */
interface Microdata {
  /** `[itemprop="author"]` and `[itemprop="editor"]`, in page order. */
  people: Element[];
  /** The first `[itemprop="name"]` inside an `[itemprop="isPartOf"]`. */
  venue?: Element;
  volume?: Element;
  date?: Element;
}

function microdata(cite: Element): Microdata {
  const md: Microdata = { people: [] };
  readProps(cite.firstElementChild, false, md);
  return md;
}

/**
 * Visits `first`, its following siblings and everything below them in document order (what `[itemprop]` finds),
 * by child and sibling links: a selector query per entry costs more than a bare read of the entry's text. Whether an
 * `[itemprop="isPartOf"]` is above an element is carried down the walk.
 */
function readProps(first: Element | null, inPartOf: boolean, md: Microdata): void {
  for (let el = first; el; el = el.nextElementSibling) {
    const prop = el.getAttribute('itemprop');
    if (prop !== null) {
      if (prop === 'author' || prop === 'editor') md.people.push(el);
      else if (prop === 'name') {
        if (inPartOf && !md.venue) md.venue = el;
      } else if (prop === 'volumeNumber') md.volume ??= el;
      else if (prop === 'datePublished') md.date ??= el;
    }
    const child = el.firstElementChild;
    if (child) readProps(child, inPartOf || prop === 'isPartOf', md);
  }
}

function authorsOf(cite: Element, people: Element[]): string[] {
  if (people.length) {
    const names: string[] = [];
    for (let i = 0, n = people.length; i < n; i++) {
      const name = clean(people[i]!.textContent);
      if (name) names.push(name);
    }
    return names;
  }
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

/** One entry `li`, whose class attribute is `classes`. */
function extractEntry(li: Element, classes: string, base: URL, defaults: PageDefaults, read: TextReader): Candidate | null {
  // `cite.data, .data`: the first element of class "data" (cite.data is one of them).
  const cite = li.getElementsByClassName('data')[0];
  if (!cite) return null;
  const title = displayTitle(clean(read(cite.getElementsByClassName('title')[0])));
  if (!title) return null;

  const md = microdata(cite);
  const venueName = (md.venue && clean(md.venue.textContent)) || textOf(cite, 'a[href*="/db/"]') || defaults.venue;
  const volume = md.volume ? clean(md.volume.textContent) : '';
  const year = yearIn(md.date) ?? defaults.year;

  let doi: string | undefined;
  let arxiv = venueName === 'CoRR' ? parseArxivId(volume.replace(/^abs\//, '')) : undefined;
  let ee: string | undefined;
  // Electronic editions: the `li.ee` links, and on old builds the head link of the first drop-down.
  const links = editionLinks(li);
  let previous: string | null = null;
  for (let i = 0, n = links.length; i < n; i++) {
    // Once all three are known, no later link changes them.
    if (ee !== undefined && doi !== undefined && arxiv !== undefined) break;
    const href = links[i]!.getAttribute('href');
    // The same link twice in a row (old builds: the head link, then the first `li.ee`) changes nothing the second time.
    if (href === previous) continue;
    previous = href;
    // What absUrl gives, taken apart once for the host check and the identifiers.
    const link = httpUrl(href, base);
    if (!link || HOSTS.has(link.hostname)) continue;
    const ids = idsFromHostPath(link.hostname, link.pathname);
    if (ids.arxiv) arxiv ??= ids.arxiv;
    else if (ids.doi) doi ??= ids.doi;
    ee ??= link.href;
  }

  const key = li.id || undefined;
  const url = doi ? doiUrl(doi) : arxiv ? arxivAbsUrl(arxiv) : (ee ?? (key ? `https://dblp.org/rec/${key}.html` : undefined));
  // Built with only the fields that have a value, in the order compact() would leave them (no deletes per entry).
  const c = { title, authors: authorsOf(cite, md.people), authorsTruncated: false } as Candidate; // ids follow, in their place
  if (year !== undefined) c.year = year;
  if (year) c.date = String(year);
  if (venueName !== undefined) c.venue = venueName;
  const type = entryType(classes);
  if (type !== undefined) c.type = type;
  const ids: Candidate['ids'] = {};
  if (key !== undefined) ids.dblp = key;
  if (doi !== undefined) ids.doi = doi;
  if (arxiv !== undefined) ids.arxiv = arxiv;
  c.ids = ids;
  if (url !== undefined) c.url = url;
  if (arxiv) c.pdf = arxivPdfUrl(arxiv);
  return c;
}

/** An href resolved against the page as an http(s) URL (absUrl's answer, taken apart), or undefined. */
function httpUrl(href: string | null, base: URL): PlainHttpUrl | URL | undefined {
  if (!href) return undefined;
  // An edition link is absolute (doi.org, arxiv.org, a publisher): most need no parse.
  const plain = plainHttpUrl(href);
  if (plain) return plain;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
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

/** Where dblp's search renders its results by script. */
const WATCH = '#completesearch-publs';

/**
 * Every entry: `ul.publ-list > li.entry, #completesearch-publs li.entry`. Search results live under
 * #completesearch-publs; on other pages the descendant selector (matched against every entry's ancestors) would find
 * nothing at the cost of several walks of the list.
 */
function entrySelector(doc: Document): string {
  return doc.getElementById('completesearch-publs') ? `ul.publ-list > li.entry, ${WATCH} li.entry` : 'ul.publ-list > li.entry';
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
  const items = doc.querySelectorAll(entrySelector(doc));
  for (let i = 0, n = items.length; i < n; i++) {
    const li = items[i]!;
    const classes = classAttr(li);
    // On a table of contents the proceedings volume itself heads the list; it is not one of the papers.
    if (kind === 'venue' && hasClass(classes, 'editor')) continue;
    const c = extractEntry(li, classes, url, defaults, read);
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

/**
 * What the content script on every matched page needs: the count and the list to watch (search results arrive
 * there by script, in place: the observer sees them; every other dblp page is a document of its own).
 */
export const dblpPresence: SitePresence = {
  listed(doc, at) {
    const kind = detect(doc, at);
    if (!kind) return null;
    return doc.querySelectorAll(kind === 'venue' ? 'ul.publ-list > li.entry:not(.editor)' : entrySelector(doc)).length;
  },
  watch: WATCH,
};

export const dblp: SiteAdapter = {
  ...dblpSite,
  detect,
  extract,
  watch: WATCH,
  titles: (doc) => titlesAt(doc, 'li.entry cite .title'),
  listing,
};
