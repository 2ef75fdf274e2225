/**
 * The reference-string parser on styles of the former heldout16 pages (a CV's own papers "Year. Title. Journal
 * vol(issue):pages." with the owner never written, physics lists that write the citation and then the title on a line
 * of its own, given names with many initials), each on entries as a real page writes them plus a variant of our own.
 * Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';
import { readReferenceList } from '../../lib/text/reflist';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('"Year. Title. Journal vol(issue):pages." with the owner never written (goderich.github.io, pandoc)', () => {
  it('the year opens the entry; the title is the next sentence; no authors', () => {
    expect(pick('2025. Formosan loanwords in four Atayal dialects. Concentric: Studies in Linguistics 51(1):32–69.')).toEqual({
      title: 'Formosan loanwords in four Atayal dialects',
      authors: [],
      year: 2025,
      venue: 'Concentric: Studies in Linguistics',
    });
    expect(pick('2021. Taokas-10 revisited: Taokas or Atayal? Oceanic Linguistics 60(2):447–473.')).toEqual({
      title: 'Taokas-10 revisited: Taokas or Atayal?',
      authors: [],
      year: 2021,
      venue: 'Oceanic Linguistics',
    });
  });
  it('"(With Name)." before the title names the coauthors', () => {
    expect(
      pick("2026. (With Yi-Yang Cheng). The Matu'uwal Atayal case marking system revisited. Taiwan Journal of Linguistics 24(1):2."),
    ).toEqual({
      title: "The Matu'uwal Atayal case marking system revisited",
      authors: ['Yi-Yang Cheng'],
      year: 2026,
      venue: 'Taiwan Journal of Linguistics',
    });
    expect(pick('2019. (with Anna Berg and Tom Ruiz). Clitic climbing in Old Spanish. Linguistic Inquiry 50(3): 401–436.')).toEqual({
      title: 'Clitic climbing in Old Spanish',
      authors: ['Anna Berg', 'Tom Ruiz'],
      year: 2019,
      venue: 'Linguistic Inquiry',
    });
  });
  it('a dated news line is no reference', () => {
    expect(pick('2024. We moved to the new building. Come and visit us on the second floor.')).toBeNull();
  });
});

describe('"Names, Journal vol, page (Year)." then the title on its own line (ufkapano.github.io, HTML 3.2)', () => {
  it('the citation gives names, venue and year; the line under it is the title', () => {
    expect(
      pick(
        'M. Fiałkowski, A. Kapanowski, K. Sokalski, Mol. Cryst. Liq. Cryst. 265, 371 (1995).\nMicroscopic Approach to Theory of Biaxial Nematic Liquid Crystals.',
      ),
    ).toEqual({
      title: 'Microscopic Approach to Theory of Biaxial Nematic Liquid Crystals',
      authors: ['M. Fiałkowski', 'A. Kapanowski', 'K. Sokalski'],
      year: 1995,
      venue: 'Mol. Cryst. Liq. Cryst.',
    });
    expect(
      pick('A. Kapanowski, K. Sokalski, Z. Naturforsch. 53a, 963 (1998).\nElastic Constants of Binary Liquid Crystalline Mixtures.'),
    ).toMatchObject({
      title: 'Elastic Constants of Binary Liquid Crystalline Mixtures',
      authors: ['A. Kapanowski', 'K. Sokalski'],
      year: 1998,
    });
  });
  it('an arXiv id in place of the journal, and arXiv lines after the title', () => {
    const r = parseReference(
      'A. Kapanowski, A. Krawczyk, arXiv:1903.02904 [cs.DS] (2019).\nHalin graphs are 3-vertex-colorable except even wheels.\nhttps://arxiv.org/abs/1903.02904',
    );
    expect(r && [r.title, r.authors, r.year, r.venue, r.ids.arxiv]).toEqual([
      'Halin graphs are 3-vertex-colorable except even wheels',
      ['A. Kapanowski', 'A. Krawczyk'],
      2019,
      undefined,
      '1903.02904',
    ]);
  });
  it('as a selected list: each citation with the title under it and its arXiv lines is one entry', () => {
    const entries = readReferenceList(`A. Kapanowski, The Python Papers 9, 3 (2014).
Python for education: permutations.
arXiv:1307.7042 [cs.MS]
https://arxiv.org/abs/1307.7042
A. Kapanowski, Ł. Gałuszka, The Python Papers 11, 3 (2016).
Weighted graph algorithms with Python.
arXiv:1504.07828 [cs.DS]
https://arxiv.org/abs/1504.07828
J. Nowak, B. Lis, Phys. Rev. B 92, 115401 (2015).
Spin waves in thin permalloy films.`);
    expect(entries.map((e) => [e.title, e.authors, e.year, e.venue, e.ids.arxiv])).toEqual([
      ['Python for education: permutations', ['A. Kapanowski'], 2014, 'The Python Papers', '1307.7042'],
      ['Weighted graph algorithms with Python', ['A. Kapanowski', 'Ł. Gałuszka'], 2016, 'The Python Papers', '1504.07828'],
      ['Spin waves in thin permalloy films', ['J. Nowak', 'B. Lis'], 2015, 'Phys. Rev. B', undefined],
    ]);
  });
});

describe('given names with many initials (orangehealth.nl, Hugo)', () => {
  it('"Geert J M G van der Heijden" is one name of seven words', () => {
    const r = parseReference(
      'The Prevalence of Comorbidities in Individuals with Periodontitis in a Private Periodontal Referral Practice\nNicky G F M Beukers, Bruno G Loos, Geert J M G van der Heijden, Elena Stamatelou, Athanasios Angelakis, Naichuan Su (https://doi.org/10.3390/jcm13237410)',
    );
    expect(r?.authors).toEqual([
      'Nicky G F M Beukers',
      'Bruno G Loos',
      'Geert J M G van der Heijden',
      'Elena Stamatelou',
      'Athanasios Angelakis',
      'Naichuan Su',
    ]);
    expect(parseReference('A study of things\nAnna B C de la Cruz, Tom Li (https://doi.org/10.1000/xyz123)')?.authors).toEqual([
      'Anna B C de la Cruz',
      'Tom Li',
    ]);
  });
});

describe('APA dates with the month: "(2009 March)", "(March, 2009)" (sindhri.github.io/yale-del, a 2009 table layout)', () => {
  it('the date ends the names and dates the entry', () => {
    expect(
      pick(
        'Crowley, J. M., Wu, J., Bailey, A. C. (2009 March). Avoidant Attachment, Social Exclusion and Re-entry into Fair Play. Paper Presented at the Society for Research in Child Development (SRCD), Denver, Colorado',
      ),
    ).toMatchObject({
      title: 'Avoidant Attachment, Social Exclusion and Re-entry into Fair Play',
      authors: ['J. M. Crowley', 'J. Wu', 'A. C. Bailey'],
      year: 2009,
    });
    expect(
      pick(
        'Erbe, J., Landi, N., Irwin,J., Mencl, E., Topf,J., Potenza, M. & Mayes, L. (March, 2009). EEG Measures of Adult Response to Infant Emotion. Presented at the sixteenth annual meeting of the cognitive neuroscience society, San Francisco, CA',
      ),
    ).toMatchObject({
      title: 'EEG Measures of Adult Response to Infant Emotion',
      authors: ['J. Erbe', 'N. Landi', 'J. Irwin', 'E. Mencl', 'J. Topf', 'M. Potenza', 'L. Mayes'],
      year: 2009,
    });
    expect(pick('Okafor, C., & Lund, P. (Nov. 2014). Sleep spindles in toddlers. Sleep Research 12(2), 45–60.')).toEqual({
      title: 'Sleep spindles in toddlers',
      authors: ['C. Okafor', 'P. Lund'],
      year: 2014,
      venue: 'Sleep Research',
    });
  });
});

describe('one name without its comma among inverted names: "Van Langevelde F.", "Zeng H.*" (costelloe, harrington, hardwicke)', () => {
  it('is read as the others are, family name last', () => {
    expect(
      pick(
        'Tuia, D.*, Kellenberger, B.*, Beery, S.*, Costelloe, B.R.*, Zuffi, S., Mathis, M., Van Langevelde F., Burghardt, T., Kays, R., Stewart, C. and Berger-Wolf, T. Seeing biodiversity: perspectives in machine learning for wildlife conservation. Accepted at Nature Communications. Preprint available.',
      )?.authors,
    ).toEqual([
      'D. Tuia',
      'B. Kellenberger',
      'S. Beery',
      'B.R. Costelloe',
      'S. Zuffi',
      'M. Mathis',
      'F. Van Langevelde',
      'T. Burghardt',
      'R. Kays',
      'C. Stewart',
      'T. Berger-Wolf',
    ]);
    expect(pick('Wang, X., Zeng H.*, Li, Y. and Fratzl P. (2019) Mussel-inspired adhesive coatings. Biomacromolecules 12, 3-4.')).toEqual({
      title: 'Mussel-inspired adhesive coatings',
      authors: ['X. Wang', 'H. Zeng', 'Y. Li', 'P. Fratzl'],
      year: 2019,
      venue: 'Biomacromolecules',
    });
  });
});

describe('a status in place of the year: "In preparation", "under review", "(preprint)" (costelloe, huaweiwang, hardwicke)', () => {
  it('the entry is read; the status is no venue, a journal after "In review –" is', () => {
    expect(
      pick(
        'Costelloe, B.R., Lauke, S., Koger, B., Couzin, I.D. Disturbance effects of drone-based behavioral observations on wild African ungulates. In preparation.',
      ),
    ).toEqual({
      title: 'Disturbance effects of drone-based behavioral observations on wild African ungulates',
      authors: ['B.R. Costelloe', 'S. Lauke', 'B. Koger', 'I.D. Couzin'],
      year: undefined,
      venue: undefined,
    });
    expect(
      pick(
        'Koger, B., Hurme, E., Costelloe, B.R., Dechmann, D.K.N. A computer vision approach for counting groups of flying animals. In review – Ecosphere.',
      )?.venue,
    ).toBe('Ecosphere');
    expect(
      pick(
        'Hardwicke, T. E., Szucs D., Thibault, R. T., Crüwell, S., van den Akker, O. R., Nuijten, M. B., & Ioannidis, J. P. A. (preprint). Post-replication citation patterns in psychology: Four case studies. MetaArXiv.',
      ),
    ).toEqual({
      title: 'Post-replication citation patterns in psychology: Four case studies',
      authors: [
        'T. E. Hardwicke',
        'D. Szucs',
        'R. T. Thibault',
        'S. Crüwell',
        'O. R. van den Akker',
        'M. B. Nuijten',
        'J. P. A. Ioannidis',
      ],
      year: undefined,
      venue: 'MetaArXiv',
    });
  });
  it('as a selected list, entries under review are read with the dated ones', () => {
    const entries =
      readReferenceList(`[1] Huawei Wang, Antonie van den Borget. Identification of A Foot Placement Controller in Human Walking. Journal of Biomechanics. under review [manuscript]
[2] Huawei Wang, Antonie van den Borget. Identification of the Human Postural Control System through Stochastic Trajectory Optimization. Journal of Neuroscience Method. under review [revised_manuscript]
[3] Mei Ling, Huawei Wang. Gait adaptation on split-belt treadmills. Gait & Posture, 2019.`);
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Identification of A Foot Placement Controller in Human Walking', ['Huawei Wang', 'Antonie van den Borget'], undefined],
      [
        'Identification of the Human Postural Control System through Stochastic Trajectory Optimization',
        ['Huawei Wang', 'Antonie van den Borget'],
        undefined,
      ],
      ['Gait adaptation on split-belt treadmills', ['Mei Ling', 'Huawei Wang'], 2019],
    ]);
  });
});

describe('names: "WANG Bin" (family name first in capitals), "deMayo", "van ‘t Veer"', () => {
  it('a Chinese name in pinyin with its family name in capitals first', () => {
    expect(
      pick(
        '[5] WANG Hua-wei, WANG Xi, LI Zhi-peng, DANG Wei and LI Hong-sheng. Quantitative Analysis on Constant Pressure Valve Stability, Journal of Propulsion Technology, 2015. DOI: 10.13224/j.cnki.jasp.2015.03.028',
      ),
    ).toEqual({
      title: 'Quantitative Analysis on Constant Pressure Valve Stability',
      authors: ['WANG Hua-wei', 'WANG Xi', 'LI Zhi-peng', 'DANG Wei', 'LI Hong-sheng'],
      year: 2015,
      venue: 'Journal of Propulsion Technology',
    });
    expect(
      pick(
        '[6] WANG Bin, WANG Xi, SHI Yu-lin and Huawei Wang. A real-time piece-wise linear dynamic model of aeroengine. Journal of Propulsion Technology, 2014.',
      )?.authors,
    ).toEqual(['WANG Bin', 'WANG Xi', 'SHI Yu-lin', 'Huawei Wang']);
  });
  it('a particle fused to the family name, and Dutch "’t"', () => {
    expect(
      pick(
        'Nosek, B. A., Beck, E. D., Campbell, L., Flake, J. K., Hardwicke, T. E., Mellor, D. T., van ‘t Veer, A. E., & Vazire, S. (2019). Preregistration is hard, and worthwhile. Trends in Cognitive Sciences, 23(10), 815-818.',
      )?.authors,
    ).toEqual([
      'B. A. Nosek',
      'E. D. Beck',
      'L. Campbell',
      'J. K. Flake',
      'T. E. Hardwicke',
      'D. T. Mellor',
      'A. E. van ‘t Veer',
      'S. Vazire',
    ]);
    expect(
      pick(
        'Peloquin, B. N., deMayo, B., Long, B., & Frank, M. C. (2021). Analytic reproducibility in psychology. Royal Society Open Science, 8(1).',
      )?.authors,
    ).toEqual(['B. N. Peloquin', 'B. deMayo', 'B. Long', 'M. C. Frank']);
  });
});
