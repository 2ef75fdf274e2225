import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { corpusHtml } from '../fixtures/corpus/corpus';

/**
 * Which lists the generic reader keeps and which of the page's readings it chooses (issue 14, study14d): whole dev
 * pages (test/fixtures/corpus) where a list was lost as a whole.
 */
const read = (slug: string, url: string) => generic.extract(parseHtmlDocument(corpusHtml(slug)), new URL(url)).entries;

describe('generic: the page text’s reading does not win by names cut at an initial (paolo)', () => {
  // "<p>Nakayama Y., C.A. Greene, <strong>F.S. Paolo</strong>, …, Title, <a>Journal (2021)</a></p>": the text reader
  // splits each entry at "C." and reads "Nakayama Y., C" as its title; the markup's list (rules and tagger) reads the titles.
  const entries = read('paolo-pubs', 'http://fpaolo.com/pubs/');

  it('keeps the markup’s reading, with the titles', () => {
    expect(entries.map((e) => e.title)).toContain('Antarctic Slope Current Modulates Ocean Heat Intrusions Towards Totten Glacier');
    expect(entries.find((e) => e.title.startsWith('Pervasive ice sheet mass loss'))?.authors.slice(0, 2)).toEqual([
      'B. Smith',
      'H.A. Fricker',
    ]);
  });

  it('reads no names cut at an initial as a title', () => {
    expect(entries.filter((e) => /,\s*\p{Lu}$/u.test(e.title))).toEqual([]);
  });
});

describe('generic: a pool of lists of one markup (renzogaglione, spslab)', () => {
  it('takes the read share over the publications’ <ul>, not the menu’s and the contact box’s <li>s pooled with it', () => {
    // <nav><ul><li>Home</li>…</ul></nav>, <section><ul><li><h4>Title.</h4><p>Names</p><p>Journal</p><p>Vol, date</p></li>…,
    // <footer><ul><li><h4>Studio privato</h4><ul><li>Pescara</li>…</ul></li>…: 15 of 45 pooled <li>s read.
    const entries = read('renzogaglione-pubblicazioni', 'http://www.renzogaglione.it/pubblicazioni.html');
    expect(entries.length).toBeGreaterThanOrEqual(14);
    expect(entries.map((e) => [e.title, e.authors])).toContainEqual([
      'Caso di bisalbuminemia di tipo rapido nel meridione d’Italia',
      ['C. Di Cosmo', 'R. Gaglione', 'G. Riario Sforza', 'C. Troia'],
    ]);
  });

  it('counts every block where each parent is one entry (an <li> of a title <div> and a meta <div>)', () => {
    // Reading the <div>s by their <li>s would keep the half of them that read and drop the <li> list that reads 25.
    expect(read('spslab-publications-ko', 'https://spslab-ssu.github.io/pubs/').length).toBeGreaterThanOrEqual(25);
  });
});
