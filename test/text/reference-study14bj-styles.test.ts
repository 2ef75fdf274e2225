import { describe, expect, it } from 'vitest';
import { LABEL_ONLY, parseReference, readAuthorBlock } from '../../lib/text/reference';

/** Reference strings of the dev pages that were heldout75 (study14bj), quoted from the pages. */
describe('GB/T 7714 in Chinese written without spaces (zhanglei)', () => {
  it('"Names.Title[J].Journal,Year,(Issue):Pages.": the glued period ends the names, the mark the title', () => {
    const r = parseReference('[1] 殷俊,张磊.崇拜与怀疑：乌尔姆科学设计的知识发展与批判[J].艺术设计研究(中英文),2026,(02):81-87+140.');
    expect(r).toMatchObject({
      title: '崇拜与怀疑：乌尔姆科学设计的知识发展与批判',
      authors: ['殷俊', '张磊'],
      year: 2026,
      venue: '艺术设计研究(中英文)',
    });
  });

  it('a title of seven characters, one word, closed by its [J] mark', () => {
    const r = parseReference('[22] 张磊.现代设计在中国[J].美术大观, 2016, (09): 88-91.');
    expect(r).toMatchObject({ title: '现代设计在中国', authors: ['张磊'], year: 2016, venue: '美术大观' });
  });

  it('a book\'s short title with digits and a slash, closed by "[M]"', () => {
    const r = parseReference('[1] 张磊,曹楠. 2024生/成[M].上海: 同济大学出版社,2025.');
    expect(r).toMatchObject({ title: '2024生/成', authors: ['张磊', '曹楠'], year: 2025 });
  });

  it('a chapter "[C]//" whose year is glued to the period after the book\'s title', () => {
    const r = parseReference('[10] 张磊.超设计的悖论[C]//戈洪主编.《新平面10》.2007.');
    expect(r).toMatchObject({ title: '超设计的悖论', authors: ['张磊'], year: 2007 });
  });

  it('a translated book: a foreign name in Chinese characters parted by a middle dot, the translators after the mark', () => {
    const r = parseReference('[3] 阿图罗·埃斯科瓦尔.为多元世界的设计[M](张磊,武塑杰译). 南京: 江苏凤凰美术出版社,2023.');
    expect(r).toMatchObject({ title: '为多元世界的设计', authors: ['阿图罗·埃斯科瓦尔'], year: 2023 });
  });

  it('a title holding such a name is no row of link labels', () => {
    expect(LABEL_ONLY.test('阿图罗·埃斯科瓦尔的设计人类学思想研究')).toBe(false);
    expect(LABEL_ONLY.test('Manuscript · Preprint')).toBe(true);
    const r = parseReference('[8] 张磊,武塑杰.阿图罗·埃斯科瓦尔的设计人类学思想研究[J].艺术设计研究, 2023, (03): 42-47+68.');
    expect(r).toMatchObject({ title: '阿图罗·埃斯科瓦尔的设计人类学思想研究', authors: ['张磊', '武塑杰'], year: 2023 });
  });
});

describe('"(Year): Title" over the owner\'s coauthors line (huse)', () => {
  it('the year and its colon date the entry; the "with" line names the coauthors', () => {
    const r = parseReference(
      '(2022): Salience and Policy Instruments: Evidence from the Auto Market\nwith Nikita Koptyug\nJAERE -- Journal of the Association of Environmental and Resource Economist 9 (2): 345-382.',
    );
    expect(r).toMatchObject({
      title: 'Salience and Policy Instruments: Evidence from the Auto Market',
      authors: ['Nikita Koptyug'],
      year: 2022,
    });
  });
});

describe('"Names - Title - Venue - DOI" lines (ricardozago)', () => {
  it('the whole first dash part is the names, the second the title', () => {
    const r = parseReference(
      'Ricardo M. Zago, Luciane A. S. Pedotti - BERTugues: A Novel BERT Transformer Model Pre-trained for Brazilian Portuguese - Semina: Ciências Exatas e Tecnológicas (Volume: 45, Número 1, Dezembro 2024) - DOI: 10.5433/1679-0375.2024.v45.50630',
    );
    expect(r).toMatchObject({
      title: 'BERTugues: A Novel BERT Transformer Model Pre-trained for Brazilian Portuguese',
      authors: ['Ricardo M. Zago', 'Luciane A. S. Pedotti'],
      year: 2024,
      ids: { doi: '10.5433/1679-0375.2024.v45.50630' },
    });
  });

  it('a venue with a comma of its own, and an undated post dated by its year heading', () => {
    expect(
      parseReference(
        'Ricardo M. Zago, Fabiano Fruett - A low-cost solar generation monitoring system suitable for internet of things - 2017 2nd International Symposium on Instrumentation Systems, Circuits and Transducers (INSCIT) - DOI: 10.1109/INSCIT.2017.8103509;',
      ),
    ).toMatchObject({
      title: 'A low-cost solar generation monitoring system suitable for internet of things',
      authors: ['Ricardo M. Zago', 'Fabiano Fruett'],
      year: 2017,
    });
    expect(
      parseReference('Ricardo M. Zago - Modelos utilizados para processamento de linguagem natural - Medium de Dados do Itaú', {
        groupYear: 2022,
      }),
    ).toMatchObject({ title: 'Modelos utilizados para processamento de linguagem natural', authors: ['Ricardo M. Zago'], year: 2022 });
  });
});

describe('"Names - Title. Venue, Year - DOI" (ricardozago)', () => {
  it("the title part runs to its sentence's period, the venue on from there", () => {
    const r = parseReference(
      'Fabiano Fruett, Andre A. O. Barbosa, Luiz R. S. Souza, Matheus M. Santos, Henrique F. Lopes, Ricardo M. Zago, Murilo Nicolau, Fábio Kubo - Lançador de bolas de tênis sensoriado e automatizado com interface bluetooth. Revista dos Trabalhos de Iniciação Científica da UNICAMP, [S. l.], n. 26, 2019 - DOI: 10.20396/revpibic2620181419;',
    );
    expect(r).toMatchObject({
      title: 'Lançador de bolas de tênis sensoriado e automatizado com interface bluetooth',
      authors: [
        'Fabiano Fruett',
        'Andre A. O. Barbosa',
        'Luiz R. S. Souza',
        'Matheus M. Santos',
        'Henrique F. Lopes',
        'Ricardo M. Zago',
        'Murilo Nicolau',
        'Fábio Kubo',
      ],
      year: 2019,
    });
    expect(r?.venue).toMatch(/^Revista dos Trabalhos de Iniciação Científica da UNICAMP/);
  });
});

describe('ABNT names, upper-case family names first (grupovidar)', () => {
  it('"FAMILY, Given, FAMILY, Given e FAMILY, Given": commas for semicolons, a bare "e" before the last', () => {
    expect(readAuthorBlock('OLIVEIRA, Caroline, COSTA, Mônica e AIKAWA, Monica.', 'surname-given')?.names).toEqual([
      'Caroline OLIVEIRA',
      'Mônica COSTA',
      'Monica AIKAWA',
    ]);
  });

  it("a Portuguese name's many given names, a particle among them", () => {
    expect(readAuthorBlock('NETA, Ana Maria Xavier da Silva', 'surname-given')?.names).toEqual(['Ana Maria Xavier da Silva NETA']);
    // Five given names without a particle are no one's.
    expect(readAuthorBlock('NETA, Ana Maria Xavier Souza Silva', 'surname-given')).toBeNull();
  });

  it('not a Chicago list whose last name is given first', () => {
    expect(readAuthorBlock('Amaral, Fernando, Pedro Rabelo e João Silva', 'surname-given')?.names).not.toContain('João SILVA');
  });
});

describe("a badge of the work's kind in Chinese over the title (luckyjiaxu)", () => {
  it('"期刊" (journal article) is no name', () => {
    const r = parseReference(
      '期刊\nSimplified analysis of MHD flow in a porous surrounding bounded by an oscillating vertical cylindrical surface\nWu, Y., Xu, J.\n横向磁场下考虑辐射效应的数学建模研究',
      { groupYear: 2022 },
    );
    expect(r?.authors ?? []).not.toContain('期刊');
  });

  it('a two-character Chinese name still is one', () => {
    expect(parseReference('[1] 曾碧,张磊.现代设计在中国[J].美术大观, 2016, (09): 88-91.')?.authors).toEqual(['曾碧', '张磊']);
  });
});

describe('a venue line that is a journal, under "(Year): Title" (huse)', () => {
  it('"Nature Energy" is no name', () => {
    const r = parseReference(
      '(2018): Fuel Choice and Fuel Demand Elasticities in Markets with Flex-fuel Vehicles\nNature Energy\n-- paper',
    );
    expect(r?.authors ?? []).not.toContain('Nature Energy');
  });
});

describe('a link label "(PDF file)" after the title (davidwillis)', () => {
  it('is no part of the title', () => {
    const r = parseReference(
      "Willis, David. 2011. A minimalist approach to Jespersen's cycle in Welsh (PDF file). In Dianne Jonas, John Whitman & Andrew Garrett (eds.), Grammatical change: Origins, natures, outcomes, 93-119. Oxford: Oxford University Press.",
    );
    expect(r).toMatchObject({ title: "A minimalist approach to Jespersen's cycle in Welsh", authors: ['David Willis'], year: 2011 });
  });

  it('a file named in the title stays', () => {
    expect(parseReference('Smith, John. 2011. Reading the PDF file format. Journal of Documents 3, 1-9.')?.title).toBe(
      'Reading the PDF file format',
    );
  });
});

describe('"Title – Subtitle" over its names line (zerouali), not dash parts names first', () => {
  it('a title whose first words read as a name', () => {
    const r = parseReference(
      '[C13] - Variant Forks – Motivations and Impediments\nJohn Businge, Ahmed Zerouali, Alexandre Decan, Tom Mens, Serge Demeyer, Coen De Roover\n29th IEEE International Conference on Software Analysis, Evolution, and Reengineering (SANER) - 2022',
    );
    expect(r?.title).not.toBe('Motivations and Impediments');
    expect(r?.authors).not.toEqual(['Variant Forks']);
  });
});

describe('a quoted translation in brackets after the title (davidwillis)', () => {
  it("is the title's own", () => {
    const r = parseReference(
      "Willis, David. 2014. Newid ac amrywiaeth mewn Cymraeg cyfoes ['Variation and change in contemporary Welsh']. In Delyth Prys (ed.), Ysgrifau ar ieithyddiaeth a geiriaduraeth Gymraeg. Carmarthen: Coleg Cymraeg Cenedlaethol, 84-102.",
    );
    expect(r).toMatchObject({
      title: "Newid ac amrywiaeth mewn Cymraeg cyfoes ['Variation and change in contemporary Welsh']",
      authors: ['David Willis'],
      year: 2014,
    });
  });

  it('a note in brackets is not', () => {
    expect(parseReference('Smith, John. 2014. Reading the tea leaves [Conference poster]. Annual Meeting of Tea, Boston.')?.title).toBe(
      'Reading the tea leaves',
    );
  });
});
