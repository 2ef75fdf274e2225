import { afterEach, describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { useListGateModel, type ListGateModel } from '../../lib/text/list-gate';
import WEIGHTS from '../../lib/text/list-gate-weights.json';
import { corpusHtml } from '../fixtures/corpus/corpus';

/**
 * The list gate (lib/text/list-gate.ts) in the generic reader: a list the rules turn down, read with the tagger where the
 * gate calls it a list of papers and no list the rules read lies there.
 */
const read = (html: string, url: string) => generic.extract(parseHtmlDocument(html), new URL(url)).entries;
const titles = (html: string, url: string) => read(html, url).map((e) => e.title);

describe('generic: a list the rules turn down, passed by the list gate', () => {
  afterEach(() => useListGateModel(WEIGHTS as ListGateModel));

  // ginsburg (a 2011 snapshot): table rows of "<a><b>Adam Ginsburg</b>, John Bally, Jonathan Williams</a> <b>2011</b><br>
  // "Title"", then rows of a linked title over inverted names; the rules read two rows, too few for a list.
  const html = corpusHtml('ginsburg-publications');
  const url = 'http://casa.colorado.edu/~ginsbura/publications.htm';

  it('reads the names-then-title rows the tagger reads in it, with their names', () => {
    const entries = read(html, url).map((e) => [e.title, e.authors]);
    expect(entries).toContainEqual([
      'JCMT HARP CO 3-2 Observations of Molecular Outflows in W5',
      ['Adam Ginsburg', 'John Bally', 'Jonathan Williams'],
    ]);
    expect(entries).toContainEqual([
      'Galactic H2CO Densitometry I: Pilot survey of Ultracompact HII regions and methodology',
      ['Adam Ginsburg', 'Jeremy Darling', 'Cara Battersby', 'Ben Zeiger', 'John Bally'],
    ]);
    expect(titles(html, url)).not.toContain('The list below is a historical snapshot (through ~2011) and is no longer updated');
  });

  // Before study14ac, the page text reading took the note above the table for a title and missed the first row here; the
  // rules now read the undated rows of a read list by their marked titles (`readYearless`), with or without the gate.
  it('without the gate, the rules read the undated rows, not the note above the table', () => {
    useListGateModel(null);
    expect(titles(html, url)).not.toContain('The list below is a historical snapshot (through ~2011) and is no longer updated');
    expect(titles(html, url)).toContain('JCMT HARP CO 3-2 Observations of Molecular Outflows in W5');
  });
});
