import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Reference strings of dev pages from documentation and export generators (study14bf), quoted from the pages. */
describe('fields parted by LaTeX line breaks left as text (gallo, an Org-mode export of BibTeX)', () => {
  it('reads "Title \\\\\\\\ Family, Given and … \\\\\\\\ Year, Publisher" as title, names and year lines', () => {
    const r = parseReference(
      String.raw`Formation energies of silicon self-interstitials using periodic coupled cluster theory \\\\ Salihbegović, Faruk and Gallo, Alejandro and Grüneis, Andreas \\\\ 2023, American Physical Society 10.1103/PhysRevB.108.115125`,
    );
    expect(r).toMatchObject({
      title: 'Formation energies of silicon self-interstitials using periodic coupled cluster theory',
      authors: ['Faruk Salihbegović', 'Alejandro Gallo', 'Andreas Grüneis'],
      year: 2023,
      ids: { doi: '10.1103/physrevb.108.115125' },
    });
  });

  it('with one name written given name first (a thesis)', () => {
    const r = parseReference(
      String.raw`On the joint-measurability of observables \\\\ Alejandro Gallo \\\\ 2014, Universitat Autònoma de Barcelona 10.5281/zenodo.4276451`,
    );
    expect(r).toMatchObject({ title: 'On the joint-measurability of observables', authors: ['Alejandro Gallo'], year: 2014 });
  });
});

describe('"<a>Title</a>, Names, Venue, Date" (rsim, Word and Dreamweaver pages of a computer-architecture group)', () => {
  it('a status after the names ends them, with a comma or none', () => {
    const title = 'Metrics for Architecture-Level Lifetime Reliability Analysis';
    const r = parseReference(
      `${title}, Pradeep Ramachandran, Sarita V. Adve, Pradip Bose, Jude A. Rivers, and Jayanth Srinivasan to appear in IEEE International Symposium on Performance Analysis of Systems and Software (ISPASS) April 2008.`,
      { title },
    );
    expect(r).toMatchObject({
      title,
      authors: ['Pradeep Ramachandran', 'Sarita V. Adve', 'Pradip Bose', 'Jude A. Rivers', 'Jayanth Srinivasan'],
      year: 2008,
    });
    const video = parseReference(
      "Adaptive Video Coding to Reduce Energy on Adaptive General-Purpose Processors, D. G. Sachs, S. Adve, D. L. Jones, to appear in the Proceedings of the International Conference on Image Processing 2003 (ICIP '03), Barcelona, Spain, September 2003.",
    );
    expect(video).toMatchObject({
      title: 'Adaptive Video Coding to Reduce Energy on Adaptive General-Purpose Processors',
      authors: ['D. G. Sachs', 'S. Adve', 'D. L. Jones'],
      year: 2003,
    });
  });

  it('a lower-case "the Proceedings" after the names ends them', () => {
    const title = 'Exploiting Structural Duplication for Lifetime Reliability Enhancement';
    const r = parseReference(
      `${title}, Jayanth Srinivasan, Sarita V. Adve, Pradip Bose, Jude A. Rivers, the Proceedings of the 32nd International Symposium on Computer Architecture (ISCA'05) June 2005. (Corrected version.)`,
      { title },
    );
    expect(r).toMatchObject({ title, authors: ['Jayanth Srinivasan', 'Sarita V. Adve', 'Pradip Bose', 'Jude A. Rivers'], year: 2005 });
  });

  it('so does the kind of work ("Ph.D. Thesis")', () => {
    const title = 'Lifetime Reliability Aware Microprocessors';
    const r = parseReference(`${title}, Jayanth Srinivasan Ph.D. Thesis, May 2006.`, { title });
    expect(r).toMatchObject({ title, authors: ['Jayanth Srinivasan'], year: 2006 });
  });

  it('the degree stays with the kind: "Mulder, H. Master\'s thesis" (vercors) names H. Mulder alone', () => {
    const title = 'Performance of program verification with VerCors';
    const r = parseReference(`${title}. Mulder, H. Master's thesis, June 2020.`, { title });
    expect(r?.authors).toEqual(['H. Mulder']);
  });
});

describe('an APA thesis whose kind closes its title in parentheses (seetharaman)', () => {
  it('"Title (PhD thesis). University." reads the title without the kind', () => {
    const r = parseReference(
      'Seetharaman, P. (2019). Bootstrapping the Learning Process for Computer Audition (PhD thesis). Northwestern University.',
    );
    expect(r).toMatchObject({ title: 'Bootstrapping the Learning Process for Computer Audition', authors: ['P. Seetharaman'], year: 2019 });
  });
});
