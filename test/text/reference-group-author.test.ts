/**
 * APA's group author (a ministry, agency or UN body and its acronym) before the year, on Spanish-language report lists
 * (orchard-publicaciones, dev). Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

describe('a body and its acronym as the author: "Programa … (PNUD). (2017). Title. Place: Publisher."', () => {
  it('reads the body as the one author and the title up to the place and publisher', () => {
    const r = parseReference(
      'Programa de las Naciones Unidas para el Desarrollo (PNUD). (2017). Chile en 20 años. Un recorrido a través de la historia de los Informes de Desarrollo Humano. Santiago de Chile: PNUD.\nDisponible en: https://www.undp.org/es/latin-america/publicaciones/chile-en-20-anos-un-recorrido-traves-de-los-informes-sobre-desarrollo-humano',
    );
    expect(r?.authors).toEqual(['Programa de las Naciones Unidas para el Desarrollo (PNUD)']);
    expect(r?.title).toBe('Chile en 20 años. Un recorrido a través de la historia de los Informes de Desarrollo Humano');
    expect(r?.year).toBe(2017);
  });

  it('keeps a subtitle with its own colon in the title', () => {
    const r = parseReference(
      'Programa de las Naciones Unidas para el Desarrollo (PNUD). (2012). Desarrollo humano en Chile 2012. Bienestar subjetivo: El desafío de repensar el desarrollo. Santiago de Chile: PNUD.',
    );
    expect(r?.title).toBe('Desarrollo humano en Chile 2012. Bienestar subjetivo: El desafío de repensar el desarrollo');
  });

  it('still reads personal names before the year as names', () => {
    const r = parseReference('Orchard, M., & Pérez, A. (2020). Un título de artículo sobre Chile. Revista de Sociología, 35(1), 1-20.');
    expect(r?.authors).toEqual(['M. Orchard', 'A. Pérez']);
  });
});
