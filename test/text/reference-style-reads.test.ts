import { describe, expect, it } from 'vitest';
import { inferListStyle, parseReference, type ReferenceHints } from '../../lib/text/reference';

/** The readings `inferListStyle` asks for while it finds a list's name form (issue 14: it read every entry in every form). */
function counting() {
  const asked: ReferenceHints[] = [];
  const read = (text: string, hints: ReferenceHints) => {
    asked.push(hints);
    return parseReference(text, hints);
  };
  return { asked, read };
}

describe('inferListStyle: a form that cannot pass the best one is not read further', () => {
  it('a list in given-name form: every entry read once, in that form only', () => {
    const texts = [
      'Wei Cai, Jean Dupont and Anna Smith. Deep learning for protein folding. Nature Methods 12(3):45-67, 2020.',
      'Jean Dupont and Marie Curie. Radioactive decay in thin films. Physical Review B 88:1021-1030, 2019.',
      'Anna Smith, Wei Cai and Paul Martin. Graph networks for molecules. Journal of Chemical Physics 150, 2018.',
    ];
    const { asked, read } = counting();
    expect(inferListStyle(texts, [], read).nameForm).toBe('given');
    expect(asked.map((h) => h.nameForm)).toEqual(['given', 'given', 'given']);
  });

  it('a list in surname-initials form: read in the first form and its own, not in the two after', () => {
    const texts = [
      'Cai, W., Dupont, J., and Smith, A. B. (2020). Deep learning for protein folding. Nature Methods, 12(3), 45–67.',
      'Dupont, J., and Curie, M. (2019). Radioactive decay in thin films. Physical Review B, 88, 1021–1030.',
      'Smith, A. B., Cai, W., and Martin, P. (2018). Graph networks for molecules. Journal of Chemical Physics, 150, 1–9.',
    ];
    const { asked, read } = counting();
    expect(inferListStyle(texts, [], read).nameForm).toBe('surname-initials');
    expect(asked.map((h) => h.nameForm)).toEqual(['given', 'given', 'given', 'surname-initials', 'surname-initials', 'surname-initials']);
  });
});
