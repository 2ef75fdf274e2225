// Entries whose fields are separated by commas only (computer-science, physics and geoscience homepages): the names end
// at the comma before a sentence-like part, that part is the title, the venue follows (bueler-research, paolo-pubs).
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

describe('comma-separated fields: names, a sentence-like title, the venue', () => {
  it('reads whole given names before a title and a preprint (bueler-research)', () => {
    const r = parseReference(
      'Ed Bueler and Jed Brown, The shallow shelf approximation as a "sliding law" in a thermomechanically coupled ice sheet model, preprint arXiv:0810.3449, 2008.',
    );
    expect(r?.authors).toEqual(['Ed Bueler', 'Jed Brown']);
    expect(r?.title).toBe('The shallow shelf approximation as a "sliding law" in a thermomechanically coupled ice sheet model');
    expect(r?.year).toBe(2008);
  });

  it('reads one name, and a title with its own list of words ("cold, shallow, and …")', () => {
    const one = parseReference(
      'Ed Bueler, An exact solution to the temperature equation in a column of ice and bedrock, preprint arXiv:0710.1314, 2007.',
    );
    expect(one?.authors).toEqual(['Ed Bueler']);
    expect(one?.title).toBe('An exact solution to the temperature equation in a column of ice and bedrock');
    const listed = parseReference(
      'Ed Bueler and Jed Brown, On exact solutions for cold, shallow, and thermocoupled ice sheets, preprint , 2006.',
    );
    expect(listed?.title).toBe('On exact solutions for cold, shallow, and thermocoupled ice sheets');
    expect(listed?.year).toBe(2006);
  });

  it('reads an inverted first name before given-first ones, the journal after the title (paolo-pubs)', () => {
    const r = parseReference('Paolo F.S., H.A. Fricker, L. Padman, Volume loss from Antarctic ice shelves is accelerating, Science (2015)');
    expect(r?.authors).toEqual(['F.S. Paolo', 'H.A. Fricker', 'L. Padman']);
    expect(r?.title).toBe('Volume loss from Antarctic ice shelves is accelerating');
    expect(r?.venue).toBe('Science');
    expect(r?.year).toBe(2015);
  });

  it('does not end the names before a part that opens with another name', () => {
    // "…, MR Spalinger Protein tyrosine …" and "…, Marc Axel Wollmer Is there …": a name runs into the title there.
    expect(
      parseReference(
        'E Katkeviciute, L Hering, M Scharl, MR Spalinger Protein tyrosine phosphatase nonreceptor type 2 controls colorectal cancer development, 2021',
      )?.title ?? '',
    ).not.toBe('MR Spalinger Protein tyrosine phosphatase nonreceptor type 2 controls colorectal cancer development');
  });
});
