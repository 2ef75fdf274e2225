import { afterAll, describe, expect, it, vi } from 'vitest';
import { scholarfeed } from '../../lib/sites/scholarfeed';
import { fixtureDocument } from '../helpers';
import { parseHtmlDocument } from '../../lib/cli/dom';

const FILE = 'handwritten/scholarfeed-author.html';
const AUTHOR = new URL('https://www.scholarfeed.org/author/4821');
// Dates without a year are read against the viewing time: pin it.
vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date('2026-11-22T12:00:00'));
afterAll(() => vi.useRealTimers());
const thisYear = 2026;

describe('Scholar Feed author page (hand-written from seeds 001 and 004)', () => {
  const doc = fixtureDocument(FILE);
  const s = scholarfeed.extract(doc, AUTHOR);

  it('a yearless date that would lie in the future is from the year before', () => {
    vi.setSystemTime(new Date('2026-02-01T12:00:00'));
    const early = scholarfeed.extract(fixtureDocument(FILE), AUTHOR);
    vi.setSystemTime(new Date('2026-11-22T12:00:00'));
    expect(early.entries[5]?.date).toBe('2025-02-05'); // "Feb 5" seen on 1 February 2026
    expect(early.entries[0]?.date).toBe('2025-03-16'); // "Mar 16"
  });

  it('is a profile with the header as context', () => {
    expect(scholarfeed.detect(doc, AUTHOR)).toBe('profile');
    // "Yuhui Xu / LG / h-index35 / 29papers / 1,955citations / Novelty52% / AI Score63" (seed 001)
    expect(s.context).toMatchObject({
      name: 'Yuhui Xu',
      stats: { hIndex: 35, papers: 29, citations: 1955, noveltyPercent: 52, aiScore: 63, category: 'LG' },
    });
  });

  it('finds every paper of both list forms, once each', () => {
    expect(s.entries.map((e) => e.ids.arxiv)).toEqual([
      '2603.11872',
      '2310.00034',
      '2409.12963',
      '2309.14717',
      '2407.21018',
      '2602.04917',
      '1803.03289',
    ]);
  });

  it('card form: "LGSep 26, 2023Code" / title / "Yuhui Xu, Lingxi Xie, Xiaotao Gu et al. · salesforce, tsinghua" / abstract', () => {
    expect(s.entries[3]).toMatchObject({
      title: 'QA-LoRA: Quantization-Aware Low-Rank Adaptation of Large Language Models',
      authors: ['Yuhui Xu', 'Lingxi Xie', 'Xiaotao Gu'],
      authorsTruncated: true,
      date: '2023-09-26',
      year: 2023,
      type: 'preprint',
      url: 'https://arxiv.org/abs/2309.14717',
      code: 'https://github.com/yuhuixu1993/qa-lora',
      signals: { category: 'LG', hasCode: true, orgs: ['salesforce', 'tsinghua'] },
    });
    expect(s.entries[3]?.abstract).toMatch(/^Recently years have witnessed a rapid development .* \(QA-LoRA\) algorithm\.$/);
  });

  it('a date without a year ("CRFeb 5") is in the current year; no Code badge, no hasCode', () => {
    expect(s.entries[5]).toMatchObject({ date: `${thisYear}-02-05`, signals: { category: 'CR', orgs: ['amazon-science'] } });
    expect(s.entries[5]?.signals?.hasCode).toBeUndefined();
    expect(s.entries[6]?.signals).toEqual({ category: 'LG' }); // "Yuhui Xu, Yongzhuang Wang, Aojun Zhou et al." has no orgs
  });

  it('compact form: "95.3AIMar 16Code" header, title and authors on one line', () => {
    expect(s.entries[0]).toMatchObject({
      title: 'AdaQE-CG: Adaptive Query Expansion for Code Generation',
      authors: ['Haoxuan Zhang', 'Ruochi Li', 'Zhenni Liang'],
      authorsTruncated: true,
      date: `${thisYear}-03-16`,
      signals: { score: 95.3, category: 'AI', hasCode: true },
    });
    expect(s.entries[0]?.code).toBeUndefined(); // the badge is not a link
    // an entry without the header line, orgs after "·"
    expect(s.entries[1]).toMatchObject({ title: 'PB-LLM: Partially Binarized Large Language Models', signals: { orgs: ['berkeley'] } });
    expect(s.entries[1]?.date).toBeUndefined();
    // linked to arxiv.org/abs/2409.12963v2: id without version
    expect(s.entries[2]).toMatchObject({ ids: { arxiv: '2409.12963' }, date: '2024-09-19', signals: { score: 12.8, category: 'CV' } });
  });
});

describe('other markup of the same site', () => {
  it('a card that is one big link, with a <time datetime>', () => {
    const doc = parseHtmlDocument(`<html><body><main><h1>Ao Xu</h1><div>
      <a href="/paper/2405.01234"><div><span>LG</span><time datetime="2025-05-27">May 27</time></div><h3>A Title Here</h3><div>Ao Xu, Bo Li</div><p>An abstract that is long enough to be told apart from a button label.</p></a>
      <a href="/paper/2405.05678"><div><span>CV</span><span>May 2, 2024</span></div><h3>Second Title</h3><div>Cy Ng</div></a>
    </div></main></body></html>`);
    const s = scholarfeed.extract(doc, new URL('https://scholarfeed.org/author/12068'));
    expect(s.entries).toEqual([
      expect.objectContaining({
        title: 'A Title Here',
        authors: ['Ao Xu', 'Bo Li'],
        authorsTruncated: false,
        date: '2025-05-27',
        ids: { arxiv: '2405.01234' },
      }),
      expect.objectContaining({ title: 'Second Title', authors: ['Cy Ng'], date: '2024-05-02', signals: { category: 'CV' } }),
    ]);
  });

  it('authors as sibling links with no commas between them (CSS gaps), and a header in one text node', () => {
    // Hand-written variants of the layout in SITES.md section 10; not seen on a saved page.
    const doc = parseHtmlDocument(`<html><body><main><h1>Ao Xu</h1>
      <div><div><span>LG · May 27 · </span><a href="https://github.com/x/y">Code</a></div>
        <h3><a href="/paper/2405.01234">A Title Here</a></h3>
        <div class="flex gap-1"><a href="/author/1"><b>Ao</b> Xu</a><a href="/author/2">Bo Li</a> <a href="/author/3">Cy Ng</a><span>et al.</span><span> · </span><span>berkeley</span><span>mit</span></div>
        <p>An abstract that is long enough to be told apart from a button label.</p></div>
      <div><h3><a href="/paper/2405.05678">Second Title</a></h3><div><span>Dee Ong</span></div></div>
      <div><h3><a href="/paper/2405.09999">Third Title</a></h3><div>Eve<!-- --> <!-- -->Fox<sup>1</sup>, Gil Ha</div></div>
    </main></body></html>`);
    const s = scholarfeed.extract(doc, new URL('https://www.scholarfeed.org/author/12068'));
    expect(s.entries[0]).toMatchObject({
      title: 'A Title Here',
      authors: ['Ao Xu', 'Bo Li', 'Cy Ng'],
      authorsTruncated: true,
      date: '2026-05-27',
      code: 'https://github.com/x/y',
      signals: { category: 'LG', hasCode: true, orgs: ['berkeley', 'mit'] },
    });
    expect(s.entries[1]).toMatchObject({ title: 'Second Title', authors: ['Dee Ong'], authorsTruncated: false });
    // React's text nodes of one name stay one name; a footnote mark is no name
    expect(s.entries[2]).toMatchObject({ title: 'Third Title', authors: ['Eve Fox', 'Gil Ha'], authorsTruncated: false });
  });

  it('rejects single paper pages and pages of other hosts', () => {
    const doc = fixtureDocument(FILE);
    expect(scholarfeed.detect(doc, new URL('https://www.scholarfeed.org/paper/2309.14717'))).toBeNull();
    expect(scholarfeed.detect(doc, new URL('https://example.org/author/4821'))).toBeNull();
  });

  it('"+N authors" after the names: truncated, with the total', () => {
    const doc = parseHtmlDocument(`<html><body><main><h1>Ao Xu</h1><ul><li>
      <div><a href="/paper/2603.11872">AdaQE-CG: Adaptive Query Expansion for Code Generation</a><span>Haoxuan Zhang, Ruochi Li, +4 authors</span></div></li>
      <li><div><a href="/paper/2603.11873">A second paper with a title long enough</a><span>Ann Lee, Bo Chen</span></div></li></ul></main></body></html>`);
    const [first, second] = scholarfeed.extract(doc, new URL('https://www.scholarfeed.org/author/1')).entries;
    expect(first).toMatchObject({ authors: ['Haoxuan Zhang', 'Ruochi Li'], authorsTruncated: true, authorCount: 6 });
    expect(second).toMatchObject({ authors: ['Ann Lee', 'Bo Chen'], authorsTruncated: false });
  });
});
