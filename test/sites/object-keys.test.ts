/** Issue 15 item 2: strings from pages and files are never looked up as Object.prototype's keys. */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../lib/sites/dom';
import { bibEntryType, parseBibEntry } from '../../lib/sites/bibtex-lite';
import { parseImport } from '../../lib/formats/import';
import { mergeLibraries } from '../../lib/library/merge';
import { makePaper } from '../helpers';

describe('lookups keyed by page or file text', () => {
  it('"&constructor;" and "&toString;" are not entities', () => {
    expect(htmlToText('a &constructor; b &toString; c &amp; d')).toBe('a &constructor; b &toString; c & d');
  });

  it('a page BibTeX block typed @constructor has no entry type; its fields are data', () => {
    expect(bibEntryType('constructor')).toBeUndefined();
    expect(bibEntryType('article')).toBe('article');
    const bib = parseBibEntry('@article{k, constructor = {y}, toString = {z}, title = {T}}');
    expect(bib?.fields.title).toBe('T');
    expect(Object.keys(bib!.fields).sort()).toEqual(['constructor', 'title', 'tostring']);
  });

  it('a CSL item typed "constructor", or whose Papershelf data says so, imports (as no type)', () => {
    const item = { id: 'a', type: 'constructor', title: 'T', custom: { papershelf: { type: 'toString' } } };
    const r = parseImport(JSON.stringify([item]));
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.papers[0]!.type).toBeUndefined();
  });

  it('a paper whose id is "__proto__" is reported and written like any other', () => {
    const p = makePaper({ id: '__proto__', title: 'Odd id', ids: { doi: '10.1/p' }, clock: { title: 5 } });
    const q = makePaper({ id: 'constructor', title: 'Another', clock: { title: 5 } });
    const local = makePaper({ id: '__proto__', title: 'Old', ids: { doi: '10.1/p' }, clock: { title: 1 } });
    const result = mergeLibraries({ papers: [local], tombstones: [] }, { papers: [p, q], tombstones: [] });
    expect(Object.keys(result.report.updated)).toEqual(['__proto__']);
    expect(result.report.added).toEqual(['constructor']);
  });
});
