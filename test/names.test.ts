/** lib/names.ts: the one split of a person's name, the family-name key and the particle list every parser shares. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { familyNameKey, foldKey, isCapitalisedNameSuffix, isNameParticle, splitPersonName } from '../lib/names';
import { toBibtex } from '../lib/formats/bibtex';
import { toCslJson } from '../lib/formats/csl';
import { abbreviateName } from '../lib/ui/sidepanel/display';
import type { Paper } from '../lib/model';

describe('splitPersonName', () => {
  it('splits as BibTeX does: last word, or from the first lower-case middle word on, is the family name', () => {
    expect(splitPersonName('Yoshua Bengio')).toEqual({ family: 'Bengio', given: 'Yoshua' });
    expect(splitPersonName('Hans van der Berg')).toEqual({ family: 'van der Berg', given: 'Hans' });
    expect(splitPersonName('Martin Luther King Jr.')).toEqual({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    expect(splitPersonName('  Bengio,   Yoshua ')).toEqual({ family: 'Bengio', given: 'Yoshua' });
    expect(splitPersonName('Plato')).toBeUndefined();
    expect(splitPersonName('')).toBeUndefined();
  });

  it('is the split BibTeX, CSL-JSON and the side panel all show', () => {
    const paper = {
      id: 'x',
      title: 'T',
      authors: ['Hans van der Berg', 'Martin Luther King Jr.'],
      authorsTruncated: false,
      ids: {},
      signals: {},
      sources: [],
      tags: {},
      note: '',
      readState: 'unread',
      starred: false,
      addedAt: 0,
      updatedAt: 0,
      clock: {},
    } as Paper;
    expect(toBibtex([paper])).toContain('author = {van der Berg, Hans and King, Jr., Martin Luther}');
    expect(toCslJson([paper])[0]!.author).toEqual([
      { family: 'van der Berg', given: 'Hans' },
      { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
    ]);
    expect(abbreviateName('Hans van der Berg')).toBe('H. van der Berg');
  });
});

describe('foldKey', () => {
  it('examples: case, accents, punctuation and spaces ignored', () => {
    expect(foldKey("Élodie d'Arc")).toBe('elodiedarc');
    expect(foldKey('Attention Is All You Need!')).toBe('attentionisallyouneed');
    expect(foldKey('ﬁne-tuning ²')).toBe('finetuning2');
    expect(foldKey('x_y\tz 3.5')).toBe('xyz35');
  });

  it('ASCII text (its own fast path) folds as the general rule folds it', () => {
    // The rule as documented: NFKD, combining marks dropped, lower case, only letters and digits kept.
    const general = (s: string) =>
      s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '');
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 80 }), (s) => foldKey(s) === general(s)),
      { numRuns: 5000, seed: 19 },
    );
  });
});

describe('familyNameKey', () => {
  it('is the last word before a suffix, folded; the part before a comma; an organisation whole', () => {
    expect(familyNameKey('Yoshua Bengio')).toBe('bengio');
    expect(familyNameKey('Hans van der Berg')).toBe('berg');
    expect(familyNameKey('Martin Luther King Jr.')).toBe('king');
    expect(familyNameKey('Müller-Lüdenscheidt, Otto')).toBe('mullerludenscheidt');
    expect(familyNameKey({ literal: 'The OPT Team' })).toBe('theoptteam');
  });
});

describe('particles and suffixes', () => {
  it('knows lower-case particles only as written', () => {
    for (const w of ['van', 'von', 'de', 'della', 'ibn', 'bin', 'al', 'zu']) expect(isNameParticle(w)).toBe(true);
    for (const w of ['Van', 'the', 'of', 'Bengio']) expect(isNameParticle(w)).toBe(false);
  });

  it('reads a suffix in running text only capitalised', () => {
    expect(isCapitalisedNameSuffix('Jr.')).toBe(true);
    expect(isCapitalisedNameSuffix('III')).toBe(true);
    expect(isCapitalisedNameSuffix('ii')).toBe(false);
    expect(isCapitalisedNameSuffix('Smith')).toBe(false);
  });
});
