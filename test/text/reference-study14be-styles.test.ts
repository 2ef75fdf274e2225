import { describe, expect, it } from 'vitest';
import { AWARD_NOTE, parseReference } from '../../lib/text/reference';

/** Reference strings of dev pages that lost part of their list or its fields (study14be), quoted from the pages. */
describe('a title over "Full Name, …, Full Name, Journal 12 (15) :pages (Year)." (smoothlab)', () => {
  const title = 'Immunotyping the Tumor Microenvironment Reveals Molecular Heterogeneity for Personalized Immunotherapy in Cancer';
  const text = `${title}\nDongqiang Zeng, Yunfang Yu, Wenjun Qiu, Masami Yamamoto, Min Shi, Wangjun Liao, Advanced Science 12 (15) :e2417593 (2025).`;
  const authors = ['Dongqiang Zeng', 'Yunfang Yu', 'Wenjun Qiu', 'Masami Yamamoto', 'Min Shi', 'Wangjun Liao'];

  it('the comma before a journal, its volume and issue ends the names', () => {
    expect(parseReference(text)).toMatchObject({ title, authors, year: 2025, venue: 'Advanced Science', volume: '12', issue: '15' });
  });

  it('so it does under the title the markup marks', () => {
    expect(parseReference(text, { title, nameForm: 'given' })).toMatchObject({ title, authors, venue: 'Advanced Science' });
  });

  it('a one-word journal before the year is the venue, not a last name', () => {
    const phytic =
      'Phytic Acid Improves the Skin Barrier Function in Murine Models of Atopic Dermatitis Through Skin Microbiota-Derived Indole-3-Propionic Acid';
    expect(
      parseReference(`${phytic}\nPiao Wang, Lan Yang, Lu Chen, Zhiqi Hu, Gaofeng Wang, Allergy (2025).`, {
        title: phytic,
        nameForm: 'given',
      }),
    ).toMatchObject({
      title: phytic,
      authors: ['Piao Wang', 'Lan Yang', 'Lu Chen', 'Zhiqi Hu', 'Gaofeng Wang'],
      year: 2025,
      venue: 'Allergy',
    });
  });

  it('a journal with "&" and an abbreviated one read the same way', () => {
    const commensal = 'Commensal microbe regulation of skin cells in disease';
    expect(
      parseReference(
        `${commensal}\nYuyang Gan, Elizabeth A Grice, Luis A Garza, Gaofeng Wang, Cell Host & Microbe 32 (8) :1264–1279 (2024).`,
      ),
    ).toMatchObject({ authors: ['Yuyang Gan', 'Elizabeth A Grice', 'Luis A Garza', 'Gaofeng Wang'], venue: 'Cell Host & Microbe' });
    const psoriatic = 'Association of the Psoriatic Microenvironment With Treatment Response';
    expect(
      parseReference(`${psoriatic}\nGaofeng Wang, Yong Miao, Zhiqi Hu, Luis A Garza, JAMA Dermatol 156 (10) :1057-1065 (2020).`),
    ).toMatchObject({ authors: ['Gaofeng Wang', 'Yong Miao', 'Zhiqi Hu', 'Luis A Garza'], venue: 'JAMA Dermatol', year: 2020 });
  });
});

describe('"Article | Names (Year). *shared first-author Title. Journal …" (haberkern)', () => {
  it("the kind of work before a bar is a label, the key to the names' marks no part of the title", () => {
    const r = parseReference(
      'Article | Hulse BK*, Haberkern H*, Franconville R*, Turner-Evans DB*, Takemura S, Wolff T, Noorman M, Dreher M, Dan C, Parekh R, Hermundstad AM, Rubin GM, Jayaraman V (2021). *shared first-author A connectome of the Drosophila central complex reveals network motifs suitable for flexible navigation and context-dependent action selection. eLife 2021;10:e66039 DOI: 10.7554/eLife.66039 | More',
    );
    expect(r).toMatchObject({
      title:
        'A connectome of the Drosophila central complex reveals network motifs suitable for flexible navigation and context-dependent action selection',
      authors: [
        'BK Hulse',
        'H Haberkern',
        'R Franconville',
        'DB Turner-Evans',
        'S Takemura',
        'T Wolff',
        'M Noorman',
        'M Dreher',
        'C Dan',
        'R Parekh',
        'AM Hermundstad',
        'GM Rubin',
        'V Jayaraman',
      ],
      year: 2021,
      venue: 'eLife',
    });
  });

  it('"Review |", "PhD Thesis |" and a key after the venue ("(*) co-first author.")', () => {
    expect(
      parseReference(
        'Review | Haberkern H, Jayaraman V (2016). Studying small brains to understand the building blocks of cognition. Curr Opin Neurobiol. 37:59-65. | More',
      ),
    ).toMatchObject({
      authors: ['H Haberkern', 'V Jayaraman'],
      title: 'Studying small brains to understand the building blocks of cognition',
    });
    expect(
      parseReference(
        'PhD Thesis | Haberkern H (2017). Multisensory navigation in tethered walking insects. Dissertation, University of Cambridge. | More',
      ),
    ).toMatchObject({ authors: ['H Haberkern'], title: 'Multisensory navigation in tethered walking insects', year: 2017 });
    expect(
      parseReference(
        'Preprint | Hulse BK*, Haberkern H*, Franconville R* (2020). A connectome of the Drosophila central complex reveals network motifs suitable for flexible navigation and context-dependent action selection. bioRxiv. DOI: 10.1101/2020.12.08.413955. (*) co-first author. More',
      ),
    ).toMatchObject({ authors: ['BK Hulse', 'H Haberkern', 'R Franconville'], venue: 'bioRxiv' });
  });
});

describe('Vancouver entries of a life-science CV (dillmcfarland)', () => {
  it('a title that opens with "Oral" or "Spotlight:" is a title, not an award note', () => {
    expect(
      parseReference(
        'De Wolfe TJ, Eggers S, Barker AK, Kates A, Dill-McFarland KA, Suen G, Safdar N. 2018. Oral probiotic combination of Lactobacillus and Bifidobacterium alters the gastrointestinal microbiota during antibiotic treatment for Clostridium difficile infection. PLoS One 13(9): e0204253. PMID: 30265691 doi: 10.1371/journal.pone.0204253',
      ),
    ).toMatchObject({
      title:
        'Oral probiotic combination of Lactobacillus and Bifidobacterium alters the gastrointestinal microbiota during antibiotic treatment for Clostridium difficile infection',
      year: 2018,
      venue: 'PLoS One',
    });
    expect(
      parseReference(
        'Dill-McFarland KA, Suen G, Carey HV. 2016. Spotlight: Bears arouse interest in microbiota’s role in health. Trends Microbiol 24(4): 245-6. PMID: 26873548 doi: 10.1016/j.tim.2016.01.011',
      ),
    ).toMatchObject({
      title: 'Spotlight: Bears arouse interest in microbiota’s role in health',
      authors: ['KA Dill-McFarland', 'G Suen', 'HV Carey'],
    });
    for (const note of ['Oral', 'Oral presentation', 'Oral at NeurIPS 2020', 'Spotlight', 'Spotlight paper (top 3%)'])
      expect(AWARD_NOTE.test(note), note).toBe(true);
  });

  it('"XXXX." in the year\'s place of a submitted paper', () => {
    const r = parseReference(
      'Lai Y, Murphy RC, Liu M, Czarnecki MW, Grosvenor D, Dill-McFarland KA, Piliponsky AM, Debley JS, Altman MC, Hallstrand TS. XXXX. Human rhinovirus A16 infection of mast cells promotes T2 and non-T2 immune responses that are modulated by the airway epithelium. Submitted.',
    );
    expect(r).toMatchObject({
      title:
        'Human rhinovirus A16 infection of mast cells promotes T2 and non-T2 immune responses that are modulated by the airway epithelium',
      authors: [
        'Y Lai',
        'RC Murphy',
        'M Liu',
        'MW Czarnecki',
        'D Grosvenor',
        'KA Dill-McFarland',
        'AM Piliponsky',
        'JS Debley',
        'MC Altman',
        'TS Hallstrand',
      ],
    });
    expect(r?.year).toBeUndefined();
  });
});

describe('hand-written lists in mixed styles (lf2l, boisbunon)', () => {
  it('a quoted word the title runs on from opens the title', () => {
    expect(
      parseReference(
        'Lacroix, J., Dupont, L., Guidat, C. Hamez, G. (2017) “Smarterized” urban project process with Living Lab approach: exploration through a case study. 2017 International Conference on Engineering, Technology and Innovation (ICE/ITMC), Madeira Island, Portugal 27-29 June.',
      ),
    ).toMatchObject({
      title: '“Smarterized” urban project process with Living Lab approach: exploration through a case study',
      year: 2017,
    });
  });

  it('in a list of family names alone, "Boisbunon, Maruyama." before the marked title is two names', () => {
    const title = 'Inadmissibility of the best equivariant predictive density in the unknown variance case';
    const text = `Boisbunon, Maruyama. ${title}, Biometrika (2014) 101 (3): 733-740.`;
    expect(parseReference(text, { title, familyNamesOnly: true })).toMatchObject({
      authors: ['Boisbunon', 'Maruyama'],
      venue: 'Biometrika',
    });
    expect(parseReference(text, { title, nameForm: 'surname-given' })?.authors).toEqual(['Maruyama Boisbunon']);
  });
});
