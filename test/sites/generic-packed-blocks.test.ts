import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/**
 * The generic reader on entries a page packs several to one element: a heading used as the list's container, two
 * references in one paragraph of a list of one-reference paragraphs, a section that a modifier class sets apart.
 */
const read = (html: string, url: string) => generic.extract(parseHtmlDocument(html), new URL(url));
const titles = (html: string, url: string) => read(html, url).entries.map((e) => e.title);

describe('generic: a heading used as the container of a whole list ("<h4>[1] … <br><br>[2] …</h4>")', () => {
  // wardgroup: every reference in one <h4>, blank lines between, each closing on its labelled title.
  const html = `<html><body><article><header><h2>Jonathan S. Ward Publications</h2></header>
<div align="justify"><h4>
[1] Ward, J. S.; Vezzoli, A. ; Wells, C.; Bailey, S.; Jarvis, S. P.; Lambert, C. J.; Robertson, C.; Nichols, R. Higgins, S. Angew. Chem. Int. Ed. 2024, e202403577 DOI: 10.1002/anie.202403577 Title: A Systematic Study of Methyl Carbodithioate Esters as Effective Gold Contact Groups for Single-Molecule Electronics.<br><br>
[2] Herrer, L.; Naghibi, S.; Ward, J. S.; Bonestre, J. M.; Higgins, S. J.; Martin, S.; Vezzoli, A.; Nichols, R. J.; Serrano, J. L; Cea, P. Adv. Mater. Interfaces 2023, 2300133 Title: Sheathed Molecular Junctions for Unambiguous Determination of Charge-Transport Properties.<br><br>
[3]	dos Santos, P. L.; Pereira, D. S.; Eng, J.; Ward, J. S.; Bryce, M. R.; Penfold, T. J.; Monkman, A. P. ChemPhotoChem 2022, DOI: 10.1002/cptc.202200248 Title: Fine tuning the Photophysics of Donor-Acceptor (D-A3) Thermally Activated Delayed Fluorescence Emitters Using Isomerisation.<br><br>
[4]	Ward, J. S.; Vezzoli A. Curr. Opin. Electrochem. 2022, DOI: 10.1016/j.coelec.2022.101083 Title: Key Advances in Electrochemically-Addressable Single-Molecule Electronics.<br><br>
[5]	Ward, J. S. Reference Module in Chemistry, Molecular Sciences and Chemical Engineering, Elsevier, 2021. Comprehensive Organometallic Chemistry IV, Vol 15, pages 314-330 DOI: 10.1016/B978-0-12-820206-7.00047-0. Title: Manganese-Based Carbon Monoxide-Releasing Molecules: A Multitude of Organometallic Pharmaceutical Candidates Primed for Further Biological Analysis. <br><a href="https://doi.org/10.1016/B978-0-12-820206-7.00047-0"> https://doi.org/10.1016/B978-0-12-820206-7.00047-0 </a><br><br>
[6]	Hempe, M.; Harrison, A. K; Ward, J. S.; Batsanov, A. S.; Fox, M. A.; Dias, F. B.; Bryce, M. R. J. Org. Chem. 2021, 86, 1, 429–445 (equal contribution). Title: Cyclophane Molecules Exhibiting Thermally Activated Delayed Fluorescence: Linking Donor Units to Influence Molecular Conformation.
</h4></div></article></body></html>`;

  it('reads each piece as an entry, its labelled title as the title (case from the page)', () => {
    const entries = read(html, 'https://wardgroup.github.io/Publications.html').entries;
    expect(entries.map((e) => e.title)).toEqual([
      'A Systematic Study of Methyl Carbodithioate Esters as Effective Gold Contact Groups for Single-Molecule Electronics',
      'Sheathed Molecular Junctions for Unambiguous Determination of Charge-Transport Properties',
      'Fine tuning the Photophysics of Donor-Acceptor (D-A3) Thermally Activated Delayed Fluorescence Emitters Using Isomerisation',
      'Key Advances in Electrochemically-Addressable Single-Molecule Electronics',
      'Manganese-Based Carbon Monoxide-Releasing Molecules: A Multitude of Organometallic Pharmaceutical Candidates Primed for Further Biological Analysis',
      'Cyclophane Molecules Exhibiting Thermally Activated Delayed Fluorescence: Linking Donor Units to Influence Molecular Conformation',
    ]);
    expect(entries[1]!.authors.slice(0, 3)).toEqual(['L. Herrer', 'S. Naghibi', 'J. S. Ward']);
    expect(entries[1]!.year).toBe(2023);
  });

  it('a title a note renames in running text ("geänderter Titel: …") is no labelled title', () => {
    const note = `<html><body><h4>Publications</h4><ul>
<li>Voigt, T. (2007): Entrepreneurial Decision-making in Cooperative Organizations, Arbeitspapier Nr. 70 vom 23. November 2007, geänderter Titel: Innovation processes in Cooperative Organizations.</li>
<li>Voigt, T. (2009): Die Interaktion von Genossenschaften und ihren Mitgliedern im Wettbewerb, Marburg 2009.</li>
<li>Brunner, A. (2004): Wohnungsgenossenschaften: Potenziale und Perspektiven, Marburg 2004.</li>
</ul></body></html>`;
    expect(titles(note, 'https://example.org/publikationen.html')[0]).not.toMatch(/^Innovation processes/);
  });
});

describe('generic: two references in one paragraph of a list of one-reference paragraphs', () => {
  it('a blank line between two references, the first title set in a styled span, the second in <i> (case from piedade)', () => {
    const p = (names: string, year: number, title: string, venue: string) =>
      `<p class="u-text-7"> ${names} (${year})&nbsp;<i>${title}</i>. ${venue} <a href="https://doi.org/10.1/${year}">doi:10.1/${year}</a> <br></p>`;
    const html = `<html><body><h1>Publications</h1>
${p('Fernandes, M. E., &amp; <b>Piedade, C. A.</b>', 2026, 'Regular polytopes of rank n/2 for transitive groups of degree n', 'Journal of Algebra Volume 689, 1 March 2026, Pages 256-296.')}
${p('Fernandes, M. E., &amp; <b>Piedade, C. A.</b>', 2025, 'The degrees of the orientation-preserving automorphism groups of toroidal maps and hypermaps', 'Journal of Algebraic Combinatorics, Volume 61, article number 55.')}
${p('<b>Piedade, C. A. </b>&amp; Tranchida, P.', 2025, 'Constructing New Geometries: A Generalized Approach to Halving for Hypertopes', 'Combinatorica, Volume 45, article number 10.')}
<p class="u-text-5">Fernandes, M. E.,&nbsp;<b>Piedade, C. A. <span style="font-weight: 400;">,</span>
            <span style="font-weight: 400;">&amp; Reade, O</span>.</b>&nbsp;(2024)<i>
            <span style="font-weight: 700;"></span></i>
          <span style="font-style: italic;"></span><b>
            <span style="font-weight: 400;">
              <span style="font-style: italic;">String C-group representations of transitive groups: a case study with
degree 11.</span> The Art of Discrete and Applied Mathematics, Vol. 7 No. 2 <a href="https://doi.org/10.26493/2590-9770.1627.77a">doi:10.26493/2590-9770.1627.77a</a>
            </span>
            <br>
            <br>Piedade, C. A.</b> (2023)<i> Infinite families of hypertopes from centrally symmetric polytopes</i>. Electronic Journal of Combinatorics, 40(2), P2.20.
			<a href="https://doi.org/10.37236/10392">doi:10.37236/10392</a>
        </p></body></html>`;
    expect(titles(html, 'https://piedade.github.io/publications.html')).toEqual([
      'Regular polytopes of rank n/2 for transitive groups of degree n',
      'The degrees of the orientation-preserving automorphism groups of toroidal maps and hypermaps',
      'Constructing New Geometries: A Generalized Approach to Halving for Hypertopes',
      'String C-group representations of transitive groups: a case study with degree 11',
      'Infinite families of hypertopes from centrally symmetric polytopes',
    ]);
  });

  it('each reference read with its own title link: a second one whose long names list misreads alone (case from baetge)', () => {
    const p = (names: string, year: number, doi: string, title: string, journal: string) =>
      `<p>${names} (${year}) <a href="https://doi.org/${doi}">${title}</a>. <em>${journal}</em>.</p>`;
    const html = `<html><body><div class="section level3"><h3>2019</h3>
${p('Baetge, N., Graff, J. R., Behrenfeld, M. J., Carlson, C. A.', 2020, '10.3389/fmars.2020.00227', 'Net community production, dissolved organic carbon accumulation, and vertical export in the Western North Atlantic', 'Frontiers in Marine Science')}
${p('Bolaños, L. M., Karp-Boss, L., Choi, C. J., Worden, A. Z., Graff, J. R., <strong>Baetge, N.</strong>, Carlson, C. A.', 2020, '10.1038/s41396-020-0636-0', 'Small phytoplankton dominate western North Atlantic biomass', 'The ISME Journal')}
<p>Saliba, G., Chen, C. L., Lewis, S., Russell, L. M., Rivellini, L. H.,
Lee, A. K., Quinn, P.K., Bates, T.S., Haëntjens, N., Boss, E.S.,
Karp-Boss, L., <strong>Baetge, N.</strong>, Carlson, C., Behrenfeld, M.
(2019) <a href="https://doi.org/10.1073/pnas.1907574116">Factors driving
the seasonal and hourly variability of sea-spray aerosol number in the
North Atlantic</a>. <em>Proceedings of the National Academy of
Sciences</em>. 116(41), 20309-20314.<br>
<br>
Behrenfeld, M. J., Moore, R. H., Hostetler, C. A., Graff, J., Gaube, P.,
Russell, L. M., Chen, G., Doney, S.C., Giovannoni, S., Liu, H., Proctor,
C., Bolaños, <strong>Baetge, N.</strong>, Davie-Martin, C., Westberry,
T.K., Bates, T.S., Bell, T.G., Bidle, K.D.,, Boss, E.S., Brooks, S.D.,
Cairns, B., Carlson, C., Halsey, K., Harvey, E.L., Hu, Chuanmin,
Karp-Boss, L., Kleb, M., Menden-Deuer, S., Morison, F., Quinn, P.K.,
Scarino, A.J., Anderson, B., Chowdhary, J., Crosbie, E., Ferrare, R.,
Hair, J.W., Hu., Y., Janz, S., Redemann, J., Saltzman, E., Shook, M.,
Siegel, D.A., Wisthaler, A., Marting, M.Y., Ziemba, L. (2019) <a href="https://doi.org/10.3389/fmars.2019.00122">The North Atlantic
aerosol and marine ecosystem study (NAAMES): science motive and mission
overview</a>. <em>Frontiers in Marine Science.</em> 6, 122.</p></div></body></html>`;
    const entries = read(html, 'https://baetge.github.io/publications.html').entries;
    expect(entries.map((e) => e.title)).toEqual([
      'Net community production, dissolved organic carbon accumulation, and vertical export in the Western North Atlantic',
      'Small phytoplankton dominate western North Atlantic biomass',
      'Factors driving the seasonal and hourly variability of sea-spray aerosol number in the North Atlantic',
      'The North Atlantic aerosol and marine ecosystem study (NAAMES): science motive and mission overview',
    ]);
    expect(entries[3]!.authors.slice(0, 2)).toEqual(['M. J. Behrenfeld', 'R. H. Moore']);
  });

  it('a title, names and venue on lines of their own stay one entry', () => {
    const p = (title: string, names: string, venue: string) =>
      `<p>${title}<br>${names}<br>${venue}<br><a href="/papers/x.pdf">Manuscript</a></p>`;
    const html = `<html><body><h2>2026</h2>
${p('Investigating the analytical robustness of the social and behavioural sciences', 'Aczel B, Hardwick RM, Nosek BA', 'Nature (2026)')}
${p('Greater neural overlap between motor imagery and working memory than with movement execution', 'Van Caenegem EE, Moreno-Verdú M, Hardwick RM', 'Imaging Neuroscience (2026)')}
${p('Comparing electromyography, accelerometry, and visual inspection to assess the resting motor threshold', 'Hamoline G, Lunardi AE, Hardwick RM', 'Peer Community Journal (2026)')}
</body></html>`;
    expect(titles(html, 'https://baslab.github.io/publications.html')).toEqual([
      'Investigating the analytical robustness of the social and behavioural sciences',
      'Greater neural overlap between motor imagery and working memory than with movement execution',
      'Comparing electromyography, accelerometry, and visual inspection to assess the resting motor threshold',
    ]);
  });
});

describe('generic: references a reference manager closes with comments, run into one paragraph', () => {
  it('splits a paragraph at its comments where each run reads as a whole reference (case from enright)', () => {
    const html = `<html><body><main class="content column-page"><h2>Publications</h2>
<p>Enright AML, and Ferris FG. (2016) Fluctuation Analysis of Redox Potential to Distinguish Microbial Fe(II) Oxidation. <em>Astrobiology</em>, <em>16</em>, 11:846–852. doi: 10.1089/ast.2016.1509. <!--[pdf]
  file = {/Users/allisonenright/Documents/Zotero/ItemFiles/Enright and Ferris - 2016 - Fluctuation Analysis of Redox Potential to Disting.pdf}
}--></p>
<p>Enright AML, Edwards BA, and Ferris FG. (2019) Long Range Correlation in Redox Potential Fluctuations Signals Energetic Efficiency of Bacterial Fe(II) Oxidation. <em>Scientific Reports</em>, <em>9</em>, 1: 4018. doi: 10.1038/s41598-019-40499-5. <!--[pdf]
  file = {/Users/allisonenright/Documents/Zotero/ItemFiles/Enright et al. - 2019 - Long Range Correlation in Redox Potential Fluctuat.pdf}
}--></p>
<p>Ferris FG, Enright AML, Fortin D, and Clark ID. (2016) Rates of Fe(II)-Oxidation and Solubility of Bacteriogenic Iron Oxides. <em>Geomicrobiology Journal</em> <em>33</em>, 3-4: 237–242. doi: 10.1080/01490451.2015.1049305. <!--[pdf]
  file = {/Users/allisonenright/Documents/Zotero/ItemFiles/Ferris et al. - 2016 - Rates of Fe(II)-Oxidation and Solubility of Bacter.pdf}
}--></p>
<p>Percival JB, Jensen T, Wasyliuk K, Drever G, Sader J, Sarfi M, Hunt PA, Bibby C, Wong S, and Enright A. (2012) EXTECH IV Mineralogical Database: XRD, Infrared and TEM Analyses. GSC Open File 6968. doi: 10.4095/292112. <!--[Geoscan link]
  file = {/Users/allisonenright/Documents/Zotero/ItemFiles/OpenFile_6968_Appendix_A_ExtechIV-7.Min.Database.XRD.xls}
}
--> Percival JB, Potter EG, Lauziere K, Ijewliw O, Bilot I, Hunt P, English MLR, Olejarz AD, Laudadio AB, Enright AML, Robillard K-L, and Corriveau L. (2016) Mineralogy, Petrography and Autoradiography of Selected Samples from the Contact Lake and NICO Areas, Great Bear Magmatic Zone, Northwest Territories (IOCG-GEM Project). GSC Open File 7755. doi: 10.4095/297677. <!--[Geoscan link]
  file = {/Users/allisonenright/Documents/Zotero/ItemFiles/Percival et al. - 2016 - Mineralogy, petrography and autoradiography of sel.pdf}
}
--> Shirokova VL, Enright AML, Kennedy CB, and Ferris FG. (2016) Thermal Intensification of Microbial Fe(II)/Fe(III) Redox Cycling in a Pristine Shallow Sand Aquifer on the Canadian Shield. _ Water Research_ <em>106</em>, 604–612. doi: 10.1016/j.watres.2016.10.050. <!--[pdf]
  file = {/Users/allisonenright/Documents/Zotero/ItemFiles/Shirokova et al. - 2016 - Thermal intensification of microbial Fe(II)Fe(III.pdf}
}
--></p></main></body></html>`;
    const got = titles(html, 'https://enright.github.io/pubs.html');
    expect(got.slice(3)).toEqual([
      'EXTECH IV Mineralogical Database: XRD, Infrared and TEM Analyses',
      'Mineralogy, Petrography and Autoradiography of Selected Samples from the Contact Lake and NICO Areas, Great Bear Magmatic Zone, Northwest Territories (IOCG-GEM Project)',
      'Thermal Intensification of Microbial Fe(II)/Fe(III) Redox Cycling in a Pristine Shallow Sand Aquifer on the Canadian Shield',
    ]);
  });

  it('comments inside one reference (a renderer\'s "<!-- -->" between text pieces) split nothing', () => {
    const p = (names: string, year: number, title: string, journal: string) =>
      `<p>${names}<!-- -->. (<!-- -->${year}<!-- -->) <!-- -->${title}<!-- -->. <em>${journal}</em>.</p>`;
    const html = `<html><body><h2>Publications</h2>
${p('Enright AML, and Ferris FG', 2016, 'Fluctuation Analysis of Redox Potential to Distinguish Microbial Fe(II) Oxidation', 'Astrobiology')}
${p('Enright AML, Edwards BA, and Ferris FG', 2019, 'Long Range Correlation in Redox Potential Fluctuations Signals Energetic Efficiency', 'Scientific Reports')}
${p('Ferris FG, Enright AML, Fortin D, and Clark ID', 2016, 'Rates of Fe(II)-Oxidation and Solubility of Bacteriogenic Iron Oxides', 'Geomicrobiology Journal')}
</body></html>`;
    expect(titles(html, 'https://example.org/pubs.html')).toEqual([
      'Fluctuation Analysis of Redox Potential to Distinguish Microbial Fe(II) Oxidation',
      'Long Range Correlation in Redox Potential Fluctuations Signals Energetic Efficiency',
      'Rates of Fe(II)-Oxidation and Solubility of Bacteriogenic Iron Oxides',
    ]);
  });
});

describe('generic: a section that a modifier class sets apart from its siblings', () => {
  it('"<div class="pub-year preprint-card">" with two entries pools with the "<div class="pub-year">" years (case from aldayel)', () => {
    const entry = (names: string, year: number, title: string, venue: string) =>
      `<p>${names}. ${year}, "${title}." ${venue}. <a href="https://arxiv.org/abs/2601.0${year}">Link</a>.</p>`;
    const html = `<html><body><section class="content"><h2>Publications</h2>
<div class="pub-year preprint-card"><h3>Preprints &amp; Under Review</h3>
${entry('Jory Alshalan, Haya Albaker, Abeer Aldayel, AlJoharah Alabbdulatif, Rehab Alahmadee', 2026, 'Same Lesson, Different Story: Cross-Lingual Reconstruction of Cultural Narratives in Large Language Model', 'Under review')}
${entry('Rama Alomair, Remas Alsubaie, Walaa Saifalislam, Rima Alsonbul, Abeer Aldayel', 2026, 'Wisdom in Unity: The Role of Multilingual Training in Figurative Language Identification in Proverbs', 'Under review')}
</div>
<div class="pub-year"><h3>2025</h3>
${entry('Abeer Aldayel, Walid Magdy', 2025, 'Stance detection on social media with background knowledge', 'EMNLP 2025')}
${entry('Sara Alqahtani, Abeer Aldayel', 2025, 'A survey of Arabic stance detection datasets and methods', 'ACL 2025')}
</div>
<div class="pub-year"><h3>2024</h3>
${entry('Abeer Aldayel, Kareem Darwish', 2024, 'Characterizing the role of bots in polarized stance communities', 'ICWSM 2024')}
</div></section></body></html>`;
    expect(titles(html, 'https://aldayel.github.io/publications.html')).toEqual([
      'Same Lesson, Different Story: Cross-Lingual Reconstruction of Cultural Narratives in Large Language Model',
      'Wisdom in Unity: The Role of Multilingual Training in Figurative Language Identification in Proverbs',
      'Stance detection on social media with background knowledge',
      'A survey of Arabic stance detection datasets and methods',
      'Characterizing the role of bots in polarized stance communities',
    ]);
  });
});
