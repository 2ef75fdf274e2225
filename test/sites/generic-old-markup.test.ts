import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { plainText } from '../../lib/sites/math-text';
import { hiddenByMarkup, mainContentRoot, selectedTextOf } from '../../lib/sites/page-text';

/** The generic reader on lists written in old hand-made markup (no list elements, editors' blank lines, bold labels). */
const read = (html: string, url: string) => generic.extract(parseHtmlDocument(html), new URL(url));

describe('generic: one <BLOCKQUOTE> of entries split by empty "<P></P>" (an MSHTML-era page)', () => {
  const html = `<HTML><BODY><TABLE><TBODY><TR><TD><HR>
<H3>Publications (<A href="https://scholar.google.com/citations?user=x">Google Scholar Citation</A>)</H3>
<BLOCKQUOTE>
  Mohammad Alaul Haque Monil, <B>Seyong Lee</B>, Jeffrey S. Vetter, and Allen D. Malony,
  <B>Understanding the Impact of Memory Access Patterns in Intel Processors</B>,
  <EM>MCHPC20: Workshop on Memory Centric High Performance Computing, in conjunction with SC20</EM>, 2020.
  <P></P>
  Jacob Lambert, <B>Seyong Lee</B>, Jeffrey S. Vetter, and Allen D. Malony,
  <B>CCAMP: An Integrated Translation and Optimization Framework for OpenACC and OpenMP</B>,
  <EM>SC 2020: The International Conference for High Performance Computing, Networking, Storage, and Analysis</EM>, 2020.
  <P></P>
  Jacob Lambert, <B>Seyong Lee</B>, Jeffrey S. Vetter, and Allen D. Malony,
  <A href="https://doi.org/10.1109/IPDPSW50202.2020.00084"> <B>In-Depth Optimization with the OpenACC-to-FPGA Framework on an Arria 10 FPGA</B></A>,
  <EM>The Nineth International Workshop on Accelerators and Hybrid Exascale Systems (AsHES), in conjunction with IPDPS20</EM>, New Orleans, LA, USA, 2020.
  <P></P>
</BLOCKQUOTE></TD></TR></TBODY></TABLE></BODY></HTML>`;

  it('each run between the empty paragraphs is one entry, its bold title and its names read', () => {
    const scan = read(html, 'https://seyonglee.github.io/publist.html');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.ids.doi])).toEqual([
      [
        'Understanding the Impact of Memory Access Patterns in Intel Processors',
        ['Mohammad Alaul Haque Monil', 'Seyong Lee', 'Jeffrey S. Vetter', 'Allen D. Malony'],
        2020,
        undefined,
      ],
      [
        'CCAMP: An Integrated Translation and Optimization Framework for OpenACC and OpenMP',
        ['Jacob Lambert', 'Seyong Lee', 'Jeffrey S. Vetter', 'Allen D. Malony'],
        2020,
        undefined,
      ],
      [
        'In-Depth Optimization with the OpenACC-to-FPGA Framework on an Arria 10 FPGA',
        ['Jacob Lambert', 'Seyong Lee', 'Jeffrey S. Vetter', 'Allen D. Malony'],
        2020,
        '10.1109/ipdpsw50202.2020.00084',
      ],
    ]);
  });
});

describe('generic: a bold line before a list is its section label ("<b>学会発表</b><br>": presentations, not papers)', () => {
  const item = (names: string, year: number, title: string, venue: string) =>
    `<li>\n${names}, ${year}: \n${title}. \n<i>${venue}</i>.\n</li>`;
  const html = `<html><body><h2>研究業績</h2>
<b>学術論文 [査読有り, 欧文]</b><br>
<ol reversed>
${item('<u>Unuma, T.</u>', 2024, 'Three-dimensional structure of an equilibrium drop size distribution within a convective system in Japan', 'Scientific Online Letters on the Atmosphere, <b>20</b>, 47-54')}
${item('<u>Unuma, T.</u>, H. Yamauchi, A. Umehara, and T. Kato', 2023, 'An equilibrium raindrop size distribution associated with a heavy-rain-producing convective system in Japan', 'Scientific Online Letters on the Atmosphere, <b>19</b>, 150-156')}
${item('<u>Unuma, T.</u>, and T. Takemi', 2021, 'Rainfall Characteristics and Their Environmental Conditions during the Heavy Rainfall Events over Japan in July of 2017 and 2018', 'Journal of the Meteorological Society of Japan, <b>99</b>, 165-180')}
</ol>
<br>
<b>国際会議・学会発表 [査読無し, 欧文]</b><br>
<ul>
${item('<u>Unuma, T.</u> and T. Takemi', 2026, 'Microphysical Features of a Heavy-rain-producing Convective System in Summer at the Central Part of Japan', 'Asia Oceania Geosciences Society annual meeting (AOGS2026)')}
${item('<u>Unuma, T.</u>', 2025, 'Moisture and stability controls on raindrop size distribution including breakup signature within convective clouds', 'AMS 41st Conference on Radar Meteorology')}
${item('A. Manda, S. Nakamuro, S. Iizuka, <u>T. Unuma</u>, and Q. Moteki', 2025, 'Multi-scale Controls on 3-hour Extreme Rainfall Over Kyushu Island, Japan, Based on Long-term in Situ Observations', 'AOGS2025')}
</ul>
</body></html>`;

  it('reads the papers (AMS names) and leaves the presentations out', () => {
    const scan = read(html, 'https://tunuma.github.io/research.html');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Three-dimensional structure of an equilibrium drop size distribution within a convective system in Japan', ['T. Unuma'], 2024],
      [
        'An equilibrium raindrop size distribution associated with a heavy-rain-producing convective system in Japan',
        ['T. Unuma', 'H. Yamauchi', 'A. Umehara', 'T. Kato'],
        2023,
      ],
      [
        'Rainfall Characteristics and Their Environmental Conditions during the Heavy Rainfall Events over Japan in July of 2017 and 2018',
        ['T. Unuma', 'T. Takemi'],
        2021,
      ],
    ]);
  });
});

describe('page-text: a bold line of its own is a heading (a section left out when it is off topic)', () => {
  it('"<b>Invited talks</b><br>" before a list heads it; a bold name inside an entry does not', () => {
    const doc = parseHtmlDocument(`<html><body><main>
<b>Journal articles</b><br>
<ul><li><b>A. Smith</b>, B. Jones, 2020: A title of a paper. Journal of Things, 1, 2-3.</li></ul>
<b>Invited talks</b><br>
<ul><li>A. Smith, 2021: A talk on things. University of Somewhere.</li></ul>
</main></body></html>`);
    const text = selectedTextOf(mainContentRoot(doc)!, plainText, hiddenByMarkup(doc), (h) => /talks/i.test(h));
    expect(text).toBe('Journal articles\nA. Smith, B. Jones, 2020: A title of a paper. Journal of Things, 1, 2-3.');
  });
});

describe('page-text: a bold label right before a list, without a line break ("<b>委員等</b><ol>")', () => {
  it('heads the list (left out as off topic); a bold title inside an item is no heading', () => {
    const doc = parseHtmlDocument(`<html><body><main>
<b>紀要等 [査読無し, 和文]</b><br>
<ol><li><b>大雨</b><br>鵜沼昂, 2024b: 大雨をもたらすメソ降水系の現状と今後. 月刊海洋, 56, 700-704.</li></ol>
<b>委員等</b>
<ol reversed><li>第 12 回メソ気象セミナー実行委員, 2026年?月</li></ol>
</main></body></html>`);
    const text = selectedTextOf(mainContentRoot(doc)!, plainText, hiddenByMarkup(doc), (h) => /委員|大雨/.test(h));
    expect(text).toBe('紀要等 [査読無し, 和文]\n大雨\n鵜沼昂, 2024b: 大雨をもたらすメソ降水系の現状と今後. 月刊海洋, 56, 700-704.');
  });
});

describe('generic: one heading per paper with its names paragraph under it (a Markdown page, orangehealth.nl)', () => {
  const abstract = `<p>Saliva diagnostics have become increasingly popular due to their non-invasive nature. ${'Various collection methods are available. '.repeat(12)}</p>`;
  const html = `<html><body><main>
<h1 id="leidraad">Praktische Leidraad voor interprofessionele mondzorg</h1>
<p>De zorgvraag van kwetsbare thuiswonende ouderen wordt steeds complexer.</p>
<h1>The impact of saliva collection methods on measured salivary biomarker levels</h1>
<p>H Al Habobe, EB Haverkort, K Nazmi, AP Van Splunter, RHH Pieters, FJ Bikker (<a href="https://doi.org/10.1016/j.cca.2023.117628">https://doi.org/10.1016/j.cca.2023.117628</a>)</p>
${abstract}
<h1>The Prevalence of Comorbidities in Individuals with Periodontitis in a Private Periodontal Referral Practice</h1>
<p>Nicky G F M Beukers, Bruno G Loos, Geert J M G van der Heijden, Elena Stamatelou (<a href="https://doi.org/10.3390/jcm13237410">https://doi.org/10.3390/jcm13237410</a>)</p>
${abstract}
<h1>Soil moisture sensing with low-cost capacitive probes</h1>
<p>Maria Lopez, Jan de Vries</p>
<p><em>Sensors</em> 21(4), 2021</p>
${abstract}
</main></body></html>`;

  it('each heading and the names under it is an entry; the abstract is not read into it', () => {
    const scan = read(html, 'https://orangehealth.nl/nl/publicaties/');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.ids.doi])).toEqual([
      [
        'The impact of saliva collection methods on measured salivary biomarker levels',
        ['H Al Habobe', 'EB Haverkort', 'K Nazmi', 'AP Van Splunter', 'RHH Pieters', 'FJ Bikker'],
        undefined,
        '10.1016/j.cca.2023.117628',
      ],
      [
        'The Prevalence of Comorbidities in Individuals with Periodontitis in a Private Periodontal Referral Practice',
        ['Nicky G F M Beukers', 'Bruno G Loos', 'Geert J M G van der Heijden', 'Elena Stamatelou'],
        undefined,
        '10.3390/jcm13237410',
      ],
      ['Soil moisture sensing with low-cost capacitive probes', ['Maria Lopez', 'Jan de Vries'], 2021, undefined],
    ]);
  });
});

describe('generic: "Names, Journal <b>vol</b>, page (Year).<br><em>Title</em>." in unclosed <li>s (ufkapano.github.io)', () => {
  const html = `<html><body><h3>PUBLIKACJE NAUKOWE / SCIENTIFIC PAPERS</h3><ol>
<li>M. Fiałkowski, A. Kapanowski, K. Sokalski,
Mol. Cryst. Liq. Cryst. <strong>265</strong>, 371 (1995).
<br><em>Microscopic Approach to Theory
of Biaxial Nematic Liquid Crystals</em>.

<li>A. Kapanowski,
Phys. Rev. E <strong>55</strong>, 7090 (1997).
<br><em>Statistical Theory of Elastic Constants
of Biaxial Nematic Liquid Crystals</em>.

<li>J. Nowak, B. Lis, Phys. Rev. B <strong>92</strong>, 115401 (2015).
<br><em>Spin waves in thin permalloy films</em>.
<br>arXiv:1501.01234 [cond-mat.mes-hall]
</ol></body></html>`;

  it('the names and the journal come from the citation, the title from the italics under it', () => {
    const scan = read(html, 'https://ufkapano.github.io/publikacje.html');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue, e.ids.arxiv])).toEqual([
      [
        'Microscopic Approach to Theory of Biaxial Nematic Liquid Crystals',
        ['M. Fiałkowski', 'A. Kapanowski', 'K. Sokalski'],
        1995,
        'Mol. Cryst. Liq. Cryst.',
        undefined,
      ],
      ['Statistical Theory of Elastic Constants of Biaxial Nematic Liquid Crystals', ['A. Kapanowski'], 1997, 'Phys. Rev. E', undefined],
      ['Spin waves in thin permalloy films', ['J. Nowak', 'B. Lis'], 2015, 'Phys. Rev. B', '1501.01234'],
    ]);
  });
});

describe('generic: a hand-written page whose <meta> comes before <head>, with unclosed "<p><b>J29.</b>" items (pacifici)', () => {
  const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 TRANSITIONAL//EN">
<html>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<head><title>Andrea Pacifici: publications</title></head>
<body>
<h3>International journals</h3>

<p><b>J30.</b> Fedeli, F., R. Mancini, C. Mannino, P. Ofria, G. Oriolo, A. Pacifici, V. Piccialli (2017).
Optimal design of a regional railway service in Italy,
<i>Journal of Rail Transport Planning & Management</i>,
accepted for publication.

<p><b>J29.</b> Nicosia, G., A. Pacifici, U. Pferschy (2017).
Competitive multi-agent scheduling with an iterative selection rule,
<i>4OR</i>, in press.

<p><b>J28.</b> Di Bartolomeo, M., E. Grande, G. Nicosia, A. Pacifici (2016).
Cheapest paths in dynamic networks,
<i>Networks</i>, 69(1), 23-32, 2017.</p>

<p><b>J22.</b> Agnetis A., H. Kellerer, G. Nicosia, A. Pacifici (2012).
Parallel dedicated machines scheduling with chain precedence constraints,
<i>European Journal of Operational Research</i>, 221, 296-305, 2012.</p>

<p><b>J3.</b> Okafor B., T. Lindqvist (2001).
Soil carbon under three tillage regimes,
submitted to <i>Geoderma</i> (Nov. 2001).
</body>
</html>`;

  it('the body is read as a browser parses it; a status after the italic journal is no part of the title', () => {
    const scan = read(html, 'https://pacifici-rm2.github.io/pubs.htm');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Optimal design of a regional railway service in Italy',
        ['F. Fedeli', 'R. Mancini', 'C. Mannino', 'P. Ofria', 'G. Oriolo', 'A. Pacifici', 'V. Piccialli'],
        2017,
        'Journal of Rail Transport Planning & Management',
      ],
      ['Competitive multi-agent scheduling with an iterative selection rule', ['G. Nicosia', 'A. Pacifici', 'U. Pferschy'], 2017, '4OR'],
      ['Cheapest paths in dynamic networks', ['M. Di Bartolomeo', 'E. Grande', 'G. Nicosia', 'A. Pacifici'], 2016, 'Networks'],
      [
        'Parallel dedicated machines scheduling with chain precedence constraints',
        ['A. Agnetis', 'H. Kellerer', 'G. Nicosia', 'A. Pacifici'],
        2012,
        'European Journal of Operational Research',
      ],
      ['Soil carbon under three tillage regimes', ['B. Okafor', 'T. Lindqvist'], 2001, 'Geoderma'],
    ]);
  });
});

describe('generic: a Spanish CV page with press and talk sections after its papers (maturana)', () => {
  const html = `<html><body><h3>Publicaciones y congresos</h3>
<h2>2015</h2>
<ul>
  <li><p>Hernández, J. y <em>Maturana, F</em>. “Contextos complejos, actores locales y políticas públicas”. Revista Iberoamericana de Estudios, n°11, vol 6., pp. 43-61. 2015.</p></li>
  <li><p>Barra, P. y <em>Maturana, F.</em>, 2015. “Análisis del proceso de difusión espacial del fútbol profesional en Chile”. Papeles de geografía.</p></li>
  <li><p><em>Maturana, F.</em> y Rojas, A., 2015. “Evolución del sistema urbano chileno”. Revista de Geografía Norte Grande, 60: 1-20.</p></li>
</ul>
<h2>Apariciones en prensa</h2>
<ul>
  <li><p><em>Maturana, F.</em> “Congestión vehicular: batalla perdida”. Columna publicada en diario la Segunda, 29 de agosto, 2015.</p></li>
  <li><p><em>Maturana, F.</em> “¿Integrar la vivienda social?”. Columna en diario El Sur, 2014.</p></li>
  <li><p><em>Maturana, F.</em> “Movilidad y Transporte”. Entrevista en Radio Bío-Bío, 2014.</p></li>
</ul>
<h2>Ponencias en congresos</h2>
<ul>
  <li><p><em>Maturana, F.</em> y Vial, C. “Interaction between the cities of southern Chile”. Regional Geographic Conference, Santiago, 2011.</p></li>
  <li><p><em>Maturana, F.</em> y Arenas, F. “Policentrismo en Chile”. XXXIII Congreso Nacional de Geografía, 2012.</p></li>
  <li><p><em>Maturana, F.</em> y Cornejo, F. “Sistemas de ciudades”. Seminario de Geografía Urbana, 2010.</p></li>
</ul></body></html>`;

  it('reads the papers, "y" joining their names, and not the press or the talks', () => {
    const scan = read(html, 'http://fmaturana.cl/publicaciones/');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Contextos complejos, actores locales y políticas públicas', ['J. Hernández', 'F. Maturana'], 2015],
      ['Análisis del proceso de difusión espacial del fútbol profesional en Chile', ['P. Barra', 'F. Maturana'], 2015],
      ['Evolución del sistema urbano chileno', ['F. Maturana', 'A. Rojas'], 2015],
    ]);
  });
});

describe('generic: "<strong>Title</strong><br><em>Names et al.</em><br>Journal <a>(Enlace - Open Access)</a>" (redondo, Hugo)', () => {
  const item = (title: string, names: string, journal: string, doi: string, label: string) =>
    `<li><p><strong>${title}</strong><br /><em>${names}</em><br />${journal} <a href="https://doi.org/${doi}">(${label})</a></p></li>`;
  const html = `<html><body><h1>Publicaciones</h1><ul>
${item('Physical comorbidities as a marker for high risk of psychological distress in cancer patients', 'Dafina Petrova, Daniel Redondo Sánchez, María-José Sánchez.', 'Psycho-Oncology.', '10.1002/pon.5632', 'Enlace')}
${item('Standardizing effect size from linear regression models with log-transformed variables for meta-analysis.', 'Miguel Rodríguez-Barranco, Aurelio Tobías, Daniel Redondo et al.', 'BMC Medical Research Methodology', '10.1186/s12874-017-0322-8', 'Enlace - Open Access')}
${item('Thyroid Cancer Epidemiology in South Spain: a population-based time trend study.', 'Elena Salamanca-Fernández, Daniel Redondo-Sánchez et al.', 'Endocrine', '10.1007/s12020-018-1681-6', 'Full text')}
</ul></body></html>`;

  it('a link label in brackets is no title: the bold line is', () => {
    const scan = read(html, 'https://danielredondo.com/publicaciones/');
    expect(scan.entries.map((e) => [e.title, e.authors, e.ids.doi])).toEqual([
      [
        'Physical comorbidities as a marker for high risk of psychological distress in cancer patients',
        ['Dafina Petrova', 'Daniel Redondo Sánchez', 'María-José Sánchez'],
        '10.1002/pon.5632',
      ],
      [
        'Standardizing effect size from linear regression models with log-transformed variables for meta-analysis',
        ['Miguel Rodríguez-Barranco', 'Aurelio Tobías', 'Daniel Redondo'],
        '10.1186/s12874-017-0322-8',
      ],
      [
        'Thyroid Cancer Epidemiology in South Spain: a population-based time trend study',
        ['Elena Salamanca-Fernández', 'Daniel Redondo-Sánchez'],
        '10.1007/s12020-018-1681-6',
      ],
    ]);
  });
});

describe('generic: HTML 3.2 sections headed by an underlined paragraph, talks among them (siddall)', () => {
  const html = `<html><body>
<p><u>Reviewed Publications</u></p>
<p>Siddall, S. E. (1991). Recent research on the queen conch. <b>Advances in World Aquaculture</b> 5: 90-108.</p>
<p>Malinowski, S. and S. E. Siddall (1989). Passive water re-use in a hard clam upflow nursery system. <b>Journal of Shellfish Research</b> 8(1):241-249.</p>
<p>Siddall, S. E. (1974). Studies of closed marine culture systems. <b>Progressive Fish-Culturist</b> 36(1):8-15.</p>
<p><u>Invited conference presentations</u><br>
The content of some of these presentations is <a href="talks/index.html">available here</a>.</p>
<p>Siddall, S. E.  Impact of Web 2.0 Applications on Education.
Celebration of Excellence in Teaching and Learning, April 3, 2007. University of Akron, Ohio. </p>
<p>Siddall, S. E.  If Content is King, Where's the Castle?
Guest presentation, February 23, 2007. Middlebury College, Middlebury, Vermont. </p>
<p>Siddall, S. E.  Sakai as a Service.
Sakai Conference, June 2, 2006.  Vancouver, BC Canada. </p>
<p><u>Talks</u></p>
<p>Siddall, S. E.  Detecting and Handling Plagiarism. Instructional Technology Seminars, December 8, 2005.  Denison University.</p>
<p>Siddall, S. E.  Classrooms: Focus on Technology. PKAL workshop, February 18, 2006.  Rhodes College, Memphis TN.</p>
</body></html>`;

  it('the underlined line over a note heads the talks, as an underlined paragraph alone does: only the papers are read', () => {
    const scan = read(html, 'http://www.siddall.info/pubs.htm');
    expect(scan.entries.map((e) => [e.title, e.year])).toEqual([
      ['Recent research on the queen conch', 1991],
      ['Passive water re-use in a hard clam upflow nursery system', 1989],
      ['Studies of closed marine culture systems', 1974],
    ]);
  });
});
