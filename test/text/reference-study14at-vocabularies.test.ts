/**
 * The reference-string parser's shared vocabularies (what introduces coauthors, kinds of work, statuses), on entries as
 * real dev pages write them. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { COAUTHORS_INTRO_IN_ENTRY, coauthorsIntroLength } from '../../lib/text/names';
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

describe('one vocabulary of coauthor introductions, read at the start of an entry and anywhere in it', () => {
  it('the same words at the start and inside an entry (miro-pesquisa, brunner-publikationen, taylor-publications)', () => {
    const after = 'Revista de Economia e Sociologia Rural, v. 64, p. e301905-23, 2026. Com Filomena Nádia Rodrigues Bezerra';
    expect(COAUTHORS_INTRO_IN_ENTRY.exec(after)?.[0]).toBe(' Com ');
    expect(coauthorsIntroLength('Com Filomena Nádia Rodrigues Bezerra')).toBe(4);
    expect(COAUTHORS_INTRO_IN_ENTRY.exec('(zusammen mit Tim Voigt), Innovation Processes')?.[0]).toBe('(zusammen mit ');
    expect(coauthorsIntroLength('co-author Frits Elshout')).toBe(10);
  });
  it('no introduction before a lowercase word, nor in "MIT Press"', () => {
    expect(COAUTHORS_INTRO_IN_ENTRY.exec('I examine the views of Thomas Reid with respect to a certain version')).toBeNull();
    expect(COAUTHORS_INTRO_IN_ENTRY.exec('Cambridge, MA: MIT Press, 2019')).toBeNull();
  });
  it("the owner's coauthors in parentheses, in German and in economists' shorthand", () => {
    expect(
      pick(
        '(zusammen mit Tim Voigt), Innovation Processes in Cooperative Organizations, in: Hendrikse, G., Windsperger, J., Cliquet, G., Tuunanen, M. (Hrsg), Strategy and Governance of Networks: Franchising, Cooperatives and Strategic Alliances, Heidelberg, Springer, 2008, S. 47-62.',
      )?.authors,
    ).toEqual(['Tim Voigt']);
    expect(pick('[6] Fake Products, Real Effects: Evidence from Special 301 Actions. (w/ Mehmet Canayaz) 2023.')).toEqual({
      title: 'Fake Products, Real Effects: Evidence from Special 301 Actions',
      authors: ['Mehmet Canayaz'],
      year: 2023,
      venue: undefined,
    });
  });
});

describe('one vocabulary of kinds of work', () => {
  it('a kind of work labelling an entry before its names (koiso-publications)', () => {
    expect(
      pick(
        'Book chapter: S. Koiso. (2026). Pandemic Responses in Low- and Middle-Income Countries. In: Bennett, G., Goodall, E. (eds) The Palgrave Encyclopedia of Disability. Palgrave Macmillan, Cham.',
      ),
    ).toEqual({
      title: 'Pandemic Responses in Low- and Middle-Income Countries',
      authors: ['S. Koiso'],
      year: 2026,
      venue: 'The Palgrave Encyclopedia of Disability',
    });
  });
});

describe('one vocabulary of the statuses of a paper not yet out', () => {
  it('a status closing the entry in place of its year (paolo-pubs, ai4dlab-publications)', () => {
    expect(pick('Nilsson J., A.S. Gardner, F.S. Paolo, Elevation Change of the Antarctic Ice Sheet: 1985 to 2020, (in review)')).toEqual({
      title: 'Elevation Change of the Antarctic Ice Sheet: 1985 to 2020',
      authors: ['J. Nilsson', 'A.S. Gardner', 'F.S. Paolo'],
      year: undefined,
      venue: undefined,
    });
    expect(
      pick(
        'H.R. Karbasian, W.M. van Rees, A parametric LSTM neural network and its application to predicting flapping foil dynamics across a design space, (submitted)',
      )?.title,
    ).toBe('A parametric LSTM neural network and its application to predicting flapping foil dynamics across a design space');
  });
});

describe('a kind of work before the names is a label where names written with initials follow, read case-exact', () => {
  it('"preprint: Ozsanlav-Harris, L., …": the label goes and a hyphenated family name with a capital after its hyphen reads (ozsanlav-publications)', () => {
    expect(
      pick(
        'preprint: Ozsanlav-Harris, L., Phillips, R., Bailey, J., Langley, L., Wilson, K., Inger, R., & Bearhop, S. (2023). Exploring the origins of vagrant yellow-browed warblers in western europe. http://dx.doi.org/10.22541/au.167832183.32508222/v1',
      ),
    ).toEqual({
      title: 'Exploring the origins of vagrant yellow-browed warblers in western europe',
      authors: ['L. Ozsanlav-Harris', 'R. Phillips', 'J. Bailey', 'L. Langley', 'K. Wilson', 'R. Inger', 'S. Bearhop'],
      year: 2023,
      venue: undefined,
    });
  });
});
