import { describe, expect, it } from 'vitest';
import { openreview } from '../../lib/sites/openreview';
import { fixtureDocument } from '../helpers';
import { parseHtmlDocument } from '../../lib/cli/dom';

const PROFILE_URL = new URL('https://openreview.net/profile?id=~Jane_Doe1');
const VENUE_URL = new URL('https://openreview.net/group?id=ICLR.cc/2025/Conference');
const FORUM_URL = new URL('https://openreview.net/forum?id=rJ4km2R5t7');

describe('OpenReview profile (hand-written fixture, app-router build)', () => {
  const doc = fixtureDocument('handwritten/openreview-profile.html');
  const scan = openreview.extract(doc, PROFILE_URL);

  it('is a profile named by its h1', () => {
    expect(openreview.detect(doc, PROFILE_URL)).toBe('profile');
    // the div after the h1 holds the current positions (app/profile/Profile.js getCurrentInstitutionInfo)
    expect(scan.context).toEqual({ name: 'Jane Doe', affiliation: 'PhD student, Example University' });
    expect(scan.entries).toHaveLength(2);
  });

  it('reads v2 ({value}-wrapped) notes from the RSC payload, unescaping "$$" and keeping the abstract and BibTeX', () => {
    // payload: "title":{"value":"$$\\alpha$-Flows: ..."}, "venue":{"value":"ICLR 2025 Poster"}, "pdf":{"value":"/pdf/..."}
    const e = scan.entries[0]!;
    expect(e).toMatchObject({
      title: '$\\alpha$-Flows: Scaling Laws for Sparse Experts',
      authors: ['Jane Doe', 'Ravi Kumar', 'Li Wei'],
      authorsTruncated: false,
      venue: 'ICLR 2025 Poster',
      year: 2025,
      date: '2025-01-27',
      type: 'inproceedings',
      ids: { openreview: 'Xk3bQmR9sT' },
      url: 'https://openreview.net/forum?id=Xk3bQmR9sT',
      pdf: 'https://openreview.net/pdf?id=Xk3bQmR9sT',
      abstract: 'We study sparse experts. Scaling laws follow.',
    });
    expect(e.bibtex).toMatch(/^@inproceedings\{/);
  });

  it('leaves out a PDF the note does not have, and takes no date it does not show', () => {
    const e = scan.entries[1]!;
    expect(e.title).toBe('Robust Tokenizers Under Distribution Shift');
    expect(e.venue).toBe('Submitted to TMLR');
    expect(e.pdf).toBeUndefined();
    expect(e.date).toBeUndefined();
  });

  it('falls back to the rendered list when the JSON is gone, with the same titles and ids', () => {
    const bare = fixtureDocument('handwritten/openreview-profile.html');
    for (const s of [...bare.querySelectorAll('script')]) s.remove();
    const dom = openreview.extract(bare, PROFILE_URL).entries;
    expect(dom.map((e) => [e.title, e.ids.openreview])).toEqual(scan.entries.map((e) => [e.title, e.ids.openreview]));
    // <span>Li Wei</span> (no profile link) is still an author
    expect(dom[0]!.authors).toEqual(['Jane Doe', 'Ravi Kumar', 'Li Wei']);
  });
});

describe('OpenReview RSC payload as React streams it (rows derived here from ReactFlightServer.js rules)', () => {
  // Strings of 1024+ characters leave the JSON as "$<id>" and travel in a text row "<id>:T<hex byte length>,<text>"
  // with no newline after it; "$undefined" is not a value; "$<id>:key" points into a row sent before.
  const abstract = ('Sparse experts — routing é𝒪(n) tokens. '.repeat(40) + 'The end.').trim();
  const bibtex =
    '@inproceedings{doe2025long,\ntitle={A Long One},\nauthor={Jane Doe and ' + 'Ann Other and '.repeat(80) + 'Li Wei},\nyear={2025}\n}';
  const hex = (t: string) => Buffer.byteLength(t, 'utf8').toString(16);
  const note = {
    id: 'LgAbs12345',
    forum: 'LgAbs12345',
    version: 2,
    cdate: 1727740800000,
    pdate: 1737936000000,
    content: {
      title: { value: 'A Long One' },
      authors: { value: ['Jane Doe', 'Li Wei'] },
      venue: { value: '$undefined' },
      abstract: { value: '$a' },
      _bibtex: { value: '$b' },
    },
  };
  const stream =
    '1:HL["/_next/static/css/app.css","style"]\n' +
    `a:T${hex(abstract)},${abstract}` +
    `b:T${hex(bibtex)},${bibtex}` +
    `c:{"id":"Sh0rt00001","forum":"Sh0rt00001","content":{"title":{"value":"Shown Twice"},"authors":{"value":["Jane Doe"]}}}\n` +
    `5:["$","$L6",null,${JSON.stringify({ profileId: '~Jane_Doe1', publications: [note, '$c'], count: 14 })}]\n` +
    '6:I["123",["static/chunks/app/profile/page.js"],"ProfilePublications"]\n';
  // Next.js cuts the stream into pushes anywhere, also inside a text row.
  const cuts = [50, 700, 1500, stream.length - 40];
  const pieces = [0, ...cuts].map((start, i) => stream.slice(start, [...cuts, stream.length][i]));
  const scripts = pieces.map((p) => `<script>self.__next_f.push([1,${JSON.stringify(p)}])</script>`).join('');
  const doc = parseHtmlDocument(
    `<html><body><main><h1>Jane Doe</h1><div><div>Researcher, Example Lab</div></div><div class="ant-space">Joined 2019</div>` +
      `<a href="/search?term=~Jane_Doe1&content=authors&group=all&source=forum&sort=cdate:desc">View all 14 publications</a></main>${scripts}</body></html>`,
  );
  const s = openreview.extract(doc, PROFILE_URL);

  it('reads a long abstract and BibTeX from their text rows, and the row after them', () => {
    expect(abstract.length).toBeGreaterThan(1024);
    expect(s.entries.map((e) => e.title)).toEqual(['A Long One', 'Shown Twice']);
    const e = s.entries[0]!;
    expect(e.abstract).toBe(abstract);
    expect(e.bibtex).toBe(bibtex);
    expect(e.authors).toEqual(['Jane Doe', 'Li Wei']);
    expect(e.venue).toBeUndefined(); // "$undefined", not a venue called "$undefined"
    expect(e.year).toBe(2025);
  });

  it("keeps the profile's publication count and current position", () => {
    expect(s.context).toEqual({ name: 'Jane Doe', affiliation: 'Researcher, Example Lab', stats: { publications: 14 } });
  });
});

describe('OpenReview venue page (hand-written fixture, notes rendered client-side)', () => {
  const doc = fixtureDocument('handwritten/openreview-venue.html');
  const scan = openreview.extract(doc, VENUE_URL);

  it("is a venue page with every tab's notes", () => {
    expect(openreview.detect(doc, VENUE_URL)).toBe('venue');
    expect(scan.context?.title).toBe('ICLR 2025 Conference');
    expect(scan.entries.map((e) => e.ids.openreview)).toEqual(['Ab12Cd34Ef', 'Gh56Ij78Kl', 'Mn90Op12Qr']);
  });

  it('records "et al. (3 additional authors not shown)" as truncation: 20 shown of 23', () => {
    const e = scan.entries[0]!;
    expect(e.authors).toHaveLength(20);
    expect(e.authors[19]).toBe('Author T Example');
    expect(e).toMatchObject({ authorsTruncated: true, authorCount: 23, venue: 'ICLR 2025 Oral', year: 2025, date: '2025-01-22' });
  });

  it('decodes entities and keeps authors without a profile link', () => {
    // "Diffusion Models &amp; the Geometry of Noise" — Sara López, <span>Tom Becker</span>
    expect(scan.entries[1]).toMatchObject({
      title: 'Diffusion Models & the Geometry of Noise',
      authors: ['Sara López', 'Tom Becker'],
      authorsTruncated: false,
    });
  });

  it('does not claim an empty author list is complete', () => {
    expect(scan.entries[2]).toMatchObject({ authors: [], authorsTruncated: true });
    expect(scan.entries[2]!.pdf).toBeUndefined();
  });
});

describe('OpenReview forum (hand-written fixture, pages-router build)', () => {
  const doc = fixtureDocument('handwritten/openreview-forum.html');

  it('reads the v1 (plain content) forum note from __NEXT_DATA__', () => {
    expect(openreview.detect(doc, FORUM_URL)).toBe('single');
    const scan = openreview.extract(doc, FORUM_URL);
    expect(scan.entries).toHaveLength(1);
    expect(scan.entries[0]).toMatchObject({
      title: 'Deep Graph Infomax',
      authors: ['Petar Veličković', 'William Fedus', 'William L. Hamilton', 'Pietro Liò', 'Yoshua Bengio', 'R Devon Hjelm'],
      venue: 'ICLR 2019 Poster',
      year: 2019,
      type: 'inproceedings',
      ids: { openreview: 'rJ4km2R5t7' },
      pdf: 'https://openreview.net/pdf?id=rJ4km2R5t7',
    });
  });

  it('falls back to the header when there is no JSON', () => {
    const bare = fixtureDocument('handwritten/openreview-forum.html');
    bare.querySelector('#__NEXT_DATA__')?.remove();
    expect(openreview.extract(bare, FORUM_URL).entries[0]).toMatchObject({
      title: 'Deep Graph Infomax',
      authors: ['Petar Veličković', 'William Fedus', 'William L. Hamilton', 'Pietro Liò', 'Yoshua Bengio', 'R Devon Hjelm'],
      venue: 'ICLR 2019 Poster',
      pdf: 'https://openreview.net/pdf?id=rJ4km2R5t7',
    });
  });

  it('a saved 2023 forum page without JSON: header, Published date, venue, data-bibtex, abstract', () => {
    // The forum note of a real saved page (NeurIPS 2023 "Tree of Thoughts", forum 5Xc1ecxO1h), as a public repository
    // keeps it converted to Markdown with its HTML elements: div/span classes, links and data-bibtex are verbatim;
    // "##"/"###" are put back as <h2 class="citation_title">/<h3> and "**Abstract:**" as <strong class="note-content-field">
    // (openreview-web components/forum/ForumNote.js, NoteContent.js); the abstract is shortened.
    const html = `<div id="content" role="main"><div class="forum-container"><div class="forum-note">
<div class="forum-title mt-2 mb-2"><h2 class="citation_title">Tree of Thoughts: Deliberate Problem Solving with Large Language Models</h2>
<div class="forum-content-link"><a href="https://openreview.net/pdf?id=5Xc1ecxO1h" class="citation_pdf_url" target="_blank" rel="noreferrer" title="Download PDF"><img src="pdf_icon_blue.svg" alt="Download PDF" /></a></div></div>
<div class="forum-authors mb-2"><h3><a href="https://openreview.net/profile?id=~Shunyu_Yao1" data-toggle="tooltip" data-placement="top" data-original-title="~Shunyu_Yao1">Shunyu Yao</a>, <a href="https://openreview.net/profile?id=~Dian_Yu2" data-toggle="tooltip" data-placement="top" data-original-title="~Dian_Yu2">Dian Yu</a>, <a href="https://openreview.net/profile?id=~Jeffrey_Zhao1" data-toggle="tooltip" data-placement="top" data-original-title="~Jeffrey_Zhao1">Jeffrey Zhao</a>, <a href="https://openreview.net/profile?id=~Izhak_Shafran1" data-toggle="tooltip" data-placement="top" data-original-title="~Izhak_Shafran1">Izhak Shafran</a>, <a href="https://openreview.net/profile?id=~Thomas_L._Griffiths1" data-toggle="tooltip" data-placement="top" data-original-title="~Thomas_L._Griffiths1">Thomas L. Griffiths</a>, <a href="https://openreview.net/profile?id=~Yuan_Cao2" data-toggle="tooltip" data-placement="top" data-original-title="~Yuan_Cao2">Yuan Cao</a>, <a href="https://openreview.net/profile?id=~Karthik_R_Narasimhan1" data-toggle="tooltip" data-placement="top" data-original-title="~Karthik_R_Narasimhan1">Karthik R Narasimhan</a> </h3></div>
<div class="clearfix mb-1"><div class="forum-meta">
<span class="date item"><span class="glyphicon glyphicon-calendar" aria-hidden="true"></span>Published: 21 Sept 2023, Last Modified: 02 Nov
2023</span><span class="item"><span class="glyphicon glyphicon-folder-open" aria-hidden="true"></span>NeurIPS 2023
oral</span><span class="readers item" toggle="tooltip" placement="top" title="" original-title="Visible to &lt;br/&gt;everyone&lt;br/&gt;since 02 Nov 2023"><span class="glyphicon glyphicon-eye-open" aria-hidden="true"></span>Everyone</span><span class="item"><span class="glyphicon glyphicon-bookmark" aria-hidden="true"></span><a href="https://openreview.net/forum?id=5Xc1ecxO1h#" data-target="#bibtex-modal" data-toggle="modal" data-bibtex="%40inproceedings%7B%0Ayao2023tree%2C%0Atitle%3D%7BTree%20of%20Thoughts%3A%20Deliberate%20Problem%20Solving%20with%20Large%20Language%20Models%7D%2C%0Aauthor%3D%7BShunyu%20Yao%20and%20Dian%20Yu%20and%20Jeffrey%20Zhao%20and%20Izhak%20Shafran%20and%20Thomas%20L.%20Griffiths%20and%20Yuan%20Cao%20and%20Karthik%20R%20Narasimhan%7D%2C%0Abooktitle%3D%7BThirty-seventh%20Conference%20on%20Neural%20Information%20Processing%20Systems%7D%2C%0Ayear%3D%7B2023%7D%2C%0Aurl%3D%7Bhttps%3A%2F%2Fopenreview.net%2Fforum%3Fid%3D5Xc1ecxO1h%7D%0A%7D">BibTeX</a></span>
</div></div>
<div class="note-content"><div><strong class="note-content-field">Keywords:</strong> <span class="note-content-value">large language model, general problem solving, heuristic search, reasoning, planning, decision making</span></div>
<div><strong class="note-content-field">Abstract:</strong> <div class="note-content-value markdown-rendered">Language models are increasingly being deployed for general problem solving across a wide range of tasks.</div></div></div>
</div></div></div>`;
    const url = new URL('https://openreview.net/forum?id=5Xc1ecxO1h');
    const scan = openreview.extract(parseHtmlDocument(html), url);
    expect(scan.entries).toEqual([
      {
        title: 'Tree of Thoughts: Deliberate Problem Solving with Large Language Models',
        authors: ['Shunyu Yao', 'Dian Yu', 'Jeffrey Zhao', 'Izhak Shafran', 'Thomas L. Griffiths', 'Yuan Cao', 'Karthik R Narasimhan'],
        authorsTruncated: false,
        year: 2023,
        date: '2023-09-21',
        venue: 'NeurIPS 2023 oral',
        type: 'inproceedings',
        abstract: 'Language models are increasingly being deployed for general problem solving across a wide range of tasks.',
        ids: { openreview: '5Xc1ecxO1h' },
        url: 'https://openreview.net/forum?id=5Xc1ecxO1h',
        pdf: 'https://openreview.net/pdf?id=5Xc1ecxO1h',
        bibtex:
          '@inproceedings{\nyao2023tree,\ntitle={Tree of Thoughts: Deliberate Problem Solving with Large Language Models},\nauthor={Shunyu Yao and Dian Yu and Jeffrey Zhao and Izhak Shafran and Thomas L. Griffiths and Yuan Cao and Karthik R Narasimhan},\nbooktitle={Thirty-seventh Conference on Neural Information Processing Systems},\nyear={2023},\nurl={https://openreview.net/forum?id=5Xc1ecxO1h}\n}',
      },
    ]);
  });

  it('a venue without a year ("COLM") takes the year from data-bibtex', () => {
    // forum-meta of a saved COLM 2024 forum page (Starling-7B, GqDntYTTbk), same source kind as above.
    const html = `<div class="forum-note"><div class="forum-title"><h2 class="citation_title">Starling-7B: Improving Helpfulness and Harmlessness with RLAIF</h2></div>
<div class="forum-meta"><span class="date item"><span class="glyphicon glyphicon-calendar" aria-hidden="true"></span>Published: 10 Jul 2024, Last Modified: 25 Aug
2024</span><span class="item"><span class="glyphicon glyphicon-folder-open" aria-hidden="true"></span>COLM</span><span class="item"><a href="https://openreview.net/forum?id=GqDntYTTbk#" data-target="#bibtex-modal" data-toggle="modal" data-bibtex="%40inproceedings%7B%0Azhu2024starlingb%2C%0Atitle%3D%7BStarling-7B%3A%20Improving%20Helpfulness%20and%20Harmlessness%20with%20%7BRLAIF%7D%7D%2C%0Aauthor%3D%7BBanghua%20Zhu%20and%20Evan%20Frick%20and%20Tianhao%20Wu%20and%20Hanlin%20Zhu%20and%20Karthik%20Ganesan%20and%20Wei-Lin%20Chiang%20and%20Jian%20Zhang%20and%20Jiantao%20Jiao%7D%2C%0Abooktitle%3D%7BFirst%20Conference%20on%20Language%20Modeling%7D%2C%0Ayear%3D%7B2024%7D%2C%0Aurl%3D%7Bhttps%3A%2F%2Fopenreview.net%2Fforum%3Fid%3DGqDntYTTbk%7D%0A%7D">BibTeX</a></span></div></div>`;
    const [e] = openreview.extract(parseHtmlDocument(html), new URL('https://openreview.net/forum?id=GqDntYTTbk')).entries;
    // No author line in this trimmed header: the names come from the BibTeX.
    expect(e).toMatchObject({
      venue: 'COLM',
      year: 2024,
      date: '2024-07-10',
      type: 'inproceedings',
      authors: ['Banghua Zhu', 'Evan Frick', 'Tianhao Wu', 'Hanlin Zhu', 'Karthik Ganesan', 'Wei-Lin Chiang', 'Jian Zhang', 'Jiantao Jiao'],
      authorsTruncated: false,
    });
  });

  it('an ICLR 2020 venue list item (li.note, authors as bare links in div.note-authors) is read from the DOM', () => {
    // The list item a public ICLR-2020 poster crawler keeps (in a comment) as the page's markup.
    const html = `<ul class="list-unstyled submissions-list"><li class="note" data-id="rkgpv2VFvr" data-number="22">
<h4><a href="/forum?id=rkgpv2VFvr">
        Sharing Knowledge in Multi-Task Deep Reinforcement Learning
    </a>
    <a class="pdf-link" href="/pdf?id=rkgpv2VFvr" target="_blank" title="Download PDF"><img src="/static/images/pdf_icon_blue.svg"/></a></h4>
<div class="note-authors">
    <a class="profile-link" data-placement="top" data-toggle="tooltip" href="/profile?email=carlo%40robot-learning.de" title="carlo@robot-learning.de">Carlo D'Eramo</a>, <a class="profile-link" data-placement="top" data-toggle="tooltip" href="/profile?email=davide%40robot-learning.de" title="davide@robot-learning.de">Davide Tateo</a>
</div></li></ul>`;
    const scan = openreview.extract(parseHtmlDocument(html), new URL('https://openreview.net/group?id=ICLR.cc/2020/Conference'));
    expect(scan.entries).toEqual([
      {
        title: 'Sharing Knowledge in Multi-Task Deep Reinforcement Learning',
        authors: ["Carlo D'Eramo", 'Davide Tateo'],
        authorsTruncated: false,
        ids: { openreview: 'rkgpv2VFvr' },
        url: 'https://openreview.net/forum?id=rkgpv2VFvr',
        pdf: 'https://openreview.net/pdf?id=rkgpv2VFvr',
      },
    ]);
  });
});
