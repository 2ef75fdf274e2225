import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout68 pages (study14ba); rows from the real pages, cut down. */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('generic: a Quarto table listing of papers, no names on the page (timweaving)', () => {
  const row = (i: number, date: string, href: string, title: string, journal: string, position: string) =>
    `<tr data-index="${i}"><td><span class="listing-date">${date}</span></td>
<td><a href="${href}" class="title listing-title">${title}</a></td>
<td><span class="listing-journal-title"><em>${journal}</em></span></td>
<td><span class="listing-author-position">${position}</span></td></tr>`;
  const page = (heading: string) => `<html><head><title>${heading} – Tim Weaving</title></head><body><main>
<h1 class="title">${heading}</h1>
<table class="quarto-listing-table table"><thead><tr><th><a class="sort">Issued</a></th><th><a class="sort">Title</a></th>
<th><a class="sort">Journal</a></th><th><a class="sort">AuthorPos</a></th></tr></thead><tbody class="list">
${row(0, 'September,<br>2025', 'https://arxiv.org/abs/2509.02525', 'Evidence of Compact Wavefunctions from Quantum-Selected Configuration Interaction', 'arXiv', '1/4')}
${row(1, 'May,<br>2025', 'https://doi.org/10.22331/q-2025-05-05-1732', 'Accurately Simulating the Time Evolution of an Ising Model with Echo Verified Clifford Data Regression on a Superconducting Quantum Computer', 'Quantum', '1/5')}
${row(2, 'October,<br>2023', 'https://doi.org/10.1103/PhysRevResearch.5.043054', 'Benchmarking noisy intermediate scale quantum error mitigation strategies for ground state preparation of the HCl molecule', 'Physical Review Research', '1/6')}
${row(3, 'January,<br>2023', 'https://doi.org/10.1021/acs.jctc.2c00910', 'A Stabilizer Framework for the Contextual Subspace Variational Quantum Eigensolver and the Noncontextual Projection Ansatz', 'Journal of Chemical Theory and Computation', '1/6')}
</tbody></table></main></body></html>`;

  it('each row is a paper: the title cell, the year of the date cell, the journal cell as its venue (not the month)', () => {
    expect(
      read(page('Publications'), 'https://timweaving.github.io/papers/publications.html').map((e) => [e.title, e.authors, e.year, e.venue]),
    ).toEqual([
      ['Evidence of Compact Wavefunctions from Quantum-Selected Configuration Interaction', [], 2025, 'arXiv'],
      [
        'Accurately Simulating the Time Evolution of an Ising Model with Echo Verified Clifford Data Regression on a Superconducting Quantum Computer',
        [],
        2025,
        'Quantum',
      ],
      [
        'Benchmarking noisy intermediate scale quantum error mitigation strategies for ground state preparation of the HCl molecule',
        [],
        2023,
        'Physical Review Research',
      ],
      [
        'A Stabilizer Framework for the Contextual Subspace Variational Quantum Eigensolver and the Noncontextual Projection Ansatz',
        [],
        2023,
        'Journal of Chemical Theory and Computation',
      ],
    ]);
  });
  it("a blog's table listing of the same shape is no list of papers", () => {
    expect(read(page('Blog'), 'https://timweaving.github.io/blog.html')).toEqual([]);
  });
});
