import { describe, expect, it } from 'vitest';
import { entriesOfOnePaper } from '../../lib/library/capture';
import { alfolio } from '../../lib/sites/alfolio';
import { fixtureDocument } from '../helpers';

describe('entries of one paper on a page', () => {
  it('the 594zyc al-folio page: "Improved Learning of Word Embeddings…" links the arXiv id of "Elastic CRFs…" (checked in the page source)', () => {
    const scan = alfolio.extract(
      fixtureDocument('pages/alfolio-594zyc-publications-2024-09.html'),
      new URL('https://594zyc.github.io/publications/'),
    )!;
    const same = entriesOfOnePaper(scan.entries);
    expect([...same].map(([i, s]) => [scan.entries[i]!.title, scan.entries[s.first]!.title, s.key])).toEqual([
      [
        'Improved Learning of Word Embeddings with Word Definitions and Semantic Injection.',
        'Elastic CRFs for Open-Ontology Slot Filling',
        'arxiv:1811.01331',
      ],
    ]);
  });

  it('chains through a later entry that shares a key with the second of two: all point to the first', () => {
    const c = (title: string, ids: Record<string, string>) => ({
      title,
      authors: ['Ada Lovelace'],
      authorsTruncated: false,
      ids,
      year: 2020,
    });
    const same = entriesOfOnePaper([
      c('A', { arxiv: '2001.00001' }),
      c('B', {}),
      c('A again', { arxiv: '2001.00001', doi: '10.1/a' }),
      c('A published', { doi: '10.1/a' }),
    ]);
    expect([...same]).toEqual([
      [2, { first: 0, key: 'arxiv:2001.00001' }],
      [3, { first: 0, key: 'doi:10.1/a' }],
    ]);
  });
});
