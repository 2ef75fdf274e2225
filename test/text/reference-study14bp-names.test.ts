import { describe, expect, it } from 'vitest';
import { parseReference, venueAfterTitle } from '../../lib/text/reference';

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

describe('venues as a Brazilian Lattes export writes them (maia-publicacoes)', () => {
  it('keeps a period inside the venue\'s parentheses: "HOLOS (NATAL. ONLINE)"', () => {
    expect(venueAfterTitle('. HOLOS (NATAL. ONLINE).')).toBe('HOLOS (NATAL. ONLINE)');
  });

  it('cuts the book\'s edition after its title: "Current Advancements in Stereo Vision. 1ed.: InTech"', () => {
    expect(venueAfterTitle('. Current Advancements in Stereo Vision. 1ed.: InTech.')).toBe('Current Advancements in Stereo Vision');
  });

  it('still ends a venue at a sentence after its parentheses, or with no parentheses', () => {
    expect(venueAfterTitle('. Revista Brasileira (Online). Editora UFRN, Natal.')).toBe('Revista Brasileira (Online)');
    expect(venueAfterTitle('. Journal of Intelligent Systems. Springer, Cham.')).toBe('Journal of Intelligent Systems');
  });
});

describe('venues with a Roman-numeral volume or a labelled volume (leonsanchez-publications)', () => {
  it('cuts "XLVIII-4/W5-2022" and "V-4-2022" (ISPRS volumes) and "Volume: 9 Issue: 2" from the venue', () => {
    expect(
      venueAfterTitle(
        '. ISPRS Archives of the Photogrammetry, Remote Sensing and Spatial Information Sciences, XLVIII-4/W5-2022, pp. 97–103',
      ),
    ).toBe('ISPRS Archives of the Photogrammetry, Remote Sensing and Spatial Information Sciences');
    expect(
      venueAfterTitle('. ISPRS Annals of the Photogrammetry, Remote Sensing and Spatial Information Sciences, V-4-2022, pp. 275–282'),
    ).toBe('ISPRS Annals of the Photogrammetry, Remote Sensing and Spatial Information Sciences');
    expect(venueAfterTitle('. Revista Internacional de Tecnología, Conocimiento y Sociedad, Volume: 9 Issue: 2, pp. 7-22')).toBe(
      'Revista Internacional de Tecnología, Conocimiento y Sociedad',
    );
  });

  it('keeps a word of Roman letters that is no numeral ("CIVIL-2 Workshop")', () => {
    expect(venueAfterTitle('. Proceedings of the IEEE, CIVIL-2 Workshop')).toBe('Proceedings of the IEEE, CIVIL-2 Workshop');
  });
});
