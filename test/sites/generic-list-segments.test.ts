import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/**
 * The generic reader on where a page's entries begin and end and which lists are papers: entries that are runs of text
 * between paragraphs, a list of talks labelled by a plain line, a highlights list repeated in the full list.
 */
const read = (html: string, url: string) => generic.extract(parseHtmlDocument(html), new URL(url));
const rows = (html: string, url: string) => read(html, url).entries.map((e) => [e.title, e.authors, e.year]);

describe('generic: a list labelled by a plain line before it ("Selected Recent Presentations of Note:")', () => {
  // A table layout (jprattmagnetic.github.io): each list in its own table, its label a <p> in the header row.
  const section = (label: string, items: string) => `<table><tbody>
<tr><td class="subHeader" colspan="3"><p style="margin-top: 0;">${label}</p><br></td></tr>
<tr><td rowspan="2" class="subHeader"><br></td></tr>
<tr><td class="bodyText"><ol>
${items}
</ol></td></tr></tbody></table>`;
  const papers = `<li>J. Pratt, A. Busse, W.-C. Mueller. <a href="https://doi.org/10.1051/0004-6361/201321613">Fluctuation dynamo amplified by intermittent shear-bursts in convectively-driven magnetohydrodynamic turbulence.</a> A&A 557 A76 (2013).</li>
<li>R. Moll, J. Pietarila-Graham, J. Pratt, R.H. Cameron. Universality of the Small-Scale Dynamo Mechanism. The Astrophysical Journal, 736(1), p36. July 2011.</li>
<li>T. Goffrey, J. Pratt, M. Viallet, I. Baraffe. Benchmarking the Multi-dimensional Stellar Implicit Code MUSIC. Astronomy and Astrophysics, 2017.</li>`;
  const talks = `<li>J. Pratt, W.-C. Mueller. "The Role of Magnetic Structures in Dynamo Action." (contributed talk) 53rd APS Division of Plasma Physics, 17 Nov 2011, Salt Lake City, Utah.</li>
<li>J. Pratt, E. Westerhof. "Simulation of suppression of neoclassical tearing modes with ECCD." (contributed talk) 54th APS Division of Plasma Physics, November 1, 2012, Providence, Rhode Island.</li>
<li>J. Pratt, W. Horton, H.L. Berk "GAMMA-10 Simulation Results and Implications for a Tandem Mirror Effort." (invited talk) Fusion Power Associates Symposium, Lawrence Livermore National Laboratory. December 3-4, 2008.</li>`;
  const paperTitles = [
    'Fluctuation dynamo amplified by intermittent shear-bursts in convectively-driven magnetohydrodynamic turbulence',
    'Universality of the Small-Scale Dynamo Mechanism',
    'Benchmarking the Multi-dimensional Stellar Implicit Code MUSIC',
  ];

  it('reads the papers and not the talks (case from the page)', () => {
    const html = `<html><body>${section('Highlighted Publications ', papers)}${section('Selected Recent Presentations of Note:  ', talks)}</body></html>`;
    expect(read(html, 'https://jprattmagnetic.github.io/publist.html').entries.map((e) => e.title)).toEqual(paperTitles);
  });

  it('a <p> right before a <ul> labels it too ("Invited talks"), and a list item before a list is no label', () => {
    const html = `<html><body><div><p>Journal articles</p><ul>${papers}</ul><p>Invited talks</p><ul>${talks}</ul></div></body></html>`;
    expect(read(html, 'https://example.org/~pratt/').entries.map((e) => e.title)).toEqual(paperTitles);
  });
});

describe('generic: a "Recent publications" list that the full list repeats', () => {
  const item = (names: string, year: number, title: string, journal: string, doi: string) =>
    `<li>${names} (${year}) ${title}. <em>${journal}</em>. <a href="https://doi.org/${doi}" class="uri">https://doi.org/${doi}</a></li>`;
  const a = item(
    'Alves KS, Shah DA, Dillard HR, Del Ponte EM, Pethybridge SJ',
    2025,
    'Safer and Smarter: Leveraging Interpretation-Guided Modeling and Data Merging of Disease and Environmental Data for Plant Disease Risk Prediction',
    'Phytopathology',
    '10.1094/PHYTO-01-25-0008-FI',
  );
  const b = item(
    'Sparks AH, Ponte EMD, Alves KS, Foster ZSL, Grunwald NJ',
    2023,
    'Openness and computational reproducibility in plant pathology: where we stand and a way forward',
    'Phytopathology',
    '10.1094/PHYTO-10-21-0430-PER',
  );
  const c = item(
    'Queiroz MF, Alves KS, Paixao CF, Alfenas RF, Del Ponte EM, Alfenas AC',
    2023,
    'Effect of rater instruction and standard area diagram structure on the accuracy of estimates of severity in leaf blight',
    'Tropical Plant Pathology',
    '10.1007/s40858-023-00580-x',
  );
  const d = item(
    'Del Ponte EM, Cazon LI, Alves KS, Pethybridge SJ, Bock CH',
    2022,
    'Standard area diagrams improve accuracy of visual estimates of the percentage area diseased',
    'Tropical Plant Pathology',
    '10.1007/s40858-021-00479-5',
  );

  it('reads each paper once (case from the page: Quarto sections of <ol>)', () => {
    const html = `<html><body><main>
<section id="recent-publications" class="level2"><h2>Recent publications</h2><ol type="1">${a}${b}</ol></section>
<section id="full-publication-list" class="level2"><h2>Full publication list</h2><ol type="1">${a}${b}${c}${d}</ol></section>
</main></body></html>`;
    const titles = read(html, 'https://kaiquealves.netlify.app/publications.html').entries.map((e) => e.title);
    expect(titles).toHaveLength(4);
    expect(new Set(titles).size).toBe(4);
  });

  it('a paper that two sections both list stays in both (only a whole list repeated is a highlights box)', () => {
    const html = `<html><body><h2>Journal papers</h2><ul>${a}${b}${c}</ul><h2>Selected for the department report</h2><ul>${b}${d}</ul></body></html>`;
    expect(read(html, 'https://example.org/alves/').entries).toHaveLength(5);
  });
});

describe('generic: entries written as runs of text between paragraphs (unclosed <p>, 1990s HTML)', () => {
  // freericks.dev/publist.html: "<h2>1990</h2>" then the first entry as loose text, the next ones each opened by "<p>";
  // the page closes a <head> it never opened, and every entry ends with a paragraph of commentary in italics.
  const html = `
<html>
<title>Things mfx' has gotten published</title>
</head>
<body>
<h1>List of Publications</h1>
<i>With comments. These are not really abstracts, more like descriptions of the historic context.</i>
<h2>1990</h2>
Markus Freericks, Alois Knoll:<br>
<b>ALDiSP - eine applikative Programmiersprache f&uuml;r Anwendungen in
der digitalen Signalverarbeitung,</b><br>
Forschungsberichte des Fachbereichs Informatik Nr. 1990/9, TU Berlin, 147pp.
<br><i>(Nothing more than my masters thesis (Diplom), stripped down a
bit. Of course, the back-ups were several weeks out-dated.)</i>
<p>
Alois Knoll, Markus Freericks:<br>
<b>Aldisp - An Applicative Real-Time Language for DSP
Programming,</b><br>
CIT/IEEE International Conference on Signal Processing, Beijing, 1990
<br><i>(Presented by Alois. Short paper on the thesis language. For all
these IEEE conferences, no good postscript versions exist.)</i>
<h2>1991</h2>
Rupert C. Nieberle, Stefan Koschorrek, Lutz Kosentzy and
Markus Freericks:<br>
<b>CAMP: Computer-Aided Music Processing,</b><br>
Computer Music Journal Vol. 15 No. 2 (Summer 1991)
<br><i>(Written in summer '89. I only heard of the existence of these two papers in 1994!)</i>
<p>
Rupert C. Nieberle and Markus Freericks:<br>
<b>Extending an Interactive Music Environment,</b><br>
Computer Music Journal Vol. 15 No. 2 (Summer 1991)
<br><i>(Describes my "Ylem" Realtime-Scheme-in-Realtime-Forth language extension, which I wrote as a MS thesis.)</i>
<p>
Markus Freericks:<br>
<b>The nML Machine Description Formalism,</b><br>
Forschungsberichte des Fachbereichs Informatik Nr.91-15, TU Berlin, 1991,
41pp.
<br><i>(The brain-child I am proudest of, since it is used by the largest number of people.)</i>
</body></html>`;

  it('each run and each paragraph is one entry: names, bold title, the year heading; the commentary is no field (case from the page)', () => {
    expect(rows(html, 'https://freericks.dev/publist.html')).toEqual([
      [
        'ALDiSP - eine applikative Programmiersprache für Anwendungen in der digitalen Signalverarbeitung',
        ['Markus Freericks', 'Alois Knoll'],
        1990,
      ],
      ['Aldisp - An Applicative Real-Time Language for DSP Programming', ['Alois Knoll', 'Markus Freericks'], 1990],
      ['CAMP: Computer-Aided Music Processing', ['Rupert C. Nieberle', 'Stefan Koschorrek', 'Lutz Kosentzy', 'Markus Freericks'], 1991],
      ['Extending an Interactive Music Environment', ['Rupert C. Nieberle', 'Markus Freericks'], 1991],
      ['The nML Machine Description Formalism', ['Markus Freericks'], 1991],
    ]);
  });

  it('variant: <h3> years, titles in <i>, a closing comment in parentheses that names other years', () => {
    const entry = (names: string, title: string, venue: string, comment: string) =>
      `${names}:<br>\n<i>${title}</i><br>\n${venue}<br>\n(${comment})\n`;
    const page = `<!DOCTYPE html><html><head><title>Papers</title></head><body>
<h3>2001</h3>
${entry('A. Thyagaraja, C. G. Windsor', 'The prediction of periods of high volatility in exchange markets', 'Physica A 299, 2001', 'Written in 1996 and rejected twice before it found a home; the data are from 1989 to 1995, sadly lost since.')}
<p>${entry('J. Mason, C. G. Windsor', 'Radar surface scans of buried mines in three dimensions', 'Insight 43, 2001', 'A follow-up of our 1990 paper, with the scans that were made in 1998 at the test range.')}
<h3>1998</h3>
${entry('T. Todd, C. G. Windsor', 'Progress in magnetic confinement fusion research', 'Contemporary Physics 39, 1998', 'A review for students, updated in 2004 for the second edition of the lecture notes.')}
<p>${entry('L. Capineri, C. G. Windsor', 'Three-dimensional buried object positions from arbitrary radar scans', 'Insight 40, 1998', 'The first of the radar papers; the method was patented in 2002 by the other group.')}
</body></html>`;
    expect(rows(page, 'https://example.org/windsor/papers.htm')).toEqual([
      ['The prediction of periods of high volatility in exchange markets', ['A. Thyagaraja', 'C. G. Windsor'], 2001],
      ['Radar surface scans of buried mines in three dimensions', ['J. Mason', 'C. G. Windsor'], 2001],
      ['Progress in magnetic confinement fusion research', ['T. Todd', 'C. G. Windsor'], 1998],
      ['Three-dimensional buried object positions from arbitrary radar scans', ['L. Capineri', 'C. G. Windsor'], 1998],
    ]);
  });
});

describe('generic: a linked italic title, then "with" and the coauthors (the owner never written; 1990s HTML)', () => {
  const windsorPage = `<HTML><BODY><H1>On-line papers by Colin Windsor</H1>
<P><A HREF="21WBPaper1/21WBPaper1.htm"><I><FONT SIZE=4>
Tungsten boride shields in a spherical tokamak fusion power plant
</A></I> with Jack O Astbury, James J Davidsonn, J Guy Morgan, Christopher Wilson and Samuel A Humphry-Baker. 
Nucl. Fusion <B>61</B> 086018 (2021) <A HREF="https://doi.org/10.1088/1741-4326/ac09ce">https://doi.org/10.1088/1741-4326/ac09ce</A>

<P><A HREF="21FMWebinar/21FMWebinar.htm"><I><FONT SIZE=4>
Is clean fusion energy finally within reach?</A></I> A webinar for Franklin Marshall University, Lancaster, Penn, USA (2021)
<A HREF=https://www.fandm.edu/common-hour/common-hour-archive/2021/03/03/is-clean-fusion-energy-finally-within-reach>https://www.fandm.edu/common-hour/common-hour-archive/2021/03/03/is-clean-fusion-energy-finally-within-reach</A>

<P><A HREF="19PhilTrans/19PhilTrans.htm"><I><FONT SIZE=4>
Can the development of fusion energy be 
accelerated? An introduction to the proceedings</A></I>. Phil. Trans. <B> A 2141 </B> (2019)
<A HREF=https://doi.org/10.1098/rsta.2017.0446>https://doi.org/10.1098/rsta.2017.0446</A>

<P><A HREF="18SandvikShield/18SandvikShield.htm"><I><FONT SIZE=4>
Design of cemented tungsten carbide and boride-containing shields for a fusion power plant 
</A></I> with J. M. Marshall, J. G. Morgan, 
J. Fair, G. D. W. Smith, A. Rajczyk-Wryk, and J. M. Tarrago <I>et al</I>. 
Nucl. Fusion <B> 58 </B> (2018) 076014 Accepted 12/4/18 <A HREF=https://doi.org/10.1088/1741-4326/aabdb0>
https://doi.org/10.1088/1741-4326/aabdb0</A>

<P><A HREF="17IAEA/17IAEA.htm"><I><FONT SIZE=4>
Compact Fusion Energy based on the Spherical Tokamak</A></I> with  
A. Sykes, A.E. Costley <I>et al</I>. Nucl. Fusion <B>58</B> 016039 (2017)

<P><A HREF="17fluxes/17fluxes.htm"><I><FONT SIZE=4>
Neutron and gamma flux distributions and their implications for radiation damage in the 
shielded superconducting core of a fusion power plant</A></I> with  J G Morgan, Nucl. Fusion <B>57</B> 116032  (2017)


</BODY></HTML>
`;

  it('the names after "with" are the authors (case from the page: colin-windsor.github.io)', () => {
    const entries = read(windsorPage, 'https://colin-windsor.github.io/HomePage/papers.htm').entries;
    // the webinar is read as a paper since study14ab (the owner's own papers carry no names here); the next case marks it
    expect(
      entries.filter((e) => !e.title.startsWith('Is clean fusion energy')).map((e) => [e.title, e.authors, e.authorsTruncated, e.year]),
    ).toEqual([
      [
        'Tungsten boride shields in a spherical tokamak fusion power plant',
        ['Jack O Astbury', 'James J Davidsonn', 'J Guy Morgan', 'Christopher Wilson', 'Samuel A Humphry-Baker'],
        false,
        2021,
      ],
      // the owner's own paper, no coauthors: no names, as the page writes it
      ['Can the development of fusion energy be accelerated? An introduction to the proceedings', [], false, 2019],
      [
        'Design of cemented tungsten carbide and boride-containing shields for a fusion power plant',
        ['J. M. Marshall', 'J. G. Morgan', 'J. Fair', 'G. D. W. Smith', 'A. Rajczyk-Wryk', 'J. M. Tarrago'],
        true,
        2018,
      ],
      ['Compact Fusion Energy based on the Spherical Tokamak', ['A. Sykes', 'A.E. Costley'], true, 2017],
      // Read by the trained tagger (lib/text/tagger.ts) with the weights of 2026-12-05 11:45 (and the first ones), not by
      // those in between: "with J G Morgan, Nucl. Fusion 57 116032 (2017)".
      [
        'Neutron and gamma flux distributions and their implications for radiation damage in the shielded superconducting core of a fusion power plant',
        ['J G Morgan'],
        false,
        2017,
      ],
    ]);
  });

  it('leaves out a webinar written like the papers', () => {
    const titles = read(windsorPage, 'https://colin-windsor.github.io/HomePage/papers.htm').entries.map((e) => e.title);
    expect(titles).not.toContain('Is clean fusion energy finally within reach?');
  });

  it('variant: italic titles without links, "with" then names and a journal', () => {
    const entry = (title: string, rest: string) => `<p><i>${title}</i> with ${rest}</p>\n`;
    const html = `<html><body><h2>Papers</h2>
${entry('Magnetic excitations in dilute antiferromagnets', 'R. A. Cowley, W. J. L. Buyers. Phys. Rev. B 12, 4411 (1975)')}
${entry('Neutron scattering from spin waves in nickel', 'G. Shirane and R. Nathans. J. Appl. Phys. 38, 1420 (1967)')}
${entry('Critical scattering of neutrons by iron alloys', 'M. F. Collins, R. Nathans and D. Cribier. Phys. Rev. 140, 1064 (1965)')}
</body></html>`;
    expect(rows(html, 'https://example.org/~windsor/papers.htm')).toEqual([
      ['Magnetic excitations in dilute antiferromagnets', ['R. A. Cowley', 'W. J. L. Buyers'], 1975],
      ['Neutron scattering from spin waves in nickel', ['G. Shirane', 'R. Nathans'], 1967],
      ['Critical scattering of neutrons by iron alloys', ['M. F. Collins', 'R. Nathans', 'D. Cribier'], 1965],
    ]);
  });
});

describe('generic: a poster without names in a list that marks its titles', () => {
  // Some titles link to ADS or arXiv, others do not; the italics mark every one.
  const journal = (names: string, title: string, rest: string, link = false) =>
    `<li> ${names} <em>"${link ? `<a href="https://arxiv.org/abs/x">${title}</a>` : title}"</em>, ${rest}</li>`;
  const poster = (title: string, rest: string) => `<li><em>"${title}"</em>, ${rest}</li>`;
  const page = (posters: string) => `<html><body>
<h3>Journal Publications</h3><ol reversed>
${journal('Few, C. G., Courty, S., Gibson, B. K. (2012)', 'RAMSES-CH: A New Chemodynamical Code for Cosmological Simulations', 'A&A, 540, A63', true)}
${journal('Few, C. G., Gibson, B. K., Courty, S. (2012)', 'Chemical Evolution of Simulated Galaxies', 'MNRAS, 424, 11')}
${journal('Calura, F., Few, C. G., Romano, D. (2015)', 'Stellar Feedback in Simulated Dwarf Galaxies', 'ApJ, 814, L14')}
${journal('Ruiz-Lara, T., Few, C. G., Gibson, B. K. (2016)', 'Age Gradients in Simulated Spiral Galaxies', 'A&A, 586, A112')}
</ol>
<h3>Posters</h3><ol reversed>
${posters}
</ol></body></html>`;

  it('is an entry with no authors, its year the one its text shows (case from the page)', () => {
    const html =
      page(`${poster('Recovering Abundance Ratios and Supernovae Rates with Numerical Chemodynamics', 'Galaxies and their Masks, Sesimbra (2012)')}
${poster('Finding Galactic Needles in a Cosmic Haystack', 'UCLan Graduate School Conference (2009)')}`);
    expect(rows(html, 'https://garethfew.com/publist.html').slice(4)).toEqual([
      ['Recovering Abundance Ratios and Supernovae Rates with Numerical Chemodynamics', [], 2012],
      ['Finding Galactic Needles in a Cosmic Haystack', [], 2009],
    ]);
  });

  it('variant: a marked line with no year after it is no entry', () => {
    const html = page(`${poster('Slides and notes for the summer school on numerical methods', 'available on request')}`);
    expect(rows(html, 'https://example.org/few/')).toHaveLength(4);
  });
});
