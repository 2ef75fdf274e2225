import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import bibtexParse from 'bibtex-parse';
import { exportPapers } from '../../lib/library/export';
import { getAllPapers, openLibrary, saveCandidates } from '../../lib/library/store';
import { SyncFile } from '../../lib/model';

describe('library export', () => {
  it('assigns citation keys once and keeps them; ASCII BibTeX uses LaTeX macros; JSON carries no index fields', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveCandidates(
      db,
      [
        {
          title: 'On the Geometry of Matching Pursuit',
          authors: ['Céline Moucer', 'Francis Bach'],
          authorsTruncated: false,
          year: 2024,
          ids: { arxiv: '2301.01530' },
        },
        {
          title: 'Attention Is All You Need',
          authors: ['Ashish Vaswani'],
          authorsTruncated: true,
          year: 2017,
          ids: { arxiv: '1706.03762' },
        },
      ],
      { site: 'text', url: 'https://lab.example/', kind: 'lab' },
    );
    const first = bibtexParse
      .entries((await exportPapers(db, 'bibtex')).text)
      .map((e) => e.key)
      .sort();
    expect(first).toEqual(['moucerGeometryMatchingPursuit2024', 'vaswaniAttentionAllYou2017'].sort());
    expect((await getAllPapers(db)).map((p) => p.citationKey).sort()).toEqual(first);
    // Exporting again reuses the stored keys.
    const again = bibtexParse
      .entries((await exportPapers(db, 'bibtex')).text)
      .map((e) => e.key)
      .sort();
    expect(again).toEqual(first);
    const ascii = (await exportPapers(db, 'bibtex-ascii')).text;
    expect(ascii).toContain("Moucer, C{\\'e}line");
    expect(ascii).not.toMatch(/[^\x00-\x7f]/);
    const json = JSON.parse((await exportPapers(db, 'json')).text);
    expect(SyncFile.parse(json).papers).toHaveLength(2);
    expect(json.papers[0]).not.toHaveProperty('keys');
    expect(json.papers[0]).not.toHaveProperty('tkey');
  });
});
