import type { Candidate, PageContext, PageKind, PageScan, Signals } from '../model';
import type { Listing, PagedListing, Site, SiteAdapter, SitePresence } from './adapter';
import { listingOf, searchTitle } from './listing';
import { absUrl, clean, compact, isJsonObject, isoDay, jsonString, parseCount, type JsonObject, titlesAt } from './dom';
import { textReader } from './math-text';
import { arxivPreprint, parseArxivId } from '../identity';

/**
 * Hugging Face papers: daily / week / month / trending feeds, search (`/papers?q=`), a single paper page, and the
 * paper lists of a user (`/<user>/papers` and the overview `/<user>`, `UserProfile` island, `papers`) and of an organisation (`/<org>/papers`,
 * `OrgProfile` island, `orgPapers`). The Svelte islands carry the data as JSON in `data-props`; the cards are the
 * fallback. The sources of each structure are named in the first line of its fixture (test/fixtures/).
 */

const PAPER_PATH = /^\/papers\/(\d{4}\.\d{4,5})(?:v\d+)?\/?$/;
/** `/<user>/papers` and `/<org>/papers`. The same path can be a model repo named "papers": the island decides. */
const OWNER_PAPERS_PATH = /^\/([^/]+)\/papers\/?$/;

/**
 * A user's overview `/<user>`: the same UserProfile island carries `papers: [{id, title}]` there (codeGROOVE-dev/sociopath
 * pkg/huggingface fetches `https://huggingface.co/<user>` and reads that list). Claimed only when the list is not empty.
 */
const OWNER_PATH = /^\/([^/]+)\/?$/;

function userOverviewHasPapers(doc: Document): boolean {
  const props = doc.querySelector('[data-target="UserProfile"][data-props]')?.getAttribute('data-props') ?? '';
  return /"papers"\s*:\s*\[\s*\{/.test(props);
}

function detect(doc: Document, url: URL): PageKind | null {
  if (url.hostname !== 'huggingface.co') return null;
  if (OWNER_PATH.test(url.pathname) && !url.pathname.startsWith('/papers')) return userOverviewHasPapers(doc) ? 'profile' : null;
  if (OWNER_PAPERS_PATH.test(url.pathname)) {
    if (doc.querySelector('[data-target="UserProfile"][data-props]')) return 'profile';
    if (doc.querySelector('[data-target="OrgProfile"][data-props]')) return 'lab';
    return null;
  }
  if (!url.pathname.startsWith('/papers')) return null;
  if (PAPER_PATH.test(url.pathname)) return 'single';
  if (doc.querySelector('[data-target="DailyPapers"], [data-target="PaperContent"], article a[href^="/papers/"]')) return 'feed';
  return null;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function islandProps(doc: Document, target: string): JsonObject | undefined {
  const el = doc.querySelector(`[data-target="${target}"][data-props]`);
  if (!el) return undefined;
  try {
    const v: unknown = JSON.parse(el.getAttribute('data-props') ?? '');
    return isJsonObject(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The list of paper items in the DailyPapers props, whatever the view calls it. */
function paperItems(props: JsonObject): JsonObject[] {
  for (const key of ['dailyPapers', 'papers', 'searchResults', 'results']) {
    const v = props[key];
    if (Array.isArray(v)) return v.filter(isJsonObject);
  }
  return [];
}

function candidateFromJson(item: JsonObject): Candidate | null {
  const paper = isJsonObject(item.paper) ? item.paper : item;
  const arxiv = parseArxivId(jsonString(paper.id));
  const title = clean(jsonString(item.title) ?? jsonString(paper.title));
  if (!title) return null;
  // A user's profile lists papers as {id, title} only: no author list there means the authors are unknown, not none.
  const authorList = Array.isArray(paper.authors) ? paper.authors : undefined;
  const authors = (authorList ?? [])
    .map((a: unknown) => (isJsonObject(a) ? clean(jsonString(a.name) ?? (isJsonObject(a.user) ? jsonString(a.user.fullname) : '')) : ''))
    .filter(Boolean);
  const abstract = clean(jsonString(paper.summary) ?? jsonString(item.summary));
  const date = isoDay(jsonString(paper.publishedAt) ?? jsonString(item.publishedAt));
  const org = isJsonObject(paper.organization) ? paper.organization : isJsonObject(item.organization) ? item.organization : undefined;
  const orgName = org ? clean(jsonString(org.fullname) ?? jsonString(org.name)) : '';
  const code = absUrl(jsonString(paper.githubRepo), 'https://github.com/');
  const signals: Signals = compact({
    upvotes: num(paper.upvotes),
    comments: num(item.numComments) ?? num(paper.numComments),
    orgs: orgName ? [orgName] : undefined,
    hasCode: code ? true : undefined,
    stars: num(paper.githubStars),
  });
  return compact({
    title,
    authors,
    authorsTruncated: authorList === undefined,
    year: date ? Number(date.slice(0, 4)) : undefined,
    date,
    abstract: abstract || undefined,
    ...arxivPreprint(arxiv),
    code,
    signals: Object.keys(signals).length ? signals : undefined,
  });
}

/** Fallback: the cards. Titles, arXiv ids and upvotes only; authors are not shown as names in the cards. */
function candidatesFromCards(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  const read = textReader(doc);
  for (const article of doc.querySelectorAll('article')) {
    const link = article.querySelector<HTMLAnchorElement>('h3 a[href^="/papers/"], a.line-clamp-3[href^="/papers/"]');
    const title = clean(read(link));
    const arxiv = parseArxivId(link?.getAttribute('href'));
    if (!title || !arxiv) continue;
    const upvotes = [...article.querySelectorAll('.leading-none')].map((el) => parseCount(el.textContent)).find((n) => n !== undefined);
    out.push(
      compact({
        title,
        authors: [],
        authorsTruncated: true,
        ...arxivPreprint(arxiv),
        signals: upvotes === undefined ? undefined : { upvotes },
      }),
    );
  }
  return out;
}

/** Fallback for an organisation's list: `h3 > a[href="/papers/<id>"]` title links (no upvote box known there). */
function candidatesFromTitleLinks(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const read = textReader(doc);
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('h3 > a[href^="/papers/"]')) {
    const title = clean(read(link));
    const arxiv = parseArxivId(link.getAttribute('href'));
    if (!title || !arxiv || seen.has(arxiv)) continue;
    seen.add(arxiv);
    out.push({ title, authors: [], authorsTruncated: true, ...arxivPreprint(arxiv) });
  }
  return out;
}

/** `/<user>/papers` (UserProfile: `papers`, `u.fullname`) and `/<org>/papers` (OrgProfile: `orgPapers`). */
function extractOwnerPapers(doc: Document, url: URL, kind: 'profile' | 'lab'): PageScan {
  const props = islandProps(doc, kind === 'profile' ? 'UserProfile' : 'OrgProfile');
  const list = props?.[kind === 'profile' ? 'papers' : 'orgPapers'];
  let entries = (Array.isArray(list) ? list.filter(isJsonObject) : []).map(candidateFromJson).filter((c): c is Candidate => c !== null);
  // The organisation's island holds its whole catalogue, the HTML only the current page of cards.
  if (entries.length === 0 && kind === 'lab') entries = candidatesFromTitleLinks(doc);
  // The user's display name is in the island (`u`); an organisation is named by its handle in the URL.
  const user = isJsonObject(props?.u) ? props.u : undefined;
  const name =
    clean(jsonString(user?.fullname) ?? jsonString(user?.name)) ||
    ((OWNER_PAPERS_PATH.exec(url.pathname) ?? OWNER_PATH.exec(url.pathname))?.[1] ?? '');
  const ctx: PageContext | undefined = name ? { name, title: `${name}'s papers on Hugging Face` } : undefined;
  return compact({ site: 'huggingface', kind, url: url.href, context: ctx, entries });
}

function context(props: JsonObject | undefined, url: URL): PageContext | undefined {
  const ctx: PageContext = {};
  const q = url.searchParams.get('q');
  if (q) ctx.query = q;
  const day = isoDay(jsonString(props?.date)) ?? /\/papers\/date\/(\d{4}-\d{2}-\d{2})/.exec(url.pathname)?.[1];
  const period = jsonString(props?.periodType) ?? /\/papers\/(week|month)\//.exec(url.pathname)?.[1];
  if (url.pathname.startsWith('/papers/trending')) ctx.title = 'Trending papers';
  else if (period === 'week' || period === 'month')
    ctx.title = `Papers of the ${period} ${clean(jsonString(props?.dateString)) || url.pathname.split('/').pop()}`;
  else if (!q && day) {
    ctx.title = `Daily papers ${day}`;
    ctx.date = day;
  }
  if (q) ctx.title = `Papers matching “${q}”`;
  return Object.keys(ctx).length ? ctx : undefined;
}

/** "Hugging Face daily papers, 2024-08-01", the week's or month's papers, a search; a user's or organisation's name. */
function listing(_doc: Document, _url: URL, scan: PageScan): Listing | null {
  const ctx = scan.context;
  if (scan.kind === 'profile' || scan.kind === 'lab') return listingOf(ctx?.name);
  if (scan.kind !== 'feed') return null;
  if (ctx?.query) return listingOf(searchTitle('Hugging Face papers', ctx.query));
  if (ctx?.date) return listingOf(`Hugging Face daily papers, ${ctx.date}`);
  return listingOf(ctx?.title && `Hugging Face ${ctx.title.charAt(0).toLowerCase()}${ctx.title.slice(1)}`);
}

function extract(doc: Document, url: URL): PageScan {
  const kind = detect(doc, url) ?? 'feed';
  if (kind === 'profile' || kind === 'lab') return extractOwnerPapers(doc, url, kind);
  const props = islandProps(doc, 'DailyPapers');
  let entries: Candidate[] = [];
  if (props)
    entries = paperItems(props)
      .map(candidateFromJson)
      .filter((c): c is Candidate => c !== null);
  if (kind === 'single') {
    const single = islandProps(doc, 'PaperContent');
    const item = single && (isJsonObject(single.paper) ? single : undefined);
    const c = item ? candidateFromJson(item) : null;
    if (c) entries = [c];
  }
  if (entries.length === 0) entries = candidatesFromCards(doc);
  return compact({ site: 'huggingface', kind, url: url.href, context: context(props, url), entries });
}

const FEED_PATH = /^\/papers(?:\/(date|week|month)\/([^/]+))?\/?$/;
const FEEDS = {
  date: { key: 'daily', label: 'Hugging Face daily papers' },
  week: { key: 'weekly', label: 'Hugging Face papers of the week' },
  month: { key: 'monthly', label: 'Hugging Face papers of the month' },
} as const;

/**
 * The daily, weekly and monthly feeds are each one listing paged by date (`/papers`, `/papers?date=…`,
 * `/papers/date/<day>`; `/papers/week/<YYYY-Www>`; `/papers/month/<YYYY-MM>`); search and trending are not.
 */
function pagedListing(url: URL): PagedListing | null {
  if (url.hostname !== 'huggingface.co' || url.searchParams.has('q')) return null;
  const m = FEED_PATH.exec(url.pathname);
  if (!m) return null;
  const period = (m[1] ?? 'date') as keyof typeof FEEDS;
  const feed = FEEDS[period];
  const day = period === 'date' ? (m[2] ?? url.searchParams.get('date') ?? '') : '';
  const month = /^(\d{4}-\d{2})-\d{2}$/.exec(day)?.[1];
  return {
    key: `huggingface:${feed.key}`,
    label: feed.label,
    ...(month
      ? {
          onePage: {
            text: `Hugging Face also lists the papers of ${month} in its month view.`,
            url: new URL(`/papers/month/${month}`, url.origin).href,
            link: 'Month view',
          },
        }
      : {}),
  };
}

export const huggingfaceSite: Site = {
  id: 'huggingface',
  name: 'Hugging Face',
  // Every path: a user's overview `/<user>` cannot be told from `/<org>/<repo>` by a match pattern; detect() decides.
  matches: ['https://huggingface.co/*'],
  pagedListing,
};

/** What the content script on every matched page needs: the count, the list to watch; pages change in place. */
export const huggingfacePresence: SitePresence = {
  listed(doc, at) {
    const url = new URL(at.href);
    const kind = detect(doc, url);
    if (kind === null) return null;
    if (kind === 'single') return 1;
    // A user's or organisation's island holds more than the cards on screen: count what a capture would save.
    if (kind === 'profile' || kind === 'lab') return extract(doc, url).entries.length;
    // The feed cards mirror the island's list; pages without cards fall back to extraction.
    return doc.querySelectorAll('article h3 a[href^="/papers/"]').length || extract(doc, url).entries.length;
  },
  watch: 'main',
  navigates: true,
};

export const huggingface: SiteAdapter = {
  ...huggingfaceSite,
  detect,
  extract,
  watch: 'main',
  titles: (doc) => titlesAt(doc, 'h3 > a[href^="/papers/"]'),
  listing,
};
