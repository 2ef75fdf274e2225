import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { readSelectedElements } from '../../lib/sites/selected-list';
import { corpusHtml } from '../fixtures/corpus/corpus';
import { cloneSelectedBetween } from '../support/selected-range';

/**
 * The reader's selection of a list under year headings that starts below the first heading (study14ay): the entries
 * above the first selected heading show no year at all.
 */
function readSelection(html: string, first: string, last: string) {
  const doc = parseHtmlDocument(html);
  const lastMatches = doc.querySelectorAll(last);
  const selected = cloneSelectedBetween(doc.querySelector(first)!, lastMatches[lastMatches.length - 1]!);
  const empty = parseHtmlDocument('<!doctype html><html><head></head><body></body></html>');
  return readSelectedElements([selected], empty, new URL('https://example.github.io/publications.html'))?.entries ?? [];
}

describe('a selection of year sections of "<strong>Title.</strong> Names. <a>Journal</a>" that leaves out its first heading (cribbs)', () => {
  const entries = readSelection(corpusHtml('cribbs-publications'), 'div.section.level1 li', 'div.section.level1 li');

  it('reads the entries above the first selected heading, with their names and no year', () => {
    const hypoxia = entries.find((e) => e.title.startsWith('Hypoxia Induces Transcriptional'));
    expect(hypoxia).toMatchObject({
      title: 'Hypoxia Induces Transcriptional and Translational Downregulation of the Type I IFN Pathway in Multiple Cancer Cell Types',
      venue: 'Cancer Research',
    });
    expect(hypoxia!.authors.slice(0, 3)).toEqual(['Ana Miar', 'Esther Arnaiz', 'Esther Bridges']);
    expect(hypoxia!.year).toBeUndefined();
    const advances = entries.find((e) => e.title === 'Advances and challenges in epigenomic single-cell sequencing applications');
    expect(advances?.authors.length).toBe(5);
  });

  it('still reads the entries under the headings with their heading’s year', () => {
    expect(entries.find((e) => e.title.startsWith('A Chemical Probe for Tudor Domain Protein Spindlin1'))?.year).toBe(2019);
    expect(entries.length).toBeGreaterThanOrEqual(26);
  });
});

describe('a selection of year sections of bold titles, names and journal, each with a "🔗 DOI" link paragraph, that leaves out its first heading (donaldson)', () => {
  const entries = readSelection(corpusHtml('donaldson-publications'), 'main h2 + p', 'main p:has(> strong + br)');

  it('reads the entries above the first selected heading', () => {
    expect(entries.map((e) => e.title)).toContain('The Power of Self-Compassion and PERMA+4: A Dual-Path Model for Employee Flourishing');
    expect(entries.map((e) => e.title)).toContain('Development and Validation of the Global Economic Security Scale');
    expect(entries.length).toBe(26);
  });
});
