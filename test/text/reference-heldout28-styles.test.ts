/**
 * The reference-string parser on styles of the former heldout28 pages, each on entries as a real page writes them plus a
 * variant that is on no page. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock, type ReferenceHints } from '../../lib/text/reference';

const pick = (s: string, hints: ReferenceHints = {}) => {
  const r = parseReference(s, hints);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('"[-] Names. Title, Venue Year, Place" (an HTML 4 page’s bracketed bullet; jinpengli)', () => {
  it('the bracketed bullet is no part of the names; the title runs to the comma before the dated venue', () => {
    expect(
      pick(
        '[-] Jinpeng Li, Harold Mouchere and Christian Viard-Gaudin. A Multi-Stroke Dynamic Time Warping Distance Based on A* Optimization, ICDAR 2013, Washington, DC',
      ),
    ).toEqual({
      title: 'A Multi-Stroke Dynamic Time Warping Distance Based on A* Optimization',
      authors: ['Jinpeng Li', 'Harold Mouchere', 'Christian Viard-Gaudin'],
      year: 2013,
      venue: 'ICDAR 2013, Washington, DC',
    });
  });
  it('a year glued to the venue’s acronym dates the entry ("ICFHR2012. (Poster)")', () => {
    expect(
      pick(
        '[-] Jinpeng Li, Harold Mouchère and Christian Viard-Gaudin. Reducing Annotation Workload Using a Codebook Mapping and its Evaluation in On-Line Handwriting, ICFHR2012. (Poster)',
      ),
    ).toMatchObject({
      title: 'Reducing Annotation Workload Using a Codebook Mapping and its Evaluation in On-Line Handwriting',
      authors: ['Jinpeng Li', 'Harold Mouchère', 'Christian Viard-Gaudin'],
      year: 2012,
    });
  });
  it('a variant: "[+]" and a venue part between the title and the dated part', () => {
    expect(
      pick('[+] Ana Costa and Rui Lima. Sparse Coding for Fast Image Retrieval, 11th Workshop on Retrieval, ECIR2019, Cologne, Germany'),
    ).toMatchObject({ title: 'Sparse Coding for Fast Image Retrieval', authors: ['Ana Costa', 'Rui Lima'], year: 2019 });
  });
  it('a title’s own list ("Allocation, Planning, and Scheduling") is not cut at its first comma', () => {
    expect(pick('Ana Costa and Rui Lima. Task Allocation, Planning, and Scheduling for Robot Teams, ICRA 2020, Paris')?.title).not.toBe(
      'Task Allocation',
    );
  });
});

describe('"Names, Title, Venue" with whole given names and no "and" (jinpengli)', () => {
  it('the names end before the first comma part that is not a name', () => {
    expect(
      pick(
        '[-] Jinpeng Li, Edouard Duchesnay, Mathieu Dubois, Laure Hugo, Benoit Da Mota, Embarrassingly Parallel Array Computing (EPAC), Workshop on Machine Learning Open Source Software, NIPS 2013, Nevada, USA',
      ),
    ).toMatchObject({
      title: 'Embarrassingly Parallel Array Computing (EPAC)',
      authors: ['Jinpeng Li', 'Edouard Duchesnay', 'Mathieu Dubois', 'Laure Hugo', 'Benoit Da Mota'],
      year: 2013,
    });
  });
  it('a variant: an acronym in parentheses closes the title', () => {
    expect(
      pick(
        'Marta Sousa, Rui Lima, Ana Costa, Joana Reis, Fast Array Computing in Python (FAC), Workshop on Scientific Software, SciPy 2016, Austin, USA',
      ),
    ).toMatchObject({
      title: 'Fast Array Computing in Python (FAC)',
      authors: ['Marta Sousa', 'Rui Lima', 'Ana Costa', 'Joana Reis'],
      year: 2016,
    });
  });
  it('hyphenated given names and marks in the run; a middle initial’s period is no end of the names', () => {
    expect(
      pick(
        'Caoyuan Gu, Xiang Wu, Wen-An Zhang†, Hongjie Ni, Steven X. Ding, Active Disturbance Rejection Formation Control for Multiagent Systems with Input Constraints. 2024.',
      ),
    ).toMatchObject({
      title: 'Active Disturbance Rejection Formation Control for Multiagent Systems with Input Constraints',
      authors: ['Caoyuan Gu', 'Xiang Wu', 'Wen-An Zhang', 'Hongjie Ni', 'Steven X. Ding'],
      year: 2024,
    });
  });
  it('a four-word name after the run is a name, not the title', () => {
    const r = pick(
      'Qiao Lu, Jia Liu, Yue Liu, Maria Florencia Gomez Castro, Ryan C Gimple, Jun Wang, Sensing of viral RNA by lectin receptors, Immunity, 2021.',
    );
    expect(r?.title ?? '').not.toMatch(/^Maria Florencia/);
  });
});

describe('"Title / Family et al. VENUE Year." (a card that names the first author only; gtstar)', () => {
  it('one family name before "et al." is the author line', () => {
    expect(
      pick('GRSTAPS : Graphically Recursive Simultaneous Task Allocation, Planning, and Scheduling\nMessing et al. IJRR 2021.'),
    ).toEqual({
      title: 'GRSTAPS : Graphically Recursive Simultaneous Task Allocation, Planning, and Scheduling',
      authors: ['Messing'],
      year: 2021,
      venue: 'IJRR',
    });
  });
  it('a title ending in "Teams" or "Collaboration" is not a group author', () => {
    expect(pick('Approximated Dynamic Trait Models for Heterogeneous Multi-Robot Teams\nNeville et al. IROS 2020.')).toMatchObject({
      title: 'Approximated Dynamic Trait Models for Heterogeneous Multi-Robot Teams',
      authors: ['Neville'],
      year: 2020,
    });
    expect(readAuthorBlock('Human-in-the-Loop Robot Control for Human-Robot Collaboration', 'given')).toBeNull();
    expect(readAuthorBlock('The LIGO Scientific Collaboration', 'given')?.names).toEqual(['The LIGO Scientific Collaboration']);
  });
  it('a variant: two family names before "et al.", and names a page adds after it "(including …)"', () => {
    expect(
      pick('Learning to Grasp Transparent Objects\nSilva, Costa et al. 2019.\nRobotics and Autonomous Systems 12: 1–9.'),
    ).toMatchObject({
      authors: ['Silva', 'Costa'],
      year: 2019,
    });
    expect(
      pick('2014 Reis et al. (including Lima, R.). Sparse coding for fast image retrieval. Journal of Vision 15: 766-74.', {
        groupYear: 2014,
      }),
    ).toMatchObject({ title: 'Sparse coding for fast image retrieval', authors: ['Reis', 'R. Lima'], year: 2014 });
  });
  it('a variant: a family name with particles', () => {
    expect(pick('Learning to Grasp Transparent Objects\nvan der Berg et al. ICRA 2019.')).toMatchObject({
      authors: ['van der Berg'],
      year: 2019,
      venue: 'ICRA',
    });
    expect(readAuthorBlock('Learning et al.', 'given')).toBeNull();
  });
});

describe('"Title, Names, 10 pages. In Venue, acceptance rate: 20.9%." under a year heading (an Adobe Muse export; arise)', () => {
  it('the page count ends the names; the venue follows it; the acceptance rate is no part of it', () => {
    expect(
      pick(
        'Building Language Models for Text with Named Entities, Md Rizwan Parvez, Saikat Chakraborty, Baishakhi Ray, Kai-Wei Chang, 10 pages. In 56th Annual Meeting of the Association for Computational Linguistics (ACL’18), acceptance rate: 24%.',
        { groupYear: 2018 },
      ),
    ).toEqual({
      title: 'Building Language Models for Text with Named Entities',
      authors: ['Md Rizwan Parvez', 'Saikat Chakraborty', 'Baishakhi Ray', 'Kai-Wei Chang'],
      year: 2018,
      venue: '56th Annual Meeting of the Association for Computational Linguistics (ACL’18)',
    });
  });
  it('"Title, 10 pages, acceptance rate: 33%. By Names, …": a byline after the notes', () => {
    expect(
      pick(
        'Evaluating How Developers Use General-Purpose Web-Search for Code Retrieval, 10 pages, acceptance rate: 33%. By Md Masudur Rahman, Jed Barson, Sydney Paul, and Baishakhi Ray, 10 pages. In Mining Software Rerpository (MSR 2018).',
        { title: 'Evaluating How Developers Use General-Purpose Web-Search for Code Retrieval' },
      ),
    ).toMatchObject({
      title: 'Evaluating How Developers Use General-Purpose Web-Search for Code Retrieval',
      authors: ['Md Masudur Rahman', 'Jed Barson', 'Sydney Paul', 'Baishakhi Ray'],
      year: 2018,
    });
  });
  it('a variant: title, "by" line and a bracketed venue on lines of their own', () => {
    expect(
      pick('Sparse Coding for Fast Image Retrieval, 12 pages (to appear)\nby Rui Lima, Ana Costa, Marta Sousa.\n[ ECIR 2019 ]'),
    ).toEqual({
      title: 'Sparse Coding for Fast Image Retrieval',
      authors: ['Rui Lima', 'Ana Costa', 'Marta Sousa'],
      year: 2019,
      venue: 'ECIR',
    });
  });
  it('a variant: a workshop under a year heading, no year in the entry', () => {
    expect(
      pick(
        'Sparse Coding for Fast Image Retrieval, Rui Lima, Ana Costa, 12 pages. In 10th Workshop on Retrieval Systems, acceptance rate: 25%.',
        {
          groupYear: 2016,
        },
      ),
    ).toEqual({
      title: 'Sparse Coding for Fast Image Retrieval',
      authors: ['Rui Lima', 'Ana Costa'],
      year: 2016,
      venue: '10th Workshop on Retrieval Systems',
    });
  });
});

describe('notes on the venue and marks on the names (ilab)', () => {
  it('"[2013 impact factor: 2.381]" dates nothing: the year is the citation’s', () => {
    expect(
      pick(
        'D. Parks, A. Borji, L. Itti. Augmented saliency model using automatic 3D head pose detection and learned gaze following in natural scenes. Vision Research, pp. 1-12, 2015. [2013 impact factor: 2.381]',
      ),
    ).toMatchObject({ year: 2015, venue: 'Vision Research' });
  });
  it('a variant: an acceptance rate with a note inside and "(Cited by 14)"', () => {
    expect(
      pick(
        'R. Lima, A. Costa. Sparse coding for retrieval. Journal of Vision, Vol. 14, pp. 1-32, Nov 2016. [2014 acceptance rate (oral presentation): 2.5%] (Cited by 14)',
      ),
    ).toMatchObject({ title: 'Sparse coding for retrieval', year: 2016, venue: 'Journal of Vision' });
  });
  it('"+" (joint corresponding) after Vancouver names with dotted initials, before a marked title', () => {
    expect(
      pick(
        'Lu ZX.*, Huang Q.*, Park JW.*, Shen S., Lin L., Tokheim C., Henry MD.+, Xing Y.+ Transcriptome-wide Landscape of Pre-mRNA Alternative Splicing Associated with Metastatic Colonization Molecular Cancer Research, 13(2):305-18. [journal]',
        { title: 'Transcriptome-wide Landscape of Pre-mRNA Alternative Splicing Associated with Metastatic Colonization' },
      ),
    ).toMatchObject({
      authors: ['ZX. Lu', 'Q. Huang', 'JW. Park', 'S. Shen', 'L. Lin', 'C. Tokheim', 'MD. Henry', 'Y. Xing'],
      venue: 'Molecular Cancer Research',
    });
  });
  it('a variant: "(*)" after a name', () => {
    expect(
      pick('Lima R.+, Costa A.+, Reis J. (*) Sparse coding for retrieval Journal of Vision, 13(2):305-18.', {
        title: 'Sparse coding for retrieval',
      })?.authors,
    ).toEqual(['R. Lima', 'A. Costa', 'J. Reis']);
  });
});

describe('DBLP text: "Names: Title. Venue Year: pages" (gearlab)', () => {
  it('one whole name before the colon, where the entry closes as DBLP closes it', () => {
    expect(pick('Alfredo Navarra: Designing Distributed Algorithms for Autonomous Robots. ICDCN 2022: 221-224')).toEqual({
      title: 'Designing Distributed Algorithms for Autonomous Robots',
      authors: ['Alfredo Navarra'],
      year: 2022,
      venue: 'ICDCN',
    });
  });
  it('a middle initial’s period is no block end; a one-word name among them stays', () => {
    expect(
      pick(
        'Giulio Rigoni, Cristina M. Pinotti, Bhumika, Debasis Das, Sajal K. Das: Delivery with UAVs: a simulated dataset via ATS. VTC Spring 2022: 1-6',
      ),
    ).toEqual({
      title: 'Delivery with UAVs: a simulated dataset via ATS',
      authors: ['Giulio Rigoni', 'Cristina M. Pinotti', 'Bhumika', 'Debasis Das', 'Sajal K. Das'],
      year: 2022,
      venue: 'VTC Spring',
    });
  });
  it('a variant: a journal with volume and year in parentheses; a proceedings volume "(2)" is no part of the venue', () => {
    expect(pick('Ana Costa: Sparse Coding for Retrieval. IEEE Access 10: 6109-6125 (2022)')).toMatchObject({
      title: 'Sparse Coding for Retrieval',
      authors: ['Ana Costa'],
      year: 2022,
      venue: 'IEEE Access',
    });
    expect(pick('Rui Lima, Marta J. Sousa, Joana Reis: Caching for Noisy Utility Networks. AINA (2) 2021: 31-42')?.venue).toBe('AINA');
  });
});

describe('a venue with the meeting’s days: "Conference (GECCO ’19), July 13–17, 2019, Prague" (lipizzaner)', () => {
  it('the days, the year and the place are no part of the venue', () => {
    expect(
      pick(
        'Jamal Toutouh, Erik Hemberg, Una-May O’Reilly. Spatial Evolutionary Generative Adversarial Networks. In Genetic and Evolutionary Computation Conference (GECCO ’19), July 13–17, 2019, Prague, Czech Republic. ACM.',
      ),
    ).toMatchObject({ venue: 'Genetic and Evolutionary Computation Conference (GECCO ’19)', year: 2019 });
  });
  it('a variant: days written with a hyphen', () => {
    expect(
      pick('R. Lima, A. Costa. Sparse coding for retrieval. In Workshop on Retrieval (WR 2021), September 2-4, 2021, Lisbon, Portugal.')
        ?.venue,
    ).toBe('Workshop on Retrieval (WR 2021)');
  });
});

describe('"Names, [Title], Venue, Year" (a Markdown link whose target the page left out; ai4dlab)', () => {
  it('the bracketed part is the title', () => {
    expect(
      pick(
        'H.R. Karbasian, W. van Rees, [A parameterized LSTM deep neural network framework to model unsteady flow problems], American Physical Society, Washington DC, USA, 2023.',
      ),
    ).toEqual({
      title: 'A parameterized LSTM deep neural network framework to model unsteady flow problems',
      authors: ['H.R. Karbasian', 'W. van Rees'],
      year: 2023,
      venue: 'American Physical Society, Washington DC, USA',
    });
  });
  it('a variant: whole given names', () => {
    expect(
      pick('Ana Costa, Rui Lima, [Sparse coding for fast image retrieval], European Conference on Retrieval, Lisbon, 2021.'),
    ).toMatchObject({
      title: 'Sparse coding for fast image retrieval',
      authors: ['Ana Costa', 'Rui Lima'],
      year: 2021,
    });
  });
});
