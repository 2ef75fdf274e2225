import { describe, expect, it } from 'vitest';
import { generic, traceListReading } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/**
 * The generic reader on paragraphs that a run of siblings wrongly claims: bold-only section labels ("<p><strong>Book
 * Chapters</strong></p>") look like the bold title paragraphs that open papers written as flat runs. When those runs
 * read as no list, the paragraphs between the labels are read as the list they are.
 */
const titles = (html: string, url: string) => generic.extract(parseHtmlDocument(html), new URL(url)).entries.map((e) => e.title);

describe('generic: bold section labels over numbered paragraphs', () => {
  it('reads the paragraphs under "Manuscripts under reviewed", "Book Chapters" and "Journal/Refereed Conference Publications" (case from the page)', () => {
    const html = `<html><body><div id="content"><div class="feature">
<p><strong><font face="Arial" size="3">Manuscripts under reviewed</font></strong></p>
<p>[1] Z. Zhang, W. Hao, and J. Harlim<br>
 <em>A geometric local parameterization method for generalized Hele-Shaw free boundary problems with source terms</em> 
 <a href="https://arxiv.org/abs/2607.02880">[arXiv]</a>
 <p>[2] M. Kreider, J. Harlim, and D. Huang<br>
 <em>Learning dynamical systems from noisy data with weak-form kernel ridge regression.</em> 
 <a href="https://arxiv.org/abs/2607.00257">[arXiv]</a> 
 <p>[3] J. Song, D. Huang, and J. Harlim<br>
 <em>Learning solution operator of dynamical systems with diffusion maps kernel ridge regression.</em>
 <a href="https://arxiv.org/abs/2512.17203">[arXiv]</a> 
 <p>[4] X. Li, J. Harlim, D. Chakraborty, and R. Maulik<br>
 <em>A weak penalty Neural ODE for learning chaotic dynamics from noisy time series.</em> 
 <a href="https://arxiv.org/abs/2511.06609">[arXiv]</a>
 <p>[5] M. Kreider, J. Harlim, and D. Huang<br>
 <em>A model-free method for discovering symmetry in differential equations</em> 
 <a href="https://arxiv.org/abs/2511.09779">[arXiv]</a>
 <p>[6] Z. Zhang, W. Hao, and J. Harlim<br>
 <em>Geometric local parameterization for solving Hele-Shaw problems with surface tension</em> 
 <a href="https://arxiv.org/abs/2510.14088">[arXiv]</a>
 <p>[7] H. He, D. Huang, J. Harlim, and Y. Li<br>
 <em>Efficient MPC-based energy management system for secure and cost-effective microgrid operations</em> 
 <a href="https://arxiv.org/abs/2510.03241">[arXiv]</a>
 </p>
 <p>[8] J. Wilson Peoples and J. Harlim<br>
 <em>A higher order local mesh method for approximating Laplacians on unknown manifolds</em> 
 <a href="https://arxiv.org/abs/2405.15735">[arXiv]</a>
 </p>
<p> <strong><font face="Arial" size="3">Book Chapters</font></strong> </p>
<p>[2] J. Harlim<br>
  <em>Model error in data assimilation</em><br>
  <a href="http://www.cambridge.org/9781107118140">Nonlinear and Stochastic Climate Dynamics, Eds. C.L.E. Franzke and T.J. O'Kane, Cambridge University Press, pp.276-317, 2017.</a></p>
<p><strong><font face="Arial" size="3">Journal/Refereed Conference Publications</font></strong></p>
<p><strong><font face="Arial" size="2">2026</font></strong></p>
 <p>[70] A. Jiao, Q. Yan, J. Harlim, and L. Lu<br>
 <em>Solving forward and inverse PDE problems on unknown manifolds via physics-informed neural operators</em>
 <br><a href="https://doi.org/10.1137/24M1675254">SIAM J. Sci. Comput. 48(1):C136-C163, 2026.</a>
 <a href="https://arxiv.org/abs/2407.05477">[arXiv]</a>
 </p>
 <p>[69] J. Wilson Peoples and J. Harlim<br>
 <em>Spectral convergence of symmetrized graph Laplacian on manifolds with
 boundary</em><br> <a href="https://doi.org/10.3934/fods.2025005">Foundations of Data Science 8: 119-167, 2026.</a>
 <a href="https://arxiv.org/abs/2110.06988">[arXiv]</a>
 </p>
 <p><strong><font face="Arial" size="2">2025</font></strong></p> 
 <p>[68] Y. Yu, J. Harlim, D. Huang, and Y. Li<br>
 <em>Learning coarse-grained dynamics on graph</em><br> <a href="https://doi.org/10.1016/j.physd.2025.134801">Physica D 481, 134801, 2025.</a>
 <a href="https://arxiv.org/abs/2405.09324">[arXiv]</a>
 </p> 
 <p>[67] D. Huang, H. He, J. Harlim, and Y. Li<br>
 <em>Learning vector fields of differential equations on manifolds with geometrically constrained operator-valued kernels</em> 
 <br><a href="https://openreview.net/forum?id=OwpLQrpdwE">The Thirteenth International Conference on Learning Representations (ICLR), 2025, spotlight.</a>
 </p>
 <p><strong><font face="Arial" size="2">2024</font></strong></p>
 <p>[66] S. Liang, S.W. Jiang, J. Harlim, and H. Yang<br>
 <em>Solving PDEs on unknown manifolds with machine learning</em> 
 <br><a href="https://doi.org/10.1016/j.acha.2024.101652">Appl. Comput. Harmon. Anal. 71, 101652, 2024.</a>
 <a href="https://arxiv.org/abs/2106.06682">[arXiv]</a>
 </p>
 <p>[65] S.W. Jiang, R. Li, Q. Yan, and J. Harlim<br>
 <em>Generalized finite difference method on unknown manifolds</em> 
 <br><a href="https://doi.org/10.1016/j.jcp.2024.112812"> J. Comput. Phys. 502, 112812, 2024.</a> 
 <a href="https://arxiv.org/abs/2307.07617">[arXiv]</a>
 </p> 
 <p><strong><font face="Arial" size="2">2023</font></strong></p>
 <p>[64] J. Harlim, S.W. Jiang, and J. Wilson Peoples<br>
 <em>Radial basis approximation of tensor fields on manifolds: From operator estimation to manifold learning</em> 
 <br><a href="https://jmlr.org/papers/volume24/22-1193/22-1193.pdf"> J. Mach. Learn. Res. 24(345): 1-85, 2023.</a>
 <a href="https://arxiv.org/abs/2208.08369">[arXiv]</a>
 </p> 
 <p>[63] Q. Yan, S.W. Jiang, and J. Harlim<br>
 <em>Spectral methods for solving elliptic PDEs on unknown manifolds</em>
 <br><a href="https://doi.org/10.1016/j.jcp.2023.112132"> J. Comput. Phys. 486, 112132, 2023.</a>
 <a href="https://arxiv.org/abs/2210.10527">[arXiv]</a>
 </p>
 <p>[62] D. Qi and J. Harlim<br>
 <em>A data-driven statistical-stochastic surrogate modeling strategy for complex nonlinear non-stationary dynamics</em>
 <br><a href="https://doi.org/10.1016/j.jcp.2023.112085"> J. Comput. Phys. 485, 112085, 2023.</a>
 <a href="https://arxiv.org/abs/2208.10612">[arXiv]</a>
 </p>
 <p>[61] Y. Gu, J. Harlim, S. Liang, and H. Yang<br>
 <em>Stationary density estimation of It&ocirc; diffusions using deep learning</em>
 <br><a href="https://doi.org/10.1137/21M1445363"> SIAM J. Numer. Anal. 61(1) 45-82, 2023.</a>
 <a href="https://arxiv.org/abs/2109.03992">[arXiv]</a>
 </p>
 <p>[60] S.W. Jiang and J. Harlim<br>
 <em>Ghost point diffusion maps for solving elliptic PDEs on manifolds with classical boundary conditions</em>
 <br><a href="https://doi.org/10.1002/cpa.22035">Comm. Pure Appl. Math. 76(2) 337-405, 2023.</a>
 <a href="https://arxiv.org/abs/2006.04002">[arXiv]</a>
 </p>
 <p>[59] Q. Yan, S.W. Jiang, and J. Harlim<br>
 <em>Kernel-based methods for solving time-dependent advection-diffusion equations on manifolds</em>
 <br><a href="https://doi.org/10.1007/s10915-022-02045-w"> J. Sci. Comput. 94 (5), 2023.</a>
 <a href="https://arxiv.org/abs/2105.13835">[arXiv]</a>
 </p>
 <p><strong><font face="Arial" size="2">2022</font></strong></p>
 <p>[58] D. Qi and J. Harlim<br>
 <em>Machine learning-based statistical closure models for turbulent dynamical systems</em>
 <br><a href="https://doi.org/10.1098/rsta.2021.0205">Philos. Trans. R. Soc. A. 380:20210205, 2022.</a>
 <a href="https://arxiv.org/abs/2108.13220">[arXiv]</a>
 </p>
 <p>[57] J. Harlim, S.W. Jiang, H. Kim, and D. Sanz-Alonso<br>
 <em>Graph-based prior and forward models for inverse problems on manifolds with boundaries</em>
 <br><a href="https://doi.org/10.1088/1361-6420/ac3994">Inverse Problems 38, 035006, 2022.</a>
 <a href="https://arxiv.org/abs/2106.06787">[arXiv]</a>
 </p>
</div></div></body></html>`;
    expect(titles(html, 'https://example.org/~harlim/publications.html')).toEqual([
      'A geometric local parameterization method for generalized Hele-Shaw free boundary problems with source terms',
      'Learning dynamical systems from noisy data with weak-form kernel ridge regression',
      'Learning solution operator of dynamical systems with diffusion maps kernel ridge regression',
      'A weak penalty Neural ODE for learning chaotic dynamics from noisy time series',
      'A model-free method for discovering symmetry in differential equations',
      'Geometric local parameterization for solving Hele-Shaw problems with surface tension',
      'Efficient MPC-based energy management system for secure and cost-effective microgrid operations',
      'A higher order local mesh method for approximating Laplacians on unknown manifolds',
      'Model error in data assimilation',
      'Solving forward and inverse PDE problems on unknown manifolds via physics-informed neural operators',
      'Spectral convergence of symmetrized graph Laplacian on manifolds with boundary',
      'Learning coarse-grained dynamics on graph',
      'Learning vector fields of differential equations on manifolds with geometrically constrained operator-valued kernels',
      'Solving PDEs on unknown manifolds with machine learning',
      'Generalized finite difference method on unknown manifolds',
      'Radial basis approximation of tensor fields on manifolds: From operator estimation to manifold learning',
      'Spectral methods for solving elliptic PDEs on unknown manifolds',
      'A data-driven statistical-stochastic surrogate modeling strategy for complex nonlinear non-stationary dynamics',
      'Stationary density estimation of Itô diffusions using deep learning',
      'Ghost point diffusion maps for solving elliptic PDEs on manifolds with classical boundary conditions',
      'Kernel-based methods for solving time-dependent advection-diffusion equations on manifolds',
      'Machine learning-based statistical closure models for turbulent dynamical systems',
      'Graph-based prior and forward models for inverse problems on manifolds with boundaries',
    ]);
  });

  it('reads three-line entries under bold labels, a long section among them', () => {
    const topics = [
      'river deltas',
      'karst aquifers',
      'alpine lakes',
      'peat bogs',
      'mangrove soils',
      'coastal dunes',
      'glacial tills',
      'salt marshes',
      'floodplain forests',
      'urban streams',
      'chalk streams',
      'tidal flats',
    ];
    const entry = (names: string, title: string, venue: string) => `<p>${names}<br>\n<i>${title}</i><br>\n${venue}</p>`;
    const journal = [...topics, ...topics.map((t) => `northern ${t}`)]
      .map((t, k) =>
        entry(
          'R. Okonkwo, L. Brandt and S. Ide',
          `Sediment carbon storage in ${t} under changing flow regimes`,
          `Water Resources Research ${40 + k}, ${k + 1}01-${k + 1}19, ${2010 + k}.`,
        ),
      )
      .join('\n');
    const html = `<html><body><h1>R. Okonkwo</h1><div><div class="main">
<p><b>Manuscripts under review</b></p>
<p>L. Brandt, S. Ide and R. Okonkwo<br>\n<i>Nitrate legacies in lowland catchments</i><br>\nUnder review at Water Resources Research. <a href="https://arxiv.org/abs/2601.01234">[arXiv]</a></p>
<p>S. Ide and R. Okonkwo<br>\n<i>Rewetting drained fens: a field experiment</i><br>\nUnder review at Water Resources Research. <a href="https://arxiv.org/abs/2602.04321">[arXiv]</a></p>
<p>R. Okonkwo, T. Mbeki and L. Brandt<br>\n<i>Dissolved organic carbon export from thawing permafrost</i><br>\nUnder review at Water Resources Research. <a href="https://arxiv.org/abs/2603.05555">[arXiv]</a></p>
<p><b>Journal Articles</b></p>
${journal}
<p><b>Conference Proceedings</b></p>
${entry('L. Brandt and R. Okonkwo', 'A low-cost sensor network for river stage monitoring', 'Proc. of the European Geosciences Union General Assembly, Vienna, 2019.')}
<p><b>Working Papers and Reports</b></p>
${entry('R. Okonkwo', 'Salinity intrusion in coastal wells of the delta region', 'Technical Report 14, Delta Water Board, 2015.')}
</div><p>Contact: okonkwo@example.org</p></div></body></html>`;
    // The page's markup reads so itself, not only the text reading that stands in for it.
    const markup: string[] = [];
    traceListReading(parseHtmlDocument(html), new URL('https://example.org/okonkwo/'), (e) => {
      if (e.kind === 'source') markup.push(...e.markup.map((c) => c.title));
    });
    expect(markup).toEqual(titles(html, 'https://example.org/okonkwo/'));
    expect(markup).toEqual([
      'Nitrate legacies in lowland catchments',
      'Rewetting drained fens: a field experiment',
      'Dissolved organic carbon export from thawing permafrost',
      ...[...topics, ...topics.map((t) => `northern ${t}`)].map((t) => `Sediment carbon storage in ${t} under changing flow regimes`),
      'A low-cost sensor network for river stage monitoring',
      'Salinity intrusion in coastal wells of the delta region',
    ]);
  });
});
