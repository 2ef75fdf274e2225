import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on lists of a researcher's own works that name no one (study14ak): snippets from the dev pages, cut
 * down.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries.map((e) => [e.title, e.authors, e.year, e.venue]);
}

describe('an authorless list whose marked titles carry a note before the venue: "<em>Title</em> (co-author X), in: Book, Publisher, 2014." (taylor)', () => {
  const html = `<html><body><h3>Publications by Stephen Taylor include:</h3>
<ul class="buiten">
  <li><em>Schijnbare terugkeer en nieuwe idealen </em>(on organ music and organ playing in the Netherlands 1940- 1960), in: Orgels van de Wederopbouw, Walburg Pers, Zutphen, 2006.</li>
  <li><em>Het Marcussen-orgel in de Nicolaïkerk in Utrecht</em>, in: Orgels van de Wederopbouw, Walburg Pers, Zutphen, 2006.</li>
  <li><em>Who Created the Present Organ in St Bavo's? </em>(co-author Frits Elshout), in: The Haarlem Essays, Dr J. Butz Musikverlag, Bonn, 2014.</li>
  <li><em>The Danish Connection – organs by Marcussen  &amp; Søn in the Netherlands (1953-1973)</em>, in: The Organ Yearbook 2008 and 2009, Laaber Verlag, Laaber.</li>
  <li><em>Present-day organ-building problems and their practical solution</em>. Sybrand Zachariassen's lecture revisited (co-author Paul Peeters), in: The Organ Yearbook 2015, Laaber Verlag, Laaber.</li>
</ul></body></html>`;

  it('reads each marked title, the note left out of the venue', () => {
    const entries = read(html, 'https://taylor.example.nl/publications.html');
    expect(entries.map((e) => e.slice(0, 3))).toEqual([
      ['Schijnbare terugkeer en nieuwe idealen', [], 2006],
      ['Het Marcussen-orgel in de Nicolaïkerk in Utrecht', [], 2006],
      ["Who Created the Present Organ in St Bavo's?", [], 2014],
      ['The Danish Connection – organs by Marcussen & Søn in the Netherlands (1953-1973)', [], 2009],
      ['Present-day organ-building problems and their practical solution', [], 2015],
    ]);
    expect(entries[0]![3]).toBe('Orgels van de Wederopbouw, Walburg Pers, Zutphen');
  });
});

describe('the same list run on into a section of another kind (taylor)', () => {
  const html = `<html><body><h3>Publications by Stephen Taylor include:</h3>
<ul class="buiten">
  <li><em>Schijnbare terugkeer en nieuwe idealen </em>(on organ music and organ playing in the Netherlands 1940- 1960), in: Orgels van de Wederopbouw, Walburg Pers, Zutphen, 2006.</li>
  <li><em>Het Marcussen-orgel in de Nicolaïkerk in Utrecht</em>, in: Orgels van de Wederopbouw, Walburg Pers, Zutphen, 2006.</li>
  <li><em>Who Created the Present Organ in St Bavo's? </em>(co-author Frits Elshout), in: The Haarlem Essays, Dr J. Butz Musikverlag, Bonn, 2014.</li>
  <li><em>The Danish Connection – organs by Marcussen  &amp; Søn in the Netherlands (1953-1973)</em>, in: The Organ Yearbook 2008 and 2009, Laaber Verlag, Laaber.</li>
  <li><em>Present-day organ-building problems and their practical solution</em>. Sybrand Zachariassen's lecture revisited (co-author Paul Peeters), in: The Organ Yearbook 2015, Laaber Verlag, Laaber.</li>
</ul>
<h3>CD recordings by Stephen Taylor include:</h3>
<ul class="buiten">
  <li><em>50-jaar  Sweelinck-orgel   </em>(Marcussen   1953):  works   by  Reda,  Heiller,  David,  Pepping,   Bornefeld, Micheelsen, Distler and Gagnebin. Issued by the author in 2003.</li>
  <li><em>50-jaar Marcussen-orgel Nicolaïkerk Utrecht:</em> with co-organist Ko Zwanenburg, works by  a.o. Walcha, Sweelinck, J.S. Bach and Distler. Issued by the Nicolaïkerk, Utrecht, 2006.</li>
</ul></body></html>`;

  it('reads the publications and not the recordings', () => {
    expect(read(html, 'https://taylor.example.nl/publications.html').map((e) => e[0])).toEqual([
      'Schijnbare terugkeer en nieuwe idealen',
      'Het Marcussen-orgel in de Nicolaïkerk in Utrecht',
      "Who Created the Present Organ in St Bavo's?",
      'The Danish Connection – organs by Marcussen & Søn in the Netherlands (1953-1973)',
      'Present-day organ-building problems and their practical solution',
    ]);
  });
});
