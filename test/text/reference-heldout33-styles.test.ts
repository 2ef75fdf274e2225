/**
 * The rule reader on citation styles of the former heldout33 pages: a case in the pages' manner and a variant of our own
 * per class; expected fields read off the text by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const fields = (t: string, hints = {}) => {
  const r = parseReference(t, hints);
  return r && { title: r.title, authors: r.authors, year: r.year };
};

describe('ornament quotes around the title: ❝Title❞ (Dingbats quotation marks)', () => {
  it('title first, names and venue after: the marks are quotes, not part of the title', () => {
    expect(
      fields('❝Pore geometry and gas uptake in flexible frameworks❞ B. Ortiz, K. Lind, M. Saar. Chemistry of Materials. (2017)'),
    ).toEqual({
      title: 'Pore geometry and gas uptake in flexible frameworks',
      authors: ['B. Ortiz', 'K. Lind', 'M. Saar'],
      year: 2017,
    });
  });

  it('a variant: names first, the year before the quoted title', () => {
    expect(fields('Ortiz, B., Lind, K. (2020). ❝Adsorption isotherms of mixtures in soft porous crystals.❞ Langmuir, 36, 11–19.')).toEqual({
      title: 'Adsorption isotherms of mixtures in soft porous crystals',
      authors: ['B. Ortiz', 'K. Lind'],
      year: 2020,
    });
  });
});

describe("two apostrophes typed for each quote: Names, ''Title'' Journal", () => {
  it('the doubled apostrophes enclose the title; the venue follows without a comma', () => {
    expect(
      fields(
        "Mira Sato, Tomas Berg, Ana Ruiz, ''Dust polarization templates for ground-based CMB surveys'' Astrophysical Journal 955 (2023) 12; arXiv:2301.04567",
      ),
    ).toEqual({
      title: 'Dust polarization templates for ground-based CMB surveys',
      authors: ['Mira Sato', 'Tomas Berg', 'Ana Ruiz'],
      year: 2023,
    });
  });

  it('a variant: a title holding an apostrophe of its own, the year first', () => {
    expect(fields("Lind, K. and Ortiz, B. (2019). ''Noether's theorem for lattice field theories'' Physical Review D 99, 034501.")).toEqual(
      {
        title: "Noether's theorem for lattice field theories",
        authors: ['K. Lind', 'B. Ortiz'],
        year: 2019,
      },
    );
  });
});

describe('an entry that labels its fields: "Title / Journal: … / Year: … / Authors: …" (Spanish, Portuguese cards)', () => {
  it('the labels give names, year and venue; the line no label opens is the title', () => {
    const r = parseReference(
      'Modelos de agentes para la gestión hídrica de cuencas andinas:\nRevista: Ingeniería y Ciencia\nAño publicación: 2019\nAutores: Ana María Rojas Peña, Julián David Ortiz',
    );
    expect(r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue }).toEqual({
      title: 'Modelos de agentes para la gestión hídrica de cuencas andinas',
      authors: ['Ana María Rojas Peña', 'Julián David Ortiz'],
      year: 2019,
      venue: 'Ingeniería y Ciencia',
    });
  });

  it('a variant: names and year on one line split by "|", a link label after the year, a section heading above the title', () => {
    expect(
      fields(
        'Artigos em periódicos\nCompressibilidade de rejeitos de ferro compactados\nAutores: Lucas da Silva Moura, Beatriz Kern, Otávio Reis | Ano: 2022 Acessar artigo',
      ),
    ).toEqual({
      title: 'Compressibilidade de rejeitos de ferro compactados',
      authors: ['Lucas da Silva Moura', 'Beatriz Kern', 'Otávio Reis'],
      year: 2022,
    });
  });

  it('the fields line alone (its title in a heading of its own) is no entry', () => {
    expect(parseReference('Authors: Lucas da Silva Moura, Beatriz Kern, Otávio Reis | Year: 2022 Full text')).toBeNull();
  });
});

describe('an author’s own paper on their page: "Title (2019). Journal 12: 34-56." with no names', () => {
  it('the text before the parenthesised year is the title, what follows the venue', () => {
    expect(fields('Modal Realism and the Problem of Island Universes (2019). Philosophical Quarterly 69: 512-530.')).toEqual({
      title: 'Modal Realism and the Problem of Island Universes',
      authors: [],
      year: 2019,
    });
  });

  it('a variant: "(forthcoming)" for the year and a "(with A and B)" note naming the coauthors', () => {
    expect(fields('Causal Exclusion without Supervenience (forthcoming). Erkenntnis (with Maria Lund and Peter Okafor).')).toEqual({
      title: 'Causal Exclusion without Supervenience',
      authors: ['Maria Lund', 'Peter Okafor'],
      year: undefined,
    });
  });

  it('names after the year are the entry’s own: "Title (2024). A. Family, and B. Family. Journal." is no paper without names', () => {
    const r = parseReference('Atrial strain in cardiac amyloidosis (2024). G. Rossi, L. Bianchi and A. Conti. Heart Rhythm.');
    expect(r === null || r.authors.length > 0).toBe(true);
  });

  it('APA names before the year are still names', () => {
    expect(fields('Lund, M., & Okafor, P. (2019). Causal exclusion without supervenience. Erkenntnis, 84, 1–20.')).toEqual({
      title: 'Causal exclusion without supervenience',
      authors: ['M. Lund', 'P. Okafor'],
      year: 2019,
    });
  });
});
