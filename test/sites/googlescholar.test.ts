import { describe, expect, it } from 'vitest';
import { googlescholar } from '../../lib/sites/googlescholar';
import { findAdapter } from '../../lib/sites/registry';
import { matchesPattern } from '../../lib/sites/match';
import { PageScan } from '../../lib/model';
import { fixtureDocument } from '../helpers';
import { parseHtmlDocument } from '../../lib/cli/dom';

const PROFILE_URL = 'https://scholar.google.com/citations?user=XXXX&hl=en';
const scanOf = (file: string, url: string) => googlescholar.extract(fixtureDocument(file), new URL(url));

describe('Google Scholar adapter: profile (hand-written)', () => {
  const scan = scanOf('handwritten/googlescholar-profile.html', PROFILE_URL);

  it('is a profile with the header as context', () => {
    expect(googlescholar.detect(fixtureDocument('handwritten/googlescholar-profile.html'), new URL(PROFILE_URL))).toBe('profile');
    expect(scan.kind).toBe('profile');
    expect(scan.entries).toHaveLength(8);
    // #gsc_prf_in "Maria Keller"; first .gsc_prf_il "Professor of Computer Science, University of Example";
    // #gsc_rsb_st: Citations 12345 / 8012, h-index 41 / 35, i10-index 77 / 60 under "All" / "Since 2019".
    expect(scan.context).toMatchObject({
      name: 'Maria Keller',
      affiliation: 'Professor of Computer Science, University of Example',
      stats: {
        Citations: 12345,
        'Citations (Since 2019)': 8012,
        'h-index': 41,
        'h-index (Since 2019)': 35,
        'i10-index': 77,
        'i10-index (Since 2019)': 60,
      },
    });
    expect(PageScan.safeParse(scan).success).toBe(true);
  });

  it('first row: authors, venue without the hidden year suffix, year, citations, link', () => {
    expect(scan.entries[0]).toEqual({
      title: 'Adaptive gradient methods with provable convergence for non-convex problems',
      authors: ['M Keller', 'T Nguyen', 'P Schmidt'],
      authorsTruncated: false,
      year: 2020,
      date: '2020',
      venue: 'Journal of Machine Learning Research 21 (112), 1-45',
      ids: {},
      url: 'https://scholar.google.com/citations?view_op=view_citation&hl=en&user=XXXX&citation_for_view=XXXX:u5HHmVD_uO8C',
      signals: { citations: 2104 },
    });
  });

  it('"..." truncation flagged with the known names; "1,532" with a merge star', () => {
    // "A Okonkwo, M Keller, L Rossi, J Park, S Müller, R Das, K Yamamoto, ..."
    expect(scan.entries[1]).toMatchObject({
      authors: ['A Okonkwo', 'M Keller', 'L Rossi', 'J Park', 'S Müller', 'R Das', 'K Yamamoto'],
      authorsTruncated: true,
      signals: { citations: 1532 },
    });
    expect(scan.entries[1]!.authorCount).toBeUndefined();
  });

  it('arXiv id from "arXiv preprint arXiv:2306.01234"; entity in a title decoded', () => {
    expect(scan.entries[2]).toMatchObject({
      venue: 'arXiv preprint arXiv:2306.01234',
      type: 'preprint',
      ids: { arxiv: '2306.01234' },
      year: 2023,
    });
    expect(scan.entries[4]!.title).toBe('On the implicit bias of Adam & its variants');
  });

  it('a row with no venue, no year and no citations invents none', () => {
    const e = scan.entries[6]!;
    expect(e.title).toBe('Lecture notes on convex optimization');
    expect(e.venue).toBeUndefined();
    expect(e.year).toBeUndefined();
    expect(e.signals).toBeUndefined();
  });

  it('rows appended by "Show more" are read on the next scan of the watched table', () => {
    expect(googlescholar.watch).toBe('#gsc_a_b');
    const doc = fixtureDocument('handwritten/googlescholar-profile.html');
    const body = doc.querySelector(googlescholar.watch!)!;
    const row = body.querySelector('tr.gsc_a_tr')!.cloneNode(true) as Element;
    row.querySelector('a.gsc_a_at')!.textContent = 'An appended paper';
    body.appendChild(row);
    const rescan = googlescholar.extract(doc, new URL(PROFILE_URL));
    expect(rescan.entries).toHaveLength(9);
    expect(rescan.entries[8]!.title).toBe('An appended paper');
  });

  it('rows laid out otherwise: marked-up title and venue, a gs_gray outside the title cell, spaces around commas', () => {
    // Hand-written variants of the first row: the title with an <i>, the venue line with a <b> before the hidden
    // year, a div.gs_gray in the citations cell (not an author or venue line), the year inside a wrapper span.
    const doc = parseHtmlDocument(`<!DOCTYPE html><html><body><table><tbody id="gsc_a_b">
      <tr class="gsc_a_tr"><td class="gsc_a_c"><div class="gs_gray">not a venue</div><a href="/c?cites=1" class="gsc_a_ac">12</a></td>
      <td class="gsc_a_t"><a href="/citations?view_op=view_citation&amp;citation_for_view=X:1" class="gsc_a_at">On <i>k</i>-means</a>
      <div class="gs_gray">A Lee , B Kim,, C Wu, ...</div><div class="gs_gray"><b>Journal</b> of Tests 3<span class="gs_oph">, 2019</span></div></td>
      <td class="gsc_a_y"><span><span class="gsc_a_h">2019</span></span></td></tr>
    </tbody></table></body></html>`);
    const [e] = googlescholar.extract(doc, new URL(PROFILE_URL)).entries;
    expect(e).toMatchObject({
      title: 'On k-means',
      authors: ['A Lee', 'B Kim', 'C Wu'],
      authorsTruncated: true,
      venue: 'Journal of Tests 3',
      year: 2019,
      signals: { citations: 12 },
      url: 'https://scholar.google.com/citations?view_op=view_citation&citation_for_view=X:1',
    });
  });
  it('rows almost in the usual layout: each part is still the first in document order', () => {
    // Two variants of the usual row: the year cell starts with another span (the year is its second span); the authors
    // line holds a span.gs_gray of its own, which is then the second gs_gray of the title cell (the venue line).
    const doc = parseHtmlDocument(`<!DOCTYPE html><html><body><table><tbody id="gsc_a_b">
      <tr class="gsc_a_tr"><td class="gsc_a_t"><a href="/citations?view_op=view_citation&amp;citation_for_view=X:1" class="gsc_a_at">First</a><div class="gs_gray">A Lee</div><div class="gs_gray">Journal of Tests 3<span class="gs_oph">, 2019</span></div></td><td class="gsc_a_c"><a href="/c?cites=1" class="gsc_a_ac gs_ibl">12</a></td><td class="gsc_a_y"><span class="gs_ibl">new</span><span class="gsc_a_h gsc_a_hc gs_ibl">2018</span></td></tr>
      <tr class="gsc_a_tr"><td class="gsc_a_t"><a href="/citations?view_op=view_citation&amp;citation_for_view=X:2" class="gsc_a_at">Second</a><div class="gs_gray">A Lee<span class="gs_gray">, B Kim</span></div><div class="gs_gray">Journal of Tests 4<span class="gs_oph">, 2020</span></div></td><td class="gsc_a_c"><a href="/c?cites=2" class="gsc_a_ac gs_ibl">7</a></td><td class="gsc_a_y"><span class="gsc_a_h gsc_a_hc gs_ibl">2020</span></td></tr>
    </tbody></table></body></html>`);
    const [first, second] = googlescholar.extract(doc, new URL(PROFILE_URL)).entries;
    expect(first).toMatchObject({
      title: 'First',
      authors: ['A Lee'],
      venue: 'Journal of Tests 3',
      year: 2018,
      signals: { citations: 12 },
    });
    expect(second).toMatchObject({ title: 'Second', authors: ['A Lee', 'B Kim'], venue: ', B Kim', year: 2020, signals: { citations: 7 } });
  });
});

describe('Google Scholar adapter: profile rows (real, dollodart/gssa input/aeinstein.html)', () => {
  const url = 'https://scholar.google.com/citations?user=qc6CJjYAAAAJ&hl=en';
  const scan = scanOf('excerpts/googlescholar-profile-einstein-rows.html', url);
  const view = (id: string) =>
    `https://scholar.google.com/citations?view_op=view_citation&hl=en&user=qc6CJjYAAAAJ&citation_for_view=qc6CJjYAAAAJ:${id}`;

  it('every row, in page order', () => {
    expect(scan.kind).toBe('profile');
    expect(scan.entries.map((e) => e.title)).toEqual([
      'Can quantum-mechanical description of physical reality be considered complete?',
      'On the movement of small particles suspended in stationary liquids required by the molecular-kinetic theory of heat',
      'Uber einen die Erzeugung und Verwandlung des Lichtes betreffenden heurischen Gesichtpunkt',
      'Zur Elektrodynamik bewegter Körper',
      'F. General relativity and its general covariance',
      'Relatividade Especial e Geral',
      // Scholar cuts long titles with "&nbsp;…"; the cut title is kept as shown.
      'Comment on Albert von Brunn," On Mr. Einstein\'s Remark about the Irregular Fluctuations of Lunar Longitude with an Approximate Period of the Rotation of the Lunar Nodes", 24 …',
      'Relational, Linear-Time Communication for Replication',
    ]);
    expect(PageScan.safeParse(scan).success).toBe(true);
  });

  it('first row: "Physical Review 47 (10), 777" without the hidden ", 1935", 20996 citations', () => {
    expect(scan.entries[0]).toEqual({
      title: 'Can quantum-mechanical description of physical reality be considered complete?',
      authors: ['A Einstein', 'B Podolsky', 'N Rosen'],
      authorsTruncated: false,
      year: 1935,
      date: '1935',
      venue: 'Physical Review 47 (10), 777',
      ids: {},
      url: view('qyhmnyLat1gC'),
      signals: { citations: 20996 },
    });
  });

  it('the merged-citations "*" (span.gsc_a_m, a.gsc_a_acm) is not part of the count', () => {
    expect(scan.entries[1]).toMatchObject({ year: 1905, venue: 'Annalen der Physik 17, 549-560', signals: { citations: 15795 } });
    expect(scan.entries[2]).toMatchObject({ year: 1905, venue: 'Ann. Phys. 17, 132-148', signals: { citations: 13999 } });
  });

  it('empty venue and year cells invent nothing; an empty citations link is no count', () => {
    const e = scan.entries[3]!;
    expect([e.venue, e.year, e.date]).toEqual([undefined, undefined, undefined]);
    expect(e.signals).toEqual({ citations: 6800 });
    expect(scan.entries[4]!.signals).toBeUndefined();
  });

  it('authors ending in ", ..." are truncated; the hidden ", 0" of a yearless row is no year', () => {
    expect(scan.entries[4]).toMatchObject({
      authors: ['A Einstein', 'PG Bergmann', 'E Kretschmann', 'JD Norton', 'JL Anderson'],
      authorsTruncated: true,
    });
    expect(scan.entries[5]).toMatchObject({ venue: 'Erres e Esses Lda', authors: ['A Einstein'] });
    expect(scan.entries[5]!.year).toBeUndefined();
    expect(scan.entries[7]).toMatchObject({
      authors: ['C Banderier', 'CF Gauss', 'A Einstein', 'B Gates', 'J Chirac'],
      authorsTruncated: false,
    });
  });

  it('rows added by "Show more" link without their list position (cstart, pagesize)', () => {
    expect(scan.entries[4]!.url).toBe(view('Qovp55VTycgC'));
    expect(scan.entries[7]!.url).toBe(view('ec1XJgWlWRUC'));
  });
});

describe('Google Scholar adapter: search results', () => {
  it('2016 page (real): title, byline, side PDF, "Cited by 2441"', () => {
    const url = 'https://scholar.google.co.jp/scholar?hl=en&q=%22Learning+deep+architectures+for+AI%22';
    const scan = scanOf('pages/google-scholar-search-2016-05.html', url);
    expect(googlescholar.detect(fixtureDocument('pages/google-scholar-search-2016-05.html'), new URL(url))).toBe('feed');
    expect(scan.kind).toBe('feed');
    expect(scan.context?.query).toBe('"Learning deep architectures for AI"');
    // div.gs_a: "Y Bengio - Foundations and trends® in Machine Learning, 2009 - dl.acm.org"
    expect(scan.entries).toEqual([
      {
        title: 'Learning deep architectures for AI',
        authors: ['Y Bengio'],
        authorsTruncated: false,
        year: 2009,
        date: '2009',
        venue: 'Foundations and trends® in Machine Learning',
        ids: {},
        url: 'http://dl.acm.org/citation.cfm?id=1658424',
        pdf: 'http://sanghv.com/download/soft/machine%20learning,%20artificial%20intelligence,%20mathematics%20ebooks/ML/learning%20deep%20architectures%20for%20AI%20(2009).pdf',
        signals: { citations: 2441 },
      },
    ]);
  });

  describe('current markup (hand-written)', () => {
    const scan = scanOf('handwritten/googlescholar-search.html', 'https://scholar.google.com/scholar?hl=en&q=federated+optimization');

    it('every result, markers stripped', () => {
      expect(scan.entries.map((e) => e.title)).toEqual([
        'Communication-efficient federated optimization with local momentum',
        'Federated optimization under heterogeneous data: a systems view',
        'Distributed optimization and statistical learning', // "[BOOK][B] Distributed …"
        'Notes on federated averaging', // "[CITATION][C] Notes …"
      ]);
      expect(PageScan.safeParse(scan).success).toBe(true);
    });

    it('"S Müller…" truncation, arXiv id from the link, "Cited by 1,204"', () => {
      expect(scan.entries[0]).toMatchObject({
        authors: ['J Park', 'M Keller', 'L Rossi', 'S Müller'],
        authorsTruncated: true,
        venue: 'arXiv preprint arXiv:2106.01234',
        year: 2021,
        type: 'preprint',
        ids: { arxiv: '2106.01234' },
        pdf: 'https://arxiv.org/pdf/2106.01234',
        signals: { citations: 1204 },
      });
    });

    it('DOI from a publisher /doi/abs/ link without its query; nbsp-separated byline', () => {
      expect(scan.entries[1]).toMatchObject({
        authors: ['H Alvarez', 'W Chen'],
        authorsTruncated: false,
        venue: 'Proceedings of the 29th ACM SIGKDD Conference on …',
        year: 2023,
        ids: { doi: '10.1145/3580305.3599999' },
        signals: { citations: 56 },
      });
    });

    it('book with a year but no venue; citation-only entry without a link', () => {
      expect(scan.entries[2]).toMatchObject({ type: 'book', year: 2011, authors: ['S Boyd', 'N Parikh', 'E Chu'] });
      expect(scan.entries[2]!.venue).toBeUndefined();
      expect(scan.entries[3]).toMatchObject({ venue: 'Technical report', year: 2019, signals: { citations: 3 } });
      expect(scan.entries[3]!.url).toBeUndefined();
    });
  });
});

describe('Google Scholar adapter: claims', () => {
  it('country domains are matched; other hosts and pages are not claimed', () => {
    expect(googlescholar.matches.some((p) => matchesPattern(p, new URL('https://scholar.google.de/citations?user=X')))).toBe(true);
    const doc = fixtureDocument('handwritten/googlescholar-profile.html');
    expect(googlescholar.detect(doc, new URL('https://scholar.google.co.uk/citations?user=XXXX'))).toBe('profile');
    expect(googlescholar.detect(doc, new URL('https://scholar.example.com/citations?user=XXXX'))).toBeNull();
    expect(googlescholar.detect(parseHtmlDocument('<html><body><p>hi</p></body></html>'), new URL(PROFILE_URL))).toBeNull();
    expect(findAdapter(doc, new URL(PROFILE_URL))?.adapter.id).toBe('googlescholar');
  });
});
