import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/**
 * Entries with "(accepted)" in the year's place in a table whose read rows carry a link cell the accepted rows lack, one
 * of them written in another name form than the list's (jessestewart-pubs, cut down).
 */
const rows = (html: string, url: string) => generic.extract(parseHtmlDocument(html), new URL(url)).entries.map((e) => [e.title, e.authors]);

describe('generic: "(accepted)" rows without the link cell of their read siblings', () => {
  const dated = (text: string, file: string) =>
    `<tr><td class="col1">${text}</td><td class="col2"><a href="./papers/${file}.pdf"><img src="./pdf.png"><br>${file}</a></td></tr>`;
  const html = `<html><body><h1>Publications</h1><table>
${dated('Stewart, J. (2026). Mixed Languages. In: Adam Ledgeway and Alexandra Simonenko (eds.). The Wiley Blackwell Companion to Diachronic and Historical Linguistics. Hoboken: Wiley-Blackwell.', 'Mixed Languages')}
${dated('Hua, X., Stewart, J., Bromham, L., Algy, C., &amp; Meakins, F. (2026). Sali-CAT: A new method for ranking social salience for multiple variables. Language Variation and Change, 37(3).', 'Sali-CAT')}
${dated('Stewart, Jesse &amp; Sky Onosson. (2023). Vowel Raising in Cotopaxi Quichuan Languages. In: Radek Skarnitzl &amp; Jan Volín (Eds.), Proceedings of the 20th International Congress of Phonetic Sciences (3311-3315). Prague: Guarant International.', 'Cotopaxi ML Vowels')}
${dated('Stewart, J. (2013). Stories and Traditions from Pijal: Told in Media Lengua. North Charleston: CreateSpace.', 'ML Stories')}
<tr><td class="col1"><br><strong>Accepted/ Forthcoming/ In-press</strong></td><td class="col2"><br></td></tr>
<tr><td class="col1">J. Stewart &amp; O. Kriukova. (accepted). Morphological parsing for Media Lengua: When accessibility matters more than state-of-the-art. ComputEL-9: Ninth Workshop on the Use of Computational Methods in the Study of Endangered Languages.</td></tr>
<tr><td class="col1">Stewart, J. (accepted). Written Vowel Variation in Imbabura Media Lengua. Written Language and Literacy.</td></tr>
</table></body></html>`;

  it('reads both accepted rows, each in its own name form', () => {
    const read = rows(html, 'https://example.org/~stewart/pubs.html');
    expect(read.slice(-2)).toEqual([
      ['Morphological parsing for Media Lengua: When accessibility matters more than state-of-the-art', ['J. Stewart', 'O. Kriukova']],
      ['Written Vowel Variation in Imbabura Media Lengua', ['J. Stewart']],
    ]);
    expect(read).toHaveLength(6);
  });
});
