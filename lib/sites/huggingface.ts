import type { Candidate, PageContext, PageKind, PageScan, Signals } from '../model';
import type { SiteAdapter } from './adapter';
import { absUrl, clean, compact, isoDay, parseCount } from './dom';
import { parseArxivId } from '../library/identity';

/**
 * Hugging Face papers: daily / week / month / trending feeds, search (`/papers?q=`), and a single paper page.
 * The Svelte islands carry the data as JSON in `data-props`; the cards are the fallback.
 */

const PAPER_PATH = /^\/papers\/(\d{4}\.\d{4,5})(?:v\d+)?\/?$/;

function detect(doc: Document, url: URL): PageKind | null {
  if (url.hostname !== 'huggingface.co' || !url.pathname.startsWith('/papers')) return null;
  if (PAPER_PATH.test(url.pathname)) return 'single';
  if (doc.querySelector('[data-target="DailyPapers"], [data-target="PaperContent"], article a[href^="/papers/"]')) return 'feed';
  return null;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function islandProps(doc: Document, target: string): Json | undefined {
  const el = doc.querySelector(`[data-target="${target}"][data-props]`);
  if (!el) return undefined;
  try {
    const v: unknown = JSON.parse(el.getAttribute('data-props') ?? '');
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The list of paper items in the DailyPapers props, whatever the view calls it. */
function paperItems(props: Json): Json[] {
  for (const key of ['dailyPapers', 'papers', 'searchResults', 'results']) {
    const v = props[key];
    if (Array.isArray(v)) return v.filter(isObj);
  }
  return [];
}

function candidateFromJson(item: Json): Candidate | null {
  const paper = isObj(item.paper) ? item.paper : item;
  const arxiv = parseArxivId(str(paper.id));
  const title = clean(str(item.title) ?? str(paper.title));
  if (!title) return null;
  const authors = (Array.isArray(paper.authors) ? paper.authors : [])
    .map((a: unknown) => (isObj(a) ? clean(str(a.name) ?? (isObj(a.user) ? str(a.user.fullname) : '')) : ''))
    .filter(Boolean);
  const abstract = clean(str(paper.summary) ?? str(item.summary));
  const date = isoDay(str(paper.publishedAt) ?? str(item.publishedAt));
  const org = isObj(paper.organization) ? paper.organization : isObj(item.organization) ? item.organization : undefined;
  const orgName = org ? clean(str(org.fullname) ?? str(org.name)) : '';
  const code = absUrl(str(paper.githubRepo), 'https://github.com/');
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
    authorsTruncated: false,
    year: date ? Number(date.slice(0, 4)) : undefined,
    date,
    venue: arxiv ? 'arXiv' : undefined,
    type: arxiv ? ('preprint' as const) : undefined,
    abstract: abstract || undefined,
    ids: arxiv ? { arxiv } : {},
    url: arxiv ? `https://arxiv.org/abs/${arxiv}` : undefined,
    pdf: arxiv ? `https://arxiv.org/pdf/${arxiv}` : undefined,
    code,
    signals,
  });
}

/** Fallback: the cards. Titles, arXiv ids and upvotes only; authors are not shown as names in the cards. */
function candidatesFromCards(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const article of doc.querySelectorAll('article')) {
    const link = article.querySelector<HTMLAnchorElement>('h3 a[href^="/papers/"], a.line-clamp-3[href^="/papers/"]');
    const title = clean(link?.textContent);
    const arxiv = parseArxivId(link?.getAttribute('href'));
    if (!title || !arxiv) continue;
    const upvotes = [...article.querySelectorAll('.leading-none')].map((el) => parseCount(el.textContent)).find((n) => n !== undefined);
    out.push(
      compact({
        title,
        authors: [],
        authorsTruncated: true,
        venue: 'arXiv',
        type: 'preprint' as const,
        ids: { arxiv },
        url: `https://arxiv.org/abs/${arxiv}`,
        pdf: `https://arxiv.org/pdf/${arxiv}`,
        signals: upvotes === undefined ? undefined : { upvotes },
      }),
    );
  }
  return out;
}

function context(props: Json | undefined, url: URL): PageContext | undefined {
  const ctx: PageContext = {};
  const q = url.searchParams.get('q');
  if (q) ctx.query = q;
  const day = isoDay(str(props?.date)) ?? /\/papers\/date\/(\d{4}-\d{2}-\d{2})/.exec(url.pathname)?.[1];
  const period = str(props?.periodType) ?? /\/papers\/(week|month)\//.exec(url.pathname)?.[1];
  if (url.pathname.startsWith('/papers/trending')) ctx.title = 'Trending papers';
  else if (period === 'week' || period === 'month') ctx.title = `Papers of the ${period} ${clean(str(props?.dateString)) || url.pathname.split('/').pop()}`;
  else if (!q && day) {
    ctx.title = `Daily papers ${day}`;
    ctx.date = day;
  }
  if (q) ctx.title = `Papers matching “${q}”`;
  return Object.keys(ctx).length ? ctx : undefined;
}

function extract(doc: Document, url: URL): PageScan {
  const kind = detect(doc, url) ?? 'feed';
  const props = islandProps(doc, 'DailyPapers');
  let entries: Candidate[] = [];
  if (props) entries = paperItems(props).map(candidateFromJson).filter((c): c is Candidate => c !== null);
  if (kind === 'single') {
    const single = islandProps(doc, 'PaperContent');
    const item = single && (isObj(single.paper) ? single : undefined);
    const c = item ? candidateFromJson(item) : null;
    if (c) entries = [c];
  }
  if (entries.length === 0) entries = candidatesFromCards(doc);
  return compact({ site: 'huggingface', kind, url: url.href, context: context(props, url), entries });
}

export const huggingface: SiteAdapter = {
  id: 'huggingface',
  name: 'Hugging Face papers',
  matches: ['https://huggingface.co/papers*'],
  detect,
  extract,
  // The cards mirror the island's list; pages without cards (a single paper) fall back to extraction.
  count: (doc, url) => (detect(doc, url) === 'single' ? 1 : doc.querySelectorAll('article h3 a[href^="/papers/"]').length || extract(doc, url).entries.length),
  watch: 'main',
};
