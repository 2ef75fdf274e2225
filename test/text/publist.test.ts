import { describe, expect, it } from 'vitest';
import { parseVisibleText } from '../../lib/text/parse';

const VIEWED = new Date('2026-03-01T12:00:00Z');
const parse = (text: string) => parseVisibleText(text, new URL('https://lab.example.edu/publications/'), VIEWED).entries;

describe('generic publication-list text', () => {
  it('reads the stacked form (innerText of an al-folio list) and skips chrome and buttons', () => {
    const entries = parse(`Home
Publications
Subscribe
2017
Attention Is All You Need
Ashish Vaswani, Noam Shazeer, and 6 more authors
In Advances in Neural Information Processing Systems, Dec 2017
Abs arXiv Bib PDF
The dominant sequence transduction models are based on complex recurrent or convolutional neural networks that include an encoder and a decoder.
Deep Residual Learning
Kaiming He*, Xiangyu Zhang, Shaoqing Ren, and Jian Sun
CVPR, 2016
© Copyright 2025 Jane Doe. Powered by Jekyll with al-folio theme.`);
    expect(entries.map((e) => e.title)).toEqual(['Attention Is All You Need', 'Deep Residual Learning']);
    expect(entries[0]).toMatchObject({
      authors: ['Ashish Vaswani', 'Noam Shazeer'],
      authorsTruncated: true,
      authorCount: 8,
      venue: 'Advances in Neural Information Processing Systems',
      date: '2017-12',
      year: 2017,
    });
    expect(entries[0]!.abstract).toMatch(/^The dominant sequence transduction models/);
    expect(entries[1]).toMatchObject({ authors: ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'], venue: 'CVPR', year: 2016 });
  });

  it('reads plain reference lists, one per line or wrapped in a paragraph, with arXiv ids', () => {
    const entries = parse(`References

[1] A. Vaswani, N. Shazeer, N. Parmar. Attention is all you need. In NeurIPS, 2017.
[2] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. CVPR, 2016.
[3] Jane van der Berg and Pierre-Luc Bacon. Option-critic architecture? arXiv:1609.05140v2, 2016.

Y. Bengio, R. Ducharme, P. Vincent
and C. Jauvin. A neural probabilistic language
model. JMLR, 2003.
`);
    expect(entries.map((e) => e.title)).toEqual([
      'Attention is all you need',
      'Deep residual learning for image recognition',
      'Option-critic architecture?',
      'A neural probabilistic language model',
    ]);
    expect(entries[0]).toMatchObject({
      authors: ['A. Vaswani', 'N. Shazeer', 'N. Parmar'],
      venue: 'NeurIPS',
      year: 2017,
      authorsTruncated: false,
    });
    expect(entries[2]).toMatchObject({ authors: ['Jane van der Berg', 'Pierre-Luc Bacon'], ids: { arxiv: '1609.05140' }, year: 2016 });
    expect(entries[3]!.authors).toEqual(['Y. Bengio', 'R. Ducharme', 'P. Vincent', 'C. Jauvin']);
  });

  it('reads title / short author line cards: "Family I. et al., Journal" under year headings, "A, B et al. Year." notes', () => {
    // caneparesearch.org/papers (Jekyll lab cards) and cole-trapnell-lab.github.io/papers (bedford.io notes), as selected
    const cards = parse(`2023
78. Strategies for Fitting Accurate Machine Learned Inter-atomic Potentials for Solid Electrolytes
Wang J. et al., Mater. Futures

2022
76. Exploration of NaSICON Frameworks as Calcium-Ion Battery Electrodes
Tekliye D. B., Chem. Mater.

74. Pushing Forward Simulation Techniques of Ion Transport in Ion Conductors for Energy Materials
Canepa P., ACS Mater. Au

2021
58. Devil is in the Defects: Electronic Conductivity in Solid Electrolytes
P. Gorai et al., Chem. Mater.`);
    expect(cards).toMatchObject([
      {
        title: 'Strategies for Fitting Accurate Machine Learned Inter-atomic Potentials for Solid Electrolytes',
        authors: ['J. Wang'],
        authorsTruncated: true,
        year: 2023,
        venue: 'Mater. Futures',
      },
      {
        title: 'Exploration of NaSICON Frameworks as Calcium-Ion Battery Electrodes',
        authors: ['D. B. Tekliye'],
        year: 2022,
        venue: 'Chem. Mater.',
      },
      { authors: ['P. Canepa'], authorsTruncated: false, year: 2022, venue: 'ACS Mater. Au' },
      { title: 'Devil is in the Defects: Electronic Conductivity in Solid Electrolytes', authors: ['P. Gorai'], year: 2021 },
    ]);
    const notes = parse(`The dynamics and regulators of cell fate decisions are revealed by pseudotemporal ordering of single cells
Trapnell, Cacchiarelli et al. 2014.

Nature Biotechnology 32: 381–386.


Pulmonary macrophage transplantation therapy
Suzuki et al. 2014.

Nature 514: 450-453.`);
    expect(notes).toMatchObject([
      {
        title: 'The dynamics and regulators of cell fate decisions are revealed by pseudotemporal ordering of single cells',
        authors: ['Trapnell', 'Cacchiarelli'],
        authorsTruncated: true,
        year: 2014,
      },
      { title: 'Pulmonary macrophage transplantation therapy', authors: ['Suzuki'], authorsTruncated: true, year: 2014 },
    ]);
  });

  it('reads names, / title, / venue lines (MkDocs lab list), names in Japanese script too, and attaches the preprint line', () => {
    // mme-lab.github.io/MMLwebsite/publications, as selected
    const entries = parse(`Kosuke Yamazaki, Takuma Shiga, Kumpei Shiraishi, and Emi Minamitani*,
Topological descriptor for interpretable thermal transort prediction in amorphous graphene,
Submitted (2025)
preprint: arXiv:2512.13112
Seohee Jang, Seung-Woo Jeon, Takuma Shiga, Jeeyong Shin, Sangwook Han, and Woosung Park*,
Thermally triggered non-diffuse phonon reflection from boundaries in single-crystal diamond nanobeams,
Submitted (2025)
Original Papers in Japanese¶
寺田 行彦，志賀 拓麿*,
ねじれグラフェンナノリボン熱伝導の弾道輸送解析,
日本機械学会論文集 86(892), 20-00292(1-11) (2020). https://doi.org/10.1299/transjsme.20-00292`);
    expect(entries).toMatchObject([
      {
        title: 'Topological descriptor for interpretable thermal transort prediction in amorphous graphene',
        authors: ['Kosuke Yamazaki', 'Takuma Shiga', 'Kumpei Shiraishi', 'Emi Minamitani'],
        year: 2025,
        ids: { arxiv: '2512.13112' },
      },
      { title: 'Thermally triggered non-diffuse phonon reflection from boundaries in single-crystal diamond nanobeams', year: 2025 },
      {
        title: 'ねじれグラフェンナノリボン熱伝導の弾道輸送解析',
        authors: ['寺田 行彦', '志賀 拓麿'],
        year: 2020,
        venue: '日本機械学会論文集',
        ids: { doi: '10.1299/transjsme.20-00292' },
      },
    ]);
    expect(entries).toHaveLength(3);
    expect(entries[0]!.venue).toBeUndefined();
  });

  it('finds nothing in ordinary page text', () => {
    expect(
      parse(`Welcome to our lab
We work on machine learning and its applications to science. Our group is part of the Department of Computer Science.
News
Subscribe
Contact us. Room 101, Main Building.
© 2025 The Lab`),
    ).toEqual([]);
  });
});

describe('APA-like lists whose names are written family name first (issue 14; gilmore and damen, dev corpus)', () => {
  it('reads "Family, I.I., … & Family, I.I. (Year)." names as whole names, the last initial undotted too', () => {
    // Lines of gilmore-publications (a Pelican lab page), as a selection of its list gives them.
    const entries =
      parse(`Gilmore, R.O., Thomas, A.L., & Fesi, J.D (2016). Children's brain responses to optic flow vary by pattern type and motion speed. PLoS ONE. doi: 10.1371/journal.pone.0157911. Materials on Databrary at http://doi.org/10.17910/B7QG6W.

Gilmore, R.O. (2016). From big data to deep insight in developmental science. Wiley Interdisciplinary Reviews Cognitive Science, 7(2), 112-126. doi: 10.1002/wcs.1379.

Raudies, F. & Gilmore, R.O. (2014). Visual motion priors differ for infants and mothers. Neural Computation, 26(11), 2652-2668. doi:10.1162/NECO_a_00645.`);
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ["Children's brain responses to optic flow vary by pattern type and motion speed", ['R.O. Gilmore', 'A.L. Thomas', 'J.D Fesi'], 2016],
      ['From big data to deep insight in developmental science', ['R.O. Gilmore'], 2016],
      ['Visual motion priors differ for infants and mothers', ['F. Raudies', 'R.O. Gilmore'], 2014],
    ]);
    expect(entries[0]!.ids.doi).toBe('10.1371/journal.pone.0157911');
  });

  it('reads "Family, Given and Family, Given (Year)." (BibTeX-like) names as whole names', () => {
    // Lines of damen-publications.
    const entries =
      parse(`Damen, Dima and Hogg, David (2012). Detecting Carried Objects from Sequences of Walking Pedestrians. IEEE Transactions on Pattern Analysis and Machine Intelligence (TPAMI) vol 34 (6) pp 1056-1067 pdf

Conference Papers

Heidarivincheh, Farnoosh and Mirmehdi, Majid and Damen, Dima (2016). Beyond Action Recognition: Action Completion in RGB-D Data. British Machine Vision Conference (BMVC). , abstract, video project`);
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Detecting Carried Objects from Sequences of Walking Pedestrians', ['Dima Damen', 'David Hogg'], 2012],
      ['Beyond Action Recognition: Action Completion in RGB-D Data', ['Farnoosh Heidarivincheh', 'Majid Mirmehdi', 'Dima Damen'], 2016],
    ]);
  });
});

describe('title / names lists, in a table with a venue cell (issue 14; freifeld, a hand-written CS page, dev corpus)', () => {
  // The page's text as a selection of it gives it: preprints "Title. arXiv, Year." over a names line; then table rows
  // whose first cell is "Venue Year" (a tab before the title cell), a link row "[ PDF ] [ Code ]" under some; theses.
  const text = `Gaussian Splashing: Direct Volumetric Rendering Underwater. arXiv, 2025.
Nir Mualem, Roy Amoyal, Oren Freifeld, and Derya Akkaynak

Diffeomorphic Temporal Alignment Nets for Time-series Joint Alignment and Averaging. arXiv, 2025.
Ron Shapira Weber and Oren Freifeld

Peer-Reviewed Publications

ECCV 2022\tA Deep Moving-camera Background Model.
Guy Erez, Ron Shapira-Weber, Oren Freifeld
[ PDF ] [ Supplemental Material ] [ Code ]
UAI 2022\tRevisiting DP-Means: Fast Scalable Algorithms via Parallelism and Delayed Cluster Creation.
Or Dinari, Oren Freifeld
[ PDF ] [ Code ]
AISTATS 2022\tCommon Failure Modes of Subcluster-based Sampling in Dirichlet Process Gaussian Mixture Models and a Deep-learning Solution.
Vlad Winter*, Or Dinari*, Oren Freifeld
("*" indicates both these authors contributed equally)
[ PDF (Paper +Supplemental Material) ] [ Code ]
IEEE-TPAMI 2018\tThe Manhattan Frame Model – Manhattan World Inference in the Space of Surface Normals.
Straub, J., Freifeld, O., Rosman, G., Leonard, J., Fisher III, J.
[ PDF ]
Theses
Statistics on Manifolds with Applications to Modeling Shape Deformations. PhD Thesis, Brown University, August 2013.
Freifeld, O.
[ PDF ] [ BibTex ] [ Eratta ]`;

  it('reads each title over its names, the venue from the row’s first cell or the title line’s tail, no link row as an entry', () => {
    expect(parse(text).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Gaussian Splashing: Direct Volumetric Rendering Underwater',
        ['Nir Mualem', 'Roy Amoyal', 'Oren Freifeld', 'Derya Akkaynak'],
        2025,
        'arXiv',
      ],
      [
        'Diffeomorphic Temporal Alignment Nets for Time-series Joint Alignment and Averaging',
        ['Ron Shapira Weber', 'Oren Freifeld'],
        2025,
        'arXiv',
      ],
      ['A Deep Moving-camera Background Model', ['Guy Erez', 'Ron Shapira-Weber', 'Oren Freifeld'], 2022, 'ECCV'],
      [
        'Revisiting DP-Means: Fast Scalable Algorithms via Parallelism and Delayed Cluster Creation',
        ['Or Dinari', 'Oren Freifeld'],
        2022,
        'UAI',
      ],
      [
        'Common Failure Modes of Subcluster-based Sampling in Dirichlet Process Gaussian Mixture Models and a Deep-learning Solution',
        ['Vlad Winter', 'Or Dinari', 'Oren Freifeld'],
        2022,
        'AISTATS',
      ],
      [
        'The Manhattan Frame Model – Manhattan World Inference in the Space of Surface Normals',
        ['J. Straub', 'O. Freifeld', 'G. Rosman', 'J. Leonard', 'J. Fisher III'],
        2018,
        'IEEE-TPAMI',
      ],
      ['Statistics on Manifolds with Applications to Modeling Shape Deformations', ['O. Freifeld'], 2013, 'PhD Thesis, Brown University'],
    ]);
  });
});

describe('cards of venue / date / one name per line / title (issue 14; ejohlin, a hand-made 960-grid page, dev corpus)', () => {
  it('reads the names of every line, the venue and date before them, the title after, and no date line as a title', () => {
    // The page's text as a selection gives it (abstracts cut short here).
    const entries = parse(`Main Journal Publications

Nature Communications
9 November 2018

E. Johlin
S.A. Mann
S. Kasture
A.F. Koenderink
E.C. Garnett

Broadband highly directive 3D nanophotonic lenses

Controlling the directivity of emission and absorption at the nanoscale holds great promise for improving the performance of optoelectronic devices.

Journal Link Full Text

Applied Physics Letters
23 March 2015

J.P Mailoa
C.D. Bailie
E.C. Johlin

A 2-terminal Perovskite/Silicon Multijunction Solar Cell Enabled by a Silicon Tunnel Junction

Journal Link

Conference Proceedings

38th IEEE-PVSC Proceedings
4 June 2012

Nouar Tabet, Abduljabar Al-Sayoud,
Seyed Said, A. Syed,
Christine B. Simmons, Tonio Buonassisi

Raman Study of Localized Recrystallization of Amorphous Silicon Induced by Laser Beam`);
    expect(entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Broadband highly directive 3D nanophotonic lenses',
        ['E. Johlin', 'S.A. Mann', 'S. Kasture', 'A.F. Koenderink', 'E.C. Garnett'],
        2018,
        'Nature Communications',
      ],
      [
        'A 2-terminal Perovskite/Silicon Multijunction Solar Cell Enabled by a Silicon Tunnel Junction',
        ['J.P Mailoa', 'C.D. Bailie', 'E.C. Johlin'],
        2015,
        'Applied Physics Letters',
      ],
      [
        'Raman Study of Localized Recrystallization of Amorphous Silicon Induced by Laser Beam',
        ['Nouar Tabet', 'Abduljabar Al-Sayoud', 'Seyed Said', 'A. Syed', 'Christine B. Simmons', 'Tonio Buonassisi'],
        2012,
        '38th IEEE-PVSC Proceedings',
      ],
    ]);
    expect(entries[0]!.date).toBe('2018-11');
  });

  it('reads decorated year lines ("---2025---") as year headings, not as part of an entry (cuglirui, as selected)', () => {
    const entries = parse(`Journal Publications
---2025---
R. Li, L. Wang*, H. Sang, L. Yao, Lot-streaming Hybrid Job Shop Scheduling with Variable Sublots. 2025, R1-Under Review
---2023---
R. Li, W. Gong*, L. Wang*, C. Lu, X.Zhuang, Surprisingly Popular-based Adaptive Memetic Algorithm for Energy-efficient Distributed Flexible Job Shop Scheduling, IEEE Transctions on Cybernetics. May, 2023. Accepted (IF=11.8, T1 Top).[paper]`);
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Lot-streaming Hybrid Job Shop Scheduling with Variable Sublots', ['R. Li', 'L. Wang', 'H. Sang', 'L. Yao'], 2025],
      [
        'Surprisingly Popular-based Adaptive Memetic Algorithm for Energy-efficient Distributed Flexible Job Shop Scheduling',
        ['R. Li', 'W. Gong', 'L. Wang', 'C. Lu', 'X.Zhuang'],
        2023,
      ],
    ]);
  });
});

describe('sections in selected text: talks left out, "Label:" lines no title (issue 14; siddall and etirado, dev corpus)', () => {
  it('a talks heading on a paragraph of its own, with a note under it, leaves out its section up to the next heading', () => {
    const entries = parse(`Reviewed Publications

Siddall, S. E. (1974). Studies of closed marine culture systems. Progressive Fish-Culturist 36(1):8-15.

Invited conference presentations
The content of some of these presentations is available here.

Siddall, S. E. Impact of Web 2.0 Applications on Education. Celebration of Excellence in Teaching and Learning, April 3, 2007. University of Akron, Ohio.

Siddall, S. E. Sakai as a Service. Sakai Conference, June 2, 2006. Vancouver, BC Canada.

Popular Articles

Siddall, S. E. (1988). Evaluation of inorganic conditioning of biological filters. Freshwater and Marine Aquarium 11(3):4-13.

Siddall, S. E. (1986). The Living Seas at EPCOT Center. Freshwater and Marine Aquarium 9(6):20-27.`);
    expect(entries.map((e) => e.title)).toEqual([
      'Studies of closed marine culture systems',
      'Evaluation of inorganic conditioning of biological filters',
      'The Living Seas at EPCOT Center',
    ]);
  });
  it('a stacked entry whose title names talks is no heading: its names follow it', () => {
    const entries = parse(`Talks and presentations in the classroom
Ana Pérez, Luis Gómez
Journal of Teaching, 2021

Invited talks

Ana Pérez. Teaching with talks. Seminar, Madrid, 2019.`);
    expect(entries.map((e) => e.title)).toEqual(['Talks and presentations in the classroom']);
  });
  it('a "Label:" line over a stacked entry is the section\'s label, not the entry\'s title', () => {
    const entries = parse(`Other Journal Publications:
• Charged Particle Reflection in a Magnetic Mirror [link]
L.A. Fernández-Ramos, J. E. Mendoza-Torres, O. Gómez-Flores and E. Tirado-Bueno
Revista Mexicana de Física E (2024).

International Conferences:
• Galactic Cosmic Rays Variations: Insights from Heliospheric Imagers Observations [link]
E. Tirado-Bueno, C. R. Braga, J. E. Mendoza-Torres and C. Amador-Meléndez
Central European Astrophysical Bulletin (2025).`);
    expect(entries.map((e) => [e.title, e.year])).toEqual([
      ['Charged Particle Reflection in a Magnetic Mirror', 2024],
      ['Galactic Cosmic Rays Variations: Insights from Heliospheric Imagers Observations', 2025],
    ]);
  });
});
