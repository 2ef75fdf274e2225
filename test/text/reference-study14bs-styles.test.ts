import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Reference strings of older dev pages that lost the most papers (study14bs), quoted from the pages. */
describe('APA names with a role after each, before the year (huijnen)', () => {
  it('reads the names without their "(Ed.)" marks, and the quoted title after the year', () => {
    const r = parseReference(
      'Huijnen, P., Huisman, M. (Ed.), Koch, J. (Ed.), & van Miert, D. (Ed.) (2023). ‘Eerherstel in een archivaal addendum: Wat een anonieme notitie prijsgeeft over de carrière van professor L.K. Wolff’. In Tastend door de tijd: Een greep uit vier eeuwen Utrechtse wetenschapsgeschiedenis (pp. 62-63). Matrijs en Universiteit Utrecht.',
    );
    expect(r).toMatchObject({
      title: 'Eerherstel in een archivaal addendum: Wat een anonieme notitie prijsgeeft over de carrière van professor L.K. Wolff',
      authors: ['P. Huijnen', 'M. Huisman', 'J. Koch', 'D. van Miert'],
      year: 2023,
    });
  });

  it('leaves an editor named in the venue, after the year, as it is', () => {
    const r = parseReference(
      'Huijnen, P. (2013). Title of a chapter on nutrition research. In A. Maas (Ed.), Physics as a Calling, Science for Society (pp. 111-130). Leiden University Press.',
    );
    expect(r).toMatchObject({ title: 'Title of a chapter on nutrition research', authors: ['P. Huijnen'], year: 2013 });
    expect(r!.venue).toContain('Physics as a Calling');
  });
});

describe('a title that runs on into the ISBN of its book or disc (kirkbright)', () => {
  it('leaves the medium and the ISBN out of the title', () => {
    const r = parseReference(
      'Kirkbright, SP, Cameron R, Naidoo, P and Silberstein M. (2005) Radiology and Medical Imaging: MBBS Curriculum Resource Second Edition 2005 CDROM ISBN 1 920 79710 6',
    );
    expect(r).toMatchObject({
      title: 'Radiology and Medical Imaging: MBBS Curriculum Resource Second Edition 2005',
      authors: ['SP Kirkbright', 'R Cameron', 'P Naidoo', 'M. Silberstein'],
      year: 2005,
    });
  });

  it('keeps a title that only names the ISBN', () => {
    const r = parseReference('Smith, J. (2019). The ISBN system and the book trade. Journal of Publishing, 12, 1-20.');
    expect(r?.title).toBe('The ISBN system and the book trade');
  });
});
