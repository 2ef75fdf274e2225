/**
 * The reference-string parser on dev pages whose entries it found but read a field of wrongly (study14r): a link icon
 * closing a title (sumandas), an inverted name's last initial losing its period (oles), a name's Unicode hyphen
 * (taniguti). Each string as the page writes it; fields read off it by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock, withoutNamesClosingMark } from '../../lib/text/reference';

const pick = (s: string, title?: string) => {
  const r = parseReference(s, title ? { title } : {});
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('fields of found entries read wrongly before (study14r)', () => {
  it('"Title ↗": the icon a page sets in a title link that leads off the site is no part of the title (sumandas)', () => {
    const title =
      'Water-modulated structure and dynamics in aqueous choline chloride-polyol deep eutectic solvents: Insights from molecular dynamic simulations ↗';
    expect(pick(`${title}\nRoja Satvika Puvvada, Ivy Das Sarkar, Suman Das*\nJ. Chem. Phys. 162, 2025`, title)).toMatchObject({
      title:
        'Water-modulated structure and dynamics in aqueous choline chloride-polyol deep eutectic solvents: Insights from molecular dynamic simulations',
      authors: ['Roja Satvika Puvvada', 'Ivy Das Sarkar', 'Suman Das'],
      year: 2025,
    });
  });

  it('"Quiroz, L., & Riquelme, I." on a line of its own: the last period is the initial\'s (oles)', () => {
    const title = 'Conciencia jurídica y autoridad judicial en procedimientos por VIF en Chile';
    expect(pick(`Artículo2024\n${title}\nQuiroz, L., & Riquelme, I.\nNovum Jus, 18(2)\nVer detalle Ver ↗`, title)).toMatchObject({
      title,
      authors: ['L. Quiroz', 'I. Riquelme'],
      year: 2024,
    });
    expect(withoutNamesClosingMark('Quiroz, L., & Riquelme, I.')).toBe('Quiroz, L., & Riquelme, I.');
    expect(withoutNamesClosingMark('Gerber, M. M.')).toBe('Gerber, M. M.');
    // Not after a whole name, nor after Vancouver's initials (no comma before them): there the period closes the line.
    expect(withoutNamesClosingMark('Lorena Quiroz, Ignacio Riquelme.')).toBe('Lorena Quiroz, Ignacio Riquelme');
    expect(withoutNamesClosingMark('Guttridge T, Brown C.')).toBe('Guttridge T, Brown C');
  });

  it('"Riera‐Lizarazu, Oscar": a family name with U+2010 for its hyphen is read, and kept as written (taniguti)', () => {
    expect(
      readAuthorBlock(
        'Taniguti, Cristiane H., Lau, Jeekin, Hochhaus, Tessa, Arias, Diana C. Lopez, Klein, Patricia E., and Riera‐Lizarazu, Oscar',
        'surname-given',
      )?.names,
    ).toEqual([
      'Cristiane H. Taniguti',
      'Jeekin Lau',
      'Tessa Hochhaus',
      'Diana C. Lopez Arias',
      'Patricia E. Klein',
      'Oscar Riera‐Lizarazu',
    ]);
  });
});
