import type { Candidate, EntryType, PageKind, PageScan } from '../model';
import type { Site, SiteAdapter } from './adapter';
import { ownerListing } from './listing';
import { absUrl, authorTruncation, clean, compact, htmlToText, stripMarkers, walkText, textOf } from './dom';
import { monthNumber, pad2 } from '../dates';
import { textReader, type TextReader } from './math-text';
import { bibEntryType, bibAuthors, parseBibEntry, type BibLite } from './bibtex-lite';
import { arxivPdfUrl, idPageUrl, idsFromUrl, parseArxivId, parseDoi } from '../identity';
import { NAME_CONJUNCTION_OTHER_LANGUAGES, readAuthorBlock, withoutInBeforeVenue } from '../text/reference';

/**
 * al-folio (Jekyll + jekyll-scholar) publication lists, on any host: the publications page, grouped by year or
 * by category, and "selected publications" blocks on About pages. Every markup version from 2020 to 2026:
 * the entry's visible title/author/periodical plus the hidden abstract and BibTeX blocks.
 */

const ENTRY = 'ol.bibliography > li';

function detect(doc: Document): PageKind | null {
  return doc.querySelector(`${ENTRY} .title`) && doc.querySelector(`${ENTRY} .author`) ? 'lab' : null;
}

/** Visible author names, leaving out <sup> markers and the "N more authors" toggle. */
function visibleAuthors(authorEl: Element): string[] {
  let s = '';
  walkText(
    authorEl,
    (el) => !/^(?:sup|script)$/i.test(el.tagName) && !el.classList.contains('more-authors'),
    (t) => (s += t),
  );
  return splitNames(s);
}

/**
 * "Taniguti, Cristiane H.,&nbsp;Lau, Jeekin,&nbsp;and Riera‐Lizarazu, Oscar": names the template joins with ",&nbsp;",
 * each printed inverted as its BibTeX writes it, or one such name alone. Given first, as names are shown; null when the line
 * is not that.
 */
function invertedNamesJoined(s: string): string[] | null {
  const pieces = s
    .trim()
    .split(/\s*,\u00a0\s*(?:and\s+)?/)
    .map((p) => stripMarkers(p))
    .filter(Boolean);
  // "Schwendemann, Matthias": one author, as BibTeX writes them (a family name alone before the comma, given names after).
  if (pieces.length === 1 && /^\p{Lu}[\p{L}'’-]+,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u.test(pieces[0]!)) {
    const one = readAuthorBlock(pieces[0]!, 'surname-given')?.names;
    return one?.length === 1 ? one : null;
  }
  if (pieces.length < 2 || pieces.some((p) => p.split(',').length !== 2)) return null;
  const names = pieces.map((p) => (readAuthorBlock(p, 'surname-given') ?? readAuthorBlock(p, 'surname-initials'))?.names);
  return names.every((n) => n?.length === 1) ? names.map((n) => n![0]!) : null;
}

/** "A, B and C", and as a localised jekyll-scholar writes the last "and" ("A, B, et C", "A y B"). */
function splitNames(s: string): string[] {
  const inverted = invertedNamesJoined(s);
  if (inverted) return inverted;
  return clean(s)
    .replace(NAME_CONJUNCTION_OTHER_LANGUAGES, ', ')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => stripMarkers(n.replace(/^and\s+/, '')))
    .filter((n) => n && !/^(and|et al\.?)$/i.test(n));
}

/**
 * The names hidden behind "N more authors": the toggle's onclick holds them as a JS string literal (al-folio's
 * `bib.liquid`: `element.text() == '5 more authors' ? '<names>' : '5 more authors'`), forks keep them in `data-more`.
 * The names are HTML (jekyll-scholar renders LaTeX markup, e.g. "Shane Arora<sup><sup> </sup></sup>"): reduced to text.
 */
function hiddenAuthors(more: Element): { count?: number; names?: string[] } {
  const count = Number(/(\d+)\s+more\s+author/i.exec(more.getAttribute('title') ?? more.textContent ?? '')?.[1]) || undefined;
  const onclick = more.getAttribute('onclick') ?? '';
  const m = /\?\s*(['"])((?:\\.|(?!\1).)*)\1\s*:/.exec(onclick);
  const raw = m ? m[2]!.replace(/\\(.)/g, '$1') : more.getAttribute('data-more');
  if (!raw) return { count };
  const names = splitNames(htmlToText(raw));
  return { count: count ?? names.length, names };
}

function entryType(bib: BibLite | null, venue: string | undefined, arxiv: string | undefined): EntryType | undefined {
  const t = bib ? bibEntryType(bib.type) : undefined;
  const looksPreprint = !venue || /arxiv|preprint|biorxiv|medrxiv|ssrn|submitted|under review/i.test(venue);
  if (arxiv && looksPreprint && (t === undefined || t === 'article' || t === 'misc')) return 'preprint';
  return t;
}

function extractEntry(li: Element, heading: string, base: URL, read: TextReader): Candidate | null {
  const body = li.querySelector('.title')?.parentElement;
  if (!body) return null;
  const title = stripMarkers(textOf(body, '.title', read));
  if (!title) return null;

  const bibText = body.querySelector('.bibtex code, .bibtex pre, div.bibtex')?.textContent ?? '';
  const bib = bibText.includes('@') ? parseBibEntry(bibText) : null;
  const bibField = (name: string) => (bib?.fields[name] ? bib.fields[name] : undefined);

  // Authors: visible names, then the hidden ones, else the BibTeX list when it is longer.
  const authorEl = body.querySelector('.author');
  let authors = authorEl ? visibleAuthors(authorEl) : [];
  let authorsTruncated = false;
  let authorCount: number | undefined;
  const more = authorEl?.querySelector('.more-authors');
  if (more) {
    const hidden = hiddenAuthors(more);
    if (hidden.names && hidden.names.length === (hidden.count ?? hidden.names.length)) authors = [...authors, ...hidden.names];
    else {
      authorsTruncated = true;
      authorCount = hidden.count !== undefined ? authors.length + hidden.count : undefined;
    }
  }
  const bibNames = bibField('author') ? bibAuthors(bibField('author')!) : undefined;
  if (bibNames && (authorsTruncated || authors.length === 0) && bibNames.names.length >= (authorCount ?? authors.length)) {
    authors = bibNames.names;
    authorsTruncated = bibNames.others;
    authorCount = undefined;
  }
  if (!more && !bibNames) {
    const shown = authorTruncation(clean(authorEl?.textContent));
    if (shown.truncated) {
      authorsTruncated = true;
      if (shown.more !== undefined) authorCount = authors.length + shown.more;
    }
  }

  // Venue and date from the first periodical line: "<em>Venue</em>, Jun 2024".
  const periodical = body.querySelector('.periodical');
  const periodicalText = clean(periodical?.textContent);
  const venue =
    withoutInBeforeVenue(clean(periodical?.querySelector('em')?.textContent)) || bibField('journal') || bibField('booktitle') || undefined;
  const dateMatch = /(?:\b([A-Z][a-z]{2,8})\.?\s+)?(\d{4})\s*$/.exec(periodicalText);
  const year = Number(dateMatch?.[2]) || Number(bibField('year')) || (/^\d{4}$/.test(heading) ? Number(heading) : undefined) || undefined;
  const month = dateMatch?.[1] ? monthNumber(dateMatch[1]) : bibField('month') ? monthNumber(bibField('month')!) : undefined;

  // Links: arXiv, PDF, code, DOI, website.
  let arxiv: string | undefined;
  let doi: string | undefined;
  let pdf: string | undefined;
  let code: string | undefined;
  let site: string | undefined;
  for (const a of body.querySelectorAll('.links a[href], .title a[href]')) {
    const href = absUrl(a.getAttribute('href'), base);
    if (!href) continue;
    const label = clean(a.textContent).toLowerCase();
    const ids = idsFromUrl(href);
    // A publisher's page (journals.aps.org/…/10.1103/…) gives its DOI and may still be the entry's page.
    if (!doi && ids.doi && !/doi\.org\//.test(href)) doi = ids.doi;
    if (ids.arxiv && !arxiv) arxiv = ids.arxiv;
    else if (!doi && ids.doi) doi = ids.doi;
    else if (!pdf && (label === 'pdf' || /\.pdf($|\?)/i.test(href))) pdf = href;
    else if (!code && (label.startsWith('code') || /github\.com|gitlab\.com/.test(href))) code = href;
    else if (!site && (label === 'html' || label === 'website' || label === 'paper' || a.closest('.title'))) site = href;
  }
  const badge = body.querySelector('[data-arxiv-id], [data-doi]');
  arxiv ??= parseArxivId(badge?.getAttribute('data-arxiv-id')) ?? parseArxivId(bibField('eprint')) ?? parseArxivId(bibField('arxiv'));
  doi ??= parseDoi(badge?.getAttribute('data-doi')) ?? parseDoi(bibField('doi'));
  if (!arxiv && venue) arxiv = parseArxivId(/arxiv:\s*\S+/i.exec(venue)?.[0]);

  const abstract = clean(read(body.querySelector('.abstract.hidden, div.abstract'))) || bibField('abstract');
  const url = site ?? idPageUrl({ arxiv, doi }) ?? absUrl(bibField('url'), base);

  return compact({
    title,
    authors,
    authorsTruncated,
    authorCount,
    year,
    date: year && month ? `${year}-${pad2(month)}` : year ? String(year) : undefined,
    venue,
    type: entryType(bib, venue, arxiv),
    abstract: abstract || undefined,
    ids: compact({ arxiv, doi }),
    url,
    pdf: pdf ?? (arxiv ? arxivPdfUrl(arxiv) : undefined),
    code,
    bibtex: bib ? bibText.trim() : undefined,
  });
}

function extract(doc: Document, url: URL): PageScan {
  const entries: Candidate[] = [];
  const read = textReader(doc);
  for (const list of doc.querySelectorAll('ol.bibliography')) {
    let heading = '';
    for (let el = list.previousElementSibling; el; el = el.previousElementSibling) {
      if (/^H[1-4]$/.test(el.tagName)) {
        heading = clean(el.textContent);
        break;
      }
    }
    for (const li of list.querySelectorAll(':scope > li')) {
      const c = extractEntry(li, heading, url, read);
      if (c) entries.push(c);
    }
  }
  const name = clean(doc.querySelector('.navbar-brand, header .navbar-brand')?.textContent) || undefined;
  const title = clean(doc.querySelector('h1.post-title')?.textContent) || clean(doc.title) || undefined;
  return {
    site: 'alfolio',
    kind: 'lab',
    url: url.href,
    context: compact({ title, name }),
    entries,
  };
}

export const alfolioSite: Site = {
  id: 'alfolio',
  name: 'al-folio',
  matches: [],
};

export const alfolio: SiteAdapter = {
  ...alfolioSite,
  detect,
  extract,
  listing: (_doc, _url, scan) => ownerListing(scan.context),
};
