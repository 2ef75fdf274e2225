import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/**
 * The generic reader on entries that show no year in a list whose other entries do: an accepted paper written
 * "(accepted)" or "To appear." where its siblings write the year, and an entry that shows no year at all.
 */
const rows = (html: string, url: string) =>
  generic.extract(parseHtmlDocument(html), new URL(url)).entries.map((e) => [e.title, e.authors, e.year]);

describe('generic: entries with a status in place of a year', () => {
  it('reads "To appear." where the list writes its years (case from the page)', () => {
    // sailor-papers: "Names. Year. <a>Title</a>. In <em>Book</em>."
    const html = `<html><body><h2>Papers</h2><ul>
<li>Sailor, Craig. To appear. <a href="papers/sailor_26_tag-questions.pdf">Tag questions</a>. For <em>The Oxford Handbook of Non-Canonical Questions</em>, ed. N. Dehé, R. Eckardt, and G. Walkden. Oxford University Press.</li>
<li>Newell, Heather and Craig Sailor. To appear. <a href="papers/newell_sailor_syn-phon.pdf">Minimalism and the syntax-phonology interface</a>. For <em>The Cambridge Handbook of Minimalism</em>, eds. K. Grohmann and E. Leivada. Cambridge University Press.</li>
<li>Ahn, Byron, Sunwoo Jeong, and Craig Sailor. 2024. <a href="https://www.lingref.com/cpp/wccfl/39/abstract3613.html">Systematic 'stray' focus stress in English? ApparentLY!</a>. In <em>Proceedings of the 39th West Coast Conference on Formal Linguistics</em> (WCCFL 39).</li>
<li>Sailor, Craig. 2022. <a href="papers/sailor_22_segregated_transfer.pdf">The morphophonology of ellipsis: evidence for Segregated Transfer</a>. In <em>The Derivational Timing of Ellipsis</em>, eds. A. Lipták and G. Güneş. Oxford University Press.</li>
<li>Sailor, Craig. 2020. <a href="papers/sailor_20_rethinking-residual-v2.pdf">Rethinking 'residual' verb second</a>. In <em>Rethinking Verb Second</em>, eds. R. Woods and S. Wolfe. Oxford University Press.</li>
<li>Griffiths, James and Craig Sailor. 2015. <a href="papers/POGs_LIN_prepub.pdf">Prepositional object gaps in British English</a>. <em>Linguistics in the Netherlands 2015</em>, 63-74.</li>
<li>Sailor, Craig and Gary Thoms.  2014.  <a href="http://www.lingref.com/cpp/wccfl/31/abstract3039.html">On the non-existence of non-constituent coordination and non-constituent ellipsis</a>. In <em>Proceedings of the 31st West Coast Conference on Formal Linguistics </em>(WCCFL 31).</li>
<li>Ahn, Byron and Craig Sailor. 2014. <a href="papers/CLS46_ahnsailor_middles.pdf">The emerging middle class</a>. In <em>Proceedings of The 46th Annual Meeting of the Chicago Linguistic Society</em> (CLS 46).</li>
<li>Sailor, Craig and Anoop Mahajan.  2013.  <a href="papers/Sailor_Mahajan_NELS42paper.pdf">Toward a derivational typology</a>. In <em>Proceedings of the 42nd Annual Meeting of the North East Linguistic Society</em> (NELS 42).</li>
</ul></body></html>`;
    const read = rows(html, 'https://example.org/~sailor/papers.html');
    expect(read.slice(0, 2)).toEqual([
      ['Tag questions', ['Craig Sailor'], undefined],
      ['Minimalism and the syntax-phonology interface', ['Heather Newell', 'Craig Sailor'], undefined],
    ]);
    expect(read).toHaveLength(9);
  });

  it('reads "(accepted)" and an entry with no year at all among APA-style siblings; a line that is no reference stays out', () => {
    const html = `<html><body><h2>Publications</h2><ol>
<li>Okafor, N., &amp; Lindqvist, E. (accepted). Seasonal drift of soil microbial communities in boreal peatlands. <i>Soil Biology and Biochemistry</i>.</li>
<li>Okafor, N., Brandt, T., &amp; Ruiz, P. Nitrogen uptake by sphagnum mosses under experimental warming. <i>New Phytologist</i>.</li>
<li>Okafor, N. (2021). Methane fluxes from drained and rewetted peat soils. <i>Biogeosciences</i>, 18, 2201–2215.</li>
<li>Brandt, T., &amp; Okafor, N. (2019). Root exudates and decomposition in northern wetlands. <i>Ecology Letters</i>, 22(4), 610–619.</li>
<li>Okafor, N., Ruiz, P., &amp; Lindqvist, E. (2017). A field guide to peat coring for carbon accounting. <i>Mires and Peat</i>, 19, 1–12.</li>
<li>See also the lab's data sets page for the field data.</li>
</ol></body></html>`;
    const read = rows(html, 'https://example.org/okafor-lab/publications');
    expect(read.map((r) => r[0])).toEqual([
      'Seasonal drift of soil microbial communities in boreal peatlands',
      'Nitrogen uptake by sphagnum mosses under experimental warming',
      'Methane fluxes from drained and rewetted peat soils',
      'Root exudates and decomposition in northern wetlands',
      'A field guide to peat coring for carbon accounting',
    ]);
    expect(read[0]!.slice(1)).toEqual([['N. Okafor', 'E. Lindqvist'], undefined]);
    expect(read[1]!.slice(1)).toEqual([['N. Okafor', 'T. Brandt', 'P. Ruiz'], undefined]);
  });

  it('takes the year of the heading above an entry that shows none', () => {
    const html = `<html><body><h2>2023</h2><ul>
<li>Vieira, F. R. J et al. The top 100 diatom functions most expressed on the ocean.</li>
<li>Hoguin, A; Vieira, F. R. J et al. The diversity of DNA methyltransferases: novel insights from microalgal lineages. Nature Communications 14, 1001 (2023).</li>
<li>Vieira, F. R. J et al. A new approach to detect small viruses in ocean samples. Frontiers in Microbiology 14, 212 (2023).</li>
<li>Vieira, F. R. J, Lopes, M et al. Giant virus genomes in polar seawater metagenomes. Environmental Microbiology 25, 77 (2023).</li>
<li>Shao, Z; Vieira, F. R. J et al. Characterization of a chitin synthase from the diatom Thalassiosira pseudonana. The Plant Cell 35, 90 (2023).</li>
</ul></body></html>`;
    const read = rows(html, 'https://example.org/vieira/');
    expect(read[0]).toEqual(['The top 100 diatom functions most expressed on the ocean', ['F. R. J Vieira'], 2023]);
    expect(read).toHaveLength(5);
  });
});
