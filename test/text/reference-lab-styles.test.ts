/**
 * The reference-string parser on styles of old and non-English lab pages (AMS meteorology lists, mathematicians'
 * "I. Family: Title." lists), each on entries as a real page writes them. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';
import type { NameForm } from '../../lib/text/reference';

const pick = (s: string, nameForm?: NameForm) => {
  const r = parseReference(s, nameForm ? { nameForm, strictForm: true } : {});
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue, doi: r.ids.doi };
};

describe('AMS "Family, I., I. Family, and I. Family, Year: Title. Journal, vol, pages, doi:…" (meteorology lists)', () => {
  const many =
    'Unuma, T., H. Yamauchi, T. Kato, A. Umehara, A. Hashimoto, A. Adachi, and N. Nagumo, 2025: Characteristics of raindrop size distribution using 10-year disdrometer data in eastern Japan. Journal of the Meteorological Society of Japan, 103, 219-232, doi:10.2151/jmsj.2025-011.';
  const expected = {
    title: 'Characteristics of raindrop size distribution using 10-year disdrometer data in eastern Japan',
    authors: ['T. Unuma', 'H. Yamauchi', 'T. Kato', 'A. Umehara', 'A. Hashimoto', 'A. Adachi', 'N. Nagumo'],
    year: 2025,
    venue: 'Journal of the Meteorological Society of Japan',
    doi: '10.2151/jmsj.2025-011',
  };
  it('the first name inverted, the others given first; ", Year:" ends the names and opens the title', () => {
    expect(pick(many)).toEqual(expected);
  });
  it('reads the same in the list\'s inferred form ("Family, I."), as its one-author entries are read', () => {
    expect(pick(many, 'surname-initials')).toEqual(expected);
    expect(
      pick(
        'Unuma, T., and T. Takemi, 2021: Rainfall Characteristics and Their Environmental Conditions during the Heavy Rainfall Events over Japan in July of 2017 and 2018. Journal of the Meteorological Society of Japan, 99, 165-180, doi:10.2151/jmsj.2021-009.',
        'surname-initials',
      ),
    ).toEqual({
      title:
        'Rainfall Characteristics and Their Environmental Conditions during the Heavy Rainfall Events over Japan in July of 2017 and 2018',
      authors: ['T. Unuma', 'T. Takemi'],
      year: 2021,
      venue: 'Journal of the Meteorological Society of Japan',
      doi: '10.2151/jmsj.2021-009',
    });
  });
  it('one author', () => {
    expect(
      pick(
        'Unuma, T., 2024: Three-dimensional structure of an equilibrium drop size distribution within a convective system in Japan. Scientific Online Letters on the Atmosphere, 20, 47-54, doi:10.2151/sola.2024-007.',
      ),
    ).toEqual({
      title: 'Three-dimensional structure of an equilibrium drop size distribution within a convective system in Japan',
      authors: ['T. Unuma'],
      year: 2024,
      venue: 'Scientific Online Letters on the Atmosphere',
      doi: '10.2151/sola.2024-007',
    });
  });
});

describe('"I. Family: Title. Journal, Vol. x (Year), pp." with a single author (HTML 3.2 mathematics lists)', () => {
  it('one initialed name before the colon is the author', () => {
    expect(
      pick('C. Ronse: On homogeneous graphs. Journal of the London Mathematical Society, Ser. 2, Vol. 17 (1978), pp. 375-379. doi'),
    ).toEqual({
      title: 'On homogeneous graphs',
      authors: ['C. Ronse'],
      year: 1978,
      venue: 'Journal of the London Mathematical Society, Ser. 2',
      doi: undefined,
    });
  });
  it('a title with a colon after one word is no name', () => {
    expect(pick('Bo Li. Horae: A Graph Stream Summarization Structure. ICDE, 2023.')?.authors).toEqual(['Bo Li']);
  });
});

describe('"Year - Family, I.*, … Title. Journal, vol(no), pages." (a year and a dash before each entry)', () => {
  it('the year dates the entry; marks after initials ("M.*,", "A.B.*.") leave the names whole', () => {
    expect(
      pick(
        '2022 - Vidal-Cordasco, M.*, Ocio, D., Hickler, T., Marín-Arroyo, A.B.*. Ecosystem productivity affected the spatiotemporal disappearance of Neanderthals in Iberia. Nature Ecology and Evolution, 1-14.',
      ),
    ).toEqual({
      title: 'Ecosystem productivity affected the spatiotemporal disappearance of Neanderthals in Iberia',
      authors: ['M. Vidal-Cordasco', 'D. Ocio', 'T. Hickler', 'A.B. Marín-Arroyo'],
      year: 2022,
      venue: 'Nature Ecology and Evolution',
      doi: undefined,
    });
  });
  it('a mark after an undotted initial before the period ("& Mateos, A*.")', () => {
    expect(
      pick(
        '2021 - Vidal-Cordasco, M.*, Rodríguez, J., Prado-Nóvoa, O., Zorrilla-Revilla, G., & Mateos, A*. Locomotor Economy and Foraging Ecology in Hominins. Journal of Anthropological Research, 77(3), 338-361.',
      )?.authors,
    ).toEqual(['M. Vidal-Cordasco', 'J. Rodríguez', 'O. Prado-Nóvoa', 'G. Zorrilla-Revilla', 'A. Mateos']);
  });
});

describe('"\\"Title\\"" then "I. Family, …, and I. Family, Journal vol p. pages (Year)" (a Jinja-built list)', () => {
  it('the name after "and" is the last one: an abbreviated journal ("J. Chem. Phys") is no name', () => {
    expect(
      pick(
        '"Efficient implementation of atom-density representations"\nF. Musil, M. Veit, A. Goscinski, G. Fraux, M. J. Willatt, M. Stricker, T. Junge, and M. Ceriotti, J. Chem. Phys 154 p. 114109 (2021)',
      ),
    ).toEqual({
      title: 'Efficient implementation of atom-density representations',
      authors: ['F. Musil', 'M. Veit', 'A. Goscinski', 'G. Fraux', 'M. J. Willatt', 'M. Stricker', 'T. Junge', 'M. Ceriotti'],
      year: 2021,
      venue: 'J. Chem. Phys',
      doi: undefined,
    });
  });
  it('"and" without a comma before it; names ended by a journal that opens "The Journal …"', () => {
    expect(
      pick(
        '"Modelling of framework materials at multiple scales: current practices and open questions"\nG. Fraux, S. Chibani and F.-X. Coudert, Phil. Trans. R. Soc. A 377 p. 20180220 (2019)',
      )?.authors,
    ).toEqual(['G. Fraux', 'S. Chibani', 'F.-X. Coudert']);
    expect(
      pick(
        '"Impacts of the Imidazolate Linker Substitution (CH3, Cl, or Br) on the Structural and Adsorptive Properties of ZIF-8"\nG. Chaplais, G. Fraux, J.-L. Paillaud, C. Marichal, H. Nouali, A. H. Fuchs, F.-X. Coudert, J. Patarin, The Journal of Physical Chemistry C 122 (47) pp. 26945-26955 (2018)',
      ),
    ).toMatchObject({
      authors: ['G. Chaplais', 'G. Fraux', 'J.-L. Paillaud', 'C. Marichal', 'H. Nouali', 'A. H. Fuchs', 'F.-X. Coudert', 'J. Patarin'],
      year: 2018,
      venue: 'The Journal of Physical Chemistry C',
    });
  });
});

describe('Japanese AMS-style entries ("鵜沼昂, 村田文絵, 2012: 題名. 天気, …")', () => {
  it('a title without spaces (kanji and kana) is a title', () => {
    expect(pick('鵜沼昂, 2024b: 大雨をもたらすメソ降水系の現状と今後. 月刊海洋, 56, 700-704.')).toEqual({
      title: '大雨をもたらすメソ降水系の現状と今後',
      authors: ['鵜沼昂'],
      year: 2024,
      venue: '月刊海洋',
      doi: undefined,
    });
  });
  it('a body and its members in full-width parentheses are all authors', () => {
    expect(
      pick(
        'メソ気象セミナー事務局（下瀬健一, 津口裕茂, 栃本英伍, 鵜沼昂）, 2014: 第 1 回メソ気象セミナー開催報告. 天気, 日本気象学会, 61, 947-951.',
      )?.authors,
    ).toEqual(['メソ気象セミナー事務局', '下瀬健一', '津口裕茂', '栃本英伍', '鵜沼昂']);
  });
});

describe('bib2html "Title, / Names, / Venue, Month Year." with the title marked', () => {
  const venue = (s: string) => parseReference(s, { title: s.split(',\n')[0] })?.venue;
  it('the month before the year and a lettered volume ("Vol. E107-D") are not the venue', () => {
    expect(venue('Text Removal In E-Commerce Images: A Comparison Of Inpainting Methods,\nH. Roy, B. Stenger,\nBMVC, November 2024.')).toBe(
      'BMVC',
    );
    expect(
      venue(
        'Efficient Action Spotting Using Saliency Feature Weighting,\nY. Shi, T. Yamashita, T. Hirakawa, H. Fujiyoshi, M. Nakazawa, Y. Chae, B. Stenger,\nIEICE Transactions on Information and Systems, Vol. E107-D, No. 1, January 2024.',
      ),
    ).toBe('IEICE Transactions on Information and Systems');
  });
});

describe('Japanese "- Names:Title, Venue, 2018年 11月" plain-text lists (aksklab)', () => {
  it('names with and without a space between family and given name, the colon with no space after it, the title to the first comma', () => {
    expect(
      pick(
        '- 海野 晃弘, 中台 章, 赤坂 剛史:ドローン用パラシュートの空力特性に関する研究, 第56回飛行機シンポジウム講演論文集, 2018年 11月, ',
      ),
    ).toEqual({
      title: 'ドローン用パラシュートの空力特性に関する研究',
      authors: ['海野 晃弘', '中台 章', '赤坂 剛史'],
      year: 2018,
      venue: '第56回飛行機シンポジウム講演論文集',
      doi: undefined,
    });
    expect(
      pick(
        '- 吉田 啓史郎, 赤坂剛史, 佐々木 大輔, , 片柳 亮二: 科学研究費助成事業研究成果報告書「高度専門工学教育における実践的教育プログラムの構築」, 平成29年度工学教育研究講演会講演論文集, 2017年 8月',
      )?.authors,
    ).toEqual(['吉田 啓史郎', '赤坂剛史', '佐々木 大輔', '片柳 亮二']);
  });
  it('romanised names in capitals among mixed-case ones; an English title also ends at the first comma', () => {
    expect(
      pick(
        '- HAMAMOTO YUSUKE, AKASAKA TAKESHI, Tanabe Yasutada: Experimental Investigation of the Rotor-Wing Aerodynamic Interaction on a Compound Helicopter in High Advance Ratio,\t6th Asian/Australian Rotorcraft Forum & Heli Japan 2017, 2017年 11月',
      ),
    ).toMatchObject({
      title: 'Experimental Investigation of the Rotor-Wing Aerodynamic Interaction on a Compound Helicopter in High Advance Ratio',
      authors: ['HAMAMOTO YUSUKE', 'AKASAKA TAKESHI', 'Tanabe Yasutada'],
      year: 2017,
    });
  });
});

describe('AIP/ACS with the quoted title first: "“Title,” I. I. Family, and I. A. Family, J. Phys. Chem. C 126, 4899 (2022)." (hineslab)', () => {
  it('a title that opens the entry in quotes is the title, past hyphenated initials ("Y.-C. Huang") after it', () => {
    expect(
      pick(
        '“Extracting site-specific reaction rates from steady state surface morphologies: Kinetic Monte Carlo simulations of aqueous Si(111) etching,” J. Flidr, Y.-C. Huang, T. A. Newton and M. A. Hines, J. Chem. Phys. 108, 5542 (1998).',
      ),
    ).toEqual({
      title:
        'Extracting site-specific reaction rates from steady state surface morphologies: Kinetic Monte Carlo simulations of aqueous Si(111) etching',
      authors: ['J. Flidr', 'Y.-C. Huang', 'T. A. Newton', 'M. A. Hines'],
      year: 1998,
      venue: 'J. Chem. Phys.',
      doi: undefined,
    });
  });
  it('the journal\'s abbreviation after the last name is not a name ("and Melissa A. Hines, J. Phys.", "N. Sepúlveda, J. Appl. Phys.")', () => {
    expect(
      pick(
        '“Rutile surface reactivity provides insight into the structure-directing role of peroxide in TiO2 polymorph control,” Anqi Song, Dapeng Jing, and Melissa A. Hines, J. Phys. Chem. C 118, 27343 (2014).',
      )?.authors,
    ).toEqual(['Anqi Song', 'Dapeng Jing', 'Melissa A. Hines']);
    expect(
      pick(
        '“Study of the resonant frequencies of silicon microcantilevers coated with vanadium dioxide films during the insulator-to-metal transition,” A. Rúa, F. E. Fernández, M. A. Hines, N. Sepúlveda, J. Appl. Phys. 107, 053528 (2010).',
      )?.authors,
    ).toEqual(['A. Rúa', 'F. E. Fernández', 'M. A. Hines', 'N. Sepúlveda']);
  });
  it('one author before the journal', () => {
    expect(pick('“Selective Bond Breaking with Splat Chemistry,” M. A. Hines, Physics 14, 13 (2021).')).toMatchObject({
      title: 'Selective Bond Breaking with Splat Chemistry',
      authors: ['M. A. Hines'],
      year: 2021,
    });
    expect(
      pick(
        '“Chemical control of surfaces: From fundamental understanding to practical application,” M. A. Hines, Solid State Phenom. 195, 65-70 (2013).',
      ),
    ).toMatchObject({
      title: 'Chemical control of surfaces: From fundamental understanding to practical application',
      authors: ['M. A. Hines'],
      year: 2013,
    });
  });
});

describe('members\' lists merged on one lab page: "Names., Title., Venue., Year." and "Names & Name. “Title.” Venue" (aiotlab)', () => {
  it('a period before a comma ends the names and the title; "An" is a Vietnamese given name, not the article', () => {
    expect(
      pick(
        'Loc Tran, Lam Pham, Tuan Tran, An Mai., Text classification problems via BERT embedding method and graph convolutional neural network., International Conference on Advanced Technologies for Communications., 2021.',
      ),
    ).toEqual({
      title: 'Text classification problems via BERT embedding method and graph convolutional neural network',
      authors: ['Loc Tran', 'Lam Pham', 'Tuan Tran', 'An Mai'],
      year: 2021,
      venue: 'International Conference on Advanced Technologies for Communications',
      doi: undefined,
    });
  });
  it('a quoted title after "Names & Name."', () => {
    expect(
      pick(
        'Anh Thu Phan Ho, Bao An Mai Hoang, Wadih Sawaya & Patrick Bas. “Document Authentication Using Graphical Codes: Reliable Performance Analysis and Channel Optimization.” EURASIP Journal on Information Security, Springer, 2014.',
      ),
    ).toMatchObject({
      title: 'Document Authentication Using Graphical Codes: Reliable Performance Analysis and Channel Optimization',
      authors: ['Anh Thu Phan Ho', 'Bao An Mai Hoang', 'Wadih Sawaya', 'Patrick Bas'],
      year: 2014,
    });
  });
});

describe('APA-like lists whose first name lacks the comma after its initial: "Stewart, J. L. Gonza Inlago, & G. Prado Ayala" (jessestewart)', () => {
  it("the first initial is the first author's, the name written given first after it is the next author", () => {
    expect(
      pick(
        'Stewart, J. L. Gonza Inlago, & G. Prado Ayala. (2023). Cotopaxi Media Lengua is still very much alive. Language Documentation and Conservation, 17, 1-20.',
      ),
    ).toMatchObject({
      title: 'Cotopaxi Media Lengua is still very much alive',
      authors: ['J. Stewart', 'L. Gonza Inlago', 'G. Prado Ayala'],
      year: 2023,
    });
    expect(
      pick(
        'Rosen, N. J. Stewart, & O. Sammons. (2020). How “mixed” is mixed language phonology? An acoustic analysis of the Michif vowel system. Journal of the Acoustical Society of America, 147(4), 2989-2999.',
      )?.authors,
    ).toEqual(['N. Rosen', 'J. Stewart', 'O. Sammons']);
  });
});

describe('IEEE without quotes: "I. Family, I. Family, and I. Family, Title, Journal, vol(no), pages, Mon. Year." (acrl, jemdoc)', () => {
  it('the title runs to the first comma when the venue, its numbers or its year follow it', () => {
    expect(
      pick(
        'Y. Du, W. Cao, J. She, M. Wu, M. Fang, and S. Kawata, Disturbance rejection and predictive control for systems with input and output delays, IEEE Transactions on Systems, Man, and Cybernetics: Systems, 52(7), 4589-4599, Jul. 2022.',
      ),
    ).toMatchObject({
      title: 'Disturbance rejection and predictive control for systems with input and output delays',
      authors: ['Y. Du', 'W. Cao', 'J. She', 'M. Wu', 'M. Fang', 'S. Kawata'],
      year: 2022,
    });
    expect(
      pick(
        'Y. Du, W. Cao, J. She, and M. Fang, A comparison study of three active disturbance rejection methods, Proc. 39th Chinese Control Conf., Shenyang, China, pp. 135-139, 2020.',
      ),
    ).toMatchObject({
      title: 'A comparison study of three active disturbance rejection methods',
      authors: ['Y. Du', 'W. Cao', 'J. She', 'M. Fang'],
      year: 2020,
    });
  });
  it('names separated by semicolons end at the last one ("Bo Li; Junjie Zhao ; Title, Journal, Year, vol(no): pages")', () => {
    expect(
      pick(
        'Bo Li; Junjie Zhao; Songlin Wo; Xuejing Ren ; Finite-time decentralized H∞ control forsingular large-scale systems, IFAC-PapersOnLine, 2020, 53(2): 4297-4303',
      ),
    ).toMatchObject({
      title: 'Finite-time decentralized H∞ control forsingular large-scale systems',
      authors: ['Bo Li', 'Junjie Zhao', 'Songlin Wo', 'Xuejing Ren'],
      year: 2020,
    });
  });
});

describe('jemdoc lists of Chinese labs: full-width commas, "(in Chinese)" notes, no comma before "and" (ipcalab, acrl)', () => {
  it('a full-width comma ends a Chinese title and separates Chinese names', () => {
    expect(
      pick('吴麒, 李志坚,仇翔†，李涛. 基于知识引导数据驱动的跨工况旋转机械异常检测方法，小型微型计算机系统，已收录，2025. (北大核心).'),
    ).toMatchObject({ title: '基于知识引导数据驱动的跨工况旋转机械异常检测方法', authors: ['吴麒', '李志坚', '仇翔', '李涛'], year: 2025 });
  });
  it('"Title, Journal, Year, vol(no): pages, doi: …. (in Chinese)": the venue part before the numbers, the DOI and the note', () => {
    expect(
      pick(
        'Caoyuan Gu, Junwei Zhu†, Wen-An Zhang, Li Yu and Hui Dong. Intrusion-tolerant synchronous control for networked multi-axis motion control system, Control and Decision, 2019, 34(11): 2289-2296, doi: 10.13195/j.kzyjc.2019.0537. (in Chinese)',
      ),
    ).toMatchObject({
      title: 'Intrusion-tolerant synchronous control for networked multi-axis motion control system',
      authors: ['Caoyuan Gu', 'Junwei Zhu', 'Wen-An Zhang', 'Li Yu', 'Hui Dong'],
      year: 2019,
      venue: 'Control and Decision',
      doi: '10.13195/j.kzyjc.2019.0537',
    });
  });
  it('the comma after the name that follows "and" with no comma before it ends the names', () => {
    expect(
      pick(
        'Y. Du, W. Cao and J. She, Analysis and design of active disturbance rejection control with improved extended state observer for systems with measurement noise, IEEE Transactions on Industrial Electronics, 70(1), 855-865, Jan. 2023.',
      ),
    ).toMatchObject({
      title:
        'Analysis and design of active disturbance rejection control with improved extended state observer for systems with measurement noise',
      authors: ['Y. Du', 'W. Cao', 'J. She'],
      year: 2023,
    });
  });
});

describe('Japanese "Names 他, “Title”, Journal, vol, page (Year)." with 他 (et al.) and quotes inside the title (ichikawa)', () => {
  it('他 marks a shortened author list; a quotation inside the title keeps its quotes', () => {
    expect(
      pick('Yudai Ichikawa 他, “Femtoscopic study in the J-PARC-HI project”, J. Subatomic Part. Cosmol., 3, 100040 (2025).'),
    ).toMatchObject({
      title: 'Femtoscopic study in the J-PARC-HI project',
      authors: ['Yudai Ichikawa'],
      year: 2025,
    });
    expect(
      parseReference(
        'Yudai Ichikawa 他, “Observation of the “K-pp”-like structure in the d(π+, K+) reaction at 1.69 GeV/c”, PTEP, 2015, 021D01 (2015).',
      ),
    ).toMatchObject({
      title: 'Observation of the “K-pp”-like structure in the d(π+, K+) reaction at 1.69 GeV/c',
      authors: ['Yudai Ichikawa'],
      authorsTruncated: true,
      year: 2015,
    });
  });
  it('等 (Chinese et al.) before a comma ends the names', () => {
    expect(
      pick('王瑶为, 顾曹源,吴麒, 等, 基于全驱系统方法的过程系统解耦反馈最优控制[C]. 中国自动化大会论文集, 2024. (EI收录)'),
    ).toMatchObject({
      title: '基于全驱系统方法的过程系统解耦反馈最优控制',
      authors: ['王瑶为', '顾曹源', '吴麒'],
      year: 2024,
    });
  });
});

describe('APA-like names then "Year, Title, Journal" with commas (nicoschmid)', () => {
  it('a year and a comma after the names, also without a space before it, open a title that runs to the journal', () => {
    expect(
      pick(
        'Schmid, N. A., Limère, V., Raa, B. 2020, Mixed model assembly line feeding with discrete location assignments and variable station space, Omega - The Interational Journal of Management Science, In press.',
      ),
    ).toMatchObject({
      title: 'Mixed model assembly line feeding with discrete location assignments and variable station space',
      authors: ['N. A. Schmid', 'V. Limère', 'B. Raa'],
      year: 2020,
    });
    expect(
      pick(
        'Schmid, N. A., Limère, V.,2019, A classification of tactical assembly line feeding problems, International Journal of Production Research, 57(24), 7586–7609.',
      ),
    ).toMatchObject({
      title: 'A classification of tactical assembly line feeding problems',
      authors: ['N. A. Schmid', 'V. Limère'],
      year: 2019,
      venue: 'International Journal of Production Research',
    });
  });
});

describe('pinyin given names written in camel case ("YingWenQi Jiang", 4dvlab)', () => {
  it('reads them as names', () => {
    expect(
      pick(
        'YingWenQi Jiang, Jiadong Tu, Yuan Liu, Xifeng Gao, Xiaoxiao Long, Wenping Wang, Yuexin Ma. GaussianShader: 3D Gaussian Splatting with Shading Functions for Reflective Surfaces. CVPR 2024.',
      )?.authors,
    ).toEqual(['YingWenQi Jiang', 'Jiadong Tu', 'Yuan Liu', 'Xifeng Gao', 'Xiaoxiao Long', 'Wenping Wang', 'Yuexin Ma']);
  });
});

describe('edited books, "Names (eds.) (2007). Title. Publisher." (cuddington)', () => {
  it('"(eds.)" after the names marks the editors, who are the authors here', () => {
    expect(
      pick(
        'Cuddington, K., Byers, J., Hastings, A. and W. Wilson (eds.) (2007). Ecosystem engineers: Plants to protists. Elsevier/Academic Press.',
      ),
    ).toMatchObject({
      title: 'Ecosystem engineers: Plants to protists',
      authors: ['K. Cuddington', 'J. Byers', 'A. Hastings', 'W. Wilson'],
      year: 2007,
    });
  });
});

describe('a title that ends with a quotation in straight quotes (tewari, bibtex2html)', () => {
  it('keeps the closing quote of the quotation', () => {
    expect(
      pick(
        'Ambuj Tewari. mhealth systems need a privacy-by-design approach: Commentary on "Federated machine learning, privacy-enhancing technologies, and data protection laws in medical research: Scoping review". Journal of Medical Internet Research, 25:e46700, 2023. Invited Commentary.',
      )?.title,
    ).toBe(
      'mhealth systems need a privacy-by-design approach: Commentary on "Federated machine learning, privacy-enhancing technologies, and data protection laws in medical research: Scoping review"',
    );
  });
});

describe('chemistry CVs with the title first and no quotes, "Title, Names and Names, Journal, Year, vol, pages." (ritcey)', () => {
  it('the title runs to the first comma when names and a dated journal follow it', () => {
    expect(
      pick(
        'Nanoparticle size control in microemulsion synthesis, Benoit Richard, Jean-Luc Lemyre and Anna M. Ritcey, Langmuir, 2017, 33(19), 4748–4757.',
      ),
    ).toEqual({
      title: 'Nanoparticle size control in microemulsion synthesis',
      authors: ['Benoit Richard', 'Jean-Luc Lemyre', 'Anna M. Ritcey'],
      year: 2017,
      venue: 'Langmuir',
      doi: undefined,
    });
  });
  it('a comma without a space after the title, and dotted initials without spaces ("Bryan E.G. Lucier")', () => {
    expect(
      pick(
        'Luminescent properties of europium-doped (H3O)Y3F10∙xH2O nanocrystals,Cyril Caron, Denis Boudreau and Anna M. Ritcey, Journal of Materials Chemistry C, 2015, 3(38), 9955-9963.',
      ),
    ).toMatchObject({
      title: 'Luminescent properties of europium-doped (H3O)Y3F10∙xH2O nanocrystals',
      authors: ['Cyril Caron', 'Denis Boudreau', 'Anna M. Ritcey'],
      year: 2015,
      venue: 'Journal of Materials Chemistry C',
    });
    expect(
      pick(
        'Comprehensive Solid-State Characterization of Rare Earth Fluoride Nanoparticles, Bryan E.G. Lucier, Karen E. Johnston, Donna C. Arnold, Jean-Luc Lemyre, Ariane Beaupré, Maxime Blanchette, Anna M. Ritcey, and Robert W. Schurko, Journal of Physical Chemistry, 2014, 118(2), 1213-1228.',
      ),
    ).toMatchObject({
      title: 'Comprehensive Solid-State Characterization of Rare Earth Fluoride Nanoparticles',
      authors: [
        'Bryan E.G. Lucier',
        'Karen E. Johnston',
        'Donna C. Arnold',
        'Jean-Luc Lemyre',
        'Ariane Beaupré',
        'Maxime Blanchette',
        'Anna M. Ritcey',
        'Robert W. Schurko',
      ],
      year: 2014,
    });
  });
});

describe('IEEE without quotes and without "and": "R. Li, W. Gong*, C. Lu*, Title, Journal. 2022, 74, 101139." (cuglirui)', () => {
  it('the names end after the run of initialled names; a next sentence opening with the year makes the part after the comma a venue', () => {
    expect(
      pick(
        'R. Li, W. Gong*, C. Lu*, Two-stage knowledge-driven evolutionary algorithm for distributed flexible job shop scheduling problem with type-2 fuzzy processing time, Swarm and Evolutionary Computation. 2022,74,101139.(IF=10, T1).[paper]',
      ),
    ).toEqual({
      title:
        'Two-stage knowledge-driven evolutionary algorithm for distributed flexible job shop scheduling problem with type-2 fuzzy processing time',
      authors: ['R. Li', 'W. Gong', 'C. Lu'],
      year: 2022,
      venue: 'Swarm and Evolutionary Computation',
      doi: undefined,
    });
  });
});

describe('"Family, I; Family, I. I. J* et al. Title. Journal (2020)." (fabiorjvieira)', () => {
  it('a last initial without its period after dotted ones, "$" and "*" marks, "et al." marking truncation', () => {
    expect(
      pick(
        'Carpenter, E. J; Vieira, F. R. J$ et al. Meta-Omics Reveals Genetic Flexibility of Diatom Nitrogen Transporters in Response to Environmental Changes. Molecular Biology and Evolution (2019).',
      ),
    ).toEqual({
      title: 'Meta-Omics Reveals Genetic Flexibility of Diatom Nitrogen Transporters in Response to Environmental Changes',
      authors: ['E. J Carpenter', 'F. R. J Vieira'],
      year: 2019,
      venue: 'Molecular Biology and Evolution',
      doi: undefined,
    });
  });
  it('"$" marks names only: a TeX title keeps its dollars', () => {
    expect(
      pick('A. Smith, B. Jones. Disorder-free localization in a simple $U(1)$ lattice gauge theory. Phys. Rev. Lett. 120, 2018.')?.title,
    ).toBe('Disorder-free localization in a simple $U(1)$ lattice gauge theory');
  });
  it('"sp." (a species) ends no sentence of the title', () => {
    expect(
      pick(
        'Sato, S; Vieira, F. R. J$ et al. Genome‐enabled phylogenetic and functional reconstruction of an araphid pennate diatom Plagiostriata sp. CCMP470, previously assigned as a radial centric diatom, and its bacterial commensal. Nature Scientific Reports (2020).',
      )?.title,
    ).toBe(
      'Genome‐enabled phylogenetic and functional reconstruction of an araphid pennate diatom Plagiostriata sp. CCMP470, previously assigned as a radial centric diatom, and its bacterial commensal',
    );
  });
  it('a preprint without a venue: the "(Year)" closing the title sentence is its year', () => {
    expect(
      pick('Kritli, S; Vieira, F. R. J* et al. 2dSS: a web server for protein secondary structure visualization (2019).'),
    ).toMatchObject({
      title: '2dSS: a web server for protein secondary structure visualization',
      authors: ['S Kritli', 'F. R. J Vieira'],
      year: 2019,
    });
  });
});

describe('Italian "ed altri" for et al. (renzogaglione)', () => {
  it('marks the names as truncated and is no name (the <h4> title, names, journal and volume lines of an item)', () => {
    expect(
      parseReference(
        'Ultrasound evaluation of the Ovarian hyperstimulation syndrome.\nE. Painvain, M.G. Barlese, F. Mastroianni, G. Balzano, R. Gaglione,L. Dragone ed altri\nActa Europea Fertilitatis\nVol. 18 n. 1 , 1987',
        { title: 'Ultrasound evaluation of the Ovarian hyperstimulation syndrome.' },
      ),
    ).toMatchObject({
      title: 'Ultrasound evaluation of the Ovarian hyperstimulation syndrome',
      authors: ['E. Painvain', 'M.G. Barlese', 'F. Mastroianni', 'G. Balzano', 'R. Gaglione', 'L. Dragone'],
      year: 1987,
      venue: 'Acta Europea Fertilitatis',
      authorsTruncated: true,
    });
  });
});
