import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on owners' pages that name only the coauthors, whose entries the reader found no names line in
 * (study14ab): snippets from the dev pages, cut down.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries.map((e) => [e.title, e.authors, e.year]);
}

const item = (title: string, journal: string, coauthors?: string) => `<div class="research-item">
  <h3><a href="https://www.journals.example.org/article/${title.length}">${title}</a></h3>
  <p class="research-journal">${journal}</p>
  ${coauthors ? `<p class="research-coauthors">${coauthors}</p>` : ''}
</div>`;

describe('research items: title, "Journal, 2025" and "(with A, B and C)" lines (macis)', () => {
  const html = `<html><body><div class="container"><h2 class="research-section">Publications</h2>
${item('Incentives and Prosocial Discomfort: A Laboratory Experiment', 'Economics Letters, 2026')}
${item('Nudging the Nudger: Performance Feedback and Organ Donor Registrations', 'Journal of Health Economics, Volume 97, September 2024.', '(with Julian House, Nicola Lacetera, and Nina Mazar).')}
${item('Out-group penalties in refugee assistance: A survey experiment', 'Scandinavian Journal of Economics, 2025', '(with Cristina Cattaneo, Daniela Grieco, and Nicola Lacetera).')}
${item('Passing the Message: Peer Outreach about COVID-19 Precautions in Zambia', 'Journal of Development Economics, Volume 171, October 2024.', '(with Jessica Goldberg, Alfredo Burlando, Pradeep Chintagunta)')}
${item('Treatment preferences among adults with normal cognition and cognitive impairment', 'Journal of the American Geriatrics Society, September 2022.', '(with Kelsey Owsley (first author), Kenneth Langa, and Lauren Nicholas).')}
${item('Norm misperceptions in social dilemmas: the role of preferences, heuristics and experiences', 'Journal of Behavioral Economics for Policy, 2024')}
</div></body></html>`;

  it('reads the coauthors in parentheses, and an item without them as the owner’s paper alone', () => {
    expect(read(html, 'https://mariomacis.net/publications.html')).toEqual([
      ['Incentives and Prosocial Discomfort: A Laboratory Experiment', [], 2026],
      ['Nudging the Nudger: Performance Feedback and Organ Donor Registrations', ['Julian House', 'Nicola Lacetera', 'Nina Mazar'], 2024],
      ['Out-group penalties in refugee assistance: A survey experiment', ['Cristina Cattaneo', 'Daniela Grieco', 'Nicola Lacetera'], 2025],
      [
        'Passing the Message: Peer Outreach about COVID-19 Precautions in Zambia',
        ['Jessica Goldberg', 'Alfredo Burlando', 'Pradeep Chintagunta'],
        2024,
      ],
      [
        'Treatment preferences among adults with normal cognition and cognitive impairment',
        ['Kelsey Owsley', 'Kenneth Langa', 'Lauren Nicholas'],
        2022,
      ],
      ['Norm misperceptions in social dilemmas: the role of preferences, heuristics and experiences', [], 2024],
    ]);
  });
});

describe('"<A><I>Title</I></A> … with A, B and C (1992)" paragraphs of a physicist’s own papers (windsor)', () => {
  const p = (title: string, rest: string) => `<P><A HREF="x/${title.length}.htm"><I>${title}</A></I>${rest}\n`;
  const html = `<HTML><BODY><H2>Published</H2>
${p('Buried mine classification from three-dimensional radar data', ' with Lorenzo Capineri and Francesco di Zinno (2002)')}
${p('Measurement of internal stress within bulk materials using neutron diffraction', ' with A. Allen, C. Andreani, M.T. Hutchings and C.G. Windsor (1981)')}
${p('Prediction of the Charpy transition temperature in highly irradiated ferritic steels', ' with Geoff Cottrell and Richard Kemp, Modelling Simul. Mater. Sci. Eng. 16 (2008)')}
${p('Can the development of fusion energy be accelerated? An introduction to the proceedings', '. Phil. Trans. <B> A 2141 </B> (2019)')}
${p('A single display for RASCAN 5-frequency 2-polarisation holographic radar scans', ' with A Bulletti, L Capineri, P Falorni, S Valentini (2011)')}
${p('Exchange Interactions between Manganese ions', '.An unpublished paper (1963)')}
${p('A medel for Prodicting the Probabilities of Detection and False Alarms of Defects from X-Radiographs', ', An unpublished draft paper for INSIGHT (1997)')}
</BODY></HTML>`;

  it('an entry without "with" is the owner’s paper alone', () => {
    const entries = read(html, 'https://www.colinwindsor.me.uk/papers.html');
    expect(entries).toContainEqual(['Can the development of fusion energy be accelerated? An introduction to the proceedings', [], 2019]);
    expect(entries).toContainEqual(['Exchange Interactions between Manganese ions', [], 1963]);
    expect(entries).toContainEqual([
      'A medel for Prodicting the Probabilities of Detection and False Alarms of Defects from X-Radiographs',
      [],
      1997,
    ]);
    expect(entries).toContainEqual([
      'Buried mine classification from three-dimensional radar data',
      ['Lorenzo Capineri', 'Francesco di Zinno'],
      2002,
    ]);
  });
});
