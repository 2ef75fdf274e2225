import { describe, expect, it } from 'vitest';
import { generatePapers } from '../support/generate';
import { abbreviateName, authorLine, paperLinks, safeHref, signalRows, venueYear } from '../../lib/ui/sidepanel/display';
import { parseTagList, withNote, withReadState, withStarred, withTag } from '../../lib/ui/sidepanel/edits';

describe('author display', () => {
  it('abbreviates given names, keeps family names and particles', () => {
    expect(abbreviateName('Ashish Vaswani')).toBe('A. Vaswani');
    expect(abbreviateName('Vaswani, Ashish')).toBe('A. Vaswani');
    expect(abbreviateName('Jean-Pierre van der Berg')).toBe('J.-P. van der Berg');
    expect(abbreviateName('Martin Luther King Jr.')).toBe('M. L. King Jr.');
    expect(abbreviateName('Łukasz Kaiser')).toBe('Ł. Kaiser');
    expect(abbreviateName('Plato')).toBe('Plato');
  });

  it('shortens long lists to two names and a count, never inventing names', () => {
    const eight = [
      'Ashish Vaswani',
      'Noam Shazeer',
      'Niki Parmar',
      'Jakob Uszkoreit',
      'Llion Jones',
      'Aidan N. Gomez',
      'Lukasz Kaiser',
      'Illia Polosukhin',
    ];
    expect(authorLine({ authors: eight, authorsTruncated: false })).toBe('A. Vaswani, N. Shazeer, … +6');
    expect(authorLine({ authors: eight.slice(0, 3), authorsTruncated: false })).toBe('A. Vaswani, N. Shazeer, N. Parmar');
    expect(authorLine({ authors: eight.slice(0, 3), authorsTruncated: true, authorCount: 9 })).toBe('A. Vaswani, N. Shazeer, … +7');
    expect(authorLine({ authors: eight.slice(0, 2), authorsTruncated: true })).toBe('A. Vaswani, N. Shazeer et al.');
    expect(authorLine({ authors: [], authorsTruncated: true, authorCount: 9 })).toBe('9 authors');
    expect(authorLine({ authors: [], authorsTruncated: false })).toBe('Unknown authors');
  });

  it('shows an organisation whole, never abbreviated as a person', () => {
    expect(authorLine({ authors: [{ literal: 'The OPT Team' }, 'Susan Zhang'], authorsTruncated: false })).toBe('The OPT Team, S. Zhang');
    expect(
      authorLine({ authors: [{ literal: 'Gemini Team' }, 'Rohan Anil', 'Sebastian Borgeaud'], authorsTruncated: true, authorCount: 900 }),
    ).toBe('Gemini Team, R. Anil, … +898');
  });
});

describe('links and signals', () => {
  it('lists arXiv, PDF, code, DOI and page links once each, only http(s)', () => {
    const [p] = generatePapers(1, 1);
    const paper = {
      ...p!,
      ids: { arxiv: '1706.03762', doi: '10.5555/3295222' },
      pdf: undefined,
      code: 'https://github.com/x/y',
      url: 'https://arxiv.org/abs/1706.03762',
    };
    expect(paperLinks(paper).map((l) => l.label)).toEqual(['arXiv 1706.03762', 'PDF', 'Code', 'DOI 10.5555/3295222']);
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(venueYear({ ...paper, venue: 'ICLR 2022', year: 2022 })).toBe('ICLR 2022');
    expect(venueYear({ ...paper, venue: 'Nature', year: 2020 })).toBe('Nature · 2020');
    expect(signalRows({ upvotes: 1200, hasCode: true, orgs: ['A', 'B'] })).toEqual([
      ['Upvotes', '1,200'],
      ['Organisations', 'A, B'],
      ['Has code', 'yes'],
    ]);
  });
});

describe('edits', () => {
  const [p] = generatePapers(1, 9);
  const paper = { ...p!, tags: {}, note: '', readState: 'unread' as const, starred: false };

  it('stamp the field clock (tags: the tag state) and keep unchanged papers identical', () => {
    const tagged = withTag(paper, '  deep   learning ', true, 50);
    expect(tagged.tags).toEqual({ 'deep learning': { on: true, t: 50 } });
    const untagged = withTag(tagged, 'deep learning', false, 60);
    expect(untagged.tags['deep learning']).toEqual({ on: false, t: 60 });
    expect(withTag(paper, 'never-there', false, 70)).toBe(paper);
    expect(withTag(tagged, 'deep learning', true, 80)).toBe(tagged);
    expect(withNote(paper, 'hi', 5).clock.note).toBe(5);
    expect(withReadState(paper, 'read', 6)).toMatchObject({ readState: 'read', updatedAt: 6, clock: { readState: 6 } });
    expect(withStarred(paper, true, 7).clock.starred).toBe(7);
    expect(withStarred(paper, false, 7)).toBe(paper);
  });

  it('parses comma-separated tag input', () => {
    expect(parseTagList(' ml, to read ,, ml ,nlp ')).toEqual(['ml', 'to read', 'nlp']);
  });
});
