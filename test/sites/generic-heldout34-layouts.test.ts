import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout34 pages: cases written in the pages' manner; expected fields read
 * off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('cards whose title heading stands before a <p> of names, venue and arXiv lines (calab, Jekyll Bootstrap)', () => {
  // The page's first twenty cards (a list of the <p>s is read as one only when it is long).
  const bodies = [
    '<h5> Multiple Images and Flux Ratio Anomaly of Fuzzy Gravitational Lenses </h5> <p> James H. H. Chan (詹弘旭), Hsi-Yu Schive (薛熙于), Shing-Kwong Wong (黃承光), Tzihong Chiueh (闕志鴻), Tom Broadhurst <br> <a href="https://doi.org/10.1103/PhysRevLett.125.111102">Phys. Rev. Lett. 125, 111102 (2020)</a> <br> arXiv: <a href="https://arxiv.org/abs/2002.10473">2002.10473</a> </p>',
    '<h5> Dynamical Evidence of a Solitonic Core of 10⁹ M⊙ in the Milky Way </h5> <p> Ivan De Martino, Tom Broadhurst, S. -H. Henry Tye, Tzihong Chiueh, Hsi-Yu Schive <br> <a href="https://doi.org/10.1016/j.dark.2020.100503">Phys. Dark Universe 28, 100503 (2020)</a> <br> arXiv: <a href="https://arxiv.org/abs/1807.08153">1807.08153</a> </p>',
    '<h5> Soliton Random Walk and the Cluster-Stripping Problem in Ultralight Dark Matter </h5> <p> Hsi-Yu Schive (薛熙于), Tzihong Chiueh (闕志鴻), Tom Broadhurst <br> <a href="https://doi.org/10.1103/PhysRevLett.124.201301">Phys. Rev. Lett. 124, 201301 (2020)</a> <br> arXiv: <a href="https://arxiv.org/abs/1912.09483">1912.09483</a> </p>',
    '<h5> Testing the Prediction of Fuzzy Dark Matter Theory in the Milky Way Center </h5> <p> Zhi Li (李智), Juntai Shen (沈俊太), Hsi-Yu Schive (薛熙于) <br> <a href="https://doi.org/10.3847/1538-4357/ab6598">Astrophys. J. 903, 66 (2020)</a> <br> arXiv: <a href="https://arxiv.org/abs/2001.00318">2001.00318</a> </p>',
    '<h5> Large Scale Dynamo in a Primordial Accretion Flow -- An Interpretation from Hydrodynamic Simulation </h5> <p> Wei-Ting Liao, Matthew Turk, Hsi-Yu Schive <br> arXiv , (2019) <br> arXiv: <a href="https://arxiv.org/abs/1911.07898">1911.07898</a> </p>',
    '<h5> VizieR Online Data Catalog: High-z galaxy candidates in the HFF cluster fields (Leung+, 2018) </h5> <p> E Leung, T Broadhurst, J Lim, JM Diego, T Chiueh, H-Y Schive, R Windhorst <br> yCat , (2019) <br> </p>',
    '<h5> Testing Extreme-axion Wave Dark Matter Using the BOSS Lyman-Alpha Forest Data </h5> <p> Ka-Hou Leong, Hsi-Yu Schive, Ui-Han Zhang, Tzihong Chiueh <br> <a href="https://doi.org/10.1093/mnras/stz271">Mon. Not. R. Astron. Soc. 484, 4273-4286 (2019)</a> <br> arXiv: <a href="https://arxiv.org/abs/1810.05930">1810.05930</a> </p>',
    '<h5> Gamer-2: a GPU-Accelerated Adaptive Mesh Refinement Code – Accuracy, Performance, and Scalability </h5> <p> Hsi-Yu Schive, John A ZuHone, Nathan J Goldbaum, Matthew J Turk, Massimo Gaspari, Chin-Yu Cheng <br> <a href="https://doi.org/10.1093/mnras/sty2586">Mon. Not. R. Astron Soc. 481, 4815-4840 (2018)</a> <br> arXiv: <a href="https://arxiv.org/abs/1712.07070">1712.07070</a> </p>',
    '<h5> Magnification Bias of Distant Galaxies in the Hubble Frontier Fields: Testing Wave Versus Particle Dark Matter Predictions </h5> <p> Enoch Leung, Tom Broadhurst, Jeremy Lim, Jose M Diego, Tzihong Chiueh, Hsi-Yu Schive, Rogier Windhorst <br> <a href="https://doi.org/10.3847/1538-4357/aacdad">Astron. J 862, 156 (2018)</a> <br> </p>',
    '<h5> How do Stars Affect ψDM Haloes? </h5> <p> James HH Chan, Hsi-Yu Schive, Tak-Pong Woo, Tzihong Chiueh <br> <a href="https://doi.org/10.1093/mnras/sty900">Mon. Not. R. Astron Soc. 478, 2686-2699 (2018)</a> <br> </p>',
    '<h5> Magnetohydrodynamics with GAMER </h5> <p> Ui-Han Zhang, Hsi-Yu Schive, Tzihong Chiueh <br> <a href="https://doi.org/10.3847/1538-4365/aac49e">Astrophys. J. Suppl. Ser. 236, 50 (2018)</a> <br> arXiv: <a href="https://arxiv.org/abs/1804.03479">1804.03479</a> </p>',
    '<h5> Self-Consistent Construction of Virialized Wave Dark Matter Halos </h5> <p> Shan-Chang Lin, Hsi-Yu Schive, Shing-Kwong Wong, Tzihong Chiueh <br> <a href="https://doi.org/10.1103/PhysRevD.97.103523">Phys. Rev. D 97, 103523 (2018)</a> <br> arXiv: <a href="https://arxiv.org/abs/1801.02320">1801.02320</a> </p>',
    '<h5> Ultra Light Axionic Dark Matter: Galactic Halos and Implications for Observations with Pulsar Timing Arrays </h5> <p> Ivan De Martino, Tom Broadhurst, S-H Henry Tye, Tzihong Chiueh, Hsi-Yu Schive, Ruth Lazkoz <br> <a href="https://doi.org/10.3390/galaxies6010010">Galaxies 6, 10 (2018)</a> <br> </p>',
    '<h5> Halo abundance and assembly history with extreme-axion wave dark matter at z ≥ 4 </h5> <p> Hsi-Yu Schive, Tzihong Chiueh <br> <a href="https://doi.org/10.1093/mnrasl/slx159">Mon. Not. R. Astron Soc. 473, L36-L40 (2018)</a> <br> arXiv: <a href="https://arxiv.org/abs/1706.03723">1706.03723</a> </p>',
    '<h5> Recognizing Axionic Dark Matter by Compton and de Broglie Scale Modulation of Pulsar Timing </h5> <p> Ivan De Martino, Tom Broadhurst, S-H Henry Tye, Tzihong Chiueh, Hsi-Yu Schive, Ruth Lazkoz <br> <a href="https://doi.org/10.1103/PhysRevLett.119.221103">Phys. Rev. Lett. 119, 221103 (2017)</a> <br> </p>',
    '<h5> Cosmological Perturbations of Extreme Axion in the Radiation Era </h5> <p> Ui-Han Zhang, Tzihong Chiueh <br> <a href="https://doi.org/10.1103/PhysRevD.96.063522">Phys. Rev. D 96, 063522 (2017)</a> <br> arXiv: <a href="https://arxiv.org/abs/1705.01439">1705.01439</a> </p>',
    '<h5> The Pan-STARRS1 Medium-deep Survey: Star Formation Quenching in Group and Cluster Environments </h5> <p> Hung-Yu Jian, Lihwai Lin, Kai-Yang Lin, Sebastien Foucaud, Chin-Wei Chen, Tzihong Chiueh, R. G. Bower, Shaun Cole, Wen-Ping Chen, W. S. Burgett, P. W. Draper, H. Flewelling, M. E. Huber, N. Kaiser, R.-P. Kudritzki E. A. Magnier, N. Metcalfe, R. J. Wainscoat, C. Waters <br> <a href="https://doi.org/10.3847/1538-4357/aa7de2">Astrophys. J. 845, 74 (2017)</a> <br> arXiv: <a href="https://arxiv.org/abs/1708.02850">1708.02850</a> </p>',
    '<h5> Jeans Analysis for Dwarf Spheroidal Galaxies in Wave Dark Matter </h5> <p> Shu-Rong Chen, Hsi-Yu Schive, Tzihong Chiueh <br> <a href="https://doi.org/10.1093/mnras/stx449">Mon. Not. R. Astron Soc. 468, 1338-1348 (2017)</a> <br> arXiv: <a href="https://arxiv.org/abs/1606.09030">1606.09030</a> </p>',
    '<h5> Grackle: a Chemistry and Cooling Library for Astrophysics </h5> <p> Britton D Smith, Greg L Bryan, Simon CO Glover, Nathan J Goldbaum, Matthew J Turk, John Regan, John H Wise, Hsi-Yu Schive, Tom Abel, Andrew Emerick, Brian W O\'Shea, Peter Anninos, Cameron B Hummels, Sadegh Khochfar <br> <a href="https://doi.org/10.1093/mnras/stw3291">Mon. Not. R. Astron Soc. 466, 2217-2234 (2017)</a> <br> arXiv: <a href="https://arxiv.org/abs/1610.09591">1610.09591</a> </p>',
    '<h5> Hydrodynamical Simulations of Colliding Jets: Modeling 3C 75 </h5> <p> SM Molnar, H-Y Schive, M Birkinshaw, T Chiueh, G Musoke, AJ Young <br> <a href="https://doi.org/10.3847/1538-4357/835/1/57">Astropart. Phys. 835, 57 (2017)</a> <br> </p>',
  ];
  const card = (body: string) =>
    `<div class="container-fluid"><div class="row"><div class="col-lg-12"></div></div><div class="row"><div class="col-sm-12">${body}</div></div></div>`;
  const html = page(
    `<h1>Publications</h1><div class="col-lg-6 offset-lg-3 pub-list"><div class="container-fluid"><div class="row"><div class="col-lg-12"><h3 id="year_2020"> 2020 </h3><hr></div></div></div>${bodies.map(card).join('')}</div>`,
  );

  it('reads each card whole, its heading the title (not the <p>s, with a names or venue line for title)', () => {
    const entries = read(html, 'https://calab.example.edu/publications.html');
    expect(entries.map((e) => e.title)).toEqual([
      'Multiple Images and Flux Ratio Anomaly of Fuzzy Gravitational Lenses',
      'Dynamical Evidence of a Solitonic Core of 10⁹ M⊙ in the Milky Way',
      'Soliton Random Walk and the Cluster-Stripping Problem in Ultralight Dark Matter',
      'Testing the Prediction of Fuzzy Dark Matter Theory in the Milky Way Center',
      'Large Scale Dynamo in a Primordial Accretion Flow -- An Interpretation from Hydrodynamic Simulation',
      'VizieR Online Data Catalog: High-z galaxy candidates in the HFF cluster fields (Leung+, 2018)',
      'Testing Extreme-axion Wave Dark Matter Using the BOSS Lyman-Alpha Forest Data',
      'Gamer-2: a GPU-Accelerated Adaptive Mesh Refinement Code – Accuracy, Performance, and Scalability',
      'Magnification Bias of Distant Galaxies in the Hubble Frontier Fields: Testing Wave Versus Particle Dark Matter Predictions',
      'How do Stars Affect ψDM Haloes?',
      'Magnetohydrodynamics with GAMER',
      'Self-Consistent Construction of Virialized Wave Dark Matter Halos',
      'Ultra Light Axionic Dark Matter: Galactic Halos and Implications for Observations with Pulsar Timing Arrays',
      'Halo abundance and assembly history with extreme-axion wave dark matter at z ≥ 4',
      'Recognizing Axionic Dark Matter by Compton and de Broglie Scale Modulation of Pulsar Timing',
      'Cosmological Perturbations of Extreme Axion in the Radiation Era',
      'The Pan-STARRS1 Medium-deep Survey: Star Formation Quenching in Group and Cluster Environments',
      'Jeans Analysis for Dwarf Spheroidal Galaxies in Wave Dark Matter',
      'Grackle: a Chemistry and Cooling Library for Astrophysics',
      'Hydrodynamical Simulations of Colliding Jets: Modeling 3C 75',
    ]);
    expect(entries[1]!.authors).toEqual(['Ivan De Martino', 'Tom Broadhurst', 'S. -H. Henry Tye', 'Tzihong Chiueh', 'Hsi-Yu Schive']);
    expect(entries[0]!.year).toBe(2020);
  });
});

describe('numbered cards of YÖK Akademik exports: title, names in capitals, venue line (ince)', () => {
  const card = (n: number, title: string, names: string, venue: string) =>
    `<div class="publication-item"><div class="pub-number">${n}</div><div class="pub-content"><h3>${title}</h3><p class="pub-authors">${names}</p><p class="pub-journal">${venue}</p><div class="pub-tags"><span>Hakemli Dergi</span></div></div></div>`;
  const html = page(
    `<h2>Makaleler</h2><div class="publications-list">${[
      card(
        1,
        'Sprint Performansının Biyomekanik Belirleyicileri Ve Yatay Kuvvet-Hız Profili Bileşenleri: Geleneksel Derleme',
        'ÇABUK S., <strong>İNCE İ.</strong>',
        'SPORMETRE BEDEN EĞİTİMİ VE SPOR BİLİMLERİ DERGİSİ, cilt.23, sa.2, ss.189-210, 2025',
      ),
      card(
        2,
        'Düşük Maliyetle Geliştirilen Bir Kuvvet Platformunun Doğrulama Çalışması',
        'İNCE İ.',
        'Gazi Beden Eğitimi ve Spor Bilimleri Dergisi (Online), cilt.29, sa.3, ss.124-131, 2024',
      ),
      card(
        3,
        'Comparison of Training Effects of Split-Style Olympic Lifts and Squat-Style Olympic Lifts on Performance in Collegiate Volleyball Players',
        'İNCE İ.',
        'The Physical Educator, cilt.77, sa.3, ss.671-690, 2020',
      ),
      card(
        4,
        'Olimpik Halter Kaldırışlarının Bazı Biyomekanik Ölçümlerinde Kullanılan Android BarSense Yazılımının Geçerliği',
        'İNCE İ., ÇALIŞKAN G., AYILGAN E.',
        'Gazi Beden Eğitimi ve Spor Bilimleri Dergisi, cilt.23, sa.3, ss.171-182, 2018',
      ),
    ].join('')}</div>`,
  );

  it('reads every card, its names in capitals as names', () => {
    const entries = read(html, 'https://avesis.example.edu.tr/ince/yayinlar');
    expect(entries.map((e) => [e.title.slice(0, 30), e.authors, e.year])).toEqual([
      ['Sprint Performansının Biyomeka', ['S. ÇABUK', 'İ. İNCE'], 2025],
      ['Düşük Maliyetle Geliştirilen B', ['İ. İNCE'], 2024],
      ['Comparison of Training Effects', ['İ. İNCE'], 2020],
      ['Olimpik Halter Kaldırışlarının', ['İ. İNCE', 'G. ÇALIŞKAN', 'E. AYILGAN'], 2018],
    ]);
  });
});
