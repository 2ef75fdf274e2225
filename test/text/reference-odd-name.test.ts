import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/**
 * An author list with one name the name rules do not know among names they do: the list is still the author block
 * (the loss tool, test/fixtures/corpus/tools/loss.ts, found such blocks losing whole lists).
 */
describe('parseReference: one oddly written name among given-first names', () => {
  it('keeps a name written as one word ("Xi") among four others, as written', () => {
    const r = parseReference(
      'Jiulun Cai, Hongmin Cai, Xi, Jiazhou Chen, Wei Li. Many-to-many relationships between gene-expression data and drug-response data. Bioinformatics 35(14), 2019.',
    );
    expect(r && [r.title, r.authors, r.year, r.venue]).toEqual([
      'Many-to-many relationships between gene-expression data and drug-response data',
      ['Jiulun Cai', 'Hongmin Cai', 'Xi', 'Jiazhou Chen', 'Wei Li'],
      2019,
      'Bioinformatics',
    ]);
  });

  it('does not take a title between names for an odd name: the block ends before it', () => {
    const r = parseReference('A. Smith, B. Jones, Deep learning for cats, C. Brown. Journal of Things, 2019.');
    expect(r?.authors).toEqual(['A. Smith', 'B. Jones']);
    expect(r?.title).toBe('Deep learning for cats');
  });

  it('a list every name of which one form reads is read in that form, not with an odd name (baslab)', () => {
    const r = parseReference(
      'G Hamoline, EE Van Caenegem, BM Waltzing, P Vassiladis, G Derosiere, J Duque, RM Hardwick. Accelerometry as a tool for measuring the effects of transcranial magnetic stimulation. Journal of Neuroscience Methods, 2024.',
    );
    expect(r?.authors).toEqual(['G Hamoline', 'EE Van Caenegem', 'BM Waltzing', 'P Vassiladis', 'G Derosiere', 'J Duque', 'RM Hardwick']);
  });

  it('no odd name in a block with an acronym: the end of a title after its comma is no name (medchemrega)', () => {
    expect(
      parseReference(
        'Discovery of 4-Quinazolinone-Containing Phenylalanine Derivatives as Potent, Resistant-Tolerant HIV Capsid Inhibitors, Zhang X, Sun L, Walsham L, Ma Y, Ding D, De Clercq E, Pannecouque C, Chen C, MedComm; 2026; Vol. 7; iss. 5',
      )?.authors ?? [],
    ).not.toContain('Resistant-Tolerant HIV Capsid Inhibitors');
  });
});
