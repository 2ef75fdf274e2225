import { describe, expect, it } from 'vitest';
import { semanticscholar } from '../../lib/sites/semanticscholar';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { fixtureDocument } from '../helpers';

const AUTHOR_URL = new URL('https://www.semanticscholar.org/author/R.-Baumeister/2108532');

describe('Semantic Scholar author page (hand-written fixture)', () => {
  const doc = fixtureDocument('handwritten/semanticscholar-author.html');
  const scan = semanticscholar.extract(doc, AUTHOR_URL);

  it('is a profile with the header name and stats, and watches the app root for appended rows', () => {
    expect(semanticscholar.detect(doc, AUTHOR_URL)).toBe('profile');
    // <h1 class="author-detail-card__author-name">Roy F. Baumeister</h1>; "Citations" "248,317"
    expect(scan.context).toEqual({ name: 'Roy F. Baumeister', stats: { Publications: 1042, 'h-index': 189, Citations: 248317 } });
    expect(scan.entries).toHaveLength(3);
    expect(doc.querySelector(semanticscholar.watch!)).not.toBeNull();
  });

  it('reads a row: title, authors, venue, date, citations, paper id and the DOI link', () => {
    // "Ego depletion: is the active self a limited resource?" R. Baumeister, Ellen Bratslavsky · 1 May 1998 · 6,713 Citations
    expect(scan.entries[0]).toMatchObject({
      title: 'Ego depletion: is the active self a limited resource?',
      authors: ['R. Baumeister', 'Ellen Bratslavsky'],
      authorsTruncated: false,
      venue: 'Journal of Personality and Social Psychology',
      date: '1998-05-01',
      year: 1998,
      ids: { s2: '516c2035d29bb711be2e027be4ad38224419065a', doi: '10.1037/0022-3514.74.5.1252' },
      signals: { citations: 6713, category: 'Psychology' },
    });
  });

  it('records "+14 authors" as truncation with the shown names and the total', () => {
    // "K. Abe, R. Baumeister, L. Chen, +14 authors Z. Zhou"
    expect(scan.entries[1]).toMatchObject({
      authors: ['K. Abe', 'R. Baumeister', 'L. Chen', 'Z. Zhou'],
      authorsTruncated: true,
      authorCount: 18,
      ids: { arxiv: '2403.09876' },
      pdf: 'https://arxiv.org/pdf/2403.09876',
    });
  });

  it('leaves out what a row does not show (venue, citations, links) and decodes entities', () => {
    const e = scan.entries[2]!;
    // "Notes on Willpower &amp; Habit" ... "2019"
    expect(e.title).toBe('Notes on Willpower & Habit');
    expect(e.date).toBe('2019');
    expect(e.venue).toBeUndefined();
    expect(e.signals).toBeUndefined();
    expect(e.ids).toEqual({ s2: 'ffeeddccbbaa99887766554433221100ffeeddcc' });
  });
});

describe('Semantic Scholar author header as live-page scrapers read it', () => {
  // Selectors from public scrapers of the live page (not a saved page): h1[data-test-id=author-name],
  // ul[data-test-id=author-affiliations] li, stats rows with label/value spans (one scraper: a `__stats-value` class).
  it('name, affiliations and stats, "6.4k" read as 6400', () => {
    const doc = parseHtmlDocument(`<html><body><div id="main-content">
      <div class="author-detail-card"><div class="author-detail-card__author-name-container"><h1 data-test-id="author-name" class="author-detail-card__author-name">Jirui Qi</h1></div>
      <ul data-test-id="author-affiliations" class="author-detail-card__affiliations"><li>University of Groningen</li><li>Example Institute</li></ul>
      <div class="author-detail-card__stats"><div class="author-detail-card__stats-row"><span class="author-detail-card__stats-row__label">Publications</span><span class="author-detail-card__stats-row__value">12</span></div>
      <div class="author-detail-card__stats-row"><span class="author-detail-card__stats-row__label">Citations</span><span class="author-detail-card__stats-value">6.4k</span></div></div></div>
      <h1>Not the author</h1></div></body></html>`);
    const s = semanticscholar.extract(doc, new URL('https://www.semanticscholar.org/author/Jirui-Qi/2112611646'));
    expect(s.context).toEqual({
      name: 'Jirui Qi',
      affiliation: 'University of Groningen; Example Institute',
      stats: { Publications: 12, Citations: 6400 },
    });
  });
});

describe('Semantic Scholar paper page', () => {
  it('extracts the paper in the header, not the citation rows below it', () => {
    const doc = parseHtmlDocument(`<html><head>
      <meta name="citation_title" content="Attention is All you Need">
      <meta name="citation_author" content="Ashish Vaswani"><meta name="citation_author" content="Noam M. Shazeer">
      </head><body><div id="paper-header"><h1 data-test-id="paper-detail-title">Attention is All you Need</h1>
      <span class="author-list"><span data-test-id="author-list">Ashish Vaswani</span>, <span data-test-id="author-list">Noam M. Shazeer</span></span>
      <span data-test-id="venue-metadata">Neural Information Processing Systems</span><span data-test-id="paper-year"><span>12 June 2017</span></span>
      <a href="https://arxiv.org/abs/1706.03762">arXiv</a></div>
      <div class="cl-paper-row"><a data-test-id="title-link" href="/paper/x/1111111111111111111111111111111111111111"><h2 class="cl-paper-title">A citing paper</h2></a></div>
      </body></html>`);
    const url = new URL(
      'https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani-Shazeer/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
    );
    expect(semanticscholar.detect(doc, url)).toBe('single');
    const scan = semanticscholar.extract(doc, url);
    expect(scan.entries).toHaveLength(1);
    expect(scan.entries[0]).toMatchObject({
      title: 'Attention is All you Need',
      authors: ['Ashish Vaswani', 'Noam M. Shazeer'],
      date: '2017-06-12',
      venue: 'Neural Information Processing Systems',
      ids: { s2: '204e3073870fae3d05bcbc2f6a8e263d9b72e776', arxiv: '1706.03762' },
    });
  });

  it('claims no other host and no unrelated path', () => {
    const doc = parseHtmlDocument('<html><body></body></html>');
    expect(semanticscholar.detect(doc, new URL('https://www.semanticscholar.org/about'))).toBeNull();
    expect(semanticscholar.detect(doc, new URL('https://example.org/author/x/1'))).toBeNull();
  });

  it('one author-list span holding several author boxes gives one name per box', () => {
    // The row of a live 2026 search sample (title with <em> highlights, "1 May 1998"), with both names in one
    // data-test-id="author-list" span, as a list element may hold them; "+3 authors" after the shown names.
    const doc = parseHtmlDocument(`<div id="main-content"><div class="cl-paper-row serp-papers__paper-row paper-v2-cue paper-row-normal">
      <a class="link-button--show-visited" data-test-id="title-link" href="/paper/Ego-depletion%3A-is-the-active-self-a-limited-Baumeister-Bratslavsky/516c2035d29bb711be2e027be4ad38224419065a"><h2 class="cl-paper-title"><span><em>Ego</em><span> </span><em>depletion</em><span>: is the active self a limited resource?</span></span></h2></a>
      <ul class="cl-paper__bulleted-row"><span class="cl-paper-authors"><span data-test-id="author-list"><a class="cl-paper-authors__author-box"><span><span>R. Baumeister</span></span></a>, <a class="cl-paper-authors__author-box"><span><span>Ellen Bratslavsky</span></span></a> <span>+3 authors</span></span></span>
      <li class="cl-paper__bulleted-row__item"><span class="cl-paper-pubdates"><span><span>1 May 1998</span></span></span></li></ul></div></div>`);
    expect(semanticscholar.extract(doc, AUTHOR_URL).entries).toEqual([
      {
        title: 'Ego depletion: is the active self a limited resource?',
        authors: ['R. Baumeister', 'Ellen Bratslavsky'],
        authorsTruncated: true,
        authorCount: 5,
        year: 1998,
        date: '1998-05-01',
        ids: { s2: '516c2035d29bb711be2e027be4ad38224419065a' },
        url: 'https://www.semanticscholar.org/paper/Ego-depletion%3A-is-the-active-self-a-limited-Baumeister-Bratslavsky/516c2035d29bb711be2e027be4ad38224419065a',
      },
    ]);
  });

  it('paper page: the schema.org article (script.schema-data) and the BibTeX block (pre.bibtex-citation)', () => {
    // Shapes as Zotero's Semantic Scholar translator reads them (zotero/translators "Semantic Scholar.js": article =
    // JSON.parse(script.schema-data)["@graph"][1][0] with name, description, author[].name, publication, datePublished;
    // item type from the @type of pre.bibtex-citation), for its test page TectoMT (e1ea10a2…).
    const article = {
      '@type': 'ScholarlyArticle',
      name: 'TectoMT: Modular NLP Framework',
      description: 'In the present paper we describe TectoMT, a multi-purpose open-source NLP framework.',
      author: [
        { '@type': 'Person', name: 'Martin Popel' },
        { '@type': 'Person', name: 'Zdenek Zabokrtský' },
      ],
      publication: 'IceTAL',
      datePublished: '2010',
    };
    const doc =
      parseHtmlDocument(`<html><head><script class="schema-data" type="application/ld+json">${JSON.stringify({ '@context': 'http://schema.org', '@graph': [{ '@type': 'WebPage' }, [article]] })}</script></head>
      <body><div id="app"><pre class="bibtex-citation">@inproceedings{Popel2010TectoMTMN,
  title={TectoMT: Modular NLP Framework},
  author={Martin Popel and Zdenek Zabokrtsk{\\'y}},
  booktitle={IceTAL},
  year={2010}
}</pre></div></body></html>`);
    const url = new URL(
      'https://www.semanticscholar.org/paper/TectoMT%3A-Modular-NLP-Framework-Popel-Zabokrtsk%C3%BD/e1ea10a288632a4003a4221759bc7f7a2df36208',
    );
    const scan = semanticscholar.extract(doc, url);
    expect(scan.kind).toBe('single');
    expect(scan.entries[0]).toMatchObject({
      title: 'TectoMT: Modular NLP Framework',
      authors: ['Martin Popel', 'Zdenek Zabokrtský'],
      authorsTruncated: false,
      year: 2010,
      date: '2010',
      venue: 'IceTAL',
      type: 'inproceedings',
      abstract: 'In the present paper we describe TectoMT, a multi-purpose open-source NLP framework.',
      ids: { s2: 'e1ea10a288632a4003a4221759bc7f7a2df36208' },
      url: 'https://www.semanticscholar.org/paper/TectoMT%3A-Modular-NLP-Framework-Popel-Zabokrtsk%C3%BD/e1ea10a288632a4003a4221759bc7f7a2df36208',
    });
    expect(scan.entries[0]!.bibtex).toMatch(/^@inproceedings\{Popel2010TectoMTMN,/);
  });
});
