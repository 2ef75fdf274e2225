import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout40 pages, study14ah. */
function read(html: string, url = 'https://www.owner.example.com/research/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><div class="content">${body}</div></body></html>`;

describe('APA paragraphs under a few "See also" links (detre)', () => {
  // The page's content as it writes it: a few links, then its journal papers and its posters.
  const html = page(
    '<div id="main">' +
      '<h1>Publications</h1>' +
      '<p>[Back to <a href="/research/" title="Research">Research</a>]</p>' +
      '<p>See also: the <a href="http://compmem.princeton.edu/publications.html">Norman lab publications page</a></p>' +
      '<p>On my PhD thesis, <a href="/research/weakening-memories-by-half-remembering-them/">Weakening memories by half-remembering them</a>.</p>' +
      '<p>See also: <a href="/software/">MVPA Toolbox and other research software I developed</a>.</p>' +
      '<h2 id="journals-and-book-chapters">Journals and book chapters</h2>' +
      '<p>Detre, G. J., Natarajan, A., Gershman, S. J. &amp; Norman, K. A. (2013). Moderate levels of activation lead to forgetting in the think/no-think paradigm. <em>Neuropsychologia</em>. <a href="http://compmem.princeton.edu/publications/detreetal2013.pdf">PDF</a></p>' +
      '<p>Pereira, F., Botvinick, M., Detre, G. (2013). Using Wikipedia to learn semantic feature representations of concrete concepts in neuroimaging experiments. <em>Artificial Intelligence</em>. <a href="http://www.sciencedirect.com/science/article/pii/S0004370212000756">Abstract</a></p>' +
      '<p>Pereira F, Detre G and Botvinick M (2011). Generating text from functional brain images. <em>Front. Hum. Neurosci.</em> <strong>5</strong>:72. doi: 10.3389/fnhum.2011.00072. Featured in <a href="http://www.economist.com/node/21534748">The Economist</a>, <a href="http://www.msnbc.msn.com/id/44361055/ns/technology_and_science-innovation/t/brain-reading-devices-could-kill-keyboard/#.UPaiHKG1VDx">MSNBC</a>, <a href="http://www.foxnews.com/tech/2011/09/03/brain-reading-devices-could-kill-keyboard.html">Fox News</a> and elsewhere - see <a href="http://www.princeton.edu/~fpereira/research.shtml">Francisco Pereira</a>\'s page for more info. <a href="http://www.frontiersin.org/human_neuroscience/10.3389/fnhum.2011.00072/abstract">Abstract</a>, <a href="http://www.princeton.edu/~matthewb/Publications/PereiraEtAl_Frontiers11.pdf">PDF draft</a>.</p>' +
      '<p>Norman, K. A., Detre, G. J. &amp; Polyn, S. M. (2008). Computational models of episodic memory. In R. Sun (ed), The <a href="http://www.cambridge.org/us/catalogue/catalogue.asp?isbn=9780521674102">Cambridge Handbook of Computational Cognitive Modeling</a>. <a href="http://compmem.princeton.edu/Norman_CambridgeHandbook.pdf">PDF</a></p>' +
      '<p>Schneider, A.S., Oppenheimer, D.M. &amp; Detre, G.J. (submitted). VAMP (Voting Agent Model of Preferences): A Computational Model of Individual Multi-attribute Choice. Not available online yet.</p>' +
      '<p>Norman, K.A., Newman, E.L. &amp; Detre, G.J. (2007). A neural network model of retrieval-induced forgetting. Psychological Review. <a href="http://compmem.princeton.edu/NormanNewmanDetreInPress.pdf">PDF</a></p>' +
      '<p>Norman, K. A., Newman, E. L., Detre, G. J., &amp; Polyn, S. M. (2006). How inhibitory oscillations can train neural networks and punish competitors. Neural Computation, 18:1577-1610 <a href="http://compmem.princeton.edu/NormanEtAl06_NC.pdf">PDF</a></p>' +
      '<p>Norman, K.A., Polyn, S.M., Detre, G.J. and Haxby, J.V. (2006). Beyond mind-reading: multi-voxel pattern analysis of fMRI data. Trends in Cognitive Sciences, 10(3). <a href="http://compmem.princeton.edu/NormanEtAlTICS.pdf">PDF</a></p>' +
      '<h2 id="conference-posters-and-abstracts">Conference posters and abstracts</h2>' +
      '<p>Detre, G.J., Polyn, S.M., Bannert, M.M., &amp; Norman, K.A. (2007). Context in free recall - multi-voxel pattern analysis of fMRI. Poster presented at the Annual Meeting of the Society for Neuroscience, San Diego, CA (Nov, 2007). <a href="http://compmem.princeton.edu/SFN07_detre.pdf">PDF</a></p>' +
      '<p>Schneider, A., Oppenheimer, D. Detre, G. (2007). Application of Voting Geometry to Multialternative Choice. Annual Meeting of the Cognitive Science Society, Nashville, Tennessee (2007).</p>' +
      '<p>Detre, G., Polyn, S.M., Moore, C.D., Natu, V.S., Singer, B.D., Cohen, J.D., Haxby, J.V., Norman, K.A. (2006). The Multi-Voxel Pattern Analysis (MVPA) toolbox. Poster presented at the Annual Meeting of the Organization for Human Brain Mapping (Jun 2006) <a href="http://compmem.princeton.edu/detre_et_al_mvpa_ohbm2006.pdf">PDF</a></p>' +
      '<p>Detre, G., Natu, V.S., Schneider, K., DeSimone, K., Kastner, S, Norman, K.A. (2005). Reading out the location being stored in spatial working memory with fMRI. Poster presented at the Annual meeting of the Society for Neuroscience, Washington, DC (Nov 2005). <a href="http://compmem.princeton.edu/detre_et_al_sfn_2005.pdf">PDF</a></p>' +
      '<p>Polyn, S., Detre, G., Takerkart, S., Natu, V., Benharrosh, M., Singer, B., Cohen, J., Haxby, J., Norman, K., (2005). A Matlab-based toolbox to facilitate multi-voxel pattern classification of fMRI data. Poster presented at the Annual Meeting of the Organization of Human Brain Mapping, Toronto, Canada, (June 2005). <a href="http://compmem.princeton.edu/polyn_et_al_mvpa_ohbm2005.pdf">PDF</a></p>' +
      '<p>Lenartowicz, A., Detre, G., Polyn, S., Chein, J., Yeung, N., Nystrom, L., Norman, K. A., Cohen, J. D. (2005). Characterization of brain states during task-switching using a neural network classifier. Poster presented at the Cognitive Neuroscience Society meeting, New York, NY. <a href="http://compmem.princeton.edu/lenartowicz_etal_CNS05.pdf">PDF</a></p>' +
      '<p>Norman, K., Newman, E., &amp; Detre, G. (2004, November). Further predictions from a neural network model of retrieval induced forgetting. Poster presented at the 45th Annual Meeting of the Psychonomic Society. Minneapolis, MN. <a href="http://compmem.princeton.edu/PNOMICS04.FINAL.pdf">PDF</a></p>' +
      '<p>Norman, K. A., Newman, E. L., Detre, G. J., &amp; Polyn, S.M. (2004). How theta oscillations can train neural networks and punish competitors. Cognitive Neuroscience, San Francisco, CA. <a href="http://compmem.princeton.edu/CNS04.FINAL.pdf">PDF</a></p>' +
      '<p>Norman, K. A., Newman, E. L., Detre, G. J., &amp; Polyn, S.M. (2004). How inhibitory oscillations can train neural networks and punish competitors. Computational and Systems Neuroscience, Cold Spring Harbor. <a href="http://compmem.princeton.edu/cosyne.FINAL.2004.pdf">PDF</a></p>' +
      '</div>' +
      '<footer>',
  );

  it('reads the paragraphs as references, not their links as titles', () => {
    const entries = read(html);
    const titles = entries.map((e) => e.title);
    expect(titles).toHaveLength(8);
    expect(titles).toContain('Generating text from functional brain images');
    expect(titles).toContain('Computational models of episodic memory');
    expect(titles).not.toContain('Norman lab publications page');
    expect(entries[0]!.authors).toEqual(['G. J. Detre', 'A. Natarajan', 'S. J. Gershman', 'K. A. Norman']);
  });
});
