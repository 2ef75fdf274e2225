import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout81 pages (study14br), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('a year | title | journal table naming no one (akaishilab-publications)', () => {
  const row = (year: string, title: string, venue: string, doi?: string) =>
    `<tr><td style="text-align: center;">${year}</td><td style="text-align: left;">${
      doi ? `<a href="https://doi.org/${doi}" target="_blank">${title}</a>` : title
    }</td><td style="text-align: left;">${venue}</td></tr>`;
  const rows = [
    row(
      '2024',
      'Citizen‐participatory nationwide survey of mountain streamwater chemistry in Japan in 2022: Comparison of nitrate concentrations with the 2003 survey',
      'Ecological Research',
      '10.1111/1440-1703.12465',
    ),
    row('2023', '芦生研究林のきのこ相: 過去の文献調査と2019-2021の現地調査から', '森林研究', '10.60409/forestresearch.82.0_1'),
    row('2022', '自然保護活動等に関する世代間の参加意識の差とその要因', '地域自然史と保全'),
    row('2013', '過疎高齢化地域の老朽化・放棄ため池の新たな利活用創造に向けた取り組み．', '農業農村工学会誌'),
  ].join('\n');
  const table = (header: string) =>
    `<h2>論文等（一部）</h2><table class="table table-sm"><thead><tr class="header">${header}</tr></thead><tbody>${rows}</tbody></table>`;

  it('reads each row as its title, year and journal cells, with no names', () => {
    const entries = read(table('<th>年</th><th>タイトル</th><th>誌名</th>'));
    expect(entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Citizen‐participatory nationwide survey of mountain streamwater chemistry in Japan in 2022: Comparison of nitrate concentrations with the 2003 survey',
        [],
        2024,
        'Ecological Research',
      ],
      ['芦生研究林のきのこ相: 過去の文献調査と2019-2021の現地調査から', [], 2023, '森林研究'],
      ['自然保護活動等に関する世代間の参加意識の差とその要因', [], 2022, '地域自然史と保全'],
      ['過疎高齢化地域の老朽化・放棄ため池の新たな利活用創造に向けた取り組み', [], 2013, '農業農村工学会誌'],
    ]);
    expect(entries[1]!.ids.doi).toBe('10.60409/forestresearch.82.0_1');
  });

  it('reads an English header the same way', () => {
    const entries = read(table('<th>Year</th><th>Title</th><th>Journal</th>'));
    expect(entries.map((e) => [e.authors.length, e.year, e.venue])).toEqual([
      [0, 2024, 'Ecological Research'],
      [0, 2023, '森林研究'],
      [0, 2022, '地域自然史と保全'],
      [0, 2013, '農業農村工学会誌'],
    ]);
  });

  it('leaves a table whose header labels a names column to the names rule', () => {
    const named = `<h2>Publications</h2><table><thead><tr><th>Year</th><th>Title</th><th>Authors</th></tr></thead><tbody>
<tr><td>2024</td><td>Streamwater chemistry of mountain catchments in Japan</td><td>Akaishi D, Ishihara M, Tokuchi N</td></tr>
<tr><td>2023</td><td>Macrofungal fruiting bodies in central and northern Japan</td><td>Akaishi D, Nakamura K</td></tr>
<tr><td>2022</td><td>Participation in nature conservation across generations</td><td>Ishihara M, Akaishi D</td></tr>
</tbody></table>`;
    expect(read(named).map((e) => e.authors.length)).toEqual([3, 2, 2]);
    // A names column under a label of another spelling (JabRef's table export: "Author(s) | Title | Year").
    const jabref = named.replace('<th>Year</th><th>Title</th><th>Authors</th>', '<th>Year</th><th>Title</th><th>Author(s)</th>');
    expect(read(jabref).every((e) => e.authors.length >= 2)).toBe(true);
  });
});
