/**
 * The citation key's short title read without a regex (lib/formats/citekey.ts shortTitle) against the regex reading it
 * replaced (commit 6f84949), copied here as the reference: the same key for every title, hostile ones included (every
 * character `\s` matches, lone surrogates, combining marks, letters without a decomposition, skip words in any case).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseCitationKey } from '../../lib/formats/citekey';
import { generatePapers } from '../support/generate';

const SKIP_WORDS = new Set(
  (
    'a ab aboard about above across after against al along amid among an and anti around as at before behind below beneath beside besides ' +
    'between beyond but by d da das de del dell dello dei degli della delle dem den der des despite die do down du during ein eine einem ' +
    'einen einer eines el en et except for from gli i il in inside into is l la las le les like lo los near nor of off on onto or over past ' +
    'per plus round save since so some sur than the through to toward towards un una unas under underneath une unlike uno unos until up ' +
    'upon versus via von while with within without yet zu zum'
  ).split(' '),
);
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  þ: 'th',
  Þ: 'Th',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  ð: 'd',
  Ð: 'D',
};

function referenceFold(s: string): string {
  if (/^[A-Za-z0-9]*$/.test(s)) return s;
  if (/^[\x00-\x7f]*$/.test(s)) return s.replace(/[^A-Za-z0-9]/g, '');
  return s
    .replace(/[ßæÆøØłŁđĐþÞœŒıðÐ]/g, (c) => LETTERS[c] ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '');
}

function referenceShortTitle(title: string): string {
  let short = '';
  let taken = 0;
  const word = /\S+/g;
  for (let m = word.exec(title); m && taken < 3; m = word.exec(title)) {
    const w = referenceFold(m[0]);
    if (!w || SKIP_WORDS.has(w.toLowerCase())) continue;
    short += w.charAt(0).toUpperCase() + w.slice(1);
    taken++;
  }
  return short;
}

/** The key of a paper without authors or year: its short title alone ('paper' when empty). */
const keyOfTitle = (title: string) => baseCitationKey({ title, authors: [], year: undefined });
const referenceKey = (title: string) => referenceShortTitle(title) || 'paper';

const SPACES = [...Array(0x10000).keys()].map((c) => String.fromCharCode(c)).filter((c) => /\s/.test(c));
const pieces = fc.oneof(
  fc.constantFrom(...SPACES),
  fc.constantFrom(
    ...SKIP_WORDS,
    'The',
    'OF',
    'Über',
    'Straße',
    'Łódź',
    'ǅemal',
    'ﬁne',
    'Æon',
    '½',
    'x²',
    '\u0301',
    '\uD800',
    '\uDC00',
    '😀',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: fc.constantFrom(...'aZ09-_.,:;!?é\u200b\u00ad'), maxLength: 8 }),
);

describe('citation key short title', () => {
  it('is the regex reading of every title of the generated library', () => {
    for (const p of generatePapers(3000, 11)) expect(keyOfTitle(p.title)).toBe(referenceKey(p.title));
  });

  it('is the regex reading of hostile titles (every \\s character, surrogates, marks, skip words)', () => {
    expect(SPACES.length).toBe(25);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const title = parts.join('');
        expect(keyOfTitle(title)).toBe(referenceKey(title));
      }),
      { numRuns: 3000 },
    );
  });

  it('is ASCII letters and digits and the year: nothing toBibtex would have to clean out of a key', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }),
        fc.array(pieces, { maxLength: 4 }),
        fc.option(fc.double(), { nil: undefined }),
        (title, author, year) => {
          const key = baseCitationKey({ title: title.join(''), authors: [author.join('')], year });
          // bibtex.ts NOT_IN_KEY: what cleanKey removes.
          expect(key).not.toMatch(/[\s,{}()"#%'=\\~\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/);
          expect(key.replace(String(year ?? ''), '')).toMatch(/^[A-Za-z0-9]*$/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('hand-checked: words split at any \\s, skip words dropped in any case, folded and capitalised', () => {
    expect(keyOfTitle('The\u00a0attention\u2003IS all\u3000you need')).toBe('AttentionAllYou');
    expect(keyOfTitle('  über\u200bStraße  on Łódź ')).toBe('UberStrasseLodz');
    expect(keyOfTitle('OF THE a')).toBe('paper');
  });
});
