import type { Candidate, PageContext, PageKind, PageScan } from '../model';
import type { Listing, Site, SiteAdapter, SitePresence } from './adapter';
import { listingOf, ownerListing, searchTitle } from './listing';
import { absUrl, clean, cleanJsonString, compact, isJsonObject, isoDay, textOf, type JsonObject, titlesAt } from './dom';
import { monthNumber, pad2 } from '../dates';
import { bibAuthors, bibEntryType, decodeLatex, parseBibEntry } from './bibtex-lite';
import { parseArxivId, parseDoi } from '../identity';
import { flightValues } from './next-flight';
import { textReader, type TextReader } from './math-text';

/**
 * OpenReview: profiles (`/profile?id=~Name1`), venue/group pages (`/group?id=ICLR.cc/2025/Conference`), search, and a
 * forum (one paper). Notes come from the page's JSON first: `script#__NEXT_DATA__` (pages-router builds) or the React
 * Server Components payload (`self.__next_f.push([1,"..."])`, app-router builds). API v2 wraps every content field
 * as `{value}`, v1 does not. The rendered note list (`.note` > `h4 a`, `.note-authors`) is the fallback.
 */

const BASE = 'https://openreview.net';

function detect(_doc: Document, url: URL): PageKind | null {
  if (url.hostname !== 'openreview.net') return null;
  const p = url.pathname.replace(/\/$/, '');
  if (p === '/forum' && url.searchParams.get('id')) return 'single';
  if (p === '/profile') return 'profile';
  if (p === '/group' && url.searchParams.get('id')) return 'venue';
  if (p === '/search') return 'feed';
  return null;
}

/** A content field, v1 plain or v2 `{value}`. */
const field = (content: JsonObject, key: string): unknown =>
  isJsonObject(content[key]) ? (content[key] as JsonObject).value : content[key];

/** JSON values embedded in the page: __NEXT_DATA__ and every row of the RSC payload, references resolved. */
function embeddedJson(doc: Document): unknown[] {
  const out: unknown[] = [];
  const next = doc.querySelector('script#__NEXT_DATA__')?.textContent;
  if (next) {
    try {
      out.push(JSON.parse(next));
    } catch {
      /* not JSON */
    }
  }
  return out.concat(flightValues(doc));
}

/** Submission notes (forum notes with a title) anywhere in the JSON, first occurrence of each id. */
function findNotes(roots: unknown[]): JsonObject[] {
  const notes = new Map<string, JsonObject>();
  const walk = (v: unknown, depth: number): void => {
    if (depth > 40) return;
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (isJsonObject(v)) {
      const content = v.content;
      if (
        typeof v.id === 'string' &&
        typeof v.forum === 'string' &&
        v.forum === v.id &&
        isJsonObject(content) &&
        cleanJsonString(field(content, 'title'))
      ) {
        if (!notes.has(v.id)) notes.set(v.id, v);
        return;
      }
      for (const x of Object.values(v)) walk(x, depth + 1);
    }
  };
  roots.forEach((r) => walk(r, 0));
  return [...notes.values()];
}

function candidateFromNote(note: JsonObject): Candidate {
  const content = note.content as JsonObject;
  const id = note.id as string;
  const authorsRaw = field(content, 'authors');
  const authors = Array.isArray(authorsRaw)
    ? authorsRaw.map((a: unknown) => (isJsonObject(a) ? cleanJsonString(a.fullname) : cleanJsonString(a))).filter((a): a is string => !!a)
    : [];
  const venue = cleanJsonString(field(content, 'venue'));
  const pdfField = cleanJsonString(field(content, 'pdf'));
  const html = cleanJsonString(field(content, 'html')) ?? cleanJsonString(field(content, 'ee'));
  const bibtex = cleanJsonString(field(content, '_bibtex')) ? String(field(content, '_bibtex')).trim() : undefined;
  const bib = bibtex ? parseBibEntry(bibtex) : null;
  const time = (k: string) => (typeof note[k] === 'number' ? new Date(note[k] as number).toISOString() : undefined);
  const date = isoDay(time('pdate'));
  const year =
    Number(/\b(?:19|20)\d{2}\b/.exec(venue ?? '')?.[0]) ||
    Number(field(content, 'year')) ||
    Number((date ?? isoDay(time('cdate') ?? time('tcdate')))?.slice(0, 4)) ||
    undefined;
  const arxiv = parseArxivId(html) ?? parseArxivId(pdfField);
  return compact({
    title: cleanJsonString(field(content, 'title'))!,
    authors,
    authorsTruncated: false,
    year,
    date,
    venue,
    type: bib ? bibEntryType(bib.type.toLowerCase()) : undefined,
    abstract: cleanJsonString(field(content, 'abstract')),
    ids: compact({ openreview: id, arxiv, doi: parseDoi(bib?.fields.doi) }),
    url: `${BASE}/forum?id=${id}`,
    pdf: pdfField ? (/^https?:/.test(pdfField) ? pdfField : `${BASE}/pdf?id=${id}`) : undefined,
    code: absUrl(cleanJsonString(field(content, 'code')), BASE),
    bibtex,
  });
}

/** Names in a rendered author list (`<span>` of links and spans, maybe with institution numbers), and the hidden count. */
function domAuthors(box: Element | null): Pick<Candidate, 'authors' | 'authorsTruncated' | 'authorCount'> {
  const authors: string[] = [];
  // Names sit in a wrapping span (`h3 > span > a`), or straight in the box in saved copies that dropped it.
  const wrapped = box?.querySelectorAll(':scope > span > *');
  for (const el of wrapped?.length ? wrapped : (box?.querySelectorAll(':scope > a, :scope > span') ?? [])) {
    if (el.classList.contains('show-all') || el.classList.contains('private-author-label')) continue;
    const name = el.classList.contains('note-author-with-institutions') ? textOf(el, 'a') : clean(el.textContent);
    if (name && (el.tagName === 'A' || el.tagName === 'SPAN')) authors.push(name);
  }
  const hidden = Number(/\((\d+) additional authors? not shown\)/.exec(textOf(box, '.show-all'))?.[1]) || 0;
  return hidden > 0
    ? { authors, authorsTruncated: true, authorCount: authors.length + hidden }
    : { authors, authorsTruncated: authors.length === 0 };
}

/** Fallback: the rendered note list. Lists over 20 authors end in "et al. (N additional authors not shown)". */
function candidatesFromDom(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  const read = textReader(doc);
  const seen = new Set<string>();
  for (const note of doc.querySelectorAll('.note')) {
    const link = note.querySelector('h4 a[href*="forum?id="]');
    const href = absUrl(link?.getAttribute('href'), BASE);
    const id = href ? new URL(href).searchParams.get('id') : null;
    const title = clean(read(link));
    if (!id || !title || seen.has(id) || new URL(href!).searchParams.get('noteId')) continue;
    seen.add(id);
    const meta = [...note.querySelectorAll('.note-meta-info li')].map((li) => clean(li.textContent));
    const venue = meta[1] || undefined;
    const dateText = meta[0] ?? '';
    const year = Number(/\b(?:19|20)\d{2}\b/.exec(venue ?? '')?.[0] ?? /\b(?:19|20)\d{2}\b/.exec(dateText)?.[0]) || undefined;
    const date = forumDate(dateText);
    const pdf = absUrl(note.querySelector('a.pdf-link[href]')?.getAttribute('href'), BASE);
    out.push(
      compact({
        title,
        ...domAuthors(note.querySelector('.note-authors')),
        year,
        date,
        venue,
        ids: { openreview: id },
        url: `${BASE}/forum?id=${id}`,
        pdf: pdf ? `${BASE}/pdf?id=${id}` : undefined,
      }),
    );
  }
  return out;
}

/** "Published: 21 Sept 2023, Last Modified: 02 Nov 2023" / "28 Sept 2018 (modified: …)" -> the first date. */
function forumDate(s: string): string | undefined {
  const m = /\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s+((?:19|20)\d{2})\b/.exec(s);
  const month = m ? monthNumber(m[2]!) : undefined;
  return m && month ? `${m[3]}-${pad2(month)}-${pad2(Number(m[1]))}` : undefined;
}

/** A labelled field of the forum note's content ("Abstract:", "TL;DR:"), as NoteContentV2 renders it. */
function noteField(doc: Document, label: RegExp, read: TextReader): string | undefined {
  for (const row of doc.querySelectorAll('.forum-note .note-content > div, .note .note-content > div')) {
    const head = clean(row.querySelector('strong, .note-content-field')?.textContent);
    if (label.test(head)) return textOf(row, '.note-content-value', read) || undefined;
  }
  return undefined;
}

/**
 * The forum page without usable JSON: its header (openreview-web components/forum/ForumNote.js: `h2.citation_title`,
 * `.forum-authors h3`, `.forum-meta` > `span.date.item` then the venue `span.item`, the BibTeX link's
 * `data-bibtex` = encodeURIComponent(_bibtex)), the note content, and the citation_* meta tags.
 */
function candidateFromForumDom(doc: Document, id: string): Candidate | null {
  const meta = (name: string) =>
    [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => clean(m.getAttribute('content'))).filter(Boolean);
  let bibtex: string | undefined;
  const encoded = doc.querySelector('.forum-meta [data-bibtex], [data-bibtex]')?.getAttribute('data-bibtex');
  if (encoded) {
    try {
      bibtex = decodeURIComponent(encoded).trim() || undefined;
    } catch {
      bibtex = encoded.trim() || undefined;
    }
  }
  const bib = bibtex ? parseBibEntry(bibtex) : null;
  const read = textReader(doc);
  const title =
    textOf(doc, '.forum-title h2, h2.citation_title', read) ||
    meta('citation_title')[0] ||
    (bib?.fields.title ? clean(decodeLatex(bib.fields.title)) : '');
  if (!title) return null;
  let shown = domAuthors(doc.querySelector('.forum-authors h3, .meta_row h3.author'));
  if (!shown.authors.length) {
    const names = meta('citation_author')
      .concat(meta('citation_authors'))
      .flatMap((a) => a.split(';'))
      .map((a) => clean(a))
      .filter(Boolean);
    const fromBib = bib?.fields.author ? bibAuthors(decodeLatex(bib.fields.author)) : undefined;
    shown = names.length
      ? { authors: names, authorsTruncated: false }
      : fromBib?.names.length
        ? { authors: fromBib.names, authorsTruncated: fromBib.others }
        : shown;
  }
  const items = doc.querySelectorAll('.forum-meta .item, .meta_row .item');
  const dateItem = doc.querySelector('.forum-meta .date.item, .meta_row .date.item');
  const venue = clean([...items].find((el) => el !== dateItem && !el.classList.contains('readers'))?.textContent) || undefined;
  const date =
    forumDate(clean(dateItem?.textContent)) ??
    isoDay(meta('citation_publication_date')[0]?.replace(/\//g, '-')) ??
    isoDay(meta('citation_online_date')[0]?.replace(/\//g, '-'));
  const year = Number(/\b(?:19|20)\d{2}\b/.exec(venue ?? '')?.[0]) || Number(bib?.fields.year) || Number(date?.slice(0, 4)) || undefined;
  return compact({
    title,
    ...shown,
    year,
    date,
    venue: venue ?? (meta('citation_conference_title')[0] || meta('citation_journal_title')[0] || undefined),
    type: bib ? bibEntryType(bib.type.toLowerCase()) : undefined,
    abstract: noteField(doc, /^Abstract:?$/i, read) ?? meta('citation_abstract')[0],
    ids: compact({ openreview: id, doi: parseDoi(bib?.fields.doi) }),
    url: `${BASE}/forum?id=${id}`,
    pdf: doc.querySelector('meta[name="citation_pdf_url"], a.citation_pdf_url') ? `${BASE}/pdf?id=${id}` : undefined,
    bibtex,
  });
}

function context(doc: Document, kind: PageKind, url: URL): PageContext | undefined {
  const heading = textOf(doc, '.title-container h1, #header h1, main h1') || textOf(doc, 'h1');
  const ctx: PageContext = {};
  if (kind === 'profile') {
    if (heading) ctx.name = heading;
    // app/profile/Profile.js: h1 (preferred name), [h4 pronouns], a div of current positions, "Joined <year>".
    const h1 = doc.querySelector('h1');
    for (let el = h1?.nextElementSibling; el; el = el.nextElementSibling) {
      if (el.tagName === 'H4') continue;
      const first = clean(el.firstElementChild?.tagName === 'DIV' ? el.firstElementChild.textContent : el.textContent);
      if (el.tagName === 'DIV' && first && !/^Joined\b/.test(first)) ctx.affiliation = first;
      break;
    }
    // components/profile/ProfilePublications.js shows 10 notes and "View all N publications" (a search link).
    const all = /View all (\d+) publications/.exec(textOf(doc, 'a[href*="/search?term="]'))?.[1];
    if (all) ctx.stats = { publications: Number(all) };
  } else if (kind === 'venue') ctx.title = heading || url.searchParams.get('id') || undefined;
  const term = url.searchParams.get('term');
  if (kind === 'feed' && term) ctx.query = term;
  return Object.keys(compact(ctx)).length ? ctx : undefined;
}

/** A profile: name and "View all N publications"; a venue; a search. */
function listing(_doc: Document, _url: URL, scan: PageScan): Listing | null {
  const ctx = scan.context;
  if (scan.kind === 'profile') return ownerListing(ctx, ctx?.stats?.publications);
  if (scan.kind === 'venue') return listingOf(ctx?.title);
  return scan.kind === 'feed' && ctx?.query ? listingOf(searchTitle('OpenReview', ctx.query)) : null;
}

function extract(doc: Document, url: URL): PageScan {
  const kind = detect(doc, url) ?? 'feed';
  let entries = findNotes(embeddedJson(doc)).map(candidateFromNote);
  if (kind === 'single') {
    const id = url.searchParams.get('id') ?? '';
    const own = entries.find((e) => e.ids.openreview === id) ?? candidateFromForumDom(doc, id);
    entries = own ? [own] : [];
  } else if (entries.length === 0) entries = candidatesFromDom(doc);
  return compact({ site: 'openreview', kind, url: url.href, context: context(doc, kind, url), entries });
}

export const openreviewSite: Site = {
  id: 'openreview',
  name: 'OpenReview',
  matches: ['https://openreview.net/*'],
};

/** What the content script on every matched page needs: the count, the list to watch; pages change in place. */
export const openreviewPresence: SitePresence = {
  listed(doc, at) {
    const url = new URL(at.href);
    return detect(doc, url) ? extract(doc, url).entries.length : null;
  },
  watch: '#content, main, #__next',
  navigates: true,
};

export const openreview: SiteAdapter = {
  ...openreviewSite,
  detect,
  extract,
  watch: '#content, main, #__next',
  titles: (doc) => titlesAt(doc, '.note h4 a[href*="forum?id="]'),
  listing,
};
