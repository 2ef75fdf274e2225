/**
 * A paper with no identifier is stored under the fingerprint it had when first saved. After the user retitles it, its
 * keys no longer include that fingerprint, but its id does: the page's entry is still that paper when seen again.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PageScan } from '../../lib/model';
import { editPapers, openLibrary, reviewScan, saveCandidates } from '../../lib/library/store';
import { readLibrary } from '../../lib/library/file-sync';
import { withNote } from '../../lib/ui/sidepanel/edits';

const entry = { title: 'A workshop talk on sparse attention', authors: ['Ada Lovelace'], authorsTruncated: false, ids: {}, year: 2019 };
const source = { site: 'generic', url: 'https://lab.example/publications', kind: 'lab' as const };

describe('re-capturing a paper the user retitled', () => {
  it('the review says it is saved, and a save keeps the user’s title and note (updating its sighting only)', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveCandidates(db, [entry], source, { now: 1000 });
    const [saved] = (await readLibrary(db)).papers;
    await editPapers(
      db,
      [saved!.id],
      (p) => withNote({ ...p, title: 'Sparse attention (workshop slides)', clock: { ...p.clock, title: 2000 } }, 'compare with §4', 2000),
      'edit',
    );

    const scan: PageScan = { site: 'generic', url: source.url, kind: 'lab', entries: [entry] } as PageScan;
    expect((await reviewScan(db, scan)).map((e) => e.status)).toEqual(['saved']);
    const report = await saveCandidates(db, [entry], source, { now: 3000 });
    expect([report.added, report.updated, report.unchanged]).toEqual([0, 0, 1]);
    const papers = (await readLibrary(db)).papers;
    expect(papers.map((p) => [p.id, p.title, p.note, p.sources[0]!.seenAt])).toEqual([
      [saved!.id, 'Sparse attention (workshop slides)', 'compare with §4', 3000],
    ]);
    db.close();
  });
});
