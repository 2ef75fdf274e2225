import type { Candidate, PageContext, PageKind, PageScan, Signals } from '../model';
import type { SiteAdapter } from './adapter';
import { absUrl, clean, compact, monthNumber, pad2, parseCount, textOf } from './dom';
import { parseArxivId, parseDoi } from '../library/identity';

/**
 * arXiv: search results (`/search/?…`), listings (`/list/<cat>/new|recent|pastweek|<yymm>`, `/catchup/…`) and
 * author pages (`/a/<id>`). Listings and author pages share the `dt`/`dd` markup of arxiv-browse, both the current
 * one (`dl#articles` with the section `h3` inside) and the older one (`h3` before each `dl`, `span.list-identifier`).
 * Sections of /new (new, cross-lists, replacements) are kept in page order; `context.stats` counts each section.
 */

const ARXIV_HOST = /^(?:www\.|export\.)?arxiv\.org$/;
const LISTING_PATH = /^\/(?:list|catchup)\//;
const AUTHOR_PATH = /^\/a\/[^/]+$/;
const LIST_ITEM_LINK = 'dt a[href*="/abs/"]';

function detect(doc: Document, url: URL): PageKind | null {
  if (!ARXIV_HOST.test(url.hostname)) return null;
  const path = url.pathname;
  if (path.startsWith('/search')) return doc.querySelector('li.arxiv-result p.list-title') ? 'feed' : null;
  if (LISTING_PATH.test(path)) return doc.querySelector(LIST_ITEM_LINK) ? 'feed' : null;
  if (AUTHOR_PATH.test(path)) return doc.querySelector(LIST_ITEM_LINK) ? 'profile' : null;
  return null;
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

/** A code link the authors give in their comments or abstract. */
function codeLink(...texts: (string | undefined)[]): string | undefined {
  for (const t of texts) {
    const m = /https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com)\/[\w.-]+\/[\w.-]+/i.exec(t ?? '');
    if (m) return m[0].replace(/\.+$/, '').replace(/\.git$/, '');
  }
  return undefined;
}

interface Fields {
  id: string;
  title: string;
  authors: string[];
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

function candidate(f: Fields): Candidate {
  const date = f.date ?? dateFromId(f.id);
  const code = codeLink(...(f.links ?? []), f.comments, f.abstract);
  const signals: Signals = compact({
    category: f.categories[0],
    categories: f.categories.length ? f.categories : undefined,
    hasCode: code ? true : undefined,
  });
  return compact({
    title: f.title,
    authors: f.authors,
    authorsTruncated: false,
    year: date ? Number(date.slice(0, 4)) : undefined,
    date,
    venue: f.journalRef ?? 'arXiv',
    type: f.journalRef ? undefined : ('preprint' as const),
    abstract: f.abstract || undefined,
    ids: compact({ arxiv: f.id, doi: f.doi }),
    url: `https://arxiv.org/abs/${f.id}`,
    pdf: f.hasPdf ? `https://arxiv.org/pdf/${f.id}` : undefined,
    code,
    signals: Object.keys(signals).length ? signals : undefined,
  });
}

// ---- search results ----------------------------------------------------------------------------------------
// Entries are read by walking each result's few children once: per-entry selector queries dominate the cost
// on a 200-result page.

const has = (el: Element, cls: string) => el.classList.contains(cls);

function searchEntry(li: Element, base: URL): Candidate | null {
  let id: string | undefined;
  let title = '';
  let authors: string[] = [];
  let abstract: string | undefined;
  let comments: string | undefined;
  let journalRef: string | undefined;
  let doi: string | undefined;
  let submitted: string | undefined;
  let hasPdf = false;
  const categories: string[] = [];
  for (const block of li.children) {
    if (has(block, 'title')) title = clean(block.textContent);
    else if (has(block, 'authors')) authors = [...block.getElementsByTagName('a')].map((a) => clean(a.textContent)).filter(Boolean);
    else if (has(block, 'abstract')) {
      const full = [...block.children].find((el) => has(el, 'abstract-full'));
      abstract = full
        ? clean(full.textContent).replace(/[△▽] ?(?:Less|More)$/, '').trimEnd()
        : clean(block.textContent).replace(/^Abstract:\s*/, '');
    } else if (has(block, 'comments')) {
      const t = clean(block.textContent);
      if (t.startsWith('Comments:')) comments = clean(t.slice(9));
      else if (/^Journal ref:/i.test(t)) journalRef = clean(t.replace(/^Journal ref:/i, ''));
    } else if (has(block, 'is-size-7') && !submitted) {
      const t = clean(block.textContent);
      // The first version's date is the paper's date; "Submitted" alone is the latest version's.
      if (t.startsWith('Submitted')) submitted = dayMonthYear(/\bv1 submitted ([^;]+)/.exec(t)?.[1]) ?? dayMonthYear(/^Submitted ([^;]+)/.exec(t)?.[1]);
    } else if (block.tagName === 'DIV') {
      for (const a of block.getElementsByTagName('a')) {
        const href = a.getAttribute('href') ?? '';
        if (!id && href.includes('/abs/')) id = parseArxivId(absUrl(href, base)) ?? parseArxivId(clean(a.textContent));
        else if (href.includes('/pdf/')) hasPdf = true;
        else if (!doi && href.includes('doi.org/')) doi = parseDoi(href);
      }
      for (const span of block.getElementsByTagName('span')) {
        if (has(span, 'tag') && !span.parentElement?.classList.contains('has-addons')) categories.push(clean(span.textContent));
      }
    }
  }
  if (!id || !title) return null;
  return candidate({ id, title, authors, abstract, comments, journalRef, doi, date: submitted, categories: categories.filter(Boolean), hasPdf });
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
function metaText(dd: Element, selector: string): string {
  return textOf(dd, selector).replace(/^(?:Title|Authors?|Comments|Journal-ref|DOI|Subjects):\s*/, '');
}

function listEntry(dt: Element, dd: Element, base: URL): Candidate | null {
  const id = parseArxivId(absUrl(dt.querySelector('a[href*="/abs/"]')?.getAttribute('href'), base));
  const title = metaText(dd, '.list-title');
  if (!id || !title) return null;
  const authorEl = dd.querySelector('.list-authors');
  let authors = authorEl ? [...authorEl.querySelectorAll('a')].map((a) => clean(a.textContent)).filter(Boolean) : [];
  if (authors.length === 0 && authorEl) {
    authors = metaText(dd, '.list-authors')
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
    abstract: clean(dd.querySelector('p.mathjax')?.textContent) || undefined,
    comments: metaText(dd, '.list-comments') || undefined,
    journalRef: metaText(dd, '.list-journal-ref') || undefined,
    doi: doiEl ? (parseDoi(doiEl.querySelector('a')?.getAttribute('href')) ?? parseDoi(clean(doiEl.textContent))) : undefined,
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

function listEntries(doc: Document, base: URL): { entries: Candidate[]; sections: Record<string, number>; announced?: string } {
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
    const c = listEntry(el, dd, base);
    if (!c) continue;
    entries.push(c);
    const typeInfo = clean(el.textContent);
    const entrySection = section ?? (/\(cross-list from /.test(typeInfo) ? 'cross-lists' : /\(replaced\)/.test(typeInfo) ? 'replacements' : undefined);
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

function extract(doc: Document, url: URL): PageScan {
  const kind = detect(doc, url) ?? (AUTHOR_PATH.test(url.pathname) ? 'profile' : 'feed');
  if (url.pathname.startsWith('/search')) {
    const entries: Candidate[] = [];
    const first = doc.querySelector('li.arxiv-result');
    for (const li of first?.parentElement?.children ?? []) {
      const c = has(li, 'arxiv-result') ? searchEntry(li, url) : null;
      if (c) entries.push(c);
    }
    return { site: 'arxiv', kind, url: url.href, context: searchContext(doc, url), entries };
  }
  const { entries, sections, announced } = listEntries(doc, url);
  return { site: 'arxiv', kind, url: url.href, context: listContext(doc, url, kind, sections, announced), entries };
}

export const arxiv: SiteAdapter = {
  id: 'arxiv',
  name: 'arXiv',
  matches: ['https://arxiv.org/*', 'https://export.arxiv.org/*'],
  detect,
  extract,
  count: (doc, url) => doc.querySelectorAll(url.pathname.startsWith('/search') ? 'li.arxiv-result' : 'dl > dt').length,
};
