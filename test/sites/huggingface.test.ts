import { describe, expect, it } from 'vitest';
import { huggingface, huggingfacePresence } from '../../lib/sites/huggingface';
import { fixtureDocument } from '../helpers';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { matchesPattern } from '../../lib/sites/match';

const FILE = 'pages/huggingface-daily-2024-08-01.html';
const URL_DAY = new URL('https://huggingface.co/papers/date/2024-08-01');

describe('Hugging Face papers adapter', () => {
  const scan = huggingface.extract(fixtureDocument(FILE), URL_DAY);

  it('reads all 13 papers from the DailyPapers island with abstracts, authors, ids and upvotes', () => {
    expect(scan).toMatchObject({ site: 'huggingface', kind: 'feed', context: { date: '2024-08-01' } });
    expect(scan.entries).toHaveLength(13);
    // Checked against the page: first card "The Llama 3 Herd of Models", 94 upvotes, 5 comments, 533 authors in the JSON.
    const llama = scan.entries[0]!;
    expect(llama).toMatchObject({
      title: 'The Llama 3 Herd of Models',
      ids: { arxiv: '2407.21783' },
      date: '2024-07-31',
      year: 2024,
      url: 'https://arxiv.org/abs/2407.21783',
      signals: { upvotes: 94, comments: 5 },
      authorsTruncated: false,
    });
    expect(llama.authors).toHaveLength(533);
    expect(llama.authors.slice(0, 3)).toEqual(['Abhimanyu Dubey', 'Abhinav Jauhri', 'Abhinav Pandey']);
    expect(llama.abstract).toMatch(/^Modern artificial intelligence \(AI\) systems are powered by foundation models\. This paper/);
    expect(llama.abstract).not.toContain('\n');
    // Last card: NeRF-MAE, published on arXiv 2024-04-01, 3 upvotes; its JSON title is hard-wrapped.
    const last = scan.entries[12]!;
    expect(last.title).toBe('NeRF-MAE: Masked AutoEncoders for Self-Supervised 3D Representation Learning for Neural Radiance Fields');
    expect(last).toMatchObject({ ids: { arxiv: '2404.01300' }, date: '2024-04-01', signals: { upvotes: 3 } });
    expect(last.authors).toEqual([
      'Muhammad Zubair Irshad',
      'Sergey Zakharov',
      'Vitor Guizilini',
      'Adrien Gaidon',
      'Zsolt Kira',
      'Rares Ambrus',
    ]);
    expect(scan.entries.every((e) => (e.abstract ?? '').length > 200)).toBe(true);
  });

  it('falls back to the cards when the island is missing (titles, ids, upvotes; authors unknown)', () => {
    const doc = fixtureDocument(FILE);
    doc.querySelector('[data-target="DailyPapers"]')!.removeAttribute('data-props'); // the island wraps the server-rendered cards
    const cards = huggingface.extract(doc, URL_DAY).entries;
    expect(cards).toHaveLength(13);
    expect(cards[0]).toMatchObject({
      title: 'The Llama 3 Herd of Models',
      ids: { arxiv: '2407.21783' },
      signals: { upvotes: 94 },
      authors: [],
      authorsTruncated: true,
    });
  });

  it('knows the views by URL', () => {
    const doc = fixtureDocument(FILE);
    expect(huggingface.detect(doc, new URL('https://huggingface.co/papers?q=pruning'))).toBe('feed');
    expect(huggingface.extract(doc, new URL('https://huggingface.co/papers?q=pruning')).context).toMatchObject({ query: 'pruning' });
    expect(huggingface.extract(doc, new URL('https://huggingface.co/papers/week/2024-W31')).context?.title).toMatch(/week/);
    expect(huggingface.detect(doc, new URL('https://huggingface.co/models'))).toBeNull();
    expect(huggingface.detect(doc, new URL('https://example.org/papers'))).toBeNull();
  });

  it('reads a single paper page from its PaperContent island', () => {
    const props = JSON.stringify({
      paper: {
        id: '2407.21783v2',
        title: 'The Llama 3 Herd of Models',
        authors: [{ name: 'Abhimanyu Dubey' }],
        summary: 'Abs.',
        upvotes: 3,
        githubRepo: 'https://github.com/meta-llama/llama3',
        organization: { fullname: 'Meta' },
      },
    });
    const doc = parseHtmlDocument(`<div data-target="PaperContent" data-props='${props.replace(/'/g, '&#39;')}'></div>`);
    const url = new URL('https://huggingface.co/papers/2407.21783');
    expect(huggingface.detect(doc, url)).toBe('single');
    expect(huggingface.extract(doc, url).entries).toEqual([
      expect.objectContaining({
        ids: { arxiv: '2407.21783' },
        code: 'https://github.com/meta-llama/llama3',
        signals: { upvotes: 3, orgs: ['Meta'], hasCode: true },
      }),
    ]);
  });
});

describe('Hugging Face user and organisation paper lists', () => {
  const ORG = 'handwritten/huggingface-org-papers.html';
  const USER = 'handwritten/huggingface-user-papers.html';
  const URL_ORG = new URL('https://huggingface.co/Qwen/papers?sort=published_at');
  const URL_USER = new URL('https://huggingface.co/dawn0929/papers');
  const arxivOf = (id: string) => ({
    ids: { arxiv: id },
    url: `https://arxiv.org/abs/${id}`,
    pdf: `https://arxiv.org/pdf/${id}`,
    venue: 'arXiv',
    type: 'preprint',
  });

  it('reads every paper of an organisation from the OrgProfile island, more than the page of cards shows', () => {
    const scan = huggingface.extract(fixtureDocument(ORG), URL_ORG);
    expect(scan).toMatchObject({ site: 'huggingface', kind: 'lab', context: { name: 'Qwen' } });
    expect(scan.entries).toEqual([
      {
        title: 'Qwen2.5-1M Technical Report',
        authors: ['An Yang', 'Bowen Yu', 'Chengyuan Li', 'Dayiheng Liu', 'Fei Huang'],
        authorsTruncated: false,
        year: 2025,
        date: '2025-01-26',
        abstract: 'We introduce Qwen2.5-1M, a series of models that extend the context length to 1 million tokens.',
        ...arxivOf('2501.15383'),
      },
      {
        title: 'Qwen2.5 Technical Report',
        authors: ['An Yang', 'Baosong Yang', 'Beichen Zhang', 'Binyuan Hui'],
        authorsTruncated: false,
        year: 2024,
        date: '2024-12-19',
        abstract:
          'In this report, we introduce Qwen2.5, a comprehensive series of large language models (LLMs) designed to meet diverse needs.',
        ...arxivOf('2412.15115'),
      },
      {
        title: 'Qwen2 Technical Report',
        authors: ['An Yang', 'Baosong Yang', 'Binyuan Hui', 'Bo Zheng'],
        authorsTruncated: false,
        year: 2024,
        date: '2024-07-15',
        abstract: 'This report introduces the Qwen2 series, the latest addition to our large language models and large multimodal models.',
        ...arxivOf('2407.10671'),
      },
    ]);
    // Two cards on screen, three papers in the island: the badge counts what a capture saves.
    expect(huggingfacePresence.listed(fixtureDocument(ORG), URL_ORG)).toBe(3);
  });

  it('falls back to the title links of an organisation page without its island (titles and ids; authors unknown)', () => {
    const doc = fixtureDocument(ORG);
    doc.querySelector('[data-target="OrgProfile"]')!.setAttribute('data-props', '{"somethingElse":[]}');
    expect(huggingface.extract(doc, URL_ORG).entries).toEqual([
      { title: 'Qwen2.5-1M Technical Report', authors: [], authorsTruncated: true, ...arxivOf('2501.15383') },
      { title: 'Qwen2.5 Technical Report', authors: [], authorsTruncated: true, ...arxivOf('2412.15115') },
    ]);
  });

  it("reads a user's papers from the UserProfile island: titles and ids, authors unknown (not none)", () => {
    const scan = huggingface.extract(fixtureDocument(USER), URL_USER);
    expect(scan).toMatchObject({ site: 'huggingface', kind: 'profile', context: { name: 'Kexin Yang' } });
    expect(scan.entries).toEqual([
      { title: 'Qwen2.5-1M Technical Report', authors: [], authorsTruncated: true, ...arxivOf('2501.15383') },
      { title: 'Qwen2.5 Technical Report', authors: [], authorsTruncated: true, ...arxivOf('2412.15115') },
      { title: 'Qwen2 Technical Report', authors: [], authorsTruncated: true, ...arxivOf('2407.10671') },
    ]);
  });

  it('claims /<owner>/papers only when a profile island is there (a model repo can be named "papers")', () => {
    const modelRepo = parseHtmlDocument(
      '<div class="SVELTE_HYDRATER contents" data-target="ModelHeader" data-props="{}"></div><a href="/papers/2211.05100">paper</a>',
    );
    expect(huggingface.detect(modelRepo, new URL('https://huggingface.co/ybelkada/papers'))).toBeNull();
    const user = fixtureDocument(USER);
    expect(huggingface.detect(user, URL_USER)).toBe('profile');
    expect(huggingface.detect(user, new URL('https://huggingface.co/dawn0929/papers/extra'))).toBeNull();
    expect(huggingface.detect(fixtureDocument(ORG), new URL('https://huggingface.co/Qwen/papers?sort=published_at&p=1'))).toBe('lab');
    expect(huggingface.matches.some((p) => matchesPattern(p, URL_ORG))).toBe(true);
    // A repo page is injected into (the overview /<user> needs every path) but never claimed.
    const repo = parseHtmlDocument('<div class="SVELTE_HYDRATER contents" data-target="ModelHeader" data-props="{}"></div>');
    expect(huggingface.detect(repo, new URL('https://huggingface.co/Qwen/Qwen3-8B'))).toBeNull();
    expect(huggingface.detect(repo, new URL('https://huggingface.co/Qwen'))).toBeNull();
  });

  it("claims a user's overview /<user> when its UserProfile island lists papers, and only then", () => {
    const overview = new URL('https://huggingface.co/dawn0929');
    const scan = huggingface.extract(fixtureDocument(USER), overview);
    expect(huggingface.detect(fixtureDocument(USER), overview)).toBe('profile');
    expect(scan).toMatchObject({ kind: 'profile', url: overview.href, context: { name: 'Kexin Yang' } });
    expect(scan.entries.map((e) => e.ids.arxiv)).toEqual(['2501.15383', '2412.15115', '2407.10671']);
    expect(scan.entries.every((e) => e.authors.length === 0 && e.authorsTruncated)).toBe(true);
    expect(huggingfacePresence.listed(fixtureDocument(USER), overview)).toBe(3);
    // a user without papers: nothing to claim
    const none = fixtureDocument(USER);
    none.querySelector('[data-target="UserProfile"]')!.setAttribute('data-props', '{"u":{"name":"someone"},"papers":[],"numModels":2}');
    expect(huggingface.detect(none, new URL('https://huggingface.co/someone'))).toBeNull();
    // reserved top-level pages are no user's overview
    expect(huggingface.detect(parseHtmlDocument('<main></main>'), new URL('https://huggingface.co/models'))).toBeNull();
  });
});
