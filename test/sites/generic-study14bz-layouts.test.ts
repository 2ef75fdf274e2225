import { describe, expect, it } from 'vitest';
import { alfolio } from '../../lib/sites/alfolio';
import { parseHtmlDocument } from '../../lib/cli/dom';

/** Layouts of the former heldout88 pages (study14bz). */
describe('al-folio rows with one author printed inverted as BibTeX writes it (dakoda)', () => {
  const row = (author: string) =>
    `<li><div class="row"><div id="x" class="col-sm-8"><div class="title">Gesprochene Lernerkorpora des Deutschen: Eine Bestandsaufnahme</div>` +
    `<div class="author">${author}\n          </div><div class="periodical"><em>Zeitschrift für germanistische Linguistik</em> 2022</div></div></div></li>`;
  const read = (author: string) =>
    alfolio.extract(
      parseHtmlDocument(`<html><body><h2 class="year">2022</h2><ol class="bibliography">${row(author)}</ol></body></html>`),
      new URL('https://project.example.org/publikationen/'),
    ).entries[0]?.authors;

  it('reads "Family, Given" as one name, given name first', () => {
    expect(read('Wisniewski, Katrin')).toEqual(['Katrin Wisniewski']);
  });

  it('keeps names printed given first', () => {
    expect(read('Katrin Wisniewski, Anke Lüdeling')).toEqual(['Katrin Wisniewski', 'Anke Lüdeling']);
    expect(read('K. Wisniewski, A. Lüdeling')).toEqual(['K. Wisniewski', 'A. Lüdeling']);
  });
});
