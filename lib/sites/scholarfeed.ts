import type { Candidate, PageContext, PageKind, PageScan, Signals } from '../model';
import type { Site, SiteAdapter, SitePresence } from './adapter';
import { ownerListing } from './listing';
import { absUrl, parseCount, authorTruncation, clean, compact, isoDay, stripMarkers, walkText } from './dom';
import { monthNumber, pad2 } from '../dates';
import { arxivAbsUrl, arxivPreprint, idsFromUrl, parseArxivId } from '../identity';
import { textReader, type TextReader } from './math-text';

/**
 * Scholar Feed (scholarfeed.org): author pages `/author/<id>` (and feed-like lists). Built on structure, not class
 * names: a paper card is the largest element around a link to `/paper/<arXiv id>` (or arxiv.org) that holds no
 * other paper's link; inside it, text before the title is the header ([score] category date [Code]), the text
 * after it (same line in the compact list, next line in cards) is "A, B, C et al. · orgs", the rest the abstract.
 */

const PAPER_LINK = 'a[href*="/paper/"], a[href*="arxiv.org/abs/"], a[href*="arxiv.org/pdf/"]';
const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|SECTION|TABLE|TD|TH|TR|UL)$/;
const SKIP = /^(SCRIPT|STYLE|SVG|TEMPLATE|NOSCRIPT)$/;
const DATE = /^([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,\s*(\d{4}))?$/;
const CATEGORY = /^(?:[a-z-]+\.)?[A-Z]{2,4}$/;

/** The paper a link points to: its arXiv id, or the site's own paper key when that is not an arXiv id. */
function paperKey(a: Element): string | undefined {
  const href = a.getAttribute('href') ?? '';
  if (/arxiv\.org\/(abs|pdf)\//.test(href)) return idsFromUrl(href, 'https://www.scholarfeed.org/').arxiv;
  const m = /^(?:https?:\/\/(?:www\.)?scholarfeed\.org)?\/paper\/([^/?#]+)/.exec(href);
  if (!m) return undefined;
  const segment = decodeURIComponent(m[1]!);
  return parseArxivId(segment) ?? segment;
}

function detect(doc: Document, url: URL): PageKind | null {
  if (!/(^|\.)scholarfeed\.org$/.test(url.hostname) || url.pathname.startsWith('/paper/')) return null;
  if (!doc.querySelector(PAPER_LINK)) return null;
  return url.pathname.startsWith('/author/') ? 'profile' : 'feed';
}

interface Card {
  el: Element;
  key: string;
}

function findCards(root: Element): Card[] {
  const cards: Card[] = [];
  const seen = new Set<Element>();
  for (const link of root.querySelectorAll(PAPER_LINK)) {
    const key = paperKey(link);
    if (!key) continue;
    let el: Element = link;
    for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if ([...parent.querySelectorAll(PAPER_LINK)].some((a) => paperKey(a) !== undefined && paperKey(a) !== key)) break;
      el = parent;
    }
    if (!seen.has(el)) {
      seen.add(el);
      cards.push({ el, key });
    }
  }
  return cards;
}

interface Run {
  text: string;
  line: number;
  el: Element;
}

/** The card's text as runs (one per text node), numbered by visual line: block elements start new lines. */
function textRuns(card: Element, read: TextReader): Run[] {
  const runs: Run[] = [];
  let line = 0;
  // A formula is one run in its parent: its source, or nothing for a rendered copy.
  walkText(
    card,
    (el) => {
      const math = read.atom(el);
      if (math !== null) return math;
      const tag = el.tagName.toUpperCase();
      if (SKIP.test(tag)) return false;
      if (BLOCK.test(tag)) line++;
      return true;
    },
    (text, el) => runs.push({ text, line, el }),
    (el) => {
      if (BLOCK.test(el.tagName.toUpperCase())) line++;
    },
  );
  return runs;
}

/** The link's title element: a heading inside a card-wrapping link, else the link itself. */
function titleElement(card: Element, key: string): Element | null {
  const links = [...card.querySelectorAll(PAPER_LINK)].filter((a) => paperKey(a) === key);
  if (card.matches(PAPER_LINK)) links.unshift(card);
  const inHeading = links.find((a) => a.closest('h1, h2, h3, h4, h5, h6'));
  if (inHeading) return inHeading;
  for (const a of links) {
    const heading = a.querySelector('h1, h2, h3, h4, h5, h6');
    if (heading) return heading;
  }
  return links.sort((a, b) => clean(b.textContent).length - clean(a.textContent).length)[0] ?? null;
}

function parseDate(text: string, now: Date): string | undefined {
  const m = DATE.exec(text);
  const month = m ? monthNumber(m[1]!) : undefined;
  if (!m || !month) return undefined;
  // The site leaves the year off dates in the current year; one that would lie in the future is from last year.
  let year = m[3] ? Number(m[3]) : now.getFullYear();
  if (!m[3] && new Date(year, month - 1, Number(m[2])).getTime() > now.getTime() + 2 * 86_400_000) year--;
  return `${year}-${pad2(month)}-${pad2(Number(m[2]))}`;
}

function parseAuthorLine(line: string): { authors: string[]; truncated: boolean; more?: number; orgs: string[] } {
  const [people = '', ...rest] = clean(line).split(/\s+[·•]\s+|\s*[·•]\s*$/);
  const { truncated, more } = authorTruncation(people);
  const authors = people
    .replace(/,?\s*(?:\bet al\.?|(?:and\s+)?\+?\s*\d+\s+(?:more\s+)?(?:authors?|others?)|…|\.\.\.)\s*$/i, '')
    .split(/\s*,\s*|\s+and\s+/)
    .map(stripMarkers)
    .filter(Boolean);
  const orgs = rest
    .join(', ')
    .split(/\s*,\s*/)
    .map(clean)
    .filter(Boolean);
  return { authors, truncated, more, orgs };
}

const SEPARATOR_END = /[,·•;]\s*$/;
const SEPARATOR_START = /^\s*[,·•;]/;
const MARKER = /^[\s\d*†‡§¶#,]+$/;

/**
 * The author line's text. Names set as sibling elements with nothing between them (`<a>Ao Xu</a><a>Bo Li</a>`, a
 * flex row whose gaps are CSS) are joined with ", " so they stay apart; the parts of one name (`<a><b>Ao</b> Xu</a>`)
 * and footnote markers (`<sup>1</sup>`) are not split off.
 */
function joinNames(runs: Run[]): string {
  const named = runs.filter((r) => clean(r.text));
  // Items are the children of the elements' common ancestor: one per name when names are elements.
  let common: Element | null = named[0]?.el ?? null;
  for (const r of named) while (common && !common.contains(r.el)) common = common.parentElement;
  // Text straight in the common ancestor is one flow (React splits `{first} {last}` into several text nodes).
  const item = (r: Run): Element | null => {
    if (!common || r.el === common) return common;
    let x = r.el;
    while (x.parentElement && x.parentElement !== common) x = x.parentElement;
    return x;
  };
  let out = '';
  let prev: Run | undefined;
  for (const run of runs) {
    if (run.el.closest('sup')) continue; // affiliation or equal-contribution marks
    if (!clean(run.text)) {
      out += run.text;
      continue;
    }
    if (prev && item(prev) !== item(run) && !SEPARATOR_END.test(out) && !SEPARATOR_START.test(run.text) && !MARKER.test(run.text)) {
      out += ', ';
    }
    out += run.text;
    prev = run;
  }
  return out;
}

function extractCard(card: Card, base: URL, now: Date, read: TextReader): Candidate | null {
  const titleEl = titleElement(card.el, card.key);
  const title = clean(read(titleEl));
  if (!titleEl || !title) return null;
  const runs = textRuns(card.el, read);
  const first = runs.findIndex((r) => titleEl.contains(r.el));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < runs.length && titleEl.contains(runs[last + 1]!.el)) last++;

  const signals: Signals = {};
  let date = isoDay(card.el.querySelector('time[datetime]')?.getAttribute('datetime'));
  let code: string | undefined;
  // Header items are separate elements ("95.3" "AI" "Mar 16" "Code"); one text node may also hold "LG · May 27".
  const header = runs.slice(0, first).flatMap((run) =>
    clean(run.text)
      .split(/\s*[·•|]\s*/)
      .map((text) => ({ text, el: run.el })),
  );
  for (const run of header) {
    const text = run.text;
    if (/^\d{1,3}(\.\d+)?$/.test(text) && signals.score === undefined && signals.category === undefined) signals.score = Number(text);
    else if (CATEGORY.test(text) && signals.category === undefined) signals.category = text;
    else if (DATE.test(text)) date ??= parseDate(text, now);
    else if (/^code$/i.test(text)) {
      signals.hasCode = true;
      code = absUrl(run.el.closest('a[href]')?.getAttribute('href'), base);
    }
  }

  // Authors: the rest of the title's line (compact list), else the next line unless that is already the abstract.
  const after = runs.slice(last + 1);
  const titleLine = runs[last]!.line;
  const nextText = after.find((r) => clean(r.text));
  let authorRuns = after.filter((r) => r.line === titleLine);
  if (!authorRuns.some((r) => clean(r.text)) && nextText) authorRuns = after.filter((r) => r.line === nextText.line);
  let authorLine = joinNames(authorRuns);
  if (clean(authorLine).length > 400) {
    authorLine = '';
    authorRuns = [];
  }
  const authorLineNo = authorRuns[authorRuns.length - 1]?.line ?? titleLine;
  const rest = after.filter((r) => r.line > authorLineNo && !authorRuns.includes(r));
  const lines = new Map<number, string>();
  for (const r of rest) lines.set(r.line, (lines.get(r.line) ?? '') + r.text);
  const abstract = [...lines.values()]
    .map(clean)
    .filter((l) => l.length >= 40)
    .join(' ');

  const { authors, truncated, more, orgs } = parseAuthorLine(authorLine);
  if (orgs.length) signals.orgs = orgs;
  const arxiv = parseArxivId(card.key);
  return compact({
    title,
    authors,
    authorsTruncated: truncated || authors.length === 0,
    authorCount: truncated && more !== undefined ? authors.length + more : undefined,
    year: date ? Number(date.slice(0, 4)) : undefined,
    date,
    abstract: abstract || undefined,
    ...arxivPreprint(arxiv),
    url: arxiv ? arxivAbsUrl(arxiv) : absUrl(titleEl.closest('a[href]')?.getAttribute('href'), base),
    code,
    signals: Object.keys(signals).length ? signals : undefined,
  });
}

/** The profile header above the first paper: "Ao Xu · LG · h-index13 · 17papers · 50citations · Novelty54% · AI Score56". */
function profileContext(root: Element, firstCard: Element | undefined, doc: Document): PageContext {
  const leaves: string[] = [];
  let reachedCards = false;
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (reachedCards || child === firstCard) {
        reachedCards = true;
        return;
      }
      if (SKIP.test(child.tagName.toUpperCase()) || child.tagName.toUpperCase() === 'NAV') continue;
      if (child.children.length === 0) leaves.push(clean(child.textContent));
      else walk(child);
    }
  };
  walk(root);
  const text = leaves.filter(Boolean).join(' ');
  const stats: Record<string, number | string> = {};
  const put = (key: string, re: RegExp) => {
    const v = re.exec(text)?.[1];
    const n = v === undefined ? undefined : v.includes('.') ? Number(v) : parseCount(v);
    if (n !== undefined && Number.isFinite(n)) stats[key] = n;
  };
  put('hIndex', /h-index\s*(\d+)/i);
  put('papers', /([\d,]+)\s*papers\b/i);
  put('citations', /([\d,]+)\s*citations\b/i);
  put('noveltyPercent', /Novelty\s*(\d+(?:\.\d+)?)\s*%/i);
  put('aiScore', /AI Score\s*(\d+(?:\.\d+)?)/i);
  const heading = root.querySelector('h1');
  const name = clean(heading?.textContent) || clean(doc.title.split('|')[0]);
  const category = leaves.slice(leaves.indexOf(name) + 1).find((l) => CATEGORY.test(l));
  if (category) stats.category = category;
  return compact({ name: name || undefined, title: clean(doc.title) || undefined, stats: Object.keys(stats).length ? stats : undefined });
}

function extract(doc: Document, url: URL): PageScan {
  const kind = detect(doc, url) ?? 'feed';
  const root = doc.querySelector('main') ?? doc.body;
  const now = new Date();
  const cards = findCards(root);
  const byKey = new Map<string, Candidate>();
  const read = textReader(root);
  for (const card of cards) {
    const c = extractCard(card, url, now, read);
    if (!c) continue;
    const known = byKey.get(card.key);
    // The same paper in two lists (top papers + all papers): keep the first, fill what it lacks.
    if (known) byKey.set(card.key, { ...c, ...known, signals: compact({ ...c.signals, ...known.signals }) });
    else byKey.set(card.key, c);
  }
  const context = kind === 'profile' ? profileContext(root, cards[0]?.el, doc) : compact({ title: clean(doc.title) || undefined });
  return { site: 'scholarfeed', kind, url: url.href, context, entries: [...byKey.values()] };
}

export const scholarfeedSite: Site = {
  id: 'scholarfeed',
  name: 'Scholar Feed',
  matches: ['https://www.scholarfeed.org/*', 'https://scholarfeed.org/*'],
};

/** What the content script on every matched page needs: the count, the list to watch; pages change in place. */
export const scholarfeedPresence: SitePresence = {
  listed(doc, at) {
    const url = new URL(at.href);
    return detect(doc, url) ? extract(doc, url).entries.length : null;
  },
  watch: 'body',
  navigates: true,
};

export const scholarfeed: SiteAdapter = {
  ...scholarfeedSite,
  detect,
  extract,
  watch: 'body',
  listing: (_doc, _url, scan) => ownerListing(scan.context, scan.kind === 'profile' ? scan.context?.stats?.papers : undefined),
};
