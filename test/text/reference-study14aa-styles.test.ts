import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

/**
 * Entries of physics, mathematics, chemistry and urban-studies pages outside the US and UK, in Spanish and Japanese among
 * others (the former heldout52 pages, study14aa).
 */
const read = (text: string, hints: Parameters<typeof parseReference>[1] = {}) => {
  const r = parseReference(text, hints);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('Spanish BibTeX exports: "Family, Given; Family, Given y Family, Given" (carlevaro)', () => {
  it('reads "y" between the last two whole inverted names', () => {
    expect(readAuthorBlock('Mosca, Santiago; Carlevaro, C. Manuel y Lomba, Enrique', 'surname-given')?.names).toEqual([
      'Santiago Mosca',
      'C. Manuel Carlevaro',
      'Enrique Lomba',
    ]);
  });

  it('an entry of the list, its title in guillemets and its year under a heading', () => {
    expect(
      read(
        '25. Goldberg, Ezequiel; Carlevaro, C Manuel y Pugnaloni, Luis A, «Clogging in two-dimensions: effect of particle shape», Journal of Statistical Mechanics: Theory and Experiment, 2018(11), 113201.',
        { groupYear: 2018 },
      ),
    ).toEqual({
      title: 'Clogging in two-dimensions: effect of particle shape',
      authors: ['Ezequiel Goldberg', 'C Manuel Carlevaro', 'Luis A Pugnaloni'],
      year: 2018,
      venue: 'Journal of Statistical Mechanics: Theory and Experiment',
    });
  });

  it('a name written with initials alone among names with their given names in full', () => {
    expect(
      read(
        '22. Kondic, L.; Kramár, M.; Pugnaloni, Luis A.; Carlevaro, C. Manuel y Mischaikow, K., «Structure of force networks in tapped particulate systems of disks and pentagons. II. Persistence analysis», Physical Review E, 93, 062903.',
        { groupYear: 2016 },
      )?.authors,
    ).toEqual(['L. Kondic', 'M. Kramár', 'Luis A. Pugnaloni', 'C. Manuel Carlevaro', 'K. Mischaikow']);
  });

  it('a list of whole names with initials alone is still no surname-given block', () => {
    expect(readAuthorBlock('Kondic, L.; Kramár, M.', 'surname-given')).toBeNull();
  });
});

describe('Japanese lists (nishi, skobayashi)', () => {
  it('names closed by a full-width period before a quoted title', () => {
    expect(
      read(
        '西颯人，樋野公宏．"犯罪・交通事故の発生件数データを対象とした時系列解析モデルと分析ツールの開発" 日本オペレーションズ・リサーチ学会秋季研究発表会アブストラクト集 pp.38-39 (2019).',
      ),
    ).toEqual({
      title: '犯罪・交通事故の発生件数データを対象とした時系列解析モデルと分析ツールの開発',
      authors: ['西颯人', '樋野公宏'],
      year: 2019,
      venue: '日本オペレーションズ・リサーチ学会秋季研究発表会アブストラクト集',
    });
  });

  it('a title line, a names line closed by a comma, a venue line', () => {
    expect(read('超伝導ギャップ構造の現代的分類理論\n角田峻太郎, 小林伸吾,\n固体物理 55, 10, 463-478 (2020).')).toEqual({
      title: '超伝導ギャップ構造の現代的分類理論',
      authors: ['角田峻太郎', '小林伸吾'],
      year: 2020,
      venue: '固体物理',
    });
  });
});

describe('a kind of work labelled before the names (koiso)', () => {
  it('"Book chapter:" before initialled names', () => {
    expect(
      read(
        'Book chapter: S. Koiso. (2026). Pandemic Responses in Low- and Middle-Income Countries. In: Bennett, G., Goodall, E. (eds) The Palgrave Encyclopedia of Disability. Palgrave Macmillan, Cham. doi:10.1007/978-3-031-40858-8_476-1',
      ),
    ).toMatchObject({ title: 'Pandemic Responses in Low- and Middle-Income Countries', authors: ['S. Koiso'], year: 2026 });
  });

  it('"Editorial:" before initialled names', () => {
    expect(
      read(
        'Editorial: S. Koiso, E.P. Hyle. Cost-Effectiveness of the 2023 to 2024 COVID-19 Booster Vaccine-Reducing Barriers to Access. JAMA Network Open. 2025 Aug 1;8(7):e2523695. doi:10.1001/jamanetworkopen.2025.23695',
      ),
    ).toMatchObject({
      title: 'Cost-Effectiveness of the 2023 to 2024 COVID-19 Booster Vaccine-Reducing Barriers to Access',
      authors: ['S. Koiso', 'E.P. Hyle'],
      year: 2025,
    });
  });
});

describe("a mathematician's marked title, coauthors, then the journal and its volume (kobayashi)", () => {
  it('the journal before "5 (2022)" is no coauthor', () => {
    expect(
      read('On a constant curvature statistical manifold, with Y. Ohno, Information Geometry 5 (2022), no. 1, 31--46', {
        title: 'On a constant curvature statistical manifold',
      }),
    ).toEqual({
      title: 'On a constant curvature statistical manifold',
      authors: ['Y. Ohno'],
      year: 2022,
      venue: 'Information Geometry',
    });
  });

  it('nor is it the author of a paper the owner wrote alone', () => {
    expect(
      read('Minimal cylinders in the three-dimensional Heisenberg group, Mathematische Annalen 388 (2024), no. 3, 3299--3317', {
        title: 'Minimal cylinders in the three-dimensional Heisenberg group',
        allowNoAuthors: true,
      }),
    ).toEqual({
      title: 'Minimal cylinders in the three-dimensional Heisenberg group',
      authors: [],
      year: 2024,
      venue: 'Mathematische Annalen',
    });
  });
});
