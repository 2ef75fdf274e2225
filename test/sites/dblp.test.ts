import { describe, expect, it } from 'vitest';
import { dblp } from '../../lib/sites/dblp';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { fixtureDocument } from '../helpers';
import { matchesPattern } from '../../lib/sites/match';

const PERSON_URL = new URL('https://dblp.org/pid/m/AndrewMcCallum.html');
const TOC_URL = new URL('https://dblp.org/db/conf/acl/acl2023-1.html');

describe('dblp person page (hand-written fixture)', () => {
  const doc = fixtureDocument('handwritten/dblp-person.html');
  const scan = dblp.extract(doc, PERSON_URL);
  const byKey = (key: string) => scan.entries.find((e) => e.ids.dblp === key);

  it('is a profile with the person from the header', () => {
    expect(dblp.detect(doc, PERSON_URL)).toBe('profile');
    // <header id="headline" ... data-name="Andrew McCallum">
    expect(scan.context?.name).toBe('Andrew McCallum');
    expect(scan.entries).toHaveLength(5);
  });

  it('reads an inproceedings entry: authors, title without the trailing period, venue, year, DOI', () => {
    // "Haw-Shiuan Chang, Ruei-Yao Sun, Kathryn Ricci, Andrew McCallum: Multi-CLS BERT: An Efficient Alternative to
    //  Traditional Ensembling. ACL (1) 2023: 821-854", ee https://doi.org/10.18653/v1/2023.acl-long.48
    expect(byKey('conf/acl/ChangSRM23')).toMatchObject({
      title: 'Multi-CLS BERT: An Efficient Alternative to Traditional Ensembling',
      authors: ['Haw-Shiuan Chang', 'Ruei-Yao Sun', 'Kathryn Ricci', 'Andrew McCallum'],
      authorsTruncated: false,
      venue: 'ACL (1)',
      year: 2023,
      type: 'inproceedings',
      ids: { dblp: 'conf/acl/ChangSRM23', doi: '10.18653/v1/2023.acl-long.48' },
      url: 'https://doi.org/10.18653/v1/2023.acl-long.48',
    });
  });

  it('reads an informal CoRR entry as a preprint with its arXiv id, not the arXiv DOI', () => {
    // "CoRR abs/2401.01234 (2024)", ee https://doi.org/10.48550/arXiv.2401.01234 and https://arxiv.org/abs/2401.01234v2
    const e = byKey('journals/corr/abs-2401-01234');
    expect(e).toMatchObject({
      title: 'Efficient Retrieval for k-Nearest Neighbor Language Models',
      authors: ['María González', 'Andrew McCallum'],
      venue: 'CoRR',
      type: 'preprint',
      year: 2024,
      ids: { arxiv: '2401.01234' },
      pdf: 'https://arxiv.org/pdf/2401.01234',
    });
    expect(e?.ids.doi).toBeUndefined();
  });

  it('lower-cases DOIs and keeps a title that ends in "?" as it is', () => {
    // "Do Language Models Know When They Are Wrong?" ... https://doi.org/10.1162/TACL_A_00612
    expect(byKey('journals/tacl/LeeM24')).toMatchObject({
      title: 'Do Language Models Know When They Are Wrong?',
      type: 'article',
      venue: 'Trans. Assoc. Comput. Linguistics',
      ids: { doi: '10.1162/tacl_a_00612' },
    });
  });

  it('records an edited volume as a book with its editors', () => {
    // "Houda Bouamor, Juan Pino, Andrew McCallum (Eds.): Findings of ... EMNLP 2023, Singapore, December 6-10, 2023."
    expect(byKey('conf/emnlp/2023f')).toMatchObject({ type: 'book', authors: ['Houda Bouamor', 'Juan Pino', 'Andrew McCallum'] });
  });

  it('handles an entry without electronic edition: no DOI, no Scholar search link as URL, the dblp record instead', () => {
    const e = byKey('conf/akbc/SmithM23');
    expect(e?.ids).toEqual({ dblp: 'conf/akbc/SmithM23' });
    expect(e?.url).toBe('https://dblp.org/rec/conf/akbc/SmithM23.html');
    // Displayed "Jordan Smith" (the homonym number "0002" is only in the title attribute).
    expect(e?.authors[0]).toBe('Jordan Smith');
  });
});

describe('dblp electronic editions (hand-written entries)', () => {
  it('takes edition links in page order: the first drop-down head, then the ee items; other links are no edition', () => {
    // The head of the first drop-down links one DOI, its li.ee items another and an arXiv abstract; the second
    // drop-down's head, a link outside the drop-downs and the cite's links are no editions.
    const doc = parseHtmlDocument(`<!DOCTYPE html><html><body><ul class="publ-list">
      <li class="entry article" id="journals/x/A24"><a href="https://doi.org/10.9999/outside">x</a>
      <nav class="publ"><ul>
        <li class="drop-down"><div class="head"><a href="https://doi.org/10.1234/Head.One"></a></div>
          <div class="body"><ul><li class="ee"><a href="https://doi.org/10.5555/ee.two">DOI</a></li>
          <li class="ee"><a href="https://arxiv.org/abs/2401.01234v2">arXiv</a></li></ul></div></li>
        <li class="drop-down"><div class="head"><a href="https://doi.org/10.7777/second.head"></a></div></li>
      </ul></nav>
      <cite class="data"><span itemprop="author"><a href="https://dblp.org/pid/1.html"><span itemprop="name">Ann Lee</span></a></span>:
      <span class="title" itemprop="name">A title.</span> <a href="https://dblp.org/db/journals/x/x1.html"><span itemprop="isPartOf"><span itemprop="name">J. X</span></span></a>
      (<span itemprop="datePublished">2024</span>)</cite></li></ul></body></html>`);
    const [e] = dblp.extract(doc, PERSON_URL).entries;
    expect(e).toMatchObject({
      title: 'A title',
      authors: ['Ann Lee'],
      venue: 'J. X',
      year: 2024,
      ids: { dblp: 'journals/x/A24', doi: '10.1234/head.one', arxiv: '2401.01234' },
      url: 'https://doi.org/10.1234/head.one',
    });
  });

  it('an li.ee before the edition head comes first: page order, whatever the layout', () => {
    // An li.ee item before the nav (its DOI is the first edition in page order), then the nav whose first
    // drop-down's head links another DOI; and a second li.ee nested inside the first body item.
    const doc = parseHtmlDocument(`<!DOCTYPE html><html><body><ul class="publ-list">
      <li class="entry article" id="journals/x/B24"><ul><li class="ee"><a href="https://doi.org/10.1111/Before.Nav">DOI</a></li></ul>
      <nav class="publ"><ul>
        <li class="drop-down"><div class="head"><a href="https://doi.org/10.2222/head"></a></div>
          <div class="body"><ul><li class="ee"><a href="https://arxiv.org/abs/2402.04321">arXiv</a>
          <ul><li class="ee"><a href="https://example.org/paper.pdf">PDF</a></li></ul></li></ul></div></li>
      </ul></nav>
      <cite class="data"><span itemprop="author"><span itemprop="name">Bo Li</span></span>:
      <span class="title" itemprop="name">Another title.</span></cite></li></ul></body></html>`);
    const [e] = dblp.extract(doc, PERSON_URL).entries;
    expect(e).toMatchObject({
      title: 'Another title',
      authors: ['Bo Li'],
      ids: { dblp: 'journals/x/B24', doi: '10.1111/before.nav', arxiv: '2402.04321' },
      url: 'https://doi.org/10.1111/before.nav',
    });
  });
  it('an li.ee after the nav, less deep than the head, comes after the head: page order, not depth', () => {
    // The CLI's DOM (linkedom) ordered nodes of different parents by depth; the head's link is deeper but first.
    const doc = parseHtmlDocument(`<!DOCTYPE html><html><body><ul class="publ-list">
      <li class="entry article" id="journals/x/C24">
      <nav class="publ"><ul>
        <li class="drop-down"><div class="head"><a href="https://doi.org/10.3333/Head.First"></a></div>
          <div class="body"><ul><li class="ee"><a href="https://arxiv.org/abs/2403.05555">arXiv</a></li></ul></div></li>
      </ul></nav>
      <ul><li class="ee"><a href="https://doi.org/10.4444/after.nav">DOI</a></li></ul>
      <cite class="data"><span itemprop="author"><span itemprop="name">Cy Ho</span></span>:
      <span class="title" itemprop="name">A third title.</span></cite></li></ul></body></html>`);
    const [e] = dblp.extract(doc, PERSON_URL).entries;
    expect(e).toMatchObject({
      ids: { dblp: 'journals/x/C24', doi: '10.3333/head.first', arxiv: '2403.05555' },
      url: 'https://doi.org/10.3333/head.first',
    });
  });
});

describe('dblp table of contents (hand-written fixture)', () => {
  const doc = fixtureDocument('handwritten/dblp-toc.html');
  const scan = dblp.extract(doc, TOC_URL);

  it('is a venue page listing the papers, not the proceedings volume', () => {
    expect(dblp.detect(doc, TOC_URL)).toBe('venue');
    expect(scan.entries.map((e) => e.ids.dblp)).toEqual(['conf/acl/ChangSRM23', 'conf/acl/NguyenP23']);
  });

  it('takes venue and year from the page when the entries do not repeat them', () => {
    // <h1>61st ACL 2023: Toronto, Canada - Volume 1</h1>; the volume entry: <span itemprop="datePublished">2023</span>
    expect(scan.entries[1]).toMatchObject({
      title: 'Is Attention All You Need for Tables?',
      venue: '61st ACL 2023: Toronto, Canada - Volume 1',
      year: 2023,
      ids: { doi: '10.18653/v1/2023.acl-long.49' },
    });
  });
});

describe('dblp variants', () => {
  it('reads the old markup (div.data, bare name spans) and ignores pages outside dblp', () => {
    const doc = parseHtmlDocument(
      `<ul class="publ-list"><li class="entry inproceedings" id="conf/sp/Good24"><div class="data">
       <span itemprop="name" title="Ada Lovelace">Ada Lovelace</span>, <span itemprop="name" title="Alan Turing">Alan Turing</span>:
       <span class="title" itemprop="name">A Secure Thing.</span> <a href="https://dblp.org/db/conf/sp/sp2024.html#Good24">SP 2024</a></div></li></ul>`,
    );
    const url = new URL('https://dblp.uni-trier.de/pers/hd/l/Lovelace:Ada');
    expect(dblp.detect(doc, url)).toBe('profile');
    expect(dblp.extract(doc, url).entries[0]).toMatchObject({
      title: 'A Secure Thing',
      authors: ['Ada Lovelace', 'Alan Turing'],
      venue: 'SP 2024',
      ids: { dblp: 'conf/sp/Good24' },
    });
    expect(dblp.detect(doc, new URL('https://example.org/pid/x'))).toBeNull();
  });

  it('real record markup (2023, from dblp.dagstuhl.de): ORCID marks, BookSeries venue, year inside the venue link', () => {
    // The <cite> is verbatim as a public script keeps it; the <li> around it (type and key) is added here.
    const cite = `<cite class="data tts-content" itemprop="headline"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="this-person" itemprop="name">Florian Adriaens</span><img src="https://dblp.dagstuhl.de/img/orcid-mark.12x12.png" style="padding-left:0.25em;" alt="" title="0000-0001-7820-6883"></span>, <span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="https://dblp.dagstuhl.de/pid/269/4508.html" itemprop="url"><span itemprop="name" title="Honglian Wang">Honglian Wang</span></a><img src="https://dblp.dagstuhl.de/img/orcid-mark.12x12.png" style="padding-left:0.25em;" alt="" title="0009-0008-6463-392X"></span>, <span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="https://dblp.dagstuhl.de/pid/g/AristidesGionis.html" itemprop="url"><span itemprop="name" title="Aristides Gionis">Aristides Gionis</span></a><img src="https://dblp.dagstuhl.de/img/orcid-mark.12x12.png" style="padding-left:0.25em;" alt="" title="0000-0002-5211-112X"></span>:<br> <span class="title" itemprop="name">Minimizing Hitting Time between Disparate Groups with Shortcut Edges.</span> <a href="https://dblp.dagstuhl.de/db/conf/kdd/kdd2023.html#AdriaensWG23"><span itemprop="isPartOf" itemscope itemtype="http://schema.org/BookSeries"><span itemprop="name">KDD</span></span> <span itemprop="datePublished">2023</span></a>: <span itemprop="pagination">1-10</span></cite>`;
    const doc = parseHtmlDocument(
      `<ul class="publ-list"><li class="year">2023</li><li class="entry inproceedings toc" id="conf/kdd/AdriaensWG23">${cite}<meta property="genre" content="computer science"></li></ul>`,
    );
    const url = new URL('https://dblp.dagstuhl.de/pid/185/0834.html');
    expect(dblp.detect(doc, url)).toBe('profile');
    expect(dblp.matches.some((p) => matchesPattern(p, url))).toBe(true);
    expect(dblp.extract(doc, url).entries).toEqual([
      {
        title: 'Minimizing Hitting Time between Disparate Groups with Shortcut Edges',
        authors: ['Florian Adriaens', 'Honglian Wang', 'Aristides Gionis'],
        authorsTruncated: false,
        year: 2023,
        date: '2023',
        venue: 'KDD',
        type: 'inproceedings',
        ids: { dblp: 'conf/kdd/AdriaensWG23' },
        url: 'https://dblp.org/rec/conf/kdd/AdriaensWG23.html',
      },
    ]);
  });

  it('2017 markup (div.data, year inside the venue link) as a public crawler quotes it', () => {
    const doc =
      parseHtmlDocument(`<ul class="publ-list"><li class="entry inproceedings" id="conf/faw/LiuYZZLZ09"><div class="data" itemprop="headline">
    <span itemprop="author" itemscope="" itemtype="http://schema.org/Person"><a href="http://dblp.uni-trier.de/pers/hd/l/Liu:Xinwang" itemprop="url"><span itemprop="name">Xinwang Liu
            </span></a></span>, <span itemprop="author" itemscope="" itemtype="http://schema.org/Person"><span class="this-person" itemprop="name">Jianping Yin
        </span></span>, <span itemprop="author" itemscope="" itemtype="http://schema.org/Person"><a href="http://dblp.uni-trier.de/pers/hd/z/Zhang:Changwang" itemprop="url"><span itemprop="name">Changwang Zhang
            </span></a></span>:<br> <span class="title" itemprop="name">A Max-Margin Learning Algorithm with Additional Features.
    </span> <a href="http://dblp.uni-trier.de/db/conf/faw/faw2009.html#LiuYZZLZ09"><span itemprop="isPartOf" itemscope="" itemtype="http://schema.org/Series"><span itemprop="name">FAW
            </span></span> <span itemprop="datePublished">2009
        </span></a>: <span itemprop="pagination">196-206
    </span></div></li></ul>`);
    expect(dblp.extract(doc, new URL('https://dblp.uni-trier.de/pers/hd/y/Yin:Jianping')).entries[0]).toMatchObject({
      title: 'A Max-Margin Learning Algorithm with Additional Features',
      authors: ['Xinwang Liu', 'Jianping Yin', 'Changwang Zhang'],
      year: 2009,
      venue: 'FAW',
      ids: { dblp: 'conf/faw/LiuYZZLZ09' },
    });
  });
});
