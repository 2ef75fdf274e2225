import { describe, expect, it } from 'vitest';
import { isNamesOnlyLine, parseReference } from '../../lib/text/reference';
import { parseVisibleText } from '../../lib/text/parse';

/**
 * The text reader on a selection (study14ae): "Title / Names (2026) / Journal" cards (biolcomp), "Names (2022). / Title.
 * / Venue." entries with a topic tag above some of them and a section of talks (fabisch), a title run into its names
 * and year (biolcomp's "All Publications").
 */
const read = (text: string) =>
  parseVisibleText(text, new URL('https://lab.example.org/publications.html'), new Date('2026-12-02T12:00:00Z')).entries.map((e) => [
    e.title,
    e.authors.length,
    e.year,
    e.venue,
  ]);

const rucatti =
  'Guilherme Gischkow Rucatti, Francisco Muñoz-Carvajal, Nicole Sanhueza, Sebastian Oyarce-Pezoa, Yesid Cuesta-Astroz, Leandro Murgas, Melissa Caru-Ruiz, Alberto J.M. Martin, Melissa Calegaro-Nassif, Carol D. SanMartín & Mario Sanhueza (2026)';

describe('a line of names and its year is no reference (biolcomp)', () => {
  it('reads as names only, the year in parentheses after them', () => {
    expect(isNamesOnlyLine(rucatti)).toBe(true);
    expect(isNamesOnlyLine('Fabisch, A., Uliano, M., Marschner, D., Laux, M. (2022).')).toBe(true);
    expect(isNamesOnlyLine('The Vitamin D Receptor Ortholog Hr96 Modulates Neuronal Dynamics (2026)')).toBe(false);
  });

  it('is not read as names up to a middle initial and a title "SanMartín & Mario Sanhueza"', () => {
    expect(parseReference(rucatti)).toBeNull();
  });

  it('a middle initial before the last family name and "&" is no sentence end', () => {
    const r = parseReference(
      'Nicole Sanhueza, Melissa Calegaro-Nassif, Carol D. SanMartín & Mario Sanhueza: Neuronal dynamics in a fly model of disease, Molecular Neurobiology 12, 2026.',
    );
    expect(r?.authors).toEqual(['Nicole Sanhueza', 'Melissa Calegaro-Nassif', 'Carol D. SanMartín', 'Mario Sanhueza']);
    expect(r?.title).toBe('Neuronal dynamics in a fly model of disease');
  });
});

describe('"Title / Names (2026) / Journal" cards read as a selection (biolcomp)', () => {
  const card = (title: string, names: string, journal: string) => `${title}\n${names}\n${journal}\n\n\n\n`;
  const text =
    card(
      'The Single Cell Notebooks for inclusive and accessible training in single-cell and spatial omics',
      'Adolfo Rojas-Hidalgo, Raúl Arias-Carrasco, Joyce Karoline Silva, Alex K. Shalek, Mariana Boroni, Yesid Cuesta-Astroz, Benilton S. Carvalho & Vinicius Maracaja-Coutinho (2026)',
      'Nature Genetics',
    ) +
    card(
      'Characterization of the vaginal microbiome and its metabolic potential in Colombian patients with recurrent vulvovaginal candidiasis',
      'Jeiser Marcelo Consuegra-Asprilla, Yesid Cuesta-Astroz, Ángel González (2026)',
      'Medical Mycology',
    ) +
    card(
      'The Vitamin D Receptor Ortholog Hr96 Modulates Neuronal and Mitochondrial Dynamics in a Drosophila Model of Alzheimer’s Disease',
      rucatti,
      'Molecular Neurobiology',
    );

  it('reads the title line as the title and the journal line as the venue', () => {
    expect(read(text)).toEqual([
      ['The Single Cell Notebooks for inclusive and accessible training in single-cell and spatial omics', 8, 2026, 'Nature Genetics'],
      [
        'Characterization of the vaginal microbiome and its metabolic potential in Colombian patients with recurrent vulvovaginal candidiasis',
        3,
        2026,
        'Medical Mycology',
      ],
      [
        'The Vitamin D Receptor Ortholog Hr96 Modulates Neuronal and Mitochondrial Dynamics in a Drosophila Model of Alzheimer’s Disease',
        11,
        2026,
        'Molecular Neurobiology',
      ],
    ]);
  });

  it('a title run into its names and year, then the journal (a names list with a middle initial undotted)', () => {
    const r = parseReference(
      'Whole-Genome Sequencing Analysis Revealed High Genomic Variability, Recombination Events and Mobile Genetic Elements in Streptococcus uberis Strains Isolated from Bovine Mastitis in Colombian Dairy Herds Paola A Rios Agudelo, Julián Reyes Vélez, Martha Olivera Angel, Adam M Blanchard, Yesid Cuesta Astroz, Arley Caraballo Guzmán, Giovanny Torres Lindarte (2025)\nAntibiotics',
    );
    expect(r?.title).toBe(
      'Whole-Genome Sequencing Analysis Revealed High Genomic Variability, Recombination Events and Mobile Genetic Elements in Streptococcus uberis Strains Isolated from Bovine Mastitis in Colombian Dairy Herds',
    );
    expect(r?.authors).toHaveLength(7);
    expect(r?.authors[0]).toBe('Paola A Rios Agudelo');
    expect(r?.venue).toBe('Antibiotics');
  });
});

describe('"Names (2022). / Title. / Venue." entries with topic tags and talks (fabisch)', () => {
  const text = `Fabisch, A., Uliano, M., Marschner, D., Laux, M., Brust, J., Controzzi, M. (2022).
A Modular Approach to the Embodiment of Hand Motions from Human Demonstrations.
In K. Mombaur, D. Lee & J. Park (Eds.), IEEE-RAS International Conference on Humanoids Robots (HUMANOIDS).
DOI: 10.1109/Humanoids53995.2022.10000165
IEEE Preprint Slides Code Dataset

Robot Skill Learning
Lödige, M., Fabisch, A., Gutzeit, L. (2026).
Qualitative Comparison between Marker-Based and Video-Based Human Pose Estimation in the context of Imitation Learning.
In D. Wolter, G. Schwalbe (Eds.), KI 2026: Advances in Artificial Intelligence. Springer.
Accepted.

Fabisch, A. (2024).
Learning of Cartesian Motion with Movement Primitives.
Journal of Open Source Software, 9(97).
DOI: 10.21105/joss.06695
JOSS Code

Fabisch, A., Kirchner, F. (2021).
Sample-Efficient Policy Search with a Trajectory Autoencoder.
In A. Bajcsy (Ed.), 4th Robot Learning Workshop at Neural Information Processing Systems.
PDF Poster Code

Fabisch, A., Petzoldt, C., Otto, M., Kirchner, F. (2020).
BOLeRo: Behavior Optimization and Learning for Robots.
International Journal of Advanced Robotic Systems, 17(3).
DOI: 10.1177/1729881420913741

Fabisch, A. (2019).
Empirical Evaluation of Contextual Policy Search with a Comparison-based Surrogate Model and Active Covariance Matrix Adaptation.
In M. Lopez-Ibanez, A. Auger, T. Stützle (Eds.), Proceedings of the Genetic and Evolutionary Computation Conference Companion, (pp. 251-252). Association for Computing Machinery. DOI: 10.1145/3319619.3321935.
ACM Poster Preprint (long version)

Talks
Fabisch, A. (2025).
Robotics, AI, and the Language of Movement.
At OHB NextGen Speakersnight with DFKI
Slides available on request

Fabisch, A. (2023).
Transformations in Three Dimensions.
At EuroSciPy 2023
Abstract Video

Theses
Fabisch, A. (2020).
Learning and generalizing behaviors for robots from human demonstration
[Doctoral dissertation, University of Bremen], DOI: 10.26092/elib/382
SuUB Bremen LaTeX (without images and literature) Slides (without backup slides)
`;

  it('a topic tag above the names is no title; DOI and editors lines are no entries; talks are left out', () => {
    expect(read(text).map((e) => e[0])).toEqual([
      'A Modular Approach to the Embodiment of Hand Motions from Human Demonstrations',
      'Qualitative Comparison between Marker-Based and Video-Based Human Pose Estimation in the context of Imitation Learning',
      'Learning of Cartesian Motion with Movement Primitives',
      'Sample-Efficient Policy Search with a Trajectory Autoencoder',
      'BOLeRo: Behavior Optimization and Learning for Robots',
      'Empirical Evaluation of Contextual Policy Search with a Comparison-based Surrogate Model and Active Covariance Matrix Adaptation',
      'Learning and generalizing behaviors for robots from human demonstration',
    ]);
  });
});
