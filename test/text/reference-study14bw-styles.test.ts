import { describe, expect, it } from 'vitest';
import { isOffTopicHeading } from '../../lib/text/common';
import { parseReference, readAuthorBlock, thesisTitleFirst } from '../../lib/text/reference';

/** Styles read in study14bw (a pharmaceutics project's list, an Indian neurologist's and a CS lab's pages). */
const read = (text: string) => {
  const r = parseReference(text);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('"Savić S. D.. Title": the last initial’s period and the names’ own written both', () => {
  it('ends the names at the doubled period', () => {
    expect(
      read(
        'Đoković J. B., Demisli S., Savić S. M., Xenakis A., Savić S. D.. Evaluation of PEGylation efficacy of curcumin-loaded nanoemulsions. Journal of Molecular Liquids. 2024; 404: 124888.',
      ),
    ).toEqual({
      title: 'Evaluation of PEGylation efficacy of curcumin-loaded nanoemulsions',
      authors: ['J. B. Đoković', 'S. Demisli', 'S. M. Savić', 'A. Xenakis', 'S. D. Savić'],
      year: 2024,
      venue: 'Journal of Molecular Liquids',
    });
  });

  it('and an empty field after it: "Savić S. D.. . Title"', () => {
    expect(
      read(
        'Mitrović J. R., Knutson D. E., Cook J. M., Savić S. D.. . Freeze-dried nanocrystal dispersion of novel deuterated pyrazoloquinolinone ligand (DK-I-56-1): Process parameters and lyoprotectant selection through the stability study. European Journal of Pharmaceutical Sciences. 2023; 189: 106557.',
      ),
    ).toMatchObject({
      title:
        'Freeze-dried nanocrystal dispersion of novel deuterated pyrazoloquinolinone ligand (DK-I-56-1): Process parameters and lyoprotectant selection through the stability study',
      authors: ['J. R. Mitrović', 'D. E. Knutson', 'J. M. Cook', 'S. D. Savić'],
    });
  });

  it('leaves an ellipsis alone', () => {
    expect(read('Smith J. B., Doe A. Learning from lists... of references. Journal of Molecular Liquids. 2024; 404: 124888.')?.title).toBe(
      'Learning from lists... of references',
    );
  });
});

describe('", In Vitro Performance": a Latin phrase of the title, no venue after "In"', () => {
  it('keeps the title whole', () => {
    expect(
      read(
        'Đoković JB, Demisli S, Savić SM, Savić SD. The Impact of the Oil Phase Selection on Physicochemical Properties, Long-Term Stability, In Vitro Performance and Injectability of Curcumin-Loaded PEGylated Nanoemulsions. Pharmaceutics. 2022 Aug 10;14(8):1666.',
      ),
    ).toMatchObject({
      title:
        'The Impact of the Oil Phase Selection on Physicochemical Properties, Long-Term Stability, In Vitro Performance and Injectability of Curcumin-Loaded PEGylated Nanoemulsions',
      venue: 'Pharmaceutics',
      year: 2022,
    });
  });

  it('still ends a title at ", In" before a dated venue', () => {
    expect(
      read('A. Smith and B. Jones. Reading lists of references from the web, In Proceedings of the Web Conference, 2014.'),
    ).toMatchObject({ title: 'Reading lists of references from the web' });
  });
});

describe('"Conference/poster presentations": a heading of talks and posters, whatever kinds it names', () => {
  it('is off topic', () => {
    expect(isOffTopicHeading('Conference/poster presentations')).toBe(true);
    expect(isOffTopicHeading('Conference and poster presentations')).toBe(true);
  });
  it('not a heading of papers at conferences', () => {
    expect(isOffTopicHeading('Conference papers')).toBe(false);
    expect(isOffTopicHeading('Conference/journal papers')).toBe(false);
  });
});

describe('"Deepak P" among names given first in full: an initial after a given name stays as written', () => {
  it('keeps "Deepak P", "Sanood U", "Divya MR"', () => {
    expect(
      read('Anish Mathew, Deepak P, Sahely Bhadra. Warping Resilient Time Series Embeddings. ICML 2019 Time Series Workshop, 2019.')
        ?.authors,
    ).toEqual(['Anish Mathew', 'Deepak P', 'Sahely Bhadra']);
    expect(
      read(
        'Jishy Samuel, Sahely Bhadra, Mijaz Mukundan, Sanood U and Muhammed Tharikh. Interpretable Anomaly Detection in Space Systems. AIAA Journal, 2026.',
      )?.authors,
    ).toEqual(['Jishy Samuel', 'Sahely Bhadra', 'Mijaz Mukundan', 'Sanood U', 'Muhammed Tharikh']);
    expect(
      read(
        'Suvorit Bhowmick, Kanchana Pillai, Divya MR, Aneesha Thomas. Approach to Movement Disorders in Systemic Diseases. Nova Publishers, 2021.',
      )?.authors,
    ).toEqual(['Suvorit Bhowmick', 'Kanchana Pillai', 'Divya MR', 'Aneesha Thomas']);
  });

  it('still turns Vancouver names among fewer names given first', () => {
    expect(
      readAuthorBlock('Siobhan M McAteer, Waltzing BM, Van Caenegem EE, Hamoline G, Denys A, Moreno-Verdú M, Hardwick RM', 'given')?.names,
    ).toEqual(['Siobhan M McAteer', 'BM Waltzing', 'EE Van Caenegem', 'G Hamoline', 'A Denys', 'M Moreno-Verdú', 'RM Hardwick']);
  });
});

describe('"Sonali Shah, ChandrashekharDeopujari": a name whose space was lost, last among names given first', () => {
  it('is a name, and the title after it the title', () => {
    expect(
      read(
        'Satish Khadilkar, Mehul Desai, Darshan Pandya, Kanchana Pillai, Sonali Shah, ChandrashekharDeopujari. Spontaneous Intracranial Hypotension. IAN Reviews in Neurology: Stroke and Headache. Jaypee publications. 2023.',
      ),
    ).toMatchObject({
      title: 'Spontaneous Intracranial Hypotension',
      authors: ['Satish Khadilkar', 'Mehul Desai', 'Darshan Pandya', 'Kanchana Pillai', 'Sonali Shah', 'ChandrashekharDeopujari'],
      year: 2023,
    });
  });

  it('not a word of a short part and a long one ("JavaScript")', () => {
    expect(readAuthorBlock('Sonali Shah, Mehul Desai, Darshan Pandya, JavaScript', 'given')).toBeNull();
  });
});

describe('"Title In: Editor, Book. Place: Publisher, 2021": " In: " ends the title before a book’s editor', () => {
  it('reads the chapter’s title', () => {
    expect(
      read(
        'Suvorit Bhowmick, Kanchana Pillai, Aneesha Thomas. Approach to Movement Disorders in Systemic Diseases In: Sujith Ovallath, The Essentials of Movement Disorders: A Problem Based Approach. New York: Nova Publishers, 2021, page 327- 374',
      )?.title,
    ).toBe('Approach to Movement Disorders in Systemic Diseases');
  });

  it('not without a year', () => {
    expect(read('Suvorit Bhowmick, Kanchana Pillai. Notes In: Practice. Clinical Neurology.')?.title).not.toBe('Notes');
  });
});

describe('"Names; Title; Journal Month Year; 24(2): 51-55.": Vancouver names, title and journal parted by semicolons', () => {
  it('reads them as the sentences they stand for', () => {
    expect(
      read(
        'Pillai KS, Trivedi TH, Moulick ND; A review of acute poisoning cases admitted in the MICU of a tertiary care hospital; International Journal of Recent Trends in Science and Technology September 2017; 24(2): 51-55.',
      ),
    ).toEqual({
      title: 'A review of acute poisoning cases admitted in the MICU of a tertiary care hospital',
      authors: ['KS Pillai', 'TH Trivedi', 'ND Moulick'],
      year: 2017,
      venue: 'International Journal of Recent Trends in Science and Technology',
    });
  });

  it('leaves a Vancouver entry with a semicolon only before its volume as it reads', () => {
    expect(read('Pillai KS, Trivedi TH, Moulick ND. Hyponatremia in ICU. J Assoc Physicians India. 2018 May;66(5):48–52.')).toEqual({
      title: 'Hyponatremia in ICU',
      authors: ['KS Pillai', 'TH Trivedi', 'ND Moulick'],
      year: 2018,
      venue: 'J Assoc Physicians India',
    });
  });
});

describe('under a heading of theses, "Đoković Jelena - Title (in Serbian, 2024)"', () => {
  const line =
    'Aranđelović Jovana - Bimodal modulation of alpha5 GABAA receptors in an experimental model of Alzheimer’s disease (in Serbian, 2022)';
  it('reads the student’s name as written, the title and the year', () => {
    const r = thesisTitleFirst(line, true);
    expect(r && { title: r.title, authors: r.authors, year: r.year }).toEqual({
      title: 'Bimodal modulation of alpha5 GABAA receptors in an experimental model of Alzheimer’s disease',
      authors: ['Aranđelović Jovana'],
      year: 2022,
    });
  });
  it('not under another heading, nor with a title the entry marks otherwise', () => {
    expect(thesisTitleFirst(line, false)).toBeNull();
    expect(thesisTitleFirst(line, true, 'Another title of a paper')).toBeNull();
  });
});
