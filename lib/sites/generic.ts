import type { Candidate, EntryType, PageContext, PageKind, PageScan } from '../model';
import type { Site, SiteAdapter } from './adapter';
import { listingOf } from './listing';
import { absUrl, clean, compact, isJsonObject, type JsonObject, jsonString, stripMarkers, walkText } from './dom';
import { MONTH_NAME, pad2 } from '../dates';
import { arxivPdfUrl, idPageUrl, idsFromUrl, parseArxivId, parseDoi } from '../identity';
import { textReader, type TextReader } from './math-text';
import { isPaperHref } from './paper-links';
import {
  LABEL_ONLY,
  NAME_FORMS,
  dotInitialsAsList,
  splitRunTogetherNamesAsList,
  inferListStyle,
  isCitationLineTitle,
  YEAR_BADGE_CLOSING,
  opensWithNames,
  venueShortYear,
  MEETING_SHORT_YEAR,
  withoutNumbering,
  AUTHORS_LABEL as AUTHORS_LABEL_WORDS,
  VENUE_LABEL as VENUE_LABEL_WORDS,
  YEAR_LABEL as YEAR_LABEL_WORDS,
  parseWithMarkedVenue,
  finishReference,
  isNamesOnlyLine,
  PAPER_STATUS,
  UNPUBLISHED,
  lastYear,
  parseReference,
  readAuthorBlock,
  readFamilyNames,
  readWithRepeatedAuthors,
  withoutNamesClosingMark,
  venueAfterTitle,
  WORK_KIND_LABEL,
  TALK_IN_VENUE_PLACE,
  VENUE_WORDS,
  YEAR,
  THESES_HEADING,
  thesisTitleFirst,
  type AuthorBlock,
  type NameForm,
  type ParsedReference,
  type ReferenceHints,
} from '../text/reference';
import { isNamesYearLine, quotedTitleOverCoauthors, referenceCandidate, segmentReferenceLines } from '../text/reflist';
import { tagReference } from '../text/tagger';
import { gateObserver, listGateFeatures, listGateScore, listGateThreshold, type GateList } from '../text/list-gate';
import { isNameParticle } from '../names';
import { bibRecordIn, parsePublicationListText } from '../text/publist';
import {
  COAUTHORS_JOINTLY,
  COAUTHORS_PART,
  COAUTHORS_WORD,
  coauthorsIntroLength,
  isName as isPersonName,
  readAuthorRun,
} from '../text/names';
import {
  collapsedBootstrap,
  headingLevel,
  headingText,
  hiddenByClass,
  hiddenByMarkup,
  hiddenInline,
  mainContentRoot,
  pageBody,
  selectedTextOf,
} from './page-text';
import {
  isOffTopicHeading,
  isPaperKindLabel,
  isProse,
  kindYearHeading,
  mostlyPresentations,
  namesPapers,
  PRESENTATIONS_HEADING,
  COURT_FILINGS_HEADING,
  PUBLICATIONS_PAGE,
  yearHeading,
} from '../text/common';

/**
 * Any page, on demand (toolbar click), after every site adapter has declined it. In order of trust:
 * Highwire `citation_*` meta tags, JSON-LD, COinS spans, schema.org microdata, then a repeated-structure list
 * (sibling blocks that each carry a paper link and an author-list line). Ordinary pages (news, blogs, shops,
 * search engines, forums) lack both and get null from `detect`.
 */

type Block = Element[];

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
/** JSON-LD writes some texts as numbers (an issue, a page count): those count as text here. */
const str = (v: unknown): string | undefined => jsonString(v) ?? (typeof v === 'number' ? String(v) : undefined);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text from embedded metadata: tags dropped, HTML entities decoded, whitespace collapsed. */
function plain(s: string | undefined): string {
  return clean(
    (s ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
        e[0] === '#'
          ? String.fromCodePoint(parseInt(e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1), e[1] === 'x' || e[1] === 'X' ? 16 : 10))
          : Object.hasOwn(ENTITIES, e.toLowerCase())
            ? ENTITIES[e.toLowerCase()]!
            : m,
      ),
  );
}

/** "2020/05/12", "2020-05", "2020", "May 2020", "2020-05-12T10:00Z" -> ISO "YYYY[-MM[-DD]]". */
function isoDate(s: string | undefined): string | undefined {
  const t = clean(s);
  let m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?![\d])/.exec(t);
  if (m) return m[1] + (m[2] ? `-${pad2(Number(m[2]))}` + (m[3] ? `-${pad2(Number(m[3]))}` : '') : '');
  m = /\b((?:19|20)\d{2})\b/.exec(t);
  return m?.[1];
}

const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/** Identifiers a link (idsFromUrl) or an identifier string ("arXiv:…", "doi:10.…", "10.…") carries. */
function idsOf(s: string | undefined): { arxiv?: string; doi?: string; openreview?: string } {
  if (!s) return {};
  const link = /^\s*https?:\/\//i.test(s) ? idsFromUrl(s) : undefined;
  return compact({
    arxiv: link ? link.arxiv : /^\s*arxiv:/i.test(s) ? parseArxivId(s) : undefined,
    doi: link ? link.doi : /^\s*(?:doi:\s*)?10\.\d/i.test(s) ? parseDoi(s) : undefined,
    openreview: /openreview\.net\/(?:forum|pdf)\?/.test(s) ? (/[?&]id=([\w-]+)/.exec(s)?.[1] ?? undefined) : undefined,
  });
}

function typeFor(hint: string, ids: { arxiv?: string; doi?: string }, venue: string | undefined): EntryType | undefined {
  if (/journal|article/i.test(hint)) return 'article';
  if (/conference|proceeding/i.test(hint)) return 'inproceedings';
  if (/thesis|dissertation/i.test(hint)) return 'thesis';
  if (/report/i.test(hint)) return 'report';
  if (/bookitem|chapter/i.test(hint)) return 'incollection';
  if (/book/i.test(hint)) return 'book';
  if (ids.arxiv && !ids.doi && (!venue || /arxiv|preprint/i.test(venue))) return 'preprint';
  return undefined;
}

function finish(c: Omit<Candidate, 'authorsTruncated'> & { authorsTruncated?: boolean }, base: URL): Candidate {
  const { arxiv } = c.ids;
  return compact({
    ...c,
    authorsTruncated: c.authorsTruncated ?? false,
    year: c.year ?? yearOf(c.date),
    type: c.type ?? typeFor('', c.ids, c.venue),
    url: absUrl(c.url, base) ?? idPageUrl(c.ids),
    pdf: absUrl(c.pdf, base) ?? (arxiv ? arxivPdfUrl(arxiv) : undefined),
    ids: compact(c.ids),
  });
}

// ---------------------------------------------------------------- Highwire citation_* meta tags

function highwire(doc: Document, base: URL): Candidate[] {
  const meta: Record<string, string[]> = {};
  for (const m of doc.querySelectorAll('meta[name][content]')) {
    const name = (m.getAttribute('name') ?? '').toLowerCase();
    if (name.startsWith('citation_')) (meta[name] ??= []).push(m.getAttribute('content') ?? '');
  }
  const one = (...names: string[]) => names.map((n) => plain(meta[n]?.[0])).find(Boolean) || undefined;
  const title = one('citation_title');
  if (!title) return [];
  const venue = one('citation_journal_title', 'citation_conference_title', 'citation_inbook_title', 'citation_book_title');
  const ids = { doi: parseDoi(one('citation_doi')), arxiv: parseArxivId(one('citation_arxiv_id')) };
  const date = isoDate(one('citation_publication_date', 'citation_date', 'citation_cover_date', 'citation_online_date', 'citation_year'));
  const hint = Object.keys(meta).find((k) => /citation_(journal|conference|dissertation|technical_report)/.test(k)) ?? '';
  return [
    finish(
      {
        title,
        authors: (meta['citation_author'] ?? []).map(plain).filter(Boolean),
        date,
        venue,
        type: typeFor(hint, ids, venue),
        abstract: one('citation_abstract'),
        ids,
        url:
          one('citation_abstract_html_url', 'citation_public_url') ??
          doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
          base.href,
        pdf: one('citation_pdf_url'),
      },
      base,
    ),
  ];
}

// ---------------------------------------------------------------- JSON-LD

const LD_PAPER = /^(?:Medical)?ScholarlyArticle$|^Thesis$/;
const LD_MAYBE_PAPER = /^(?:Article|CreativeWork|Report|Chapter|TechArticle|PublicationIssue)$/;

function ldIds(node: JsonObject): { arxiv?: string; doi?: string } {
  const ids: { arxiv?: string; doi?: string } = {};
  for (const v of [...asArray(node.identifier), ...asArray(node.sameAs), node.url, node['@id']]) {
    const s = isJsonObject(v)
      ? str(v.value) && (/doi|arxiv/i.test(str(v.propertyID) ?? '') ? `${str(v.propertyID)}:${str(v.value)}` : str(v.value))
      : str(v);
    const found = idsOf(s);
    ids.doi ??= found.doi;
    ids.arxiv ??= found.arxiv;
  }
  return compact(ids);
}

function ldTypes(node: JsonObject): string[] {
  return asArray(node['@type']).map((t) => str(t) ?? '');
}

function isLdPaper(node: JsonObject): boolean {
  const types = ldTypes(node);
  if (types.some((t) => LD_PAPER.test(t))) return true;
  return types.some((t) => LD_MAYBE_PAPER.test(t)) && Object.keys(ldIds(node)).length > 0;
}

function jsonLdPapers(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    if (!isJsonObject(v)) return;
    if (isLdPaper(v)) return void out.push(v);
    for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item']) if (key in v) visit(v[key], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      /* a broken block on the page: skip it */
    }
  }
  return out;
}

function ldName(v: unknown): string {
  if (!isJsonObject(v)) return plain(str(v));
  return plain(str(v.name) ?? [str(v.givenName), str(v.familyName)].filter(Boolean).join(' '));
}

function candidateFromLd(node: JsonObject, base: URL): Candidate | null {
  const title = plain(str(asArray(node.name)[0]) ?? str(asArray(node.headline)[0]));
  if (!title) return null;
  let venue: string | undefined;
  for (let part: unknown = node.isPartOf, i = 0; isJsonObject(part) && i < 4; part = part.isPartOf, i++) {
    if (str(part.name)) venue = plain(str(part.name));
  }
  const ids = ldIds(node);
  const date = isoDate(str(node.datePublished) ?? str(node.dateCreated));
  const pdf = asArray(node.encoding)
    .concat(asArray(node.associatedMedia))
    .find((m) => isJsonObject(m) && /pdf/i.test(str(m.encodingFormat) ?? str(m.contentUrl) ?? ''));
  return finish(
    {
      title,
      authors: asArray(node.author ?? node.creator)
        .map(ldName)
        .filter(Boolean),
      date,
      venue: venue ?? (typeof node.isPartOf === 'string' ? plain(node.isPartOf) : undefined),
      type: typeFor(
        ldTypes(node)
          .join(' ')
          .replace(/ScholarlyArticle|CreativeWork/g, ''),
        ids,
        venue,
      ),
      abstract: plain(str(node.abstract) ?? str(node.description)) || undefined,
      ids,
      url: str(node.url),
      pdf: isJsonObject(pdf) ? str(pdf.contentUrl) : undefined,
    },
    base,
  );
}

// ---------------------------------------------------------------- COinS (span.Z3988)

function candidateFromCoins(span: Element, base: URL): Candidate | null {
  const kev = new URLSearchParams(span.getAttribute('title') ?? '');
  const get = (k: string) => plain(kev.get(k) ?? '') || undefined;
  const title = get('rft.atitle') ?? get('rft.title') ?? get('rft.btitle');
  if (!title) return null;
  const authors = kev
    .getAll('rft.au')
    .map((a) => plain(a))
    .filter(Boolean);
  const last = get('rft.aulast');
  const given = get('rft.aufirst') ?? get('rft.auinit');
  // Written the way the other names are: "LeCun, Yann" beside "Bengio, Yoshua", else "Yann LeCun".
  const first = last
    ? given
      ? authors.some((a) => a.includes(','))
        ? `${last}, ${given}`
        : `${given} ${last}`
      : last
    : get('rft.aucorp');
  // Some writers repeat the first author in rft.au ("Smith, John" or "John Smith"); others list only the rest there.
  if (first && !(last && authors[0]?.toLowerCase().includes(last.toLowerCase()))) authors.unshift(first);
  let ids: { arxiv?: string; doi?: string } = {};
  let url: string | undefined;
  for (const id of kev.getAll('rft_id')) {
    const found = idsOf(id.replace(/^info:doi\//i, 'doi:').replace(/^info:arxiv\//i, 'arXiv:'));
    ids = { ...found, ...ids };
    if (!url && /^https?:/i.test(id)) url = id;
  }
  ids.arxiv ??= parseArxivId(/arxiv:\s*\S+/i.exec(kev.getAll('rft.identifier').join(' '))?.[0]);
  const venue = get('rft.jtitle') ?? get('rft.stitle') ?? (get('rft.atitle') ? get('rft.btitle') : undefined);
  const genre = get('rft.genre') ?? '';
  const format = /mtx:(\w+)/.exec(kev.get('rft_val_fmt') ?? '')?.[1] ?? '';
  return finish(
    {
      title,
      authors,
      authorsTruncated: /\bet\s+al\b/.test(span.parentElement?.textContent ?? ''),
      date: isoDate(get('rft.date')),
      venue,
      type: genre === 'preprint' ? 'preprint' : typeFor(!genre || genre === 'unknown' ? format : genre, ids, venue),
      ids,
      url,
    },
    base,
  );
}

// ---------------------------------------------------------------- schema.org microdata

const MICRO_PAPER = /schema\.org\/(?:(?:Medical)?ScholarlyArticle|Thesis)$/;
const MICRO_MAYBE_PAPER = /schema\.org\/(?:CreativeWork|Article|Report|Chapter)$/;

function microdataItems(doc: Document, base: URL): Element[] {
  const items = [...doc.querySelectorAll('[itemscope][itemtype]')].filter((el) => {
    const type = el.getAttribute('itemtype') ?? '';
    if (MICRO_PAPER.test(type)) return true;
    return MICRO_MAYBE_PAPER.test(type) && [...el.querySelectorAll('a[href]')].some((a) => isPaperHref(a.getAttribute('href'), base));
  });
  return items.filter((el) => !items.some((other) => other !== el && other.contains(el)));
}

/** Elements with this itemprop that belong to `item` itself, not to an item nested in it. */
function props(item: Element, name: string): Element[] {
  return [...item.querySelectorAll(`[itemprop~="${name}"]`)].filter((el) => el.parentElement?.closest('[itemscope]') === item);
}

const propValue = (el: Element | undefined) =>
  el ? clean(el.getAttribute('content') ?? el.getAttribute('datetime') ?? (el.tagName === 'A' ? el.textContent : el.textContent)) : '';

function candidateFromMicrodata(item: Element, base: URL, read: TextReader): Candidate | null {
  const fromBlock = entryFromBlock([item], base, read);
  const named = props(item, 'name').find((el) => !/\bauthor\b/.test(el.getAttribute('itemprop') ?? '')) ?? props(item, 'headline')[0];
  const title = stripMarkers(propValue(named)) || fromBlock?.title;
  if (!title) return null;
  let authors: string[] = [];
  let truncated = false;
  for (const el of props(item, 'author')) {
    const name = el.hasAttribute('itemscope') ? propValue(el.querySelector('[itemprop~="name"]') ?? el) : propValue(el);
    const list = authorList(name);
    if (list && list.names.length > 1) {
      authors.push(...list.names);
      truncated ||= list.truncated;
    } else if (name) authors.push(stripMarkers(name));
  }
  authors = authors.filter(Boolean);
  return finish(
    {
      ...(fromBlock ?? { ids: {} }),
      title,
      authors: authors.length ? authors : (fromBlock?.authors ?? []),
      authorsTruncated: authors.length ? truncated : fromBlock?.authorsTruncated,
      date: isoDate(propValue(props(item, 'datePublished')[0])) ?? fromBlock?.date,
      year: undefined,
      url: props(item, 'url')[0]?.getAttribute('href') ?? fromBlock?.url,
    },
    base,
  );
}

// ---------------------------------------------------------------- repeated-structure lists

const PAPER_LINKS =
  'a[href*="arxiv.org/"], a[href*="doi.org/10."], a[href*="/doi/"], a[href*=".pdf"], a[href*="openreview.net/"], a[href*="aclanthology.org/"], ' +
  'a[href*="doi.acm.org/10."], a[href*="springer.com/"], a[href*="iopscience.iop.org/article/"], a[href*="journals.aps.org/"], a[href*="/content/10.1101/"]';

const UTILITY =
  /^[[(]?\s*(?:arxiv(?::\s*\S+)?|e-?print|pdf|ps|html|code|github|bib(?:tex)?|doi(?::\s*\S+)?|abs(?:tract)?|slides?|video|poster|project(?: page)?|web(?:site|page)?|talk|supp(?:lementary)?(?: material)?|data(?:set)?|blog|cite|link|paper|openreview|other(?: formats)?|\d{4}\.\d{4,5}(?:v\d+)?)\s*[\])]?$/i;
const BLOCK_TAGS =
  /^(?:DIV|P|LI|UL|OL|DL|DT|DD|TR|TD|TH|TABLE|TBODY|BR|H[1-6]|SECTION|ARTICLE|HEADER|FOOTER|BLOCKQUOTE|FIGURE|FIGCAPTION|HR)$/;
const SKIP_TAGS = /^(?:SCRIPT|STYLE|SUP|NOSCRIPT|TEMPLATE|BUTTON|SVG|SELECT)$/;
/** A block element the page lays out inline (`<p style="display: inline-block">` per name): no line break around it. */
const INLINE_STYLE = /(?:^|;)\s*display\s*:\s*inline(?:-block)?\s*(?:;|$|!)/i;
const breaksLine = (el: Element) => BLOCK_TAGS.test(el.tagName.toUpperCase()) && !INLINE_STYLE.test(el.getAttribute('style') ?? '');
const BADGE_CLASS = /badge|label|pill|chip|(?:^|[-_\s])(?:tag|type)(?:$|[-_\s])/i;
/**
 * "<strong>Title</strong> <span class="badge">conference</span><span class="badge">journal</span>": an inline badge that
 * names the entry's kind, no part of the title it follows.
 */
const isKindBadge = (el: Element) =>
  !breaksLine(el) && ((BADGE_CLASS.test(el.getAttribute('class') ?? '') && isPaperKindLabel(el.textContent ?? '')) || isStatusBadge(el));
const STATUS_CLASS = /(?:^|[-_\s])status(?:$|[-_\s])/i;
const STATUS_ONLY = new RegExp(`^(?:${PAPER_STATUS})$`, 'i');
/**
 * "<span class="status btn-success"><i class="fa-solid fa-glasses"></i> Under Review</span> Names. 2024. …": a badge of
 * the paper's status run into the entry's text; not one over a card's title ("<span class=tag>Under review</span><h3>"),
 * that says what the card is.
 */
const isStatusBadge = (el: Element) => {
  if (!STATUS_CLASS.test(el.getAttribute('class') ?? '') && !BADGE_CLASS.test(el.getAttribute('class') ?? '')) return false;
  const next = el.nextElementSibling;
  return STATUS_ONLY.test(clean(el.textContent)) && !!next && !breaksLine(next);
};

const AUTHOR_CLASS = /(?:^|[-_\s])authors?(?:$|[-_\s])/i;
/** One inline element per author, nothing between them ("<span class=author>…</span><span class=author>…</span>"). */
const isAuthorAfterAuthor = (el: Element) =>
  AUTHOR_CLASS.test(el.getAttribute('class') ?? '') && AUTHOR_CLASS.test(el.previousElementSibling?.getAttribute('class') ?? '');

/**
 * The block's text as lines (block elements and <br> break lines), without footnote markers and scripts. With
 * `sourceBreaks` false, line breaks in the page's source are spaces, as a browser shows them.
 */
function textLines(els: Block, read: TextReader, skip?: (el: Element) => boolean, sourceBreaks = true): string[] {
  let s = '';
  const visit = (el: Element): string | boolean => {
    const math = read.atom(el);
    if (math !== null) {
      s += math; // as it is: `sourceBreaks` is about the page's text nodes, not a formula's source
      return '';
    }
    // "21<sup>st</sup>", "<sup>12</sup>C(K<sup>-</sup>, K<sup>+</sup>)", "H<sub>5</sub><sup>+</sup>", "CD8<sup>+</sup>": an
    // ordinal's ending, a mass number before an element and a charge after a letter or a number are text; so are an
    // exponent after a number ("10<sup>-22</sup> eV"), a superscript set between letters ("C(sp<sup>3</sup>)-H",
    // "Ti(O<sup>i</sup>Pr)") and a word's superscript in a linked title ("<a>… the PAH<sup>enu2</sup> mouse model …</a>");
    // other superscripts are footnote and affiliation marks ("Smith<sup>1</sup>, …").
    const sup = el.tagName.toUpperCase() === 'SUP' ? (el.textContent ?? '') : undefined;
    const after = sup !== undefined ? (el.nextSibling?.textContent ?? '') : '';
    const kept =
      sup !== undefined &&
      ((/^(?:st|nd|rd|th)$/.test(sup) && /\d$/.test(s)) ||
        (/^\d?[+\-−]$/.test(sup) && /[\p{L}\d]$/u.test(s)) ||
        (/^\d{1,3}$/.test(sup) && /^\p{Lu}/u.test(after) && !/\p{L}$/u.test(s)) ||
        (/^[-−]?\d{1,3}$/.test(sup) && /\d$/.test(s)) ||
        (/^[\p{L}\d]{1,3}$/u.test(sup) && /\p{L}$/u.test(s) && /^[\p{L})-]/u.test(after)) ||
        (/^\p{Ll}[\p{L}\d]+$/u.test(sup) && /\p{L}$/u.test(s) && (el.closest('a')?.textContent?.trim().split(/\s+/).length ?? 0) >= 6));
    if ((SKIP_TAGS.test(el.tagName.toUpperCase()) && !kept) || isKindBadge(el) || skip?.(el)) return false;
    if (breaksLine(el)) s += '\n';
    else if (isAuthorAfterAuthor(el) && /[\p{L}.]$/u.test(s)) s += ', ';
    return true;
  };
  const text = sourceBreaks ? (t: string) => (s += t) : (t: string) => (s += t.replace(/\s+/g, ' '));
  const leave = (el: Element) => {
    if (breaksLine(el)) s += '\n';
  };
  for (const el of els) {
    walkText(el, visit, text, leave);
    s += '\n';
  }
  return s.split('\n').map(clean).filter(Boolean);
}

/** Sentence-like pieces of a line: split at ". " unless the period ends an initial ("J. Smith"). */
function sentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of line.matchAll(/\.\s+/g)) {
    const before = line.slice(start, m.index);
    if (/(?:^|[\s.\-])\p{Lu}$/u.test(before)) continue;
    out.push(line.slice(start, m.index).trim());
    start = m.index + m[0].length;
  }
  out.push(line.slice(start).replace(/\.$/, '').trim());
  return out.filter(Boolean);
}

const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’\-‐‑]*\.?|-?\p{Lu}\.(?:-?\p{Lu}\.)*|[\p{Script=Han}]{2,4})$/u;
const NOT_NAME =
  /^(?:The|Of|For|And|With|On|Via|Using|Towards?|From|To|Is|Are|Does|How|What|Why|When|Beyond|Into|Through|At|By|Not|Your|Our|We|All|New|Learning|Deep|Neural|Networks?|Models?|Data|Large|Language|Efficient|Robust|Analysis|Method|Study|Home|About|News|Contact|Read|More|Posted|Shop|Cart|Sale|Price|Reply|Replies|Views|Comments?|Share|Free|Shipping|Best|Top|Latest)$/;
const INITIALS = /^(?:\p{Lu}\.\s?-?)+$/u;

/** `marked`: the text sits in an element whose class says "author", so short lower-case particles ("ul") pass. */
function isName(part: string, marked = false): boolean {
  const tokens = part.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (tokens.length < 1 || tokens.length > (marked ? 7 : 5)) return false;
  const tokenOk = (t: string) => (NAME_TOKEN.test(t) && !NOT_NAME.test(t)) || isNameParticle(t) || (marked && /^\p{Ll}{1,4}$/u.test(t));
  return tokens.every(tokenOk) && tokens.some((t) => /^-?\p{Lu}|\p{Script=Han}/u.test(t));
}

interface AuthorList {
  names: string[];
  truncated: boolean;
  count?: number;
}

/** An author list as displayed: "A. Smith, B. Jones and C. Lee", "Smith, J., & Jones, K. (2020)", "A, B et al." */
function authorList(segment: string, marked = false): AuthorList | null {
  const label = /^(?:(?:authors?|autor(?:es|en|as)?|auteurs?)\s*:|by\s*:?)\s*/i.exec(clean(segment));
  // "<p class="authors">with Ellen Lu and James Paron</p>": the owner's coauthors, introduced.
  const labelled = clean(segment).slice(label?.[0].length ?? 0);
  let s = labelled
    .slice(marked ? coauthorsIntroLength(labelled) : 0)
    .replace(/\s*\(\s*(?:19|20)\d{2}[a-z]?\s*\)\s*$/, '')
    // "…; Vazquez, R. A.": the period of a last initial stays.
    .replace(/(?<!(?:^|[\s.])\p{Lu})\.\s*$|[,;]\s*$/u, '');
  let truncated = false;
  let more: number | undefined;
  const moreMatch = /[,\s]*(?:and\s+)?\+?\s*(\d+)\s+(?:more|other)\s+authors?\s*$/i.exec(s);
  if (moreMatch) {
    more = Number(moreMatch[1]);
    truncated = true;
    s = s.slice(0, moreMatch.index);
  }
  const etAl = /[,\s]*(?:et\.?\s+al\.?|and\s+others|…|\.\.\.)\s*$/i.exec(s);
  if (etAl) {
    truncated = true;
    s = s.slice(0, etAl.index);
  }
  if (s.length > 3000 || /[?!:"“”]|\d{3}/.test(s)) return null;
  const raw = s
    // Spanish "A, B y C", German "A und B", Portuguese and Italian "A e B" ("Francisco Urrutia y Adrián Frausto", as the
    // text reader reads them); French "A et B" only where a label or a class says the line is names ("Geochim. et
    // Cosmochim. Acta" is a journal).
    .split(label || marked ? /\s*(?:,|;|\||\s&\s|\band\b|\s(?:y|und|et|e)\s)\s*/ : /\s*(?:,|;|\||\s&\s|\band\b|\s(?:y|und|e)\s)\s*/)
    .map((p) => stripMarkers(p.replace(/\d+$/, '')))
    .filter(Boolean);
  const parts: string[] = [];
  for (const p of raw) {
    const prev = parts[parts.length - 1];
    // "Smith, J." (surname first): the initials belong to the part before, and go before it as the page shows names.
    if (prev && INITIALS.test(p) && !/\s/.test(prev)) parts[parts.length - 1] = `${p} ${prev}`;
    else parts.push(p);
  }
  if (parts.length < (truncated || marked ? 1 : 2) || !parts.every((p) => isName(p, marked))) return null;
  if (!marked && parts.filter((p) => /[\s,]/.test(p)).length * 2 < parts.length) return null;
  return { names: parts, truncated, count: more !== undefined ? parts.length + more : undefined };
}

/**
 * A journal's name then its volume and page or its year, after the names (APS / AIP style): ", Phys. Rev. Lett. 134,
 * 248302 (2025)", ", Soft Matter 21, 4010", ", Nature Review Physics (2025)", ", submitted (2025)".
 */
const VENUE_AFTER_NAMES = new RegExp(
  `,\\s+(?:\\p{Lu}[\\p{L}.:&'’\\- ]{1,60}?\\s+(?:[A-Z]?\\d{1,5}\\s*,\\s*[A-Z]?\\d{1,7}\\b|\\(\\s*(?:19|20)\\d\\d\\s*\\))|(?:${PAPER_STATUS})\\b)`,
  'gu',
);

/** "G. Jung, M. Ozawa, E. Bertin, Phys. Rev. Lett. 134, …": the names before the venue ("Phys" is no name). */
function namesBeforeVenue(line: string): string[] {
  return [...line.matchAll(VENUE_AFTER_NAMES)].map((m) => line.slice(0, m.index));
}

/** The first author-list-shaped piece of text in the block, preferring an element whose class says "author". */
function findAuthors(els: Block, titleText: string, read: TextReader): AuthorList | null {
  for (const el of els) {
    const marked = el.matches('[class*="author"]') ? el : el.querySelector('[class*="author"]');
    const list = marked ? authorList(textLines([marked], read).join(', '), true) : null;
    if (list) return list;
  }
  // "<a>Title</a> | Family, I.; Family, I.; … | Journal, Vol. 6" (fields split by "|", the names over several source lines).
  for (const line of textLines(els, read, undefined, false)) {
    const fields = line.split(/\s+\|\s+/);
    if (fields.length < 3) continue;
    for (const field of fields) {
      const list = titleText && field.includes(titleText) ? null : authorList(field);
      if (list) return list;
    }
  }
  for (const line of textLines(els, read)) {
    // IEEE style puts the authors before a quoted title: A. Smith and B. Jones, “Title,” in …
    for (const piece of [line, ...namesBeforeVenue(line), ...sentences(line), line.split(/[“"]/)[0]!]) {
      if (titleText && piece.includes(titleText)) continue;
      const list = authorList(piece);
      if (list) return list;
    }
  }
  return null;
}

/** A link label in brackets ("(Enlace - Open Access)", "[Full text]"): a title is not written so. */
const BRACKETED_LABEL = /^\([^()]{1,30}\)$|^\[[^[\]]{1,30}\]$/;

function isUtilityLink(el: Element): boolean {
  if (el.tagName !== 'A') return false;
  const text = clean(el.textContent);
  return (
    UTILITY.test(text) ||
    // Not the rest of a split link's text ("<a>Mustela sibirica</a><a> (Carnivora: Mustelidae)</a>").
    (BRACKETED_LABEL.test(text) && !sameLinkBeside(el, 'previousSibling')) ||
    ARROW_LABEL.test(text) ||
    (isShortLabel(text) && (rowNeighbour(el, 'previousSibling') || rowNeighbour(el, 'nextSibling')))
  );
}

/**
 * A call to follow the link, an arrow after a few words: "Ver en C22 →", "Ver publicación →", "Read more ›", "Zum Artikel
 * »"; not a dated venue that links on ("medRxiv · 2026 ↗").
 */
const ARROW_LABEL = /^(?!.*\b(?:19|20)\d\d\b)\p{L}[^\s→↗»›]*(?:\s+[^\s→↗»›]+){0,3}\s*[→↗»›]$/u;
const isShortLabel = (text: string) => text.length <= 30 && /^\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}$/u.test(text);
/** Text between links of a link row: "|", "·", "•", "/", brackets, spaces. */
const ROW_SEPARATOR = /^[\s|·•/[\]()]*$/;

/**
 * A link row ("Manuscript | Supplementary Materials | Preprint", "Paper BibTex" buttons): a short link label whose
 * neighbour, past separators only, is another short link label.
 */
function rowNeighbour(el: Element, side: 'previousSibling' | 'nextSibling'): boolean {
  let n = el[side];
  while (n && n.nodeType === 3 && ROW_SEPARATOR.test(n.textContent ?? '')) n = n[side];
  return !!n && n.nodeType === 1 && (n as Element).tagName === 'A' && isShortLabel(clean(n.textContent));
}

/** Title text of an element: no utility links ("[pdf]", "arXiv:…"), numbering ("[3]", "3."), descriptors or markers. */
function titleText(el: Element, read: TextReader): string {
  // "<h4>Title<br><small>A, B, C</small></h4>": a heading that holds the names under the title (its lines as shown).
  const lines = textLines([el], read, isUtilityLink);
  const heading = lines.length >= 2 && (/^H[1-6]$/i.test(el.tagName) || /title|heading/i.test(el.getAttribute('class') ?? ''));
  const shown = heading ? textLines([el], read, isUtilityLink, false) : lines;
  const namesUnder =
    heading &&
    shown.length >= 2 &&
    shown.length <= 3 &&
    shown[0]!.length >= 8 &&
    NAME_FORMS.some((f) => readAuthorBlock(shown.slice(1).join(', '), f));
  const text = (namesUnder ? shown.slice(0, 1) : lines)
    .join(' ')
    .replace(/\[\s*[\],;|]*\s*\]|\(\s*\)/g, ' ')
    .replace(/^\s*(?:\[\d+\]|\d+\.|\(\d+\))\s*/, '')
    .replace(/^title\s*:\s*/i, '')
    .replace(WORK_KIND_LABEL, '');
  const t = stripMarkers(text);
  // '… des Graduiertenkollegs "Innovationsgesellschaft heute"': a closing quote that closes a quotation opened inside the
  // title stays.
  const closesInner = (q: string, body: string) =>
    q === '”'
      ? (body.match(/“/g) ?? []).length > (body.match(/”/g) ?? []).length
      : q === '"' && body.replace(/^\s*"/, '').split('"').length % 2 === 0;
  // '“Transparency is Meant for Control” and Vice Versa', '“Não falo o que o povo quer”: 30 anos (1987-2017) de pautas
  // políticas': an opening quote closed inside the title stays.
  const opensInner = (q: string) => {
    const close = t.indexOf(q === '“' ? '”' : q, 1);
    return (
      q !== "'" &&
      close > 0 &&
      /[\p{L}\d]/u.test(
        t
          .slice(close + 1)
          .replace(/^[\s,.;:]+/, '')
          .slice(0, 2),
      )
    );
  };
  return (
    t.replace(/^[“"']\s*|\s*[,.;:]?\s*[”"']?[,.;:]?$/g, (m: string, at: number) => {
      if (at === 0) return opensInner(m.trim()) ? m : '';
      const q = /[”"]/.exec(m)?.[0];
      return q && closesInner(q, t.slice(0, at)) ? q : '';
    }) || ''
  );
}

const titleLike = (s: string) => s.length >= 8 && s.split(' ').length >= 2 && !UTILITY.test(s) && !/^https?:/.test(s) && !authorList(s);

/** A sentence that is only a date: "2022", "(2022)", "Feb 2022". */
const DATE_ONLY = new RegExp(`^\\(?(?:${MONTH_NAME}\\.?\\s+)?(?:19|20)\\d{2}[a-z]?\\)?\\.?$`, 'i');

/** One name with initials ("Sovacool KL", "Smith, J. A."): the owner's name in bold among the authors, no title. */
const isInitialledName = (s: string) =>
  (['vancouver', 'surname-initials'] as const).some((f) => readAuthorBlock(stripMarkers(s), f)?.names.length === 1);

function findTitle(els: Block, read: TextReader): { text: string; el?: Element } | null {
  const within = (selector: string) => els.flatMap((e) => [...(e.matches(selector) ? [e] : []), ...e.querySelectorAll(selector)]);
  const tries = [
    within('[class*="title"]:not([class*="subtitle"])'),
    within('h1, h2, h3, h4, h5, h6, [itemprop~="name"], [itemprop~="headline"]'),
    within('a[href]').filter((a) => !isUtilityLink(a)),
    within('b, strong').filter((b) => !isInitialledName(clean(b.textContent))),
  ];
  for (const group of tries) {
    for (const el of group) {
      const text = titleText(el, read);
      if (titleLike(text)) return { text, el };
    }
  }
  for (const line of textLines(els, read)) {
    const quoted = /[“"]([^”"]{8,}?)[,.]?[”"]/.exec(line)?.[1];
    if (quoted && titleLike(clean(quoted))) return { text: clean(quoted).replace(/[,.]$/, '') };
  }
  // Plain reference text: the piece right after the author list.
  for (const line of textLines(els, read)) {
    const pieces = sentences(line);
    const i = pieces.findIndex((p) => authorList(p));
    // "Names. Feb 2022. Title.": a date alone between the names and the title is no title.
    const j = i >= 0 && DATE_ONLY.test(pieces[i + 1]?.trim() ?? '') ? i + 2 : i + 1;
    const next = i >= 0 ? pieces[j]?.replace(/^\(?(?:19|20)\d{2}[a-z]?\)?\.?\s*/, '') : undefined;
    if (next && titleLike(next)) return { text: stripMarkers(next) };
  }
  return null;
}

const ABSTRACT_CLASS = /^(?:.*[-_])?abs(?:tract)?(?:[-_].*)?$/;
const VENUE_SELECTOR =
  'em, i, cite, [class*="venue"], [class*="journal"], [class*="booktitle"], [class*="periodical"], [class*="publication"]';

const MARKED_VENUE_SELECTOR = `${VENUE_SELECTOR}, [class*="publisher"]`;

type LinkIds = { arxiv?: string; doi?: string; openreview?: string };

/** The block's anchors, in page order. */
const anchorsOf = (b: Block): Element[] => b.flatMap((e) => [...(e.matches('a[href]') ? [e] : []), ...e.querySelectorAll('a[href]')]);

/** The block's anchors with their absolute URLs (only http(s) ones when `httpOnly`). */
function blockAnchors(b: Block, base: URL, httpOnly: boolean): [Element, string][] {
  const out: [Element, string][] = [];
  for (const a of anchorsOf(b)) {
    const href = absUrl(a.getAttribute('href'), base);
    if (href && (!httpOnly || /^https?:/i.test(href))) out.push([a, href]);
  }
  return out;
}

/** What anchors link to: each identifier `ids` lacks, from the first anchor that carries it (set in `ids`); the first PDF and code links. */
function linkTargets(anchors: [Element, string][], ids: LinkIds): { pdf?: string; code?: string } {
  let pdf: string | undefined;
  let code: string | undefined;
  for (const [a, href] of anchors) {
    const found = idsOf(href);
    ids.arxiv ??= found.arxiv;
    ids.doi ??= found.doi;
    ids.openreview ??= found.openreview;
    if (!pdf && !found.arxiv && (/\.pdf(?:$|[?#])/i.test(href) || /^\[?pdf\]?$/i.test(clean(a.textContent)))) pdf = href;
    if (!code && /^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/]+\/[^/]+/.test(href)) code = href;
  }
  return { pdf, code };
}

function entryFromBlock(els: Block, base: URL, read: TextReader): Candidate | null {
  const title = findTitle(els, read);
  if (!title) return null;
  const ids: LinkIds = {};
  const { pdf, code } = linkTargets(blockAnchors(els, base, false), ids);
  const abstractEl = els
    .flatMap((e) => [...e.querySelectorAll('[class]')])
    .find((el) => [...el.classList].some((c) => ABSTRACT_CLASS.test(c)) && clean(el.textContent).length > 80);
  const text = textLines(els, read, (el) => el === abstractEl).join('\n');
  ids.arxiv ??= parseArxivId(/arxiv:\s*\d{4}\.\d{4,5}/i.exec(text)?.[0]);
  ids.doi ??= parseDoi(/\bdoi:\s*10\.\d{4,9}\/\S+/i.exec(text)?.[0]);

  const authors = findAuthors(els, title.text, read);
  const rest = text.replace(title.text, ' ').replace(/\b\d{4}\.\d{4,5}(?:v\d+)?\b|\b10\.\d{4,9}\/\S+|https?:\/\/\S+/g, ' ');
  const years = [...rest.matchAll(/(?<![\d./-])((?:19[5-9]|20[0-4])\d)(?![\d])/g)].map((m) => Number(m[1]));
  const year = years[years.length - 1];

  let venue: string | undefined;
  for (const el of els.flatMap((e) => [...e.querySelectorAll(VENUE_SELECTOR)])) {
    // "<div class=research-journal>2016. Southern Economic Journal</div>": the year before the venue dates it.
    const v = clean(el.textContent)
      .replace(/^(?:19|20)\d\d\.\s+(?=\p{Lu})/u, '')
      .replace(/^in\s+/i, '')
      .replace(/(?:,\s*(?:19|20)\d{2})?[\s,.;]*$/, '');
    // "J. Phys. Chem. B", "Comp. Phys. Comm.": words abbreviated after three letters or more make a journal, not a name.
    const journalAbbreviation = /\p{Lu}\p{Ll}{2,}\.(?:\s|$)/u.test(v);
    if (v.length >= 3 && !title.text.includes(v) && !UTILITY.test(v) && !authorList(v) && (!isName(v) || journalAbbreviation)) {
      venue = v;
      break;
    }
  }
  // A venue in plain text after the linked title on its line ("<a>Title</a>, ICMLA 2025."), when no element marks one.
  if (venue === undefined) {
    const line = textLines(els, read, (el) => el === abstractEl, false).find((l) => l.includes(title.text));
    const tail = line?.slice(line.indexOf(title.text) + title.text.length);
    if (tail && /^\s*[”"]?\s*[,.]\s*\S/.test(tail) && tail.length <= 200) venue = venueAfterTitle(tail);
    // "<a>Title</a> | Names | Journal, Vol. 6": the field after the names.
    const fields = tail?.split(/\s+\|\s+/) ?? [];
    if (venue === undefined && authors && fields.length >= 3 && authorList(fields[1]!)) venue = venueAfterTitle(fields[2]!);
  }
  const titleHref = title.el?.closest('a[href]') ?? [...(title.el?.querySelectorAll('a[href]') ?? [])].find((a) => !isUtilityLink(a));
  const titleUrl = absUrl(titleHref?.getAttribute('href'), base);
  return finish(
    {
      title: title.text,
      authors: authors?.names ?? [],
      authorsTruncated: authors?.truncated ?? false,
      authorCount: authors?.count,
      year,
      date: year ? String(year) : undefined,
      venue,
      abstract: abstractEl ? clean(read(abstractEl)).replace(/^abstract\s*:?\s*/i, '') : undefined,
      ids,
      url: titleUrl && !/\.pdf(?:$|[?#])/i.test(titleUrl) ? titleUrl : undefined,
      pdf,
      code,
    },
    base,
  );
}

function blocksOf(parent: Element, tag: string): Block[] {
  const described = describedTerms(parent);
  if (described && tag === 'DT') return described;
  return [...parent.children]
    .filter((c) => c.tagName === tag)
    .map((c) => (tag === 'DT' && c.nextElementSibling?.tagName === 'DD' ? [c, c.nextElementSibling] : [c]));
}

/**
 * "<dt>Names</dt><dd><b>Title</b></dd><dd>Journal, 2024</dd>": a description list whose every term (two or more) has
 * the same number of descriptions, two or more, is a list of entries, each a term and its descriptions (a list whose terms
 * are headings, "<dt>2020</dt>" or "<dt>Journal articles</dt>", gives them as many entries as each has).
 */
function describedTerms(parent: Element): Block[] | null {
  if (parent.tagName !== 'DL') return null;
  const terms = [...parent.children].filter((c) => c.tagName === 'DT');
  if (terms.length < 2) return null;
  const blocks = terms.map((dt) => {
    const block: Element[] = [dt];
    for (let dd = dt.nextElementSibling; dd?.tagName === 'DD'; dd = dd.nextElementSibling) block.push(dd);
    return block;
  });
  return blocks.every((b) => b.length >= 3 && b.length === blocks[0]!.length) ? blocks : null;
}

const hasPaperLink = (b: Block, base: URL) =>
  b.some((e) => (e.matches('a[href]') ? [e] : [...e.querySelectorAll('a[href]')]).some((a) => isPaperHref(a.getAttribute('href'), base)));
/** A paper link and a list of two or more names (a single name may be a forum user or a byline). */
function isStrong(b: Block, base: URL, read: TextReader): boolean {
  const authors = hasPaperLink(b, base) ? findAuthors(b, '', read) : null;
  return !!authors && (authors.names.length >= 2 || authors.truncated);
}

/**
 * The page's list of papers: among parents of elements holding a paper link, the sibling blocks of one tag where
 * at least half carry a paper link and an author-list line. Parents of the same kind (one <ol> per year) join up.
 */
function findListBlocks(root: Element, base: URL, read: TextReader, memo: ScanMemo): Block[] | null {
  const anchors = [...root.querySelectorAll(PAPER_LINKS)].filter((a) => isPaperHref(a.getAttribute('href'), base));
  if (anchors.length < 3) return null;
  const evidenced = new Map<Element, Set<string>>();
  for (const a of anchors) {
    let child: Element = a;
    for (let depth = 0; depth < 10 && child.parentElement; depth++) {
      const parent: Element = child.parentElement;
      const tags = evidenced.get(parent) ?? new Set<string>();
      tags.add(child.tagName);
      evidenced.set(parent, tags);
      child = parent;
    }
  }
  // Parents of one kind (same tag and class) pool their blocks: one <ol> per year is one list. A parent of the kind whose
  // blocks each carry a paper link but show no list of names (a row of cards by the owner alone: "<div class=wrapper>"
  // rows of two) joins the pool, in page order, when the kind's other parents make it a list.
  type Pooled = { blocks: Block[]; joins: boolean };
  const groups = new Map<string, { parts: Pooled[]; blocks: Block[]; strong: number; isList: boolean }>();
  for (const [parent, tags] of evidenced) {
    for (const tag of tags) {
      if (tag === 'A' || tag === 'SPAN' || tag === 'EM' || tag === 'B' || tag === 'STRONG' || tag === 'I') continue;
      const blocks = blocksOf(parent, tag);
      if (blocks.length > 2000) continue;
      const strong = blocks.filter((b) => {
        let known = memo.strong.get(b[0]!);
        if (known === undefined) memo.strong.set(b[0]!, (known = isStrong(b, base, read)));
        return known;
      }).length;
      const joins = strong > 0 && strong * 2 >= blocks.length;
      if (!joins && !blocks.every((b) => hasPaperLink(b, base))) continue;
      const key = `${parent.tagName}.${parent.getAttribute('class') ?? ''}>${tag}`;
      const group = groups.get(key) ?? { parts: [], blocks: [], strong: 0, isList: false };
      group.parts.push({ blocks, joins });
      if (joins) {
        group.blocks.push(...blocks);
        group.strong += strong;
        // A pair of columns (badge + body) has one strong child; a list has several somewhere.
        group.isList ||= strong >= 2;
      }
      groups.set(key, group);
    }
  }
  let best: { parts: Pooled[]; blocks: Block[]; strong: number } | undefined;
  const share = (g: { blocks: Block[]; strong: number }) => g.strong / g.blocks.length;
  for (const group of groups.values()) {
    if (group.strong < 3 || !group.isList) continue;
    if (!best || group.strong > best.strong || (group.strong === best.strong && share(group) > share(best))) best = group;
  }
  return best ? best.parts.flatMap((p) => p.blocks) : null;
}

// ---------------------------------------------------------------- reference lists found by content

/** Sibling blocks that can each hold one reference. */
const REF_BLOCK_TAGS = new Set(['LI', 'P', 'DD', 'ARTICLE', 'DIV', 'TR', 'SECTION', 'BLOCKQUOTE']);
/** "<div class=list-group><a href=https://doi.org/… class=list-group-item>Names. Title. Venue 2024.</a>…": a whole entry as one link. */
const isListItemLink = (el: Element) => el.tagName === 'A' && /\blist-group-item\b/.test(el.getAttribute('class') ?? '');
/** A block longer than this holds more than one reference (a year's section), or prose. */
const MAX_REF_TEXT = 2500;
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE']);
const YEAR_OPENS = /^\s*\((?:19|20)\d\d[a-z]?\)[.,]?\s+\p{Lu}/u;
const LINKS_DOI = /doi\.org\/10\.\d{4,9}\//i;
const LINKS_ID = new RegExp(`arxiv\\.org\\/(?:abs|pdf)\\/\\d{4}\\.\\d{4,5}|${LINKS_DOI.source}`, 'i');
/**
 * A year ("2019", "2019a: Title", and one glued to the label a card sets before it, "Artículo2025") or an identifier.
 */
const HAS_YEAR_OR_ID = /(?<!\d)(?:19[5-9]\d|20[0-4]\d)[a-z]?\b|arxiv|doi|10\.\d{4,9}\//i;
/**
 * A journal's volume and pages (a range, or an article number of three digits or more) after its name: "Econometric
 * Theory 42, 501–513", "Journal of Econometrics 242, 105805", "Journal 235,1203-1214"; not a time ("Monday 10:30").
 */
const VOLUME_AND_PAGES = /\p{L}\s+\d{1,4}(?:\s*\(\d{1,4}\))?\s*[,:]\s*(?:pp?\.\s*)?(?:e?\d{1,7}\s*[-–]\s*\d{1,7}|e?\d{3,7})(?=[.,;\s]|$)/u;
const STATUS_WORD = new RegExp(`\\b(?:${PAPER_STATUS})\\b`, 'i');
/** Where a list marks its titles, most specific first: each block's first such element is its title candidate. */
const TITLE_MARKS = [
  // Not BibBase's "bibbase_paper_titleauthoryear", which holds the names and the date too.
  '[class*="title"]:not([class*="subtitle"]):not([class*="author"])',
  'h1, h2, h3, h4, h5, h6',
  // "<span style="font-weight: bold;">Title.</span>": hand-written pages set bold inline too.
  'b, strong, [style*="font-weight: bold"], [style*="font-weight:bold"]',
  'a[href]',
  'em, i, cite',
  'q',
  'font',
];

interface RefList {
  blocks: Block[];
  entries: Candidate[];
}

const titleKeyOf = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Does the mark run on past `title` at a sentence or a closing quote inside it ("<b>Title. Subtitle.</b>", "<b>“Quote” and
 * Title</b>"), with words and no year or names after it (not a title and its venue or authors in one element)?
 */
function cutInside(mark: string, title: string): boolean {
  const at = mark.indexOf(title);
  if (at < 0 || at > 2) return false;
  const rest = mark.slice(at + title.length);
  const m = /^(?:[.?!][”"]?|[”"][.?!:]?)\s+(?=\p{L})/u.exec(rest);
  if (!m) return false;
  const more = rest.slice(m[0].length);
  return (
    more.split(' ').length >= 2 && !HAS_YEAR_OR_ID.test(more) && !NAME_FORMS.some((f) => readAuthorBlock(more.replace(/[.,;]$/, ''), f))
  );
}

/**
 * The block's first element matching `selector` whose text can be a title (not a link label, not names). With `memo`,
 * each element's answer is kept for the scan: the same blocks are read under several lists and for each mark kind.
 */
function markedTitle(b: Block, selector: string, read: TextReader, memo?: ScanMemo): string | undefined {
  let known = memo?.titles.get(selector);
  if (memo && !known) memo.titles.set(selector, (known = new Map()));
  for (const [i, e] of b.entries()) {
    let text = known?.get(e);
    if (text === undefined && !known?.has(e)) {
      text = markedTitleIn(e, selector, read);
      known?.set(e, text);
    }
    if (text !== undefined && !cutBeforeWhole(e, b.slice(i + 1))) return text;
  }
  return undefined;
}

/** "<h3>Recurrent loss of...</h3><h3>Recurrent loss of heterozygosity in …</h3>": a teaser's title cut short, the whole title after it. */
function cutBeforeWhole(el: Element, after: Block): boolean {
  const cut = /^(.{8,}?)\s*(?:\.\.\.|…)$/u.exec(clean(el.textContent));
  return !!cut && after.some((o) => clean(o.textContent).startsWith(cut[1]!));
}

/** `namesToo`: a mark that reads as names counts ("<strong>Depressão e Esquizofrenia</strong>" in a list of titles). */
function markedTitleIn(e: Element, selector: string, read: TextReader, namesToo = false): string | undefined {
  return markedTitlesIn(e, selector, read, namesToo).next().value ?? undefined;
}

/** Every element in `e` matching `selector` whose text can be a title, in page order: their texts. */
function* markedTitlesIn(e: Element, selector: string, read: TextReader, namesToo = false): Generator<string> {
  let continued: Element | undefined;
  for (const el of [...(e.matches(selector) ? [e] : []), ...e.querySelectorAll(selector)]) {
    if (el === continued || isUtilityLink(el)) continue;
    const next = sameLinkAfter(el);
    continued = next;
    const text = next ? `${titleText(el, read)} ${titleText(next, read)}` : titleText(el, read);
    if (
      text.length >= 8 &&
      text.split(' ').length >= 2 &&
      !LABEL_ONLY.test(text) &&
      !/^https?:/.test(text) &&
      (namesToo || !NAME_FORMS.some((f) => readAuthorBlock(text, f)))
    )
      yield text;
  }
}

/**
 * "<a href=X><em>Mustela sibirica</em></a><a href=X> (Carnivora: Mustelidae)</a>": a site builder splits a link where
 * its formatting changes (a species' name in italics); the link right after the one `el` is (or fills) to the same page
 * goes on with its text.
 */
function sameLinkAfter(el: Element): Element | undefined {
  const link = el.closest('a[href]');
  return link && (link === el || clean(link.textContent) === clean(el.textContent)) ? sameLinkBeside(link, 'nextSibling') : undefined;
}

/** The link beside `link` on `side`, past blank text, when it goes to the same page: the other part of a split link. */
function sameLinkBeside(link: Element, side: 'previousSibling' | 'nextSibling'): Element | undefined {
  let n = link[side];
  while (n && n.nodeType === 3 && !/\S/.test(n.textContent ?? '')) n = n[side];
  const other = n as Element | null;
  return other?.nodeType === 1 && other.tagName === 'A' && other.getAttribute('href') === link.getAttribute('href') ? other : undefined;
}

/** The year a heading before the block gives ("2024" in an h2/h3 before the list, or a <dt>/<strong> year line). */
function headingYear(el: Element, stop: Element | null, memo: ScanMemo): number | undefined {
  let node: Element | null = placeOf.get(el) ?? el;
  for (let depth = 0; node && node !== stop && depth < 6; depth++, node = node.parentElement) {
    const year = yearBefore(node, memo.yearsBefore);
    if (year !== undefined) return year ?? undefined;
  }
  return undefined;
}

/**
 * What the siblings before `node` say: the year of the nearest year heading or year line, null when a heading without
 * a year comes first, undefined when neither does. Kept for every sibling walked past (a list's blocks share them).
 */
function yearBefore(node: Element, known: Map<Element, number | null | undefined>): number | null | undefined {
  const walked: Element[] = [];
  let result: number | null | undefined;
  for (let cur: Element = node; ;) {
    if (known.has(cur)) {
      result = known.get(cur);
      break;
    }
    walked.push(cur);
    const sib = cur.previousElementSibling;
    if (!sib) break;
    // "<h3>2020</h3><h4></h4><p>…<h4></h4><p>…": an empty heading (a theme's spacer) heads nothing; but one in the place of
    // the year headings before it ("<h3>2018</h3>…<h3></h3>", the undated cards of the Greene lab-website-template) heads
    // entries of no year.
    const heading = /^H[1-6]$/.test(sib.tagName) && /\S/.test(sib.textContent ?? '');
    if (!heading && /^H[1-6]$/.test(sib.tagName) && emptyYearHeading(sib)) {
      result = null;
      break;
    }
    // A year line: bare ("<p>2025</p>") or bold alone in its paragraph ("<p><strong>2025</strong></p>").
    // So is a heading alone in a wrapper of its own ("<div class=row><div class=col><hr><h3>2023</h3></div></div>", a
    // Bootstrap template's year row over its rows of cards).
    const line = clean(sib.textContent).length <= 12 && (sib.children.length === 0 || headingLevel(sib) !== null || headingAloneIn(sib));
    if (heading || line) {
      const text = clean(sib.textContent);
      const year = yearHeading(text) ?? (heading ? kindYearHeading(text) : undefined);
      if (year !== undefined || heading) {
        result = year ?? null;
        break;
      }
    }
    cur = sib;
  }
  for (const w of walked) known.set(w, result);
  return result;
}

/** An empty heading after a year heading of its own tag: the heading of a group of entries that show no year. */
function emptyYearHeading(heading: Element): boolean {
  if (/\S/.test(heading.textContent ?? '')) return false;
  let sib = heading.previousElementSibling;
  while (sib && sib.tagName !== heading.tagName) sib = sib.previousElementSibling;
  return !!sib && yearHeading(clean(sib.textContent)) !== undefined;
}

/** A wrapper whose whole text is one heading inside it. */
function headingAloneIn(wrapper: Element): boolean {
  const headings = wrapper.querySelectorAll('h1, h2, h3, h4, h5, h6');
  return headings.length === 1 && clean(headings[0]!.textContent) === clean(wrapper.textContent);
}

/**
 * Lines of a block's text: block elements and <br> break lines, the source's own line breaks do not; link labels
 * ("[bib]", "pdf") and scripts dropped. Each element's lines are its own (`textLines` starts each element on a new
 * line), kept for the scan: a block is read under several lists.
 */
function blockText(b: Block, read: TextReader, memo: ScanMemo): string {
  const lines = b.flatMap((e) => {
    let own = memo.lines.get(e);
    if (!own) memo.lines.set(e, (own = textLines([e], read, blockTextSkips, false)));
    return own;
  });
  while (lines.length >= 3 && isCommentary(lines[lines.length - 1]!)) lines.pop();
  return lines.join('\n');
}

/**
 * "(Presented by Alois. Short paper on the thesis language. …)": a closing line wholly in one pair of parentheses and
 * long as a sentence is the page's comment on the entry, not a field of it (its years are not the paper's).
 */
function isCommentary(line: string): boolean {
  if (!line.startsWith('(') || !line.endsWith(')') || line.split(' ').length < 8) return false;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '(') depth++;
    else if (line[i] === ')' && --depth === 0 && i < line.length - 1) return false;
  }
  return depth === 0;
}

const blockTextSkips = (el: Element) =>
  (isUtilityLink(el) && !SHOWS_ID.test(clean(el.textContent))) ||
  isCollapsed(el) ||
  isCollapseLabel(el) ||
  collapsedBootstrap(el) ||
  hiddenInline(el) ||
  hiddenByClass(el) ||
  CATEGORY_LIST.test(el.getAttribute('class') ?? '');

/**
 * A card's row of category or topic chips (Quarto's "listing-categories", a blog theme's "post-categories", a hand-made
 * card's "pub-topics"): topics, no field.
 */
const CATEGORY_LIST = /(?:^|\s)(?:[a-z]+-)?(?:categories|topics)(?:\s|$)/;

/** A link label that is an identifier ("[arXiv:2507.22115]", "doi:10.1000/x"): the entry's text keeps it. */
const SHOWS_ID = /\d{4}\.\d{4,5}|10\.\d{4,9}\//;

/**
 * "<div data-bs-toggle=collapse>View Abstract and Keywords</div>" (a Quarto callout's header): the label of a box that
 * opens, a link label or labels joined by "and", no field of the entry.
 */
const isCollapseLabel = (el: Element) => {
  if ((el.getAttribute('data-bs-toggle') ?? el.getAttribute('data-toggle')) !== 'collapse') return false;
  const label = clean(el.textContent);
  return label.split(' ').length <= 6 && label.split(/\s+(?:and|&)\s+/).some((part) => LABEL_ONLY.test(part));
};

/** Inside a collapsed <details> (a BibTeX box) only the summary shows. */
const isCollapsed = (el: Element) =>
  el.tagName !== 'SUMMARY' && el.parentElement?.tagName === 'DETAILS' && !el.parentElement.hasAttribute('open');

/** What follows a venue's name and is no part of it: volume, issue, pages, article number, "(to appear)", an index note "(SCI, IF: 2.164)". */
const VENUE_TAIL =
  /^(?:[\s\d.,;:()[\]（）~～–−—·•-]|\b(?:to appear|in press|forthcoming|accepted|PMLR|pp?|vols?|no|art|article|SCIE?|SSCI|ESCI|EI|CCF-[ABC]|IF|JCR|Q[1-4])\b\.?|\b[A-Za-z]{1,2}\d+\b)*$/i;

/**
 * The block's venue as the list marks it (<em>, <i>, <cite> or a "venue" / "journal" class after the title, or a
 * "publisher" one: "<span class=citation-publisher>G3: Genes, Genomes, Genetics</span>"), "In " dropped.
 */
function markedVenue(b: Block, title: string): string | undefined {
  const key = titleKeyOf(title);
  for (const e of b) {
    for (const el of e.querySelectorAll(MARKED_VENUE_SELECTOR)) {
      // "<dt class=journal>Journal:</dt>": a field's label, not its value; nor is a kind's badge ("<span class=badge--journal>").
      if (/:\s*$/.test(clean(el.textContent)) || isKindBadge(el)) continue;
      // "<p class="publication-authors publication-journal">黄必录.医学争鸣,2021,…</p>": the names and the journal, not a venue alone.
      if ([...el.classList].some((c) => AUTHOR_FIELD.test(c)) && [...el.classList].some((c) => VENUE_FIELD.test(c))) continue;
      const v = clean(el.textContent)
        .replace(/^[\s,;:]+/, '')
        .replace(/^in:?\s+/i, '')
        // "Nature Medicine · 2017 · 封面文章" (a card's badge): the year and the note after the journal.
        .replace(YEAR_BADGE_CLOSING, '')
        .replace(/,\s*\d+\s*(?:\(\d+\))?[\s,.;:]*$/, '')
        // "Order <strong>37</strong>(1)", "Algebra Universalis 80:10": a volume (not a year) with its issue or article.
        .replace(/\s+\d{1,4}\s*(?:\(\d{1,4}\)|:\s*\d{1,6})[\s,.;:]*$/, '')
        .replace(/[\s,;:]+$/, '')
        // "Phys. Scr." keeps the period of its abbreviation; "Nature." does not.
        .replace(/(?<!(?:^|[\s.])\p{Lu}\p{Ll}{0,4})[\s,.;:]+$/u, '');
      if (v.length < 3 || !/\p{L}{2}/u.test(v) || key.includes(titleKeyOf(v)) || titleKeyOf(v).includes(key)) continue;
      // "<em>Lord, J., Jermy, B., … (2021). Journal, 118(16).</em>": italics around the whole citation after the title.
      if (opensWithNames(v)) continue;
      return v;
    }
  }
  return undefined;
}

/**
 * What one scan has read so far: a page's lists are read more than once (the whole body's, then the content element's;
 * a block's plain reading, then in its list's style), and the same text with the same hints reads the same. `lists`
 * holds the lists read, by their blocks' elements (numbered in `ids`): the content element's pools are the body's again.
 */
interface ScanMemo {
  readings: Map<string, ParsedReference | null>;
  lists: Map<string, RefList | null>;
  ids: Map<Element, number>;
  yearsBefore: Map<Element, number | null | undefined>;
  /** `isStrong` of each block, by its first element: the body's reading and the content root's ask about the same blocks. */
  strong: Map<Element, boolean>;
  /** `markedTitle` of each element, by selector. */
  titles: Map<string, Map<Element, string | undefined>>;
  /** `blockText`'s lines of each element. */
  lines: Map<Element, string[]>;
  /** `entryFromBlock` of each linked block, by its first element, for the same reason. */
  linked: Map<Element, Candidate | null>;
  trace?: ScanTrace;
  /** Lists the rules turn down that the list gate passed, read with the tagger (`gatedRefList`), by their blocks' elements. */
  gated?: Map<string, RefList>;
  /** `hiddenByMarkup` of the page, made when a list first asks. */
  hidden?: (el: Element) => boolean;
}

/**
 * What one reading did, step by step, for the corpus's loss-attribution tool (test/fixtures/corpus/tools/loss.ts);
 * the product never sets it. Blocks and entries are parallel where both are given.
 */
export type ScanTraceEvent =
  | {
      kind: 'candidate';
      root: Element;
      origin: string;
      blocks: Element[][];
      skipped?: string;
      read?: Element[][];
      list?: { blocks: Element[][]; entries: Candidate[] } | null;
    }
  | { kind: 'read'; blocks: Element[][]; texts: string[]; usable: boolean[]; read: number; kept: Element[][]; entries: Candidate[] }
  | { kind: 'kept'; root: Element; innermost: Candidate[]; result: Candidate[] }
  | { kind: 'linked'; root: Element; blocks: Element[][]; entries: (Candidate | null)[] }
  | { kind: 'markup'; root: Element; references: Candidate[]; linked: Candidate[]; entries: Candidate[] }
  | {
      kind: 'source';
      body: Element;
      markup: Candidate[];
      readsWell: boolean;
      readings: { entries: Candidate[]; root?: Element }[];
      chosen: number;
      entries: Candidate[];
    };
export type ScanTrace = (event: ScanTraceEvent) => void;

const newScanMemo = (trace?: ScanTrace): ScanMemo => ({
  readings: new Map(),
  lists: new Map(),
  ids: new Map(),
  yearsBefore: new Map(),
  strong: new Map(),
  titles: new Map(),
  lines: new Map(),
  linked: new Map(),
  trace,
});

function readRefListOnce(blocks: Block[], base: URL, read: TextReader, memo: ScanMemo): RefList | null {
  const { ids, lists } = memo;
  const idOf = (el: Element) => {
    let id = ids.get(el);
    if (id === undefined) ids.set(el, (id = ids.size));
    return id;
  };
  const key = blocks.map((b) => b.map(idOf).join(',')).join(';');
  if (!lists.has(key)) lists.set(key, readRefList(blocks, base, read, memo));
  return lists.get(key)!;
}

function readReference(memo: ScanMemo, text: string, hints: ReferenceHints & { tagged?: boolean }): ParsedReference | null {
  const key = `${hints.tagged ? 'tagged|' : ''}${hints.nameForm ?? ''}|${hints.title ?? ''}|${hints.groupYear ?? ''}|${hints.strictForm ? 1 : 0}${hints.allowNoAuthors ? 1 : 0}${hints.familyNamesOnly ? 1 : 0}|${text}`;
  let r = memo.readings.get(key);
  if (r === undefined) memo.readings.set(key, (r = hints.tagged ? tagReference(text, hints) : parseReference(text, hints)));
  return r;
}

/** The nearest element that contains all of `els`. */
function commonAncestor(els: Element[]): Element | null {
  let anc = els[0]?.parentElement ?? null;
  for (const el of els.slice(1)) while (anc && !anc.contains(el)) anc = anc.parentElement;
  return anc;
}

/**
 * A list of closed <details> cards ("<details><summary>Title</summary><p>2013 · IEEE Sensors Journal</p>…</details>"):
 * each block shows only its summary, a title, and the card's hidden body gives its year, venue and names. Null unless
 * (nearly) every block is such a card and most bodies show a year (not an FAQ's questions).
 */
function closedCardsReading(blocks: Block[], texts: string[], read: TextReader): RefList | null {
  const refs: ParsedReference[] = [];
  const kept: Block[] = [];
  for (const [i, b] of blocks.entries()) {
    const details = b.flatMap((e) => [...(e.tagName === 'DETAILS' ? [e] : []), ...e.querySelectorAll('details')]);
    const summary = details.length === 1 && !details[0]!.hasAttribute('open') ? details[0]!.querySelector(':scope > summary') : null;
    if (!summary) continue;
    const title = titleText(summary, read).replace(/[.\s]+$/, '');
    if (title.split(' ').length < 3 || LABEL_ONLY.test(title) || titleKeyOf(texts[i]!.replace(NUMBERED, '')) !== titleKeyOf(title))
      continue;
    const body = textLines(details, read, (el) => el === summary, false);
    const meta = body.find((l) => l.length <= 200 && lastYear(l) !== undefined);
    const year = meta ? lastYear(meta) : undefined;
    const venue = meta
      ?.split(/\s*[·•|]\s*/)
      .filter((p) => !/^(?:\p{L}+\.?\s+)?(?:\d{1,2}\s+)?(?:19|20)\d\d$/u.test(p) && /\p{L}{2}/u.test(p))
      .join(', ');
    const names = body
      .filter((l) => l !== meta)
      .map((l) => NAME_FORMS.map((f) => readAuthorBlock(l, f)).find(Boolean))
      .find(Boolean);
    kept.push(b);
    refs.push({
      title,
      authors: names?.names ?? [],
      authorsTruncated: names?.truncated ?? false,
      ids: {},
      urls: [],
      ...(year !== undefined ? { year } : {}),
      ...(venue ? { venue } : {}),
    });
  }
  if (refs.length < 3 || refs.length * 5 < blocks.length * 4) return null;
  if (refs.filter((r) => r.year !== undefined).length * 2 < refs.length) return null;
  return { blocks: kept, entries: refs.map(referenceCandidate) };
}

/** A post card's reading time after its date: "2024-02-07 · 2m read". */
const READING_TIME = /\s*[·•|]?\s*\d{1,3}\s*(?:m|min)\w*\s+read$/u;

/** The year of a post card's date line ("2024-02-07 · 2m read", "March 3, 2021", "2019"); undefined when it is none. */
function cardDateYear(line: string): number | undefined {
  const l = line.replace(READING_TIME, '');
  if (/^(?:19|20)\d\d$/.test(l)) return Number(l);
  const date = DATE_ONLY_LINE.exec(l);
  return date ? Number(date[1] ?? date[2] ?? date[3]) : undefined;
}

/**
 * A post card's byline: "By Jerzy Eisenberg-Guyot, Katherine M. Keyes, Seth J. Prins in <a>Class conflict and public
 * health</a>" (Hugo Apéro), the post's category after "in".
 */
const CARD_BYLINE = /^By\s+(\p{Lu}.+?)(?:\s+in\s+\S.*)?$/u;

/** The names of a card's byline; none where no line is one. */
function cardBylineNames(lines: string[]): AuthorBlock | undefined {
  for (const l of lines) {
    const names = CARD_BYLINE.exec(l)?.[1];
    const block = names ? NAME_FORMS.map((f) => readAuthorBlock(names, f)).find(Boolean) : undefined;
    if (block) return block;
  }
  return undefined;
}

/**
 * Post cards of papers (a Hugo or Jekyll list: "<h1>Title</h1> 2024-02-07 · 2m read, a tag, a summary, Read more…,
 * <a href=doi.org/…>Fulltext</a>"): each card's heading is the title, its date line the year, its DOI link the paper, its
 * byline (if any) the names. Null unless (nearly) every block is such a card and none shows a line of names but a byline.
 */
function doiCardsReading(blocks: Block[], texts: string[], base: URL, read: TextReader): RefList | null {
  const refs: ParsedReference[] = [];
  const kept: Block[] = [];
  let missed = 0;
  for (const [i, b] of blocks.entries()) {
    if (missed * 5 > blocks.length) return null;
    missed++;
    const headings = b.flatMap((e) => [...(/^H[1-6]$/.test(e.tagName) ? [e] : []), ...e.querySelectorAll('h1, h2, h3, h4, h5, h6')]);
    if (headings.length !== 1) continue;
    const title = titleText(headings[0]!, read).replace(/[.\s]+$/, '');
    const dois = blockAnchors(b, base, false).filter(([, href]) => idsFromUrl(href).doi !== undefined);
    if (title.split(' ').length < 3 || LABEL_ONLY.test(title) || dois.length !== 1) continue;
    const lines = texts[i]!.split('\n').map((l) => l.trim());
    const year = lines.map(cardDateYear).find((y) => y !== undefined);
    if (year === undefined || lines.some((l) => l.length <= 300 && NAME_FORMS.some((f) => (readAuthorBlock(l, f)?.names.length ?? 0) >= 2)))
      return null;
    missed--;
    kept.push(b);
    const byline = cardBylineNames(lines);
    // "<span class=journal-name>Gestão e Desenvolvimento</span>": a classed venue field names the journal.
    const venueEl = classedField(b, VENUE_FIELD);
    const venue = venueEl && clean(read(venueEl));
    refs.push({
      ...titleOnlyReference(title, year),
      ...(byline && { authors: byline.names, authorsTruncated: byline.truncated }),
      ...(venue ? { venue } : {}),
    });
  }
  if (refs.length < 3 || refs.length * 5 < blocks.length * 4) return null;
  return { blocks: kept, entries: refs.map(referenceCandidate) };
}

/**
 * Cards that show no title of their own but carry a BibTeX record ("<details><summary>Title</summary><div><h4>Autori</h4>
 * <p>Names</p><h4>Abstract</h4>…<h4>BibTex</h4><pre><code>@inproceedings{…}</code></pre></div></details>", the title in
 * the summary outside the block): each record is its card's entry. Null unless four in five blocks, three or more, hold
 * one record that reads with a title their other text does not show (where it does, the text is read as shown).
 */
function bibRecordCards(blocks: Block[], texts: string[]): RefList | null {
  if (blocks.length < 3 || texts.filter((t) => t.includes('@')).length * 5 < blocks.length * 4) return null;
  const records = texts.map((t) => {
    const r = bibRecordIn(t);
    const shown = r ? t.slice(0, t.indexOf(r.bibtex!.split('\n')[0]!)) : '';
    // The card shows the record's first author (its names line), not a bare BibTeX box.
    const family = r?.authors[0]?.split(' ').at(-1);
    return r && family && shown.includes(family) && !titleKeyOf(shown).includes(titleKeyOf(r.title)) ? r : null;
  });
  const kept = blocks.filter((_, i) => records[i]);
  if (kept.length < 3 || kept.length * 5 < blocks.length * 4) return null;
  return { blocks: kept, entries: records.filter((r): r is Candidate => r !== null) };
}

/** "(współautor)", "– Autor i redaktor", "(co-author)": the owner's part in a book, after its title. */
const ROLE_AFTER_TITLE =
  /\s*(?:\((?:co-?)?(?:author|editor|współautor(?:ka)?|redaktor(?:ka)?|coautor(?:a)?|coautore|coautrice|mitautor(?:in)?|hrsg\.?|eds?\.?)\)|[–—]\s*(?:autor|author|redaktor|editor)(?:\s+(?:i|and|y|e|und)\s+(?:autor|author|redaktor|editor))?)\.?$/iu;

/**
 * Showcase cards of the owner's books or papers that show neither names nor dates: a cover or figure, the title in its
 * own element, a paragraph that describes the work ("<img> <strong>Prawo pracy</strong> <p>W podręczniku …</p>", "<div
 * class=pub-title>…</div> <div class=pub-desc>Our latest open-access paper presents …</div>"). Only under a heading or
 * on a page whose title says it lists publications, or in a reader's selection; null unless (nearly) every block, three
 * or more, is such a card.
 */
function showcaseCardsReading(blocks: Block[], texts: string[], read: TextReader): RefList | null {
  // A year in a description ("… podpisany w Rzymie 29 października 2004 roku") dates nothing; one on any other line does.
  if (blocks.length < 3 || texts.some((t) => t.split('\n').some((l) => !isProse(l.trim()) && lastYear(l) !== undefined))) return null;
  const doc = blocks[0]![0]!.ownerDocument;
  // A reader's selection of the cards alone shows neither.
  const heading = `${headingBefore(blocks[0]![0]!)} ${doc.title}`;
  if (heading.trim() && !PUBLICATIONS_PAGE.test(heading)) return null;
  const refs: ParsedReference[] = [];
  const kept: Block[] = [];
  for (const [i, b] of blocks.entries()) {
    if (!b.some((e) => e.tagName === 'IMG' || e.querySelector('img'))) continue;
    const title = markedTitle(b, '[class*="title"]:not([class*="subtitle"]), h2, h3, h4, h5, h6, b, strong', read)?.replace(
      ROLE_AFTER_TITLE,
      '',
    );
    const lines = texts[i]!.split('\n').map((l) => l.trim());
    if (!title || title.split(/\s+/).length < 2 || !titleKeyOf(lines[0]!).startsWith(titleKeyOf(title)) || isNamesOnly(title)) continue;
    const rest = lines.slice(1);
    if (!rest.some(isProse) || rest.some((l) => NAME_FORMS.some((f) => (readAuthorBlock(l, f)?.names.length ?? 0) >= 2))) continue;
    kept.push(b);
    refs.push(titleOnlyReference(title, undefined));
  }
  if (refs.length < 3 || refs.length * 5 < blocks.length * 4) return null;
  return { blocks: kept, entries: refs.map(referenceCandidate) };
}

/** What introduces a byline's names: a pictograph, "by" in a few languages ("👤 par", "por", "von"). */
const BYLINE_INTRO = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:(?:by|par|por|von|door|di|av)\s+(?=\p{Lu}))?/iu;

/** A meta line's names: a list in one name form, or one person ("Pascal Michaillat"). */
function metaNames(part: string): AuthorBlock | null {
  const block = NAME_FORMS.map((f) => readAuthorBlock(part, f)).find(Boolean);
  if (block) return block;
  const run = readAuthorRun(part);
  return run.rest === '' && run.names.length === 1 && isPersonName(run.names[0]!) ? { names: run.names, truncated: false } : null;
}

/**
 * Post-list cards (Hugo PaperMod, Docusaurus and Jekyll post lists): a title element, a summary, and a meta line
 * "October 2024 · Pascal Michaillat, Emmanuel Saez" whose parts are a date, the names and maybe a venue. Null unless
 * (nearly) every card has such a line with a year and names, and some card names two people or more (a blog's post
 * list names its one author on every card). A part of two family names or more ("Warraitch, Reynolds, Wacker • 2025 •
 * OSF") is the names where the cards that read so share one of them (the owner's; tags change from card to card).
 */
function metaLineCards(
  blocks: Block[],
  texts: string[],
  marks: (string | undefined)[],
  groupYears: (number | undefined)[],
  read: TextReader,
): (ParsedReference | null)[] | null {
  const familyRead: string[][] = [];
  // A byline ("👤 par A et B", "By A and B") names a blog post's authors as well as a paper's: it counts on a page
  // that says it lists publications (Hugo PaperMod's list of a researcher's papers), or in a reader's selection.
  const bylines = onPublicationsPage(blocks);
  const partNames = (p: string) => metaNames(p) ?? (bylines && BYLINE_INTRO.exec(p)![0] ? metaNames(p.replace(BYLINE_INTRO, '')) : null);
  const refs: (ParsedReference | null)[] = texts.map((text, i) => {
    // A heading of capitalised words ("Modeling Migration-Induced Unemployment") reads as names, so it is no title
    // mark; beside a meta line that names the authors it is the title.
    const heading = blocks[i]!.flatMap((e) => [...e.querySelectorAll('h1, h2, h3, h4, h5, h6')])[0];
    const title = marks[i] ?? (heading ? titleText(heading, read) : undefined);
    if (!title || title.length < 8 || LABEL_ONLY.test(title)) return null;
    for (const line of text.split('\n')) {
      if (line.length > 300 || titleKeyOf(line).includes(titleKeyOf(title))) continue;
      const parts = line.split(/\s*[·•|]\s*|\s+[—–]\s+/).filter((p) => /\p{L}|\d/u.test(p));
      if (parts.length < 2 || parts.some((p) => /\d+\s*min(?:ute)?s?\b/i.test(p))) continue;
      const yearPart = parts.findIndex((p) => p.length <= 40 && lastYear(p) !== undefined);
      const family = parts.map((p, k) => (k === yearPart ? null : familyMetaNames(p)));
      const names = parts.map((p, k) => (k === yearPart ? null : (partNames(p) ?? family[k]!)));
      // "2018 · Marine Geology · Omar Haddad": of parts that read as names the one with most, the last of equals.
      let namePart = -1;
      for (const [k, n] of names.entries()) if (n && (namePart < 0 || n.names.length >= names[namePart]!.names.length)) namePart = k;
      if (yearPart < 0 || namePart < 0) continue;
      const block = names[namePart]!;
      if (block === family[namePart]) familyRead.push(block.names);
      const venue = parts.find((p, k) => k !== yearPart && k !== namePart && /\p{L}{2}/u.test(p) && !LABEL_ONLY.test(p));
      return {
        title,
        authors: block.names,
        authorsTruncated: block.truncated,
        year: lastYear(parts[yearPart]!) ?? groupYears[i],
        ids: {},
        urls: [],
        ...(venue ? { venue } : {}),
      };
    }
    return null;
  });
  const cardsNaming = new Map<string, number>();
  for (const names of familyRead) for (const name of new Set(names)) cardsNaming.set(name, (cardsNaming.get(name) ?? 0) + 1);
  const shared = [...cardsNaming.values()].some((n) => n * 5 >= familyRead.length * 4);
  if (familyRead.length > 0 && !shared) for (const [i, r] of refs.entries()) if (r && familyRead.includes(r.authors)) refs[i] = null;
  const found = refs.filter((r): r is ParsedReference => r !== null);
  if (found.length < 3 || found.length * 5 < texts.length * 4 || !found.some((r) => r.authors.length >= 2)) return null;
  return refs;
}

/** Two family names or more, all a meta line's part holds: "Warraitch, Reynolds, Pidgeon, Wacker". */
function familyMetaNames(part: string): AuthorBlock | null {
  const block = readFamilyNames(part);
  return block && block.names.length >= 2 ? block : null;
}

/** The text of the block's first title-like element (italics, a link, bold) when the entry's text opens with it. */
function openingMark(b: Block, text: string, read: TextReader): string | undefined {
  const opening = titleKeyOf(text.replace(NUMBERED, ''));
  for (const selector of ['em, i, cite', 'a[href]', 'b, strong']) {
    const mark = markedTitle(b, selector, read)?.replace(/[\s,.;:]+$/, '');
    const at = mark ? text.indexOf(mark) : -1;
    // The title closes with a comma or a period ("<i>Title,</i> 2001"), not with a remark ("<b>Name</b> (website …) - …").
    if (mark && mark.split(' ').length >= 3 && opening.startsWith(titleKeyOf(mark)) && /^[”"»]?\s*[,.]/.test(text.slice(at + mark.length)))
      return mark;
  }
  return undefined;
}

/** Inline elements a page sets an entry's names in. */
const INLINE_NAMES = 'em, i, span, small, font, b, strong';

/**
 * "<span>Title <em>Laini, A. · Fenoglio, S. · Bo, T.</em></span> <span>Journal</span>": an inline element after the
 * title whose whole text is two names or more is the entry's author line; the text with it on a line of its own (the
 * title before it, the venue after it), or null when the block has no such element.
 */
function namesElementApart(b: Block, text: string, read: TextReader): string | null {
  for (const el of b.flatMap((e) => [...e.querySelectorAll(INLINE_NAMES)])) {
    const names = textLines([el], read, isUtilityLink).join(' ').trim();
    const at = names.length >= 5 ? text.indexOf(names) : -1;
    if (at < 0 || text.indexOf(names, at + 1) >= 0 || text.slice(0, at).trim().split(/\s+/).length < 3) continue;
    const block = NAME_FORMS.map((f) => readAuthorBlock(withoutNamesClosingMark(names), f)).find(Boolean);
    if (!block || block.names.length < 2) continue;
    return `${text.slice(0, at).trimEnd()}\n${names}\n${text.slice(at + names.length).replace(/^[\s,.;]+/, '')}`.trim();
  }
  return null;
}

/** A block's italic elements (journal and book names, in most styles), in page order. */
const italicsIn = (b: Block): Element[] => b.flatMap((e) => [...e.querySelectorAll('em, i, cite')]);

/**
 * "<strong>Title</strong> Katie Kedward &amp; Morgane Gonon <em>SSRN Preprint</em> 5200146, 2025": the plain text between
 * the marked title that opens the entry and the italic element after it, where it is all names (one or more), is the
 * entry's author line; the text with it on a line of its own, and the names and the venue apart, or null.
 */
function namesBetweenMarks(
  b: Block,
  text: string,
  mark: string | undefined,
  read: TextReader,
): { text: string; names: string; venue: string } | null {
  const opening = text.replace(NUMBERED, '');
  if (!mark || !opening.startsWith(mark)) return null;
  // A journal's element ends the names too, and may stand on the line after the title's ("<a>Title</a></div><div>Names,
  // <span class=journal>Adv Drug Deliv Rev</span> (2023).").
  const venueField = classedField(b, VENUE_FIELD);
  const after = opening.slice(mark.length).replace(venueField ? /^\s*\n/ : /^$/, ' ');
  if (after.includes('\n')) return null;
  const italic = [...(venueField ? [venueField] : []), ...italicsIn(b)].find((el) => {
    const t = clean(read(el));
    return t.length > 0 && after.includes(t);
  });
  if (!italic) return null;
  const at = after.indexOf(clean(read(italic)));
  const names = after.slice(0, at).trim();
  if (names.length < 5 || /[\d()[\]]/.test(names)) return null;
  if (!NAME_FORMS.some((f) => readAuthorBlock(names, f)?.names.length)) return null;
  return { text: `${mark}\n${names}\n${after.slice(at)}`, names, venue: clean(read(italic)) };
}

/** "Names (2025). " or "Names (2025, Julio 5). ": the names and date that open an APA entry, up to its title. */
const YEARS = new RegExp(YEAR, 'g');
const APA_DATE_CLOSING = new RegExp(`\\(\\s*${YEAR}[a-z]?(?:,[^()]{1,30})?\\)\\s*[.:]?\\s*$`, 'u');

/**
 * "Ramos, A. &amp; Contreras, G. (2020). <em>Violencia en espera de atención. Los Centros de Justicia …</em>. México: Equis.":
 * in APA, the italics right after the date are a book's or a report's title (an article's are its journal, after its title).
 */
function italicAfterDate(b: Block, text: string, read: TextReader): string | undefined {
  for (const e of b)
    for (const el of e.querySelectorAll('em, i, cite')) {
      const t = clean(read(el));
      const at = t.split(' ').length >= 3 ? text.indexOf(t) : -1;
      // The entry's own date, its first: not an edited book's after "En Basave, J. (2021)".
      const before = text.slice(0, at);
      // Names alone before the date: not "Names. Title. (2019). <em>Journal</em>".
      const names = before.replace(APA_DATE_CLOSING, '').replace(NUMBERED, '').trim();
      if (
        at > 0 &&
        APA_DATE_CLOSING.test(before) &&
        before.match(YEARS)?.length === 1 &&
        NAME_FORMS.some((f) => readAuthorBlock(withoutNamesClosingMark(names), f))
      )
        return t.replace(/[.,;:]$/, '');
    }
  return undefined;
}

/**
 * A title its entry labels after the citation ("[3] Names. Journal 2022, 7, 1–9. Title: The Title."), as a page that
 * adds titles to title-less chemistry citations writes it: the labelled title on a line of its own before the rest, the
 * order a title-first entry has.
 */
const LABELLED_TITLE = /(?:^|(?<=[\d.;)])\s+)(?:title|titre|t[ií]tulo|titel)\s*:\s*(\p{L}[^\n]{7,400}?)\s*$/iu;

function withLabelledTitleFirst(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => LABELLED_TITLE.test(l));
  if (at < 0) return text;
  const line = lines[at]!;
  const m = LABELLED_TITLE.exec(line)!;
  const before = line.slice(0, m.index).replace(NUMBERED, '').trim();
  if (!before) return text;
  const rest = [...lines.slice(0, at), before, ...lines.slice(at + 1)].filter((l) => l.trim());
  return [m[1]!, ...rest].join('\n');
}

/**
 * Read one list: infer where its titles sit (the markup element that agrees with the plain reading on most
 * entries, or, when the plain reading fails on most, the element every entry has) and how it writes names, then
 * read every block with that style.
 */
function readRefList(blocks: Block[], base: URL, read: TextReader, memo: ScanMemo): RefList | null {
  const texts = blocks.map((b) => withLabelledTitleFirst(blockText(b, read, memo)));
  const cards = closedCardsReading(blocks, texts, read);
  if (cards) return { blocks: cards.blocks, entries: cards.entries.map((c, i) => withLinks(c, cards.blocks[i]!, base)) };
  const doiCards = doiCardsReading(blocks, texts, base, read);
  if (doiCards) return { blocks: doiCards.blocks, entries: doiCards.entries.map((c, i) => withLinks(c, doiCards.blocks[i]!, base)) };
  const showcase = showcaseCardsReading(blocks, texts, read);
  if (showcase) return { blocks: showcase.blocks, entries: showcase.entries.map((c, i) => withLinks(c, showcase.blocks[i]!, base)) };
  const bibCards = bibRecordCards(blocks, texts);
  if (bibCards) return { blocks: bibCards.blocks, entries: bibCards.entries.map((c, i) => withLinks(c, bibCards.blocks[i]!, base)) };
  // A year heading counts up to the parent of the element around the whole list (cards in per-year sections).
  const around = commonAncestor(blocks.map((b) => b[0]!));
  // A block that opens with its post's date (`datedRunsOf`) is of that date's year.
  const groupYears = blocks.map((b) => headingYear(b[0]!, around?.parentElement ?? null, memo) ?? postDateYear(b[0]!));
  // An unpublished paper shows its status ("In preparation", "under review") in place of a year, or its list's label does
  // ("<p><strong>IN REVIEW:</strong></p><ol>…").
  const statusOfList = new Map<Element, boolean>();
  const inStatusList = (b: Block) => {
    const list = b[0]!.parentElement;
    if (!list || !/^(?:OL|UL|DL)$/.test(list.tagName)) return false;
    if (!statusOfList.has(list)) statusOfList.set(list, STATUS_LABEL.test(labelBefore(list) ?? ''));
    return statusOfList.get(list)!;
  };
  // A section of unpublished papers says so in its heading ("<h2>Preprints</h2>", "Works in Progress").
  const headingsBefore = new Map<Element, Element | null>();
  const underStatus = blocks.map((b) => underStatusHeading(b[0]!, around?.parentElement ?? null, headingsBefore));
  const links = (i: number, href: RegExp) => anchorsOf(blocks[i]!).some((a) => href.test(a.getAttribute('href') ?? ''));
  const linksId = (i: number) => links(i, LINKS_ID);
  // "<a href=https://doi.org/…>Gentilin A, Mourot L. <b>Title.</b></a>": a link to the paper's DOI dates it as a year would.
  const linksDoi = (i: number) => links(i, LINKS_DOI);
  // A list that dates (nearly) none of its entries (a page that never shows years: "<a>Title</a>. <font>Journal</font> 42,
  // 501–513. (with A and B)", "Econometrica, conditionally accepted."): an entry that cites a journal's volume and pages
  // is a published paper, as a year would say, and one that gives its status a paper to come.
  const undatedList =
    blocks.length >= 3 && texts.filter((t, i) => HAS_YEAR_OR_ID.test(t) || groupYears[i] !== undefined).length * 5 < blocks.length;
  // A meeting's abbreviated year dates its paper ("The 42nd IEEE … Conference (IPCCC’23).").
  const dated = (i: number) =>
    HAS_YEAR_OR_ID.test(texts[i]!) ||
    MEETING_SHORT_YEAR.test(texts[i]!) ||
    quotedTitleOverCoauthors(texts[i]!) ||
    (undatedList && (VOLUME_AND_PAGES.test(texts[i]!) || STATUS_WORD.test(texts[i]!)));
  const hasYear = (i: number) =>
    dated(i) || linksDoi(i) || groupYears[i] !== undefined || UNPUBLISHED.test(texts[i]!) || underStatus[i]! || inStatusList(blocks[i]!);
  const plain = texts.map((t, i) => (t.length <= MAX_REF_TEXT && hasYear(i) ? readReference(memo, t, { groupYear: groupYears[i] }) : null));
  const parsed = plain.filter(Boolean).length;
  let marks: (string | undefined)[] = [];
  let markSelector: string | undefined;
  let bestAgree = 0;
  for (const selector of TITLE_MARKS) {
    const found = blocks.map((b) => markedTitle(b, selector, read, memo));
    const present = found.filter(Boolean).length;
    if (present * 2 < blocks.length) continue;
    // A mark agrees when it is the plain reading's title, or the start of it: the plain reading ran an unpunctuated
    // title into its venue ("<a>Title</a> <i>Minerals</i> <b>13</b> 110 (2023)" read as one sentence).
    // So does one the plain reading ran into its venue after "in" ("Names. <i>Title</i> in <i>Journal</i> 9(3) (2015)").
    const agree = found.filter((m, i) => {
      if (!m || !plain[i]) return false;
      const p = titleKeyOf(plain[i]!.title);
      const k = titleKeyOf(m);
      return (
        p === k ||
        (p.startsWith(k) && k.length * 2 >= p.length) ||
        // A mark that runs on into its citation ("<a>Title, Nat Rev Mater 8, (2023)</a>") past the plain reading's title.
        (k.startsWith(p) && p.length * 2 >= k.length) ||
        (plain[i]!.title.startsWith(m) && /^[\s,.]+(?:in|to appear in|to proceedings of)\s/i.test(plain[i]!.title.slice(m.length))) ||
        // The plain reading cut the marked title at a sentence inside it ("<b>Title. Subtitle.</b>", "<b>“Quote” and Title</b>").
        (k.startsWith(p) && p.length > 0 && cutInside(m, plain[i]!.title))
      );
    }).length;
    // Blocks without the mark do not vote: a list that marks the titles of some entries only (one section's style).
    const parsedMarked = found.filter((m, i) => m && plain[i]).length;
    // Titles the plain reading did not find: an element in (nearly) every block, where authors-first reading fails;
    // or, of any kind, the element that reads most blocks as names then that title ("Names <em>Title.</em> Journal
    // (2024)", nothing between the names and the title).
    let bonus = 0;
    if (parsed * 2 < blocks.length) {
      if (/h[1-6]|title|strong/.test(selector)) bonus = present * 0.5;
      else if (selector.startsWith('em') || selector === 'font' || selector.startsWith('a[')) {
        // A link counts where it holds the title and its citation ("<a>Title, Nat Rev Mater 8, (2023)</a>"): the
        // reading keeps the title it opens with.
        const link = selector.startsWith('a[');
        const readable = found.filter((m, i) => {
          if (!m || !dated(i) || texts[i]!.length > MAX_REF_TEXT) return false;
          const r =
            readReference(memo, texts[i]!, { title: m, groupYear: groupYears[i] }) ??
            readReference(memo, texts[i]!, { title: m, groupYear: groupYears[i], familyNamesOnly: true });
          const k = r ? titleKeyOf(r.title) : '';
          // A bare link that is the title, the names after it ("<a href=doi.org/…>Title.</a> <i>Vaccines</i> 2022<br>Names"):
          // not one inside a heading or title element, which marks it before the link does, nor a link after the names
          // ("Names. Title. Journal 2023. <a>Download pre-publication draft</a>").
          const bare = () =>
            texts[i]!.indexOf(m) < texts[i]!.indexOf(r!.authors[0]!.split(' ').pop()!) &&
            anchorsOf(blocks[i]!).some(
              (a) => titleKeyOf(clean(a.textContent)) === k && !a.closest('h1, h2, h3, h4, h5, h6, [class*="title"]'),
            );
          return (
            !!r &&
            r.authors.length > 0 &&
            (link ? k.length > 0 && titleKeyOf(m).startsWith(k) && (k !== titleKeyOf(m) || bare()) : k === titleKeyOf(m))
          );
        }).length;
        bonus = readable * 0.75;
      }
    }
    const score = agree + bonus;
    if (score > bestAgree && (agree * 2 >= parsedMarked || parsed * 2 < blocks.length)) {
      bestAgree = score;
      marks = found;
      markSelector = selector;
    }
  }
  // A block of link labels alone ("🔗 DOI" after its entry's paragraph) is no entry, whatever its link dates.
  const usable = texts.map((t, i) => t.length <= MAX_REF_TEXT && hasYear(i) && !LABEL_ONLY.test(t.trim()));
  // The list's name form from up to 40 of its entries: enough to tell the forms apart, linear on long lists.
  const sample = [...usable.keys()].filter((i) => usable[i]).slice(0, 40);
  const { nameForm } = inferListStyle(
    sample.map((i) => texts[i]!),
    sample.map((i) => marks[i]),
    (text, hints) => readReference(memo, text, hints),
  );
  const refs: (ParsedReference | null)[] = blocks.map((_, i) => {
    if (!usable[i]) return null;
    const groupYear = groupYears[i];
    // Names the markup sets apart between the title and the venue are the author line, whatever else they might read as.
    const between = namesBetweenMarks(blocks[i]!, texts[i]!, marks[i], read);
    const betweenRead = between ? readReference(memo, between.text, { nameForm, title: marks[i], groupYear }) : null;
    if (between && betweenRead?.authors.length) {
      // The names end where the venue's element opens: a last "name" whose family name is not in the names' text is the
      // venue's words read on ("…, L.A. Garza, <span class=journal>Adv Drug Deliv Rev</span> (2023)").
      const authors = [...betweenRead.authors];
      while (authors.length > 1 && !between.names.includes(authors.at(-1)!.split(' ').pop()!)) authors.pop();
      if (authors.length === betweenRead.authors.length) return betweenRead;
      return { ...betweenRead, authors, venue: betweenRead.venue ?? between.venue };
    }
    const withMark = readReference(memo, texts[i]!, {
      nameForm,
      title: marks[i] ?? italicAfterDate(blocks[i]!, texts[i]!, read),
      groupYear,
    });
    if (withMark) return withMark;
    const apart = namesElementApart(blocks[i]!, texts[i]!, read);
    const namesLine = apart ? readReference(memo, apart, { nameForm, title: marks[i], groupYear }) : null;
    if (namesLine?.authors.length || !marks[i]) return namesLine;
    // Read without the mark, a title that is names is the rest of an author list after a name the list's form
    // cannot read ("…, Erika F. Merschrod S., Kristin M. Poduska. <a>Title</a>").
    const r = readReference(memo, texts[i]!, { nameForm, groupYear });
    return r && !isNamesOnly(r.title) ? r : null;
  });
  // Under a heading that names theses ("<p><b>Ph.D. Theses</b></p>"), "Title, Vijay Pai, 2000" is a student's thesis.
  for (const [i, b] of blocks.entries()) {
    const thesis = !refs[i] && usable[i] ? thesisTitleFirst(texts[i]!, true, marks[i]) : null;
    if (thesis && THESES_HEADING.test(headingBefore(b[0]!))) refs[i] = thesis;
  }
  // A list that writes its authors by family name alone ("Nagler, Brock, and Palm. <strong>Title.</strong> <em>Journal</em>"):
  // where it marks its titles and three or more unread entries show two or more family names before the title, every
  // unread entry is read so (a single name too: the owner's paper alone), a preprint with no year too when it links its
  // arXiv id or DOI ("<a href=arxiv.org/abs/…>[pdf]</a>").
  // There, an entry read as one inverted name ("Boisbunon, Maruyama." as "Maruyama Boisbunon") is two family names.
  if (marks.some(Boolean)) {
    const oneInvertedName = (r: ParsedReference | null) => !!r && r.nameForm === 'surname-given' && r.authors.length === 1;
    const byFamily = blocks.map((_, i) =>
      (!refs[i] || oneInvertedName(refs[i]!)) && (usable[i] || (texts[i]!.length <= MAX_REF_TEXT && linksId(i))) && marks[i]
        ? readReference(memo, texts[i]!, { title: marks[i], groupYear: groupYears[i], familyNamesOnly: true })
        : null,
    );
    if (byFamily.filter((r, i) => !refs[i] && r && r.authors.length >= 2).length >= 3)
      for (const [i, r] of byFamily.entries())
        if (r && r.authors.length > 0 && (!refs[i] || (r.authors.length >= 2 && r.title === refs[i]!.title))) refs[i] = r;
  }
  // A card that labels its fields ("<dt>Authors:</dt><dd>Metger & Toscani</dd>", "Journal:"): the labelled names are
  // its authors, as the card shows them (surnames alone too), the labelled journal its venue and the labelled title its
  // title (a table's "Authors | Year | Journal | Title" row, whose text runs the venue into the title); with a marked or
  // labelled title and a year heading, the labels alone make the entry.
  // A table's row whose title and authors its header labels is an entry undated too, among three or more dated ones (a
  // selection that leaves out the year heading over the first table).
  const labelled = blocks.map((b) => labelledFields(b, read));
  const datedRows = labelled.filter((f, i) => f.title && f.authors && (groupYears[i] ?? lastYear(texts[i]!)) !== undefined).length;
  for (const [i, fields] of labelled.entries()) {
    // A row of a table naming no one ("2024 | <a>Title</a> | Ecological Research"): its title, year and journal cells,
    // unless the row's text read as a reference with names (a full citation in the title cell).
    if (fields.unnamedRow && fields.title && !(refs[i]?.authors.length && refs[i]!.title !== fields.title)) {
      const year = fields.year ?? groupYears[i];
      if (year !== undefined || refs[i])
        refs[i] = { ...titleOnlyReference(fields.title, year), ...(fields.venue ? { venue: fields.venue } : {}) };
      continue;
    }
    if (!fields.authors) continue;
    const year = groupYears[i] ?? lastYear(texts[i]!);
    const title = fields.title ?? marks[i];
    // Not a row that names no one ("Publications", the listing's own index page, its authors cell empty).
    const undatedRow =
      year === undefined && !!fields.title && fields.title.split(' ').length >= 3 && fields.authors.names.length > 0 && datedRows >= 3;
    const r = refs[i] ?? (title && (year !== undefined || undatedRow) ? titleOnlyReference(title, year) : null);
    if (!r) continue;
    refs[i] = {
      ...r,
      ...(fields.title ? { title: fields.title } : {}),
      authors: fields.authors.names,
      authorsTruncated: fields.authors.truncated,
      ...(fields.venue ? { venue: fields.venue } : {}),
    };
  }
  // One reference split over two blocks: a block of names only, then one opening with "(2019)." (fraternali).
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (refs[i] || refs[i + 1] || !YEAR_OPENS.test(texts[i + 1]!) || texts[i]!.length > 600) continue;
    const names = texts[i]!.trim().replace(/[.,;]$/, '');
    if (!NAME_FORMS.some((f) => readAuthorBlock(names, f))) continue;
    const r = readReference(memo, `${texts[i]!.trim()} ${texts[i + 1]!.trim()}`, { nameForm, groupYear: groupYears[i] });
    if (r && r.authors.length > 0) refs[i] = r;
  }
  // One entry split by a stray end tag ("<div><a>Title</div></a>" then "<p>黄必录.会议,2002:71-72</p>"), in a list of
  // title-line entries: a block of its title alone, then the element after it, in no block, its names and dated venue.
  if (refs.some((r, j) => r && texts[j]!.startsWith(r.title) && texts[j]!.includes('\n'))) {
    const inBlocks = new Set(blocks.flat());
    for (const [i, b] of blocks.entries()) {
      const next = b.at(-1)!.nextElementSibling;
      if (refs[i] || !next || inBlocks.has(next) || texts[i]!.includes('\n') || HAS_YEAR_OR_ID.test(texts[i]!)) continue;
      const line = clean(read(next));
      const r =
        line.length <= MAX_REF_TEXT ? readReference(memo, `${texts[i]!.trim()}\n${line}`, { nameForm, groupYear: groupYears[i] }) : null;
      if (r && r.authors.length > 0 && r.year !== undefined && texts[i]!.trim().startsWith(r.title)) refs[i] = r;
    }
  }
  // In a list that reads well, an entry showing no year ("In submission") is read in the list's own style: names in
  // its name form and, where the list marks titles, the marked title.
  const readCount = refs.filter(Boolean).length;
  const readsWellWith = (count: number) => count >= 3 && count * 5 >= usable.filter(Boolean).length * 4;
  const readsWell = readsWellWith(readCount);
  const readUndated = (onlyUnderStatus: boolean, before = texts.length) => {
    if (!onlyUnderStatus) {
      for (const [i, t] of texts.entries()) {
        if (i >= before) break;
        if (usable[i] || t.length > MAX_REF_TEXT || (marks.some(Boolean) && !marks[i])) continue;
        const r = readReference(memo, t, { nameForm, title: marks[i], strictForm: true });
        if (r && r.authors.length > 0 && r.title.split(' ').length >= 3 && (!marks[i] || titleKeyOf(r.title) === titleKeyOf(marks[i]!)))
          refs[i] = r;
      }
    }
    readYearless(
      texts,
      usable,
      marks,
      groupYears,
      refs,
      underStatus,
      onlyUnderStatus,
      before,
      (t, title) => readReference(memo, t, { nameForm, title, strictForm: true }),
      (t, title) => readReference(memo, t, { nameForm, title }),
    );
  };
  // A list that does not read well yet may be a section of preprints under its status heading: those are read alone.
  if (readsWell || underStatus.some(Boolean)) readUndated(!readsWell);
  // In a list that reads and marks its titles, an entry that opens with its marked title and names no one
  // ("<em>“Title”</em>, UCLan Graduate School Conference (2009)", a poster) is a paper whose authors it does not show.
  if (readCount >= 3 && readCount * 3 >= usable.filter(Boolean).length * 2) {
    for (const [i, t] of texts.entries()) {
      // Quotes mark a title too: "“Contingent vs. Non‑Contingent … for the EMU”, 2014."; so does an element of its own
      // that opens the entry where the list marks no title ("<i>Number operators for …,</i> arxiv.org/abs/…, 2000.").
      const mark =
        marks[i] ??
        QUOTED_OPENING.exec(t.replace(NUMBERED, ''))?.[1] ??
        (marks.some(Boolean) ? undefined : openingMark(blocks[i]!, t, read));
      if (refs[i] || !usable[i] || !mark || t.includes('\n')) continue;
      const opening = titleKeyOf(t.replace(NUMBERED, ''));
      if (!opening.startsWith(titleKeyOf(mark)) || opening.length === titleKeyOf(mark).length) continue;
      const r = readReference(memo, t, { title: mark, groupYear: groupYears[i], allowNoAuthors: true });
      if (r && r.authors.length === 0 && r.year !== undefined && titleKeyOf(r.title) === titleKeyOf(mark)) refs[i] = r;
    }
  }
  // In a list that names only the owner's coauthors ("Title (with A and B)<br>Journal 15 (2006)", "(with A) <i>Title</i>,
  // Journal 8 (2023)"), an entry whose first line is a title and whose other lines are a dated venue, with no names at
  // all, is the owner's paper alone; so is one that opens with its marked title and a comma before a dated venue (or an
  // arXiv id: a preprint).
  const coauthorsOnly = texts.filter(
    (t, i) =>
      refs[i] &&
      (COAUTHORS_AFTER_TITLE.test(t.split('\n')[0]!) ||
        COAUTHORS_BEFORE_TITLE.test(t.replace(NUMBERED, '')) ||
        COAUTHORS_CLOSING.test(t) ||
        // "Title<br>with A and B, <em>Journal</em>, 2024.": a line of its own that the coauthors' "with" opens.
        t
          .split('\n')
          .slice(1)
          .some((l) => coauthorsIntroLength(l.trim()) > 0) ||
        namesReadAfterWith(t, refs[i]!)),
  ).length;
  if (readCount >= 3 && coauthorsOnly * 2 >= readCount) {
    for (const [i, t] of texts.entries()) {
      if (refs[i] || !usable[i]) continue;
      const lines = t
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !LABEL_ONLY.test(l) && !/^[\s|[\]]*$/.test(l));
      const mark = marks[i];
      const opening = lines.length === 1 ? lines[0]!.replace(NUMBERED, '') : '';
      if (mark && opening.startsWith(mark) && mark.split(' ').length >= 2) {
        // "<strong>Is Agglomeration Desirable?</strong> <em>Journal</em>, 2011.": a period or a question mark ends it too.
        const closed = /[?!.]$/.test(mark) ? /^[”"»]?\s*[,.]?\s*(.+)$/ : /^[”"»]?\s*[,.]\s*(.+)$/;
        const after = opening.slice(mark.length).trim();
        // "<B>Title</B> <em>Fund. Math.</em> <B>272</B>, 2026": the venue's own italics end the title, no comma between.
        const venueText = closed.exec(opening.slice(mark.length))?.[1] ?? (opensWithItalics(blocks[i]!, after, read) ? after : '');
        const year = lastYear(venueText) ?? groupYears[i];
        const arxiv = /\barXiv\s*:\s*(\d{4}\.\d{4,5})\b/i.exec(venueText)?.[1];
        // In a list that dates nothing, the journal's volume and pages stand for the year.
        if (
          (year === undefined && !arxiv && !(undatedList && VOLUME_AND_PAGES.test(venueText))) ||
          !/^\p{L}/u.test(venueText) ||
          opensWithNames(venueText) ||
          TALK_IN_VENUE_PLACE.test(venueText)
        )
          continue;
        const venue = arxiv ? undefined : venueAfterTitle(venueText);
        refs[i] = {
          ...titleOnlyReference(mark, year),
          ...(venue ? { venue } : {}),
          ...(arxiv ? { ids: { arxiv } } : {}),
        };
        continue;
      }
      // "Finanzierung: Herausforderungen für die Wohnungsgenossenschaften, Die Wohnungswirtschaft, Nr. 5, 2005, S. 54-56."
      if (lines.length === 1 && !mark) {
        const own = plainTitledOwnPaper(lines[0]!, groupYears[i]);
        if (own) refs[i] = own;
        continue;
      }
      if (lines.length < 2) continue;
      // "(2011): Title<br>Journal of Banking and Finance 35 (12) 3240-3252.": the year before the title dates it.
      const yearBefore = YEAR_BEFORE_TITLE.exec(lines[0]!);
      const title = lines[0]!.slice(yearBefore?.[0].length ?? 0).replace(/[.,;:]$/, '');
      // "Title<br>with Alberto Salvo, in Portuguese<br>In: Book …": the coauthors' line under the title names them.
      const intro = coauthorsIntroLength(lines[1]!);
      const coauthors = intro > 0 ? metaNames(lines[1]!.slice(intro).split(/\s*[,(;]/)[0]!) : null;
      const venueText = lines.slice(coauthors ? 2 : 1).join(' ');
      const year = lastYear(venueText) ?? (yearBefore ? Number(yearBefore[1]) : groupYears[i]);
      // "Title<br>To appear in: <em>Journal</em>": a status stands for the year.
      if (
        (year === undefined && !UNPUBLISHED.test(venueText)) ||
        title.split(' ').length < 3 ||
        lastYear(title) !== undefined ||
        NAME_FORMS.some((f) => readAuthorBlock(title, f)) ||
        opensWithNames(venueText)
      )
        continue;
      // "Title<br>March 2021.": a date alone is no venue.
      const venue = DATE_ONLY.test(venueText) ? undefined : venueAfterTitle(venueText);
      refs[i] = { ...titleOnlyReference(title, year), ...(venue ? { venue } : {}), ...(coauthors ? { authors: coauthors.names } : {}) };
    }
  }
  // In a list that reads, an entry whose title ran into its italic venue ("Names, Title, <em>Venue</em> 2018") is read
  // with the venue as the end of its title.
  if (readCount >= 3) {
    for (const [i, b] of blocks.entries()) {
      if (refs[i] || !usable[i]) continue;
      const venue = b
        .map((e) => e.querySelector('em, i, cite'))
        .find(Boolean)
        ?.textContent?.replace(/\s+/g, ' ')
        .trim();
      const r = venue ? parseWithMarkedVenue(texts[i]!, venue, { nameForm, groupYear: groupYears[i] }) : null;
      if (r && r.authors.length > 0) refs[i] = r;
    }
  }
  if (readCount * 2 < usable.filter(Boolean).length) {
    const cards = metaLineCards(blocks, texts, marks, groupYears, read);
    if (cards) refs.splice(0, refs.length, ...cards);
  }
  if (refs.filter(Boolean).length * 2 < usable.filter(Boolean).length) {
    const authorless = authorlessReading(blocks, texts, usable, groupYears, read, memo, refs);
    // The entries that do name their authors ("Lamy, Jérôme and Sébastien Plutniak. 2016, “Title”, …") keep their reading.
    if (authorless) refs.splice(0, refs.length, ...authorless.map((r, i) => r ?? refs[i]!));
  }
  if (refs.filter(Boolean).length * 2 < usable.filter(Boolean).length) {
    const dated = datedTitleCards(blocks, texts, read);
    if (dated) refs.splice(0, refs.length, ...dated);
  }
  if (!refs.some(Boolean)) {
    const tagged = taggedTitleCards(blocks, texts, read);
    if (tagged) refs.splice(0, refs.length, ...tagged);
  }
  if (refs.filter(Boolean).length * 2 < usable.filter(Boolean).length) {
    const works = titleOverVenueLineWorks(blocks, texts, usable, read);
    if (works) refs.splice(0, refs.length, ...works);
  }
  if (refs.filter(Boolean).length * 2 < usable.filter(Boolean).length) {
    const linked = datedLinkedTitles(blocks, texts, base, read);
    if (linked) refs.splice(0, refs.length, ...linked);
  }
  if (!refs.some(Boolean)) {
    const showcase = linkedTitleShowcase(blocks, texts, base, read);
    if (showcase) refs.splice(0, refs.length, ...showcase);
  }
  // Titles over their link rows name no one: no later reading of a block's lines as names and venue ("Title\nScience
  // Advances\narXiv") stands for one of them.
  const linkRows = refs.some(Boolean) ? null : titleOverLinkParagraphsWorks(blocks, read);
  if (linkRows) refs.splice(0, refs.length, ...linkRows);
  // Cards that date few of their papers, or none: their dated ones alone are no reading of the list.
  if (refs.filter(Boolean).length * 2 < blocks.length) {
    const cards = titleAndNamesCards(blocks, texts);
    if (cards) refs.splice(0, refs.length, ...cards);
  }
  if (refs.filter(Boolean).length * 2 < usable.filter(Boolean).length || !usable.some(Boolean)) {
    const classed = classedFieldCards(blocks, read, memo);
    if (classed) refs.splice(0, refs.length, ...classed);
  }
  // A reading whose title is the text of the card's venue field ("<td><span class=listing-Journal>Scientific
  // Reports</span></td>" before the title's cell) took the venue for the title: the card's classed fields read it.
  const venueAsTitle = (i: number) => {
    const venueEl = refs[i] ? classedField(blocks[i]!, VENUE_FIELD) : undefined;
    return !!venueEl && titleKeyOf(clean(venueEl.textContent)) === titleKeyOf(refs[i]!.title);
  };
  if (refs.filter((_, i) => venueAsTitle(i)).length >= 3) {
    const classed = classedFieldCards(blocks, read, memo);
    if (classed) for (const [i, r] of classed.entries()) if (r && venueAsTitle(i)) refs[i] = r;
  }
  // In a list the rules read (three entries or more, two in five of its usable blocks), the blocks they leave unread: the
  // trained tagger's reading (lib/text/tagger.ts), in the list's name form and marked titles. Never in a list the rules
  // turn down: there it made lists of misread entries win over the page's right reading.
  const ruleRead = refs.filter(Boolean).length;
  if (ruleRead >= 3 && ruleRead * 5 >= usable.filter(Boolean).length * 2)
    for (const [i, t] of texts.entries())
      if (!refs[i] && usable[i]) refs[i] = readReference(memo, t, { nameForm, title: marks[i], groupYear: groupYears[i], tagged: true });
      // An entry with a status in the year's place ("Names. Title. [In prep]") that readYearless left: the rules' reading,
      // else the tagger's.
      else if (!refs[i] && STATUS_IN_YEAR_PLACE.test(t) && t.length <= MAX_REF_TEXT)
        refs[i] =
          readReference(memo, t, { nameForm, title: marks[i], groupYear: groupYears[i] }) ??
          readReference(memo, t, { nameForm, title: marks[i], groupYear: groupYears[i], tagged: true });
  // "———. 2000b. “Title”. …" after an entry the list read: the same authors again.
  for (const [i, t] of texts.entries()) {
    const previous = i > 0 ? refs[i - 1] : null;
    if (!previous || !usable[i]) continue;
    const r = readWithRepeatedAuthors(t, previous, (text, hints) => readReference(memo, text, hints), {
      title: marks[i],
      groupYear: groupYears[i],
    });
    if (r) refs[i] = r;
  }
  // A list that reads well only once the passes above have read it: the undated entries above its first dated one (a
  // selection that starts under a year heading it leaves out) are read as they would have been.
  if (!readsWell && !linkRows && readsWellWith(refs.filter(Boolean).length)) readUndated(false, usable.indexOf(true));
  dotInitialsAsList(refs);
  splitRunTogetherNamesAsList(refs);
  // A block that opens with its section's heading ("<section><h3>Book Chapter</h3><ul><li>…") is no entry whose names
  // that heading is.
  for (const [i, r] of refs.entries()) if (r && namesAreHeading(blocks[i]!, r)) refs[i] = null;
  const entries: Candidate[] = [];
  const kept: Block[] = [];
  const venues: (string | undefined)[] = [];
  const sources: number[] = [];
  const readInItem = new Map<Element, number>();
  for (const [i, b] of blocks.entries()) {
    const item = b[0]!.parentElement;
    if (refs[i] && item) readInItem.set(item, (readInItem.get(item) ?? 0) + 1);
  }
  const referencesInLines = (lines: string[], groupYear: number | undefined): { refs: ParsedReference[]; texts: string[] } | null => {
    if (!lines.slice(1).some((l) => opensWithNames(l)) || lines.filter((l) => HAS_YEAR_OR_ID.test(l)).length < 2) return null;
    const texts = segmentReferenceLines(lines, nameForm).map((p) => p.text);
    // Each piece shows its own year or identifier, each after the first opens with names, and together they hold nearly
    // all the block's text (no title, byline or venue line of one reference left between two pieces).
    if (texts.length < 2 || !texts.every((t, k) => HAS_YEAR_OR_ID.test(t) && (k === 0 || opensWithNames(t)))) return null;
    const length = (ts: string[]) => ts.reduce((n, t) => n + t.replace(/\s+/g, '').length, 0);
    if (length(texts) < length(lines) * 0.8) return null;
    const refs = texts.map((t) => readReference(memo, t, { nameForm, groupYear }));
    return refs.every(isWholeReference) ? { refs, texts } : null;
  };
  for (const [i, b] of blocks.entries()) {
    // "<li>A, B., Title., NICS., 2020.<br />C, D., Title., NICS., 2020.</li>": lines that are each a whole reference
    // (names, a title of three words or more, a year) are two entries in one block.
    // A block holding list items of its own ("<li>2016<ul><li>…</li></ul></li>") is no run of references: its items are.
    const holdsItems = b.some((e) => e.querySelector('li, dd'));
    const blockLines = !usable[i] || holdsItems ? [] : texts[i]!.includes('\n') ? texts[i]!.split('\n') : commentRunsOf(b);
    // Lines set apart by <br>s in one element (or a row's cells), not the blocks of cards the element holds: a year's
    // references, one or a few lines each.
    const brLines = blockLines.length >= 3 && linesByBreaks(b);
    // "<tr><td>2019</td><td>A. Title. …<br>B. Title. …</td></tr>": a year line opening the block heads the lines after it.
    const lineYear = brLines ? yearHeading(blockLines[0]!) : undefined;
    const lines = lineYear !== undefined ? blockLines.slice(1) : blockLines;
    const most = brLines ? MAX_WHOLE_LINES : 4;
    // Each line is read with the list's title mark that it shows, if any (a title link per reference), up to the first
    // line that is no whole reference.
    const lineMarks =
      lines.length >= 2 && lines.length <= MAX_WHOLE_LINES && markSelector
        ? b.flatMap((e) => [...markedTitlesIn(e, markSelector!, read)])
        : [];
    const whole: (ParsedReference | null)[] = [];
    if (lines.length >= 2 && lines.length <= most)
      for (const l of lines) {
        const title = lineMarks.find((m) => l.includes(m));
        const groupYear = lineYear ?? groupYears[i];
        const r =
          (title ? readReference(memo, l, { nameForm, title, groupYear }) : null) ?? readReference(memo, l, { nameForm, groupYear });
        whole.push(r);
        if (!isWholeReference(r)) break;
      }
    const wholeLines = whole.length >= 2 && whole.length === lines.length && whole.every(isWholeReference);
    // Else references of a few lines each, one after another in the block ("Names. Title.<br>Journal, 2020.<br><br>Names.
    // …"): where a line after the first opens with names and two or more show a year, the block's lines as the text
    // reader splits them, when every piece reads as a whole reference.
    const pieces = !wholeLines && brLines && lines.length <= MAX_WHOLE_LINES ? referencesInLines(lines, lineYear ?? groupYears[i]) : null;
    const split = wholeLines ? { refs: whole as ParsedReference[], texts: lines } : pieces;
    // With a marked title (a title link per reference), one line's title is the mark (the first line's, unless that
    // line's title is set apart only by a style attribute: "<span style="font-style: italic">Title</span>").
    const agrees = !marks[i] || !!split?.refs.some((r) => titleKeyOf(r.title) === titleKeyOf(marks[i]!));
    if (agrees && split) {
      // Each line's links are its own: in page order, an anchor belongs to the first line from the last one's on that
      // shows its text.
      const byLine = split.refs.map((): Element[] => []);
      let at = 0;
      for (const a of anchorsOf(b)) {
        const label = clean(a.textContent);
        const k = label ? split.texts.findIndex((l, j) => j >= at && l.includes(label)) : -1;
        if (k >= 0) byLine[(at = k)]!.push(a);
      }
      for (const [k, r] of split.refs.entries()) {
        entries.push(withLinks(referenceCandidate(r), byLine[k]!, base));
        kept.push(b);
        sources.push(i);
        venues.push(undefined);
      }
      continue;
    }
    const r = refs[i] && withRunInVenue(refs[i], b);
    if (!r) continue;
    // "<li><div>Title. Journal. Names.</div><div><a>https://doi.org/…</a></div></li>" (or an <article> card's row of
    // buttons): the item's other blocks that read as no entry hold its links.
    const item = b[0]!.parentElement;
    const itemLinks = (item?.tagName === 'LI' || item?.tagName === 'ARTICLE') && readInItem.get(item) === 1 ? [item] : b;
    entries.push(withLinks(referenceCandidate(r), itemLinks, base));
    kept.push(b);
    sources.push(i);
    venues.push(r.venue !== undefined ? markedVenue(b, r.title) : undefined);
  }
  // A list that sets its venues in italics ("In <em>Proceedings of …</em>, 2018") gives them exactly.
  if (venues.filter(Boolean).length * 2 >= entries.length) {
    entries.forEach((e, i) => {
      // "<em>Journal, 227(2):305-324</em>", "<em>Journal (to appear)</em>": the volume, pages and status the mark holds too
      // are cut as the reader cuts them from a venue.
      const marked = venues[i];
      const cut = marked && venueAfterTitle(marked);
      const tail = cut && marked.startsWith(cut) ? marked.slice(cut.length) : undefined;
      // "<span class=venue>EURO 2025</span>", "… (KIIE 2025)": a meeting's year is part of its name as the mark writes it.
      const v = tail !== undefined && VENUE_TAIL.test(tail) && !/^\s*(?:19|20)\d\d\s*\)?\s*$/.test(tail) ? cut : marked;
      if (v && e.venue && (v.includes(e.venue) || e.venue.includes(v) || titleKeyOf(e.venue).startsWith(titleKeyOf(v).slice(0, 8))))
        e.venue = v;
      if (v && e.venue && !marks[sources[i]!]) {
        const italic = clean(kept[i]!.map((el) => el.querySelector('em, i, cite')).find(Boolean)?.textContent);
        e.title += titleRunOn(texts[sources[i]!]!, e.title, italic);
      }
    });
  }
  memo.trace?.({ kind: 'read', blocks, texts, usable, read: refs.filter(Boolean).length, kept, entries });
  const turnedDown =
    entries.length < 3 ||
    (entries.length * 5 < blocks.length * 2 &&
      entries.length * 5 < blocksOfReadLists(blocks, refs, (memo.hidden ??= hiddenByMarkup(blocks[0]![0]!.ownerDocument))) * 2);
  if (turnedDown || gateObserver()) gatedRefList(blocks, texts, usable, refs, { nameForm, marks, groupYears }, base, memo, !turnedDown);
  if (turnedDown) return null;
  return { blocks: kept, entries };
}

/** At most this many lines of one block are read as a reference each ("<td>" holding a year's papers, one a line). */
const MAX_WHOLE_LINES = 30;

/** Elements inside a block that set its lines apart as blocks of their own (cards, items), not as <br> lines. */
const NESTED_BLOCKS = 'div, li, ul, ol, dl, dt, dd, h1, h2, h3, h4, h5, h6, table, section, article, blockquote, header, footer, figure';

/** Are a block's lines those its <br>s set apart (one element, or a row's cells, with at most one paragraph inside)? */
const linesByBreaks = (b: Block) =>
  b.length === 1 && !!b[0]!.querySelector('br') && !b[0]!.querySelector(NESTED_BLOCKS) && b[0]!.querySelectorAll('p').length <= 1;

/** A line read as a whole reference by itself: names, a title of three words or more, a year. */
const isWholeReference = (r: ParsedReference | null): r is ParsedReference =>
  !!r && r.authors.length > 0 && r.year !== undefined && r.title.split(' ').length >= 3;

/**
 * The texts of a one-element block's runs between HTML comments, where it has several: a reference manager's export
 * closes each reference with a comment ("… doi: 10.4095/292112. <!--[pdf] file = {…}--> Percival JB, …") and a page
 * that left out the blank lines between references runs several into one paragraph.
 */
function commentRunsOf(b: Block): string[] {
  if (b.length !== 1) return [];
  const runs: string[] = [''];
  for (const n of b[0]!.childNodes) {
    if (n.nodeType === 8) {
      if (/\S/.test(runs[runs.length - 1]!)) runs.push('');
    } else runs[runs.length - 1] += n.textContent ?? '';
  }
  const texts = runs.map((r) => clean(r)).filter(Boolean);
  return texts.length >= 2 ? texts : [];
}

/**
 * The blocks a list's share of read entries is taken over. Beside shown entries, a block the page hides and the reader
 * does not read is no entry (JabRef's table export: each entry's row, then its abstract's and BibTeX's rows, `display:
 * none`). A pool joins
 * the items of every list of one markup (the menu's `<ul>`, the publications' `<ul>`s, a contact box's `<ul>`): where
 * the parents of the read blocks are lists themselves (three blocks or more each, on average), a parent of three blocks
 * or more of which none reads is another list pooled in, not entries of this one the reader failed. Parents of two
 * blocks (an entry's title and meta `<div>`s) all count.
 */
function blocksOfReadLists(blocks: Block[], refs: readonly (ParsedReference | null)[], hidden: (el: Element) => boolean): number {
  // Only beside shown entries: where the read blocks are hidden too, the list is a hidden one (BibTeX boxes).
  const dropsHidden = blocks.every((b, i) => !refs[i] || !hidden(b[0]!));
  // A heading among a parent's children opens another list of its own ("<p>Title</p>… <h2>Principali pubblicazioni</h2>
  // <p>Title (articolo)<br>«Journal» 1990</p>…"): each heading's run of siblings is a group.
  const sectionOf = new Map<Element, number>();
  const sectioned = new Set<Element>();
  const byParent = new Map<string, { blocks: number; read: number }>();
  const parentIds = new Map<Element | null, number>();
  for (const [i, b] of blocks.entries()) {
    if (dropsHidden && !refs[i] && hidden(b[0]!)) continue;
    const parent = b[0]!.parentElement;
    if (parent && !sectioned.has(parent)) {
      sectioned.add(parent);
      let section = 0;
      for (const c of parent.children)
        if (/^H[1-6]$/.test(c.tagName)) section++;
        else sectionOf.set(c, section);
    }
    if (!parentIds.has(parent)) parentIds.set(parent, parentIds.size);
    const key = `${parentIds.get(parent)}:${sectionOf.get(b[0]!) ?? 0}`;
    const group = byParent.get(key) ?? { blocks: 0, read: 0 };
    group.blocks++;
    if (refs[i]) group.read++;
    byParent.set(key, group);
  }
  const groups = [...byParent.values()];
  const reading = groups.filter((g) => g.read > 0);
  const shown = groups.reduce((n, g) => n + g.blocks, 0);
  if (reading.reduce((n, g) => n + g.blocks, 0) < reading.length * 3) return shown;
  return groups.reduce((n, g) => n + (g.read > 0 || g.blocks < 3 ? g.blocks : 0), 0);
}

/**
 * Entries of lists the rules turned down and the list gate passed: they count in `readingScore`, not in `readsWell` (the
 * page's other readings are still made) nor against the paper-link reading.
 */
const gateAdmitted = new WeakSet<Candidate>();
const ruledOnly = (entries: readonly Candidate[]) => entries.filter((e) => !gateAdmitted.has(e));

/** The words of the nearest heading before `el` in page order (up to 80 elements back), '' when there is none. */
function headingBefore(el: Element): string {
  let node: Element | null = el;
  for (let steps = 0; node && steps < 80; steps++) {
    const prev: Element | null = node.previousElementSibling;
    if (!prev) {
      node = node.parentElement;
      if (!node || node.tagName === 'BODY') return '';
      continue;
    }
    node = prev;
    if (headingLevel(node) !== null) return headingText(node);
    const inside = [...node.querySelectorAll('h1, h2, h3, h4, h5, h6')].pop();
    if (inside) return headingText(inside);
  }
  return '';
}

/**
 * A list the rules turn down (`readRefList`), read again with the trained tagger on the usable blocks they leave: kept in
 * `memo.gated` when rules and tagger together read three blocks or more and the list gate (lib/text/list-gate.ts) calls
 * it a list of papers. `gatedLists` admits it only where no list the rules read lies.
 */
function gatedRefList(
  blocks: Block[],
  texts: string[],
  usable: boolean[],
  ruled: (ParsedReference | null)[],
  style: { nameForm?: NameForm; marks: (string | undefined)[]; groupYears: (number | undefined)[] },
  base: URL,
  memo: ScanMemo,
  accepted: boolean,
): void {
  const observe = gateObserver();
  if (!observe && usable.filter(Boolean).length < 3) return;
  const hints = blocks.map((_, i) => ({ nameForm: style.nameForm, title: style.marks[i], groupYear: style.groupYears[i] }));
  const refs = accepted
    ? ruled
    : ruled.map((r, i) => (r || !usable[i] ? r : readReference(memo, texts[i]!, { ...hints[i], tagged: true })));
  const read = refs.filter(Boolean).length;
  const admissible = !accepted && read >= 3;
  if (!observe && !admissible) return;
  const list: GateList = {
    blocks,
    texts,
    usable,
    ruled: ruled.map(Boolean),
    read: refs.map(Boolean),
    hints,
    heading: headingBefore(blocks[0]![0]!),
    base,
  };
  const features = listGateFeatures(list);
  observe?.(list, features, accepted);
  if (!admissible || listGateScore(features) < listGateThreshold()) return;
  const kept: Block[] = [];
  const entries: Candidate[] = [];
  for (const [i, b] of blocks.entries()) {
    const r = refs[i] && withRunInVenue(refs[i], b);
    if (!r) continue;
    const c = withLinks(referenceCandidate(r), b, base);
    gateAdmitted.add(c);
    entries.push(c);
    kept.push(b);
  }
  const ids = memo.ids;
  const idOf = (el: Element) => ids.get(el) ?? ids.set(el, ids.size).get(el)!;
  (memo.gated ??= new Map()).set(blocks.map((b) => b.map(idOf).join(',')).join(';'), { blocks: kept, entries });
}

/**
 * The gated lists (`gatedRefList`) under `root` that lie where no list in `lists` does (no block of theirs holds or is
 * held by one of those lists' blocks) nor another gated list taken before (the longest first), with the entries whose
 * titles `seen` does not hold.
 */
function gatedLists(root: Element, lists: RefList[], memo: ScanMemo, seen: Set<string>): RefList[] {
  if (!memo.gated) return [];
  const taken = new Set<Element>();
  const around = new Set<Element>();
  const take = (l: RefList) => {
    for (const b of l.blocks)
      for (const e of b) {
        taken.add(e);
        for (let a = e.parentElement; a && !around.has(a); a = a.parentElement) around.add(a);
      }
  };
  const overlaps = (e: Element) => {
    if (taken.has(e) || around.has(e)) return true;
    for (let a = e.parentElement; a; a = a.parentElement) if (taken.has(a)) return true;
    return false;
  };
  lists.forEach(take);
  const out: RefList[] = [];
  const candidates = [...memo.gated.values()]
    .filter((l) => l.blocks.every((b) => root.contains(b[0]!)))
    .sort((a, b) => b.entries.length - a.entries.length);
  for (const l of candidates) {
    if (l.blocks.some((b) => b.some(overlaps))) continue;
    take(l);
    const entries = l.entries.filter((e) => !seen.has(titleKeyOf(e.title)));
    for (const e of entries) seen.add(titleKeyOf(e.title));
    if (entries.length > 0) out.push({ blocks: l.blocks, entries });
  }
  return out;
}

/**
 * "Names. Title: 1. On-the-Fly Switch …. <em>J. Chem. Theory Comput.</em> 2021": where a reading cut an unmarked title at a
 * period inside it, the words between it and the italic venue on the title's own line (a note or an abstract on the lines
 * after it is no part of it); a chapter's "… . In Eds (eds.), <i>Book</i>" ends before "In". '' when they are not a title's.
 */
function titleRunOn(blockText: string, title: string, italic: string): string {
  const text = blockText.replace(/[^\S\n]+/g, ' ');
  const from = text.indexOf(title);
  const to = italic && from >= 0 ? text.indexOf(italic, from + title.length) : -1;
  const upTo = to > 0 ? text.slice(from + title.length, to) : '';
  const inBook = upTo.search(/[.,]\s+In:?\s+\p{Lu}/u);
  const between = (inBook >= 0 ? upTo.slice(0, inBook) : upTo).replace(/[\s.,;:]+$/, '');
  const added = between.replace(/^[\s.,;:]+/, '');
  const words = added.split(' ').length;
  const isTitleRest =
    words >= 3 &&
    words <= 15 &&
    !between.includes('\n') &&
    /^[\p{Lu}\d]/u.test(added) &&
    !/^(?:in|proc(?:eedings|\.)?|eds?\.?|editors?|we|our|this|these|here|to appear)\b/i.test(added) &&
    // "Title. The Thirteenth International Conference on Learning Representations (<i>ICLR 2025</i>)": a meeting's name
    // before its acronym in parentheses.
    !(/\(\s*$/.test(upTo) && VENUE_WORDS.test(added)) &&
    !HAS_YEAR_OR_ID.test(added) &&
    !NAME_FORMS.some((f) => readAuthorBlock(added.replace(/[.,;]$/, ''), f));
  return isTitleRest ? between : '';
}

/** A list's label that gives its entries' status: "IN REVIEW:", "Submitted", "Manuscripts in preparation". */
const STATUS_LABEL = new RegExp(`^(?:\\p{L}+\\s+)?(?:${UNPUBLISHED.source}|submitted|accepted)\\s*:?$`, 'iu');

/**
 * A status written where a list puts its years: "(accepted)", "Names. To appear. Title.", "Title. Names. In progress.",
 * "Title? submitted.", "Names. Title. [In prep]", or a line of its own under the names ("Title\nNames\nPreprint").
 */
const STATUS_IN_YEAR_PLACE = new RegExp(
  `\\(\\s*(?:in prep\\.?|${PAPER_STATUS})\\s*\\)|(?<=[.,?]\\s)(?:${PAPER_STATUS}|submited|in progress|under consideration)(?=\\s*[.,]|$)|\\[\\s*(?:in prep|${PAPER_STATUS})\\s*\\]|(?<=\\n)(?:preprint|${PAPER_STATUS})(?=\\n|$)`,
  'i',
);
/** A year for a reading that needs one; the entry keeps its heading's year or none. */
const PLACEHOLDER_YEAR = '2024';

/**
 * The entries of a list that reads well which show no year (an accepted paper, a preprint, a report): each is read as
 * its read siblings are, with a placeholder year where it writes its status ("(accepted)") or else after its text,
 * when it is shaped like a read neighbour (as many lines), writes that status or stands under a status heading
 * (`underStatus`). The year it gets is its heading's, or none. `onlyUnderStatus`: read only the blocks under one;
 * `before`: only the blocks before that one.
 */
function readYearless(
  texts: string[],
  usable: boolean[],
  marks: (string | undefined)[],
  groupYears: (number | undefined)[],
  refs: (ParsedReference | null)[],
  underStatus: boolean[],
  onlyUnderStatus: boolean,
  before: number,
  readStrict: (text: string, title: string | undefined) => ParsedReference | null,
  readAnyForm: (text: string, title: string | undefined) => ParsedReference | null,
): void {
  const shape = (t: string) => t.split('\n').length;
  const readNeighbour = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < texts.length; j += step) if (refs[j]) return j;
    return -1;
  };
  for (const [i, t] of texts.entries()) {
    if (i >= before) break;
    // Usable for its heading's year or its status in the year's place alone, it shows no year of its own either.
    const undated = !usable[i] || (!HAS_YEAR_OR_ID.test(t) && !UNPUBLISHED.test(t));
    if (refs[i] || !undated || (onlyUnderStatus && !underStatus[i]) || t.length > MAX_REF_TEXT || (marks.some(Boolean) && !marks[i]))
      continue;
    // A marked title opens a sentence of its own ("Names. To appear. <a>Title</a>."), not the end of one ("Virtual
    // special issue: <a>Plankton traits</a>").
    const at = marks[i] ? t.indexOf(marks[i]) : -1;
    if (at > 0 && !/(?:^|[.)\]”"\n])\s*$/.test(t.slice(0, at))) continue;
    const own = shape(t);
    const status = STATUS_IN_YEAR_PLACE.exec(t);
    // A status in the year's place ("Stewart, J. (accepted). Title.") shows the entry's shape itself; other lines (a link
    // row) may differ from its neighbours'.
    const statusShown = !!status || underStatus[i]!;
    // With a marked title, any read entry's shape will do: its nearest neighbours may hold the section's heading line.
    const shapedAs = (j: number) => j >= 0 && !!refs[j] && shape(texts[j]!) === own;
    const neighbours = marks[i] ? [...texts.keys()] : [readNeighbour(i, -1), readNeighbour(i, 1)];
    if (!statusShown && !neighbours.some(shapedAs)) continue;
    const dated = status
      ? t.slice(0, status.index) +
        (status[0].startsWith('(') ? `(${PLACEHOLDER_YEAR})` : PLACEHOLDER_YEAR) +
        t.slice(status.index + status[0].length)
      : `${t.replace(/[\s.,;]+$/, '')}. ${PLACEHOLDER_YEAR}.`;
    // With its status in the year's place, an entry written in another name form than the list's ("J. Stewart & O.
    // Kriukova. (accepted).") is one too; so is one whose marked title the reading keeps (a congress's abstracts, "C.
    // Lorini, P. Buscemi", in a list of "Lorini C, Buscemi P" articles).
    // A title then a line of names reads with the year on a line of its own after them.
    const read = (text: string) => readStrict(text, marks[i]) ?? (statusShown || marks[i] ? readAnyForm(text, marks[i]) : null);
    const r = read(dated) ?? (status || !marks[i] ? null : read(`${t.replace(/[\s.,;]+$/, '')}\n${PLACEHOLDER_YEAR}`));
    if (
      !r ||
      r.authors.length === 0 ||
      r.title.split(' ').length < (marks[i] ? 2 : 3) ||
      r.title.includes(PLACEHOLDER_YEAR) ||
      (marks[i] && titleKeyOf(r.title) !== titleKeyOf(marks[i]))
    )
      continue;
    const venue = r.venue
      ?.replace(PLACEHOLDER_YEAR, '')
      .replace(/[\s,.;:()]+$/, '')
      .trim();
    refs[i] = { ...r, year: groupYears[i], venue: venue || undefined };
  }
}

/**
 * A section heading that gives its entries' status in place of a year: "Preprints", "Selection of submitted/working
 * papers", "Manuscripts under review", "Works in progress" (it heads projects too: where a list's works in progress are
 * projects, their items are read as papers).
 */
const STATUS_HEADING =
  /^(?:selection of\s+)?(?:preprints?|working papers?|works? in progress|(?:papers?|manuscripts?|articles?)\s+(?:in preparation|under review|in review|submitted)|submitted(?:\s*(?:\/|and|&)\s*working)?\s+(?:papers?|manuscripts?|articles?)|under review|in review|in preparation|forthcoming|submitted|in press)\s*:?$/i;

/**
 * The heading the siblings before `node` end with: the nearest one that is a heading with text, or whose last heading has
 * text. `seen` keeps the answer for every sibling passed on the way, so the blocks of one list walk their siblings once.
 */
function siblingHeadingBefore(node: Element, seen: Map<Element, Element | null>): Element | null {
  const passed: Element[] = [];
  let found: Element | null = null;
  for (let at: Element | null = node; at; at = at.previousElementSibling) {
    if (seen.has(at)) {
      found = seen.get(at)!;
      break;
    }
    passed.push(at);
    const sib = at.previousElementSibling;
    if (!sib) break;
    // A card of the same kind before this one ("<section class=paper-item><h3>Title</h3>…"): its heading is its paper's.
    if (sib.tagName === node.tagName && sib.tagName !== 'P' && sib.getAttribute('class') === node.getAttribute('class')) continue;
    const heading = /^H[1-6]$/.test(sib.tagName) ? sib : [...sib.querySelectorAll('h1, h2, h3, h4, h5, h6')].pop();
    if (heading && /\S/.test(heading.textContent ?? '')) {
      found = heading;
      break;
    }
  }
  for (const at of passed) seen.set(at, found);
  return found;
}

/** Whether the nearest heading before `el` (up to `stop`) is a status heading ("<h2>Preprints</h2>"). */
function underStatusHeading(el: Element, stop: Element | null, seen: Map<Element, Element | null>): boolean {
  let node: Element | null = placeOf.get(el) ?? el;
  for (let depth = 0; node && node !== stop && depth < 6; depth++, node = node.parentElement) {
    const heading = siblingHeadingBefore(node, seen);
    if (heading) return STATUS_HEADING.test(clean(heading.textContent));
  }
  return false;
}

/** A title in quotes opening an entry: “Title”, «Title», "Title". */
const QUOTED_OPENING = /^\s*[“"«„]\s*([^”"»“]{8,300}?)\s*[”"»]/;

const AUTHORS_LABEL = new RegExp(`^(?:co-?)?${AUTHORS_LABEL_WORDS}\\s*:?$`, 'i');
const VENUE_LABEL = new RegExp(`^(?:${VENUE_LABEL_WORDS}|publication)\\s*:?$`, 'i');
const TITLE_LABEL = /^(?:(?:paper\s+)?title|titel|titre|t[ií]tulo|titolo|タイトル|題目|題名|論文名|标题|题目)\s*:?$/i;
const YEAR_LABEL = new RegExp(`^${YEAR_LABEL_WORDS}\\s*:?$`, 'i');
/** One name as a labelled field writes it: "Toscani", "Gil-Rodríguez", "Karl R Gegenfurtner", "Dar’ya Guarnera". */
const LABELLED_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3}))*$/u;
/** A full name written in lower case, two to five words: "diego fernando manotas duque". */
const LOWER_CASE_NAME = /^\p{Ll}[\p{Ll}'’-]+(?:\s\p{Ll}[\p{Ll}'’-]*){1,4}$/u;

/**
 * The fields a block labels, each a label and its value's element: "<dt>Authors:</dt><dd>…</dd>" pairs, and a table
 * row's cells under the table's header cells ("<th>Title</th><th>Journal</th><th>Coauthors</th><th>Year</th>").
 */
function labelledCells(b: Block): [string, Element][] {
  const out: [string, Element][] = [];
  for (const e of b) {
    for (const dt of e.querySelectorAll('dt')) {
      const dd = dt.nextElementSibling;
      if (dd && dd.tagName === 'DD') out.push([clean(dt.textContent), dd]);
    }
  }
  const row = b.length === 1 && b[0]!.tagName === 'TR' ? b[0]! : null;
  const header = row && headerRowOf(row);
  if (row && header) {
    const labels = [...header.children].map((c) => clean(c.textContent));
    const cells = [...row.children];
    if (cells.length === labels.length) cells.forEach((cell, i) => out.push([labels[i]!, cell]));
  } else if (row?.parentElement) {
    // A reader's selection of the rows leaves the header out: the column whose cells read as names is the authors'.
    const column = namesColumn(row.parentElement);
    const cell = column === null ? undefined : row.children[column];
    if (cell) out.push(['Authors', cell]);
  }
  return out;
}

const namesColumns = new WeakMap<Element, number | null>();

/** A row of header cells alone. */
const isHeaderRow = (tr: Element | null | undefined): tr is Element =>
  !!tr && tr.children.length > 0 && [...tr.children].every((c) => c.tagName === 'TH');

const headerRows = new WeakMap<Element, Element | null>();

/**
 * The header row over a table's row: its own table's, else (a reader's selection that starts inside the first table,
 * leaving its header out: "<tbody><tr><td>Title</td><td>Names</td>…") that of a table of as many columns beside it, up
 * to two levels up (per-year tables each in a section of its own).
 */
function headerRowOf(row: Element): Element | null {
  const table = row.closest('table');
  if (!table) return null;
  if (!headerRows.has(table)) {
    const own = table.querySelector('tr');
    let header: Element | null = isHeaderRow(own) ? own : null;
    const width = row.children.length;
    for (let up = table.parentElement, k = 0; up && k < 3 && !header; up = up.parentElement, k++)
      header =
        [...up.querySelectorAll('table')]
          .filter((t) => t !== table && !t.contains(table))
          .map((t): Element | null => t.querySelector('tr'))
          .find((tr) => isHeaderRow(tr) && tr.children.length === width) ?? null;
    headerRows.set(table, header);
  }
  const header = headerRows.get(table)!;
  return header === row ? null : header;
}

/**
 * The column of a table's rows (`rows`' TR children) whose cells are names alone: three cells or more that read as two
 * names or more, and most of its cells with text read as names. Null where no column is so.
 */
function namesColumn(rows: Element): number | null {
  if (namesColumns.has(rows)) return namesColumns.get(rows)!;
  const trs = [...rows.children].filter((c) => c.tagName === 'TR');
  let found: number | null = null;
  const width = Math.max(0, ...trs.map((tr) => tr.children.length));
  for (let i = 0; i < width && found === null && trs.length >= 3; i++) {
    const texts = trs.map((tr) => clean(tr.children[i]?.textContent)).filter(Boolean);
    const blocks = texts.map((t) => (t.length <= 600 ? NAME_FORMS.map((f) => readAuthorBlock(t, f)).find(Boolean) : null));
    const several = blocks.filter((bl) => bl && bl.names.length >= 2).length;
    if (several >= 3 && blocks.filter(Boolean).length * 4 >= texts.length * 3) found = i;
  }
  namesColumns.set(rows, found);
  return found;
}

interface LabelledFields {
  authors?: AuthorBlock;
  venue?: string;
  title?: string;
  year?: number;
  /** A table row under a header that labels a title column and no names column ("年 | タイトル | 誌名"). */
  unnamedRow?: boolean;
}

function labelledFields(b: Block, read: TextReader): LabelledFields {
  const out: LabelledFields = {};
  const cells = labelledCells(b);
  const headed = cells.filter(([, cell]) => cell.tagName === 'TD');
  // Every column one of these: a column of another label ("Author(s)") may hold the names.
  const unnamed = (label: string) =>
    !label || TITLE_LABEL.test(label) || YEAR_LABEL.test(label) || VENUE_LABEL.test(label) || /^(?:doi|links?|pdf|#|no\.?)$/i.test(label);
  if (headed.some(([label]) => TITLE_LABEL.test(label)) && headed.every(([label]) => unnamed(label))) out.unnamedRow = true;
  for (const [label, dd] of cells) {
    const lines = textLines([dd], read);
    const value = lines.join(' ');
    // A table's authors cell is read as names are elsewhere ("Chua PL, Madaniyazi L, et al." in the list's own form).
    const cellNames =
      dd.tagName === 'TD' && AUTHORS_LABEL.test(label) ? NAME_FORMS.map((f) => readAuthorBlock(value, f)).find(Boolean) : null;
    if (cellNames && !out.authors) out.authors = cellNames;
    else if (AUTHORS_LABEL.test(label) && !out.authors) {
      const etAl = /,?\s*(?:et al\.?|…|\.\.\.)$/.exec(value);
      const names = (etAl ? value.slice(0, etAl.index) : value)
        .split(/\s*(?:,\s*(?:and|&)\s+|,\s*|\s+(?:and|&)\s+)\s*/)
        .map((n) => n.trim())
        .filter(Boolean);
      // An empty cell of a table's authors column: the paper names no one there (the owner's alone, where it lists coauthors).
      const emptyCell = dd.tagName === 'TD' && names.length === 0;
      // A table's authors column may write its names in lower case ("rafael guillermo garcia caceres, john willmer escobar").
      const named = (n: string) => LABELLED_NAME.test(n) || (dd.tagName === 'TD' && LOWER_CASE_NAME.test(n));
      if (emptyCell || (names.length > 0 && names.length <= 100 && names.every((n) => n.length <= 40 && named(n))))
        out.authors = { names, truncated: !!etAl };
    } else if (VENUE_LABEL.test(label) && !out.venue && value.length <= 200) out.venue = value.replace(/^in\s+/i, '');
    else if (TITLE_LABEL.test(label) && !out.title) {
      // The title cell's first line: links, an abstract or notes may follow it in the cell.
      // A title the page cut short ("The Vehicle Routing Problem with Satellites Utilization...") is read without the dots.
      // A full-width full stop closing it is the sentence's ("…取り組み．"), as "." is.
      const title = (lines[0] ?? '').replace(/(?<=\p{L})(?:\.\.\.|…)$|[．。]$/u, '');
      if (title.length <= 400 && /\p{L}{2}/u.test(title)) out.title = title;
    } else if (YEAR_LABEL.test(label) && out.year === undefined) out.year = lastYear(value.split(/\s/)[0] ?? '');
  }
  return out;
}

/**
 * "(2021) Title, <em>Journal</em> | Full text": a title sentence that ran on into the italic venue after a comma ends
 * before it, and the italic text is the venue (what follows it is only a note in parentheses or link separators).
 */
const TAIL_AFTER_VENUE =
  /^(?:,\s*(?:\d[\d\s()–-]*(?::\s*(?:pp?\.?\s*)?[\d–-]*)?|pp?\.?\s*[\d–-]*|vol\.\s*\d+|in press|to appear|accepted(?: for publication)?|forthcoming|(?:https?:\/\/|doi\.org\/|doi:\s*)\S+))+\.?$/i;

/** "…, <i>Ecological Modelling</i>, 241, Elsevier, Amsterdam, pp" / "…, <i>Advances in Complex Systems</i>, 15(1&2)": the volume, publisher and place. */
const PUBLISHER_AFTER_VENUE = /^,\s*\d[\d\s()&–-]*(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}){0,3}(?:,\s*pp?\.?\s*[\d–-]*)?\.?$/u;

function withRunInVenue(r: ParsedReference, b: Block): ParsedReference {
  for (const e of b) {
    for (const el of e.querySelectorAll('em, i, cite')) {
      const v = clean(el.textContent).replace(/[\s,.;:]+$/, '');
      // A title that does not hold the italic text cannot run on into it (no pattern to build).
      if (v.length < 2 || !/\p{L}/u.test(v) || !r.title.includes(v)) continue;
      // "…, submitted to <i>Journal</i> (Jul": a status may stand before the venue.
      // "Title <em>Journal</em>, 7(4), 338 (2025)": after a space alone too, when the volume and pages follow (a title's
      // last words in italics, a species' name, are followed by nothing).
      const run = new RegExp(
        `(, |(?<=\\p{L}) )(?:(?:submitted|accepted) (?:to|in|for) |to appear in )?${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        'gu',
      );
      const last = [...r.title.matchAll(run)].pop();
      const at = last?.index ?? -1;
      const tail = last ? r.title.slice(at + last[0].length) : '';
      // What follows is a note in parentheses, link separators, the volume and pages ("…, <i>Journal</i>, 49.", "55, pp")
      // or a status ("in press", "to appear").
      const spaced = last?.[1] === ' ';
      // "…of a freshwater piscivore, <em>Salvelinus namaycush</em>. Ecological Indicators 127": a species' name (genus and
      // species) closing the title, when the reading found the venue after it.
      if (tail === '' && r.venue && /^\p{Lu}\p{Ll}+ \p{Ll}{3,}$/u.test(v)) continue;
      const venueTail = TAIL_AFTER_VENUE.test(tail) || (!spaced && PUBLISHER_AFTER_VENUE.test(tail));
      if (at < 8 || !((!spaced && /^\s*(?:\([^()]*\)?)?[\s|]*$/.test(tail)) || (venueTail && (!spaced || tail !== '')))) continue;
      const year = r.year ?? lastYear(tail);
      return { ...r, title: r.title.slice(0, at), venue: v, ...(year !== undefined ? { year } : {}) };
    }
  }
  return r;
}

/** Does `text` open with the text of an italic element of the block ("<em>Topology Appl.</em> <B>379</B>, 2026")? */
function opensWithItalics(block: Block, text: string, read: TextReader): boolean {
  return block.some((e) =>
    [...(/^(?:I|EM)$/.test(e.tagName) ? [e] : []), ...e.querySelectorAll('i, em')].some((it) => {
      const italic = read(it).replace(/\s+/g, ' ').trim();
      return italic.length >= 3 && /^\p{Lu}/u.test(italic) && text.startsWith(italic);
    }),
  );
}

/** "Title (with A and B)", "Title, with A", "Title. (w/ A and B)": a list that names only the owner's coauthors. */
const COAUTHORS_AFTER_TITLE = new RegExp(`\\p{L}[.?]?(?:,\\s*|\\s+\\(\\s*)(?:${COAUTHORS_WORD}\\s+|w\\/\\s*)\\p{Lu}`, 'u');
/** "Title. Journal, 85, 587–614, 2023. With A and B.", "… 2026. Com A, B e C.": the same names after the citation. */
const COAUTHORS_CLOSING = new RegExp(`\\b(?:19|20)\\d\\d\\b[^.]{0,40}\\.\\s+${COAUTHORS_WORD}\\s+\\p{Lu}`, 'u');
/** "(with A and B) Title, …": the same names before the title. */
const COAUTHORS_BEFORE_TITLE = new RegExp(`^\\s*\\(\\s*(?:${COAUTHORS_JOINTLY})?${COAUTHORS_WORD}\\s+\\p{Lu}`, 'u');

/**
 * An entry whose authors were read after a "with" wherever it stands ("Title with G. Allan, W.M.Lomer and R. D. Lowde
 * Phys. Rev. (1968)", "Title. with F Anselme, … (1992)", "Title<br>Journal, 2022.<br>(with Seema Kacker, …)."): a
 * list of such entries names only the owner's coauthors.
 */
function namesReadAfterWith(text: string, ref: ParsedReference): boolean {
  const first = ref.authors[0]?.split(' ');
  return (
    !!first &&
    first.length >= 2 &&
    [...text.matchAll(/(?:^|[\s,.;(])(?:[Ww]ith|[Mm]it|[Aa]vec)\s+(?=\p{Lu})/gu)].some((m) => {
      const after = text.slice(m.index + m[0].length);
      // The first coauthor right after the "with", as written ("with G. Allan") or inverted ("with Allan, G.").
      return after.startsWith(ref.authors[0]!) || after.startsWith(`${first.at(-1)},`);
    })
  );
}

/** A reference read from a page's markup that shows a title and a year but no names. */
function titleOnlyReference(title: string, year: number | undefined): ParsedReference {
  return { title, authors: [], authorsTruncated: false, ids: {}, urls: [], ...(year === undefined ? {} : { year }) };
}

/** A date line and nothing else: "6 de nov. de 2024", "Nov 6, 2024", "2024-11-06", "March 2021". */
const DATE_ONLY_LINE =
  /^(?:(?:\d{1,2}\.?\s+(?:de\s+)?)?\p{L}{3,10}\.?,?\s+(?:\d{1,2},?\s+)?(?:de\s+)?((?:19|20)\d\d)|((?:19|20)\d\d)[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]((?:19|20)\d\d))$/u;
/**
 * A venue then a date: "JCI Insight, 2024 Mar 8" (PubMed's date), "Stem Cells Int, 2015", "Nature Methods · March 2021",
 * "Cell Reports (2019)". The venue opens with a letter and has no comma of its own (names have).
 */
const VENUE_DATE_LINE = /^(\p{L}[^,;·|]{1,120}?)\s*(?:[,·|]\s*(.+?)|\(\s*(.+?)\s*\))\.?$/u;
const PUBMED_DATE = /^((?:19|20)\d\d)(?:\s+\p{L}{3,9}\.?(?:\s+\d{1,2})?)?$/u;

/**
 * A card's venue badge: a venue's acronym or upper-case name and its year ("CVPR 2026", "IEEE BIG DATA 2025"), up to
 * five words, one of them two capitals or more; not a month's name in capitals ("MARCH 2021").
 */
const VENUE_YEAR_BADGE_LINE = /^((?=[^\d]*\p{Lu}{2})\p{Lu}[\p{L}&.-]*(?:\s+(?:\p{Lu}[\p{L}&.-]*|&)){0,4})\s+((?:19|20)\d\d)$/u;
const MONTH_ONLY = new RegExp(`^${MONTH_NAME}\\.?$`, 'i');

/** The year and venue of a card's date line: a date alone, a venue and a date, or a venue's badge. */
function dateLine(line: string): { year: number; venue?: string } | null {
  const badge = VENUE_YEAR_BADGE_LINE.exec(line);
  if (badge && !MONTH_ONLY.test(badge[1]!)) return { year: Number(badge[2]), venue: badge[1]! };
  const date = DATE_ONLY_LINE.exec(line);
  if (date) return { year: Number(date[1] ?? date[2] ?? date[3]) };
  const m = VENUE_DATE_LINE.exec(line);
  const when = m && (m[2] ?? m[3])!;
  const d = when ? (PUBMED_DATE.exec(when) ?? DATE_ONLY_LINE.exec(when)) : null;
  if (!m || !d || m[1]!.trim().split(/\s+/).length > 12 || lastYear(m[1]!) !== undefined) return null;
  // "May, 2025": a month, no venue.
  if (MONTH_ONLY.test(m[1]!.trim().replace(/,$/, ''))) return { year: Number(d[1] ?? d[2] ?? d[3]) };
  return { year: Number(d[1] ?? d[2] ?? d[3]), venue: m[1]!.trim() };
}
/**
 * The blocks are on a page whose title or first heading says it lists publications, or on one with neither (a reader's
 * selection): the readers of lists that name no one or date nothing ask it, as a blog's posts have the same shapes.
 */
function onPublicationsPage(blocks: Block[]): boolean {
  const doc = blocks[0]?.[0]?.ownerDocument;
  const heading = `${doc?.title ?? ''} ${clean(doc?.querySelector('h1')?.textContent)}`;
  return !!doc && (!heading.trim() || PUBLICATIONS_PAGE.test(heading));
}

/**
 * A listing of cards that show only a title and a date (Quarto's grid and default listings, with no authors set), or a
 * title and a venue line ("<h3><a>Title</a></h3><h4>JCI Insight, 2024 Mar 8</h4>"), or a venue badge over the title
 * ("<span class=pub-venue>CVPR 2026</span><h3>Title</h3>"): every card a title element and one date line, and maybe a
 * row of buttons ("Paper Repo Details"), or a line describing the work under both; or a kind of work's label before a
 * linked title and a year alone ("<h3>Article en anglais : <a>Title</a></h3><p>2022</p><p>A look into …</p>"). Only on
 * a page whose title or heading, or the list's own heading, says it lists publications (a blog's post list has the same
 * shape), or in a reader's selection (a page of its own with neither).
 */
function datedTitleCards(blocks: Block[], texts: string[], read: TextReader): (ParsedReference | null)[] | null {
  // The list's own heading says so too ("<div class=section-header><h2>Publications</h2></div>" before the cards, or
  // read as the first block).
  const headed = isHeadingBlock(blocks[0]!) ? texts[0]! : headingBefore(blocks[0]![0]!);
  if (!onPublicationsPage(blocks) && !PUBLICATIONS_PAGE.test(headed)) return null;
  const refs = blocks.map((b, i): ParsedReference | null => {
    const cells = rowCells(b, read);
    const all = cells ?? texts[i]!.split('\n').filter((l) => /\p{L}|\d/u.test(l) && !LABEL_ONLY.test(l.trim()));
    // "<h3>Article en anglais : <a>Title</a></h3>": the kind of work labels the linked title; a talk is no paper.
    const kind = cells ? undefined : kindLabelledTitle(b, read);
    if (kind && isOffTopicHeading(kind.label)) return null;
    // Lines of prose under the title and its date describe the work ("<h3>…</h3><p>2022</p><p>A look into …</p>").
    // A year alone dates a card whose kind labels its title.
    const dated = (l: string) => dateLine(l) ?? (kind && yearHeading(l) !== undefined ? { year: yearHeading(l)! } : null);
    const lines = all.length > 2 && !cells && dated(all[1]!) && all.slice(2).every(describes) ? all.slice(0, 2) : all;
    if (lines.length !== 2 && !(cells && lines.length === 3)) return null;
    const title = kind?.title ?? markedTitle(b, 'h1, h2, h3, h4, h5, h6, [class*="title"]', read);
    const at = kind ? 0 : title ? lines.findIndex((l) => titleKeyOf(l) === titleKeyOf(title)) : -1;
    const others = lines.filter((_, j) => j !== at);
    const dateAt = others.findIndex((l) => dated(l));
    const date = at < 0 || dateAt < 0 ? null : dated(others[dateAt]!);
    if (!date || !title || title.split(' ').length < 3) return null;
    // A table's row may give the venue a cell of its own ("September, 2025 | Title | Physical Review Research | 1/4").
    const venueCell = others.length === 2 ? others[1 - dateAt]! : undefined;
    const venue = date.venue ?? (venueCell && !opensWithNames(venueCell) && lastYear(venueCell) === undefined ? venueCell : undefined);
    return { ...titleOnlyReference(title, date.year), ...(venue ? { venue } : {}) };
  });
  const n = refs.filter(Boolean).length;
  return n >= 3 && n * 5 >= (blocks.length - (isHeadingBlock(blocks[0]!) ? 1 : 0)) * 4 ? refs : null;
}

/** A block that is a heading and nothing else ("<div class=section-header><h2>Publications</h2></div>"). */
function isHeadingBlock(b: Block): boolean {
  const heading = b.length === 1 ? (b[0]!.matches('h1, h2, h3, h4, h5, h6') ? b[0]! : b[0]!.querySelector('h1, h2, h3, h4, h5, h6')) : null;
  return !!heading && clean(heading.textContent) === clean(b[0]!.textContent);
}

/** A line describing a work, under its title and date: a sentence of four words or more that names no one and dates nothing. */
const describes = (line: string) =>
  line.split(' ').length >= 4 && /[.!?]$/.test(line) && !HAS_YEAR_OR_ID.test(line) && !opensWithNames(line);

/** "Article en anglais :", "Mémoire :": a short label of a kind of work, closed by a colon. */
const KIND_LABEL = /^(\p{L}[\p{L}'’ ]{0,40}?)\s*:$/u;

/**
 * A heading that is a kind of work's label and a link holding the rest ("<h3>Article en anglais : <a>Title</a></h3>"):
 * the label and the link's text as the title.
 */
function kindLabelledTitle(b: Block, read: TextReader): { label: string; title: string } | undefined {
  const headings = b.flatMap((e) => [...(e.matches('h2, h3, h4, h5, h6') ? [e] : []), ...e.querySelectorAll('h2, h3, h4, h5, h6')]);
  const link = headings.length === 1 && headings[0]!.children.length === 1 ? headings[0]!.children[0]! : undefined;
  if (link?.tagName !== 'A') return undefined;
  const whole = clean(read(headings[0]!));
  const title = clean(read(link));
  const label = whole.endsWith(title) ? KIND_LABEL.exec(whole.slice(0, whole.length - title.length).trim())?.[1] : undefined;
  return label && label.split(' ').length <= 5 && title.split(' ').length >= 2 ? { label, title } : undefined;
}

/** A year or a dash in its place, alone on a card's line: "2025", "—", "2021 · Indonesia". */
const CARD_YEAR_LINE = /^(?:((?:19|20)\d\d)(?:\s*[·•|]\s*\p{L}[\p{L} ]{0,30})?|[—–-])$/u;
/** A tag that closes with the year, after a middle dot: "Revista da ABEM · v. 21, n. 31 · 2013". */
const TAG_CLOSING_YEAR = /\s[·•|]\s*((?:19|20)\d\d)$/u;

/**
 * The owner's works as cards of a year line (or a dash), a tag (a status or the journal), a title heading and a line of
 * coauthors or of prose, naming the owner nowhere: "<div class=year>2025</div> <span class=tag>Studia Socjologiczne ·
 * Scopus-indexed</span> <h3>Title</h3> <p>With <a>Jakub Chustecki</a>.</p>", "<div class=year>—</div> <span
 * class=tag>Work in progress</span> <h3>Title</h3> <p>Single-authored.</p>". Only on a publications page; four cards in
 * five, three or more.
 */
function taggedTitleCards(blocks: Block[], texts: string[], read: TextReader): (ParsedReference | null)[] | null {
  if (!onPublicationsPage(blocks)) return null;
  const tags = blocks.map((b) =>
    b.flatMap((e) => [...e.querySelectorAll('[class]')]).find((el) => BADGE_CLASS.test(el.getAttribute('class') ?? '')),
  );
  const refs = blocks.map((b, i): ParsedReference | null => {
    const headings = b.flatMap((e) => [...(e.matches('h2, h3, h4, h5, h6') ? [e] : []), ...e.querySelectorAll('h2, h3, h4, h5, h6')]);
    const tag = tags[i];
    if (headings.length !== 1 || !tag || tag.contains(headings[0]!)) return null;
    const title = titleText(headings[0]!, read);
    const lines = texts[i]!.split('\n').map((l) => l.trim());
    const at = lines.findIndex((l) => titleKeyOf(l) === titleKeyOf(title));
    const tagText = clean(tag.textContent);
    // The year on a line of its own, or closing the tag ("<p class=tag>Revista da ABEM · v. 21, n. 31 · 2013</p><h2>Title</h2>").
    const yearLine = lines.slice(0, Math.max(at, 0)).find((l) => CARD_YEAR_LINE.test(l)) ?? TAG_CLOSING_YEAR.exec(tagText)?.[0];
    if (at < 0 || yearLine === undefined || title.split(' ').length < 3 || !lines.slice(0, at).includes(tagText)) return null;
    const year = (CARD_YEAR_LINE.exec(yearLine) ?? TAG_CLOSING_YEAR.exec(yearLine))?.[1];
    const status = UNPUBLISHED.test(tagText) || STATUS_WORD.test(tagText) || STATUS_HEADING.test(tagText);
    // A year badge is the tag ("<div class=pub-year-badge>2025</div>"): the venue is the card's classed field, if any.
    const venueEl = CARD_YEAR_LINE.test(tagText) ? classedField(b, VENUE_FIELD) : undefined;
    const venue =
      status || isPaperKindLabel(tagText)
        ? undefined
        : CARD_YEAR_LINE.test(tagText)
          ? venueEl && clean(read(venueEl))
          : tagText.split(/\s+[·•|]\s+/)[0];
    const after = lines[at + 1] ?? '';
    const intro = coauthorsIntroLength(after);
    const coauthors = intro > 0 ? readAuthorRun(after.slice(intro).replace(/\.$/, '')) : undefined;
    return {
      ...titleOnlyReference(title, year ? Number(year) : undefined),
      ...(coauthors && coauthors.rest === '' ? { authors: coauthors.names } : {}),
      ...(venue ? { venue } : {}),
    };
  });
  // Of the blocks that show a tag: a section's head or a note between the cards shows none.
  const n = refs.filter(Boolean).length;
  return n >= 3 && n * 5 >= tags.filter(Boolean).length * 4 ? refs : null;
}

/**
 * A table row's cells, each one line ("September,<br>2025" is one date), those that hold a word (not a column of
 * numbers: "1/4", an author's position); null when the block is not one row.
 */
function rowCells(b: Block, read: TextReader): string[] | null {
  if (b.length !== 1 || b[0]!.tagName !== 'TR') return null;
  return [...b[0]!.children].map((cell) => clean(read(cell))).filter((t) => /\p{L}/u.test(t));
}

/** A note on the kind of work closing a title's line: " (articolo)", " (tesi di laurea in filosofia)", " (saggio + narrazioni)". */
const KIND_NOTE_CLOSING = /\s+\((\p{Ll}[^()]{1,150})\)$/u;
/** A venue's name that guillemets set apart, opening its line: "«Castelli Romani Magazine» a. 1 n. 10 dicembre 1990". */
const GUILLEMET_VENUE = /^«([^«»]{2,150})»/;

/** A venue line of the venue, a middle dot and the year (a place before it): "Vogue · 2019", "Congresso da … · Lisboa, 2025". */
const DOT_YEAR_VENUE = /^(\S[^·]{1,150}?)\s+·\s+(?:[^·,]{1,40},\s*)?(?:19|20)\d\d$/u;

/** A venue line that opens with its year: "2016, <em>International Journal of Forecasting</em> (pdf, replication)", "2012, (pdf)". */
const YEAR_FIRST_LINE = /^((?:19|20)\d\d),\s*(.*)$/u;

/**
 * A list of an author's works that names no one, each entry a title's line (and a note on the kind of work), a line of
 * its venue and date, and perhaps a line describing it ("Banco ritorno felice (articolo)<br>«Castelli Romani Magazine»
 * a. 1 n. 10 dicembre 1990<br><em>Musica e poesia …</em>"). Only on a page whose title or heading says it lists
 * publications (a blog's posts have the same shape), or in a reader's selection; where most dated entries close their
 * title's line with a kind note, set their venue in guillemets, or open their venue line with the year and then the
 * venue in italics or link labels alone (`YEAR_FIRST_LINE`), or write it as "Venue · Year" (`DOT_YEAR_VENUE`), and four in
 * five, three or more, read so.
 */
function titleOverVenueLineWorks(blocks: Block[], texts: string[], usable: boolean[], read: TextReader): (ParsedReference | null)[] | null {
  if (!onPublicationsPage(blocks)) return null;
  let marked = 0;
  const refs = texts.map((t, i): ParsedReference | null => {
    const b = blocks[i]!;
    const lines = t
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!usable[i] || lines.length < 2 || lines.length > 4) return null;
    const note = KIND_NOTE_CLOSING.exec(lines[0]!);
    const venueLine = lines[1]!;
    const yearFirst = YEAR_FIRST_LINE.exec(venueLine);
    // "<a>Title</a>,<br> 2016, …": the comma closing the title's line is no part of it.
    const title = note ? lines[0]!.slice(0, note.index) : yearFirst ? lines[0]!.replace(/(?<=\p{Ll}{2})[.,]$/u, '') : lines[0]!;
    const year = lastYear(venueLine);
    if (
      year === undefined ||
      title.split(/\s+/).length < 2 ||
      // Under a title its year opens the line of ("Irregular Leadership Changes in 2014: …<br>2016, …"), a title may name one.
      (lastYear(title) !== undefined && !yearFirst) ||
      DATE_ONLY.test(venueLine) ||
      lines.some((l) => opensWithNames(l)) ||
      // A title may read as one person's name ("Profilo di Quintiliano"), not as a list of them.
      NAME_FORMS.some((f) => (readAuthorBlock(title, f)?.names.length ?? 0) >= 2)
    )
      return null;
    const italic = yearFirst?.[2]
      ? italicsIn(b).find((el) => {
          const t = clean(read(el));
          return t.length > 0 && yearFirst[2]!.startsWith(t);
        })
      : undefined;
    const venue =
      GUILLEMET_VENUE.exec(venueLine)?.[1]?.trim() ?? (italic ? clean(read(italic)) : undefined) ?? DOT_YEAR_VENUE.exec(venueLine)?.[1];
    // "2012, (pdf)": the year and the entry's links alone (their labels, or what the reader leaves of them: "()").
    const linksOnly = /^\(([^()]*)\)$/.exec(yearFirst?.[2] ?? '')?.[1];
    if (note || venue || (linksOnly !== undefined && linksOnly.split(',').every((l) => !l.trim() || LABEL_ONLY.test(l.trim())))) marked++;
    return { ...titleOnlyReference(title, year), ...(venue ? { venue } : {}) };
  });
  const n = refs.filter(Boolean).length;
  const dated = usable.filter(Boolean).length;
  return n >= 3 && n * 5 >= dated * 4 && marked * 2 >= n ? refs : null;
}

/** "2020 - Title.", "2019 – Title": a year, a dash and the rest of the entry. */
const YEAR_DASH_REST = /^\s*((?:19|20)\d\d)\s*[-–—]\s+(\S.*)$/u;

/**
 * "2020 - <a href=https://journals.aps.org/prl/abstract/10.1103/…>Title</a>." (a physicist in a large collaboration lists
 * titles alone, no names and no journal): every entry one line of a year, a dash and a link whose text opens the rest,
 * most links to papers (a DOI, a publisher's page). Only on a page whose title or heading says it lists publications
 * (a news list has the same shape), where four in five blocks, three or more, read so.
 */
function datedLinkedTitles(blocks: Block[], texts: string[], base: URL, read: TextReader): (ParsedReference | null)[] | null {
  if (!onPublicationsPage(blocks)) return null;
  let paperLinks = 0;
  const refs = blocks.map((b, i): ParsedReference | null => {
    const m = texts[i]!.includes('\n') ? null : YEAR_DASH_REST.exec(texts[i]!);
    if (!m) return null;
    const rest = titleKeyOf(m[2]!);
    const link = anchorsOf(b).find((a) => {
      const key = titleKeyOf(clean(read(a)));
      return key.length > 0 && rest.startsWith(key);
    });
    const title = link ? clean(read(link)).replace(/[.,;]$/, '') : '';
    if (!link || title.split(' ').length < 3) return null;
    if (linksPaper(link, base)) paperLinks++;
    return titleOnlyReference(title, Number(m[1]));
  });
  const n = refs.filter(Boolean).length;
  return n >= 3 && n * 5 >= blocks.length * 4 && paperLinks * 2 >= n ? refs : null;
}

/**
 * A link to a paper: a paper link, or a publisher's or an archive's article page ("nature.com/articles/…", "/pmc/articles/PMC…",
 * "…/104/4/article-p1335.xml", a journal's ISSN, volume, issue and article number: "mdpi.com/2076-393X/11/10/1537").
 */
const linksPaper = (a: Element, base: URL) =>
  isPaperHref(a.getAttribute('href'), base) ||
  /\/(?:abs|abstract|article|articles|content|doi)\/|\/article-p?\d|\/\d{4}-\d{3}[\dX]\/\d{1,4}\/\d{1,4}\/\d/i.test(
    a.getAttribute('href') ?? '',
  );

/**
 * A year that dates a linked title rather than being part of it ("Senegal, 2015-2019", "between 2009 and 2022" are the
 * title's): one in brackets, opening it, after a sentence's end ("Title. Journal 2020"), or a date's ("Jun 1, 2026").
 */
const DATING_YEAR_IN_TITLE = new RegExp(
  `[([]\\s*${YEAR}|^${YEAR}|\\.\\s.*${YEAR}|\\b(?:${MONTH_NAME})\\.?\\s+(?:\\d{1,2},?\\s+)?${YEAR}|\\b\\d{1,2}\\s+(?:${MONTH_NAME})\\.?\\s+${YEAR}`,
  'iu',
);

/**
 * "<p>Title</p> <p><a>PDF</a></p> <p><a>PNAS</a></p> <p><a>arXiv</a></p>" (`runBlocksOf`'s runs): a title over its
 * links alone, one of which names the journal; no names, no dates. Only on a page that says it lists publications;
 * null unless four in five blocks, three or more, are such.
 */
function titleOverLinkParagraphsWorks(blocks: Block[], read: TextReader): (ParsedReference | null)[] | null {
  if (!onPublicationsPage(blocks)) return null;
  const refs = blocks.map((b): ParsedReference | null => {
    const [first, ...links] = b;
    if (!first || !links.length || !isTitleOverLinkParagraphs(first) || !links.every(isLinkParagraph)) return null;
    const title = clean(read(first)).replace(/[.,;]$/, '');
    if (lastYear(title) !== undefined || isNamesOnly(title)) return null;
    // The link that is no label ("PDF", "arXiv", "code and data") names the journal: "PNAS", "Phys Rev E".
    const venue = links.map((l) => clean(l.textContent)).find((t) => !t.split(/\s+(?:and|&)\s+/).some((part) => LABEL_ONLY.test(part)));
    return { ...titleOnlyReference(title, undefined), ...(venue ? { venue } : {}) };
  });
  const n = refs.filter(Boolean).length;
  return n >= 3 && n * 5 >= blocks.length * 4 ? refs : null;
}

/**
 * "<p><a href=https://doi.org/…>Title</a> <img src=figure.png></p>": a showcase of the owner's papers, each a title linked
 * to the paper, naming no one and dating nothing, perhaps with a remark after it ("* In this study I carried out the
 * human ’omics analysis."). Only under a heading or on a page that says it lists publications, or in a reader's
 * selection; null unless four in five blocks, three or more, open with such a link of three words or more and hold
 * nothing more than a remark, each a title of its own.
 */
function linkedTitleShowcase(blocks: Block[], texts: string[], base: URL, read: TextReader): (ParsedReference | null)[] | null {
  const doc = blocks[0]?.[0]?.ownerDocument;
  const heading = doc ? `${headingBefore(blocks[0]![0]!)} ${doc.title}` : '';
  if (!doc || (heading.trim() && !PUBLICATIONS_PAGE.test(heading))) return null;
  const refs = blocks.map((b, i): ParsedReference | null => {
    const text = withoutNumbering(texts[i]!).replace(/\s+/g, ' ').trim();
    const link = anchorsOf(b)[0];
    const title = link ? clean(read(link)).replace(/[.,;]$/, '') : '';
    if (!link || !linksPaper(link, base) || title.split(' ').length < 3 || !text.startsWith(title)) return null;
    const remark = text.slice(title.length).replace(/^[\s.,;]+/, '');
    if (
      HAS_YEAR_OR_ID.test(remark) ||
      (HAS_YEAR_OR_ID.test(title) && (CITES_ID.test(title) || DATING_YEAR_IN_TITLE.test(title) || opensWithNames(title)))
    )
      return null;
    return remark === '' || (isProse(remark) && !opensWithNames(remark)) ? titleOnlyReference(title, undefined) : null;
  });
  const n = refs.filter(Boolean).length;
  // Each paper its own title: not one label on every card's link ("Click here to read").
  const titles = new Set(refs.flatMap((r) => (r ? [titleKeyOf(r.title)] : [])));
  return n >= 3 && n * 5 >= blocks.length * 4 && titles.size * 5 >= n * 4 ? refs : null;
}

const CITES_ID = /arxiv|\bdoi\b|10\.\d{4,9}\//i;

/** A names line's label or an honorific before the names: "Autores:", "Authors:", "Profesör", "Prof. Dr.". */
const NAMES_LINE_INTRO = new RegExp(
  `^(?:(?:co-?)?${AUTHORS_LABEL_WORDS}\\s*:\\s*|(?:prof(?:essor|esör|esor|esseur)?\\.?|dr\\.?|doç\\.?)\\s+)+`,
  'iu',
);

/**
 * The names a card's line holds and nothing else: two or more in one name form, or one person after a label or an
 * honorific ("Autores: Luis Andrés Faus y Vicente Alberola.", "Profesör Öner Günçavdı"). `labelled` says a label opened
 * it, `marked` a label or an honorific.
 */
function cardNamesLine(line: string): { names: AuthorBlock; labelled: boolean; marked: boolean } | null {
  const intro = NAMES_LINE_INTRO.exec(line)?.[0] ?? '';
  const rest = line.slice(intro.length).replace(/\.$/, '').trim();
  // Six names or more run as long as a sentence of prose ("Aaron D. Nichols, Nina Mazar, …, and Marshall Van Alstyne").
  if (!rest || (isProse(rest) && !isNamesOnlyLine(rest))) return null;
  const names = isNamesOnlyLine(rest) ? NAME_FORMS.map((f) => readAuthorBlock(rest, f)).find(Boolean) : intro ? metaNames(rest) : null;
  return names ? { names, labelled: intro.includes(':'), marked: intro !== '' } : null;
}

/** What follows a quoted title on a card's title line: ", Venue, 2024." */
const QUOTED_TITLE_CITING = new RegExp(`^\\s*,\\s*(\\p{L}[^"“”]{1,150}?),\\s*(${YEAR})\\.?$`, 'u');

/**
 * Cards that date nothing, or little: a line of names then the title's line ("<p><em>B. Pascal, N. Pustelnik, and P.
 * Abry</em></p><pubtit>Title</pubtit><p>The present work …</p><a>[pdf]</a>"), or the title (over one line or a few)
 * then a names line a label or an honorific marks ("<u><b>LA TROMPETA. Volumen 1</b></u><br><b>Autores</b>: Luis
 * Andrés Faus y Vicente Alberola.", "<h4><a>Title</a></h4><p><a>Profesör Öner Günçavdı</a></p>"), then an abstract,
 * link buttons and a short dated line citing the venue. Only on a page or under a heading that says it lists
 * publications, or in a reader's selection, unless a label ("Autores:") names the authors; null unless four in five
 * blocks, three or more, read so.
 */
function titleAndNamesCards(blocks: Block[], texts: string[]): (ParsedReference | null)[] | null {
  const page = onPublicationsPage(blocks);
  // A heading ("Selected publications") vouches only for a marked names line after the title: a names line first may
  // close the card before ("<h3>Title</h3><h5>Names</h5>" read from the <h5>).
  const underHeading = page || PUBLICATIONS_PAGE.test(headingBefore(blocks[0]![0]!));
  // A block that holds others (a layout table's row around the list's rows) is no card.
  const holders = new Set<Element>();
  for (const b of blocks) for (let a = b[0]!.parentElement; a && !holders.has(a); a = a.parentElement) holders.add(a);
  const refs = texts.map((text, i): ParsedReference | null => {
    if (holders.has(blocks[i]![0]!)) return null;
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /\p{L}/u.test(l) && !LABEL_ONLY.test(l));
    // The names' line before the title's, or a marked one after one to three lines of title (a title may read as one
    // person's name: "Covid-19 ve Müesses Nizam" over "Profesör Öner Günçavdı").
    const second = lines[1] ? cardNamesLine(lines[1]) : null;
    const first = lines[0] && !second ? cardNamesLine(lines[0]) : null;
    // A card citing an arXiv id or a DOI is a feed's or a reference's: the readers of those read it.
    const at = first ? 0 : CITES_ID.test(text) ? undefined : [1, 2, 3].find((k) => k < lines.length && cardNamesLine(lines[k]!)?.marked);
    if (at === undefined) return null;
    const names = first ?? cardNamesLine(lines[at]!)!;
    const title = first ? lines[1] : lines.slice(0, at).join(' ');
    // A labelled names line on an undated card (a book's "Autores:") needs no heading to say so; not on a feed's dated
    // entries ("Authors: …" under each arXiv id).
    const labelled = names.labelled && !HAS_YEAR_OR_ID.test(text);
    if (!title || (!labelled && !(first ? page : underHeading)) || title.split(/\s+/).length < 2 || title.length > 400) return null;
    // A title over the names may read as names too ("Economic Populism and Structural Transformation").
    if (DATE_ONLY.test(title) || (first && isNamesOnlyLine(title))) return null;
    // A title line that cites the paper: "“Title”, Intl. Conference on Computational Social Science, 2024." over "Authors: …".
    const citing = QUOTED_OPENING.exec(title);
    const after = citing ? QUOTED_TITLE_CITING.exec(title.slice(citing[0].length)) : null;
    if (citing && after) {
      const r = finishReference(citing[1]!, names.names, undefined, Number(after[2]), after[1]!, text);
      return r && { ...r, authors: names.names.names, authorsTruncated: names.names.truncated };
    }
    const cited = lines.slice(first ? 2 : at + 1).find((l) => !isProse(l) && lastYear(l) !== undefined);
    const r = finishReference(title, names.names, undefined, cited ? lastYear(cited) : undefined, cited ?? '', text);
    return r && { ...r, authors: names.names.names, authorsTruncated: names.names.truncated };
  });
  const n = refs.filter(Boolean).length;
  return n >= 3 && n * 5 >= texts.length * 4 ? refs : null;
}

const YEAR_FIELD = /(?:^|[-_])(?:year|date)$/i;
const VENUE_FIELD = /(?:^|[-_])(?:venue|journal|publisher|booktitle)(?:[-_]name)?$/i;
const AUTHOR_FIELD = /(?:^|[-_])authors?$/i;

/** The first element of the block (itself or inside it) with a class token that `field` matches. */
function classedField(b: Block, field: RegExp): Element | undefined {
  for (const e of b) for (const el of [e, ...e.querySelectorAll('[class]')]) if ([...el.classList].some((c) => field.test(c))) return el;
  return undefined;
}

/** The names a card's author field holds ("<div class=listing-author>Andrea Gabrio</div>"), read in any name form. */
function classedAuthors(b: Block): string[] | null {
  const el = classedField(b, AUTHOR_FIELD);
  const text = el ? withoutNamesClosingMark(clean(el.textContent)) : '';
  return (text && NAME_FORMS.map((f) => readAuthorBlock(text, f)).find(Boolean)?.names) || null;
}

/**
 * Cards that mark their fields by class ("<p><span class=pub-year>2025</span></p><p><span class=pub-title>Title</span></p>
 * <p><span class=pub-venue>Journal</span></p>" on a researcher's own publications page, or a selection of it; a Quarto
 * listing's "listing-title", "listing-date" and "listing-author"): its title, year, venue and names the marked ones, the
 * owner's paper where no author field is marked. Null unless four in five blocks are such cards, three or more, and an
 * author field, where blocks mark one, reads as names in each.
 */
function classedFieldCards(blocks: Block[], read: TextReader, memo: ScanMemo): (ParsedReference | null)[] | null {
  if (!onPublicationsPage(blocks)) return null;
  const marksAuthors = (b: Block) =>
    b.some((e) => AUTHOR_CLASS.test(e.getAttribute('class') ?? '') || e.querySelector('[class*="author"]'));
  const authors = blocks.map((b) => (marksAuthors(b) ? classedAuthors(b) : []));
  const refs = blocks.map((b, i): ParsedReference | null => {
    const yearEl = classedField(b, YEAR_FIELD);
    const year = yearEl ? lastYear(clean(yearEl.textContent)) : undefined;
    // Beside a classed year, the card's heading is its title ("<span class=year>2025</span><div><h3><a>Title</a></h3>
    // <p><em>Journal</em>, 2, pp. 857–921.</p></div>").
    const classed = markedTitle(b, TITLE_MARKS[0]!, read, memo);
    const title = classed ?? (yearEl ? markedTitle(b, TITLE_MARKS[1]!, read, memo) : undefined);
    // A card that shows no date at all is read where its author field names its authors, in a list of papers its own
    // heading announces ("<h1>Publications</h1>"; not "Highlights" over cards the dated list below repeats), or in a
    // reader's selection of the cards alone (no heading).
    const undated =
      !yearEl &&
      !!authors[i]?.length &&
      !HAS_YEAR_OR_ID.test(b.map((e) => e.textContent ?? '').join(' ')) &&
      (!headingBefore(b[0]!) || PUBLICATIONS_PAGE.test(headingBefore(b[0]!)));
    // A title its class marks may be short ("<h3 class="listing-title"><a>Becoming e(E)arth</a></h3>").
    if (!title || (year === undefined && !undated) || title.split(' ').length < (classed ? 2 : 3) || !authors[i]) return null;
    const venueEl = classedField(b, VENUE_FIELD);
    const italic = venueEl?.querySelector('em, i, cite');
    // With no venue field, the italics after the title of a card that marks no authors name its journal or book.
    const italicAfterTitle = () =>
      italicsIn(b)
        .map((el) => clean(el.textContent))
        .find((t) => t.length >= 3 && !titleKeyOf(title).includes(titleKeyOf(t)) && !opensWithNames(t));
    const venue = italic
      ? clean(italic.textContent)
      : venueEl
        ? venueAfterTitle(clean(venueEl.textContent))
        : authors[i]!.length
          ? undefined
          : italicAfterTitle();
    return {
      ...titleOnlyReference(title, year),
      authors: authors[i]!.length ? authors[i]! : coauthorsAfter(b, title),
      ...(venue ? { venue } : {}),
    };
  });
  const n = refs.filter(Boolean).length;
  return n >= 3 && n * 5 >= blocks.length * 4 ? refs : null;
}

/** The owner's coauthors the card names after its title: "Title<br>Con G. D’Alessandro, in R. Torino (a cura di), …". */
function coauthorsAfter(b: Block, title: string): string[] {
  const text = clean(b.map((e) => e.textContent ?? '').join(' '));
  const at = text.indexOf(title);
  const after = at < 0 ? '' : text.slice(at + title.length).replace(/^[\s.,;:]+/, '');
  const intro = coauthorsIntroLength(after);
  return (intro > 0 && metaNames(after.slice(intro).split(/\s*[,(;]/)[0]!)?.names) || [];
}

/**
 * A list whose entries show no authors (a Google Scholar export: "<a>Title</a>, <i>Venue</i>, 29 (4), 696-710 (2020)."):
 * decided once for the list. One kind of element opens (nearly) every entry's one-line text (or a card of a title line
 * and a journal line, `titleAndVenueCard`), and (nearly) every entry read with it as the title has a venue after a comma
 * or period and a year; navigation, news lines and footers do not.
 */
function authorlessReading(
  blocks: Block[],
  texts: string[],
  usable: boolean[],
  groupYears: (number | undefined)[],
  read: TextReader,
  memo: ScanMemo,
  ruled: (ParsedReference | null)[],
): (ParsedReference | null)[] | null {
  const n = usable.filter(Boolean).length;
  const ruledNamed = ruled.filter((r, i) => usable[i] && r && r.authors.length > 0).length;
  if (n < 3) return null;
  const openings = texts.map(withoutYearBeforeTitle);
  for (const selector of [...TITLE_MARKS, QUOTES]) {
    const quotes = selector === QUOTES;
    const strict = blocks.map((b, i) =>
      !usable[i] ? undefined : quotes ? quotedOpeningTitle(openings[i]!) : markedTitle(b, selector, read, memo),
    );
    const opensWith = (m: string | undefined, i: number) => !!m && titleKeyOf(openings[i]!).startsWith(titleKeyOf(m));
    // Where most marks are titles, a mark that reads as names is one too: title-case titles in Portuguese or Spanish
    // ("Sintomas Alucinatórios Persistentes", "Depressão e Esquizofrenia").
    const titled = strict.filter(opensWith).length * 2 >= n;
    // Quotes mark a title too, where the list's element marks most: "2019, “Title”, in Book, ed. by …" among "2019, “<a>Title</a>”".
    // Where quotes mark most titles, one that lost its opening quote ("Title.’’ <em>Journal</em>") or that an element
    // marks (a book's "<em>Title</em>. Publisher.") is one too.
    const marks = strict.map((m, i) =>
      m !== undefined || !titled || !usable[i]
        ? m
        : quotes
          ? (looselyQuotedTitle(openings[i]!) ??
            TITLE_MARKS.flatMap((mark) => blocks[i]!.map((e) => markedTitleIn(e, mark, read, true))).find((t) => opensWith(t, i)))
          : (blocks[i]!.map((e) => markedTitleIn(e, selector, read, true)).find(Boolean) ?? QUOTED_OPENING.exec(openings[i]!)?.[1]),
    );
    const opens = marks.map(opensWith);
    const showsId = (i: number) =>
      LINKS_ID.test(texts[i]!) || anchorsOf(blocks[i]!).some((a) => LINKS_ID.test(a.getAttribute('href') ?? ''));
    // Where most entries mark their titles, the others write theirs plain before the venue ("Title, Journal, No. 6
    // (2021)"): they count with the marked ones.
    // Not where the marks name meetings ("<strong>MOHID-Lagrangian Workshop</strong>, Santiago, <em>Talk</em>"): a list of talks.
    const meetings = marks.filter((m, i) => opens[i] && MEETING_NAME.test(m!)).length;
    // Where half the entries open with a meeting's name, the list is of talks, whatever its heading ("Conferences and
    // Workshops").
    if (meetings * 2 >= n) continue;
    const plainTitled = blocks.map((_, i) =>
      usable[i] && !opens[i] && opens.filter(Boolean).length * 2 >= n && meetings * 4 < n
        ? plainTitledOwnPaper(texts[i]!, groupYears[i])
        : null,
    );
    // The list's entries that name their authors, which the rules read, count with them (`ruledNamed`), and keep their
    // reading; not in a list of talks, whose meetings' names the rules may read as names.
    const own = opens.filter(Boolean).length + plainTitled.filter(Boolean).length;
    if ((own + (meetings * 4 < n ? ruledNamed : 0)) * 5 < n * 4 || own * 2 < n) continue;
    const cards = blocks.map((_, i) => (opens[i] ? titleAndVenueCard(texts[i]!, marks[i]!, groupYears[i]) : null));
    const afterTitles: string[] = [];
    const refs = blocks.map((_, i) => {
      // Title, venue and year on one line: a block with more lines (an author line) is not authorless, unless it is a
      // card of a title line and a venue line.
      if (!opens[i]) return plainTitled[i] ?? null;
      if (texts[i]!.trim().includes('\n')) return cards[i]!;
      // "“<a>Title</a>”, Journal": the title's opening quote is no part of it.
      const opening = marks[i]!.startsWith(openings[i]![0]!) ? openings[i]! : openings[i]!.replace(/^[“"«„]/, '');
      const title = withSubtitle(opening, marks[i]!);
      // A note in parentheses between the title and the venue ("<em>Title</em> (co-author Frits Elshout), in: Book,
      // Publisher, 2014.") is neither's: the entry is read without it.
      const note = NOTE_AFTER_TITLE.exec(opening.slice(title.length))?.[0] ?? '';
      const after = (afterTitles[i] = opening.slice(title.length + note.length).trimStart());
      // "“What can cognitive neuroscience do for cultural sociology?” <em>Journal</em>": a question needs no period.
      if (!/^[”"»’]*\s*[,.]/.test(after) && !(quotes && /[?!]$/.test(title) && /^[”"»’]+\s/.test(after))) return null;
      const text = note ? `${title}${opening.slice(title.length + note.length)}` : texts[i]!;
      const r = readReference(memo, text, { title, groupYear: groupYears[i] ?? openingYear(texts[i]!), allowNoAuthors: true });
      // A DOI dates a published paper as a year would: a list of them that shows no years ("“Title.” <em>Journal</em> 51:
      // 391-411. <a>doi:…</a>") is one of papers.
      return r && (r.year !== undefined || showsId(i)) ? r : null;
    });
    // In a list whose entries name no one, names read after a title are its venue or publisher ("Title. Juruá Editora,
    // 2020.", "Title. Cadernos de Psicologia (UFMG), v.11, …").
    const named = refs.filter((r) => r && r.authors.length > 0).length;
    if (named * 5 < refs.filter(Boolean).length) {
      for (const [i, r] of refs.entries()) {
        if (r && r.authors.length > 0 && afterTitles[i] !== undefined)
          refs[i] = finishReference(r.title, null, undefined, r.year, afterTitles[i]!.replace(/^[\s”"»,.]+/, ''), texts[i]!);
      }
    }
    // Most entries name their venue; the list's few that do not ("Package ‘hSDM’, , (2019).") follow its shape, and so
    // do a section's of another kind that the list runs on into ("CD recordings by … include:" after the publications).
    const withVenue = refs.filter((r) => r?.venue && /^\p{Lu}/u.test(r.venue)).length;
    // Cards name journals ("Chemical Physics Letters"): a news or talk card's second line (a place, a teaser) does not.
    const cardVenues = cards.filter((c) => c?.venue).map((c) => c!.venue!);
    // So do CS pages' conference acronyms ("ICPE 2025", "AAAI-MAKE 2020", "… Conference (IPCCC’23)").
    if (
      cardVenues.length > 0 &&
      cardVenues.filter((v) => isJournalName(v) || VENUE_ACRONYM.test(v) || ACRONYM_CLOSING.test(v)).length * 2 < cardVenues.length
    )
      return null;
    return withVenue * 3 >= (n - ruledNamed) * 2 ? refs : null;
  }
  // No element marks the titles: a list of the owner's papers in a national free-text style, each entry its title to the
  // first comma and a venue that numbers its volume, issue or pages or gives its ISSN / ISBN ("Morskie aspekty prawa
  // pracy, Prawo Morskie, t. XIX/2003, ISSN 0860-7338, s. 91-103.", "Title, Die Wohnungswirtschaft, Nr. 5, 2005, S. 54-56.").
  // The blocks are a list's own items ("<ul><li>…</li>…</ul>"), not one field of each card ("<p class=pub-journal>Journal,
  // cilt.23, ss.189-210, 2025</p>" beside its <h3> title).
  const items = blocks.every((b) => [...(b[0]!.parentElement?.children ?? [])].every((c) => c.tagName === b[0]!.tagName));
  if (!items) return null;
  // Its venues set in italics, the title all before them: the owner's own papers in a list whose coauthored ones name
  // their authors (ABNT: "Title. <em>Journal</em>, v. 15, n. 40, p. 186–217, 2022." beside "BRASIL, E.; NASCIMENTO, L. F.
  // Title. <em>Journal</em>, …").
  const italicVenued = blocks.map((b, i) =>
    usable[i] && !ruled[i]?.authors.length ? titleBeforeItalicVenue(b, texts[i]!, groupYears[i]) : null,
  );
  const venued = italicVenued.filter(Boolean).length;
  if (ruledNamed > 0 && venued * 2 >= n && (venued + ruledNamed) * 5 >= n * 4) return italicVenued;
  const cited = blocks.map((_, i) =>
    usable[i] && CITATION_NUMBERS.test(texts[i]!) ? plainTitledOwnPaper(texts[i]!, groupYears[i], true) : null,
  );
  if (cited.filter(Boolean).length * 5 < n * 4) return venueNamingOwnPapers(texts, usable, groupYears, n);
  // Its entries that show no year ("Title, Studia Europejskie, t. 3, Toruń, s. 31-41.") are read the same way, undated.
  for (const [i, t] of texts.entries()) {
    const r = usable[i] || t.length > MAX_REF_TEXT || !CITATION_NUMBERS.test(t) ? null : plainTitledOwnPaper(t, 0, true);
    if (r) cited[i] = { ...r, year: undefined };
  }
  return cited;
}

/**
 * "Cordões e Canboulay Bands: Performances negras no Pós Abolição (Rio de Janeiro e Port-of-Spain). <em>Estudos
 * Ibero-Americanos</em>, v. 46, n. 3, p. e33507, 16 dez. 2020.": a title of three words or more that opens the entry
 * and a period or comma closes, then the italic venue and its dated numbers; no names.
 */
function titleBeforeItalicVenue(b: Block, text: string, groupYear: number | undefined): ParsedReference | null {
  const t = text.replace(NUMBERED, '').trim();
  const venue = clean(b.map((e) => e.querySelector('em, i, cite')).find(Boolean)?.textContent);
  const at = venue ? t.indexOf(venue) : -1;
  if (at < 10 || t.includes('\n')) return null;
  const title = /^(.*?[^\s.,])\s*[.,]\s*$/u.exec(t.slice(0, at))?.[1];
  const venueText = t.slice(at);
  const year = lastYear(venueText) ?? groupYear;
  // "<strong>NIOZ Colloquia</strong>, Texel, the Netherlands, <em>Talk</em>, January 2026": a talk's meeting and place.
  if (!title || year === undefined || title.split(/\s+/).length < 3 || lastYear(title) !== undefined || MEETING_NAME.test(title))
    return null;
  // Names the rules could not read before the title ("SILVA, A. B. Title."): their sentence is no title's opening.
  const opening = /^(.+?[^\s.A-Z])\.\s/u.exec(title)?.[1] ?? (/^[^.]+\./.exec(title) ? title.slice(0, title.indexOf('.')) : '');
  if (opening && NAME_FORMS.some((f) => readAuthorBlock(opening, f))) return null;
  return finishReference(title, null, undefined, year, venueText, text);
}

/** `authorlessReading`'s mark for titles that quotes set apart, not an element: "“Title.” <em>Journal</em> 51: 391-411." */
const QUOTES = 'quotes';

/** The title an entry opens with in quotes, without the period or comma American style sets inside them. */
const quotedOpeningTitle = (text: string): string | undefined => QUOTED_OPENING.exec(text)?.[1]?.replace(/[.,]$/, '');

/**
 * "Max Weber’s ideal versus material interest distinction revisited.’’ <em>Journal</em>": a title whose opening quote
 * was lost or whose closing one is two apostrophes.
 */
const looselyQuotedTitle = (text: string): string | undefined => /^\s*[“"«„]?(\p{Lu}[^“”"«»\n]{7,300}?)[.,]?(?:”|’’|")\s/u.exec(text)?.[1];

/**
 * The same list where its entries number nothing but name their venues ("Title, 44th IEEE Conference on Local Computer
 * Networks (LCN), Osnabrück, Germany, October 14-17, 2019.", "Title, IEEE Access, Volume 9, July 21, 2021."): (nearly)
 * every entry reads as its title to the first comma, then a venue and a year, the venue opens with no one's name (a
 * title-first entry that names its authors: "Title, Kai Wang, Guoqing Xu, Venue, 2017"), and most venues say they are
 * one (VENUE_WORDS: a journal, a conference, a publisher).
 */
function venueNamingOwnPapers(
  texts: string[],
  usable: boolean[],
  groupYears: (number | undefined)[],
  n: number,
): (ParsedReference | null)[] | null {
  const refs = texts.map((t, i) => {
    const r = usable[i] ? plainTitledOwnPaper(t, groupYears[i]) : null;
    const opening = r?.venue?.split(',')[0]!.trim() ?? '';
    return r?.venue && !(isPersonName(opening) && !JOURNAL_WORD.test(opening) && !VENUE_WORDS.test(opening)) ? r : null;
  });
  const read = refs.filter((r): r is ParsedReference => r !== null);
  if (read.length * 5 < n * 4 || read.filter((r) => VENUE_WORDS.test(r.venue!)).length * 3 < read.length * 2) return null;
  return refs;
}

/**
 * "2021, “<a>Title</a>”, <i>Journal</i>, 46, 4, p. 547–568.", "(2019) <b>Title</b>. Journal.": a list of the owner's works
 * that sets each entry's year before its title, quoted or not.
 */
const YEAR_BEFORE_TITLE = /^\s*\(?((?:19|20)\d\d)[a-z]?\)?[,.:]?\s+(?=[“"«„]?\p{Lu})/u;

/** The entry's text from its title on: without its numbering and a year before it. */
const withoutYearBeforeTitle = (text: string): string => text.replace(NUMBERED, '').replace(YEAR_BEFORE_TITLE, '');

const openingYear = (text: string): number | undefined => {
  const m = YEAR_BEFORE_TITLE.exec(text.replace(NUMBERED, ''));
  return m ? Number(m[1]) : undefined;
};

/** A parenthesised note right after a title, one that a comma or period closes: " (co-author Paul Peeters)," */
const NOTE_AFTER_TITLE = /^\s*\([^()]{2,200}\)(?=\s*[,.])/u;

/**
 * A citation's volume, issue or pages as Polish, German, Spanish, Italian, French or English styles number them ("t. XIX",
 * "nr 3/2011", "s. 91-103", "Bd. 2", "S. 54-56", "núm. 4", "pp. 1-16"), or its ISSN / ISBN.
 */
const CITATION_NUMBERS =
  /\b(?:ISSN|ISBN)\b|(?<!\p{L})(?:(?:pp|ss|str|Bd|vol|tom|nr|no|núm|num|Heft|Jg|fasc)\.?|[sStpH]\.|n[°º])\s*(?:[IVXLC]+\b|\d)/iu;

/**
 * An owner's paper in a list that names no one, its title unmarked: "En defensa del Pacto de Olivos, Lecciones y Ensayos,
 * No. 113, (2024)", "Title, in Latin American Law Review, No. 6 (2021): 125-149", "Democracia y lobby: un marco teórico.
 * Revista Nueva Sociedad, No. 276, julio-agosto 2018": the title runs to the first comma, or to a sentence's end before a
 * journal's name; three words or more, no year, no names.
 */
const MEETING_NAME =
  /\b(?:workshop|seminar|colloqui(?:um|a)|lecture|conference|symposium|meeting|congress|webinar|summer school|keynote)\b/i;

function plainTitledOwnPaper(text: string, groupYear: number | undefined, cited = false): ParsedReference | null {
  const t = text.replace(NUMBERED, '').trim();
  // "Graham Meltzer: Sustainable Community, …" (a review of someone's book): a name before a colon is no title's.
  const beforeColon = /^([^:,]{3,40}):\s/.exec(t)?.[1];
  if (t.includes('\n') || opensWithNames(t) || (beforeColon && readAuthorBlock(beforeColon, 'given')?.names.length === 1)) return null;
  // "Le deuxième âge de l’émancipation. La société, les femmes et l’emploi, Seuil, 2007": a comma part in lower case that
  // closes an enumeration ("A, B et C") is the title's own.
  const comma = /^(.{10,300}?[^\s,]),\s+(?!\p{Ll}[^,\d\p{Lu}]{0,60}\s(?:et|and|y|e|und)\s[^,\d\p{Lu}]{1,40},)(?=\S)/u.exec(t);
  if (!comma) return null;
  const sentence = /^(.{10,300}?[^\s.A-Z])\.\s+(?=\p{Lu})/u.exec(comma[1]!);
  const title = sentence && JOURNAL_WORD.test(comma[1]!.slice(sentence[0].length)) ? sentence[1]! : comma[1]!;
  // "(w:) Pytanie wstępne …" (Polish "in:"): the book's title follows.
  const venueText = t
    .slice(title.length)
    .replace(/^[\s.,]+/, '')
    .replace(/^\(?(?:w|in|en|em|dans)\s*:\)?\s+(?=\p{Lu})/u, '');
  const year = lastYear(venueText) ?? groupYear;
  // In a list of `cited` entries (CITATION_NUMBERS), a year the venue repeats may be the title's own ("Konwencja o pracy
  // na morzu z 2006 r.").
  const titleYear = lastYear(title) !== undefined && !(cited && lastYear(venueText) !== undefined);
  // A conference venue may open with its edition ("2nd International Conference on …").
  const venueOpens = /^(?:\p{L}|\d{1,3}(?:st|nd|rd|th)\s+\p{L})/u.test(venueText);
  if (year === undefined || title.split(/\s+/).length < 3 || titleYear || !venueOpens) return null;
  // A national style's venue ends where its numbers start ("Prawo Morskie t. XIX/2003", "… nr 3/2011"): "t." is no sentence.
  // "Title, Presses de Sciences Po, avec Bernard Gazier et Bruno Palier, 2014.", "…, 2004, co-édité avec Françoise
  // Milewski": a comma part that names the owner's coauthors (the owner never written) is no part of the venue.
  const coauthors = COAUTHORS_PART.exec(venueText);
  const block = coauthors ? readAuthorBlock(coauthors[1]!, 'given') : null;
  const cites =
    coauthors && block ? `${venueText.slice(0, coauthors.index)}${venueText.slice(coauthors.index + coauthors[0].length)}` : venueText;
  const numbers = cited ? CITATION_NUMBERS.exec(cites) : null;
  const venue = numbers ? cites.slice(0, numbers.index).replace(/[\s,;]+$/, '') : cites;
  return finishReference(title, block, block ? 'given' : undefined, year, venue.replace(/^(?:in|en|em)\s+(?=\p{Lu})/u, ''), text);
}

const JOURNAL_WORD =
  /\b(?:journal|letters|review|reviews|transactions|proceedings|annals|bulletin|reports?|research|techniques|chemistry|physics|science|sciences|nature|revista|jornal|zeitschrift)\b/i;
const PLACE_OR_EVENT =
  /\b(?:department|dept|universit(?:y|é|à|ät)|universidad|universidade|institute|instituto|school|faculty|cent(?:er|re)|laboratory|conference|workshop|seminar|symposium|meeting|colloquium|congress)\b/i;

/** A venue's acronym, one word of two capitals or more and its year: "ICPE 2025", "AAAI-MAKE 2020", "SEMANTiCS 2024". */
const VENUE_ACRONYM = /^(?=\S*\p{Lu}\S*\p{Lu})\p{Lu}[\p{L}&-]{1,15}(?:\s+(?:19|20)\d\d)?$/u;

/** A journal's name ("Chemical Physics Letters", "Revista Brasileira de Psiquiatria"), not a place or an event. */
const isJournalName = (venue: string) => JOURNAL_WORD.test(venue) && (/\bproceedings\b/i.test(venue) || !PLACE_OR_EVENT.test(venue));

/**
 * "<strong>Title</strong>: subtitle. <em>Journal</em>, v.24, 2024.": the marked title and the subtitle after its colon,
 * up to the sentence's end.
 */
function withSubtitle(opening: string, mark: string): string {
  if (!opening.startsWith(mark)) return mark;
  const subtitle = /^:\s+[^.!?]{3,200}?[!?]?(?=\.(?:\s|$))/u.exec(opening.slice(mark.length));
  return subtitle ? mark + subtitle[0] : mark;
}

/** A meeting's acronym and year in parentheses closing its name: "(IPCCC’23).", "(ICDAR 2013)". */
const ACRONYM_CLOSING = /\((?=[^()]*\p{Lu}{2})\p{Lu}[\p{L}-]*\s?['’]?(?:\d{2}|(?:19|20)\d\d)\)\.?$/u;

/**
 * A card of the owner's paper that names no one: its marked title alone on the first line, the journal alone on the next
 * ("Iron monoxide photodissociation / The Journal of Chemical Physics / More details / abstract"), the year on the venue
 * line or in the heading above.
 */
function titleAndVenueCard(text: string, mark: string, groupYear: number | undefined): ParsedReference | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2 || titleKeyOf(lines[0]!.replace(NUMBERED, '')) !== titleKeyOf(mark) || mark.split(/\s+/).length < 2) return null;
  const venueLine = lines[1]!;
  // A meeting's full name may run long where its acronym closes it: "The 13th ACM-IEEE International Conference on
  // Formal Methods and Models for System Design (MEMOCODE’15)."
  const long = ACRONYM_CLOSING.test(venueLine) ? 2 : 1;
  if (
    !/^\p{Lu}/u.test(venueLine) ||
    venueLine.length > 100 * long ||
    venueLine.split(/\s+/).length > 12 * long ||
    /[.!?]\s/.test(venueLine) ||
    lines.some((l) => opensWithNames(l)) ||
    NAME_FORMS.some((f) => readAuthorBlock(venueLine, f))
  )
    return null;
  const year = lastYear(venueLine) ?? venueShortYear(venueLine) ?? groupYear;
  if (year === undefined) return null;
  return finishReference(mark, null, undefined, year, venueLine, text);
}

/** Text that is only people's names: two or more, or one written with an initial ("Kristin M. Poduska"). */
function isNamesOnly(text: string): boolean {
  const run = readAuthorRun(text);
  return run.rest === '' && run.names.length > 0 && run.names.every(isPersonName) && (run.names.length >= 2 || /\b\p{Lu}\./u.test(text));
}

/** "[12] ", "12. ", "(12) " before an entry. */
const NUMBERED = /^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.)\s*/;

/** Identifiers, PDF, code and page links of the block's anchors join what the text showed. */
function withLinks(c: Candidate, b: Block, base: URL): Candidate {
  const ids = { ...c.ids };
  // An accordion's header is read alone (its collapsed body hides the abstract); the DOI link in that body is still its.
  const body = b[b.length - 1]?.nextElementSibling;
  const anchors = blockAnchors(body && collapsedBootstrap(body) ? [...b, body] : b, base, true);
  const { pdf, code } = linkTargets(anchors, ids);
  const key = titleKeyOf(c.title);
  const url = anchors.find(([a, href]) => titleKeyOf(clean(a.textContent)) === key && !/\.pdf(?:$|[?#])/i.test(href))?.[1];
  const out: Candidate = { ...c, ids: compact(ids) };
  const page = url ?? idPageUrl(ids);
  if (page) out.url = page;
  if (pdf) out.pdf = pdf;
  else if (ids.arxiv) out.pdf = arxivPdfUrl(ids.arxiv);
  if (code) out.code = code;
  if (!out.type && ids.arxiv && !ids.doi && (!out.venue || /arxiv|preprint/i.test(out.venue))) out.type = 'preprint';
  return out;
}

/** The sibling blocks of one tag under `parent` (a <dd> with its <dt>). */
function refBlocksOf(parent: Element, tag: string): Block[] {
  if (tag === 'P') return paragraphsOf(parent);
  const described = tag === 'DD' || tag === 'DT' ? describedTerms(parent) : null;
  if (described) return described;
  return [...parent.children]
    .filter((c) => c.tagName === tag)
    .map((c) => (tag === 'DD' && c.previousElementSibling?.tagName === 'DT' ? [c.previousElementSibling, c] : [c]));
}

/** Where a block copied out of the page stood: an element of the page at its place (for the year heading before it). */
const placeOf = new WeakMap<Element, Element>();

/**
 * The paragraphs under `parent`, and the runs of text and inline elements between them: an old page's unclosed `<p>`
 * opens every entry but the first after a heading ("<h2>1990</h2>Names:<br><b>Title,</b><br>… <p>Names:<br>…"). Each
 * such run, copied into a detached <div> (the page is not changed), is a paragraph too.
 */
function paragraphsOf(parent: Element): Block[] {
  const out: Block[] = [];
  const runs: { div: Element; opener: Element | null }[] = [];
  let run: Node[] = [];
  let opener: Element | null = null;
  const close = (next: Element | null) => {
    const text = run.map((n) => n.textContent ?? '').join('');
    if (clean(text).length >= 30) {
      const div = parent.ownerDocument.createElement('div');
      for (const n of run) div.appendChild(n.cloneNode(true));
      const lastElement = [...run].reverse().find((n): n is Element => n.nodeType === 1);
      const place = lastElement ?? next;
      if (place) placeOf.set(div, place);
      out.push([div]);
      runs.push({ div, opener });
    }
    run = [];
  };
  const loose = [...parent.children].filter((c) => c.tagName === 'P').length >= 2;
  for (const node of parent.childNodes) {
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el && (el.tagName === 'P' || (breaksLine(el) && el.tagName !== 'BR') || SKIP_TAGS.test(el.tagName.toUpperCase()))) {
      if (loose) close(el);
      if (el.tagName === 'P') out.push([el]);
      opener = /^H[1-6]$/.test(el.tagName) ? el : el.tagName === 'P' && holdsNothing(el) ? opener : null;
    } else if (loose && (node.nodeType === 3 || el)) run.push(node);
  }
  if (loose) close(null);
  withOwnHeadings(runs);
  return out;
}

/**
 * "<p><h4>Title</h4> Names<br><em>Venue, 2025</em></p>": a heading closes the paragraph it was written in, so its
 * paper's names and venue run on after it, loose. Where headings of one rank each open just one such run (three or
 * more), each heading is its run's title line, not a section's heading: it goes first into the run's copy.
 */
function withOwnHeadings(runs: { div: Element; opener: Element | null }[]): void {
  const runsOf = new Map<Element, number>();
  for (const { opener } of runs) if (opener) runsOf.set(opener, (runsOf.get(opener) ?? 0) + 1);
  const single = new Set([...runsOf].filter(([h, n]) => n === 1 && clean(h.textContent).split(' ').length >= 3).map(([h]) => h));
  const ranks = new Map<string, number>();
  for (const h of single) ranks.set(h.tagName, (ranks.get(h.tagName) ?? 0) + 1);
  for (const { div, opener } of runs)
    if (opener && single.has(opener) && (ranks.get(opener.tagName) ?? 0) >= 3) div.prepend(opener.cloneNode(true));
}

/**
 * A paragraph that is only a bold or heading-like title: it starts a paper in a flat run of siblings. Not right after
 * a heading of three words or more: that heading is the paper's title and the bold line its byline ("<h3>Title</h3>
 * <p><strong>Ana Silva</strong></p>").
 */
function isTitleParagraph(el: Element): boolean {
  if (!/^(?:P|DIV)$/.test(el.tagName) || el.children.length !== 1) return false;
  const before = el.previousElementSibling;
  if (before && /^H[1-6]$/.test(before.tagName) && clean(before.textContent).split(' ').length >= 3) return false;
  const only = el.children[0]!;
  return (
    /^(?:STRONG|B)$/.test(only.tagName) && clean(only.textContent) === clean(el.textContent) && clean(el.textContent).split(' ').length >= 2
  );
}

/** "<p><a href=…>PNAS</a></p>": a paragraph that is one short link and nothing else (a paper's link under its title). */
function isLinkParagraph(el: Element | null): boolean {
  if (el?.tagName !== 'P' || el.children.length !== 1 || el.children[0]!.tagName !== 'A') return false;
  const text = clean(el.textContent);
  return text !== '' && text === clean(el.children[0]!.textContent) && text.split(' ').length <= 6;
}

/**
 * "<p>Title</p> <p><a>PDF</a></p> <p><a>PNAS</a></p>": a paragraph of plain text, three words or more, over paragraphs
 * that are each one link: it starts a paper in a flat run of siblings.
 */
const isTitleOverLinkParagraphs = (el: Element): boolean =>
  el.tagName === 'P' &&
  isLinkParagraph(el.nextElementSibling) &&
  holdsOnlyFormattedText(el) &&
  clean(el.textContent).split(' ').length >= 3;

/** Elements an editor wraps a paragraph's text in for its look alone (Word's "<span style><o:p></o:p></span>"). */
const TEXT_FORMATTING = /^(?:SPAN|FONT|O:P|B|I|STRONG|EM|U|SMALL)$/;

const isFormatting = (el: Element) => TEXT_FORMATTING.test(el.tagName.toUpperCase()) && !el.hasAttribute('class');

/** Is all `el` holds text and formatting elements (no link, image, icon or block)? */
const holdsOnlyFormattedText = (el: Element) => [...el.querySelectorAll('*')].every(isFormatting);

/** Does `el` hold nothing shown: spaces alone, in formatting elements or none? Stops at the first text or other element. */
function holdsNothing(el: Element): boolean {
  for (const n of el.childNodes) {
    if (n.nodeType === 3 && /\S/.test(n.textContent ?? '')) return false;
    if (n.nodeType === 1 && !(isFormatting(n as Element) && holdsNothing(n as Element))) return false;
  }
  return true;
}

/**
 * An empty paragraph or a rule between inline runs (`<P></P>`, `<hr>`, Word's `<p><span><o:p>&nbsp;</o:p></span></p>`):
 * an old editor's blank line.
 */
const isBlankSeparator = (el: Element) => /^(?:P|DIV|HR)$/.test(el.tagName) && holdsNothing(el);

/**
 * References written one after another inside one element, separated by blank lines (`<br><br>`, an empty `<p>`
 * or a rule between inline runs): each piece,
 * copied into a detached <div> (the page is not changed), is one block. `blankRuns` is the element's `blankRunsOf`.
 */
function brSegmentsOf(el: Element, blankRuns: Block[]): Block[] {
  // A heading or an inline element used as the list's container ("<h4>[1] Names … <br><br>[2] …</h4>", an unclosed
  // "<b>" an old page's parser stretched over its entries) holds pieces too.
  if (!/^(?:P|DIV|TD|TH|LI|DD|BLOCKQUOTE|SECTION|ARTICLE|MAIN|ASIDE|CENTER|BODY|FONT|SPAN|B|STRONG|I|EM|SMALL|H[1-6])$/.test(el.tagName))
    return [];
  let brs = 0;
  for (const c of el.children) brs += c.tagName === 'BR' ? 1 : isBlankSeparator(c) ? 2 : 0;
  if (brs < 5) return [];
  // Paragraphs alone, blank ones between them, are the page's own elements in `blankRunsOf` (with their year lines).
  const loose = [...el.childNodes].some(
    (n) => (n.nodeType === 3 && /\S/.test(n.textContent ?? '')) || (n.nodeType === 1 && (n as Element).tagName === 'BR'),
  );
  if (!loose && blankRuns.length) return [];
  const doc = el.ownerDocument;
  const pieces: Node[][] = [[]];
  let pendingBreaks = 0;
  for (const node of el.childNodes) {
    if (node.nodeType === 1 && (node as Element).tagName === 'BR') {
      pendingBreaks++;
      continue;
    }
    if (node.nodeType === 1 && isBlankSeparator(node as Element)) {
      pendingBreaks += 2;
      continue;
    }
    // "<h4>Scientific publications</h4>Aits S. Title. …<br><br>…": a section's heading is a piece of its own.
    if (node.nodeType === 1 && isSectionHeading(node as Element)) {
      if (pieces[pieces.length - 1]!.length) pieces.push([]);
      pieces[pieces.length - 1]!.push(node);
      pieces.push([]);
      pendingBreaks = 0;
      continue;
    }
    if (node.nodeType === 3 && !(node.textContent ?? '').trim()) {
      // The space between two inline elements ("</a> <i>Minerals</i>") separates their words.
      if (pendingBreaks === 0 && pieces[pieces.length - 1]!.length) pieces[pieces.length - 1]!.push(node);
      continue;
    }
    if (pendingBreaks >= 2 && pieces[pieces.length - 1]!.length) pieces.push([]);
    else if (pendingBreaks === 1) pieces[pieces.length - 1]!.push(doc.createElement('br'));
    pendingBreaks = 0;
    pieces[pieces.length - 1]!.push(node);
  }
  const filled = withoutOffTopicPieces(pieces.filter((p) => p.some((n) => (n.textContent ?? '').trim())));
  if (filled.length < 3) return [];
  return filled.map((nodes) => {
    const div = doc.createElement('div');
    for (const n of nodes) div.appendChild(n.cloneNode(true));
    return [div];
  });
}

/**
 * A heading that names a section of papers or of something else ("Scientific publications", "Talks"), no paper's title,
 * with the section's first entry run on after it as loose text ("<h4>Scientific publications</h4>Aits S. …").
 */
function isSectionHeading(el: Element): boolean {
  if (!/^H[1-6]$/.test(el.tagName)) return false;
  let next = el.nextSibling;
  while (next && next.nodeType === 3 && !/\S/.test(next.textContent ?? '')) next = next.nextSibling;
  if (next?.nodeType !== 3) return false;
  const text = clean(el.textContent);
  return text.split(' ').length <= 6 && (PUBLICATIONS_PAGE.test(text) || isOffTopicHeading(text));
}

/** A piece of a run that is only a short label, a heading or in inline markup ("<b>Contributed Presentations:</b>"): its text. */
function runLabel(nodes: Node[]): string | undefined {
  const inline = nodes.every(
    (n) =>
      (n.nodeType === 3 && !/\S/.test(n.textContent ?? '')) ||
      (n.nodeType === 1 && /^(?:B|STRONG|U|FONT|SPAN|BR|H[1-6])$/.test((n as Element).tagName)),
  );
  const text = clean(nodes.map((n) => n.textContent ?? '').join(' ')).replace(/[\s:]+$/, '');
  return inline && text && text.length <= 60 && !/\d/.test(text) ? text : undefined;
}

/**
 * The pieces of a run outside its off-topic sections: a label piece that names talks, patents or data sets
 * ("Contributed Presentations:") drops the pieces after it, up to the next label piece that does not.
 */
function withoutOffTopicPieces(pieces: Node[][]): Node[][] {
  let skipping = false;
  return pieces.filter((p) => {
    const label = runLabel(p);
    if (label !== undefined) skipping = isOffTopicHeading(label);
    return !skipping;
  });
}

/** A list marker opening a line of the page's source: "- ", "• ", "[3] ", "3. ", "(3) ". */
const LINE_MARKER = /(?:^|\n)[ \t]*([-*•]|\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])[ \t]+(?=\S)/g;

/**
 * References written one after another inside one element, each opening a line with a list marker that no markup
 * made a list of (a Markdown list the site did not convert, "[1] … [2] …" numbering inside one paragraph): each
 * piece from one marker to the next, copied into a detached <div> (the page is not changed), is one block. Numbers
 * count up or down by one; bullets are dropped.
 */
function markerSegmentsOf(el: Element): Block[] {
  if (!/^(?:P|DIV|TD|LI|DD|BLOCKQUOTE)$/.test(el.tagName)) return [];
  const cuts: { node: Node; at: number; skip: number }[] = [];
  let lineStart = true;
  for (const node of el.childNodes) {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'BR') lineStart = true;
      else if (breaksLine(node as Element)) return [];
      else if (/\S/.test(node.textContent ?? '')) lineStart = false;
      continue;
    }
    if (node.nodeType !== 3) continue;
    const text = node.textContent ?? '';
    for (const m of text.matchAll(LINE_MARKER)) {
      const at = m.index + (m[0].startsWith('\n') ? 1 : 0);
      if (at === 0 && !lineStart) continue;
      if (/\S/.test(text.slice(0, at)) && !m[0].startsWith('\n')) continue;
      cuts.push({ node, at, skip: /^[-*•]$/.test(m[1]!) ? m[0].length - (m[0].startsWith('\n') ? 1 : 0) : 0 });
    }
    if (/\S/.test(text)) lineStart = /\n\s*$/.test(text);
  }
  if (cuts.length < 3) return [];
  const numbers = cuts
    .map((c) => /\d+/.exec((c.node.textContent ?? '').slice(c.at, c.at + 8))?.[0])
    .map((n) => (n ? Number(n) : undefined));
  const bullets = cuts.every((c) => c.skip > 0);
  const counted = numbers.every((n, k) => n !== undefined && (k === 0 || Math.abs(n - numbers[k - 1]!) === 1));
  if (!bullets && !counted) return [];
  const doc = el.ownerDocument;
  const pieces: Node[][] = [[]];
  for (const node of el.childNodes) {
    const here = cuts.filter((c) => c.node === node);
    if (!here.length) {
      pieces[pieces.length - 1]!.push(node.cloneNode(true));
      continue;
    }
    const text = node.textContent ?? '';
    let from = 0;
    for (const c of here) {
      if (c.at > from) pieces[pieces.length - 1]!.push(doc.createTextNode(text.slice(from, c.at)));
      pieces.push([]);
      from = c.at + c.skip;
    }
    pieces[pieces.length - 1]!.push(doc.createTextNode(text.slice(from)));
  }
  return pieces.slice(1).map((nodes) => {
    const div = doc.createElement('div');
    for (const n of nodes) div.appendChild(n);
    placeOf.set(div, el);
    return [div];
  });
}

/**
 * Papers written as flat runs of siblings (a bold title paragraph, then names, venue and link paragraphs, with no
 * element around each paper): each title paragraph up to the next, or to a heading or rule, is one block.
 */
function runBlocksOf(parent: Element): Block[] {
  const children = [...parent.children];
  const opens =
    children.filter(isTitleParagraph).length >= 3
      ? isTitleParagraph
      : children.filter(isTitleOverLinkParagraphs).length >= 3
        ? isTitleOverLinkParagraphs
        : null;
  if (!opens) return [];
  const out: Block[] = [];
  let run: Block | null = null;
  for (const c of children) {
    if (opens(c)) out.push((run = [c]));
    else if (/^(?:H[1-6]|HR)$/.test(c.tagName)) run = null;
    else run?.push(c);
  }
  return out;
}

/**
 * A table laid out as a grid of entries, one per cell ("<table border cols=2><tr><td><a><i>Title</i>, July 1999, (With A
 * and B), accepted for publication by …</a></td><td>…</td></tr>", as page editors of the 1990s wrote lists): rows of two
 * cells or more whose every non-empty cell is a long text of its own, no cell a short field (a year, a venue, a label).
 */
function gridCellsOf(parent: Element): Block[] {
  // The rows' parent: a table's body, or what holds a selection's rows cut from theirs.
  const rows = [...parent.children].filter((c) => c.tagName === 'TR');
  const cells = rows.map((r) => [...r.children].filter((c) => c.tagName === 'TD' && /\S/.test(c.textContent ?? '')));
  if (rows.length < 2 || !cells.some((c) => c.length >= 2) || cells.some((c) => c.length > 4)) return [];
  const all = cells.flat();
  if (!all.every((c) => clean(c.textContent).length >= MIN_GRID_CELL && !c.querySelector('table, td + td'))) return [];
  return all.map((c) => [c]);
}

/** The least text a cell of a grid of entries shows: a title and a date, not a field's value. */
const MIN_GRID_CELL = 50;

/**
 * Papers written as runs of sibling paragraphs that blank paragraphs set apart ("<p><a>Title</a>, 10 pages</p>
 * <p>by Names.</p><p>[ Venue ]</p><p>&nbsp;</p>", as site builders export a page of positioned lines): each run up to
 * the next blank paragraph, year line, heading or rule is one block. Only where some runs hold two paragraphs or more; the
 * paragraphs alone stay a list of their own (the longer reading wins).
 */
function blankRunsOf(parent: Element): Block[] {
  const children = [...parent.children];
  const blank = (el: Element) => el.tagName !== 'HR' && isBlankSeparator(el);
  if (children.filter(blank).length < 3) return [];
  const out: Block[] = [];
  let run: Block = [];
  const close = () => {
    if (run.length) out.push(run);
    run = [];
  };
  for (const c of children) {
    // A year line ("<p>2018</p>") heads the runs after it, as a heading does.
    const yearLine = clean(c.textContent).length <= 12 && yearHeading(clean(c.textContent)) !== undefined && holdsOnlyFormattedText(c);
    if (blank(c) || yearLine || /^(?:H[1-6]|HR)$/.test(c.tagName)) close();
    else if (/^(?:P|DIV)$/.test(c.tagName)) run.push(c);
    else close();
  }
  close();
  return out.filter((b) => b.length >= 2).length >= 2 ? out : [];
}

/**
 * Papers written as groups of sibling headings repeated with one shape ("<h5>Names (Year)</h5><h4>Title</h4>
 * <h5>Journal vol:pages</h5>", again and again): each group is one block. The shape is the tag sequence of a period
 * of 2 to 4 headings, not all of one tag, repeated at least three times; other elements (<br>) between are skipped.
 */
function headingGroupsOf(parent: Element): Block[] {
  const heads: Element[] = [];
  for (const c of parent.children) if (/^H[1-6]$/.test(c.tagName)) heads.push(c);
  if (heads.length < 6) return [];
  const tags = heads.map((h) => h.tagName);
  let best: Block[] = [];
  for (let k = 2; k <= 4; k++) {
    for (let start = 0; start < k && start + k * 3 <= tags.length; start++) {
      const shape = tags.slice(start, start + k);
      if (shape.every((t) => t === shape[0])) continue;
      const groups: Block[] = [];
      for (let i = start; i + k <= tags.length && shape.every((t, j) => tags[i + j] === t); i += k) groups.push(heads.slice(i, i + k));
      if (groups.length >= 3 && groups.length * k > best.length * (best[0]?.length ?? 0)) best = groups;
    }
  }
  return best;
}

/** The element's text up to its first line break ("Names<br>&gt; <a>paper</a> + <a>code</a>": the names). */
function firstLineOf(el: Element): string {
  let text = '';
  for (const n of el.childNodes) {
    if (n.nodeType === 1 && (n as Element).tagName === 'BR') break;
    text += n.textContent ?? '';
  }
  return clean(text);
}

/**
 * Papers written as one heading each (Markdown's "# Title") with the paragraph of their names under it, then perhaps a
 * venue line and an abstract: each such heading, its names paragraph and the short siblings after them (up to the next
 * heading or rule; an abstract is left out) is one block. The names may be a lesser heading's first line, the paper's
 * links on the next ("<h3>Title</h3><h5>Names<br>&gt; <a>paper</a></h5>").
 */
function headingRunsOf(parent: Element): Block[] {
  const children = [...parent.children];
  const out: Block[] = [];
  for (const [i, c] of children.entries()) {
    const next = children[i + 1];
    if (!/^H[1-6]$/.test(c.tagName) || !next || next.tagName === 'HR') continue;
    // A lesser heading under the title may hold its names; one of the title's rank or above is the next paper's.
    const lesser = /^H[1-6]$/.test(next.tagName);
    if (lesser && Number(next.tagName[1]) <= Number(c.tagName[1])) continue;
    const names = lesser ? firstLineOf(next) : clean(next.textContent);
    if (clean(c.textContent).split(' ').length < 3 || !opensWithNames(names)) continue;
    const block = [c, next];
    for (let j = i + 2; j < children.length && block.length < 4; j++) {
      const e = children[j]!;
      if (/^(?:H[1-6]|HR)$/.test(e.tagName) || clean(e.textContent).length > 300) break;
      block.push(e);
    }
    out.push(block);
  }
  return out.length >= 3 ? out : [];
}

/** "July 01, 2022", "2022-07-01", "1 July 2022": a day's date alone, as a blog shows a post's. */
const POST_DATE = new RegExp(
  `^(?:(?:${MONTH_NAME})\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d|\\d{1,2}\\.?\\s+(?:${MONTH_NAME})\\.?,?\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d)$`,
  'i',
);

function postDateYear(el: Element): number | undefined {
  const text = clean(el.textContent);
  return POST_DATE.test(text) ? lastYear(text) : undefined;
}

/**
 * Papers written as a blog index's flat runs of siblings, each post opening with its date alone ("<aside>July 01,
 * 2022</aside><h3>Title</h3><h4>Names</h4><h5>Journal</h5><p>Abstract</p><a>Continue reading</a>", with no element
 * around each post): each date element up to the next is one block, without its abstract. Only where three or more
 * such dates open runs of two elements or more, among the parent's children.
 */
function datedRunsOf(parent: Element): Block[] {
  const children = [...parent.children];
  if (children.length < 9) return [];
  const isDate = (el: Element) => !/^H[1-6]$/.test(el.tagName) && POST_DATE.test(clean(el.textContent));
  const out: Block[] = [];
  let run: Block | null = null;
  for (const c of children) {
    if (isDate(c)) out.push((run = [c]));
    else if (/^(?:H[12]|HR)$/.test(c.tagName)) run = null;
    // A post's abstract or summary is left out (prose, no field of the reference).
    else if (/^H[3-6]$/.test(c.tagName) || clean(c.textContent).length <= 300) run?.push(c);
  }
  const runs = out.filter((b) => b.length >= 3);
  return runs.length >= 3 && runs.length * 2 >= out.length ? runs : [];
}

/**
 * Is a block in a section of papers? One pass over each parent's children gives every child its nearest heading
 * before it. A heading counts as a section's when it is short and heads at least two blocks (a paper's own
 * heading, "Presentation Attack Detection Software", heads only its own block).
 */
function paperSections(read: TextReader): (b: Block) => boolean {
  const headings = new Map<Element, Element | undefined>();
  const isYearHeading = (h: Element) => /^\s*(?:19|20)\d\d\s*$/.test(h.textContent ?? '');
  // A heading a level below an off-topic one that names no kind of papers ("<h1>Media</h1> … <h2>2021</h2>", "<h2>Posters
  // & Presentations</h2> … <h3>Networks-related topics</h3>") is a part of that section.
  const under = (sub: Element, section: Element | undefined) =>
    !!section &&
    isOffTopicHeading(headingText(section)) &&
    (headingLevel(sub) ?? 0) > (headingLevel(section) ?? 9) &&
    (isYearHeading(sub) || !namesPapers(headingText(sub)));
  const headingOf = (el: Element): Element | undefined => {
    if (!headings.has(el)) {
      const parent = el.parentElement;
      let current = parent ? headingOf(parent) : undefined;
      let sectionHere: Element | undefined;
      // A label paragraph right over a list ("<p><b>Coverage in the media:</b></p><ul>…</ul>") heads that list alone:
      // after it the section before the label goes on.
      let labelled: { list: Element; current: Element | undefined; sectionHere: Element | undefined } | undefined;
      for (const c of parent?.children ?? [el]) {
        headings.set(c, current);
        if (c === labelled?.list) {
          ({ current, sectionHere } = labelled);
          labelled = undefined;
          continue;
        }
        if (headingLevel(c) !== null) {
          const next = c.nextElementSibling;
          if (c.tagName === 'P' && next && /^(?:OL|UL|DL)$/.test(next.tagName)) labelled = { list: next, current, sectionHere };
          // A year heading ("2026") after a sibling heading ("Talks & Workshops") stays in that heading's section; so does
          // one in a section nested in an off-topic one ("<section><h1>Media</h1><section><h2>2021</h2>…").
          if (!((isYearHeading(c) && sectionHere) || under(c, current))) current = sectionHere = c;
        } else if (c.firstElementChild && /^H[1-6]$/.test(c.firstElementChild.tagName)) {
          // A wrapper that opens with a heading ("<div><h2>Patents</h2>…") is a section; its last heading counts.
          const inner = c.querySelectorAll('h1, h2, h3, h4, h5, h6');
          const last = inner[inner.length - 1]!;
          if (!under(last, current)) current = last;
        }
      }
    }
    return headings.get(el);
  };
  // Decided per heading and kind of block (parent and tag): a "Patents" heading's lone <p> does not decide for its <dd>s.
  const sections = new Map<Element, Map<Element | null, Map<string, boolean>>>();
  const offTopicList = offTopicLists();
  return (b) => {
    const first = b[0]!;
    // In such a list, or holding one (a table row around it).
    for (let a = first.parentElement; a; a = a.parentElement) if (offTopicList(a)) return false;
    if (b.some((e) => [...e.querySelectorAll('ol, ul, dl')].some(offTopicList))) return false;
    // A <section> block opens with its own heading ("<section><h1>Media</h1><section><h2>2021</h2>…").
    const own = first.tagName === 'SECTION' && first.firstElementChild && headingLevel(first.firstElementChild) !== null;
    const heading = own ? first.firstElementChild! : headingOf(first);
    if (!heading) return true;
    const text = headingText(heading);
    const offTopic = isOffTopicHeading(text);
    if (!offTopic && !PRESENTATIONS_HEADING.test(text)) return true;
    const byParent = sections.get(heading) ?? new Map<Element | null, Map<string, boolean>>();
    sections.set(heading, byParent);
    const byTag = byParent.get(first.parentElement) ?? new Map<string, boolean>();
    byParent.set(first.parentElement, byTag);
    // A one-word heading ("Patents") names a section even over a single block; "Software Talks" may be a paper's title.
    // Over a reference that opens with its names and year ("<h2>Software Development</h2><p>Fabisch, A. (2021).<br>
    // <strong>Title</strong>…"), a heading that names no talks is a topic of the papers.
    if (!byTag.has(first.tagName))
      byTag.set(
        first.tagName,
        offTopic
          ? (!text.includes(' ') || headsSeveral(heading, first, headingOf)) &&
              (PRESENTATIONS_HEADING.test(text) || COURT_FILINGS_HEADING.test(text) || !isNamesYearLine(textLines([first], read)[0]))
          : mostlyPresented(heading, first, headingOf),
      );
    return !byTag.get(first.tagName);
  };
}

/** Is the element a list (<ol>, <ul>, <dl>) whose label line says it lists something else ("Invited talks:")? */
function offTopicLists(): (el: Element) => boolean {
  const decided = new Map<Element, boolean>();
  return (el) => {
    if (!/^(?:OL|UL|DL)$/.test(el.tagName)) return false;
    let off = decided.get(el);
    if (off === undefined) {
      const label = labelBefore(el);
      decided.set(el, (off = label !== undefined && isOffTopicHeading(label.replace(/[\s:]+$/, ''))));
    }
    return off;
  };
}

/**
 * The line of text right before a list, when it is a label of its own (a short paragraph or cell, not a list item):
 * "Selected Recent Presentations of Note:" in a table layout's header row, which no heading tag marks.
 */
function labelBefore(list: Element): string | undefined {
  let node: Node = list;
  for (let steps = 0; steps < 40; steps++) {
    while (!node.previousSibling) {
      const up = node.parentNode;
      if (!up || up.nodeType !== 1 || (up as Element).tagName === 'BODY') return undefined;
      node = up;
    }
    node = node.previousSibling;
    if (node.nodeType === 1 && SKIP_TAGS.test((node as Element).tagName.toUpperCase())) continue;
    if (!/\S/.test(node.textContent ?? '')) continue;
    // The last text before the list, and the block it sits in.
    let last: Node = node;
    while (last.lastChild) {
      let c: Node | null = last.lastChild;
      while (c && (!/\S/.test(c.textContent ?? '') || (c.nodeType === 1 && SKIP_TAGS.test((c as Element).tagName.toUpperCase()))))
        c = c.previousSibling;
      if (!c) break;
      last = c;
    }
    let block: Node = last;
    while (block !== node && !(block.nodeType === 1 && breaksLine(block as Element))) block = block.parentNode!;
    if (block.nodeType === 1 && /^(?:LI|DT|DD)$/.test((block as Element).tagName)) return undefined;
    const text = clean(block.textContent);
    return text.length <= 80 && !MARK_LEGEND.test(text) ? text : undefined;
  }
  return undefined;
}

/** A key to the marks on names ("✉ Corresponding author; † Student", "* equal contribution"), not a section's label. */
const MARK_LEGEND = /[†‡✉]|^\s*\*|\bcorresponding authors?\b|\bequal(?:ly)? contribut/i;

/**
 * Does a heading that names presentations among papers head blocks (the kind of `el`, under its parent) most of which
 * say where they were presented? Then they are talks and posters, whatever the heading adds ("… and proceedings").
 */
function mostlyPresented(heading: Element, el: Element, headingOf: (e: Element) => Element | undefined): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  const under = [...parent.children].filter((c) => c.tagName === el.tagName && headingOf(c) === heading);
  return mostlyPresentations(under.map((c) => c.textContent ?? ''));
}

/** Does `heading` stand before another element of `el`'s kind besides `el`? */
function headsSeveral(heading: Element, el: Element, headingOf: (e: Element) => Element | undefined): boolean {
  // "<li><p>…</p></li>": a block alone in its wrapper counts among the wrapper's siblings.
  while (el.parentElement && el.parentElement.childElementCount === 1 && el.parentElement.parentElement !== heading.parentElement)
    el = el.parentElement;
  const parent = el.parentElement;
  if (!parent) return false;
  let n = 0;
  for (const c of parent.children) if (c.tagName === el.tagName && headingOf(c) === heading && ++n >= 2) return true;
  return false;
}

/**
 * A pool's blocks without a list that another, longer list of the pool repeats word for word: "Recent publications"
 * whose every entry the full list below shows again; without a block of one tab pane that another pane shows word for
 * word. A paper listed twice (in two sections, or in one) stays.
 */
function withoutRepeats(blocks: Block[]): Block[] {
  const byParent = new Map<Element | null, string[]>();
  const keys = blocks.map((b) => titleKeyOf(b.map((e) => e.textContent ?? '').join(' ')));
  // A tabbed list's hidden panes ("All" / "Journals" / "Conferences") repeat the entries of another pane word for word.
  const panes = blocks.map((b) => b[0]!.closest('.tab-pane'));
  if (panes.some(Boolean)) {
    const shown = new Map<string, Element | null>();
    const repeat = blocks.map((_, i) => {
      const first = shown.get(keys[i]!);
      if (first === undefined) shown.set(keys[i]!, panes[i]!);
      return first !== undefined && panes[i] !== first && keys[i]!.length >= 20;
    });
    if (repeat.some(Boolean)) return withoutRepeats(blocks.filter((_, i) => !repeat[i]));
  }
  const groups = groupsOf(blocks);
  for (const [i, g] of groups.entries()) byParent.set(g, [...(byParent.get(g) ?? []), keys[i]!]);
  if (byParent.size < 2) return blocks;
  const repeated = new Set<Element | null>();
  for (const [parent, own] of byParent) {
    if (own.length < 2 || own.some((k) => k.length < 20)) continue;
    for (const [other, theirs] of byParent)
      if (other !== parent && !repeated.has(other) && theirs.length > own.length && own.every((k) => theirs.includes(k)))
        repeated.add(parent);
  }
  return repeated.size ? blocks.filter((_, i) => !repeated.has(groups[i]!)) : blocks;
}

/**
 * The group each block belongs to: its parent, or, where each card has a container of its own ("<div class="citation">"
 * around its image and its "<div class="citation-text">"), the nearest ancestor that holds another block too (the
 * "Highlighted" section's cards, the "All" section's).
 */
function groupsOf(blocks: Block[]): (Element | null)[] {
  const held = new Map<Element, number>();
  for (const b of blocks) for (let a = b[0]!.parentElement; a; a = a.parentElement) held.set(a, (held.get(a) ?? 0) + 1);
  return blocks.map((b) => {
    let a = b[0]!.parentElement;
    while (a && held.get(a)! < 2 && a.parentElement) a = a.parentElement;
    return a;
  });
}

/**
 * The lists without the entries of a group of repeats: the blocks one parent holds ("<h2>Selected</h2><ul>" above the
 * full list's sections, a "Recent" box, one view of a list shown twice) when the page's other groups, holding more
 * entries, show each of its papers again (same title and year) and at least half of them word for word: the box may
 * write a repeat's venue shorter ("In: MICCAI 2025"), while a section of preprints whose papers came out under the same
 * titles writes each with its own venue. A paper listed twice in one group, or in two groups that each hold others too,
 * stays.
 */
function withoutRepeatedGroups(lists: RefList[]): RefList[] {
  const parentOf = (l: RefList, k: number) => (l.blocks.length === l.entries.length ? l.blocks[k]![0]!.parentElement : undefined);
  const groups = new Map<Element | null, { title: string; paper: string; text: string }[]>();
  const papers = new Map<string, number>();
  const texts = new Map<string, number>();
  let total = 0;
  for (const l of lists)
    for (const [k, e] of l.entries.entries()) {
      const parent = parentOf(l, k);
      if (parent === undefined) continue;
      const title = titleKeyOf(e.title);
      const item = { title, paper: `${title}|${e.year ?? ''}`, text: l.blocks[k]!.map((el) => clean(el.textContent)).join(' ') };
      groups.set(parent, [...(groups.get(parent) ?? []), item]);
      papers.set(item.paper, (papers.get(item.paper) ?? 0) + 1);
      texts.set(item.text, (texts.get(item.text) ?? 0) + 1);
      total++;
    }
  if (groups.size < 2) return lists;
  const repeats = new Set<Element | null>();
  for (const [parent, own] of groups) {
    if (own.length < 2 || own.some((o) => o.title.length < 20) || total - own.length <= own.length) continue;
    const ownPapers = new Map<string, number>();
    const ownTexts = new Map<string, number>();
    for (const o of own) {
      ownPapers.set(o.paper, (ownPapers.get(o.paper) ?? 0) + 1);
      ownTexts.set(o.text, (ownTexts.get(o.text) ?? 0) + 1);
    }
    if (!own.every((o) => papers.get(o.paper)! > ownPapers.get(o.paper)!)) continue;
    if (own.filter((o) => texts.get(o.text)! > ownTexts.get(o.text)!).length * 2 < own.length) continue;
    repeats.add(parent);
    total -= own.length;
    for (const o of own) {
      papers.set(o.paper, papers.get(o.paper)! - 1);
      texts.set(o.text, texts.get(o.text)! - 1);
    }
  }
  if (!repeats.size) return lists;
  return lists
    .map((l) => {
      const keep = l.entries.map((_, k) => {
        const parent = parentOf(l, k);
        return parent === undefined || !repeats.has(parent);
      });
      return { blocks: l.blocks.filter((_, k) => keep[k]), entries: l.entries.filter((_, k) => keep[k]) };
    })
    .filter((l) => l.entries.length > 0);
}

/**
 * A section that a modifier class sets apart from its sibling sections ("<div class="pub-year preprint-card">" before
 * the "<div class="pub-year">" of each year) pools with them when it holds fewer than three blocks: alone it is no list.
 * The pool keys (parent tag and class, block tag) of such small pools, to the key of the pool they join.
 */
function pooledWithModifiedParents(all: Element[], childrenByTag: Map<string, Element[]>[]): Map<string, string> {
  const counts = new Map<string, { parent: string; classes: string[]; tag: string; blocks: number; around: Set<Element | null> }>();
  for (const [i, parent] of all.entries()) {
    const cls = parent.getAttribute('class') ?? '';
    for (const [tag, els] of childrenByTag[i]!) {
      const key = `${parent.tagName}.${cls}>${tag}`;
      const known = counts.get(key) ?? {
        parent: parent.tagName,
        classes: cls.split(/\s+/).filter(Boolean),
        tag,
        blocks: 0,
        around: new Set<Element | null>(),
      };
      known.blocks += els.length;
      known.around.add(parent.parentElement);
      counts.set(key, known);
    }
  }
  const alias = new Map<string, string>();
  for (const [key, small] of counts) {
    if (small.blocks >= 3 || small.classes.length < 2) continue;
    let best: [string, number] | undefined;
    for (const [other, big] of counts) {
      if (big.blocks < 3 || big.parent !== small.parent || big.tag !== small.tag || big.classes.length === 0) continue;
      if (big.classes.length >= small.classes.length || !big.classes.every((c) => small.classes.includes(c))) continue;
      if (![...small.around].some((a) => a && big.around.has(a))) continue;
      if (!best || big.blocks > best[1]) best = [other, big.blocks];
    }
    if (best) alias.set(key, best[0]);
  }
  return alias;
}

/** Are the reading's names the whole text of a heading in the block? */
function namesAreHeading(block: Block, r: ParsedReference): boolean {
  if (r.authors.length !== 1) return false;
  const headings = block.flatMap((e) => (headingLevel(e) !== null ? [e] : [...e.querySelectorAll('h1, h2, h3, h4, h5, h6')]));
  return headings.some((h) => clean(h.textContent) === r.authors[0]);
}

/**
 * Every list on the page whose sibling blocks read as references (with or without links), in document order: a
 * page with "Journal papers" and "Conference papers" sections has several. A list whose blocks hold other lists'
 * blocks (a year's <div> around its <ul>) gives way to those lists.
 */
function findReferenceLists(root: Element, base: URL, read: TextReader, memo: ScanMemo): RefList[] {
  // Sibling blocks of one tag under parents of one kind (tag and class) pool: one <ol> or <section> per year is one list.
  const pools = new Map<string, Block[]>();
  const all = [root, ...root.querySelectorAll('*')];
  const position = new Map(all.map((el, i) => [el, i]));
  const childrenByTag = all.map((parent) => {
    const byTag = new Map<string, Element[]>();
    for (const c of parent.children)
      if (REF_BLOCK_TAGS.has(c.tagName) || isListItemLink(c)) byTag.set(c.tagName, [...(byTag.get(c.tagName) ?? []), c]);
    return byTag;
  });
  const poolAlias = pooledWithModifiedParents(all, childrenByTag);
  for (const [i, parent] of all.entries()) {
    for (const [tag, els] of childrenByTag[i]!) {
      if (els.length > 3000) continue;
      const own = `${parent.tagName}.${parent.getAttribute('class') ?? ''}>${tag}`;
      const key = poolAlias.get(own) ?? own;
      const pool = pools.get(key) ?? [];
      pool.push(...refBlocksOf(parent, tag));
      pools.set(key, pool);
    }
  }
  const blankRuns = all.map(blankRunsOf);
  const runs = [
    ...all.map(runBlocksOf),
    ...all.map((el, i) => brSegmentsOf(el, blankRuns[i]!)),
    ...all.map(markerSegmentsOf),
    ...all.map(headingGroupsOf),
    ...all.map(headingRunsOf),
    ...all.map(datedRunsOf),
    ...all.map(gridCellsOf),
    ...blankRuns,
  ].filter((r) => r.length >= 3);
  const lists: RefList[] = [];
  // Blocks under a "Patents" or "Talks" heading are not papers (a pool may join such a list to the papers' one).
  const inPaperSection = paperSections(read);
  const { trace } = memo;
  const runLists = runs.map((run) => {
    const blocks = run.filter(inPaperSection);
    return blocks.length < 3 ? undefined : readRefList(blocks, base, read, memo);
  });
  // Blocks that are pieces of runs are read as the runs, unless their own list reads more entries than those runs:
  // "<p><b>Book Chapters</b></p>" section labels look like the bold title paragraphs that open runs.
  const runOf = new Map<Element, number>();
  for (const [i, run] of runs.entries()) for (const b of run) for (const e of b) runOf.set(e, i);
  const outread = new Set<number>();
  const repeatsOf = new Map<RefList, Block[]>();
  for (const [key, pooled] of pools) {
    if (pooled.length < 3) continue;
    const claimed = new Set(pooled.flatMap((b) => (runOf.has(b[0]!) ? [runOf.get(b[0]!)!] : [])));
    const claimedEntries = [...claimed].reduce((n, i) => n + (runLists[i]?.entries.length ?? 0), 0);
    // A year's <div class="col"> around <div class="col"> cards pools with them: the containers give way to the cards.
    // So does a year's <li> ("2019" and a nested <ul> of entries) around the <li>s it holds, when the year (or another
    // short heading) is all it says besides them.
    const holders = new Set<Element>();
    for (const b of pooled) for (let a = b[0]!.parentElement; a && !holders.has(a); a = a.parentElement) holders.add(a);
    const heldText = new Map<Element, number>();
    for (const b of pooled) {
      if (holders.has(b[0]!)) continue;
      const length = (b[0]!.textContent ?? '').trim().length;
      for (let a = b[0]!.parentElement; a; a = a.parentElement) if (holders.has(a)) heldText.set(a, (heldText.get(a) ?? 0) + length);
    }
    const isHolder = (el: Element) =>
      holders.has(el) && (CONTAINER_TAGS.has(el.tagName) || (el.textContent ?? '').trim().length - (heldText.get(el) ?? 0) <= 40);
    // Empty paragraphs between entries (Pandoc and Quarto space their output with them) are no blocks of the list.
    const blocks = pooled.filter((b) => !isHolder(b[0]!) && b.some((e) => /\S/.test(e.textContent ?? ''))).filter(inPaperSection);
    if (blocks.length < 3) {
      trace?.({ kind: 'candidate', root, origin: key, blocks: pooled, skipped: 'fewer than 3 blocks in paper sections' });
      continue;
    }
    const unrepeated = withoutRepeats(blocks);
    const read0 = readRefListOnce(unrepeated, base, read, memo);
    const list = read0 && withoutRepeatedGroups([read0])[0];
    if (claimed.size && (list?.entries.length ?? 0) <= claimedEntries) {
      trace?.({ kind: 'candidate', root, origin: key, blocks: pooled, skipped: 'pieces of runs' });
      continue;
    }
    for (const i of claimed) outread.add(i);
    trace?.({
      kind: 'candidate',
      root,
      origin: key,
      blocks: pooled,
      read: unrepeated,
      list,
      ...(unrepeated.length < blocks.length ? { skipped: 'repeats' } : {}),
    });
    if (list) lists.push(list);
    if (list && unrepeated.length < blocks.length) repeatsOf.set(list, blocks);
  }
  for (const [i, run] of runs.entries()) {
    if (outread.has(i)) continue;
    const list = runLists[i];
    if (list === undefined) {
      trace?.({ kind: 'candidate', root, origin: 'run', blocks: run, skipped: 'fewer than 3 blocks in paper sections' });
      continue;
    }
    trace?.({ kind: 'candidate', root, origin: 'run', blocks: run, read: run.filter(inPaperSection), list });
    if (list) lists.push(list);
  }
  // Keep the innermost lists: drop one whose blocks contain another list's blocks.
  // A list's repeats left unread count too (a hidden tab pane holds its list, though none of it is read).
  // Lists whose blocks lack the titles their cards show before them are no lists of entries (see `titlelessInnerLists`).
  const titleless = titlelessInnerLists(lists, read, memo);
  if (titleless.size) lists.splice(0, lists.length, ...lists.filter((l) => !titleless.has(l)));
  const ancestors = lists.map((o) => {
    const set = new Set<Element>();
    for (const ob of repeatsOf.get(o) ?? o.blocks) for (let a = ob[0]!.parentElement; a && !set.has(a); a = a.parentElement) set.add(a);
    return set;
  });
  // Blocks of an outer list that hold no other list's block stay: "<li>" entries written without the "<p>" their
  // neighbours have.
  const inner = lists
    .map((l, i) => {
      const outer = l.blocks.map((b) => lists.some((_, j) => j !== i && b.some((e) => ancestors[j]!.has(e))));
      if (!outer.some(Boolean)) return l;
      return { blocks: l.blocks.filter((_, k) => !outer[k]), entries: l.entries.filter((_, k) => !outer[k]) };
    })
    .filter((l) => l.entries.length > 0);
  // Each entry once: a later list repeating titles (a "selected publications" box) adds only new ones. Within one
  // list a repeated title is another paper (a conference and a journal version), unless it is in a box of repeats.
  // The kept entry takes the repeat's fuller names, though: a paper's summary under its list ("Title, Bertola et al.
  // (2025)") names fewer authors than its list entry does.
  // A student's thesis of a paper's title ("Title, Rohit Jain, 2002" under "Title, R. Jain, C. J. Hughes, and S. V. Adve,
  // …") is another work (`anotherWork`).
  const keptByTitle = new Map<string, Candidate[]>();
  const result = withoutRepeatedGroups(inner)
    .map((l) => {
      const entries = l.entries.filter((e) => {
        const kept = keptByTitle.get(titleKeyOf(e.title));
        if (!kept) return true;
        const at = kept.findIndex((k) => titleKeyOf(k.title) === titleKeyOf(e.title));
        const keptEntry = kept[at];
        if (keptEntry && anotherWork(keptEntry, e)) return true;
        if (keptEntry && e.authors.length > keptEntry.authors.length)
          kept[at] = { ...keptEntry, authors: e.authors, authorsTruncated: e.authorsTruncated, authorCount: e.authorCount };
        return false;
      });
      for (const e of entries) keptByTitle.set(titleKeyOf(e.title), entries);
      return { ...l, entries };
    })
    .filter((l) => l.entries.length > 0)
    // In the order the page shows them: a pool of a cell's paragraphs (the theses below a <ul> of papers) comes first
    // among the pools, though its entries stand after that <ul>'s. Only the order shown: which of two lists keeps a
    // repeated title (the full list, not a highlights box above it) is decided in the pools' order, above.
    .sort((a, b) => position.get(a.blocks[0]![0]!)! - position.get(b.blocks[0]![0]!)!);
  result.push(...gatedLists(root, result, memo, new Set(keptByTitle.keys())));
  trace?.({ kind: 'kept', root, innermost: inner.flatMap((l) => l.entries), result: result.flatMap((l) => l.entries) });
  return result;
}

/**
 * Two entries of one title that are two works: one person's in full ("Rohit Jain", a student's thesis) and a paper that
 * person wrote with others ("R. Jain, C. J. Hughes, and S. V. Adve"). Not a summary's family name ("Cusanovich") of a
 * paper, nor a misreading of the entry again with its journal for a name ("Plos One").
 */
function anotherWork(a: Candidate, b: Candidate): boolean {
  const family = (name: string) => name.split(' ').pop()!;
  const thesisOf = (one: Candidate, paper: Candidate) =>
    one.authors.length === 1 &&
    !one.authorsTruncated &&
    one.authors[0]!.split(' ').length >= 2 &&
    paper.authors.length >= 2 &&
    paper.authors.some((n) => family(n) === family(one.authors[0]!));
  return thesisOf(a, b) || thesisOf(b, a);
}

/** A journal's volume or issue then its pages or article number closing a text: "(13-2): e9832", "(149): 39-47", "(6):183-184". */
const CITATION_TAIL = /(?:\)\s*:?|:)\s*e?\d{1,7}(?:\s*[-–]\s*\d{1,7})?\.?$/;

/**
 * A meeting's name opening a title: its number ("18th International …", "5º Congresso …"), or a meeting's word or a
 * year among its first words ("International RILEM Conference on …", "ISPRS Geospatial Week 2023").
 */
const MEETING_OPENING = new RegExp(
  `^(?:The\\s+)?\\d{1,3}(?:st|nd|rd|th|º|ª)\\s|^(?:\\S+\\s+){0,5}?(?:\\S*\\b${YEAR}\\b|(?:conference|proceedings|workshop|symposium|congress|congresso|congreso|meeting|seminar)\\b)`,
  'iu',
);

/** A journal's numbers closing a venue: ", 118(16)", " 9(1), 1-15", ", 13(1), 1-10." */
const VOLUME_CLOSING = /[\s,;:.]+\d[\d\s,;:.()–-]*$/;

/** An astronomy card's journal line, "2024, MNRAS 528 2046 arXiv:2309.01039", "ApJ accepted arXiv:…", "to be submitted". */
const STATUS_WORDS = /\b(?:to be submitted|submitted|accepted|in press|published)\b/gi;
const VENUE_LINE_WORD = /^(?:\p{Lu}[\p{L}.&]*|of|in|and|the|for|[A-Z]?\d{1,6}[,;:]?)$/u;

function isVenueOrStatusLine(title: string): boolean {
  const rest = title
    .replace(/\barXiv:\s*\S+.*$/i, '')
    .replace(STATUS_WORDS, '')
    .replace(/^[\s,;.]+|[\s,;.]+$/g, '');
  if (rest === '') return rest !== title.trim();
  if (CITATION_TAIL.test(rest)) return true;
  const words = rest.split(/\s+/);
  return words.length <= 7 && words.every((w) => VENUE_LINE_WORD.test(w)) && (/\d/.test(rest) || rest.length < title.trim().length);
}

/**
 * Is `title` the card's venue line ("Phys. Rev. Lett. 125, 111102 (2020)": its venue and numbers) or names line, read
 * for a title?
 */
function readsAnotherField(title: string, card: Candidate): boolean {
  const key = titleKeyOf(title);
  const venue = titleKeyOf(card.venue ?? '');
  if (venue.length >= 5 && key.includes(venue) && /\d{2,}/.test(title.slice(title.indexOf(card.venue ?? '') + 1))) return true;
  const families = card.authors.map((a) => titleKeyOf(a.split(' ').pop() ?? '')).filter((f) => f.length >= 3);
  return families.filter((f) => key.includes(f)).length >= 2;
}

/**
 * Inner lists that are the bodies of cards whose title stands outside them: "<h5>Title</h5><p>Names<br>Venue (2020)</p>"
 * makes a list of the <p>s, read with a names or venue line for title, inside the list of the cards, read whole. Such an
 * inner list gives way to the outer one when, for most of its blocks, the card around it (one block of an outer list
 * holding that block alone) reads as an entry whose title is nowhere in the inner block.
 */
function titlelessInnerLists(lists: RefList[], read: TextReader, memo: ScanMemo): Set<RefList> {
  const titleless = new Set<RefList>();
  const cardIndex = lists.map((outer) => new Map(outer.blocks.flatMap((b, i) => b.map((e) => [e, i] as const))));
  for (const inner of lists) {
    if (inner.entries.length < 3) continue;
    for (const [o, outer] of lists.entries()) {
      if (outer === inner || outer.entries.length < inner.entries.length) continue;
      // The card around each inner block: the outer block holding its first element, strictly.
      const cards = inner.blocks.map((b) => {
        for (let a = b[0]!.parentElement; a; a = a.parentElement) if (cardIndex[o]!.has(a)) return cardIndex[o]!.get(a)!;
        return -1;
      });
      const perCard = new Map<number, number>();
      for (const c of cards) perCard.set(c, (perCard.get(c) ?? 0) + 1);
      let headless = 0;
      // Bodies whose own reading takes the meeting they went to for a title, the card's title before them
      // ("<a>Title</a><p>Names (2023). 18th International Conference …</p>"): among the blocks the two readings disagree
      // on (not a card whose title is inside its body, read the same both ways; not a block outside the cards).
      let bodies = 0;
      let judged = 0;
      let agreeing = 0;
      for (const [k, c] of cards.entries()) {
        if (c < 0 || perCard.get(c) !== 1) continue;
        const card = outer.entries[c]!;
        const title = titleKeyOf(card.title);
        const innerText = titleKeyOf(blockText(inner.blocks[k]!, read, memo));
        // The same names as the card's, the card's title not among them, and a citation's tail, a status or a piece of
        // the card's venue for a title ("Ecology and Evolution (13-2): e9832", "(under review)", "Neurobiology of Aging"),
        // or the card's own year and venue (its title then another line of the card, an abstract): the inner block is the
        // card without its title.
        const innerEntry = inner.entries[k]!;
        const innerTitle = innerEntry.title;
        if (titleKeyOf(innerTitle) === title) {
          agreeing++;
          continue;
        }
        judged++;
        const innerKey = titleKeyOf(innerTitle.replace(VOLUME_CLOSING, ''));
        const [cardVenue, innerVenue] = [card.venue, innerEntry.venue].map((v) => (v ? titleKeyOf(v) : ''));
        const sameCitation =
          card.year !== undefined &&
          card.year === innerEntry.year &&
          !!cardVenue &&
          !!innerVenue &&
          (cardVenue.startsWith(innerVenue) || innerVenue.startsWith(cardVenue));
        const sameNames =
          card.authors.length > 0 &&
          card.authors.join('|') === innerEntry.authors.join('|') &&
          (CITATION_TAIL.test(innerTitle) ||
            (UNPUBLISHED.test(innerTitle) && innerTitle.length <= 80) ||
            isVenueOrStatusLine(innerTitle) ||
            (!!innerKey && titleKeyOf(card.venue ?? '').includes(innerKey)) ||
            sameCitation);
        if (title.length >= 10 && !innerText.includes(title) && (sameNames || readsAnotherField(innerTitle, card))) headless++;
        if (
          title.length >= 10 &&
          card.authors.length > 0 &&
          card.authors.join('|') === innerEntry.authors.join('|') &&
          MEETING_OPENING.test(innerTitle) &&
          titleKeyOf(blockText(outer.blocks[c]!, read, memo)) === title + innerText
        )
          bodies++;
      }
      const meetingBodies = bodies >= 3 && bodies * 10 >= judged * 8 && bodies * 2 > inner.entries.length - agreeing;
      if ((headless >= 3 && headless * 10 >= inner.entries.length * 8) || meetingBodies) {
        titleless.add(inner);
        break;
      }
    }
  }
  return titleless;
}

// ---------------------------------------------------------------- the adapter

function listKind(entries: Candidate[]): PageKind {
  const arxivOnly = entries.filter((e) => e.ids.arxiv && !e.year).length;
  return arxivOnly * 5 >= entries.length * 4 ? 'feed' : 'lab';
}

type Source = { kind: PageKind; entries: () => Candidate[] };

function findSource(doc: Document, url: URL): Source | null {
  if (doc.querySelector('meta[name="citation_title"]')) return { kind: 'single', entries: () => highwire(doc, url) };
  const ld = jsonLdPapers(doc);
  if (ld.length)
    return { kind: ld.length === 1 ? 'single' : 'lab', entries: () => ld.map((n) => candidateFromLd(n, url)).filter(isCandidate) };
  const coins = [...doc.querySelectorAll('span.Z3988[title]')];
  if (coins.length)
    return { kind: coins.length === 1 ? 'single' : 'lab', entries: () => coins.map((s) => candidateFromCoins(s, url)).filter(isCandidate) };
  const read = textReader(doc);
  const micro = microdataItems(doc, url);
  const fromMicrodata: Source = {
    kind: micro.length === 1 ? 'single' : 'lab',
    entries: () => micro.map((el) => candidateFromMicrodata(el, url, read)).filter(isCandidate),
  };
  // One schema.org "Article"/"CreativeWork" around the page's content is the theme's markup for the page itself (a
  // Jekyll or WordPress post): when it holds a list of references, the list is what the page shows.
  const pageWrapper = micro.length === 1 && !MICRO_PAPER.test(micro[0]!.getAttribute('itemtype') ?? '');
  if (micro.length && !pageWrapper) return fromMicrodata;
  const listed = listEntries(doc, url, read);
  if (listed.length >= 3 || !micro.length) return listed.length >= 3 ? { kind: listKind(listed), entries: () => listed } : null;
  if (!pageWrapper) return fromMicrodata;
  // The page's own wrapper named for its list ("<article itemtype=…/CreativeWork><meta itemprop=headline
  // content=Papers>") is no paper; nor is one around two references of its own ("<meta itemprop=headline
  // content=Research>" over "Palandri, C., … (2025). “Title.” <em>Journal</em>" twice): they are what the page lists.
  const wrapped = fromMicrodata.entries().filter((e) => !(namesPapers(e.title) && e.title.split(/\s+/).length <= 3));
  const wrapperTitle = titleKeyOf(wrapped[0]?.title ?? '');
  if (listed.length === 2 && listed.every((e) => e.year !== undefined && titleKeyOf(e.title) !== wrapperTitle))
    return { kind: 'lab', entries: () => listed };
  return { ...fromMicrodata, entries: () => wrapped };
}

/** The lists the page's markup shows under `root`: sibling blocks with paper links, or blocks that read as references. */
function markupEntries(root: Element, url: URL, read: TextReader, memo: ScanMemo): Candidate[] {
  // Paper links are looked for in the whole document when the root is its body (a parser may leave blocks outside).
  const blocks = findListBlocks(root === root.ownerDocument.body ? root.ownerDocument.documentElement : root, url, read, memo);
  const inPapers = blocks ? blocks.filter(paperSections(read)) : [];
  const blockEntries = inPapers.map((b) => {
    let entry = memo.linked.get(b[0]!);
    if (entry === undefined) memo.linked.set(b[0]!, (entry = entryFromBlock(b, url, read)));
    return entry;
  });
  const linked = blockEntries.filter(isCandidate);
  // Where most cards show their names, a card whose names line is one person named in the others' lists is the owner's
  // work alone ("Adrián Frausto Martín del Campo" under the title, where the others write "Francisco Urrutia y Adrián
  // Frausto").
  const nameWords = new Set(linked.flatMap((e) => e.authors.flatMap((a) => a.split(/\s+/).filter((w) => w.length >= 3))));
  if (linked.filter((e) => e.authors.length > 0).length * 2 >= linked.length)
    for (const [i, e] of blockEntries.entries()) {
      if (!e || e.authors.length > 0) continue;
      const one = textLines(inPapers[i]!, read)
        .filter((l) => l.trim() && !l.includes(e.title))
        .map((l) => metaNames(l.trim()))
        .find((n) => n?.names.length === 1 && n.names[0]!.split(/\s+/).some((w) => nameWords.has(w)));
      if (one) e.authors = one.names;
    }
  if (memo.trace && blocks) memo.trace({ kind: 'linked', root, blocks: inPapers, entries: blockEntries });
  const references = findReferenceLists(root, url, read, memo).flatMap((l) => l.entries);
  // Lists read as references (the list's style inferred) unless the paper-link reading finds clearly more (the rules'
  // entries alone; gated lists' only where there is no paper-link reading).
  const ruled = ruledOnly(references).length;
  // Links with neither names nor a year beside them ("See also: the <a>lab's publications page</a>", a software link)
  // are no papers the paper-link reading found more of, where most of its entries show either.
  const bare = linked.filter((e) => e.authors.length === 0 && e.year === undefined).length;
  const linkedPapers = bare * 2 < linked.length ? linked.length - bare : linked.length;
  const entries = (ruled >= 3 && ruled * 10 >= linkedPapers * 9) || (linked.length === 0 && references.length >= 3) ? references : linked;
  memo.trace?.({ kind: 'markup', root, references, linked, entries });
  return entries;
}

function listSource(doc: Document, url: URL, read: TextReader, trace?: ScanTrace): Source | null {
  const entries = listEntries(doc, url, read, trace);
  return entries.length >= 3 ? { kind: listKind(entries), entries: () => entries } : null;
}

/** The entries of the page's best list reading, however few. */
function listEntries(doc: Document, url: URL, read: TextReader, trace?: ScanTrace): Candidate[] {
  // An empty <body> beside the page's content (linkedom's reading of a page that closes a <head> it never opened).
  const body = pageBody(doc) ?? doc.documentElement;
  if (!body) return [];
  const memo = newScanMemo(trace);
  const markup: Reading = { entries: markupEntries(body, url, read, memo) };
  const readingWell = readsWell(markup.entries, body);
  const others = readingWell ? [] : contentReadings(doc, url, read, memo);
  const best = readingWell ? markup : betterReading(markup, others);
  const entries = best.complete?.() ?? best.entries;
  trace?.({
    kind: 'source',
    body,
    markup: markup.entries,
    readsWell: readingWell,
    readings: others,
    chosen: others.indexOf(best),
    entries,
  });
  return entries;
}

/** The generic list reading of a page (no adapter, no embedded metadata), telling `trace` each step. */
export function traceListReading(doc: Document, url: URL, trace: ScanTrace): Candidate[] {
  return listSource(doc, url, textReader(doc), trace)?.entries() ?? [];
}

/**
 * One reading of the page; `complete` adds what only the kept reading needs (the links of a text's entries). `root`
 * is the element a markup reading read.
 */
interface Reading {
  entries: Candidate[];
  complete?: () => Candidate[];
  root?: Element;
}

const CUT_AT_INITIAL = /,\s*\p{Lu}$/u;

/**
 * A title that can be a paper's: two words or more (or a Chinese or Japanese title's six characters), not a link label,
 * and not names cut at an initial's period ("Nakayama Y., C", "Paolo F.S., H": a sentence split of "Family I., I. Family,
 * Title, Journal (2021)").
 */
const isTitleShaped = (title: string) =>
  (title.split(/\s+/).length >= 2 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{6}/u.test(title)) &&
  !LABEL_ONLY.test(title) &&
  !UTILITY.test(title) &&
  !CUT_AT_INITIAL.test(title) &&
  !isCitationLineTitle(title);

/** An author as a name, not a piece of one: "R.O." or "A" alone is the initials of an inverted name read apart. */
const isWholeName = (name: string) => /\p{L}{2}/u.test(name) && /\s|^\p{Lu}\p{Ll}/u.test(name.trim());

/**
 * How much of a reading is papers: each entry with a paper-shaped title counts 1 when it also has authors whose
 * names are whole (not "Gilmore", "R.O." read apart) and a year (or an arXiv identifier), half when it has one of
 * them, nothing otherwise (a link label, a menu item, a name). Not the raw count: a sidebar's links or a news list
 * give many entries that are not references; a title read twice counts once. With `venues`, an entry's venue counts a quarter more: of two readings
 * of the same list, the one that tells its venues apart read it better.
 */
function readingScore(entries: readonly Candidate[], venues = false): number {
  let score = 0;
  // A title read again and again ("Working pape", "Abstract ↓ Lire → PDF ↓") is a card's type line or button row
  // read as entries: it counts once.
  const seen = new Set<string>();
  for (const e of entries) {
    if (!isTitleShaped(e.title) || seen.has(e.title)) continue;
    seen.add(e.title);
    const named = e.authors.length > 0 && e.authors.every(isWholeName);
    // An arXiv identifier dates the paper (its first four digits are year and month) where no year is shown.
    score += ((named ? 1 : 0) + (e.year !== undefined || e.ids.arxiv ? 1 : 0)) / 2;
    if (venues && e.venue) score += 0.25;
  }
  return score;
}

/**
 * The markup's reading needs no other: three or more entries, nearly all complete (`readingScore`), and at least
 * half as many as the years the page's text shows (a reference shows one year, sometimes two; a list the markup
 * reads only in part, or a sidebar read instead of the list, leaves most of them).
 */
function readsWell(all: readonly Candidate[], root: Element): boolean {
  const entries = ruledOnly(all);
  if (entries.length < 3 || readingScore(entries) < entries.length * 0.8) return false;
  let years = 0;
  for (const _ of (root.textContent ?? '').matchAll(/\b(?:19|20)\d{2}\b/g)) years++;
  return entries.length * 2 >= years;
}

/**
 * The reading that holds clearly more papers by `readingScore` (a tenth more, and at least two); the markup's
 * otherwise, as it keeps each entry's links and its italics' venue.
 */
function betterReading(markup: Reading, others: Reading[]): Reading {
  let best = markup;
  let bestScore = readingScore(markup.entries, true);
  for (const other of others) {
    const score = readingScore(other.entries, true);
    if (score >= bestScore * 1.1 && score >= bestScore + 2) {
      best = other;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The page's main content read as a reader's selection of it would be (lib/sites/selected-list.ts): the lists its
 * markup shows under the content element alone (no sidebar or menu in the way), and its visible text through the
 * text readers, which infer each list's style from its lines.
 */
function contentReadings(doc: Document, url: URL, read: TextReader, memo: ScanMemo): Reading[] {
  const root = mainContentRoot(doc);
  if (!root) return [];
  const out: Reading[] = [];
  if (root !== pageBody(doc) && root !== doc.body) out.push({ entries: markupEntries(root, url, read, memo), root });
  const hidden = hiddenByMarkup(doc);
  const offTopicList = offTopicLists();
  const text = selectedTextOf(root, read, (el) => hidden(el) || offTopicList(el), isOffTopicHeading);
  const fromText = parsePublicationListText(text, url, new Date()).entries;
  out.push({ entries: fromText, complete: () => withPageLinks(fromText, root, url) });
  return out;
}

/**
 * Entries read from the page's text, with the links of the element each one was read from: the title found in the
 * page's text (in page order), and its block the largest element around it that holds neither the entry before
 * nor the one after.
 */
function withPageLinks(entries: Candidate[], root: Element, base: URL): Candidate[] {
  // The page's text as title keys (lower-case letters and digits), with where each text node's key starts.
  const nodes: Node[] = [];
  const starts: number[] = [];
  let keys = '';
  walkText(
    root,
    (el) => !SKIP_TAGS.test(el.tagName.toUpperCase()),
    (data, parent) => {
      const k = titleKeyOf(data);
      if (!k) return;
      nodes.push(parent);
      starts.push(keys.length);
      keys += k;
    },
  );
  const titleKeys = entries.map((e) => titleKeyOf(e.title));
  const at = (i: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  let from = 0;
  return entries.map((e, n) => {
    const key = titleKeys[n]!;
    if (key.length < 8) return e;
    let i = keys.indexOf(key, from);
    if (i < 0) i = keys.indexOf(key);
    if (i < 0) return e;
    from = i + key.length;
    const neighbours = [titleKeys[n - 1], titleKeys[n + 1]].filter((k): k is string => !!k && k.length >= 8);
    let block = nodes[at(i)] as Element;
    let shared = false;
    for (let up = block.parentElement; up && up !== root && root.contains(up); up = up.parentElement) {
      const upKey = titleKeyOf(up.textContent ?? '');
      // An element that holds the next or the last entry's title too holds their links.
      shared = neighbours.some((k) => upKey.includes(k));
      if (upKey.length > MAX_REF_TEXT || shared) break;
      block = up;
    }
    return withLinks(e, shared ? [block, ...runAfter(block, titleKeys[n + 1])] : [block], base);
  });
}

/**
 * "<span class=pub_title><b>Title</b>.</span><br><span><i>Journal</i></span> <span><a href=doi.org/…><i
 * class=ai-doi></i></a></span><br><br>": where entries run inline one after another in one element, the inline
 * siblings after the title's element up to a blank line (two <br>s) or the next entry's title.
 */
function runAfter(el: Element, nextTitleKey: string | undefined): Element[] {
  const out: Element[] = [];
  if (!/^(?:SPAN|A|I|EM|B|STRONG|SMALL|FONT|U|CITE)$/.test(el.tagName)) return out;
  let breaks = 0;
  for (let n = el.nextSibling; n && out.length < 12; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (/\S/.test(n.textContent ?? '')) breaks = 0;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const sibling = n as Element;
    if (sibling.tagName === 'BR') {
      if (++breaks >= 2) break;
      continue;
    }
    breaks = 0;
    // Inline elements alone: a block-level sibling is another entry, or no part of one.
    if (!/^(?:SPAN|A|I|EM|B|STRONG|SMALL|FONT|U|CITE|CODE|SUP|SUB)$/.test(sibling.tagName)) break;
    if (nextTitleKey && nextTitleKey.length >= 8 && titleKeyOf(sibling.textContent ?? '').includes(nextTitleKey)) break;
    out.push(sibling);
  }
  return out;
}

const isCandidate = (c: Candidate | null): c is Candidate => c !== null;

/**
 * `findAdapterIn` calls `detect` and `scanWith` then calls `extract` on the same page in one task: the page's reading
 * (seconds on a long list read as text) is made once for both, and forgotten when the task ends.
 */
let lastReading: { doc: Document; href: string; source: Source | null } | undefined;

function sourceOf(doc: Document, url: URL): Source | null {
  if (lastReading?.doc === doc && lastReading.href === url.href) return lastReading.source;
  const source = findSource(doc, url);
  lastReading = { doc, href: url.href, source };
  queueMicrotask(() => (lastReading = undefined));
  return source;
}

function detect(doc: Document, url: URL): PageKind | null {
  return sourceOf(doc, url)?.kind ?? null;
}

function context(doc: Document, kind: PageKind): PageContext | undefined {
  const title = clean(doc.title) || clean(doc.querySelector('h1')?.textContent) || undefined;
  let date: string | undefined;
  if (kind === 'feed') {
    for (const h of doc.querySelectorAll('h1, h2, h3')) {
      const m = /\b(20\d{2})[-./](\d{1,2})[-./](\d{1,2})\b/.exec(h.textContent ?? '');
      if (m) {
        date = `${m[1]}-${pad2(Number(m[2]))}-${pad2(Number(m[3]))}`;
        break;
      }
    }
  }
  const ctx = compact({ title, date });
  return Object.keys(ctx).length ? ctx : undefined;
}

function extract(doc: Document, url: URL): PageScan {
  const source = sourceOf(doc, url);
  const kind = source?.kind ?? 'lab';
  return compact({ site: 'generic', kind, url: url.href, context: context(doc, kind), entries: source?.entries() ?? [] });
}

export const genericSite: Site = {
  id: 'generic',
  name: 'Web page',
  matches: [],
};

export const generic: SiteAdapter = {
  ...genericSite,
  detect,
  extract,
  listing: (_doc, _url, scan) => (scan.kind === 'lab' || scan.kind === 'feed' ? listingOf(scan.context?.title) : null),
};
