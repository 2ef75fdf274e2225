import type { Candidate, EntryType, PageKind, PageScan } from '../model';
import type { Site, SiteAdapter } from './adapter';
import { ownerListing } from './listing';
import { absUrl, authorTruncation, clean, compact, isoDay, stripMarkers, type Truncation } from './dom';
import { monthNumber, pad2 } from '../dates';
import { addPaperLink, isPlaceholderHref, type PaperLinks } from './paper-links';
import { textReader, type TextReader } from './math-text';
import { arxivPdfUrl } from '../identity';

/**
 * Hugo Academic 4 / Wowchemy 5 / Hugo Blox publication lists, on any host (detected by the generator meta tag).
 * Every publication list view of these themes: citation (`.pub-list-item`, Bootstrap and Tailwind), card
 * (`.card-simple`, with or without schema.org microdata), compact/stream (`.media.stream-item`) and list
 * (`.view-list-item`). Pub types come from the isotope wrapper's `pubtype-*` class.
 */

const GENERATOR = /Source Themes Academic|Wowchemy|Hugo Blox|Academic Theme/i;
const ITEM = '.pub-list-item, .card-simple, .media.stream-item, .view-list-item';
const PUBLICATION_HINT =
  '#container-publications, .pub-list-item, [itemtype$="ScholarlyArticle"], .card-simple a[href*="/publication"], .stream-item a[href*="/publication"], .view-list-item a[href*="/publication"]';

function isHugoAcademic(doc: Document): boolean {
  for (const meta of doc.querySelectorAll('meta[name="generator"]')) if (GENERATOR.test(meta.getAttribute('content') ?? '')) return true;
  return false;
}

function detect(doc: Document): PageKind | null {
  return isHugoAcademic(doc) && doc.querySelector(PUBLICATION_HINT) ? 'lab' : null;
}

/** The entry's title link: the citation view's bare `<a>`, or the heading link of the other views. */
function titleLink(item: Element): Element | null {
  return (
    item.querySelector('.article-title a[href], a[itemprop="url"][href], h3 a[href]') ??
    [...item.querySelectorAll(':scope > a[href]')].find((a) => !a.matches('.btn, .hb-attachment-link, .js-cite-modal')) ??
    null
  );
}

/** A publication, not a blog post, talk or project shown in the same view (Hugo Blox collection blocks reuse the citation view). */
function isPublication(item: Element, link: Element): boolean {
  if (item.closest('#container-publications') || /ScholarlyArticle$/.test(item.getAttribute('itemtype') ?? '')) return true;
  const path = link.getAttribute('href') ?? '';
  if (/\/publications?\//.test(path)) return true;
  return item.matches('.pub-list-item') && !/\/(posts?|blog|events?|talks?|projects?|news|teaching|courses?)\//.test(path);
}

function nameOf(el: Element): string {
  return stripMarkers(clean((el.querySelector('[itemprop~="name"]') ?? el).textContent));
}

/**
 * One name per author span; author-note icons (`i.author-notes`, "Equal contribution") sit outside the spans. A
 * closing "et al." / "+3 authors" / "…" (a site's own truncation) is a marker, not a name.
 */
function authorNames(item: Element): Pick<Candidate, 'authors' | 'authorsTruncated' | 'authorCount'> {
  const marked = [...item.querySelectorAll('[itemprop~="author"]')];
  let names: string[];
  if (marked.length > 1) names = marked.map(nameOf);
  else {
    const box = item.querySelector('.li-cite-author') ?? marked[0] ?? item.querySelector('.article-metadata > div, .stream-meta > div');
    if (!box) return { authors: [], authorsTruncated: false };
    const spans = box.querySelectorAll(':scope > span');
    names = spans.length
      ? [...spans].map(nameOf)
      : clean(box.textContent)
          .split(/\s*,\s*/)
          .map(stripMarkers);
  }
  const authors: string[] = [];
  let truncation: Truncation = { truncated: false };
  for (const name of names) {
    const marker = MARKER_ONLY.test(name) ? authorTruncation(name) : null;
    if (marker?.truncated) truncation = marker;
    else if (name) {
      const cut = name.replace(TRAILING_ET_AL, '');
      if (cut !== name) truncation = { truncated: true };
      authors.push(cut);
    }
  }
  if (!truncation.truncated) return { authors, authorsTruncated: false };
  return truncation.more !== undefined
    ? { authors, authorsTruncated: true, authorCount: authors.length + truncation.more }
    : { authors, authorsTruncated: true };
}

/** A piece of an author line that is only a truncation marker. */
const MARKER_ONLY = /^(?:and\s+)?(?:et\s+al\.?|…|\.\.\.|\+?\s*\d+\s+(?:more\s+)?(?:authors?|others?)|others)$/i;
const TRAILING_ET_AL = /\s+et\s+al\.?$/i;

const PUBTYPE_NUMBERS: (EntryType | undefined)[] = [
  undefined,
  'inproceedings',
  'article',
  'preprint',
  'report',
  'book',
  'incollection',
  'thesis',
  'misc',
];

/** "Conference paper", "paper-conference", "Journal article", "article-journal", "Preprint", "Book section"... */
function typeFromLabel(label: string): EntryType | undefined {
  const l = label.toLowerCase();
  if (/conference|proceeding/.test(l)) return 'inproceedings';
  if (/book.?section|chapter/.test(l)) return 'incollection';
  if (/book/.test(l)) return 'book';
  if (/preprint|manuscript|working/.test(l)) return 'preprint';
  if (/journal|article/.test(l)) return 'article';
  if (/report/.test(l)) return 'report';
  if (/thesis|dissertation/.test(l)) return 'thesis';
  if (/patent/.test(l)) return 'misc';
  return undefined;
}

function entryType(item: Element, pubtypeLabels: Map<string, string>): EntryType | undefined {
  const wrapper = item.closest('[class*="pubtype-"]');
  const cls = /(?:^|\s)pubtype-(\S+)/.exec(wrapper?.getAttribute('class') ?? '')?.[1];
  if (!cls) return undefined;
  const label = pubtypeLabels.get(cls);
  if (label) return typeFromLabel(label);
  return /^\d+$/.test(cls) ? PUBTYPE_NUMBERS[Number(cls)] : typeFromLabel(cls);
}

/** The type filter's options name each `pubtype-N` class in the site's own words. */
function pubtypeLabels(doc: Document): Map<string, string> {
  const labels = new Map<string, string>();
  for (const option of doc.querySelectorAll('select[data-filter-group="pubtype"] option')) {
    const key = /^\.pubtype-(\S+)$/.exec(option.getAttribute('value') ?? '')?.[1];
    if (key) labels.set(key, clean(option.textContent));
  }
  return labels;
}

/** The citation view's plain text between the title link and the buttons: "In <em>STC</em>." / "<em>J, 1</em>(1)." */
function citationVenue(title: Element): string {
  let s = '';
  for (let n = title.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 && /^(P|DIV|BUTTON|A)$/.test((n as Element).tagName)) break;
    s += n.textContent ?? '';
  }
  return s;
}

function tidyVenue(s: string): string | undefined {
  const v = clean(s)
    .replace(/^[.,\s]+/, '')
    .replace(/^In\s+/, '')
    .replace(/,\s*(19|20)\d{2}\s*\.?$/, '')
    .replace(/[.,\s]+$/, '');
  return v || undefined;
}

/** "May 2020" -> 2020-05, "May 11, 2020" -> 2020-05-11, "2020" -> 2020. */
function displayedDate(text: string): string | undefined {
  const t = clean(text);
  const dmy = /([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(t);
  if (dmy && monthNumber(dmy[1]!)) return `${dmy[3]}-${pad2(monthNumber(dmy[1]!)!)}-${pad2(Number(dmy[2]))}`;
  const my = /([A-Za-z]{3,})\.?,?\s+(\d{4})/.exec(t);
  if (my && monthNumber(my[1]!)) return `${my[2]}-${pad2(monthNumber(my[1]!)!)}`;
  return /\b(\d{4})\b/.exec(t)?.[1];
}

function entryDate(item: Element, title: Element): string | undefined {
  const shown = item.querySelector('.article-date time, .article-date');
  if (shown) {
    const d = displayedDate(shown.textContent ?? '');
    if (d) return d;
  }
  const meta = isoDay(item.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'));
  if (meta) return meta;
  // Citation view: "(2019)." before the title (APA) or ", 2019." after it (MLA); else the isotope `year-YYYY` class.
  const around = clean(`${title.previousSibling?.textContent ?? ''} ${citationVenue(title)}`);
  const cited = /\((\d{4})\)|,\s*(\d{4})\s*\.?\s*$/.exec(around);
  if (cited) return cited[1] ?? cited[2];
  return /(?:^|\s)year-(\d{4})(?:\s|$)/.exec(item.closest('[class*="year-"]')?.getAttribute('class') ?? '')?.[1];
}

function extractEntry(item: Element, base: URL, labels: Map<string, string>, read: TextReader): Candidate | null {
  const title = titleLink(item);
  const titleText = clean(read(title));
  if (!title || !titleText || !isPublication(item, title)) return null;

  const links: PaperLinks = {};
  const url = absUrl(title.getAttribute('href'), base);
  if (url) addPaperLink(links, url, '');
  for (const a of item.querySelectorAll('a[href]')) {
    if (a === title || a.closest('.li-cite-author, [itemprop~="author"], .article-metadata') || isPlaceholderHref(a.getAttribute('href')))
      continue;
    const href = absUrl(a.getAttribute('href'), base);
    if (href) addPaperLink(links, href, clean(a.textContent));
  }

  const date = entryDate(item, title);
  const venue = tidyVenue(
    item.querySelector('.pub-publication')?.textContent ?? (item.matches('.pub-list-item') ? citationVenue(title) : ''),
  );
  const type = entryType(item, labels) ?? (links.arxiv && (!venue || /arxiv|preprint/i.test(venue)) ? 'preprint' : undefined);
  const abstract = clean(read(item.querySelector('.pub-abstract')));

  return compact({
    title: titleText,
    ...authorNames(item),
    year: date ? Number(date.slice(0, 4)) : undefined,
    date,
    venue,
    type,
    abstract: abstract || undefined,
    ids: compact({ arxiv: links.arxiv, doi: links.doi }),
    url,
    pdf: links.pdf ?? (links.arxiv ? arxivPdfUrl(links.arxiv) : undefined),
    code: links.code,
  });
}

function extract(doc: Document, url: URL): PageScan {
  const labels = pubtypeLabels(doc);
  const read = textReader(doc);
  const entries: Candidate[] = [];
  for (const item of doc.querySelectorAll(ITEM)) {
    if (item.parentElement?.closest(ITEM)) continue;
    const c = extractEntry(item, url, labels, read);
    if (c) entries.push(c);
  }
  const name =
    clean(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')) ||
    clean(doc.querySelector('.navbar-brand')?.textContent);
  const title =
    clean(doc.querySelector('.universal-wrapper h1, .page-header h1, main h1')?.textContent) || clean(doc.title.split(' | ')[0]);
  return {
    site: 'hugoacademic',
    kind: 'lab',
    url: url.href,
    context: compact({ title: title || undefined, name: name || undefined }),
    entries,
  };
}

export const hugoacademicSite: Site = {
  id: 'hugoacademic',
  name: 'Hugo Academic',
  matches: [],
};

export const hugoacademic: SiteAdapter = {
  ...hugoacademicSite,
  detect,
  extract,
  listing: (_doc, _url, scan) => ownerListing(scan.context),
};
