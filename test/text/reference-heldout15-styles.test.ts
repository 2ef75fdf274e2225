/**
 * The reference-string parser on styles of the former heldout15 pages (Russian GOST "Names Title // Journal. – Year",
 * patents and registered software among papers …), each on entries as a real page writes them. Expected fields read
 * off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('GOST "Names Title // Journal, – Year. – №1 – C. 137-151." (levutkin.github.io, a Word export)', () => {
  it('the title runs to " // ", the venue from there to the first " – " part', () => {
    expect(
      pick(
        'Гуров С.В., Уткин Л.В. Надежность восстанавливаемых резервированных систем с последействием отказов // Автоматика и телемеханика, – 2017. – №1 – C. 137-151. DOI: 10.1134/S000511791701009X',
      ),
    ).toEqual({
      title: 'Надежность восстанавливаемых резервированных систем с последействием отказов',
      authors: ['С.В. Гуров', 'Л.В. Уткин'],
      year: 2017,
      venue: 'Автоматика и телемеханика',
    });
  });
  it('a title\'s own sentences stay in it; a venue\'s own period too ("Известия ЮФУ. Технические науки")', () => {
    expect(
      pick(
        'Мелдо А.А., Уткин Л.В., Моисеенко В.М. Алгоритмы диагностики XXl века. Искусственный интеллект в распознавании рака лёгкого // Практическая онкология. - 2018. - Т.19. - №3. - С. 292 - 298. DOI: 10.31917/1903292',
      ),
    ).toEqual({
      title: 'Алгоритмы диагностики XXl века. Искусственный интеллект в распознавании рака лёгкого',
      authors: ['А.А. Мелдо', 'Л.В. Уткин', 'В.М. Моисеенко'],
      year: 2018,
      venue: 'Практическая онкология',
    });
    expect(
      pick(
        'Уткин Л.В., Мелдо А.А., Ипатов О.С., Рябинин М.А. Медицинские интеллектуальные системы на примере диагностики рака легкого // Известия ЮФУ. Технические науки. – 2018. – №8 – С. 241-249.',
      )?.venue,
    ).toBe('Известия ЮФУ. Технические науки');
  });
  it('a proceedings venue with its own colon and dashes', () => {
    expect(
      pick(
        'Уткин Л.В., Жук Ю.А. Алгоритм классификации интервальных данных с использованием нейронных сетей // Нечеткие системы, мягкие вычисления и интеллектуальные технологии: Труды VII всероссийской научной-практической конференции. – 2017. – Т.2, - СПб.: СПбГЭТУ «ЛЭТИ», С. 166-172.',
      ),
    ).toMatchObject({
      title: 'Алгоритм классификации интервальных данных с использованием нейронных сетей',
      authors: ['Л.В. Уткин', 'Ю.А. Жук'],
      year: 2017,
    });
  });
});

describe('Lattes CV export "FAMILY, I. I., FAMILY, I. I.Title. Journal. , v.5, p.1, 2009." (emap.github.io/fccoelho, Sphinx)', () => {
  it('a title glued to the last initial ("C. T.Dynamic Modeling") starts after it', () => {
    expect(
      pick(
        'COELHO, F. C., CODEÇO, C. T.Dynamic Modeling of Vaccinating Behavior as a Function of Individual Beliefs. PLoS Computational Biology. , v.5, p.e1000425 - , 2009.',
      ),
    ).toMatchObject({
      title: 'Dynamic Modeling of Vaccinating Behavior as a Function of Individual Beliefs',
      authors: ['F. C. COELHO', 'C. T. CODEÇO'],
      year: 2009,
    });
  });
  it('an event paper\'s title runs to " In: " (no period before it)', () => {
    expect(
      pick(
        'Paixão, C. A., Coelho, F. C. Bitstring Model for Resitance in Aedes Aegypti In: 4th conference on computational and mathematical population dynamics, 2013, Taiyuan, Shanxi Province. The Fourth Conference on Computational and Mathematical Population Dynamics. v.1. p.40 - 40. 2013.',
      ),
    ).toMatchObject({ title: 'Bitstring Model for Resitance in Aedes Aegypti', authors: ['C. A. Paixão', 'F. C. Coelho'], year: 2013 });
  });
});

describe('French "I. Family et I. Family, « Title », Venue" (jgravier.github.io, Quarto)', () => {
  it('"et" joins the last name, with or without a comma before it', () => {
    expect(
      pick(
        'J. Gravier et M. Barthelemy, « A typology of activities over a century of urban growth », Nature Cities, vol. 1, issue 9, 2024, p. 567–575. DOI: 10.1038/s44284-024-00108-7 . Accessible on: hal-04691067',
      ),
    ).toMatchObject({
      title: 'A typology of activities over a century of urban growth',
      authors: ['J. Gravier', 'M. Barthelemy'],
      year: 2024,
    });
    expect(
      pick(
        'J. Gravier, L. Nahassia, D. Michelet, N. Verdier, et M. Olteanu, « Trajectoire », in Le temps long du peuplement. Concepts et mots clés, L. Sanders, A. Bretagnolle, P. Brun, M.-V. Ozouf-Marignier, et N. Verdier, Éd., Tours: Presses universitaires François Rabelais, 2020, p. 107 à 125.',
      ),
    ).toMatchObject({
      title: 'Trajectoire',
      authors: ['J. Gravier', 'L. Nahassia', 'D. Michelet', 'N. Verdier', 'M. Olteanu'],
      year: 2020,
    });
  });
});

describe('pages that name only the coauthors ("with …", "mit …"): the owner is never written', () => {
  it('"Title, with I. Family and I. Family, appeared here in Journal, 2021." (tmkempton.github.io)', () => {
    expect(
      pick(
        'Computing Garsia Entropy for Bernoulli Convolutions with Algebraic Parameters, with K. Hare, N. Sidorov and T. Persson, appeared here in Nonlinearity, 2021.',
      ),
    ).toMatchObject({
      title: 'Computing Garsia Entropy for Bernoulli Convolutions with Algebraic Parameters',
      authors: ['K. Hare', 'N. Sidorov', 'T. Persson'],
      year: 2021,
    });
    expect(pick('Towards Absolutely Continuous Bernoulli Convolutions, with A. Batsis, Preprint 2021.')).toMatchObject({
      title: 'Towards Absolutely Continuous Bernoulli Convolutions',
      authors: ['A. Batsis'],
      year: 2021,
    });
    expect(pick('Self-Affine Sets with Positive Lebesgue Measure (with K. Dajani and K. Jiang), Indag. Math 2014.')).toMatchObject({
      title: 'Self-Affine Sets with Positive Lebesgue Measure',
      authors: ['K. Dajani', 'K. Jiang'],
      year: 2014,
    });
  });
  it('a card\'s "2017-07 mit Family, Given & Family, Given" line under the title (felixlohmeier.de)', () => {
    expect(
      pick(
        'Editorial Schwerpunkt “Openness” - Warum Openness in Kultur und Wissenschaft?\n2017-07 mit Fahrenkrog, Gabriele & Meyer, Sebastian\nZeitschrift Informationspraxis, Bd. 3, Nr. 1 (2017).\nDOI: 10.11588/ip.2017.1.39826',
      ),
    ).toMatchObject({
      title: 'Editorial Schwerpunkt “Openness” - Warum Openness in Kultur und Wissenschaft?',
      authors: ['Gabriele Fahrenkrog', 'Sebastian Meyer'],
      year: 2017,
    });
  });
});

describe('notes after a title', () => {
  it('"Title (regular paper). Venue" (jmbruel.github.io): the kind of paper is a note, not part of the title', () => {
    expect(
      pick(
        'Mohammad Chami, Jean-Michel Bruel. Towards an Integrated Conceptual Design Evaluation of Mechatronic Systems: The SysDICE Approach (regular paper). International Conference on Computational Science (ICCS 2015), Vol. 51, Elsevier, p. 650-659, juillet 2015.',
      )?.title,
    ).toBe('Towards an Integrated Conceptual Design Evaluation of Mechatronic Systems: The SysDICE Approach');
  });
  it("a card's title over two lines keeps its own punctuation once (felixlohmeier.de)", () => {
    expect(
      pick(
        'Experiment Makerspace in der SLUB.\nEin neuer Ort der Wissensproduktion.\n2014-07 mit Bonte, Achim & Oehm, Lukas\nBIS - Das Magazin der Bibliotheken in Sachsen 7 (2014), H. 2, S. 74-76.',
      )?.title,
    ).toBe('Experiment Makerspace in der SLUB. Ein neuer Ort der Wissensproduktion');
  });
});

describe('"Names (Year) Title, in 6th National Conference, …" (steve063.github.io/pardalote, Dreamweaver)', () => {
  it('", in " before an ordinal ends the title', () => {
    expect(
      pick(
        'Robinson, A., Kirkbright, S. (2001) The World Wide Web: an Information Tool, in 6th National Rural Health Conference, Incorporating Infront Outback – ‘Good health ~ Good Country, from conception to completion, 4-7 March 2001, National Convention Centre Canberra.’ Canberra, National Rural Health Alliance. (CD-Rom) (Non-refereed paper).',
      ),
    ).toMatchObject({ title: 'The World Wide Web: an Information Tool', authors: ['A. Robinson', 'S. Kirkbright'], year: 2001 });
  });
});

describe('patents and registered software are not papers', () => {
  it('"Патент на изобретение № …" and "Свидетельство о государственной регистрации программ для ЭВМ № …"', () => {
    expect(
      parseReference(
        'Уткин Л.В., Рябинин М.Ю., Мелдо А.А., Лукашин А.А. Интеллектуальный способ диагностики и обнаружения новообразований в легких. Патент на изобретение № 2668699. Приоритет изобретения 21.05.2018. Дата гос. регистрации 02.10.2018.',
      ),
    ).toBeNull();
    expect(
      parseReference(
        'Рябинин М.А., Уткин Л.В. Программа разделения обучающих данных в пространстве признаков в соответствии с их принадлежностью одному или различным классам. Свидетельство о государственной регистрации программ для ЭВМ № 2017661688. Зарегистрирована в Реестре программ для ЭВМ 18.10.2017 г.',
      ),
    ).toBeNull();
  });
});
