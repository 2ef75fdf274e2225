import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Entries of lab pages whose readers lost every reference (study14by). */
const read = (text: string) => {
  const r = parseReference(text);
  return r && { title: r.title, authors: r.authors, truncated: r.authorsTruncated, year: r.year };
};

describe('a title, then its short citation "Family et al (Year)" (manejoflorestal)', () => {
  it('reads the title, the first author and the year', () => {
    expect(
      read('Giants of the Amazon: How does environmental variation drive the diversity patterns of large trees? Lima et al (2023)'),
    ).toEqual({
      title: 'Giants of the Amazon: How does environmental variation drive the diversity patterns of large trees?',
      authors: ['Lima'],
      truncated: true,
      year: 2023,
    });
  });

  it('the citation glued to the title, a letter after its year', () => {
    expect(read('Volumetric Modeling in the Amapá National ForestAbreu et al (2023) b')).toEqual({
      title: 'Volumetric Modeling in the Amapá National Forest',
      authors: ['Abreu'],
      truncated: true,
      year: 2023,
    });
  });

  it('not a sentence that cites a paper by its short citation, nor the short citation alone', () => {
    expect(read('As shown in 2019 by Silva et al (2020)')).toBeNull();
    expect(read('Peterson et al. (2025)')).toBeNull();
    expect(read('We extend the branching model of Silva et al (2020)')).toBeNull();
  });
});

describe('Harvard: "Names (Year) Title, in Book or Proceedings, Publisher" (kirkbright)', () => {
  const venue = (text: string) => {
    const r = parseReference(text);
    return r && { title: r.title, year: r.year, venue: r.venue };
  };

  it('"in" after the title\'s comma opens the book a chapter is in', () => {
    expect(
      venue(
        'Wyatt, D., Kirkbright, S. (2004) Stories from the Rural Chronic Disease Initiative, in Building Healthy Communities: A Guide for Community Projects, Australian Government Department of Health and Ageing.',
      ),
    ).toEqual({
      title: 'Stories from the Rural Chronic Disease Initiative',
      year: 2004,
      venue: 'Building Healthy Communities: A Guide for Community Projects, Australian Government Department of Health and Ageing.',
    });
  });

  it('and the proceedings a paper is in', () => {
    expect(
      venue('Smith, J. (2010) A study of rural nursing, in Proceedings of the Rural Health Conference, Canberra, pp. 1-10.'),
    ).toMatchObject({
      title: 'A study of rural nursing',
      year: 2010,
    });
  });

  it('not a title that goes on in lower case after "in"', () => {
    expect(venue('Smith, J. (2010) Peace, in our time. Journal of Peace Studies, 3, 1-10.')?.title).toBe('Peace, in our time');
  });
});
