import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Classes of the former heldout69 pages (social sciences and humanities), study14az. */

describe('"Year\\nJournal · vol · pages\\nNames. Title." (a card\'s year and journal lines over its citation, garel)', () => {
  it('reads the citation line as names and title, the journal line as the venue, the year line as the year', () => {
    const r = parseReference(
      '2026\nReview of Finance · 30(1) · pp. 231–272\nGarel, A., Romec, A., Sautner, Z., & Wagner, A. F. Firm-Level Nature Dependence.\n+',
    );
    expect(r?.title).toBe('Firm-Level Nature Dependence');
    expect(r?.authors).toEqual(['A. Garel', 'A. Romec', 'Z. Sautner', 'A. F. Wagner']);
    expect(r?.year).toBe(2026);
    expect(r?.venue).toBe('Review of Finance');
  });

  it('a journal line without numbers, topic chips under the citation (as a selection copies them)', () => {
    const r = parseReference(
      '2025\nMANAGEMENT SCIENCE\nDi Giuli, A., Garel, A., Michaely, R., & Romec, A. Climate Change and Mutual Fund Voting on Climate Proposals.\nClimate\nMutual Funds\nVoting\n+',
    );
    expect(r?.title).toBe('Climate Change and Mutual Fund Voting on Climate Proposals');
    expect(r?.authors).toEqual(['A. Di Giuli', 'A. Garel', 'R. Michaely', 'A. Romec']);
    expect(r?.year).toBe(2025);
  });

  it('not a title line between the year and the names: "Year\\nTitle\\nNames\\nVenue" reads as before', () => {
    const r = parseReference(
      '2022\nMusic sentiment and stock returns around the world\nEdmans, A., Fernandez-Perez, A., Garel, A., & Indriawan, I.\nJournal of Financial Economics',
    );
    expect(r?.title).toBe('Music sentiment and stock returns around the world');
    expect(r?.authors).toEqual(['A. Edmans', 'A. Fernandez-Perez', 'A. Garel', 'I. Indriawan']);
  });
});
