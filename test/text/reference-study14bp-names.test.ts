import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Names as the former heldout78 pages write them (study14bp). */
describe('an APA title that opens with "A" before a quote (huangting-zhuzuo)', () => {
  it("reads the article as the title's first word, not as the last name's initial", () => {
    const r = parseReference(
      '2017 Huang, T., Chang, Y.-C., & Hsieh, F.-F. A "fifth" tone in Malaysian Mandarin: Tonal variation or emergent new tone? 29th North America Conference on Chinese Linguistics (NACCL-29), Rutgers University.',
    );
    expect([r?.title, r?.authors]).toEqual([
      'A "fifth" tone in Malaysian Mandarin: Tonal variation or emergent new tone?',
      ['T. Huang', 'Y.-C. Chang', 'F.-F. Hsieh'],
    ]);
  });

  it('keeps a last initial written with its period before a quoted title', () => {
    const r = parseReference('Hsieh, F. A., & Huang, T. "Tone sandhi in Malaysian Mandarin." Journal of Chinese Linguistics, 2019.');
    expect([r?.title, r?.authors]).toEqual(['Tone sandhi in Malaysian Mandarin', ['F. A. Hsieh', 'T. Huang']]);
  });
});
