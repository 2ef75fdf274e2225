import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Classes of dev's worst pages, study14ax. */

describe('"Title ADS link" over "Names, et al. (2026), arXiv:…" (a link named for its target at the title line\'s end, ganifs)', () => {
  it('leaves the link out of the title', () => {
    const r = parseReference(
      '35) GA-NIFS & JADES: Confirmation of pristine gas near GN-z11 ADS link\nHannah Übler, Roberto Maiolino, Pablo G. Pérez-González, Yuki Isobe, et al. (2026), arXiv:2603.20360v1',
    );
    expect(r?.title).toBe('GA-NIFS & JADES: Confirmation of pristine gas near GN-z11');
    expect(r?.authors).toEqual(['Hannah Übler', 'Roberto Maiolino', 'Pablo G. Pérez-González', 'Yuki Isobe']);
    expect(r?.year).toBe(2026);
  });

  it("also right after a title's word", () => {
    const r = parseReference(
      "32) GA-NIFS: A smouldering disk galaxy undergoing ordered rotation at z=4.26 ADS link\nGareth Jones, Roberto Maiolino, Francesco D'Eugenio,Santiago Arribas, et al. (2025), arXiv:2512.05213",
    );
    expect(r?.title).toBe('GA-NIFS: A smouldering disk galaxy undergoing ordered rotation at z=4.26');
    const s = parseReference(
      "13) Measurement of the gas consumption history of a massive quiescent galaxy ADS link\nJan Scholtz, Francesco D'Eugenio, Roberto Maiolino, Pablo G. Pérez-González, et al. (2026), arXiv:2510.00000",
    );
    expect(s?.title).toBe('Measurement of the gas consumption history of a massive quiescent galaxy');
  });
});

describe('"Title\\nGiven Family - Given Family\\nVenue Year" (names parted by dashes on their own line, radanne)', () => {
  it('reads the dashes between names as commas', () => {
    const r = parseReference('Kindly Bent to Free Us\nGabriel Radanne - Hannes Saffrich - Peter Thiemann\nICFP 2020\n() () ()');
    expect(r?.title).toBe('Kindly Bent to Free Us');
    expect(r?.authors).toEqual(['Gabriel Radanne', 'Hannes Saffrich', 'Peter Thiemann']);
    expect(r?.year).toBe(2020);
    const s = parseReference('Tierless modules\nGabriel Radanne - Jérôme Vouillon\nUnpublished - 2018\n(author version)');
    expect(s?.title).toBe('Tierless modules');
    expect(s?.authors).toEqual(['Gabriel Radanne', 'Jérôme Vouillon']);
  });

  it('leaves a line that is not names only as it is', () => {
    const r = parseReference(
      'A sequent-calculus presentation of type-theory\nGabriel Radanne - Under the supervision of Jean-Philippe Bernardy\nUnpublished - 2014\n() ()',
    );
    expect(r?.authors ?? []).not.toContain('Jean-Philippe Bernardy');
  });
});
