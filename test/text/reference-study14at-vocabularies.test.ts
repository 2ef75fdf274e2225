/**
 * The reference-string parser's shared vocabularies (what introduces coauthors, kinds of work, statuses), on entries as
 * real dev pages write them. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('what introduces an owner\'s coauthors ("with", "avec", "mit") is followed by a capitalised name', () => {
  it('"with respect to" in an abstract shown after the citation introduces no one (harrop-papers)', () => {
    expect(
      pick(
        '"Thomas Reid on Induction and Natural Kinds." Journal of Scottish Philosophy 20(1): 1-18. 2022. DOI: 10.3366/jsp.2022.0317. Abstract. I examine the views of Thomas Reid with respect to a certain version of the problem of induction: Why are inductions using natural kinds successful, and what justifies them?',
      ),
    ).toEqual({ title: 'Thomas Reid on Induction and Natural Kinds', authors: [], year: 2022, venue: 'Journal of Scottish Philosophy' });
  });
  it("the years an abstract after the citation cites are not the paper's (harrop-papers)", () => {
    expect(
      pick(
        '"LeMans and Proslogion 15" Analysis. 83 (1): 50-54. 2023. DOI: 10.1093/analys/anac045. Abstract. Kearns (2021) argues that there is a parody version of Anselm\'s ontological argument (a "gontological argument") which shows that God does not exist.',
      ),
    ).toEqual({ title: 'LeMans and Proslogion 15', authors: [], year: 2023, venue: 'Analysis' });
  });
});
