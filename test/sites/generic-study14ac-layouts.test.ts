import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';
import { lastYear } from '../../lib/text/reference';

/**
 * The generic reader on social-science and humanities pages from outside the English-speaking world (study14ac, the former
 * heldout55's tomaszewska, buscemi and frausto): snippets from the dev pages, cut down.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries.map((e) => [e.title, e.authors, e.year]);
}

describe('a list of the owner’s papers in a national free-text style: "Title, Journal t. XIX/2003, ISSN …, s. 91-103." (tomaszewska)', () => {
  const html = `<html><body><section><h2>Studia i artykuły</h2><ul>
<li>Konwencja o pracy na morzu z 2006 r. (MLC) stan po ratyfikacji, Prawo Morskie t.
  XXVIII/2012, Polska Akademia Nauk w Gdańsku, ISSN 0860-7338, s. 136-145.</li>
<li>Prawo do świadczeń z systemu zabezpieczenia społecznego w świetle prawa Unii Europejskiej, Z
  zagadnień zabezpieczenia społecznego nr 3/2011, Gdańsk 2011, s. 119-132 ISSN 2081-2310.</li>
<li>Kilka uwag o transgranicznym stosunku pracy i art. 39 TWE na tle orzeczeń prejudycjalnych
  ETS, (w:) Pytanie wstępne w orzecznictwie ETS. Funkcjonowanie procedury prejudycjalnej w
  Polsce, red. C. Mik, TNOiK, Toruń 2006, ISBN 978-83-7285-302-8; ISBN 83-7285-302-9, s. 285-306.</li>
<li>Tendencje liberalizacji żeglugi kabotażowej w Unii Europejskiej, Prawo Morskie t. XXI/2005,
  ISSN 0860-7338, s. 283-29.</li>
<li>Morskie aspekty prawa pracy, Prawo Morskie, t. XIX/2003, ISSN 0860-7338, s. 91-103.</li>
<li>Znaczenie Karty Fundamentalnych Praw Unii Europejskiej we wspólnotowym porządku prawnym,
  Studia Europejskie, t. 3, Toruń, s. 31-41.</li>
<li>Wolność pracy w ujęciu myśli liberalnej i "państwa dobrobytu", Studia Europejskie, t. IV,
  Toruń 2000.</li>
</ul></section></body></html>`;

  it('reads each title to its first comma, the year from the volume, the venue up to its numbers (an undated one too)', () => {
    const scan = generic.extract(parseHtmlDocument(html), new URL('https://tomaszewska.example.pl/publikacje.html'));
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Konwencja o pracy na morzu z 2006 r. (MLC) stan po ratyfikacji', [], 2012, 'Prawo Morskie'],
      [
        'Prawo do świadczeń z systemu zabezpieczenia społecznego w świetle prawa Unii Europejskiej',
        [],
        2011,
        'Z zagadnień zabezpieczenia społecznego',
      ],
      [
        'Kilka uwag o transgranicznym stosunku pracy i art. 39 TWE na tle orzeczeń prejudycjalnych ETS',
        [],
        2006,
        'Pytanie wstępne w orzecznictwie ETS',
      ],
      ['Tendencje liberalizacji żeglugi kabotażowej w Unii Europejskiej', [], 2005, 'Prawo Morskie'],
      ['Morskie aspekty prawa pracy', [], 2003, 'Prawo Morskie'],
      ['Znaczenie Karty Fundamentalnych Praw Unii Europejskiej we wspólnotowym porządku prawnym', [], undefined, 'Studia Europejskie'],
      ['Wolność pracy w ujęciu myśli liberalnej i "państwa dobrobytu"', [], 2000, 'Studia Europejskie'],
    ]);
  });

  it('takes the year after a volume’s or an issue’s slash', () => {
    expect(lastYear('Prawo Morskie t. XXVIII/2012, ISSN 0860-7338, s. 136-145.')).toBe(2012);
    expect(lastYear('Z zagadnień zabezpieczenia społecznego nr 3/2011')).toBe(2011);
    // An ePrint report number is no year.
    expect(lastYear('Cryptology ePrint Archive, Report 2014/928')).toBeUndefined();
  });
});

describe('"<a>Title</a> <i>Journal</i> date<br>Names" runs between blank <br>s under year headings (buscemi)', () => {
  const html = `<html><body><div id="layout-content">
<div id="subtitle"><h2>2022</h2></div>
<a href="https://doi.org/10.3390/vaccines10091414">Delayed Start of Routine Vaccination in Preterm and Small-for-Gestational-Age Infants: An Area-Based Cohort Study from the Tuscany Region, Italy.</a>
<i> Vaccines</i> 2022, 10, 1414.
<br>
 Lastrucci, V.; Puglia, M.; Pacifici, M.; Buscemi, P.; Sica, M.; Alderotti, G.
<br>
<br>
<br>
<a href="https://doi.org/10.1371/journal.pone.0264806">The indirect impact of COVID-19 pandemic on the utilization of the emergency medical services during the first pandemic wave.</a>
<i> PLoS One</i>, 2022 Jul 1;17(7):e0264806.
<br>
Lastrucci V, Collini F, Forni S, D'Arienzo S, Di Fabrizio V, Buscemi P.
<br>
<br>
<br>
<a href="https://doi.org/10.1111/jgs.17773">Long-term effects of SARS-CoV-2 vaccination in the nursing home setting.</a>
<i>  J Am Geriatr Soc </i>, 2022 May;70(5):1336-1341.
<br>
Rivasi G, Bulgaresi M, Bandinelli C, Balzi D, Tarantini F.<br>
<br>
<br>
<br>
<div id="subtitle7"><h2>15th European Public Health Conference 2022 - Berlin, Germany, 9-12 November 2022</h2></div>
<a href="https://doi.org/10.1093/eurpub/ckac131.075">USCA service utilization in the city of Florence (Italy) during the COVID-19 pandemic: Primo Buscemi</a>
<i>  European Journal of Public Health </i>, Volume 32, Issue Supplement_3, October 2022
<br>
P Buscemi, B Velpini, C Cosma, C Milani, R Landi
<br>
<br>
<br>
<div id="subtitle6"><h2>55° Congresso Nazionale SItI, Padova 28 settembre - 1 ottobre 2022</h2></div>
<a href="https://www.jpmh.org/index.php/jpmh/issue/view/110">La health literacy dei caregiver familiari degli anziani con demenza: risultati di uno studio cross-sectional</a>
<br>
C. Lorini, P. Buscemi, E. Mossello, G. Albora, B. Giammarco
<br>
<br>
<br>
<a href="https://www.jpmh.org/index.php/jpmh/issue/view/110">Valutazione del livello di stress e dei suoi predittori nei caregiver informali di anziani con demenza</a>
<br>
C. Lorini, M.A. Biamonte, E. Mossello, P. Buscemi, L. Fattorini
<br>
<br>
<br>
<div id="subtitle4"><h2>2021</h2></div>
<a href="https://doi.org/10.3390/vaccines9101174">Course and Lethality of SARS-CoV-2 Epidemic in Nursing Homes after Vaccination in Florence, Italy</a>
<i> Vaccines (Basel)</i>, 2021 Oct 13;9(10):1174.
<br>
Rivasi G, Bulgaresi M, Mossello E, Buscemi P, Lorini C.<br>
<br>
<br>
<br>
<div id="subtitle5"><h2>54° Congresso Nazionale SItI, Lecce 3-6 novembre 2021</h2></div>
<a href="http://www.igienistionline.it/docs/2022/54atti.pdf">Abstract 72 - L’IMPATTO DELLA PANDEMIA COVID-19 SULLA SALUTE DEGLI STUDENTI DELL’ATENEO FIORENTINO</a>
<br>
Buscemi P. , Scarpelli R. , Vettori V., Lastrucci V.<br>
<br>
<br>
</div></body></html>`;

  it('takes the link for the title and the line of names after the venue; congress abstracts without a year, their number and presenter cut', () => {
    expect(read(html, 'https://primobuscemi.example.io/pubblicazioni/index.html')).toEqual([
      [
        'Delayed Start of Routine Vaccination in Preterm and Small-for-Gestational-Age Infants: An Area-Based Cohort Study from the Tuscany Region, Italy',
        ['V. Lastrucci', 'M. Puglia', 'M. Pacifici', 'P. Buscemi', 'M. Sica', 'G. Alderotti'],
        2022,
      ],
      [
        'The indirect impact of COVID-19 pandemic on the utilization of the emergency medical services during the first pandemic wave',
        ['V Lastrucci', 'F Collini', 'S Forni', "S D'Arienzo", 'V Di Fabrizio', 'P Buscemi'],
        2022,
      ],
      [
        'Long-term effects of SARS-CoV-2 vaccination in the nursing home setting',
        ['G Rivasi', 'M Bulgaresi', 'C Bandinelli', 'D Balzi', 'F Tarantini'],
        2022,
      ],
      [
        'USCA service utilization in the city of Florence (Italy) during the COVID-19 pandemic',
        ['P Buscemi', 'B Velpini', 'C Cosma', 'C Milani', 'R Landi'],
        2022,
      ],
      [
        'La health literacy dei caregiver familiari degli anziani con demenza: risultati di uno studio cross-sectional',
        ['C. Lorini', 'P. Buscemi', 'E. Mossello', 'G. Albora', 'B. Giammarco'],
        2022,
      ],
      [
        'Valutazione del livello di stress e dei suoi predittori nei caregiver informali di anziani con demenza',
        ['C. Lorini', 'M.A. Biamonte', 'E. Mossello', 'P. Buscemi', 'L. Fattorini'],
        undefined,
      ],
      [
        'Course and Lethality of SARS-CoV-2 Epidemic in Nursing Homes after Vaccination in Florence, Italy',
        ['G Rivasi', 'M Bulgaresi', 'E Mossello', 'P Buscemi', 'C Lorini'],
        2021,
      ],
      [
        'L’IMPATTO DELLA PANDEMIA COVID-19 SULLA SALUTE DEGLI STUDENTI DELL’ATENEO FIORENTINO',
        ['P. Buscemi', 'R. Scarpelli', 'V. Vettori', 'V. Lastrucci'],
        2021,
      ],
    ]);
  });
});

describe('cards of a cover, a title, "A y B" names and a PDF link, in rows of two, no years (frausto)', () => {
  const box = (n: number, title: string, names: string) => `<div class="box">
  <div class="profile-img"><img src="img/${n}.png" alt=""></div>
  <h2>${title}</h2>
  <p>${names}</p>
  <a href="pdf/${n}.pdf" target="_blank">Visualizar y descargar</a>
</div>`;
  const html = `<html><body class="rojo"><h1>Publicaciones</h1>
<div class="wrapper">${box(1, 'El abandono escolar en el nivel secundaria: un descuido...', 'Francisco Urrutia y Adrián Frausto')}
${box(2, 'CONAFE: una apuesta para la cobertura escolar y...', 'Fernando Mejía y Adrián Frausto')}</div>
<div class="wrapper">${box(3, 'Entre la reforma y la disidencia. Experiencias de docentes...', 'Adriana Olvera, Adrián Frausto, et. al.')}
${box(4, 'Menos educación e investigación mientras se estabiliza...', 'Francisco Urrutia y Adrián Frausto')}</div>
<div class="wrapper">${box(5, 'Programa de la Reforma Educativa: Dimensión y análisis...', 'Adrián Frausto Martín del Campo')}
${box(6, 'El rezago educativo total y su atención en México', 'Adrián Frausto Martín del Campo')}</div>
</body></html>`;

  it('reads "y" between names and "et. al.", and pools the row of cards by the owner alone, the owner their author', () => {
    const entries = read(html, 'https://adrianfrausto.example.com/publicaciones.html');
    expect(entries.map(([title, authors]) => [title, authors])).toEqual([
      ['El abandono escolar en el nivel secundaria: un descuido.', ['Francisco Urrutia', 'Adrián Frausto']],
      ['CONAFE: una apuesta para la cobertura escolar y.', ['Fernando Mejía', 'Adrián Frausto']],
      ['Entre la reforma y la disidencia. Experiencias de docentes.', ['Adriana Olvera', 'Adrián Frausto']],
      ['Menos educación e investigación mientras se estabiliza.', ['Francisco Urrutia', 'Adrián Frausto']],
      ['Programa de la Reforma Educativa: Dimensión y análisis.', ['Adrián Frausto Martín del Campo']],
      ['El rezago educativo total y su atención en México', ['Adrián Frausto Martín del Campo']],
    ]);
  });
});

describe('showcase cards of the owner’s books: a cover, a bold title and a description, no names or dates (tomaszewska)', () => {
  const card = (cover: string, title: string, description: string) => `<div class="col-6 col-12-medium book">
  <span class="book-image"><img src="images/${cover}.jpg" alt="" /></span>
  <div class="book-info">
    <strong>${title}</strong><br>
    <p>${description}</p>
  </div>
</div>`;
  const cards = [
    card(
      'Prawointegracji2',
      'Prawo Integracji Stosunku Pracy Między Jednością a Różnorodnością',
      'Pierwsze studium w literaturze polskiej o charakterze monograficznym, poświęcone w całości rozwijaniu europejskiego prawa stosunku pracy, które Autor określił mianem prawa integracji.',
    ),
    card(
      'TWE-komentarzed1',
      'Traktat o Unii Europejskiej. Traktat ustanawiający Wspólnotę Europejską. Komentarz',
      'Książka zawiera teksty najważniejszych aktów prawnych dotyczących funkcjonowania Unii Europejskiej, uwzględniającymi zmiany proponowane przez Konstytucję dla Europy tj. traktat podpisany w Rzymie 29 października 2004 roku.',
    ),
    card(
      'Zabezpieczenie',
      'Zabezpieczenie społeczne w Unii Europejskiej',
      'Jest to podręcznik poświęcony zabezpieczeniu społecznemu w Unii Europejskiej. W sposób szczegółowy przedstawia podstawy prawne europejskiego prawa zabezpieczenia społecznego oraz jego zasady.',
    ),
    card(
      'Leksykon-prawa-pracy',
      'Leksykon prawa pracy - 100 podstawowych pojęć (współautor)',
      'Leksykon prawa pracy prezentuje najbardziej podstawowe pojęcia i instytucje z zakresu prawa pracy i zatrudnienia. Celem leksykonu jest możliwe łatwe przyswojenie terminów występujących w regulacjach prawnych.',
    ),
  ].join('\n');
  const page = (heading: string) =>
    `<html><head><title>${heading} - Monika Tomaszewska</title></head><body><section><h2>${heading}</h2>
<div class="box alt"><div class="row gtr-50 gtr-uniform">${cards}</div></div></section></body></html>`;

  it('reads each card’s title (the owner’s role after it cut) on a page of publications', () => {
    expect(read(page('Publikacje'), 'https://tomaszewska.example.pl/publikacje.html')).toEqual([
      ['Prawo Integracji Stosunku Pracy Między Jednością a Różnorodnością', [], undefined],
      ['Traktat o Unii Europejskiej. Traktat ustanawiający Wspólnotę Europejską. Komentarz', [], undefined],
      ['Zabezpieczenie społeczne w Unii Europejskiej', [], undefined],
      ['Leksykon prawa pracy - 100 podstawowych pojęć', [], undefined],
    ]);
  });

  it('reads no cards under a heading that lists something else', () => {
    expect(read(page('Projekty'), 'https://tomaszewska.example.pl/projekty.html')).toEqual([]);
  });
});
