/**
 * The reference-string parser on styles of the former heldout41 pages: Japanese items with the title in corner brackets
 * ("names, 「Title」, Journal, Vol., pp., 2010年." and "names、「Title」 Venue、2024年。"; nakaoka, kfujita), Chicago
 * author-date in Portuguese ("Amaral, Fernando Náufel do, e P. G. Rabelo. 1997." with "———." for a repeated author
 * list; naufel), "and the EMPHASIS study group" closing Vancouver names (digravio), an institute's report "Instituto
 * Nacional de Estadística y Geografía (2022) Title." (hernandez) and family names alone on the line under a Quarto
 * listing's title (sartini).
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock, readWithRepeatedAuthors } from '../../lib/text/reference';

const read = (text: string, hints = {}) => {
  const r = parseReference(text, hints);
  return r && [r.title, r.authors, r.year, r.venue];
};

describe('Japanese titles in corner brackets', () => {
  it('reads "names, 「Title」, Journal, Vol., No., pp., 2008年." (nakaoka)', () => {
    expect(
      read(
        '中岡慎一郎, 山野辺夏樹, 比留川博久, 山根克, 川角祐一郎, 「分散コンポーネント型ロボットシミュレータOpenHRP3」, 日本ロボット学会誌, Vol. 26, No. 5, pp. 399-406, 2008年.',
      ),
    ).toEqual([
      '分散コンポーネント型ロボットシミュレータOpenHRP3',
      ['中岡慎一郎', '山野辺夏樹', '比留川博久', '山根克', '川角祐一郎'],
      2008,
      '日本ロボット学会誌',
    ]);
  });

  it('reads one name with a space between family and given names (nakaoka)', () => {
    expect(
      read('中岡 慎一郎, 「拡張可能なロボット用統合GUI環境Choreonoid」, 日本ロボット学会誌, Vol. 31, No. 3, pp. 12-17, 2013年.'),
    ).toEqual(['拡張可能なロボット用統合GUI環境Choreonoid', ['中岡 慎一郎'], 2013, '日本ロボット学会誌']);
  });

  it('keeps a quotation that opens the title\'s words as part of the title ("「…」の報告")', () => {
    expect(read('津口裕茂, 下瀬健一, 加藤亮平, 鵜沼昂, 「2014 年広島豪雨に関する予測検討会」の報告, 天気, 63, 2016年.')?.[0]).not.toBe(
      '2014 年広島豪雨に関する予測検討会',
    );
  });

  it('reads "names、「Title」 Venue、2024年。" with ideographic commas (kfujita)', () => {
    expect(
      read(
        '藤田健人, 椿野大輔、 「複数エージェント間の通信遅延に対する協力型補償アプローチ」 計測自動制御学会 制御理論若手合宿、2024年。',
      )?.slice(0, 3),
    ).toEqual(['複数エージェント間の通信遅延に対する協力型補償アプローチ', ['藤田健人', '椿野大輔'], 2024]);
  });
});

describe('Chicago author-date in Portuguese (citeproc)', () => {
  it('reads the first name inverted with its particle after the given names, and "e" for "and" (naufel)', () => {
    expect(
      read(
        'Amaral, Fernando Náufel do, e P. G. Rabelo. 1997. "Tradução de Estruturas de Controle para Sistemas de Tempo Real em Linguagens Orientadas a Objetos". Niterói, Rio de Janeiro: DCC, UFF.',
      )?.slice(0, 3),
    ).toEqual([
      'Tradução de Estruturas de Controle para Sistemas de Tempo Real em Linguagens Orientadas a Objetos',
      ['Fernando Náufel do Amaral', 'P. G. Rabelo'],
      1997,
    ]);
  });

  it('reads a single inverted author whose particle closes the name (naufel)', () => {
    expect(
      read(
        'Amaral, Fernando Náufel do. 1996. "Uma Nova Proposta para o Cálculo do Fecho Transitivo de Relações Binárias". Rio de Janeiro: FAPERJ.',
      )?.slice(0, 3),
    ).toEqual(['Uma Nova Proposta para o Cálculo do Fecho Transitivo de Relações Binárias', ['Fernando Náufel do Amaral'], 1996]);
  });

  it('reads "do" between a given-first name\'s words as a particle (naufel)', () => {
    expect(readAuthorBlock('Rademaker, A., Fernando Náufel do Amaral, e E. H. Haeusler', 'surname-initials')?.names).toEqual([
      'A. Rademaker',
      'Fernando Náufel do Amaral',
      'E. H. Haeusler',
    ]);
    expect(readAuthorBlock('How do Robots Learn', 'given')).toBeNull();
  });

  it('gives "———. 2000b. “Title”." the previous entry\'s authors', () => {
    const previous = parseReference(
      'Amaral, Fernando Náufel do, e E. H. Haeusler. 2000a. "A Logic-Based Approach for Real-Time Object-Oriented Software Development". Revista de Informática Teórica e Aplicada VII, no.1: 69–88.',
    )!;
    const r = readWithRepeatedAuthors(
      '———. 2000d. "Completeness of an Action Logic for Timed Transition Systems". Bulletin of the Section of Logic (Lodz, Poland) 29, no.4: 151–60.',
      previous,
      parseReference,
      {},
    );
    expect(r && [r.title, r.authors, r.year]).toEqual([
      'Completeness of an Action Logic for Timed Transition Systems',
      ['Fernando Náufel do Amaral', 'E. H. Haeusler'],
      2000,
    ]);
    expect(
      readWithRepeatedAuthors('Haeusler, E. H. 2001. "Title of Another Paper Here". Journal 3: 1–2.', previous, parseReference, {}),
    ).toBeNull();
  });
});

describe('a study group among Vancouver names', () => {
  it('reads "and the EMPHASIS study group" as one more author (digravio)', () => {
    expect(readAuthorBlock('Chandak GR, Lillycrop K and the EMPHASIS study group', 'vancouver')?.names).toEqual([
      'GR Chandak',
      'K Lillycrop',
      'the EMPHASIS study group',
    ]);
  });
});

describe('an institution as the author of its report', () => {
  it('reads "Instituto Nacional de Estadística y Geografía (2022) Title. (Liga al producto)" (hernandez)', () => {
    expect(
      read(
        'Instituto Nacional de Estadística y Geografía (2022) Cuadros de Oferta y Utilización y Matrices Insumo-Producto Multi-Estatales. (Liga al producto)',
      )?.slice(0, 3),
    ).toEqual([
      'Cuadros de Oferta y Utilización y Matrices Insumo-Producto Multi-Estatales',
      ['Instituto Nacional de Estadística y Geografía'],
      2022,
    ]);
  });
});

describe('family names alone under a marked title (a Quarto listing card)', () => {
  const text =
    'Fast Bayesian Functional Principal Components Analysis\nSartini, Zhou, Selvin, Zeger, & Crainiceanu\nComputational and Graphical Statistics (2025)';
  const title = 'Fast Bayesian Functional Principal Components Analysis';

  it('reads them where the list writes its authors so (sartini)', () => {
    expect(read(text, { title, familyNamesOnly: true })).toEqual([
      title,
      ['Sartini', 'Zhou', 'Selvin', 'Zeger', 'Crainiceanu'],
      2025,
      'Computational and Graphical Statistics',
    ]);
  });

  it('does not read them otherwise', () => {
    expect(read(text, { title })).toBeNull();
  });
});
