/**
 * Author blocks written in French, Spanish and Portuguese on dev pages (santepop-publications-fr, gravwaves-publicaciones):
 * "and" in the page's language between given-first names, "et autres." before an editor's mark. Read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

describe('"and" in other languages between given-first names', () => {
  it('reads Spanish "y" and Portuguese "e" between whole names', () => {
    expect(readAuthorBlock('Claudia Moreno González y Javier Mauricio Antelis Ortíz', 'given')?.names).toEqual([
      'Claudia Moreno González',
      'Javier Mauricio Antelis Ortíz',
    ]);
    expect(readAuthorBlock('Henrique Alvarenga e Maria Souza', 'given')?.names).toEqual(['Henrique Alvarenga', 'Maria Souza']);
  });

  it('reads French "avec la collaboration de" as "and" (santepop-publications-fr)', () => {
    const r = parseReference(
      "RENAUD Lise avec la collaboration de Caroline BOUCHARD. La santé s'affiche au Québec: plus de 100 ans d'histoire. Collection Santé et Société, Presses de l'Université du Québec, 264 pp., 2005. ISBN: 2-7605-1344-0. (2003-2004: L. Renaud, $5,000)",
    );
    expect(r?.authors).toEqual(['Lise RENAUD', 'Caroline BOUCHARD']);
    expect(r?.title).toBe("La santé s'affiche au Québec: plus de 100 ans d'histoire");
  });

  it('reads "et autres." before "(sous la direction de)" as a list cut short (santepop-publications-fr)', () => {
    const r = parseReference(
      'DUBÉ Laurette, et autres. (sous la direction de). Obesity Prevention: The Role of Society and Brain on Individual Behavior. UK: Elsevier / Academic Press, 832 pp., 2010. ISBN: 978-0-12374-387-9. (2004-2005: L. Dubé, $5,000)',
    );
    expect(r?.authors).toEqual(['Laurette DUBÉ']);
    expect(r?.authorsTruncated).toBe(true);
    expect(r?.title).toBe('Obesity Prevention: The Role of Society and Brain on Individual Behavior');
  });

  it('takes no lower-case "y" or "e" before a word that is no name as a name', () => {
    expect(readAuthorBlock('Claudia Moreno y la física de ondas', 'given')).toBeNull();
  });
});
