import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

/**
 * Entries of dev pages whose author block the rules could not read (issue 14, study14k): family names alone before the
 * year, Vancouver names closing a list whose first names are inverted with a comma, stray periods after a name.
 * Snippets from the real pages; expected fields read off the pages by eye.
 */
const read = (text: string) => {
  const r = parseReference(text);
  return r && { title: r.title, authors: r.authors, year: r.year };
};

describe('family names alone before the year ("Cooper & Klymkowsky 2022. Title.")', () => {
  it('one name, a period and the year (klymkowsky)', () => {
    expect(
      read('119. Klymkowsky. 2023. Hardy-Weinberg and genetic drift in undergraduate biology. Frontiers of Genetics, * June 2023.'),
    ).toEqual({
      title: 'Hardy-Weinberg and genetic drift in undergraduate biology',
      authors: ['Klymkowsky'],
      year: 2023,
    });
  });

  it('two names joined by "&", the year without a comma (klymkowsky)', () => {
    expect(
      read(
        '– Cooper & Klymkowsky 2022. Aligning assessment goals with the current and future technologies needed to achieve them. in "Technologies in Biomedical and Life Science Education" H. Witchel & Michael Lee, eds.',
      ),
    ).toEqual({
      title: 'Aligning assessment goals with the current and future technologies needed to achieve them',
      authors: ['Cooper', 'Klymkowsky'],
      year: 2022,
    });
  });

  it('names then the year in parentheses (lau)', () => {
    expect(
      read(
        'Ming, Leung, Yung, Wong and Lau (2006) Twenty Problems in Philosophy: A Brief Introduction to Contemporary Philosophy. McGraw-Hill Education (Asia).',
      ),
    ).toEqual({
      title: 'Twenty Problems in Philosophy: A Brief Introduction to Contemporary Philosophy',
      authors: ['Ming', 'Leung', 'Yung', 'Wong', 'Lau'],
      year: 2006,
    });
  });

  it('a line of names and the year under the title (trapnell)', () => {
    expect(
      read('How to map billions of short reads onto genomes\nTrapnell & Salzberg 2009.\nNature Biotechnology 27(5): 455-457.'),
    ).toEqual({
      title: 'How to map billions of short reads onto genomes',
      authors: ['Trapnell', 'Salzberg'],
      year: 2009,
    });
  });

  it('not a status or a venue under a title ("Submitted (2025)", "Limnology and Oceanography (2019)"), nor a title alone before its year', () => {
    expect(
      read('Modulation of Heat Flow via Electrochemical Doping in Conducting Polymer PBTTT,\nSubmitted (2025)')?.authors ?? [],
    ).not.toEqual(['Submitted']);
    expect(read('Metaphysics (2011). Wiley.')).toBeNull();
    expect(
      read('Seasonal dynamics of phytoplankton blooms in a temperate estuary\nLimnology and Oceanography (2019)')?.authors ?? [],
    ).toEqual([]);
  });

  it('one inverted whole name with a hyphenated family name is one name (sailor)', () => {
    expect(
      read("Turnbull-Sailor, Craig. 2007. Syntactic Patterns of Embedded wh- Clauses. Master's thesis, University of Kansas."),
    ).toEqual({ title: 'Syntactic Patterns of Embedded wh- Clauses', authors: ['Craig Turnbull-Sailor'], year: 2007 });
  });
});

describe('Vancouver names closing a list whose first names are inverted ("Kiang, M.V., Tsai A.C., …, Basu S.")', () => {
  it('reads every name (alexander, caylalab, daoliulab, rising)', () => {
    expect(readAuthorBlock('Kiang, M.V., Tsai A.C., Alexander M., Rehkopf D.H., Basu S.', 'surname-initials')?.names).toEqual([
      'M.V. Kiang',
      'A.C. Tsai',
      'M. Alexander',
      'D.H. Rehkopf',
      'S. Basu',
    ]);
    expect(readAuthorBlock('Hao, H., Dai, L., Wang K., Xu J., Liu W.', 'surname-initials')?.names).toEqual([
      'H. Hao',
      'L. Dai',
      'K. Wang',
      'J. Xu',
      'W. Liu',
    ]);
  });

  it('the whole entry (caylalab)', () => {
    expect(
      read(
        'Cayla, M., Spanos C., McWilliam K., Waskett E., Rappsilber J., Matthews K.R., 2024. Differentiation granules, a dynamic regulator of T. brucei development. Nat Commun 15, 2972 (2024).',
      ),
    ).toEqual({
      title: 'Differentiation granules, a dynamic regulator of T. brucei development',
      authors: ['M. Cayla', 'C. Spanos', 'K. McWilliam', 'E. Waskett', 'J. Rappsilber', 'K.R. Matthews'],
      year: 2024,
    });
  });
});

describe('a stray period after a name ("Vink., G.", "Courtney-Mustaphi., R.", "Alexander, M.. ‘Title’")', () => {
  it('after a family name before the comma (vink, lemmen)', () => {
    expect(read('Schouten, R., Lugtig, P., Brand, J., and Vink., G. (2017). Generating missing values with ampute.')).toEqual({
      title: 'Generating missing values with ampute',
      authors: ['R. Schouten', 'P. Lugtig', 'J. Brand', 'G. Vink'],
      year: 2017,
    });
    expect(
      read(
        'M. Cuenca-Cambronero, C.J. Courtney-Mustaphi., R. Greenway, O. Heiri, and B. Matthews. 2022. Integrating evolutionary processes with paleolimnological proxies in freshwater ecosystems. Biological Reviews 97: 1447-1466.',
      )?.authors,
    ).toEqual(['M. Cuenca-Cambronero', 'C.J. Courtney-Mustaphi', 'R. Greenway', 'O. Heiri', 'B. Matthews']);
  });

  it('a doubled period after the last initial, before a quoted title (alexander)', () => {
    expect(
      read(
        'Alexander, M.. ‘Measures of premature life lost at a fixed level of life expectancy’. Extended abstract submitted to PAA 2023.',
      ),
    ).toEqual({ title: 'Measures of premature life lost at a fixed level of life expectancy', authors: ['M. Alexander'], year: 2023 });
  });
});

describe('whole names, every one inverted, commas between them as within them ("Ozer, Adam L., Waggoner, Philip D., & Kennedy, Ryan.")', () => {
  it('reads each pair as one name (ozer, ilab, fccoelho)', () => {
    expect(
      read(
        'Ozer, Adam L., Waggoner, Philip D., & Kennedy, Ryan. 2024. “The Paradox of Algorithms and Blame on Public Decision-makers”. Business and Politics. https://doi.org/10.1017/bap.2023.35',
      ),
    ).toEqual({
      title: 'The Paradox of Algorithms and Blame on Public Decision-makers',
      authors: ['Adam L. Ozer', 'Philip D. Waggoner', 'Ryan Kennedy'],
      year: 2024,
    });
    expect(
      read(
        'Codeço, Cláudia Torres, Coelho, Flávio Codeço. MODELAGEM DE DOENÇAS TRANSMISSÍVEIS. Oecologia Australis. , v.16, p.110 - 116, 2012.',
      )?.authors,
    ).toEqual(['Cláudia Torres Codeço', 'Flávio Codeço Coelho']);
  });

  it("keeps Chicago's first name inverted, the others given first", () => {
    expect(readAuthorBlock('Cai, Wei, Maria de Moya, and John Lee', 'surname-given')?.names).toEqual([
      'Wei Cai',
      'Maria de Moya',
      'John Lee',
    ]);
  });
});

describe('Chinese lists: the corresponding author\'s mark, "等." and a title glued to its journal (daoliulab)', () => {
  it('drops "（通讯作者）" after a name', () => {
    const r = read(
      '李琳琳, 王照利, 郭涛, 任志祥, 闫琰, 刘伟国（通讯作者）. 2000—2020年黄土高原生态系统服务价值的时空变化及驱动因素. 西北林学院学报，40(5): 11-23.',
    );
    expect([r?.title, r?.authors]).toEqual([
      '2000—2020年黄土高原生态系统服务价值的时空变化及驱动因素',
      ['李琳琳', '王照利', '郭涛', '任志祥', '闫琰', '刘伟国'],
    ]);
    expect(
      read(
        'Dong, H., Yang, M., Hu, X., Cui, C., Liu, W. (通讯作者), 2025. Biogas and nutrient recovery potential: A spatially explicit analysis of China’s county-level livestock and poultry manure. Waste Management 193: 1-10.',
      )?.authors,
    ).toEqual(['H. Dong', 'M. Yang', 'X. Hu', 'C. Cui', 'W. Liu']);
  });

  it('"等." closes the names; a period between Chinese characters ends the title', () => {
    expect(read('路健,史蓓涵,杨倩,等. 2024. 秦岭典型群落木本植物生物量影响因素研究.西北林学院学报,39(05):151-158.')).toEqual({
      title: '秦岭典型群落木本植物生物量影响因素研究',
      authors: ['路健', '史蓓涵', '杨倩'],
      year: 2024,
    });
  });
});

describe('a period where a comma belongs inside the names ("Lior Regev, Kristin M. Poduska. Lia Addadi, …. Title.")', () => {
  it('the names after it run on (poduska)', () => {
    expect(
      read(
        '20. Lior Regev, Kristin M. Poduska. Lia Addadi, Steve Weiner, Elisabetta Boaretto. Distinguishing between calcites formed by different mechanisms using infrared spectrometry: Archaeological applications. J. Archaeol. Sci. 37 3022-3029 (2010).',
      ),
    ).toEqual({
      title: 'Distinguishing between calcites formed by different mechanisms using infrared spectrometry: Archaeological applications',
      authors: ['Lior Regev', 'Kristin M. Poduska', 'Lia Addadi', 'Steve Weiner', 'Elisabetta Boaretto'],
      year: 2010,
    });
  });

  it('a lone name with a middle initial before them is a person, not a title (malb, poduska)', () => {
    expect(
      read(
        '22. Kristin M. Poduska. Lior Regev, Elisabetta Boaretto, Lia Addadi, Steve Weiner, Leeor Kronik, Stefano Curtarolo. Decoupling local disorder and optical effects in infrared spectra: differentiating between calcites with different origins. Adv. Mater. 23 550-554 (2011).',
      )?.authors,
    ).toEqual([
      'Kristin M. Poduska',
      'Lior Regev',
      'Elisabetta Boaretto',
      'Lia Addadi',
      'Steve Weiner',
      'Leeor Kronik',
      'Stefano Curtarolo',
    ]);
  });

  it('not a title in title case with "and" (hmuehle, brokamp)', () => {
    expect(
      read(
        'H. Mühle, T. McConville. Shuffle Lattices and Bubble Lattices. In Proceedings of the 34th International Conference on Formal Power Series and Algebraic Combinatorics, 2022.',
      )?.title,
    ).toBe('Shuffle Lattices and Bubble Lattices');
  });

  it('a title before its names still reads so', () => {
    expect(
      read('Disorder-Free Localization. Adam Smith, Johannes Knolle, Dmitry L. Kovrizhin. Phys. Rev. Lett. 118, 266601 (2017).'),
    ).toEqual({
      title: 'Disorder-Free Localization',
      authors: ['Adam Smith', 'Johannes Knolle', 'Dmitry L. Kovrizhin'],
      year: 2017,
    });
  });
});

describe('a title that runs into " in proceedings of …" without a period (malb, aiotlab)', () => {
  it('ends before it', () => {
    expect(
      read(
        'Martin R. Albrecht, Kenneth G. Paterson and Gaven J. Watson. Plaintext Recovery Attacks Against SSH in proceedings of IEEE Symposium on Security and Privacy 2009, IEEE Computer Society, 2009.',
      ),
    ).toEqual({
      title: 'Plaintext Recovery Attacks Against SSH',
      authors: ['Martin R. Albrecht', 'Kenneth G. Paterson', 'Gaven J. Watson'],
      year: 2009,
    });
  });
});
