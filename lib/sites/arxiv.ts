import type { Candidate, PageContext, PageKind, PageScan, Signals } from '../model';
import type { Listing, PageAddress, PagedListing, Site, SiteAdapter, SitePresence } from './adapter';
import { listingOf, ownerListing, searchTitle } from './listing';
import {
  absUrl,
  authorTruncation,
  classAttr,
  clean,
  compact,
  hasClass,
  parseCount,
  plainHttpUrl,
  textOf,
  type Truncation,
  titlesAt,
} from './dom';
import { monthNumber, pad2 } from '../dates';
import { plainText, textReader, type TextReader } from './math-text';
import { arxivAbsUrl, arxivPdfUrl, idsFromHostPath, idsFromUrl, parseArxivId, parseDoi } from '../identity';

/**
 * arXiv: search results (`/search/?…`), listings (`/list/<cat>/new|recent|pastweek|<yymm>`, `/catchup/…`) and
 * author pages (`/a/<id>`). Listings and author pages share the `dt`/`dd` markup of arxiv-browse, both the current
 * one (`dl#articles` with the section `h3` inside) and the older one (`h3` before each `dl`, `span.list-identifier`).
 * Sections of /new (new, cross-lists, replacements) are kept in page order; `context.stats` counts each section.
 */

// Hosts and paths are told apart by string tests, not regexes: the content script runs them on every arXiv page,
// where compiling a regex costs more than the test.
const isArxivHost = (host: string) => host === 'arxiv.org' || host === 'www.arxiv.org' || host === 'export.arxiv.org';
const isListingPath = (path: string) => path.startsWith('/list/') || path.startsWith('/catchup/');
/** "/a/<author id>". */
const isAuthorPath = (path: string) => path.length > 3 && path.startsWith('/a/') && !path.includes('/', 3);
const LIST_ITEM_LINK = 'dt a[href*="/abs/"]';

function detect(doc: Document, url: PageAddress): PageKind | null {
  if (!isArxivHost(url.hostname)) return null;
  const path = url.pathname;
  if (path.startsWith('/search')) return doc.querySelector('li.arxiv-result p.list-title') ? 'feed' : null;
  if (isListingPath(path)) return doc.querySelector(LIST_ITEM_LINK) ? 'feed' : null;
  if (isAuthorPath(path)) return doc.querySelector(LIST_ITEM_LINK) ? 'profile' : null;
  return null;
}

/**
 * What `detect` and the count of entries answer together, for the content script. A search is read by lengths
 * only: no element reaches the script, since the first element of each kind that does costs the script's world the
 * set-up of its wrapper (measured: more than the two queries).
 */
function listed(doc: Document, at: PageAddress): number | null {
  if (!isArxivHost(at.hostname)) return null;
  const path = at.pathname;
  if (path.startsWith('/search')) {
    return doc.querySelector('li.arxiv-result p.list-title') ? doc.querySelectorAll('li.arxiv-result').length : null;
  }
  if (!isListingPath(path) && !isAuthorPath(path)) return null;
  return doc.querySelector(LIST_ITEM_LINK) ? doc.querySelectorAll('dl > dt').length : null;
}

/** "Machine Learning (cs.LG); Artificial Intelligence (cs.AI)" -> ["cs.LG", "cs.AI"]. */
function categoryCodes(subjects: string): string[] {
  return [...subjects.matchAll(/\(([a-z-]+(?:\.[A-Za-z-]+)?)\)/g)].map((m) => m[1]!);
}

/** Year and month of submission encoded in the identifier (YYMM.NNNNN or archive/YYMMNNN). */
function dateFromId(id: string): string | undefined {
  const m = /^(\d{2})(\d{2})\./.exec(id) ?? /\/(\d{2})(\d{2})\d{3}$/.exec(id);
  if (!m) return undefined;
  const yy = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return `${yy >= 91 ? 1900 + yy : 2000 + yy}-${pad2(month)}`;
}

/** "2 December, 2025" -> "2025-12-02". */
function dayMonthYear(s: string | undefined): string | undefined {
  const m = /(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(s ?? '');
  const month = m ? monthNumber(m[2]!) : undefined;
  return m && month ? `${m[3]}-${pad2(month)}-${pad2(Number(m[1]))}` : undefined;
}

const CODE_LINK = /https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com)\/[\w.-]+\/[\w.-]+/i;

/** A GitHub / GitLab repository link in a text (a link's href, the comments, the abstract). */
function codeLinkIn(t: string | undefined): string | undefined {
  // Every match holds "://": a plain substring search skips most texts (abstracts) without running the regex.
  if (!t || !t.includes('://')) return undefined;
  const m = CODE_LINK.exec(t);
  return m ? m[0].replace(/\.+$/, '').replace(/\.git$/, '') : undefined;
}

/** The code link the authors give: the first found in the links, then the comments, then the abstract. */
function codeLink(f: Fields): string | undefined {
  if (f.links) {
    for (const href of f.links) {
      const code = codeLinkIn(href);
      if (code) return code;
    }
  }
  return codeLinkIn(f.comments) ?? codeLinkIn(f.abstract);
}

interface Fields {
  id: string;
  title: string;
  authors: string[];
  /** "et al. (84 additional authors not shown)" after the names. */
  truncation?: Truncation;
  abstract?: string;
  comments?: string;
  journalRef?: string;
  doi?: string;
  date?: string;
  categories: string[];
  hasPdf: boolean;
  /** hrefs of links in the comments and abstract (arXiv shows them as "this https URL"). */
  links?: string[];
}

/**
 * The candidate, built with only the keys that have a value (in a fixed order), so that no `compact` pass has to
 * delete keys afterwards (deleting turns an object into a slow dictionary; a 200-entry page builds 600 objects).
 */
function candidate(f: Fields): Candidate {
  const date = f.date ?? dateFromId(f.id);
  const code = codeLink(f);
  // `ids` is set below, in its place in the key order.
  const truncated = f.truncation?.truncated === true;
  const c = { title: f.title, authors: f.authors, authorsTruncated: truncated } as Candidate;
  if (truncated && f.truncation!.more !== undefined) c.authorCount = f.authors.length + f.truncation!.more;
  if (date) c.year = Number(date.slice(0, 4));
  if (date !== undefined) c.date = date;
  c.venue = f.journalRef ?? 'arXiv';
  if (!f.journalRef) c.type = 'preprint';
  if (f.abstract) c.abstract = f.abstract;
  if (f.comments) c.comment = f.comments.slice(0, 2000);
  c.ids = f.doi !== undefined ? { arxiv: f.id, doi: f.doi } : { arxiv: f.id };
  c.url = arxivAbsUrl(f.id);
  if (f.hasPdf) c.pdf = arxivPdfUrl(f.id);
  if (code !== undefined) c.code = code;
  if (f.categories.length || code) {
    const signals: Signals = {};
    if (f.categories[0] !== undefined) signals.category = f.categories[0];
    if (f.categories.length) signals.categories = f.categories;
    if (code) signals.hasCode = true;
    c.signals = signals;
  }
  return c;
}

// ---- search results ----------------------------------------------------------------------------------------
// Each result is read in one walk over its few children, into one record of fields (`SearchFields`): each block's
// kind is decided from its class attribute, read once and tested as a string (`hasClass`, no DOMTokenList), and a
// small reader per kind reads what the block holds, each node's text once. The result as a whole is never read,
// and of the abstract only the full one (not also the short one). Collections are walked by index: a for-of
// over an HTMLCollection goes through the iterator protocol, one more DOM call per step.

/** What a child of a result holds, in the order the classes are tested (a block with two of them is the first). */
const enum Block {
  Title,
  Authors,
  Abstract,
  Comments,
  Dates,
  Other,
}

/**
 * Each distinct class attribute's kind, decided once per page: the results repeat a handful of class strings
 * (the browser hands back the same string for each), so most blocks cost a lookup instead of up to five token scans.
 */
type BlockKinds = Map<string, Block>;

function cachedKind(kinds: BlockKinds, cls: string): Block {
  let kind = kinds.get(cls);
  if (kind === undefined) kinds.set(cls, (kind = blockKind(cls)));
  return kind;
}

function blockKind(cls: string | null): Block {
  if (hasClass(cls, 'title')) return Block.Title;
  if (hasClass(cls, 'authors')) return Block.Authors;
  if (hasClass(cls, 'abstract')) return Block.Abstract;
  if (hasClass(cls, 'comments')) return Block.Comments;
  if (hasClass(cls, 'is-size-7')) return Block.Dates;
  return Block.Other;
}

/** The fields of one search result, filled block by block (every key present from the start: one object shape). */
interface SearchFields extends Omit<Fields, 'id'> {
  id: string | undefined;
}

/** "https://arxiv.org/abs/2512.03003" (what arXiv prints): a URL that parses to itself, so no `new URL`. */
const CANONICAL_ABS = /^https:\/\/arxiv\.org\/abs\/(\d{4}\.\d{4,5})(?:v\d+)?$/;
const ABS_PREFIX = 'https://arxiv.org/abs/';

/** What `CANONICAL_ABS` captures, read by character codes: the id, or undefined. */
function canonicalAbsId(href: string): string | undefined {
  const start = ABS_PREFIX.length;
  if (!href.startsWith(ABS_PREFIX) || !digits(href, start, start + 4) || href.charCodeAt(start + 4) !== 46) return undefined;
  let end = start + 5;
  while (end < href.length && end < start + 10 && isDigit(href.charCodeAt(end))) end++;
  if (end - start < 9) return undefined;
  // "v" and a version number, or nothing.
  if (end < href.length && (href.charCodeAt(end) !== 118 || end + 1 === href.length || !digits(href, end + 1, href.length)))
    return undefined;
  return href.slice(start, end);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function digits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return to <= s.length;
}

/**
 * "Luca Panizzi", ...: the author links, cleaned, empty ones left out. (Reading the block's text once and splitting
 * it at commas is slower in Chromium: that text has the markup's newlines, so cleaning it rewrites it.)
 */
function linkTexts(block: Element): string[] {
  const names: string[] = [];
  const links = block.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) {
    const name = clean(links[i]!.textContent);
    if (name) names.push(name);
  }
  return names;
}

/**
 * What follows the last author link: ", et al. (11 additional authors not shown)" when arXiv cut the list (search
 * results show 25 names, older listings fewer). Read from the end, text and non-link elements only: no whole-block read.
 */
function authorsTail(block: Element): Truncation | undefined {
  let tail = '';
  for (let n = block.lastChild; n && !(n.nodeType === 1 && (n as Element).tagName === 'A'); n = n.previousSibling)
    tail = (n.textContent ?? '') + tail;
  return tail.includes('et al') || tail.includes('additional') || tail.includes('more') ? authorTruncation(tail) : undefined;
}

/** The toggle arXiv ends a full abstract with, raw (any spaces) and cleaned (at most one). */
const TOGGLE_RAW = /[△▽][\s\u200b-\u200d]*(?:Less|More)$/;
const TOGGLE = /[△▽] ?(?:Less|More)$/;

/**
 * `clean(text)` without the trailing "△ Less" toggle. The toggle is cut off the raw text first: what remains is
 * usually clean already, so cleaning it copies nothing (cleaning the whole text would rewrite it for the newline
 * before the toggle). Same result as cleaning first: the toggle is separated from the rest by whitespace only.
 */
function withoutToggle(text: string): string {
  const t = text.trim();
  const tail = t.length > 80 ? t.slice(-80) : t;
  const at = tail.search(TOGGLE_RAW);
  if (at >= 0) return clean(t.slice(0, t.length - tail.length + at));
  return clean(t).replace(TOGGLE, '').trimEnd();
}

/** The toggle link's own text: "△ Less" / "▽ More". */
const TOGGLE_LINK = /^[\s△▽]*(?:Less|More)\s*$/;

/**
 * The text of a full abstract up to its "△ Less" toggle link, read with a Range that ends before the link: the
 * text itself, not a copy with the toggle cut off. The "△" makes the span's `textContent` a two-byte string, and
 * any slice of it stays two-byte; without it, most abstracts are one-byte strings, which `clean()` scans about
 * 2.5 times as fast in Chromium (200 abstracts: 0.24 against 0.61 ms). Null when the span ends otherwise.
 */
function textBeforeToggle(full: Element, range: Range | undefined): string | null {
  const toggle = full.lastElementChild;
  if (!range || !toggle || toggle.tagName !== 'A' || !TOGGLE_LINK.test(toggle.textContent ?? '')) return null;
  range.setStart(full, 0);
  range.setEndBefore(toggle);
  return range.toString();
}

/** The full abstract ("abstracts=show"), else the block's text without its "Abstract:" label. */
function searchAbstract(block: Element, range: Range | undefined, read: TextReader): string {
  for (let el = block.firstElementChild; el; el = el.nextElementSibling) {
    if (!hasClass(classAttr(el), 'abstract-full')) continue;
    // A Range reads text as textContent does: only on a page without math.
    const text = read === plainText ? textBeforeToggle(el, range) : null;
    return text !== null ? clean(text) : withoutToggle(read(el));
  }
  return clean(read(block)).replace(/^Abstract:\s*/, '');
}

/** A Range that reads text (a minimal DOM such as linkedom's has none that does): else undefined. */
function textRange(doc: Document): Range | undefined {
  const range = typeof doc.createRange === 'function' ? doc.createRange() : undefined;
  return range && typeof range.setStart === 'function' && range.toString !== Object.prototype.toString ? range : undefined;
}

/**
 * "Comments: …" or "Journal ref: …". Only the value after the label is cleaned: the block's whole text has the
 * markup's newline after the label, so cleaning all of it would rewrite it, while the value alone is usually clean.
 */
function readComments(block: Element, f: SearchFields, read: TextReader): void {
  const t = read(block).trimStart();
  if (t.startsWith('Comments:')) f.comments = clean(t.slice(9));
  else if (/^Journal ref:/i.test(t)) f.journalRef = clean(t.slice(12));
}

/**
 * "Submitted 2 December, 2025; originally announced …": the first version's date is the paper's date. Only the
 * text before "originally announced" is cleaned (see `readComments`).
 */
function readDates(block: Element, f: SearchFields): void {
  // Read on the raw text (any whitespace between the words): nothing of it is kept but the date.
  const raw = block.textContent ?? '';
  const m = SUBMITTED.exec(raw);
  if (!m) return;
  // "v1 submitted …" when there are several versions; "Submitted" alone is the latest version's date.
  const v1 = raw.includes('submitted') ? V1_SUBMITTED.exec(raw) : null;
  f.date = ymd(v1) ?? ymd(m);
}

/** "Submitted 2 December, 2025;" at the start of the block; "v1 submitted 28 November, 2025;" after it. */
const SUBMITTED = /^\s*Submitted\s+[^;]*?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/;
const V1_SUBMITTED = /\bv1\s+submitted\s+[^;]*?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/;

/** Day, month name and year matched by SUBMITTED / V1_SUBMITTED -> "2025-12-02". */
function ymd(m: RegExpExecArray | null): string | undefined {
  const month = m ? monthNumber(m[2]!) : undefined;
  return m && month ? `${m[3]}-${pad2(month)}-${pad2(Number(m[1]))}` : undefined;
}

/** The arXiv id in a link to an abstract page. */
function idOfAbsLink(a: Element, base: URL): string | undefined {
  const href = a.getAttribute('href') ?? '';
  return CANONICAL_ABS.exec(href)?.[1] ?? parseArxivId(absUrl(href, base)) ?? parseArxivId(clean(a.textContent));
}

/**
 * The head of a result as arXiv lays it out: `p.list-title` (the abstract link first, then pdf / ps / other),
 * `div.tags` (category tags), and a wrapper of `div.tags.has-addons` (the DOI). Read part by part, each link's
 * href only until what it holds is found. False when the head is laid out otherwise (no abstract link first).
 */
function readHeadParts(block: Element, f: SearchFields): boolean {
  for (let part = block.firstElementChild; part; part = part.nextElementSibling) {
    const cls = classAttr(part);
    if (hasClass(cls, 'list-title')) {
      const first = part.firstElementChild;
      if (!first || first.tagName !== 'A') return false;
      const id = canonicalAbsId(first.getAttribute('href') ?? '');
      if (!id) return false;
      f.id = id;
      // "[pdf, ps, other]": the first link of the span after the abstract link, else any later link.
      const pdf = first.nextElementSibling?.firstElementChild;
      f.hasPdf = pdf ? (pdf.getAttribute('href') ?? '').includes('/pdf/') : false;
      if (!f.hasPdf) {
        const links = part.getElementsByTagName('a');
        for (let i = 1, n = links.length; i < n && !f.hasPdf; i++) f.hasPdf = (links[i]!.getAttribute('href') ?? '').includes('/pdf/');
      }
    } else if (hasClass(cls, 'tags')) {
      if (hasClass(cls, 'has-addons')) readDoi(part, f);
      else readTags(part, f);
    } else if (part.tagName === 'DIV') {
      const inner = part.firstElementChild;
      if (inner && hasClass(classAttr(inner), 'has-addons')) readDoi(inner, f);
    }
  }
  return f.id !== undefined;
}

/** Category tags: the `span.tag` children of a `div.tags`. */
function readTags(tags: Element, f: SearchFields): void {
  for (let span = tags.firstElementChild; span; span = span.nextElementSibling) {
    if (!hasClass(classAttr(span), 'tag')) continue;
    const category = clean(span.textContent);
    if (category) f.categories.push(category);
  }
}

/** The DOI link of a `div.tags.has-addons` ("doi" tag, then the link). */
function readDoi(addons: Element, f: SearchFields): void {
  const links = addons.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n && !f.doi; i++) {
    const href = links[i]!.getAttribute('href') ?? '';
    if (href.includes('doi.org/')) f.doi = doiOfLink(href);
  }
}

/** `idsFromUrl(href).doi`, without parsing an absolute link that the URL parser would leave as it is. */
function doiOfLink(href: string): string | undefined {
  const plain = plainHttpUrl(href);
  return (plain ? idsFromHostPath(plain.hostname, plain.pathname) : idsFromUrl(href)).doi;
}

/** The head of a result, any layout: the arXiv id and PDF link, a DOI link, the category tags. */
function readHead(block: Element, base: URL, f: SearchFields): void {
  if (readHeadParts(block, f)) return;
  f.id = undefined;
  f.hasPdf = false;
  f.doi = undefined;
  f.categories = [];
  const links = block.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) {
    const a = links[i]!;
    const href = a.getAttribute('href') ?? '';
    if (!f.id && href.includes('/abs/')) f.id = idOfAbsLink(a, base);
    else if (href.includes('/pdf/')) f.hasPdf = true;
    else if (!f.doi && href.includes('doi.org/')) f.doi = idsFromUrl(href).doi;
  }
  const spans = block.getElementsByTagName('span');
  for (let i = 0, n = spans.length; i < n; i++) {
    const span = spans[i]!;
    if (hasClass(classAttr(span), 'tag') && !(span.parentElement && hasClass(classAttr(span.parentElement), 'has-addons'))) {
      const category = clean(span.textContent);
      if (category) f.categories.push(category);
    }
  }
}

function searchEntry(li: Element, base: URL, range: Range | undefined, read: TextReader, kinds: BlockKinds): Candidate | null {
  const f: SearchFields = {
    id: undefined,
    title: '',
    authors: [],
    truncation: undefined,
    abstract: undefined,
    comments: undefined,
    journalRef: undefined,
    doi: undefined,
    date: undefined,
    categories: [],
    hasPdf: false,
  };
  for (let block = li.firstElementChild; block; block = block.nextElementSibling) {
    const kind = cachedKind(kinds, classAttr(block));
    if (kind === Block.Title) f.title = clean(read(block));
    else if (kind === Block.Authors) {
      f.authors = linkTexts(block);
      f.truncation = authorsTail(block);
    } else if (kind === Block.Abstract) f.abstract = searchAbstract(block, range, read);
    else if (kind === Block.Comments) readComments(block, f, read);
    else if (kind === Block.Dates && !f.date) readDates(block, f);
    else if (block.tagName === 'DIV') readHead(block, base, f);
  }
  if (!f.id || !f.title) return null;
  return candidate(f as Fields);
}

function searchContext(doc: Document, url: URL): PageContext {
  const heading = textOf(doc, 'h1.title');
  const total = parseCount(/\bof ([\d,]+) results/.exec(heading)?.[1]);
  return compact({
    title: heading || undefined,
    query: url.searchParams.get('query') ?? undefined,
    stats: total !== undefined ? { total } : undefined,
  });
}

// ---- listings and author pages ------------------------------------------------------------------------------

/** Text of a meta block without its "Title:" / "Comments:" … descriptor. */
function metaText(dd: Element, selector: string, read: TextReader): string {
  return textOf(dd, selector, read).replace(/^(?:Title|Authors?|Comments|Journal-ref|DOI|Subjects):\s*/, '');
}

function listEntry(dt: Element, dd: Element, base: URL, read: TextReader): Candidate | null {
  const id = parseArxivId(absUrl(dt.querySelector('a[href*="/abs/"]')?.getAttribute('href'), base));
  const title = metaText(dd, '.list-title', read);
  if (!id || !title) return null;
  const authorEl = dd.querySelector('.list-authors');
  let authors = authorEl ? [...authorEl.querySelectorAll('a')].map((a) => clean(a.textContent)).filter(Boolean) : [];
  let truncation = authorEl ? authorsTail(authorEl) : undefined;
  if (authors.length === 0 && authorEl) {
    const line = metaText(dd, '.list-authors', read);
    truncation = authorTruncation(line);
    authors = line
      .replace(/,?\s*(?:et al\.?)?\s*\(\d+ additional authors? not shown\)\s*$|,?\s*et al\.?\s*$/i, '')
      .split(/\s*,\s*|\s+and\s+/)
      .filter(Boolean);
  }
  const primary = textOf(dd, '.primary-subject');
  const codes = categoryCodes(textOf(dd, '.list-subjects'));
  const primaryCode = categoryCodes(primary)[0];
  const categories = primaryCode ? [primaryCode, ...codes.filter((c) => c !== primaryCode)] : codes;
  const doiEl = dd.querySelector('.list-doi');
  const links = [...dd.querySelectorAll('.list-comments a, p.mathjax a')].map((a) => a.getAttribute('href') ?? '');
  return candidate({
    id,
    title,
    authors,
    truncation,
    abstract: clean(read(dd.querySelector('p.mathjax'))) || undefined,
    comments: metaText(dd, '.list-comments', read) || undefined,
    journalRef: metaText(dd, '.list-journal-ref', read) || undefined,
    doi: doiEl ? (idsFromUrl(doiEl.querySelector('a')?.getAttribute('href'), base).doi ?? parseDoi(clean(doiEl.textContent))) : undefined,
    categories,
    hasPdf: dt.querySelector('a[href*="/pdf/"]') !== null,
    links,
  });
}

/** What a listing heading announces: a section of /new, or a day of /recent and /pastweek. */
function sectionOf(heading: string): string | undefined {
  if (/^new submissions/i.test(heading)) return 'new';
  if (/^cross/i.test(heading)) return 'cross-lists';
  if (/^replace/i.test(heading)) return 'replacements';
  const day = /^[A-Z][a-z]{2}, (\d{1,2} [A-Z][a-z]{2} \d{4})/.exec(heading);
  return day ? dayMonthYear(day[1]) : undefined;
}

/** "Showing new listings for Friday, 6 September 2024" / older "New submissions for Fri, 6 Sep 24". */
function announcedDate(heading: string): string | undefined {
  const m = /\bfor \w+, (\d{1,2}) ([A-Za-z]+) (\d{2}|\d{4})\b/.exec(heading);
  const month = m ? monthNumber(m[2]!) : undefined;
  if (!m || !month) return undefined;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3];
  return `${year}-${pad2(month)}-${pad2(Number(m[1]))}`;
}

function listEntries(
  doc: Document,
  base: URL,
  read: TextReader,
): { entries: Candidate[]; sections: Record<string, number>; announced?: string } {
  const entries: Candidate[] = [];
  const sections: Record<string, number> = {};
  let section: string | undefined;
  let announced: string | undefined;
  for (const el of doc.querySelectorAll('h3, dt')) {
    if (el.tagName === 'H3') {
      const heading = clean(el.textContent);
      section = sectionOf(heading) ?? section;
      announced ??= announcedDate(heading);
      continue;
    }
    const dd = el.nextElementSibling;
    if (!dd || dd.tagName !== 'DD') continue;
    const c = listEntry(el, dd, base, read);
    if (!c) continue;
    entries.push(c);
    const typeInfo = clean(el.textContent);
    const entrySection =
      section ?? (/\(cross-list from /.test(typeInfo) ? 'cross-lists' : /\(replaced\)/.test(typeInfo) ? 'replacements' : undefined);
    if (entrySection) sections[entrySection] = (sections[entrySection] ?? 0) + 1;
  }
  return { entries, sections, announced };
}

function listContext(doc: Document, url: URL, kind: PageKind, sections: Record<string, number>, announced?: string): PageContext {
  const heading = textOf(doc, '#dlpage h1') || textOf(doc, 'h1');
  const stats: Record<string, number> = { ...sections };
  const paging = textOf(doc, '.paging') || textOf(doc, '#dlpage small');
  const total = parseCount(/total of ([\d,]+) entries/i.exec(paging)?.[1]);
  if (total !== undefined) stats.total = total;
  const [, , cat, sub] = url.pathname.split('/');
  const name = kind === 'profile' ? (/^(.+?)['’]s articles on arXiv/i.exec(heading)?.[1] ?? heading) : undefined;
  return compact({
    title: kind === 'feed' && cat ? `${heading || cat} (${[cat, sub].filter(Boolean).join(', ')})` : heading || undefined,
    name: name || undefined,
    date: announced,
    stats: Object.keys(stats).length ? stats : undefined,
  });
}

/**
 * A search: the query and "of N results"; a listing: its heading ("Machine Learning (cs.LG, new)"), the announcement
 * day, and "Total of N entries"; an author's page: the author.
 */
function listing(_doc: Document, url: URL, scan: PageScan): Listing | null {
  const ctx = scan.context;
  const total = ctx?.stats?.total;
  if (url.pathname.startsWith('/search')) return listingOf(ctx?.query ? searchTitle('arXiv', ctx.query) : 'arXiv search', total);
  if (scan.kind === 'profile') return ownerListing(ctx);
  if (scan.kind !== 'feed' || !ctx?.title) return null;
  return listingOf(`arXiv ${ctx.title}${ctx.date ? `, ${ctx.date}` : ''}`, total);
}

function extract(doc: Document, url: URL): PageScan {
  const kind = detect(doc, url) ?? (isAuthorPath(url.pathname) ? 'profile' : 'feed');
  if (url.pathname.startsWith('/search')) {
    const entries: Candidate[] = [];
    const range = textRange(doc);
    const kinds: BlockKinds = new Map();
    const first = doc.querySelector('li.arxiv-result');
    // Whether math was rendered is decided once, over the results only.
    const read = first?.parentElement ? textReader(first.parentElement) : plainText;
    // The results are siblings: walk them from the first one (nothing before it is a result).
    for (let li = first; li; li = li.nextElementSibling) {
      const c = hasClass(classAttr(li), 'arxiv-result') ? searchEntry(li, url, range, read, kinds) : null;
      if (c) entries.push(c);
    }
    return { site: 'arxiv', kind, url: url.href, context: searchContext(doc, url), entries };
  }
  const { entries, sections, announced } = listEntries(doc, url, textReader(doc));
  return { site: 'arxiv', kind, url: url.href, context: listContext(doc, url, kind, sections, announced), entries };
}

/** arXiv's search shows at most 200 results a page (its size menu: 25, 50, 100, 200; the saved search page shows them). */
const SEARCH_MAX_SIZE = 200;
/** arxiv-browse's /list pages show at most 2000 entries (`show_values` in browse/controllers/list_page). */
const LIST_MAX_SHOW = 2000;
/** Search parameters that page or lay out the results, not choose them. */
const SEARCH_PAGING = new Set(['start', 'size', 'abstracts']);
const LIST_PERIOD = /^\/list\/([^/]+)\/([^/]+)\/?$/;

/**
 * A search (`/search/?query=…&searchtype=…&order=…` or `/search/advanced?…`) is its parameters without `start`, `size`
 * and `abstracts`; a `/list/<archive or category>/<period>` listing is its path without `skip` and `show`.
 */
function pagedListing(url: URL): PagedListing | null {
  if (!isArxivHost(url.hostname)) return null;
  if (url.pathname.startsWith('/search')) {
    const params = [...url.searchParams].filter(([k, v]) => !SEARCH_PAGING.has(k) && v !== '');
    const query = url.searchParams.get('query') ?? params.find(([k]) => /^terms-\d+-term$/.test(k))?.[1];
    if (!query) return null;
    params.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
    const path = url.pathname.replace(/\/+$/, '') || '/search';
    const field = url.searchParams.get('searchtype');
    const whole = new URL(url.href);
    whole.searchParams.set('size', String(SEARCH_MAX_SIZE));
    whole.searchParams.set('start', '0');
    return {
      key: `arxiv:${path}?${new URLSearchParams(params).toString()}`,
      label: `arXiv search “${query}”${field && field !== 'all' ? ` (${field})` : ''}`,
      onePage: {
        text: `arXiv search shows at most ${SEARCH_MAX_SIZE} results a page.`,
        ...(url.searchParams.get('size') === String(SEARCH_MAX_SIZE) ? {} : { url: whole.href }),
      },
    };
  }
  const list = LIST_PERIOD.exec(url.pathname);
  if (!list) return null;
  const [, context, period] = list;
  const whole = new URL(`/list/${context}/${period}?skip=0&show=${LIST_MAX_SHOW}`, url.origin);
  return {
    key: `arxiv:/list/${context}/${period}`,
    label: `arXiv ${context} (${period})`,
    onePage: {
      text: `arXiv lists up to ${LIST_MAX_SHOW} entries on one page.`,
      ...(url.searchParams.get('show') === String(LIST_MAX_SHOW) ? {} : { url: whole.href }),
    },
  };
}

export const arxivSite: Site = {
  id: 'arxiv',
  name: 'arXiv',
  matches: ['https://arxiv.org/*', 'https://export.arxiv.org/*'],
  pagedListing,
};

/** What the content script on every matched page needs: the count. Every arXiv page is a document of its own. */
export const arxivPresence: SitePresence = { listed };

export const arxiv: SiteAdapter = {
  ...arxivSite,
  detect,
  extract,
  titles: (doc, url) =>
    url.pathname.startsWith('/search') ? titlesAt(doc, 'li.arxiv-result > p.title') : titlesAt(doc, 'dd .list-title', /^\s*Title:\s*/),
  listing,
};
