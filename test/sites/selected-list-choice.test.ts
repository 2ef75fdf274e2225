import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../lib/model';
import { preferredSelectionReading } from '../../lib/sites/selected-list';

/**
 * The choice between a selection's two readings (study14ae, biolcomp's "Title / Names (2026) / Journal" cards): the text
 * reading's entries whose title is a journal the elements' reading read as a venue, or a line of names, are no more of the
 * list than its citation lines.
 */
const entry = (title: string, venue?: string) =>
  ({ title, authors: [], authorsTruncated: false, ids: {}, ...(venue ? { venue } : {}) }) as Candidate;

describe('a selection of title / names (year) / journal cards', () => {
  const elements = [
    entry('The Single Cell Notebooks for inclusive and accessible training in single-cell and spatial omics', 'Nature Genetics'),
    entry('Characterization of the vaginal microbiome in Colombian patients with recurrent vulvovaginal candidiasis', 'Medical Mycology'),
    entry('The Vitamin D Receptor Ortholog Hr96 Modulates Neuronal and Mitochondrial Dynamics', 'Molecular Neurobiology'),
    entry('Insights, opportunities, and challenges provided by large cell atlases', 'Genome Biology'),
    entry('Exploring Latin America one cell at a time', 'Genome Biology'),
  ];
  const text = [
    entry('Nature Genetics'),
    entry('Characterization of the vaginal microbiome in Colombian patients with recurrent vulvovaginal candidiasis', 'Medical Mycology'),
    entry('Molecular Neurobiology'),
    entry('Insights, opportunities, and challenges provided by large cell atlases', 'Genome Biology'),
    entry('Carol D. SanMartín & Mario Sanhueza'),
    entry('AlphaFold2 and AlphaFold3 leads to significantly different results in human-parasite interaction prediction'),
  ];

  it('keeps the elements’ reading when the text’s is longer only by journals and names read as titles', () => {
    expect(preferredSelectionReading(elements, text)).toBe(elements);
  });

  it('still takes the text’s reading when it holds more papers', () => {
    const more = [
      ...text,
      entry('Whole-Genome Sequencing Analysis Revealed High Genomic Variability in Streptococcus uberis'),
      entry('A third paper only the text reading saw'),
      entry('A fourth paper only the text reading saw'),
    ];
    expect(preferredSelectionReading(elements, more)).toBe(more);
  });
});

describe('a selection of cards that label their fields in Chinese (cpgroup)', () => {
  const elements = [
    entry('Responses of various organic carbon pools to elevated temperatures in soils', 'The Science of The Total Environment'),
    entry('Integrated application of synthetic community reduces consumption of herbicide', 'Soil Ecology Letters'),
    entry('Metabolic coupling between soil aerobic methanotrophs and denitrifiers in rice paddy fields', 'Nature Communications'),
  ];
  const text = [
    entry('作者：'),
    entry('作者：'),
    entry('期刊：'),
    entry('作者：Kang-Hua Chen,Jiao Feng,Paul L. E. Bodelier,'),
    entry('期刊：'),
  ];

  it('keeps the elements’ reading over one whose titles are the fields’ labels', () => {
    expect(preferredSelectionReading(elements, text)).toBe(elements);
  });
});

describe('a names line both readings took for a title (nordheim)', () => {
  const names = 'Muñiz-Torres, C.L. Nordheim, F. Pfab, C.L. Richards-Zawacki, L.A Rollins-Smith, D. Wetzel, and C.J. Briggs';
  const papers = [
    'Double-Edged Effects of Aquatic Environmental Biofilms on Batrachochytrium dendrobatidis Growth',
    'Landscape-scale drivers of spatial dynamics and genetic diversity in an emerging wildlife pathogen',
    'Excluded Identity Retention in STEM: A Roadmap for Inclusive Undergraduate Research Symposia',
    'Pseudacris regilla metamorphs acquire resistance to a deadly pathogen after exposure to the killed fungus',
    'Metabolites from the fungal pathogen Batrachochytrium dendrobatidis reduce Bd load in tadpoles',
    'Batrachochytrium dendrobatidis Exposure Damages Gill Tissue and Inhibits Crayfish Metabolic Rate',
    'Freshwater Snails and the Green Algae Cladophora are Likely Not Hosts of Batrachochytrium dendrobatidis',
  ].map((t) => entry(t));
  const elements = [...papers, entry(names)];
  const text = [...elements, entry('Field survey of freshwater invertebrates reveals several groups are potential carriers of the fungus')];

  it('counts it in both, so the text’s reading that holds one more paper wins', () => {
    expect(preferredSelectionReading(elements, text)).toBe(text);
  });
});
