/**
 * The reference readers on medicine, public-health and psychology pages (the former heldout48 pages, study14v): a badge
 * of a few CJK characters between a title and its names or after a title (nishida's 筆頭 / 責任 role badges, cgmhburn's
 * 高影響因子), and Vancouver names whose year follows in a sentence of its own ("Kashnitsky I, Gunko M. 2016. Title.").
 * Each string as the page writes it; fields read off it by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, withoutCjkBadges } from '../../lib/text/reference';
import { parsePublicationListText } from '../../lib/text/publist';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('a CJK badge in a line of Latin script (nishida, cgmhburn)', () => {
  it('"Title 高影響因子" over the names: the badge is no part of the title', () => {
    expect(
      pick(
        'Comparison on functional and esthetic outcomes between single and combined surgery to crooked nose deformities 高影響因子\nSoo Ha Kwon, Ta-Jen Lee, Yen-Chang Hsiao, Chien-Chia Huang, Chia-Hsiang Fu, Cheng-I Yen\nJournal of Plastic, Reconstructive & Aesthetic Surgery\nVol. 103, Pages 204-215, 2025 | Impact Factor: 3.8',
      ),
    ).toMatchObject({
      title: 'Comparison on functional and esthetic outcomes between single and combined surgery to crooked nose deformities',
      authors: ['Soo Ha Kwon', 'Ta-Jen Lee', 'Yen-Chang Hsiao', 'Chien-Chia Huang', 'Chia-Hsiang Fu', 'Cheng-I Yen'],
      year: 2025,
    });
  });

  it('"…trial.筆頭責任Kazuki Nishida, …": the badge ends the title; glued to it or to the names, it is left out', () => {
    expect(
      withoutCjkBadges('Pazopanib and antacids: insights from the WHO pharmacovigilance database筆頭責任Kazuki Nishida, Yao Liang'),
    ).toBe('Pazopanib and antacids: insights from the WHO pharmacovigilance database. Kazuki Nishida, Yao Liang');
    expect(withoutCjkBadges('Title of a paper in the CRASH-2 trial.筆頭責任Kazuki Nishida, Hitoshi Mori', true)).toBe(
      'Title of a paper in the CRASH-2 trial.Kazuki Nishida, Hitoshi Mori',
    );
    const scan = parsePublicationListText(
      'A higher START red-criteria count at emergency department arrival is associated with increased 28-day mortality in the CRASH-2 trial.筆頭責任Kazuki Nishida, Hitoshi Mori, Keisuke Nishida, Isao Sakane, Marina Miyagawa, Ryo Emoto, Kota Matsui, Shigeyuki Matsui Scientific reports, 2026.\nHeterogeneity of Clazosentan Benefit after Aneurysmal Subarachnoid Hemorrhage Demonstrated in an Externally Validated Causal Policy Tree.筆頭Kazuki Nishida, Basile Chrétien, Shinsuke Muraoka, Takashi Izumi, Masahiro Nishihori, Shunsaku Goto, Issei Takeuchi, Ryosuke Tashiro, Hiroyuki Sakata, Denis Vivien, Masaaki Mizuno, Hidenori Endo, et al Neurocritical care, 2026.\n',
      new URL('https://example.org/'),
      new Date('2026-12-06'),
    );
    expect(scan.entries.map((e) => e.title)).toEqual([
      'A higher START red-criteria count at emergency department arrival is associated with increased 28-day mortality in the CRASH-2 trial',
      'Heterogeneity of Clazosentan Benefit after Aneurysmal Subarachnoid Hemorrhage Demonstrated in an Externally Validated Causal Policy Tree',
    ]);
  });

  it('leaves CJK text that is a title or a venue alone: a Japanese journal after the title, a Chinese line', () => {
    const venue = 'Nishida K, Matsui S. Title of the paper in English. 日本臨床 2020;78(3):1-5.';
    expect(withoutCjkBadges(venue)).toBe(venue);
    const chinese = '針對亞洲鼻整形短鼻矯正中鼻尖長期穩定度難維持的問題';
    expect(withoutCjkBadges(chinese)).toBe(chinese);
  });
});

describe('Vancouver names, then the year in a sentence of its own (kashnitsky)', () => {
  it('"Kashnitsky I, Gunko M. 2016. Title. Journal": the last initial undotted, the year read', () => {
    expect(
      pick(
        'Kashnitsky I, Gunko M. 2016. Spatial variation of in-migration to Moscow: Testing the effect of housing market. Cities, 59: 30-39. DOI: 10.1016/j.cities.2016.05.025.',
      ),
    ).toEqual({
      title: 'Spatial variation of in-migration to Moscow: Testing the effect of housing market',
      authors: ['I Kashnitsky', 'M Gunko'],
      year: 2016,
      venue: 'Cities',
    });
    expect(
      pick('Kashnitsky I, De Beer J, Van Wissen L. 2017. Economic convergence in ageing Europe. NIDI Working Papers 2017/02. [paper]'),
    ).toMatchObject({ title: 'Economic convergence in ageing Europe', authors: ['I Kashnitsky', 'J De Beer', 'L Van Wissen'], year: 2017 });
  });
});

describe('Vancouver lists of medicine and public health (raza, demullenheim)', () => {
  it('"…, Memon J, Mhajabin S. Knowledge, Attitude, Practice of …": the period after a lone initial ends the names', () => {
    expect(
      pick(
        'Holakouie-Naieni K, Owais R, Nematollahi S, Mensah LE, Memon J, Mhajabin S. Knowledge, Attitude, Practice of Dengue Fever and Its Related Factors among International Students at Tehran University of Medical Sciences. Iranian Journal of Public Health. 2018;47(11):1777-9.',
      ),
    ).toEqual({
      title:
        'Knowledge, Attitude, Practice of Dengue Fever and Its Related Factors among International Students at Tehran University of Medical Sciences',
      authors: ['K Holakouie-Naieni', 'R Owais', 'S Nematollahi', 'LE Mensah', 'J Memon', 'S Mhajabin'],
      year: 2018,
      venue: 'Iranian Journal of Public Health',
    });
  });

  it('"BMC Emergency Medicine.2017;17(1):29": the year glued to the journal\'s period', () => {
    expect(
      pick(
        'Balikuddembe JK, Ardalan A, Khorasani-Zavareh D, Nejati A, Raza O. Weaknesses and capacities affecting the Prehospital emergency care for victims of road traffic incidents in the greater Kampala metropolitan area: a cross-sectional study. BMC Emergency Medicine.2017;17(1):29.',
      ),
    ).toMatchObject({ year: 2017, venue: 'BMC Emergency Medicine' });
  });

  it('"…; de Müllenheim, P.-Y.; on behalf of the SOCOS Group. Title": the group is the last author', () => {
    expect(
      pick(
        'Delahaye, C.; Chaves, D.; Congnard, F.; Noury-Desvaux, B.; de Müllenheim, P.-Y.; on behalf of the SOCOS Group. Measuring Outdoor Walking Capacities Using Global Positioning System in People with Multiple Sclerosis: Clinical and Methodological Insights from an Exploratory Study. Sensors 2021, 21 (9), 3189. https://doi.org/10.3390/s21093189.',
      ),
    ).toMatchObject({
      title:
        'Measuring Outdoor Walking Capacities Using Global Positioning System in People with Multiple Sclerosis: Clinical and Methodological Insights from an Exploratory Study',
      authors: ['C. Delahaye', 'D. Chaves', 'F. Congnard', 'B. Noury-Desvaux', 'P.-Y. de Müllenheim', 'on behalf of the SOCOS Group'],
      year: 2021,
    });
  });

  it('"(Active Vs. Passive)": a title-cased "Vs." ends no sentence', () => {
    expect(
      pick(
        'Ben Abderrahman, A.; Zouhal, H.; Chamari, K.; Thevenet, D.; de Müllenheim, P.-Y.; Gastinger, S.; Tabka, Z.; Prioux, J. Effects of Recovery Mode (Active Vs. Passive) on Performance During a Short High-Intensity Interval Training Program: A Longitudinal Study. European Journal of Applied Physiology 2013, 113 (6), 1373–1383.',
      )?.title,
    ).toBe(
      'Effects of Recovery Mode (Active Vs. Passive) on Performance During a Short High-Intensity Interval Training Program: A Longitudinal Study',
    );
  });
});

describe('a names line run into the journal with a space, as markup alone set them apart (nishida)', () => {
  it('"…, Kota Matsui, Shigeyuki Matsui Scientific reports, 2026.": the last name is the names\', the rest the venue\'s', () => {
    const scan = parsePublicationListText(
      'Pazopanib and antacids: insights from the WHO pharmacovigilance database筆頭責任Kazuki Nishida, Yao Liang, Osamu Maeda, Angélique Da Silva, Yuichi Ando, Basile Chrétien Cancer Chemotherapy and Pharmacology, 2025.\nThe finger-to-nose test improved diagnosis of cerebrovascular events in patients presenting with isolated dizziness in the emergency department.筆頭責任Kazuki Nishida, Takuya Usami, Nana Matsumoto, Mitsuaki Nishikimi, Kunihiko Takahashi, Shigeyuki Matsui Nagoya journal of medical science, 84(3), 621–629, 2022.\n',
      new URL('https://example.org/'),
      new Date('2026-12-06'),
    );
    expect(scan.entries.map((e) => e.authors)).toEqual([
      ['Kazuki Nishida', 'Yao Liang', 'Osamu Maeda', 'Angélique Da Silva', 'Yuichi Ando', 'Basile Chrétien'],
      ['Kazuki Nishida', 'Takuya Usami', 'Nana Matsumoto', 'Mitsuaki Nishikimi', 'Kunihiko Takahashi', 'Shigeyuki Matsui'],
    ]);
  });
});

describe('a subtitle sentence that names the kind of study (jswlab)', () => {
  it('"Title? A systematic review of …", "Title. An ERP study.": the sentence goes on with the title', () => {
    expect(
      pick(
        'Korko, M., Bose, A., Jones, A., Coulson, M., & de Mornay Davies, P. (2024). Do words compete as we speak? A systematic review of picture-word interference (PWI) studies investigating the nature of lexical selection. Psychology of Language and Communication, 28(1), 1-20.',
      ),
    ).toMatchObject({
      title:
        'Do words compete as we speak? A systematic review of picture-word interference (PWI) studies investigating the nature of lexical selection',
      venue: 'Psychology of Language and Communication',
    });
    expect(
      pick(
        'Jones, A., Hughes, G., & Waszak, F. (2013). The interaction between attention and motor prediction. An ERP study. NeuroImage, 83, 533-541.',
      ),
    ).toMatchObject({ title: 'The interaction between attention and motor prediction. An ERP study', venue: 'NeuroImage' });
  });

  it('not a note on the venue after the title ("Title. A F1000 review.")', () => {
    expect(
      parseReference(
        'Klymkowsky, 2019. Filaments & phenotypes: cellular roles and orphan effects associated with mutations in cytoplasmic intermediate filament proteins. A F1000 review.',
        {
          title:
            'Filaments & phenotypes: cellular roles and orphan effects associated with mutations in cytoplasmic intermediate filament proteins',
        },
      )?.title,
    ).toBe(
      'Filaments & phenotypes: cellular roles and orphan effects associated with mutations in cytoplasmic intermediate filament proteins',
    );
  });
});

describe('a degree after a name in a list (kebede)', () => {
  it('"…, Fleur Fritz (PhD), Shitaye Alemu, …": the degree is no part of the name, nor a title', () => {
    expect(
      pick(
        'Adamu Takele Jemere, Yohannes Ezezew Yeneneh, Biniam Tilahun, Fleur Fritz (PhD), Shitaye Alemu, Mihiretu Kebede, Access to mobile phone and willingness to receive mobile phone-based health services among diabetic patients in Northwest Ethiopia, BMJ Open. 2019 Jan 24;9(1):e021766. doi: 10.1136/bmjopen-2018-021766.',
      ),
    ).toMatchObject({
      title:
        'Access to mobile phone and willingness to receive mobile phone-based health services among diabetic patients in Northwest Ethiopia',
      authors: ['Adamu Takele Jemere', 'Yohannes Ezezew Yeneneh', 'Biniam Tilahun', 'Fleur Fritz', 'Shitaye Alemu', 'Mihiretu Kebede'],
      year: 2019,
    });
  });
});
