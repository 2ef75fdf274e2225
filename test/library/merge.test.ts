import { describe, expect, it } from 'vitest';
import type { Paper, Tombstone } from '../../lib/model';
import { mergeLibraries, mergePaper } from '../../lib/library/merge';
import { generatePapers } from '../support/generate';
import { makePaper } from '../helpers';

function paper(over: Partial<Paper> & { id: string }): Paper {
  return makePaper({ title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], year: 2017, addedAt: 100, updatedAt: 100, ...over });
}

describe('mergePaper', () => {
  it('keeps the newer value of each field independently', () => {
    const a = paper({
      id: 'arxiv:1706.03762',
      ids: { arxiv: '1706.03762' },
      note: 'mine',
      clock: { note: 300, readState: 100 },
      readState: 'reading',
    });
    const b = paper({
      id: 'arxiv:1706.03762',
      ids: { arxiv: '1706.03762' },
      note: 'theirs',
      clock: { note: 200, readState: 400 },
      readState: 'read',
    });
    const m = mergePaper(a, b);
    expect(m.note).toBe('mine');
    expect(m.readState).toBe('read');
    expect(m.clock).toEqual({ note: 300, readState: 400 });
  });

  it('merges tags per tag by time, removals included', () => {
    const a = paper({ id: 'x', tags: { ml: { on: true, t: 10 }, old: { on: true, t: 10 } } });
    const b = paper({ id: 'x', tags: { old: { on: false, t: 20 }, new: { on: true, t: 5 } } });
    expect(mergePaper(a, b).tags).toEqual({ ml: { on: true, t: 10 }, old: { on: false, t: 20 }, new: { on: true, t: 5 } });
  });

  it('unions sightings by URL with the earliest first sighting and the latest sighting', () => {
    const a = paper({
      id: 'x',
      sources: [{ site: 'hf', url: 'https://h.example/', kind: 'feed', firstSeenAt: 5, seenAt: 50, signals: { upvotes: 1 } }],
    });
    const b = paper({
      id: 'x',
      sources: [
        { site: 'hf', url: 'https://h.example/', kind: 'feed', firstSeenAt: 2, seenAt: 70, signals: { upvotes: 9 } },
        { site: 'scholar', url: 'https://s.example/', kind: 'profile', firstSeenAt: 60, seenAt: 60 },
      ],
    });
    const m = mergePaper(a, b);
    expect(m.sources).toEqual([
      { site: 'hf', url: 'https://h.example/', kind: 'feed', firstSeenAt: 2, seenAt: 70, signals: { upvotes: 9 } },
      { site: 'scholar', url: 'https://s.example/', kind: 'profile', firstSeenAt: 60, seenAt: 60 },
    ]);
  });

  it('keeps the earliest citation key, and conflicting identifiers in related', () => {
    const a = paper({
      id: 'b-id',
      citationKey: 'vaswaniAttentionAllYou2017',
      ids: { arxiv: '1706.03762', doi: '10.1/x' },
      clock: { citationKey: 100, 'ids.doi': 1 },
    });
    const b = paper({
      id: 'a-id',
      citationKey: 'vaswaniAttentionAllYou2017a',
      ids: { arxiv: '1706.03762', doi: '10.1/y' },
      clock: { citationKey: 50, 'ids.doi': 2 },
    });
    const m = mergePaper(a, b);
    expect(m.citationKey).toBe('vaswaniAttentionAllYou2017a');
    expect(m.ids).toEqual({ arxiv: '1706.03762', doi: '10.1/y' });
    expect(m.related).toEqual(['doi:10.1/x']);
    expect(m.id).toBe('a-id');
  });
});

describe('mergeLibraries', () => {
  it('an incoming record that shares a key with two local records merges all three', () => {
    const l1 = paper({ id: 'arxiv:1706.03762', ids: { arxiv: '1706.03762' }, note: 'n', clock: { note: 10 } });
    const l2 = paper({
      id: 'doi:10.5555/3295222',
      title: 'Attention is all you need (NeurIPS)',
      ids: { doi: '10.5555/3295222' },
      starred: true,
      clock: { starred: 20 },
    });
    const inc = paper({ id: 'arxiv:1706.03762', ids: { arxiv: '1706.03762', doi: '10.5555/3295222' } });
    const { papers, report } = mergeLibraries({ papers: [l1, l2], tombstones: [] }, { papers: [inc], tombstones: [] });
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: 'arxiv:1706.03762',
      note: 'n',
      starred: true,
      ids: { arxiv: '1706.03762', doi: '10.5555/3295222' },
    });
    expect(report.replaced).toEqual({ 'doi:10.5555/3295222': 'arxiv:1706.03762' });
    expect(report.removedIds).toEqual(['doi:10.5555/3295222']);
    expect(report.updated['arxiv:1706.03762']).toContain('merged');
  });

  it('matches by fingerprint only when one side has no identifier', () => {
    const withDoi = paper({ id: 'doi:10.1/a', ids: { doi: '10.1/a' } });
    const otherDoi = paper({ id: 'doi:10.1/b', ids: { doi: '10.1/b' } });
    const none = paper({ id: 'fp', note: 'x', clock: { note: 5 } });
    expect(mergeLibraries({ papers: [withDoi], tombstones: [] }, { papers: [otherDoi], tombstones: [] }).papers).toHaveLength(2);
    const joined = mergeLibraries({ papers: [withDoi], tombstones: [] }, { papers: [none], tombstones: [] });
    expect(joined.papers).toHaveLength(1);
    expect(joined.papers[0]!.note).toBe('x');
  });

  it('groups again when a merged record carries a fingerprint none of its records had', () => {
    // One paper on two devices: the title edited on one, the first author on the other. Their merge has the title of
    // one and the first author of the other: the fingerprint of a third record, which has no identifier.
    const ids = { arxiv: '1706.03762' };
    const retitled = paper({ id: 'arxiv:1706.03762', ids, title: 'Attention Is Everything', clock: { title: 300, authors: 100 } });
    const reauthored = paper({ id: 'arxiv:1706.03762', ids, authors: ['Noam Shazeer'], clock: { title: 100, authors: 300 } });
    const third = paper({ id: 'fp:x', title: 'Attention is everything', authors: ['N. Shazeer'], note: 'third', clock: { note: 5 } });
    for (const [local, incoming] of [
      [[retitled], [reauthored, third]],
      [[third], [retitled, reauthored]],
      [[reauthored, third], [retitled]],
    ]) {
      const { papers, report } = mergeLibraries({ papers: local!, tombstones: [] }, { papers: incoming!, tombstones: [] });
      expect(papers).toHaveLength(1);
      expect(papers[0]).toMatchObject({
        id: 'arxiv:1706.03762',
        title: 'Attention Is Everything',
        authors: ['Noam Shazeer'],
        note: 'third',
      });
      expect(report.removedIds).toEqual(local!.some((p) => p.id === 'fp:x') ? ['fp:x'] : []);
    }
    // Without the retitling the third record stays apart (it has no identifier and another fingerprint).
    const apart = mergeLibraries({ papers: [reauthored], tombstones: [] }, { papers: [third], tombstones: [] });
    expect(apart.papers).toHaveLength(2);
  });

  it('indexes a record with the id and identity of another once, whatever else differs', () => {
    const a = paper({ id: 'doi:10.1/a', ids: { doi: '10.1/a' }, note: 'a', clock: { note: 1 } });
    const b = { ...a, note: 'b', clock: { note: 2 } };
    const c = { ...a, note: 'c', clock: { note: 3 }, related: ['arxiv:2401.00001'] };
    const other = paper({ id: 'arxiv:2', ids: { arxiv: '2401.00001' }, title: 'Another paper', note: 'o', clock: { note: 4 } });
    // c's related key links it, and so a and b, to other: one paper.
    const { papers, report } = mergeLibraries({ papers: [a, other], tombstones: [] }, { papers: [b, c], tombstones: [] });
    expect(papers).toHaveLength(1);
    expect(papers[0]!.note).toBe('o');
    expect(report.removedIds).toEqual(['doi:10.1/a']);
    const twoRecords = mergeLibraries({ papers: [a], tombstones: [] }, { papers: [b], tombstones: [] });
    expect(twoRecords.papers).toEqual([expect.objectContaining({ id: 'doi:10.1/a', note: 'b' })]);
    expect(twoRecords.report.updated).toEqual({ 'doi:10.1/a': ['note'] });
  });

  it('a deletion removes a paper edited before it and keeps one edited after it', () => {
    const old = paper({ id: 'arxiv:1', ids: { arxiv: '2401.00001' }, note: 'a', clock: { note: 100 } });
    const edited = paper({ id: 'arxiv:2', ids: { arxiv: '2401.00002' }, note: 'b', clock: { note: 300 } });
    const tombs: Tombstone[] = [
      { id: 'arxiv:1', keys: ['arxiv:2401.00001'], deletedAt: 200 },
      { id: 'arxiv:2', keys: ['arxiv:2401.00002'], deletedAt: 200 },
    ];
    const { papers, tombstones, report } = mergeLibraries({ papers: [old, edited], tombstones: [] }, { papers: [], tombstones: tombs });
    expect(papers.map((p) => p.id)).toEqual(['arxiv:2']);
    expect(report.deleted).toEqual(['arxiv:1']);
    expect(report.keptDespiteDeletion).toEqual(['arxiv:2']);
    expect(tombstones.map((t) => t.id)).toEqual(['arxiv:1', 'arxiv:2']);
    // The deleted record travels in its tombstone: a newer edit elsewhere brings it back whole.
    expect(tombstones[0]!.paper?.note).toBe('a');
    const resurrect = paper({ id: 'arxiv:1', ids: { arxiv: '2401.00001' }, starred: true, clock: { starred: 500 } });
    const back = mergeLibraries({ papers, tombstones }, { papers: [resurrect], tombstones: [] });
    expect(back.papers.find((p) => p.id === 'arxiv:1')).toMatchObject({ note: 'a', starred: true });
  });

  it('reports conflicts with the winning side and the reason', () => {
    const local = paper({ id: 'arxiv:1', ids: { arxiv: '2401.00001' }, note: 'local note', clock: { note: Date.UTC(2025, 0, 2) } });
    const incoming = paper({ id: 'arxiv:1', ids: { arxiv: '2401.00001' }, note: 'incoming note', clock: { note: Date.UTC(2025, 0, 1) } });
    const { papers, report } = mergeLibraries({ papers: [local], tombstones: [] }, { papers: [incoming], tombstones: [] });
    expect(papers[0]!.note).toBe('local note');
    expect(report.unchanged).toBe(1);
    expect(report.updated).toEqual({});
    const r2 = mergeLibraries({ papers: [incoming], tombstones: [] }, { papers: [local], tombstones: [] });
    expect(r2.report.updated).toEqual({ 'arxiv:1': ['note'] });
    expect(r2.report.conflicts).toEqual([
      {
        paperId: 'arxiv:1',
        field: 'note',
        local: 'incoming note',
        incoming: 'local note',
        winner: 'incoming',
        reason: 'newer edit wins (local 2025-01-01T00:00:00.000Z, incoming 2025-01-02T00:00:00.000Z)',
      },
    ]);
  });

  it('merges two generated libraries of 2000 papers with half overlap', () => {
    const all = generatePapers(3000, 7);
    const a = all.slice(0, 2000);
    const b = all.slice(1000).map((p) => ({ ...p, note: 'edited', clock: { ...p.clock, note: p.updatedAt + 1 } }));
    const { papers, report } = mergeLibraries({ papers: a, tombstones: [] }, { papers: b, tombstones: [] });
    expect(papers).toHaveLength(3000);
    expect(report.added).toHaveLength(1000);
    expect(Object.keys(report.updated)).toHaveLength(1000);
    expect(report.unchanged).toBe(1000);
  });
});
