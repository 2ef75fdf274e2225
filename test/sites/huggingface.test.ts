import { describe, expect, it } from 'vitest';
import { huggingface } from '../../lib/sites/huggingface';
import { fixtureDocument } from '../helpers';
import { parseHtmlDocument } from '../../lib/cli/dom';

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
    expect(last.authors).toEqual(['Muhammad Zubair Irshad', 'Sergey Zakharov', 'Vitor Guizilini', 'Adrien Gaidon', 'Zsolt Kira', 'Rares Ambrus']);
    expect(scan.entries.every((e) => (e.abstract ?? '').length > 200)).toBe(true);
  });

  it('falls back to the cards when the island is missing (titles, ids, upvotes; authors unknown)', () => {
    const doc = fixtureDocument(FILE);
    doc.querySelector('[data-target="DailyPapers"]')!.removeAttribute('data-props'); // the island wraps the server-rendered cards
    const cards = huggingface.extract(doc, URL_DAY).entries;
    expect(cards).toHaveLength(13);
    expect(cards[0]).toMatchObject({ title: 'The Llama 3 Herd of Models', ids: { arxiv: '2407.21783' }, signals: { upvotes: 94 }, authors: [], authorsTruncated: true });
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
    const props = JSON.stringify({ paper: { id: '2407.21783v2', title: 'The Llama 3 Herd of Models', authors: [{ name: 'Abhimanyu Dubey' }], summary: 'Abs.', upvotes: 3, githubRepo: 'https://github.com/meta-llama/llama3', organization: { fullname: 'Meta' } } });
    const doc = parseHtmlDocument(`<div data-target="PaperContent" data-props='${props.replace(/'/g, '&#39;')}'></div>`);
    const url = new URL('https://huggingface.co/papers/2407.21783');
    expect(huggingface.detect(doc, url)).toBe('single');
    expect(huggingface.extract(doc, url).entries).toEqual([
      expect.objectContaining({ ids: { arxiv: '2407.21783' }, code: 'https://github.com/meta-llama/llama3', signals: { upvotes: 3, orgs: ['Meta'], hasCode: true } }),
    ]);
  });
});
