import { describe, expect, it } from 'vitest';
import { authorsRight, pairEntries } from './evaluate';
import type { Candidate } from '../../lib/model';
import { corpusExpected, corpusHtml } from '../fixtures/corpus/corpus';

// holdenlab-publications' first entry shows "Christian Vanhille Campos, Kevin D Whitley, Philipp Radler, and 3 more
// authors"; the three others sit in the toggle's onclick ('Martin Loose, Seamus Holden, Andela Saric').
const holdenlab = corpusExpected('holdenlab-publications').entries[0]!;
const holdenlabHtml = corpusHtml('holdenlab-publications');
const shown = ['Christian Vanhille Campos', 'Kevin D Whitley', 'Philipp Radler'];

describe('authors exact (the corpus ruler)', () => {
  it('takes the shown names of a cut list as exact', () => {
    expect(holdenlab.authors).toEqual(shown);
    expect(holdenlab.authorsTruncated).toBe(true);
    expect(authorsRight(shown, holdenlab, holdenlabHtml)).toBe(true);
  });

  it('takes the names the page holds behind the cut as exact too', () => {
    expect(authorsRight([...shown, 'Martin Loose', 'Seamus Holden', 'Andela Saric'], holdenlab, holdenlabHtml)).toBe(true);
  });

  it('rejects further names the page does not hold, a changed shown name, or fewer names', () => {
    expect(authorsRight([...shown, 'Martin Loose', 'Jane Doe'], holdenlab, holdenlabHtml)).toBe(false);
    expect(authorsRight(['Christian Campos', 'Kevin D Whitley', 'Philipp Radler', 'Martin Loose'], holdenlab, holdenlabHtml)).toBe(false);
    expect(authorsRight(shown.slice(0, 2), holdenlab, holdenlabHtml)).toBe(false);
  });

  it('gives a list the page did not cut no room for more names', () => {
    const whole = { ...holdenlab, authorsTruncated: undefined };
    expect(authorsRight([...shown, 'Martin Loose'], whole, holdenlabHtml)).toBe(false);
  });
});

// dnareplication-publications shows "Most human DNA replication initiation is dispersed …" twice in its full list: the
// Genome Biology paper (2025) and its bioRxiv preprint (2024), with the same title.
describe('pairing readings that share a title (the corpus ruler)', () => {
  const title = 'Most human DNA replication initiation is dispersed throughout the genome';
  const journal = { title, authors: ['Jamie T. Carrington'], year: 2025, venue: 'Genome Biology', doi: '10.1186/s13059-025-03591-w' };
  const preprint = { title, authors: ['Jamie T. Carrington'], year: 2024, venue: 'bioRxiv', doi: '10.1101/2024.04.28.591325' };
  const reading = (e: typeof journal): Candidate => ({ ...e, authorsTruncated: false, ids: { doi: e.doi } });

  it('pairs each expected entry with the reading that agrees on its fields, whatever the order', () => {
    const { pairs, spurious } = pairEntries([journal, preprint], [reading(preprint), reading(journal)]);
    expect(pairs.map(([e, f]) => [e.venue, f?.venue])).toEqual([
      ['Genome Biology', 'Genome Biology'],
      ['bioRxiv', 'bioRxiv'],
    ]);
    expect(spurious).toEqual([]);
  });
  it('still leaves a second reading of one paper spurious', () => {
    const { pairs, spurious } = pairEntries([journal], [reading(journal), reading(journal)]);
    expect(pairs[0]![1]?.venue).toBe('Genome Biology');
    expect(spurious).toHaveLength(1);
  });
});
