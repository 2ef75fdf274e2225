import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';
import { CORPUS_PAGES, corpusHtml } from '../fixtures/corpus/corpus';

/** The generic reader on layouts of the former heldout79 pages (study14bn), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('a meeting\'s name before its italic acronym, "… (<i>ICLR 2025</i>)" (juncaihe-publications)', () => {
  const html = `<h2>Publications</h2><ul>
<li><p><b>J. He</b> and J. Xu. Deep Neural Networks and Finite Elements of Any Order on Arbitrary Dimensions. To appear in <i>Mathematical Models and Methods in Applied Sciences</i>, 37(1), 2027. [<a href="https://arxiv.org/abs/2312.14276">ArXiv:2312.14276</a>].</p></li>
<li><p>G. Bao, Y. Zhao, <b>J. He</b> and Y. Zhang. Glimpse: Enabling White-Box Methods to Use Proprietary Models for Zero-Shot LLM-Generated Text Detection. The Thirteenth International Conference on Learning Representations (<a href="https://openreview.net/forum?id=an3fugFA23"><i>ICLR 2025</i></a>). [<a href="https://arxiv.org/abs/2412.11506">ArXiv:2412.11506</a>].</p></li>
<li><p><b>J. He</b>, X. Liu and J. Xu. MgNO: Efficient Parameterization of Linear Operators via Multigrid. The Twelfth International Conference on Learning Representations (<a href="https://openreview.net/forum?id=8OxL034uEr"><i>ICLR 2024</i></a>). [<a href="https://arxiv.org/abs/2310.19809">ArXiv</a>].</p></li>
<li><p><b>J. He</b>, L. Li and J. Xu. Approximation Properties of Deep ReLU CNNs. <i>Research in the Mathematical Sciences</i>, 9(3), 2022. [<a href="https://arxiv.org/abs/2109.00190">ArXiv:2109.00190</a>].</p></li>
</ul>`;
  it('keeps the meeting\'s name and "To appear in" out of the title', () => {
    const entries = read(html);
    expect(entries.map((e) => e.title)).toEqual([
      'Deep Neural Networks and Finite Elements of Any Order on Arbitrary Dimensions',
      'Glimpse: Enabling White-Box Methods to Use Proprietary Models for Zero-Shot LLM-Generated Text Detection',
      'MgNO: Efficient Parameterization of Linear Operators via Multigrid',
      'Approximation Properties of Deep ReLU CNNs',
    ]);
    expect(entries[1]!.venue).toBe('ICLR 2025');
  });
  it('still runs a subtitle on to an italic journal in parentheses', () => {
    const entries = read(`<h2>Publications</h2><ul>
<li><span>Mavrot C., Passard C. &amp; Lits G. (dir.) <a href="https://journals.openedition.org/emulations/281">Paniques morales. 50 ans après Stanley Cohen</a> (<i>Émulations — Revue de sciences sociales</i>, vol. 15, n° 41), 2022</span></li>
<li><span>Kieffer S., Lits G. <a href="https://fr.ejo.ch/raconter">Raconter la pandémie de Covid-19 par ses chiffres. Les erreurs à ne pas commettre</a> (<i>European Journalism Observatory</i>), 2021</span></li>
<li><span>Mavrot C., Passard C., Lits G. <a href="https://journals.openedition.org/emulations/824">Paniques morales : requiem pour un concept ou second souffle ?</a> (<i>Émulations</i>, vol. 15, n° 41, p. 7-26), 2022</span></li>
</ul>`);
    expect(entries.map((e) => e.title)).toContain('Raconter la pandémie de Covid-19 par ses chiffres. Les erreurs à ne pas commettre');
  });
  it('runs the subtitle on over "(<i>Émulations …</i>" on the page it came from (lits-publications-fr)', () => {
    // The whole page: the snippet above reads the same with or without the venue-words condition; the page does not.
    const page = CORPUS_PAGES.find((p) => p.slug === 'lits-publications-fr')!;
    const titles = read(corpusHtml(page.slug), page.url).map((e) => e.title);
    expect(titles.find((t) => t.startsWith('Paniques morales') && !t.includes('requiem'))).toMatch(
      /^Paniques morales\. 50 ans après Stanley Cohen\b/,
    );
  });
});
