import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout85 pages (study14bx), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('a filter list’s hidden type and topic spans in each item (hamedrahimian)', () => {
  const item = (type: string, topics: string, title: string, names: string, venue: string) =>
    `<li class="paper-list-item"><span class="papertype hidden">${type}</span><span class="papertopics hidden">${topics}</span><span class="underreview hidden">0</span><p><span class="papertitle">${title}</span>, with ${names}.</p><ul><li><p><a href="https://doi.org/10.1000/x${title.length}"><i>${venue}</i>, 2019</a>.</p></li></ul></li>`;
  const html = `<html><body><h2>Publications and Working Papers</h2><ul class="list">
  ${item('J', 'Applied OR', 'A Comprehensive Dynamic Cell Formation Design: Benders’ Decomposition Approach', 'M. M. Ghotboddini and M. Rabbani', 'Expert Systems with Applications')}
  ${item('J', 'Stochastic Programming|(Distributionally) Robust Optimization', 'Controlling Demand Ambiguity and Risk in Newsvendor Models', 'G. Bayraksan and T. Homem-de-Mello', 'European Journal of Operational Research')}
  ${item('C', 'Applied OR', 'A New Vehicle Routing Problem Supported by an Improved Ant Colony Optimization', 'A. Boostani, M. Rabbani, and M. M. Ghotboddini', 'Proceedings of the 1st International Logistics and Supply Chain Conference')}
  </ul></body></html>`;

  it('leaves the hidden spans out of the entries', () => {
    const entries = read(html);
    expect(entries.map((e) => e.title)).toEqual([
      'A Comprehensive Dynamic Cell Formation Design: Benders’ Decomposition Approach',
      'Controlling Demand Ambiguity and Risk in Newsvendor Models',
      'A New Vehicle Routing Problem Supported by an Improved Ant Colony Optimization',
    ]);
    expect(entries[0]!.authors).toEqual(['M. M. Ghotboddini', 'M. Rabbani']);
    expect(entries[2]!.venue).toBe('Proceedings of the 1st International Logistics and Supply Chain Conference');
  });

  it('reads a span a responsive class shows on wide screens (Tailwind’s "hidden md:inline")', () => {
    const shown = html.replaceAll('<span class="papertitle">', '<span class="hidden md:inline">');
    expect(read(shown).map((e) => e.title)).toContain('Controlling Demand Ambiguity and Risk in Newsvendor Models');
  });
});

describe('a jemdoc paragraph of an owner’s working papers, quoted titles over their coauthors, no years (radniazadeh)', () => {
  const html = `<html><body><td id="layout-content"><h2><b>[W]</b> Working Papers</h2>
<p>[W7] <b>“Two-stage Matching and Pricing with Applications to Ride Hailing”</b>,<br /> 
with Yiding Feng and Amin Saberi.<br />
<a href="https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3613755">[SSRN]</a><br /><br />
[W6] <b>“Online Learning via Offline Greedy : Applications in Market Design and Optimization”</b>,<br /> 
with Negin Golrezaei, Joshua Wang, Fransisca Susan and Ashwinkumar Badanidiyuru.<br />
<a href="https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3613756">[SSRN]</a><br /><br />
[W5] <b>“Ranking an Assortment of Products via Sequential Submodular Optimization”</b>,<br /> 
with Arash Asadpour, Amin Saberi and Ali Shameli.<br />
<a href="https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3542382">[SSRN]</a><br /><br />
[W2] <b>“Linear Programming Based Online Policies for Real-time Assortment of Reusable Resources”</b>,<br /> 
with Yiding Feng and Amin Saberi.<br />
<a href="http://ssrn.com/abstract=3421227">[SSRN]</a><br /><br /></p>
</td></body></html>`;

  it('reads each as an entry', () => {
    const entries = read(html);
    expect(entries.map((e) => e.title)).toEqual([
      'Two-stage Matching and Pricing with Applications to Ride Hailing',
      'Online Learning via Offline Greedy : Applications in Market Design and Optimization',
      'Ranking an Assortment of Products via Sequential Submodular Optimization',
      'Linear Programming Based Online Policies for Real-time Assortment of Reusable Resources',
    ]);
    expect(entries[1]!.authors).toEqual(['Negin Golrezaei', 'Joshua Wang', 'Fransisca Susan', 'Ashwinkumar Badanidiyuru']);
  });
});

describe('research items with a title, a "(with …)" note and a journal line that opens with the year (cunningham)', () => {
  const item = (title: string, names: string, journal: string) => `<div class="research-item row">
    <div class="col-xs-12 col-lg-7 research-text">
      <div class="research-title"><a href="https://example.org/${title.length}">"${title}"</a></div>
      <div class="research-coauthors">(with ${names}).</div>
      <div class="research-journal">${journal}</div>
      <div class="research-abstract"><span style="font-weight: bold;">Abstract:</span> In 2010, Mississippi became the second state to require a prescription to purchase the medications, and the study of its effects since then shows much.</div>
    </div></div>`;
  const html = `<html><body><h2>Publications</h2>
  ${item('Violent Video Games and Violent Crime', 'Michael Ward and Benjamin Engelstatter', '2016. Southern Economic Journal')}
  ${item('Are Prescription-only Precursor Control Laws a Prescription to Lower the Social Costs of Methamphetamine?', 'Keith Finlay and Charles Stoecker', '2015. <em>International Journal of Drug Policy</em>')}
  ${item('Prostitution 2.0: the changing face of sex work', 'Todd Kendall', '2011. Journal of Urban Economics')}
  </body></html>`;

  it('dates each by its journal line, not by its abstract', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Violent Video Games and Violent Crime', ['Michael Ward', 'Benjamin Engelstatter'], 2016],
      [
        'Are Prescription-only Precursor Control Laws a Prescription to Lower the Social Costs of Methamphetamine?',
        ['Keith Finlay', 'Charles Stoecker'],
        2015,
      ],
      ['Prostitution 2.0: the changing face of sex work', ['Todd Kendall'], 2011],
    ]);
  });
});
