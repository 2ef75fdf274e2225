import { describe, expect, it } from 'vitest';
import { readAuthorBlock } from '../../lib/text/reference';
import { isOffTopicHeading } from '../../lib/text/common';

/** Names as the former heldout78 pages write them (study14bm). */
describe('Turkish "ve" ("and") before the last given-first name (eroglu-yayinlar)', () => {
  it('reads "A, B ve C" as three names', () => {
    expect(readAuthorBlock('Burak Alparslan Eroğlu, Haluk Yener ve Taner Yiğit', 'given')?.names).toEqual([
      'Burak Alparslan Eroğlu',
      'Haluk Yener',
      'Taner Yiğit',
    ]);
    expect(readAuthorBlock('Ahmet Usta ve Seçil Yıldırım-Karaman', 'given')?.names).toEqual(['Ahmet Usta', 'Seçil Yıldırım-Karaman']);
  });
  it('leaves a lower-case word after "ve" alone', () => {
    expect(readAuthorBlock('Ahmet Usta ve arkadaşları', 'given')?.names ?? []).not.toContain('arkadaşları');
  });
});

describe('Portuguese "Conferências" (lectures) heads no papers', () => {
  it('is off topic alone, not with a kind of paper', () => {
    expect(isOffTopicHeading('Conferências')).toBe(true);
    expect(isOffTopicHeading('Artigos em conferências')).toBe(false);
    expect(isOffTopicHeading('Conferences')).toBe(false);
  });
});
