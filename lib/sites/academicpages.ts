import type { Candidate, PageKind, PageScan } from '../model';
import type { Site, SiteAdapter } from './adapter';
import { ownerListing } from './listing';
import { absUrl, clean, compact, isoDay, walkText } from './dom';
import { addPaperLink, isPlaceholderHref, type PaperLinks } from './paper-links';
import { textReader, type TextReader } from './math-text';
import { arxivPdfUrl, titleKey } from '../identity';
import { parseReference, type ParsedReference } from '../text/reference';

/**
 * AcademicPages (the Jekyll minimal-mistakes fork) publication lists, on any host. The same archive markup also lists
 * blog posts, talks and teaching: a page counts as a publication list only when its items link to the publications
 * collection (`/publication/<slug>`), carry "Published in" / "Recommended citation" lines, or the page is /publications/.
 */

const ITEM = '.archive .archive__item';
const PUBLICATION_LINE = /^(?:Published|Submitted|Accepted|Appeared|To appear)\b|^Recommended citation/i;

function detect(doc: Document, url: URL): PageKind | null {
  const items = doc.querySelectorAll(ITEM);
  if (items.length === 0) return null;
  if (doc.querySelector(`${ITEM} a[href*="/publication"]`) || /\/publications?(\/|\.html)?$/i.test(url.pathname)) return 'lab';
  for (const item of [...items].slice(0, 3)) {
    for (const p of item.querySelectorAll('p')) if (PUBLICATION_LINE.test(clean(p.textContent))) return 'lab';
  }
  return null;
}

/** Sites built on a laptop keep `http://localhost:4000/...` links: put them on the page's own origin. */
function siteUrl(href: string | null, base: URL): string | undefined {
  const abs = absUrl(href, base);
  if (!abs) return undefined;
  const u = new URL(abs);
  if (/^(localhost|127\.0\.0\.1|0\.0\.0\.0)$/.test(u.hostname) && u.hostname !== base.hostname)
    return new URL(u.pathname + u.search + u.hash, base.origin).href;
  return abs;
}

/**
 * A free-form "Recommended citation" ("A. Smith, B. Jones, and C. Wu. 2021. Title..." / "Smith, A., & Jones, B. (2020).
 * Title" / "A Smith, B Jones "Title"") read as a reference, when the reading finds the item's own title in it (so its
 * names are the names before or after that title); null otherwise.
 */
export function citationReading(citation: string, title: string): ParsedReference | null {
  const r = citation ? parseReference(citation, { title }) : null;
  if (!r || r.authors.length === 0) return null;
  const [item, read] = [titleKey(title), titleKey(r.title)];
  return item.startsWith(read) || read.startsWith(item) ? r : null;
}

/** The item's own title: the external title link when the post has one, else the heading without its "Permalink" icon. */
function titleOf(heading: Element | null, read: TextReader): string {
  if (!heading) return '';
  const external = heading.querySelector('a:not([rel="permalink"])');
  if (external) return clean(read(external));
  let s = '';
  walkText(
    heading,
    (el) => read.atom(el) ?? !el.matches('.sr-only, i'),
    (t) => (s += t),
  );
  return clean(s);
}

/** Text of a paragraph up to its first line break or link ("Recommended citation: ...<br/><a>Download Paper</a>"). */
function leadText(p: Element): string {
  let s = '';
  for (const n of p.childNodes) {
    if (n.nodeType === 1 && /^(BR|A)$/.test((n as Element).tagName)) break;
    s += n.textContent ?? '';
  }
  return clean(s);
}

/**
 * The excerpt paragraph. The theme writes `<p class="archive__item-excerpt"><p>text</p></p>`, which an HTML parser
 * splits into an empty excerpt followed by the text's own paragraph.
 */
function excerptOf(el: Element | null, read: TextReader): string {
  if (!el) return '';
  const own = clean(read(el));
  if (own) return own;
  const next = el.nextElementSibling;
  return next?.tagName === 'P' && !next.className && !next.querySelector('a') && !PUBLICATION_LINE.test(clean(next.textContent))
    ? clean(read(next))
    : '';
}

function extractEntry(item: Element, base: URL, read: TextReader): Candidate | null {
  const heading = item.querySelector('.archive__item-title');
  const title = titleOf(heading, read);
  if (!title) return null;
  const permalink = heading?.querySelector('a[rel="permalink"]') ?? heading?.querySelector('a[href]');
  const url = siteUrl(permalink?.getAttribute('href') ?? null, base);

  let venue: string | undefined;
  let year: number | undefined;
  let citation = '';
  for (const p of item.querySelectorAll('p')) {
    const text = clean(p.textContent);
    const published = /^(?:Published|Submitted|Accepted|Appeared|To appear)(?: in| to| at)?\s+(.*?)(?:,\s*(\d{4}))?\s*\.?$/i.exec(text);
    if (published && !p.matches('.archive__item-excerpt')) {
      venue = clean(p.querySelector('i, em')?.textContent) || clean(published[1]) || undefined;
      const y = Number(published[2]);
      if (y && y !== 1900) year = y;
    } else if (/^Recommended citation:/i.test(text)) citation = leadText(p).replace(/^Recommended citation:\s*/i, '');
  }
  const datetime = isoDay(item.querySelector('time[datetime]')?.getAttribute('datetime'));
  year ??= datetime ? Number(datetime.slice(0, 4)) : undefined;

  const links: PaperLinks = {};
  for (const a of item.querySelectorAll('a[href]')) {
    if (a === permalink || a.getAttribute('rel') === 'permalink' || isPlaceholderHref(a.getAttribute('href'))) continue;
    const href = siteUrl(a.getAttribute('href'), base);
    if (href) addPaperLink(links, href, clean(a.textContent));
  }

  const parsed = citationReading(citation, title);
  const excerpt = excerptOf(item.querySelector('.archive__item-excerpt'), read).replace(/\s*Read more$/, '');
  return compact({
    title,
    authors: parsed?.authors ?? [],
    // The list shows no author line; only a parsed citation says who wrote it.
    authorsTruncated: parsed ? parsed.authorsTruncated : true,
    year,
    date: datetime && year === Number(datetime.slice(0, 4)) ? datetime : year ? String(year) : undefined,
    venue,
    type: links.arxiv && (!venue || /arxiv|preprint/i.test(venue)) ? ('preprint' as const) : undefined,
    abstract: excerpt && !/^Keywords:/i.test(excerpt) ? excerpt : undefined,
    ids: compact({ arxiv: links.arxiv, doi: links.doi ?? parsed?.ids.doi }),
    url,
    pdf: links.pdf ?? (links.arxiv ? arxivPdfUrl(links.arxiv) : undefined),
    code: links.code,
  });
}

function extract(doc: Document, url: URL): PageScan {
  const entries: Candidate[] = [];
  const read = textReader(doc);
  for (const item of doc.querySelectorAll(ITEM)) {
    const c = extractEntry(item, url, read);
    if (c) entries.push(c);
  }
  const name =
    clean(doc.querySelector('.author__name')?.textContent) ||
    clean(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
  const title = clean(doc.querySelector('.page__title')?.textContent) || clean(doc.title.split(' - ')[0]);
  return {
    site: 'academicpages',
    kind: 'lab',
    url: url.href,
    context: compact({ title: title || undefined, name: name || undefined }),
    entries,
  };
}

export const academicpagesSite: Site = {
  id: 'academicpages',
  name: 'AcademicPages',
  matches: [],
};

export const academicpages: SiteAdapter = {
  ...academicpagesSite,
  detect,
  extract,
  listing: (_doc, _url, scan) => ownerListing(scan.context),
};
