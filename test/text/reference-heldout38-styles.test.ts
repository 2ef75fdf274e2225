/**
 * The reference-string parser on styles of the former heldout38 pages (social sciences and humanities, German, Portuguese,
 * French pages): coauthors named after the citation ("With A.", "Com A, B e C."), names "A / B, Title, in: Venue",
 * "Name: Title. In: Journal", "(mit A), Title, in: …", statuses "[in Vorbereitung]". Expected fields read off the strings.
 */
import { describe, expect, it } from 'vitest';
import { coauthorsIntroLength } from '../../lib/text/names';
import { parseReference } from '../../lib/text/reference';

const read = (text: string, title?: string) => {
  const r = parseReference(text, title ? { title } : {});
  return r && [r.title, r.authors, r.year, r.venue];
};

describe('coauthors named after the citation (an owner writes only them)', () => {
  it('knows what introduces them in several languages', () => {
    expect(coauthorsIntroLength('With Elisa Dienesch.')).toBe(5);
    expect(coauthorsIntroLength('Com Filomena Nádia Rodrigues Bezerra e José Lemos.')).toBe(4);
    expect(coauthorsIntroLength('en coautoría con Micaela Finoli')).toBe(17);
    expect(coauthorsIntroLength('Comparative advantage')).toBe(0);
    expect(coauthorsIntroLength('with the data')).toBe(0);
  });

  it('reads "Title. Journal, 85, 587–614, 2023. With A. | | |" with the one coauthor (candau)', () => {
    const title = 'Climate Change Fosters International Cooperation: Evidence from Water Treaties';
    expect(read(`${title}. Environmental and Resource Economics, 85, 587–614, 2023. With Tchapo Gbandi. | | |`, title)).toEqual([
      title,
      ['Tchapo Gbandi'],
      2023,
      'Environmental and Resource Economics',
    ]);
  });

  it('reads Portuguese "Com A, B e C." without the word "Com" in the first name (miro)', () => {
    const title = 'Crédito rural e mitigação climática: evidências do Programa ABC no Brasil';
    expect(
      read(
        `${title}. Revista de Economia e Sociologia Rural, v. 64, p. e301905-23, 2026. Com Filomena Nádia Rodrigues Bezerra, José de Jesus Sousa Lemos, Kilmer Coelho Campos e Fernando Antônio Teixeira Mendes.`,
        title,
      )?.[1],
    ).toEqual([
      'Filomena Nádia Rodrigues Bezerra',
      'José de Jesus Sousa Lemos',
      'Kilmer Coelho Campos',
      'Fernando Antônio Teixeira Mendes',
    ]);
  });

  it('takes no "Revista de Economia e Sociologia Rural" for two names joined by "e" (miro)', () => {
    const title = 'Crédito rural e produção das lavouras temporárias nos distintos cenários do nordeste brasileiro';
    expect(
      read(
        `${title}. Revista de Economia e Sociologia Rural 61(1): e247380, 2023. Com Thyena Karen Magalhães Dias e Edward Martins Costa.`,
        title,
      ),
    ).toEqual([title, ['Thyena Karen Magalhães Dias', 'Edward Martins Costa'], 2023, 'Revista de Economia e Sociologia Rural']);
  });
});

describe('German humanities citations, names first and the venue after "In:"', () => {
  it('reads "Name: Title. In: Journal 11 (2025), S. 1–15, online." (sappho)', () => {
    expect(
      read(
        'Laura Untner: From Wikidata to CIDOC CRM: A Use Case Scenario for Digital Comparative Literary Studies. In: Journal of Open Humanities Data 11 (2025), S. 1–15, online.',
      ),
    ).toEqual([
      'From Wikidata to CIDOC CRM: A Use Case Scenario for Digital Comparative Literary Studies',
      ['Laura Untner'],
      2025,
      'Journal of Open Humanities Data',
    ]);
  });

  it('reads an edited book "Name (Hg.): Title. Place: Publisher Year." (sappho)', () => {
    expect(
      read(
        'Laura Untner (Hg.): Sappho. Texte zur literarischen Rezeption im deutschsprachigen Raum. Würzburg: Königshausen & Neumann 2023.',
      )?.slice(0, 3),
    ).toEqual(['Sappho. Texte zur literarischen Rezeption im deutschsprachigen Raum', ['Laura Untner'], 2023]);
  });

  it('reads names joined by " / " before ", Title, in: …" (legalkraus)', () => {
    expect(
      read(
        'Isabel Langkabel / Katharina Prager, Karl Kraus’ polemische Praktiken in der Ersten Republik, in: Musil-Forum. Studien zur Literatur der klassischen Moderne, hg. v. Norbert Christian Wolf u. Rosmarie Zeller. Bd. 36, Berlin 2021, 227–242.',
      )?.slice(0, 3),
    ).toEqual(['Karl Kraus’ polemische Praktiken in der Ersten Republik', ['Isabel Langkabel', 'Katharina Prager'], 2021]);
  });

  it('reads a forthcoming paper "[in Vorbereitung]" with no year (legalkraus)', () => {
    expect(
      read(
        'Vanessa Hannesschläger / Isabel Langkabel, „Das reine Banditenblatt“: Die Verhandlung eines Zitats in einem juristischen Verfahren und in der Fackel, in: Beihefte zu editio, Berlin [in Vorbereitung].',
      )?.slice(0, 3),
    ).toEqual([
      '„Das reine Banditenblatt“: Die Verhandlung eines Zitats in einem juristischen Verfahren und in der Fackel',
      ['Vanessa Hannesschläger', 'Isabel Langkabel'],
      undefined,
    ]);
  });

  it('reads an owner\'s "(mit A), Title, in: Editors (Hrsg.), Book, …" and "(mit A), Title, Journal, Nr. 6, 2002" (brunner)', () => {
    expect(
      read(
        '(zusammen mit Tim Voigt), Innovation Processes in Cooperative Organizations, in: Hendrikse, G., Windsperger, J. (Hrsg), Strategy and Governance of Networks, Heidelberg, Springer, 2008, S. 47-62.',
      )?.slice(0, 3),
    ).toEqual(['Innovation Processes in Cooperative Organizations', ['Tim Voigt'], 2008]);
    expect(
      read('(mit Volker Beuthien), Haben Wohnungsgenossenschaften eine Zukunft?, Die Wohnungswirtschaft, Nr. 6, 2002, S. 14-19.')?.slice(
        0,
        3,
      ),
    ).toEqual(['Haben Wohnungsgenossenschaften eine Zukunft?', ['Volker Beuthien'], 2002]);
  });

  it('takes no single name before a comma without "in:" after it, nor a title before a colon', () => {
    expect(read('Isabel Langkabel, Abscheu oder Lust, Leipzig 2021.')).toBeNull();
    expect(read('Deep Learning: A Survey of Methods. In: Neural Computing 12 (2020), S. 1–15.')?.[1] ?? []).not.toContain('Deep Learning');
  });
});

describe('typing variants of PubMed lists and numbered lists', () => {
  it('reads "et. al,." and "et. al.,." closing the names, and "….." for names left out (ahmed)', () => {
    const r = parseReference(
      'Ahmed KY, et. al,. Cardiometabolic Outcomes Among Adults With Abdominal Obesity and Normal Body Mass Index. JAMA Netw Open. 2025 Oct 1;8(10):e2537942.',
    );
    expect([r?.title, r?.authorsTruncated, r?.venue]).toEqual([
      'Cardiometabolic Outcomes Among Adults With Abdominal Obesity and Normal Body Mass Index',
      true,
      'JAMA Netw Open',
    ]);
    const s = parseReference(
      'Kassa ZY, ….., Ahmed KY. Implementation, effectiveness, and barriers of obstetric triage in reducing waiting time: a scoping review. Reprod Health. 2025 Mar 21;22(1):43.',
    );
    expect([s?.authors.length, s?.authorsTruncated, s?.year]).toEqual([2, true, 2025]);
  });

  it('reads "7- Names (Year). Title." numbered with a dash (gallon)', () => {
    expect(
      read(
        '7- Leroy, B., Gallon, R.K., Feunteun, E., Robuchon, M., Ysnel F. (2017). Cross-taxon congruence in the rarity of subtidal rocky marine assemblages: No taxonomic shortcut for conservation monitoring. Ecological Indicators, 77, 239–249.',
      )?.slice(0, 3),
    ).toEqual([
      'Cross-taxon congruence in the rarity of subtidal rocky marine assemblages: No taxonomic shortcut for conservation monitoring',
      ['B. Leroy', 'R.K. Gallon', 'E. Feunteun', 'M. Robuchon', 'F. Ysnel'],
      2017,
    ]);
  });

  it('leaves Spanish "en" out of a venue ("Title, en Revista …, 2013")', () => {
    const title = 'Una Mirada desde los Movimientos Sociales al Pasado';
    expect(
      parseReference(`${title}, en Revista Argentina de Teoría Jurídica, Vol. 14, No. 1, julio de 2013`, { title, allowNoAuthors: true })
        ?.venue,
    ).toBe('Revista Argentina de Teoría Jurídica');
  });
});
