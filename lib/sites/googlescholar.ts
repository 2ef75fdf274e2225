import type { Candidate, PageContext, PageKind, PageScan } from '../model';
import type { EntryTitle, Listing, LoadMore, PageAddress, RobotCheck, Site, SiteAdapter, SitePresence } from './adapter';
import { listingOf, searchTitle } from './listing';
import { absUrl, absUrlResolver, parseCount, clean, classAttr, compact, hasClass, walkText, textOf, titlesAt } from './dom';
import { idsFromUrl, parseArxivId } from '../identity';
import { textReader, type TextReader } from './math-text';
import { isWhiteSpace } from '../text/whitespace';

/**
 * Google Scholar: citations profiles (`/citations?user=…`, rows appended by "Show more" are picked up by re-scanning
 * `#gsc_a_b`) and search results (`/scholar?q=…`, 2016 `#gs_ccl` and current `#gs_res_ccl_mid` markup).
 * Scholar abbreviates: given names are initials, long author lists end in "…" and long venues are cut.
 */

const SCHOLAR_HOST = /^scholar\.google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;
const DOMAINS = [
  'com',
  'co.uk',
  'ca',
  'com.au',
  'co.in',
  'co.jp',
  'co.kr',
  'com.hk',
  'com.tw',
  'com.sg',
  'com.br',
  'com.mx',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'ch',
  'at',
  'be',
  'se',
  'pl',
  'ru',
  'cz',
];
const RESULT = '.gs_r .gs_ri';
/** The profile's table body, where "Show more" appends rows. */
const WATCH = '#gsc_a_b';

function detect(doc: Document, url: PageAddress): PageKind | null {
  if (!SCHOLAR_HOST.test(url.hostname)) return null;
  if (url.pathname === '/citations') return doc.querySelector('#gsc_a_b') ? 'profile' : null;
  if (url.pathname === '/scholar') return doc.querySelector(RESULT) ? 'feed' : null;
  return null;
}

/** "Y LeCun, Y Bengio, G Hinton" / "I Goodfellow, J Pouget-Abadie, M Mirza, ..." / "A Vaswani, N Shazeer…". */
function authorList(s: string): { authors: string[]; authorsTruncated: boolean } {
  const text = clean(s);
  const truncated = text.endsWith('…') || text.endsWith('...');
  return { authors: splitAtCommas(truncated ? text.replace(/,?\s*(?:…|\.\.\.)$/, '') : text), authorsTruncated: truncated };
}

/**
 * What a split at the regex `\s*,\s*` gives, empty parts left out: the parts between commas, without the whitespace
 * next to a comma. Each part is one slice of the line, its bounds found by `indexOf` and the whitespace `trim` drops
 * (no array of pieces to trim again: a thousand author lines per profile).
 */
function splitAtCommas(s: string): string[] {
  const out: string[] = [];
  for (let from = 0; ;) {
    const comma = s.indexOf(',', from);
    let start = from;
    let end = comma < 0 ? s.length : comma;
    if (from > 0) while (start < end && isWhiteSpace(s.charCodeAt(start))) start++;
    if (comma >= 0) while (end > start && isWhiteSpace(s.charCodeAt(end - 1))) end--;
    if (end > start) out.push(s.slice(start, end));
    if (comma < 0) return out;
    from = comma + 1;
  }
}

/** arXiv id from a venue such as "arXiv preprint arXiv:1412.6980". */
function venueIds(venue: string | undefined): { arxiv?: string; preprint: boolean } {
  // Most venues hold no ":" and do not start with an "a": neither regex can match them.
  if (!venue || !venue.includes(':')) return { arxiv: undefined, preprint: startsWithA(venue) && ARXIV_PREPRINT.test(venue!) };
  const preprint = ARXIV_PREPRINT.test(venue);
  return { arxiv: parseArxivId(/arXiv:\s*\S+/i.exec(venue)?.[0]), preprint };
}

const ARXIV_PREPRINT = /^arXiv preprint\b/i;
const startsWithA = (s: string | undefined) => s !== undefined && (s.charCodeAt(0) | 0x20) === 97;

// ---- profile ----------------------------------------------------------------------------------------------

/**
 * A row's link without the list position: rows added by "Show more" carry `cstart=1000&pagesize=100` (seen in the
 * real rows of dollodart/gssa input/aeinstein.html), so the same paper would get another URL on every page.
 */
function rowUrl(href: string | undefined): string | undefined {
  if (!href || (!href.includes('cstart=') && !href.includes('pagesize='))) return href;
  // Edit the string: URLSearchParams would re-encode the ":" in citation_for_view, unlike the first page's rows.
  const m = href ? /^([^?#]*)\?([^#]*)(.*)$/.exec(href) : null;
  if (!m) return href;
  const query = m[2]!.split('&').filter((p) => !/^(?:cstart|pagesize)=/.test(p));
  return `${m[1]}${query.length ? `?${query.join('&')}` : ''}${m[3]}`;
}

/** The parts of a profile row a paper is read from; each the first in document order, as a query on the row finds it. */
interface RowParts {
  /** `a.gsc_a_at`: the title and its link. */
  link?: Element;
  /** `td.gsc_a_t .gs_gray`: authors, then venue. */
  authors?: Element;
  venue?: Element;
  /** `.gsc_a_y .gsc_a_h`: the year column. */
  year?: Element;
  /** `a.gsc_a_ac`: the citation count. */
  cites?: Element;
  /** How many `td.gsc_a_t .gs_gray` were found (two at most are looked for). */
  grays: number;
}

/** What a class attribute says for the row walk, as bits: which of the classes looked for it holds. */
const GRAY = 1;
const TITLE_LINK = 2;
const CITES_LINK = 4;
const YEAR = 8;
const TITLE_CELL = 16;
const YEAR_CELL = 32;

function classRoles(cls: string): number {
  return (
    (hasClass(cls, 'gs_gray') ? GRAY : 0) |
    (hasClass(cls, 'gsc_a_at') ? TITLE_LINK : 0) |
    (hasClass(cls, 'gsc_a_ac') ? CITES_LINK : 0) |
    (hasClass(cls, 'gsc_a_h') ? YEAR : 0) |
    (hasClass(cls, 'gsc_a_t') ? TITLE_CELL : 0) |
    (hasClass(cls, 'gsc_a_y') ? YEAR_CELL : 0)
  );
}

/**
 * Each distinct class attribute's roles, decided once per page: a profile's rows repeat a handful of class strings
 * (the browser hands back the same string for each), so an element costs a lookup instead of six token scans.
 */
type RoleCache = Map<string, number>;

function rolesOf(cache: RoleCache, cls: string): number {
  let roles = cache.get(cls);
  if (roles === undefined) cache.set(cls, (roles = classRoles(cls)));
  return roles;
}

/**
 * One walk over the row's elements in document order, by sibling and child links (a `querySelectorAll('*')` per row
 * costs about twice a bare read of the row's text; a query per part or a descendant selector costs a walk of the row
 * each). Each element's class is read once; what its ancestors below the row are (`td.gsc_a_t`, `.gsc_a_y`) is
 * carried down the walk. Stops once every part is found.
 */
function rowParts(tr: Element, cache: RoleCache): RowParts {
  const laidOut = laidOutRow(tr, cache);
  if (laidOut) return laidOut;
  const parts: RowParts = { grays: 0 };
  walkRow(tr.firstElementChild, false, false, parts, cache);
  return parts;
}

/**
 * The row as Scholar lays it out, read by position: `td.gsc_a_t` (the title link, the authors line, the venue line),
 * `td.gsc_a_c` (the citations link), `td.gsc_a_y` (the year). Each element is checked for what makes it the part the
 * walk finds (its classes, its tag, nothing before it in the walk's order that the walk would take instead); null for
 * any other layout, which the walk then reads.
 */
function laidOutRow(tr: Element, cache: RoleCache): RowParts | null {
  const roles = (el: Element) => {
    const cls = classAttr(el);
    return cls ? rolesOf(cache, cls) : 0;
  };
  /** `first` and its following siblings have none of the classes looked for and nothing inside. */
  const inert = (first: Element | null) => {
    for (let el = first; el; el = el.nextElementSibling) if (roles(el) !== 0 || el.firstElementChild) return false;
    return true;
  };
  const cell = tr.firstElementChild;
  if (!cell || roles(cell) !== TITLE_CELL || cell.localName !== 'td') return null;
  const link = cell.firstElementChild;
  if (!link || roles(link) !== TITLE_LINK || link.localName !== 'a' || link.firstElementChild) return null;
  const authors = link.nextElementSibling;
  if (!authors || roles(authors) !== GRAY || authors.firstElementChild) return null;
  const venue = authors.nextElementSibling;
  if (!venue || roles(venue) !== GRAY || venue.nextElementSibling) return null;
  // What the venue line holds (its hidden year) and what follows the citations link (a merge mark) change nothing.
  if (!inert(venue.firstElementChild)) return null;
  const citesCell = cell.nextElementSibling;
  if (!citesCell || roles(citesCell) !== 0) return null;
  const cites = citesCell.firstElementChild;
  if (!cites || roles(cites) !== CITES_LINK || cites.localName !== 'a' || cites.firstElementChild || !inert(cites.nextElementSibling))
    return null;
  const yearCell = citesCell.nextElementSibling;
  if (!yearCell || roles(yearCell) !== YEAR_CELL) return null;
  const year = yearCell.firstElementChild;
  if (!year || !(roles(year) & YEAR)) return null;
  return { link, authors, venue, year, cites, grays: 2 };
}

/** Visits `first` and its following siblings, each before its children; false once every part is found. */
function walkRow(first: Element | null, inTitleCell: boolean, inYearCell: boolean, parts: RowParts, cache: RoleCache): boolean {
  for (let el = first; el; el = el.nextElementSibling) {
    const cls = classAttr(el);
    const roles = cls ? rolesOf(cache, cls) : 0;
    if (roles) {
      // Independent tests: one element may carry several of these classes.
      if (inTitleCell && parts.grays < 2 && roles & GRAY) {
        if (parts.grays++ === 0) parts.authors = el;
        else parts.venue = el;
      }
      if (!parts.link && roles & TITLE_LINK && el.localName === 'a') parts.link = el;
      if (!parts.cites && roles & CITES_LINK && el.localName === 'a') parts.cites = el;
      if (inYearCell && !parts.year && roles & YEAR) parts.year = el;
      if (parts.grays === 2 && parts.link && parts.cites && parts.year) return false;
    }
    const child = el.firstElementChild;
    if (
      child &&
      !walkRow(
        child,
        inTitleCell || ((roles & TITLE_CELL) !== 0 && el.localName === 'td'),
        inYearCell || (roles & YEAR_CELL) !== 0,
        parts,
        cache,
      )
    )
      return false;
  }
  return true;
}

/**
 * The venue (the line, cleaned, without its hidden year suffix) and that suffix (the first `.gs_oph` in the line),
 * cleaned. Most lines are a text then `span.gs_oph` holding one text: read as those two texts, the same strings as the
 * queries give; when both are clean already, the venue is the first text as it is (cleaning their concatenation and
 * cutting the suffix off again gives it back).
 */
function venueText(venue: Element | undefined): { venue: string; suffix: string } {
  if (!venue) return { venue: '', suffix: '' };
  const text = venue.firstChild;
  const span = text?.nextSibling;
  if (
    text &&
    text.nodeType === 3 &&
    span &&
    span.nodeType === 1 &&
    span === venue.lastChild &&
    hasClass(classAttr(span as Element), 'gs_oph')
  ) {
    const data = (text as Text).data;
    const year = (span as Element).textContent ?? '';
    const suffix = clean(year);
    if (suffix === year && clean(data) === data) return { venue: data, suffix };
    return { venue: withoutSuffix(clean(data + year), suffix), suffix };
  }
  const suffix = clean(venue.getElementsByClassName('gs_oph')[0]?.textContent);
  return { venue: withoutSuffix(clean(venue.textContent), suffix), suffix };
}

/** The venue line without the year suffix it ends with. */
function withoutSuffix(line: string, suffix: string): string {
  return (suffix && line.endsWith(suffix) ? line.slice(0, -suffix.length) : line).trim();
}

/** `parseCount` of a citation count; a plain number (most rows) without its checks (same answer). */
function citationCount(s: string): number | undefined {
  return /^\d{1,15}$/.test(s) ? Number(s) : parseCount(s);
}

function profileRow(
  tr: Element,
  resolve: (href: string | null) => string | undefined,
  read: TextReader,
  cache: RoleCache,
): Candidate | null {
  const { link, authors: authorsEl, venue: venueEl, year: yearEl, cites } = rowParts(tr, cache);
  const title = clean(read(link));
  if (!title) return null;
  const { authors, authorsTruncated } = authorList(authorsEl ? authorsEl.textContent : '');
  // The venue line ends with a hidden ", 2015" (span.gs_oph) repeating the year column.
  const { venue, suffix: yearSuffix } = venueText(venueEl);
  const year = Number(clean(yearEl?.textContent) || /\d{4}/.exec(yearSuffix)?.[0]) || undefined;
  const count = cites ? clean(cites.textContent) : undefined;
  const citations = count !== undefined ? citationCount(count.includes('*') ? count.replace(/\*/g, '') : count) : undefined;
  const { arxiv, preprint } = venueIds(venue);
  const href = rowUrl(resolve(link?.getAttribute('href') ?? null) ?? resolve(link?.getAttribute('data-href') ?? null));
  // Only the fields with a value, in the order scholarEntry gives them.
  const c = { title, authors, authorsTruncated } as Candidate;
  if (year !== undefined) c.year = year;
  if (venue) c.venue = venue;
  if (preprint) c.type = 'preprint';
  c.ids = arxiv !== undefined ? { arxiv } : {};
  if (href !== undefined) c.url = href;
  if (year) c.date = String(year);
  if (citations !== undefined) c.signals = { citations };
  return c;
}

/** Scholar shows a year, never a day (the entry's date is its year), and a citation count as its one signal. */
function scholarEntry(c: Omit<Candidate, 'date' | 'signals'>, citations: number | undefined): Candidate {
  // compact() of the spread, copied instead of deleted from (a thousand rows' worth of deletes shows in a profile).
  const out: Record<string, unknown> = {};
  for (const key in c) {
    const value = c[key as keyof typeof c];
    if (value !== undefined) out[key] = value;
  }
  if (c.year) out.date = String(c.year);
  if (citations !== undefined) out.signals = { citations };
  return out as unknown as Candidate;
}

function profileContext(doc: Document): PageContext {
  const stats: Record<string, number> = {};
  const columns = [...doc.querySelectorAll('#gsc_rsb_st thead th')].map((th) => clean(th.textContent));
  for (const tr of doc.querySelectorAll('#gsc_rsb_st tbody tr')) {
    const label = textOf(tr, '.gsc_rsb_sc1');
    tr.querySelectorAll('.gsc_rsb_std').forEach((td, i) => {
      const n = parseCount(td.textContent);
      const column = columns[i + 1];
      if (!label || n === undefined) return;
      stats[i === 0 ? label : `${label} (${column || `column ${i + 1}`})`] = n;
    });
  }
  const affiliation = [...doc.querySelectorAll('#gsc_prf_i .gsc_prf_il')].find((el) => !el.id);
  return compact({
    name: textOf(doc, '#gsc_prf_in') || undefined,
    affiliation: clean(affiliation?.textContent) || undefined,
    title: clean(doc.title) || undefined,
    stats: Object.keys(stats).length ? stats : undefined,
  });
}

// ---- search results ---------------------------------------------------------------------------------------

const MARKER = /^\s*(?:\[(?:PDF|HTML|BOOK|B|CITATION|C|DOC|PS)\]\s*)+/i;

/** Title text without the "[PDF]" / "[BOOK]" / "[CITATION]" type markers. */
function resultTitle(h3: Element, read: TextReader): string {
  let s = '';
  walkText(
    h3,
    (el) => read.atom(el) ?? !/\bgs_(?:ctc|ctu|ct1|ct2|ctg2)\b/.test(el.getAttribute('class') ?? ''),
    (t) => (s += t),
  );
  return clean(s).replace(MARKER, '');
}

/** "Y Bengio - Foundations and trends® in Machine Learning, 2009 - dl.acm.org" -> authors, venue, year. */
function parseByline(line: string): { authors: string[]; authorsTruncated: boolean; venue?: string; year?: number } {
  const parts = clean(line).split(/\s+-\s+/);
  const { authors, authorsTruncated } = authorList(parts[0] ?? '');
  let middle = parts.slice(1);
  if (middle.length > 1 || (middle.length === 1 && /^[\w-]+(?:\.[\w-]+)+$/.test(middle[0]!))) middle = middle.slice(0, -1);
  const source = middle.join(' - ');
  const m = /(?:^|,\s*)(\d{4})$/.exec(source);
  const venue = clean(m ? source.slice(0, m.index) : source);
  return { authors, authorsTruncated, venue: venue || undefined, year: m ? Number(m[1]) : undefined };
}

function searchResult(ri: Element, base: URL, read: TextReader): Candidate | null {
  const h3 = ri.querySelector('.gs_rt');
  if (!h3) return null;
  const link = h3.querySelector('a[href]');
  const href = absUrl(link?.getAttribute('href'), base);
  if (href && /\/citations\?view_op=search_authors/.test(href)) return null; // "User profiles for …"
  const title = resultTitle(h3, read);
  if (!title) return null;
  const { authors, authorsTruncated, venue, year } = parseByline(textOf(ri, '.gs_a'));
  const citedBy = [...ri.querySelectorAll('.gs_fl a[href*="cites="]')][0];
  const citations = parseCount(/(\d[\d,.]*)/.exec(clean(citedBy?.textContent))?.[1]?.replace(/[.,]/g, ''));
  const side = ri.parentElement?.querySelector('.gs_ggs a[href]');
  const sideHref = absUrl(side?.getAttribute('href'), base);
  const pdf = sideHref && /\[PDF\]/i.test(clean(side?.textContent)) ? sideHref : undefined;
  const fromVenue = venueIds(venue);
  const isBook = /^\s*\[BOOK\]/.test(clean(h3.textContent));
  const arxiv = idsFromUrl(href).arxiv ?? idsFromUrl(pdf).arxiv ?? fromVenue.arxiv;
  const type = fromVenue.preprint ? 'preprint' : isBook ? 'book' : undefined;
  return scholarEntry(
    { title, authors, authorsTruncated, year, venue, type, ids: compact({ arxiv, doi: idsFromUrl(href).doi }), url: href, pdf },
    citations,
  );
}

/** A profile: its owner's name (no total: Scholar does not state one). Search results: the query. */
function listing(_doc: Document, _url: URL, scan: PageScan): Listing | null {
  const ctx = scan.context;
  if (scan.kind === 'profile') return listingOf(ctx?.name ?? ctx?.title?.replace(/\s+-\s+Google Scholar$/, ''));
  return ctx?.query ? listingOf(searchTitle('Google Scholar', ctx.query)) : null;
}

function extract(doc: Document, url: URL): PageScan {
  const kind = detect(doc, url) ?? (url.pathname === '/citations' ? 'profile' : 'feed');
  const entries: Candidate[] = [];
  const read = textReader(doc);
  if (kind === 'profile') {
    const resolve = absUrlResolver(url);
    const cache: RoleCache = new Map();
    const rows = doc.querySelectorAll(PROFILE_ROW);
    for (let i = 0, n = rows.length; i < n; i++) {
      const c = profileRow(rows[i]!, resolve, read, cache);
      if (c) entries.push(c);
    }
    return { site: 'googlescholar', kind, url: url.href, context: profileContext(doc), entries };
  }
  for (const ri of doc.querySelectorAll(RESULT)) {
    const c = searchResult(ri, url, read);
    if (c) entries.push(c);
  }
  const query = url.searchParams.get('q') ?? undefined;
  return { site: 'googlescholar', kind, url: url.href, context: compact({ query, title: clean(doc.title) || undefined }), entries };
}

/** A result's title link; a "[CITATION]" result has none: its heading, without the "[CITATION][C]" label. */
function resultTitles(doc: Document): EntryTitle[] {
  return [...doc.querySelectorAll(`${RESULT} .gs_rt`)].map((h3) => {
    const link = h3.querySelector('a[href]');
    if (link) return { element: link, title: link.textContent ?? '' };
    let title = '';
    for (const child of h3.childNodes)
      if (!(child.nodeType === 1 && /\bgs_ct[cu]\b/.test((child as Element).className))) title += child.textContent ?? '';
    return { element: h3, title };
  });
}

// ---- "Show more" and the robot check -----------------------------------------------------------------------

const PROFILE_ROW = '#gsc_a_b tr.gsc_a_tr';

/**
 * Markers of Google's robot check as scrapers of Scholar meet it (scholarly's _navigator.py `_CAPTCHA_IDS` and
 * `_DOS_CLASSES`, and several crawlers): Scholar's own captcha box `#gs_captcha_ccl` (its form `#gs_captcha_f`), the
 * full-page captcha form, a reCAPTCHA widget or frame, the "denial of service" captcha body.
 */
const ROBOT_CHECK =
  '#gs_captcha_ccl, #gs_captcha_f, #captcha-form, #recaptcha, .g-recaptcha, iframe[src*="recaptcha"], .rc-doscaptcha-body';
const ROBOT_WORDS = /not a robot|unusual traffic|automated queries/i;

/** The profile's "Show more" button while it can be pressed; Scholar disables it once every row is on the page. */
function showMore(doc: Document): HTMLElement | null {
  const button = doc.querySelector<HTMLElement>('#gsc_bpf_more');
  if (!button || button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true') return null;
  return button;
}

function robotCheck(doc: Document, url: URL): RobotCheck | null {
  // Google's "sorry" page (scholar.google.com/sorry/… or www.google.com/sorry/…) replaces the whole page.
  if (/^\/sorry(?:\/|$)/.test(url.pathname)) return { text: clean(doc.title) || 'Google Scholar asks to show you are not a robot.' };
  const check = doc.querySelector(ROBOT_CHECK);
  if (check) return { text: clean(check.textContent) || "Please show you're not a robot." };
  // The profile shows its loading errors in #gsc_a_err.
  const error = clean(doc.querySelector('#gsc_a_err')?.textContent);
  return ROBOT_WORDS.test(error) ? { text: error } : null;
}

const loadMore: LoadMore = {
  control: showMore,
  rows: (doc) => doc.querySelectorAll(PROFILE_ROW).length,
  robotCheck,
  // A profile never states how many articles it has ("Articles 1–20" in #gsc_a_nn counts the rows shown): no expectedTotal.
};

export const googlescholarSite: Site = {
  id: 'googlescholar',
  name: 'Google Scholar',
  matches: DOMAINS.map((d) => `https://scholar.google.${d}/*`),
};

/**
 * What the content script on every matched page needs: the count and the list to watch (a profile's "Show more"
 * appends rows in place; every other Scholar page is a document of its own).
 */
export const googlescholarPresence: SitePresence = {
  listed: (doc, at) => (detect(doc, at) ? doc.querySelectorAll(at.pathname === '/citations' ? PROFILE_ROW : RESULT).length : null),
  watch: WATCH,
};

export const googlescholar: SiteAdapter = {
  ...googlescholarSite,
  detect,
  extract,
  watch: WATCH,
  titles: (doc, url) => (url.pathname === '/citations' ? titlesAt(doc, '#gsc_a_b a.gsc_a_at') : resultTitles(doc)),
  loadMore,
  listing,
};
