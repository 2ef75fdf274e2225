/**
 * Paged listing keys (Site.pagedListing, read through the registry's pagedListingOf) on real URLs of each site: every page of one
 * listing maps to one key, paging parameters dropped; other listings, and pages that are no listing, do not.
 * The paging URLs are the sites' own: the saved arXiv search page's pagination links, arxiv-browse's /list
 * `skip`/`show`, Hugging Face's date/week/month paths, Semantic Scholar's `page`, dblp's search `q`.
 */
import { describe, expect, it } from 'vitest';
import { pagedListingOf } from '../../lib/sites/registry';

const key = (url: string) => pagedListingOf(new URL(url))?.key ?? null;

describe('arXiv', () => {
  const SEARCH = 'https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&abstracts=show&size=200';

  it('a search is its query, field and order: every page of it (start, size, abstracts) is one listing', () => {
    const k = key(SEARCH);
    expect(k).not.toBeNull();
    // The saved page's own pagination links (test/fixtures/pages/arxiv-search-200-2025-12.html).
    expect(key('https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&abstracts=show&size=200&order=&start=200')).toBe(k);
    expect(key('https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&abstracts=show&size=200&order=&start=400')).toBe(k);
    expect(key('https://arxiv.org/search/?query=distributed+systems&searchtype=abstract&abstracts=hide&size=50&start=50')).toBe(k);
    expect(key('https://export.arxiv.org/search/?searchtype=abstract&query=distributed+systems&size=25')).toBe(k);
  });

  it('another query, field or order is another listing', () => {
    const k = key(SEARCH);
    expect(key('https://arxiv.org/search/?searchtype=abstract&query=distributed+databases&abstracts=show&size=200')).not.toBe(k);
    expect(key('https://arxiv.org/search/?searchtype=all&query=distributed+systems&abstracts=show&size=200')).not.toBe(k);
    expect(key(`${SEARCH}&order=-announced_date_first`)).not.toBe(k);
  });

  it('an advanced search is its terms without start and size', () => {
    const base =
      'https://arxiv.org/search/advanced?advanced=&terms-0-operator=AND&terms-0-term=transformer&terms-0-field=title&classification-physics_archives=all&classification-include_cross_list=include&date-filter_by=all_dates&date-year=&date-from_date=&date-to_date=&date-date_type=submitted_date&abstracts=show&order=-announced_date_first';
    expect(key(`${base}&size=50`)).not.toBeNull();
    expect(key(`${base}&size=50&start=50`)).toBe(key(`${base}&size=50`));
    expect(pagedListingOf(new URL(`${base}&size=50`))?.label).toBe('arXiv search “transformer”');
  });

  it('the search label and the one-page view: at most 200 results a page, linked unless shown already', () => {
    const listing = pagedListingOf(new URL('https://arxiv.org/search/?searchtype=abstract&query=distributed+systems&size=50&start=50'))!;
    expect(listing.label).toBe('arXiv search “distributed systems” (abstract)');
    const whole = new URL(listing.onePage!.url!);
    expect([whole.pathname, whole.searchParams.get('size'), whole.searchParams.get('start'), whole.searchParams.get('query')]).toEqual([
      '/search/',
      '200',
      '0',
      'distributed systems',
    ]);
    expect(pagedListingOf(new URL(SEARCH))!.onePage!.url).toBeUndefined();
  });

  it('a /list listing is its archive or category and period, without skip and show; up to 2000 on one page', () => {
    const k = key('https://arxiv.org/list/cs.LG/recent');
    expect(k).toBe('arxiv:/list/cs.LG/recent');
    expect(key('https://arxiv.org/list/cs.LG/recent?skip=25&show=25')).toBe(k);
    expect(key('https://arxiv.org/list/cs.LG/pastweek?skip=0&show=50')).not.toBe(k);
    expect(key('https://arxiv.org/list/math/00?skip=50&show=25')).toBe('arxiv:/list/math/00');
    expect(key('https://arxiv.org/list/cs.LG/2412?skip=100&show=50')).toBe('arxiv:/list/cs.LG/2412');
    const listing = pagedListingOf(new URL('https://arxiv.org/list/cs.CV/new'))!;
    expect(listing.label).toBe('arXiv cs.CV (new)');
    expect(listing.onePage!.url).toBe('https://arxiv.org/list/cs.CV/new?skip=0&show=2000');
  });

  it('abstract pages, author pages and a search without a query are no listing', () => {
    expect(key('https://arxiv.org/abs/2512.03003')).toBeNull();
    expect(key('https://arxiv.org/a/doe_j_1')).toBeNull();
    expect(key('https://arxiv.org/search/')).toBeNull();
  });
});

describe('Hugging Face', () => {
  it('the daily feed is one listing whatever the date; its month view is linked', () => {
    expect(key('https://huggingface.co/papers/date/2024-08-01')).toBe('huggingface:daily');
    expect(key('https://huggingface.co/papers')).toBe('huggingface:daily');
    expect(key('https://huggingface.co/papers?date=2024-07-31')).toBe('huggingface:daily');
    expect(pagedListingOf(new URL('https://huggingface.co/papers/date/2024-08-01'))!.onePage!.url).toBe(
      'https://huggingface.co/papers/month/2024-08',
    );
  });

  it('weekly and monthly feeds are their own listings; search, trending, a paper and a user are none', () => {
    expect(key('https://huggingface.co/papers/week/2025-W48')).toBe('huggingface:weekly');
    expect(key('https://huggingface.co/papers/week/2025-W49')).toBe('huggingface:weekly');
    expect(key('https://huggingface.co/papers/month/2025-11')).toBe('huggingface:monthly');
    expect(key('https://huggingface.co/papers?q=diffusion')).toBeNull();
    expect(key('https://huggingface.co/papers/trending')).toBeNull();
    expect(key('https://huggingface.co/papers/2408.00714')).toBeNull();
    expect(key('https://huggingface.co/dawn0929/papers')).toBeNull();
  });
});

describe('Semantic Scholar', () => {
  it("an author's pages are the author's id", () => {
    const k = key('https://www.semanticscholar.org/author/R.-Baumeister/2108532');
    expect(k).toBe('semanticscholar:author/2108532');
    expect(key('https://www.semanticscholar.org/author/R.-Baumeister/2108532?sort=influence&page=2')).toBe(k);
    expect(key('https://www.semanticscholar.org/author/Geoffrey-E.-Hinton/1695689')).not.toBe(k);
    expect(pagedListingOf(new URL('https://www.semanticscholar.org/author/Geoffrey-E.-Hinton/1695689'))!.label).toBe(
      'Semantic Scholar: Geoffrey E. Hinton',
    );
  });

  it('a search is its query, whatever the page or sort', () => {
    const k = key('https://www.semanticscholar.org/search?q=machine%20learning&sort=relevance');
    expect(k).not.toBeNull();
    expect(key('https://www.semanticscholar.org/search?q=machine%20learning&sort=relevance&page=2')).toBe(k);
    expect(key('https://www.semanticscholar.org/search?q=deep%20learning&sort=relevance')).not.toBe(k);
    expect(
      key('https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani/204e3073870fae3d05bcbc2f6a8e263d9b72e776'),
    ).toBeNull();
  });
});

describe('dblp', () => {
  it('a search is its query on every mirror; a person page is no paged listing, and the popup says it lists everything', () => {
    const k = key('https://dblp.org/search?q=microsourcing');
    expect(k).toBe('dblp:search?q=microsourcing');
    expect(key('https://dblp.uni-trier.de/search?q=microsourcing')).toBe(k);
    expect(key('https://dblp.org/search?q=crowdsourcing')).not.toBe(k);
    expect(pagedListingOf(new URL('https://dblp.org/search?q=microsourcing'))!.onePage!.text).toMatch(/person page/);
    expect(key('https://dblp.org/pid/m/AndrewMcCallum.html')).toBeNull();
    expect(key('https://dblp.org/db/conf/acl/acl2023-1.html')).toBeNull();
  });
});

describe('other sites', () => {
  it('a page no site claims, or a claimed site without paged listings, is no listing', () => {
    expect(key('https://search.example.com/search?q=attention+is+all+you+need')).toBeNull();
    expect(key('https://scholar.google.com/citations?user=qc6CJjYAAAAJ&hl=en')).toBeNull();
    expect(key('https://openreview.net/group?id=ICLR.cc/2025/Conference')).toBeNull();
  });
});
