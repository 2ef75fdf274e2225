import { describe, expect, it } from 'vitest';
import { parseReference, splitRunTogetherNamesAsList } from '../../lib/text/reference';

/** Author lists of dev pages whose names were read inexactly (study14bg), quoted from the pages. */
describe('two names a missing comma ran together', () => {
  it('split where another entry of the list writes both names apart (ewanklein)', () => {
    const refs = [
      parseReference(
        'Gerald Gazdar, Ewan Klein, and Geoffrey K. Pullum, editors. Order, Concord, and Constituency. Foris, Dordrecht, 1993.',
      ),
      parseReference(
        'Ewan Klein Gerald Gazdar and Geoffrey K. Pullum, editors. A Bibliography of Contemporary Linguistic Research. Garland Press, New York, 1978. xviii+425 pp.',
      ),
    ];
    expect(refs[1]?.authors).toEqual(['Ewan Klein Gerald Gazdar', 'Geoffrey K. Pullum']);
    splitRunTogetherNamesAsList(refs);
    expect(refs[1]?.authors).toEqual(['Ewan Klein', 'Gerald Gazdar', 'Geoffrey K. Pullum']);
    expect(refs[0]?.authors).toEqual(['Gerald Gazdar', 'Ewan Klein', 'Geoffrey K. Pullum']);
  });

  it('split two initialled names run together, without another entry (romy)', () => {
    const refs = [
      parseReference(
        'Gebauer A., M. Tercjak, K. U. Schreiber, J. Kodet U. Hugentobler, H. Igel, J. Wassermann F. Bernauer, C. J. Lin , S. Egdorf, A. Simonelli and J.-P. R. Wells, All Optical Reconstruction of the Instantaneous Earth Rotation Vector from a Large Scale Laser Gyroscopic Array, https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.125.033605.',
      ),
    ];
    splitRunTogetherNamesAsList(refs);
    expect(refs[0]?.authors.slice(3, 7)).toEqual(['J. Kodet', 'U. Hugentobler', 'H. Igel', 'J. Wassermann']);
  });

  it('not a long name whose halves no other entry writes apart ("Luis Daniel Benavides Navarro")', () => {
    const refs = [
      parseReference(
        'Luis Daniel Benavides Navarro, Rémi Douence, Angel Nuñez, and Mario Südholt. LTS-based semantics and property analysis of distributed aspects and invasive patterns. In 3rd International Workshop on Aspects, Dependencies and Interactions, July 2008.',
      ),
      parseReference(
        'Ismael Mejía, Mario Südholt, and Luis Daniel Benavides Navarro. A study of invasive composition for the evolution of a health information system. In Proceedings of the 2nd international workshop on Variability and composition, 2011.',
      ),
    ];
    splitRunTogetherNamesAsList(refs);
    expect(refs[0]?.authors[0]).toBe('Luis Daniel Benavides Navarro');
    expect(refs[1]?.authors[2]).toBe('Luis Daniel Benavides Navarro');
  });
});

describe('titles read whole', () => {
  it("a status in parentheses closing the title, in the page's language (berncoda)", () => {
    const r = parseReference(
      'Payne, Annick Daniela; Castellano, Lorenzo; d’Alfonso, Lorenzo (2018). Palaeographic Database for the Anatolian Hieroglyphic script 1.0 (Im Druck). In: Giusfredi, F. (Hg.) Formal Representation and the Digital Humanities. Cambridge Scholars Publishing',
    );
    expect(r?.title).toBe('Palaeographic Database for the Anatolian Hieroglyphic script 1.0');
  });

  it('a subtitle naming the kind of study after a question, in title case or hyphenated (cuddington, ekholm)', () => {
    expect(
      parseReference(
        'Beisner, B. and K. Cuddington. Why a history of ecology? An Introduction. In Cuddington, K., and B. Beisner (eds.) (2005). Ecological Paradigms Lost: Routes to Theory Change. Elsevier/Academic Press. p. 1-6.',
      )?.title,
    ).toBe('Why a history of ecology? An Introduction');
    const r = parseReference(
      'Chow, J.C., & Ekholm, E. (2018). Do published studies yield larger effect sizes than unpublished studies in education and special education? A meta-review. Educational Psychology Review, 30(3), 727-744. https://doi.org/10.1007/s10648-018-9437-7.',
    );
    expect(r).toMatchObject({
      title: 'Do published studies yield larger effect sizes than unpublished studies in education and special education? A meta-review',
      venue: 'Educational Psychology Review',
    });
  });

  it('a straight single quote that closes a quotation inside the title stays (kanemoto)', () => {
    const r = parseReference(
      '1. Kanemoto, Y., "Comment on \'Homogeneous Utility Functions and Equality in the Optimum Town: A Note\'," Swedish Journal of Economics 76, 348-350, (1974).',
    );
    expect(r?.title).toBe("Comment on 'Homogeneous Utility Functions and Equality in the Optimum Town: A Note'");
  });

  it('after a curly quotation inside it too (lau)', () => {
    expect(
      parseReference(
        "Lau, J.Y.F. (forthcoming). Comments on 'Medical Malpractice, Procreation, and “Wrongful Life”'. The Lanson Lecture in Bioethics 2023-24.",
      )?.title,
    ).toBe("Comments on 'Medical Malpractice, Procreation, and “Wrongful Life”'");
  });

  it('not a journal whose name opens with "A Review of"', () => {
    const r = parseReference('Smith, J. (2019). Why do firms merge? Review of Economic Studies, 86(2), 1-30.');
    expect(r).toMatchObject({ title: 'Why do firms merge?' });
  });
});

describe('a period typed for the comma between a family name and its initials', () => {
  it('"Wilkerson. T." among "Family, I." names (blochelkouby)', () => {
    const r = parseReference(
      'Bloch‐Elkouby, S., Gorman, B., Lloveras, L., Wilkerson. T., Schuck, A., Barzilay, S., Calati, R., Schnur, D., & Galynker, I. (2020). How do distal and proximal risk factors combine to predict suicidal ideation and behaviors? A prospective study of the narrative crisis model of suicide. Journal of Affective Disorders, 277, 914-926. https://doi.org/10.1016/j.jad.2020.08.088',
    );
    expect(r?.authors.slice(2, 5)).toEqual(['L. Lloveras', 'T. Wilkerson', 'A. Schuck']);
  });

  it('"Hoogenboezem. R" among undotted initials (mahony)', () => {
    const r = parseReference(
      'Gioacchino, E, Koyunlar, C, Peulen, J, de Looper, H, de Jong, M, Dobrzycki, T, Mahony, CB, Hoogenboezem. R, Bosch, D, van Strien, P, van Royen, M, French, P, Bindels, E, Monteiro, R, Gussinklo, E, Touw, I and de Pater, E, “Essential role for Gata2 in modulating lineage output from hematopoietic stem cells identified in zebrafish”, Blood adv., 2021.',
    );
    expect(r?.authors.slice(6, 9)).toEqual(['CB Mahony', 'R Hoogenboezem', 'D Bosch']);
  });
});

describe('a generation after the initials of an inverted name', () => {
  it('"Manahan, M. Jr." is M. Manahan Jr. (kumbur)', () => {
    const r = parseReference(
      'Manahan, M. Jr., Hatzell, M. C., Kumbur, E. C., and Mench, M. M., 2011, Laser perforated fuel cell diffusion media Part I: Related changes in performance and water content," Journal of Power Sources, 196(13), 5573-5582.',
    );
    expect(r?.authors).toEqual(['M. Manahan Jr.', 'M. C. Hatzell', 'E. C. Kumbur', 'M. M. Mench']);
  });
});

describe('a venue after a quoted title is no list of names', () => {
  it('"Revue Économique", "L\'Actualité Economique, Revue d\'Analyse Economique" (dubois)', () => {
    expect(
      parseReference(
        '"Aléa moral, Fertilité de la Terre et Choix de Contrats aux Philippines", Revue Économique, Mai 1999, 50, 3, 621-632',
      ),
    ).toMatchObject({ title: 'Aléa moral, Fertilité de la Terre et Choix de Contrats aux Philippines', authors: [], year: 1999 });
    expect(
      parseReference(
        `"Consommation, Partage de Risque et Assurance Informelle: Modèles Théoriques et Tests Empiriques", L'Actualité Economique, Revue d'Analyse Economique, Vol. 78, n° 1, 115-149, March 2002`,
      ),
    ).toMatchObject({ authors: [], venue: "L'Actualité Economique, Revue d'Analyse Economique", year: 2002 });
  });
});
