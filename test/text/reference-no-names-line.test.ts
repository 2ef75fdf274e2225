/**
 * The reference-string parser on entries whose names the reader did not see as names (the loss tool's "parse failed, no
 * names line", dev pages): names separated by a spaced middle dot or slash, and a dated title before the names ("<a>Title</a>,
 * (2025), Names, Journal."). Expected fields read off the strings.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

const read = (text: string, title?: string) => {
  const r = parseReference(text, title ? { title } : {});
  return r && [r.title, r.authors, r.year, r.venue];
};

describe('names separated by a spaced middle dot or slash', () => {
  it('reads "Laini, A. · Fenoglio, S. · Bo, T." as three inverted names (dnambientale)', () => {
    expect(readAuthorBlock('Laini, A. · Fenoglio, S. · Bo, T.', 'surname-initials')?.names).toEqual(['A. Laini', 'S. Fenoglio', 'T. Bo']);
  });

  it('reads "Ingo Börner / Vanessa Hannesschläger / …" as given-first names (legalkraus)', () => {
    expect(readAuthorBlock('Ingo Börner / Vanessa Hannesschläger / Isabel Langkabel / Katharina Prager', 'given')?.names).toEqual([
      'Ingo Börner',
      'Vanessa Hannesschläger',
      'Isabel Langkabel',
      'Katharina Prager',
    ]);
  });

  it('reads no names in words a slash joins', () => {
    for (const f of ['given', 'surname-initials', 'vancouver', 'surname-given'] as const) {
      expect(readAuthorBlock('Deep Learning / Machine Vision', f)).toBeNull();
      expect(readAuthorBlock('Biology / Chemistry', f)).toBeNull();
    }
  });

  it('reads a whole entry with four slashed names before ", Title, in: …" (legalkraus)', () => {
    expect(
      read(
        'Ingo Börner / Vanessa Hannesschläger / Isabel Langkabel / Katharina Prager, Intertextuality in the Legal Papers of Karl Kraus: A Scholarly Digital Edition, in: KONDE Weißbuch, hg. v. Helmut W. Klug unter Mitarbeit von Selina Galka und Elisabeth Steiner. Aufgerufen am: 24.4.2022, hdl.handle.net/11471/562.50.243. PID: o:konde.p20.',
      )?.slice(0, 2),
    ).toEqual([
      'Intertextuality in the Legal Papers of Karl Kraus: A Scholarly Digital Edition',
      ['Ingo Börner', 'Vanessa Hannesschläger', 'Isabel Langkabel', 'Katharina Prager'],
    ]);
  });
});

describe('a marked title, its year in parentheses, then the names and the venue (valderrama)', () => {
  it('reads "Title, (2025), Names, Journal." with the journal apart from the names', () => {
    const title = 'The South American MicroBiome Archive (saMBA): enriching the microbiome field by studying neglected populations';
    expect(
      read(
        `${title}, (2025), Benjamin Valderrama, Paulina Calderon-Romero, Thomaz FS Bastiaanssen, Aonghus Lavelle, Gerard Clarke, John F Cryan, Nature Communications.`,
        title,
      ),
    ).toEqual([
      title,
      ['Benjamin Valderrama', 'Paulina Calderon-Romero', 'Thomaz FS Bastiaanssen', 'Aonghus Lavelle', 'Gerard Clarke', 'John F Cryan'],
      2025,
      'Nature Communications',
    ]);
  });

  it('reads "Title (2025), Names, Journal." with no comma after the title', () => {
    const title = 'In vitro assessment of bacterial supernatants on hypothalamic gene expression: implications for appetite regulation';
    expect(
      read(
        `${title} (2025), Cristina Cuesta-Marti, Benjamin Valderrama, Thomaz Bastiaanssen, John F Cryan, Catherine Stanton, Siobhain M O’Mahony, Gerard Clarke, Harriet Schellekens, npj Biofilms and Microbiomes.`,
        title,
      )?.slice(1, 3),
    ).toEqual([
      [
        'Cristina Cuesta-Marti',
        'Benjamin Valderrama',
        'Thomaz Bastiaanssen',
        'John F Cryan',
        'Catherine Stanton',
        'Siobhain M O’Mahony',
        'Gerard Clarke',
        'Harriet Schellekens',
      ],
      2025,
    ]);
  });
});

describe('a title, its year in parentheses, then the names, with no title marked (valderrama as a selection)', () => {
  it('reads "Title, (2024), Names, Journal." from the text alone', () => {
    expect(
      read(
        'From in silico screening to in vivo validation in zebrafish - a framework for reeling in the right psychobiotics, (2024), Benjamin Valderrama, Isabelle Daly, Eoin Gunnigle, Kenneth J. O’Riordan, John F. Cryan, Gerard Clarke, Jatin Nagpal, Foods & Function.',
      ),
    ).toEqual([
      'From in silico screening to in vivo validation in zebrafish - a framework for reeling in the right psychobiotics',
      ['Benjamin Valderrama', 'Isabelle Daly', 'Eoin Gunnigle', 'Kenneth J. O’Riordan', 'John F. Cryan', 'Gerard Clarke', 'Jatin Nagpal'],
      2024,
      'Foods & Function',
    ]);
  });

  it('does not take an APA entry "Names (2024). Title." for a title', () => {
    expect(read('Smith, J., & Jones, K. (2024). A study of things. Journal of Stuff, 3(2), 1–10.')?.[1]).toEqual(['J. Smith', 'K. Jones']);
  });
});

describe('a meta line of fields separated by middle dots is no list of names (michaillat)', () => {
  it('reads no names in "October 2024 · Pascal Michaillat, Emmanuel Saez"', () => {
    for (const f of ['given', 'surname-initials', 'vancouver', 'surname-given'] as const)
      expect(readAuthorBlock('October 2024 · Pascal Michaillat, Emmanuel Saez', f)).toBeNull();
  });
});
