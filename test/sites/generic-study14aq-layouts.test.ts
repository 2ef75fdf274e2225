import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout53 pages (study14aq), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications/') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;
const ul = (items: string[]) => `<ul>${items.map((i) => `<li><p>${i}</p></li>`).join('')}</ul>`;

describe('a topic heading under an off-topic section is a part of it (selenawang)', () => {
  const papers = [
    'Wang, S., Edger, J. (2022) Resilience to stress in bipartite networks: Application to the Islamic State recruitment network. Journal of Complex Networks. (<a href="https://academic.oup.com/comnet/article-abstract/doi/10.1093/comnet/cnac017/6647930">doi</a>)',
    'Wang, S., &amp; De Boeck, P. (2022). Understanding the role of subpopulations and reliability in between-group studies. Behavior Research Methods. (<a href="https://link.springer.com/article/10.3758/s13428-021-01700-8">doi</a>)',
    'Wang, S. (2021). Recent integrations of latent variable network modeling with psychometric models. Frontiers in Psychology. (<a href="https://www.frontiersin.org/articles/10.3389/fpsyg.2021.773289/full">doi</a>)',
  ];
  const posters = [
    'Wang, S. , Paul, S. &amp; De Boeck, P., (2021) Joint Latent Space Model for Social Networks with High-dimensional Multivariate Attributes. Presentation at IMPS 2021, online. <a href="https://www.selenawangcv.com/files/05202021network_small.pdf">presentation (short)</a>',
    'Wang, S.,Edger, J. (2021). Disrupting terrorist recruitment: Network knockouts of Islamic State recruiters. Presentation at the 2021 OSU Psychological Science Studies Methodological Colloquium. <a href="https://www.selenawangcv.com/files/isis_network.pdf">presentation</a>',
    'Wang, S.* , Paul, S., Logan, J., &amp; De Boeck, P., (2019) Joint Analysis of Social and Item Response Networks with Latent Space Models. Poster presented at the Translational Data Analytics Institute Fall Forum Poster Session, Columbus, OH <a href="https://www.selenawangcv.com/files/02042020networkposter.pdf">poster</a>',
  ];
  const html = (subheading: string) =>
    page(
      `<h1>Publications</h1><h2>Peer-reviewed Publications</h2>${ul(papers)}<h2>Posters &amp; Presentations</h2>` +
        `<p>Here are selected posters and presentations from previous conferences.</p><h3>${subheading}</h3>${ul(posters)}`,
    );

  it('reads the papers, not the posters under "Networks-related topics"', () => {
    expect(read(html('Networks-related topics')).map((e) => e.title)).toEqual([
      'Resilience to stress in bipartite networks: Application to the Islamic State recruitment network',
      'Understanding the role of subpopulations and reliability in between-group studies',
      'Recent integrations of latent variable network modeling with psychometric models',
    ]);
  });

  it('a subheading that names papers opens a section of its own', () => {
    expect(read(html('Journal articles'))).toHaveLength(6);
  });
});

describe('an "Invited speaker" section lists talks (joly)', () => {
  const talk = (title: string, place: string) =>
    `<li><h4><strong>${title}</strong><br/><strong>Joly V</strong> and Matton DP.<br/>${place}</h4><hr></li>`;
  const paper = (title: string, names: string, venue: string) =>
    `<li class="media"><h4><strong>${title}</strong><br/>${names}<br/>${venue}</h4></li>`;
  const html = page(
    `<h1>Publications</h1><h2>Articles</h2><ul class="list-unstyled">` +
      paper(
        'Pollination type recognition from a distance by the ovary is revealed through a global transcriptomic analysis.',
        '<strong>Joly V</strong>, Tebbji F, Nantel A and Matton DP.',
        '<em>Plants</em>, 2019, 8(6):185. DOI: 10.3390/plants8060185',
      ) +
      paper(
        'Deciphering the evolution and development of the cuticle by studying lipid transfer proteins in mosses and liverworts.',
        'Salminen TA, Eklund DM, <strong>Joly V</strong>, Blomqvist K, Matton DP and Edqvist J.',
        '<em>Plants</em>, 2018, 7(1):6. DOI: 10.3390/plants7010006',
      ) +
      paper(
        'KAPPA, a simple algorithm for discovery and clustering of proteins defined by a key amino acid pattern: a case study of the cysteine-rich proteins.',
        '<strong>Joly V</strong> and Matton DP.',
        '<em>Bioinformatics</em>, 2015, 31(11):1716-23. DOI: 10.1093/bioinformatics/btv047',
      ) +
      `</ul><h2>Invited speaker</h2><hr><ul class="list-unstyled">` +
      talk(
        'Potato sexomics: deciphering species-specific pollen tube guidance in wild potatoes with high-throughput sequencing technologies.',
        'Dept. of Molecular, Cellular and Developmental Biology, Yale University, New Haven, CT, USA; October 22, 2018.',
      ) +
      talk(
        'Pollen tube guidance and reproductive isolation in wild potatoes.',
        'Dept. of Functional Genomics, Kanazawa University, Japan; August 18, 2016.',
      ) +
      talk(
        'Species-specific pollen tube guidance in wild potatoes.',
        'Plant Molecular Biology Laboratory, Kyoto University, Japan; August 12, 2016.',
      ) +
      talk(
        'Sex among wild potatoes: ladies wear the pants.',
        'Centre for Structural and Functional Genomics, Concordia University, Montreal, QC, Canada; July 16, 2015.',
      ) +
      `</ul>`,
  );

  it('reads the articles, not the invited talks', () => {
    expect(read(html).map((e) => e.title.slice(0, 30))).toEqual([
      'Pollination type recognition f',
      'Deciphering the evolution and ',
      'KAPPA, a simple algorithm for ',
    ]);
  });
});

describe('a "[Proceedings]" link alone under the venue line is a label (tezuka)', () => {
  const entry = (title: string, names: string, venue: string, links: string) =>
    `<li><b>${title}</b><br>\n${names}<br>\n${venue}<br>\n${links}\n</li>`;
  const html = page(
    '<h2>Refereed Conference Proceedings</h2><ol reversed>' +
      entry(
        'Strong Designated Verifier Signatures with Non-delegatability from CSIDH',
        'Hiroki Minamide, Keisuke Tanaka, Masayuki Tezuka',
        'ICISC 2025 (November 19-21, 2025)',
        '[Proceedings]&emsp;\n[<a href="https://eprint.iacr.org/2025/1673">ePrint</a>]',
      ) +
      entry(
        'Practical Quantum Public Key Encryption from One-way Functions',
        'Kyohei Sudo, Keisuke Fujii, Keisuke Hara, Kosuke Ito, Masayuki Tezuka, Yusuke Yoshida',
        'APKC 2025 (August 25-29, 2025)',
        '[<a href="https://dl.acm.org/doi/10.1145/3709015.3728674">Proceedings</a>]&emsp;',
      ) +
      entry(
        'Security Definitions on Time-Lock Puzzles',
        'Daiki Hiraga, Keisuke Hara, Masayuki Tezuka, Yusuke Yoshida, Keisuke Tanaka',
        'ICISC 2020 (December 2-4, 2020)',
        '[<a href="https://link.springer.com/chapter/10.1007/978-3-030-68890-5_1">Proceedings</a>]',
      ) +
      '</ol>',
  );

  it('the title ends before the venue line', () => {
    expect(read(html).map((e) => e.title)).toEqual([
      'Strong Designated Verifier Signatures with Non-delegatability from CSIDH',
      'Practical Quantum Public Key Encryption from One-way Functions',
      'Security Definitions on Time-Lock Puzzles',
    ]);
  });
});
