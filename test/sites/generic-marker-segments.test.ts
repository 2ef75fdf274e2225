import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/**
 * The generic reader on references written one after another inside one element, each opening a line of the page's
 * source with a list marker that no markup made a list of: a Markdown list the site did not convert ("-   Names.
 * Title."), numbering ("[1] … [2] …") inside one paragraph.
 */
const titles = (html: string, url: string) => generic.extract(parseHtmlDocument(html), new URL(url)).entries.map((e) => e.title);

describe('generic: references split at list markers inside one element', () => {
  it('reads each "-   " line of an unconverted Markdown list as its own entry (case from the page)', () => {
    const html = `<html><body><h2>Publications</h2><ul>
<li>Shimo H, Arjunan SNV, Machiyama H, Nishino T, Suematsu M, Fujita H,
    Tomita M, Takahashi K: Particle Simulation of Oxidation Induced Band
    3 Clustering in Human Erythrocytes. <em>PLoS computational
    biology</em>.&#160;11:e1004210
    (2015)&#160;<a href="http://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1004210">Open_Access</a></li>
<li>Nishino T, Yachie-Kinoshita A, Hirayama A, Soga T, Suematsu M,
    Tomita M. Dynamic Simulation and Metabolome Analysis of Long-Term
    Erythrocyte Storage in Adenine–Guanosine Solution. <em>PLoS One</em>.
    <strong>8</strong>(8):e71060 (2013)
    <a href="http://dx.doi.org/10.1371/journal.pone.0071060" title="PubMed">Open_Access</a></li>
<li>Okubo C, Sano HI, Naito Y, Tomita M. Contribution of quantitative
    changes in individual ionic current systems to the embryonic
    development of ventricular myocytes: a simulation study. <em>J Physiol
    Sci</em>. <strong>63</strong>(5):355-67 (2013)
    <a href="http://dx.doi.org/10.1007/s12576-013-0271-x" title="PubMed">Open_Access</a>
    <a href="http://www.ncbi.nlm.nih.gov/pubmed/23760774" title="PubMed">PubMed</a></li>
<li>
<p>Takahashi K, Kaizu K, Hu B, Tomita M. A multi-algorithm,
    multi-timescale method for cell simulation. <em>Bioinformatics</em>
    <strong>20</strong>(4):538-46 (2004)
    <a href="http://www.ncbi.nlm.nih.gov/pubmed/14990450" title="PubMed">PubMed</a>\</p>
<p><a href="http://www.e-cell.org/wp-content/uploads/2012/05/takahashi03-1-supp.pdf">Supplement</a>
-   Takahashi K, Ishikawa N, Sadamoto Y, Sasamoto H, Ohta S, Shiozawa A,
Miyoshi F, Naito Y, Nakayama Y, Tomita M. E-Cell 2: multi-platform
E-Cell simulation system. <em>Bioinformatics</em> <strong>19</strong>(13):1727-9 (2003)
<a href="http://www.ncbi.nlm.nih.gov/pubmed/15593410" title="PubMed">PubMed</a>
-   Hucka M, Finney A, Sauro HM, Bolouri H, Doyle JC, Kitano H, Arkin
AP, Bornstein BJ, Bray D, Cornish-Bowden A, Cuellar AA, Dronov S,
Gilles ED, Ginkel M, Gor V, Goryanin II, Hedley WJ, Hodgman TC,
Hofmeyr JH, Hunter PJ, Juty NS, Kasberger JL, Kremling A, Kummer U,
Le Novère N, Loew LM, Lucio D, Mendes P, Minch E, Mjolsness ED,
Nakayama Y, Nelson MR, Nielsen PF, Sakurada T, Schaff JC, Shapiro
BE, Shimizu TS, Spence HD, Stelling J, Takahashi K, Tomita M, Wagner
J, Wang J; SBML Forum. The systems biology markup language (SBML): a
medium for representation and exchange of biochemical
network models. <em>Bioinformatics</em> <strong>19</strong>(4):524-31 (2003)
<a href="http://www.ncbi.nlm.nih.gov/pubmed/12611808" title="PubMed">PubMed</a>
-   Tomita M, Hashimoto K, Takahashi K, Shimizu TS, Matsuzaki Y, Miyoshi
F, Saito K, Tanida S, Yugi K, Venter JC, Hutchison CA 3rd. E-CELL:
software environment for whole-cell simulation. <em>Bioinformatics</em>
<strong>15</strong>(1):72-84 (1999)
<a href="http://www.ncbi.nlm.nih.gov/pubmed/10068694" title="PubMed">PubMed</a>
-   Tomita M, Hashimoto K, Takahashi K, Shimizu T, Matsuzaki Y, Miyoshi
F, Saito K, Tanida S, Yugi K, Venter JC, Hutchison CA. E-CELL:
Software Environment for Whole Cell Simulation. <em>Genome Inform Ser
Workshop Genome Inform</em> <strong>8</strong>:147-155 (1997)
<a href="http://www.ncbi.nlm.nih.gov/pubmed/11072314" title="PubMed">PubMed</a></p>
</li>
</ul></body></html>`;
    const read = titles(html, 'https://www.e-cell.org/publications/');
    // The SBML paper's title is read with the end of its author list ("…, Wang J; SBML Forum. The systems biology …"),
    // a reading matter of the reference parser; the "Supplement" link before the first marker is read as an entry of
    // its own (as it was before the split).
    expect(read).toEqual(
      expect.arrayContaining([
        'Particle Simulation of Oxidation Induced Band 3 Clustering in Human Erythrocytes',
        'Dynamic Simulation and Metabolome Analysis of Long-Term Erythrocyte Storage in Adenine–Guanosine Solution',
        'A multi-algorithm, multi-timescale method for cell simulation',
        'E-Cell 2: multi-platform E-Cell simulation system',
        'E-CELL: software environment for whole-cell simulation',
        'E-CELL: Software Environment for Whole Cell Simulation',
      ]),
    );
    expect(read.filter((t) => t.includes('The systems biology markup language (SBML)'))).toHaveLength(1);
  });

  it('reads "[1] … [2] … [3]" numbered lines inside one <div> as entries, and leaves a paragraph with no markers whole', () => {
    const html = `<html><body><h2>Selected papers</h2><div class="pubs">
[1] Haruki Sato, Mei Lin and Tomas Varga. Sparse attention for long-range weather forecasts. In <i>Proceedings of ICML</i>, 2023.
[2] Mei Lin and Haruki Sato. Learning to downscale precipitation with diffusion models. <i>Journal of Climate</i> 36(4):101–118, 2022.
[3] Tomas Varga, Haruki Sato and Ana Ruiz. Uncertainty-aware nowcasting of convective storms. In <i>NeurIPS</i>, 2021.
[4] Haruki Sato. A benchmark for subseasonal forecasting over East Asia. <i>Monthly Weather Review</i> 149:55–70, 2021.
</div><p>Our group studies machine learning for weather and climate.
- We are hiring.</p></body></html>`;
    expect(titles(html, 'https://example.org/sato-lab/')).toEqual([
      'Sparse attention for long-range weather forecasts',
      'Learning to downscale precipitation with diffusion models',
      'Uncertainty-aware nowcasting of convective storms',
      'A benchmark for subseasonal forecasting over East Asia',
    ]);
  });
});
