import type { Candidate, PageContext, PageKind, PageScan } from '../model';
import type { Listing, PageAddress, PagedListing, Site, SiteAdapter, SitePresence } from './adapter';
import { listingOf, ownerListing, searchTitle } from './listing';
import { absUrl, clean, cleanJsonString, compact, isJsonObject, parseCount, textOf, type JsonObject, titlesAt } from './dom';
import { monthNumber, pad2 } from '../dates';
import { arxivPdfUrl, idsFromUrl, parseDoi } from '../identity';
import { bibEntryType, parseBibEntry } from './bibtex-lite';
import { textReader, type TextReader } from './math-text';

/**
 * Semantic Scholar: author pages (`/author/<name>/<id>`), search results, and the paper page. A React app: rows
 * (`div.cl-paper-row`) render client-side, so the adapter claims these URLs before the rows exist and watches the app root.
 */

/** The app's root: its rows render client-side under it. */
const WATCH = '#main-content';

const PAPER_ID = /\/paper\/(?:[^/?#]*\/)?([0-9a-f]{40})\b/i;

function detect(_doc: Document, url: PageAddress): PageKind | null {
  if (url.hostname !== 'www.semanticscholar.org') return null;
  const p = url.pathname;
  if (p.startsWith('/author/')) return 'profile';
  if (p.startsWith('/search')) return 'feed';
  if (PAPER_ID.test(p)) return 'single';
  return null;
}

/** "1 May 1998", "May 1998", "2025" -> ISO date. */
function isoDate(s: string): { date?: string; year?: number } {
  const m = /(?:(\d{1,2})\s+)?(?:([A-Z][a-z]{2,8})\.?\s+)?(\d{4})\b/.exec(s);
  if (!m) return {};
  const year = Number(m[3]);
  const month = m[2] ? monthNumber(m[2]) : undefined;
  const date = month ? (m[1] ? `${year}-${pad2(month)}-${pad2(Number(m[1]))}` : `${year}-${pad2(month)}`) : String(year);
  return { date, year };
}

const AUTHOR_BOX =
  '.cl-paper-authors__author-box, .cl-paper-authors__author-link, .author-list__author-name, [data-heap-id="heap_author_list_item"]';
/**
 * A `[data-test-id="author-list"]` wraps one author in the live-page sample we have, but it is a list by name: when
 * one wraps several author boxes, each box is a name (never the whole "A, B, C" string as one name).
 */
const NAME_SELECTORS = ['[data-test-id="author-list"]', AUTHOR_BOX];
const NOT_A_NAME = /^\+\s*\d+|^et al\.?$|^(and )?\d+ (more|other)/i;

/** Shown names; the "+N authors" toggle (or "et al.") marks the list truncated with N more than shown. */
function authorsIn(box: Element | null): Pick<Candidate, 'authors' | 'authorsTruncated' | 'authorCount'> {
  let authors: string[] = [];
  for (const selector of NAME_SELECTORS) {
    const els = [...(box?.querySelectorAll(selector) ?? [])].flatMap((el) => {
      const inner = selector === AUTHOR_BOX ? [] : el.querySelectorAll(AUTHOR_BOX);
      return inner.length > 1 ? [...inner] : [el];
    });
    authors = els.map((el) => clean(el.textContent).replace(/,$/, '')).filter((n) => n && !NOT_A_NAME.test(n));
    if (authors.length) break;
  }
  const all = clean(box?.textContent);
  const more = /\+\s*(\d+)\s*(?:authors?|others?|more)/i.exec(all);
  if (more) return { authors, authorsTruncated: true, authorCount: authors.length + Number(more[1]) };
  return { authors, authorsTruncated: /\bet al\b/i.test(all) };
}

function idsFromLinks(root: ParentNode, base: URL): { arxiv?: string; doi?: string; pdf?: string } {
  let arxiv: string | undefined;
  let doi: string | undefined;
  let pdf: string | undefined;
  for (const a of root.querySelectorAll('a[href]')) {
    const href = absUrl(a.getAttribute('href'), base);
    if (!href) continue;
    const ids = idsFromUrl(href);
    if (ids.arxiv) arxiv ??= ids.arxiv;
    else {
      if (ids.doi) doi ??= ids.doi;
      if (!pdf && /\.pdf($|[?#])/i.test(href)) pdf = href;
    }
  }
  return { arxiv, doi, pdf };
}

function extractRow(row: Element, base: URL, read: TextReader): Candidate | null {
  const link = row.querySelector(
    'a[data-test-id="title-link"], a[data-heap-id="title_link"], a.link-button--show-visited, .cl-paper-title a, a[href*="/paper/"]',
  );
  const title = textOf(row, '.cl-paper-title', read) || clean(read(link));
  if (!title) return null;
  const s2 = row.getAttribute('data-paper-id') || PAPER_ID.exec(link?.getAttribute('href') ?? '')?.[1];
  const { date, year } = isoDate(textOf(row, '.cl-paper-pubdates'));
  const venue = textOf(row, '[data-test-id="normalized-venue-link"], .cl-paper-venue') || undefined;
  const citeEl = row.querySelector(
    '[data-test-id="total-citations-stat"], .cl-paper-stats__citation-pdp-link, .cl-paper-stats__v2-citations',
  );
  const citeText = clean(citeEl?.getAttribute('aria-label')) || clean(citeEl?.textContent);
  const citations = parseCount(/[\d][\d,.]*\s*[kK]?/.exec(citeText)?.[0]?.replace(/\s+/g, ''));
  const category = textOf(row, '.cl-paper-fos') || undefined;
  const { arxiv, doi, pdf } = idsFromLinks(row, base);
  return compact({
    title,
    ...authorsIn(row.querySelector('.cl-paper-authors')),
    year,
    date,
    venue,
    ids: compact({ s2: s2?.toLowerCase(), arxiv, doi }),
    url: absUrl(link?.getAttribute('href'), base),
    pdf: pdf ?? (arxiv ? arxivPdfUrl(arxiv) : undefined),
    signals: citations !== undefined || category ? compact({ citations, category }) : undefined,
  });
}

/**
 * The paper page's schema.org data (`script.schema-data`, read by Zotero's Semantic Scholar translator as
 * `@graph[1][0]`): the article with `name`, `description` (abstract), `author[].name`, `datePublished`, `publication`.
 */
function schemaArticle(doc: Document): JsonObject | undefined {
  const raw = doc.querySelector('script.schema-data')?.textContent;
  if (!raw) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const stack: unknown[] = [data];
  for (let n = 0; stack.length && n < 200; n++) {
    const v = stack.shift();
    if (Array.isArray(v)) stack.push(...v);
    else if (isJsonObject(v)) {
      if (typeof v.name === 'string' && Array.isArray(v.author)) return v;
      stack.push(...Object.values(v));
    }
  }
  return undefined;
}

/** The paper page's own header (not the citation and reference rows below it). */
function extractPaperPage(doc: Document, url: URL): Candidate | null {
  const meta = (name: string) =>
    [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => clean(m.getAttribute('content'))).filter(Boolean);
  const article = schemaArticle(doc);
  const bibtex = doc.querySelector('pre.bibtex-citation')?.textContent?.trim() || undefined;
  const bib = bibtex ? parseBibEntry(bibtex) : null;
  const title =
    textOf(doc, 'h1[data-test-id="paper-detail-title"], h1[data-selenium-selector="paper-detail-title"]', textReader(doc)) ||
    cleanJsonString(article?.name) ||
    meta('citation_title')[0];
  if (!title) return null;
  const header = doc.querySelector('#paper-header, .fresh-paper-detail-page__header, .paper-detail-page__header') ?? doc;
  const shown = authorsIn(header.querySelector('.author-list, .cl-paper-authors'));
  const jsonAuthors = Array.isArray(article?.author)
    ? article.author.map((a) => cleanJsonString(isJsonObject(a) ? a.name : a)).filter((a): a is string => !!a)
    : [];
  const metaAuthors = jsonAuthors.length > meta('citation_author').length ? jsonAuthors : meta('citation_author');
  const authors = metaAuthors.length > shown.authors.length ? { authors: metaAuthors, authorsTruncated: false } : shown;
  const { date, year } = isoDate(
    textOf(header, '[data-test-id="paper-year"]') ||
      meta('citation_publication_date')[0] ||
      cleanJsonString(article?.datePublished) ||
      bib?.fields.year ||
      '',
  );
  const links = idsFromLinks(header, url);
  const doi = links.doi ?? parseDoi(textOf(header, '.doi__link')) ?? parseDoi(meta('citation_doi')[0]);
  return compact({
    title,
    ...authors,
    year,
    date,
    venue: textOf(header, '[data-test-id="venue-metadata"]') || cleanJsonString(article?.publication) || undefined,
    type: bib ? bibEntryType(bib.type.toLowerCase()) : undefined,
    abstract: cleanJsonString(article?.description),
    ids: compact({ s2: PAPER_ID.exec(url.pathname)?.[1]?.toLowerCase(), arxiv: links.arxiv, doi: doi ?? parseDoi(bib?.fields.doi) }),
    url: url.origin + url.pathname,
    pdf: links.pdf ?? (links.arxiv ? arxivPdfUrl(links.arxiv) : meta('citation_pdf_url')[0]),
    bibtex,
  });
}

function context(doc: Document, kind: PageKind, url: URL): PageContext | undefined {
  const ctx: PageContext = {};
  if (kind === 'profile') {
    // Scrapers of the live author page read `h1[data-test-id=author-name]`, `ul[data-test-id=author-affiliations] li`
    // and label/value pairs in `div.author-detail-card__stats-row` (value class `__stats-row__value`, in one `__stats-value`).
    const card = doc.querySelector('.author-detail-card');
    const name = textOf(doc, 'h1[data-test-id="author-name"]') || textOf(card, 'h1') || textOf(doc, 'h1');
    if (name) ctx.name = name;
    const affiliations = [...doc.querySelectorAll('[data-test-id="author-affiliations"] li')]
      .map((li) => clean(li.textContent))
      .filter(Boolean);
    if (affiliations.length) ctx.affiliation = affiliations.join('; ');
    const stats: Record<string, number> = {};
    for (const row of doc.querySelectorAll('.author-detail-card__stats-row')) {
      const label = textOf(row, '.author-detail-card__stats-row__label');
      const value = parseCount(textOf(row, '.author-detail-card__stats-row__value, .author-detail-card__stats-value'));
      if (label && value !== undefined) stats[label] = value;
    }
    if (Object.keys(stats).length) ctx.stats = stats;
  }
  const q = url.searchParams.get('q');
  if (kind === 'feed' && q) ctx.query = q;
  return Object.keys(ctx).length ? ctx : undefined;
}

/** An author: name and the "Publications" count of the author card. A search: the query. */
function listing(_doc: Document, _url: URL, scan: PageScan): Listing | null {
  const ctx = scan.context;
  if (scan.kind === 'profile') return ownerListing(ctx, ctx?.stats?.Publications);
  return scan.kind === 'feed' && ctx?.query ? listingOf(searchTitle('Semantic Scholar', ctx.query)) : null;
}

function extract(doc: Document, url: URL): PageScan {
  const kind = detect(doc, url) ?? 'feed';
  let entries: Candidate[] = [];
  if (kind === 'single') {
    const paper = extractPaperPage(doc, url);
    entries = paper ? [paper] : [];
  } else {
    const read = textReader(doc);
    for (const row of doc.querySelectorAll('div.cl-paper-row')) {
      const c = extractRow(row, url, read);
      if (c) entries.push(c);
    }
  }
  return compact({ site: 'semanticscholar', kind, url: url.href, context: context(doc, kind, url), entries });
}

const AUTHOR_PATH = /^\/author\/([^/]*)\/(\d+)\/?$/;

/** An author's pages are their numeric id (`/author/<name>/<id>?page=…`); a search is its query (`/search?q=…&page=…`). */
function pagedListing(url: URL): PagedListing | null {
  if (url.hostname !== 'www.semanticscholar.org') return null;
  const author = AUTHOR_PATH.exec(url.pathname);
  if (author) {
    const name = safeDecode(author[1]!).replace(/-/g, ' ').trim();
    return { key: `semanticscholar:author/${author[2]}`, label: `Semantic Scholar: ${name || `author ${author[2]}`}` };
  }
  const q = url.searchParams.get('q')?.trim().replace(/\s+/g, ' ');
  if (url.pathname.replace(/\/+$/, '') === '/search' && q)
    return { key: `semanticscholar:search?q=${encodeURIComponent(q)}`, label: `Semantic Scholar search “${q}”` };
  return null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const semanticscholarSite: Site = {
  id: 'semanticscholar',
  name: 'Semantic Scholar',
  matches: ['https://www.semanticscholar.org/*'],
  pagedListing,
};

/** What the content script on every matched page needs: the count, the app root to watch; pages change in place. */
export const semanticscholarPresence: SitePresence = {
  listed(doc, at) {
    const kind = detect(doc, at);
    return kind === null ? null : kind === 'single' ? 1 : doc.querySelectorAll('div.cl-paper-row').length;
  },
  watch: WATCH,
  navigates: true,
};

export const semanticscholar: SiteAdapter = {
  ...semanticscholarSite,
  detect,
  extract,
  watch: WATCH,
  titles: (doc) => titlesAt(doc, 'div.cl-paper-row .cl-paper-title'),
  listing,
};
