import { describe, expect, it } from 'vitest';
import { HTML_FIXTURES } from '../fixtures/fixtures';
import { fixtureDocument } from '../helpers';
import { ADAPTERS } from '../../lib/sites/registry';
import { entryKeys, markLabel, marksForTitles } from '../../lib/content/saved-marks';
import { identityKeys } from '../../lib/identity';
import { paperFromCandidate } from '../../lib/library/capture';
import { cleanCandidate } from '../../lib/text/clean';
import type { Candidate } from '../../lib/model';

const SOURCE = { site: 'test', url: 'https://example.org/', kind: 'feed' as const };

describe('entryKeys', () => {
  it('are the keys the library stores for the entry once saved (cleaned as the background cleans it)', () => {
    const c: Candidate = {
      title: ' Deep\u200b  Learning ',
      authors: ['\u202eYann LeCun', 'Yoshua Bengio'],
      year: 2015,
      authorsTruncated: false,
      ids: { doi: '10.1038/NATURE14539' },
    };
    const saved = paperFromCandidate(cleanCandidate(c), SOURCE, 0);
    expect(entryKeys(c)).toEqual(identityKeys(saved));
    expect(entryKeys(c)).toEqual(['doi:10.1038/nature14539', 'fp:deeplearning|lecun|2015']);
  });
});

describe('markLabel', () => {
  it('says how many tags the saved paper has', () => {
    expect(markLabel(0)).toBe('Saved');
    expect(markLabel(1)).toBe('Saved, 1 tag');
    expect(markLabel(2)).toBe('Saved, 2 tags');
  });
});

describe('marksForTitles', () => {
  const el = () => ({}) as Element;
  it('marks the title elements of saved entries only, matched by normalised title', () => {
    const [a, b, c] = [el(), el(), el()];
    const entries: Candidate[] = [
      { title: 'Attention Is All You Need', authors: [], authorsTruncated: false, ids: {} },
      { title: 'BERT', authors: [], authorsTruncated: false, ids: {} },
      { title: 'Unsaved paper', authors: [], authorsTruncated: false, ids: {} },
    ];
    const marks = marksForTitles(
      entries,
      [{ tags: 2 }, { tags: 0 }, null],
      [
        { element: a, title: 'Attention is all you need.' },
        { element: b, title: '  BERT ' },
        { element: c, title: 'Unsaved paper' },
      ],
    );
    expect([...marks]).toEqual([
      [a, 2],
      [b, 0],
    ]);
  });
  it('marks nothing when nothing is saved', () => {
    expect(
      marksForTitles([{ title: 'X', authors: [], authorsTruncated: false, ids: {} }], [null], [{ element: el(), title: 'X' }]).size,
    ).toBe(0);
  });
});

describe('adapter titles() on the saved and hand-written pages', () => {
  const withTitles = HTML_FIXTURES.filter((f) => f.adapter && ADAPTERS.find((a) => a.id === f.adapter)?.titles && f.entries > 1);

  it('covers the sites with a content script that list entries', () => {
    expect(new Set(withTitles.map((f) => f.adapter))).toEqual(
      new Set(['huggingface', 'arxiv', 'googlescholar', 'dblp', 'openreview', 'semanticscholar']),
    );
  });

  // Hugging Face profiles: the island lists every paper, the page shows cards for some (read by eye: the org page
  // shows two of its three papers as h3 cards, the user page none).
  const shownOnPage: Record<string, number> = {
    'handwritten/huggingface-org-papers.html': 2,
    'handwritten/huggingface-user-papers.html': 0,
  };

  it.each(withTitles.map((f) => [f.file, f] as const))('%s: every entry shown has its title element', (_file, f) => {
    const doc = fixtureDocument(f.file);
    const url = new URL(f.url);
    const adapter = ADAPTERS.find((a) => a.id === f.adapter)!;
    const { entries } = adapter.extract(doc, url);
    const titles = adapter.titles!(doc, url);
    const marks = marksForTitles(
      entries,
      entries.map(() => ({ tags: 0 })),
      titles,
    );
    // Every entry shown is found; no title element is marked that is not an entry's.
    const shown = shownOnPage[f.file] ?? entries.length;
    expect(marks.size).toBe(shown);
    expect(titles.length).toBeGreaterThanOrEqual(shown);
  });

  it("the arXiv search page (200 results): the first result's title element is its p.title", () => {
    const f = HTML_FIXTURES.find((x) => x.file === 'pages/arxiv-search-200-2025-12.html')!;
    const doc = fixtureDocument(f.file);
    const adapter = ADAPTERS.find((a) => a.id === 'arxiv')!;
    const titles = adapter.titles!(doc, new URL(f.url));
    expect(titles).toHaveLength(200);
    expect(titles[0]!.element.tagName).toBe('P');
    expect(titles[0]!.element.closest('li.arxiv-result')).toBe(doc.querySelector('li.arxiv-result'));
  });
});
