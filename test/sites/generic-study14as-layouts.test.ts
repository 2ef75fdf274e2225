import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout62 / heldout63 pages (study14as), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publication.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>Publications</title></head><body><main>${body}</main></body></html>`;

describe('a list of the owner’s papers that names no one and numbers nothing, its venues named (alharbi)', () => {
  const conferences = [
    'Mobility Support for Reduced-State Routing, 2nd International Conference on Computing and Information Technology (ICCIT), University of Tabuk, Tabuk, Saudi Arabia, 9-10 November, 2021.',
    'Preemptive Two-Stage Update Mechanism for Software-Defined Networks, 44th IEEE Conference on Local Computer Networks (LCN), Osnabrück, Germany, October 14-17, 2019. <a href="https://ieeexplore.ieee.org/document/8990796">HTML</a>',
    'Demographic Group Classification of Smart Device Users, 14th IEEE International Conference on Machine Learning and Applications (ICMLA), Miami, Florida, USA, December 9-11, 2015. <a href="files/icmla15.pdf">PDF</a>',
  ];
  const journals = [
    'DAMAC: A Delay Aware MAC Protocol for Ad-hoc Underwater Acoustic Sensor Networks, MDPI, Sensors, ISI-Indexed, August 2, 2021.',
    'Cryptanalysis of Internet of Health Things Encryption Scheme Based on Chaotic Maps, IEEE Access, ISI-Indexed, Volume 9, July 21, 2021.',
    'Enhancing Topic Clustering for Arabic Security News Based on K-means and Topic Modeling, the Institution of Engineering and Technology (IET), ISI-Indexed, January 31, 2021.',
  ];
  const html = page(
    `<h1>CONFERENCES</h1><ol>${conferences.map((c) => `<li>${c}</li>`).join('')}</ol>` +
      `<h1>JOURNALS</h1><ol>${journals.map((c) => `<li>${c}</li>`).join('')}</ol>`,
  );

  it('reads each entry as its title to the first comma, then its venue and year', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Mobility Support for Reduced-State Routing', [], 2021],
      ['Preemptive Two-Stage Update Mechanism for Software-Defined Networks', [], 2019],
      ['Demographic Group Classification of Smart Device Users', [], 2015],
      ['DAMAC: A Delay Aware MAC Protocol for Ad-hoc Underwater Acoustic Sensor Networks', [], 2021],
      ['Cryptanalysis of Internet of Health Things Encryption Scheme Based on Chaotic Maps', [], 2021],
      ['Enhancing Topic Clustering for Arabic Security News Based on K-means and Topic Modeling', [], 2021],
    ]);
    expect(entries[1]!.venue).toBe('44th IEEE Conference on Local Computer Networks (LCN), Osnabrück, Germany');
  });

  it('not a list of talks at places that name no venue', () => {
    const talks = [
      'Mobility Support for Reduced-State Routing, University of Tabuk, Tabuk, Saudi Arabia, 9-10 November, 2021.',
      'Preemptive Two-Stage Update Mechanism for Software-Defined Networks, Osnabrück, Germany, October 14-17, 2019.',
      'Demographic Group Classification of Smart Device Users, Miami, Florida, USA, December 9-11, 2015.',
    ];
    expect(read(page(`<ol>${talks.map((c) => `<li>${c}</li>`).join('')}</ol>`))).toEqual([]);
  });
});
