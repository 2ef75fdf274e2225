import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { authorTruncation, classAttr, clean, hasClass, htmlToText, soleText } from '../../lib/sites/dom';
import { parseHtmlDocument } from '../../lib/cli/dom';

/** The plain definition clean() must keep: drop invisible characters, every `\s` run -> one space, trim. */
const reference = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

// Letters plus every kind of character the fast path has to tell apart.
const CHARS = [
  'a',
  'b',
  'Z',
  '.',
  '△',
  ' ',
  '  ',
  '\n',
  '\t',
  '\r',
  '\v',
  '\f',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u202f',
  '\u205f',
  '\u2029',
  '\u0085',
  '\u180e',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\u2028',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u2060',
  '\u00ad',
  '\ufe01',
  '\ufe0f',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((a) => a.join(''));

describe('clean', () => {
  it('matches the reference definition on strings of letters, spaces and zero-width characters', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(clean(s)).toBe(reference(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('matches the reference definition on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => clean(s) === reference(s)),
      { numRuns: 5000 },
    );
  });

  it('handles the edge cases', () => {
    for (const s of [
      null,
      undefined,
      '',
      ' ',
      '\u200b',
      ' \u200b ',
      'a',
      ' a ',
      'a b',
      'a  b',
      'a\nb',
      '\u200b a',
      'a \u200b b',
      'a\ufeffb',
      'a \ufeff',
      'x\u00a0y',
      'Einstein \ufe01',
      'co\u00adoperation',
    ])
      expect(clean(s)).toBe(reference(s));
    expect(clean('\n  The title \n  of it\n')).toBe('The title of it');
  });
});

describe('clean on every BMP character', () => {
  it('treats each one as the reference does, alone, between letters and next to a space', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, `a ${ch}b`, `a${ch} b`]) if (clean(s) !== reference(s)) expect(clean(s)).toBe(reference(s));
    }
  });
});

describe('hasClass', () => {
  // What classList.contains answers: the attribute split on ASCII whitespace holds the name.
  const tokens = (cls: string | null) => (cls ?? '').split(/[ \t\n\f\r]+/);
  const part = fc.constantFrom(
    'tag',
    'tags',
    'is-tag',
    'tag-x',
    'ta',
    'g',
    'title',
    'abstract-full',
    'abstract',
    '',
    ' ',
    '\t',
    '\n',
    '\f',
    '\r',
    '\v',
    '\u00a0',
    '-',
  );
  it('matches a split on ASCII whitespace', () => {
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 8 }).map((a) => a.join('')),
        fc.constantFrom('tag', 'title', 'abstract', 'abstract-full', 'g'),
        (cls, name) => {
          expect(hasClass(cls, name)).toBe(tokens(cls).includes(name));
        },
      ),
      { numRuns: 20000 },
    );
  });
  it('handles a missing attribute and exact tokens', () => {
    expect(hasClass(null, 'tag')).toBe(false);
    expect(hasClass('tag is-small', 'tag')).toBe(true);
    expect(hasClass('tags is-inline-block', 'tag')).toBe(false);
    expect(hasClass('list-title is-inline-block', 'title')).toBe(false);
    expect(hasClass('title is-5 mathjax', 'title')).toBe(true);
    expect(hasClass('tag\u00a0x', 'tag')).toBe(false);
  });
});

describe('authorTruncation', () => {
  it('reads the count where the page gives one', () => {
    expect(authorTruncation(', et al. (84 additional authors not shown)')).toEqual({ truncated: true, more: 84 });
    expect(authorTruncation('(1 additional author not shown)')).toEqual({ truncated: true, more: 1 });
    expect(authorTruncation('A. Lee, B. Chen, +3 authors')).toEqual({ truncated: true, more: 3 });
    expect(authorTruncation('A. Lee and 5 more authors')).toEqual({ truncated: true, more: 5 });
    expect(authorTruncation('A. Lee, + 12 others')).toEqual({ truncated: true, more: 12 });
  });

  it('flags the markers that give no count', () => {
    for (const s of ['A. Lee, B. Chen et al.', 'A. Lee et al', 'Y LeCun, Y Bengio, …', 'A Vaswani, N Shazeer...', 'A. Lee and others'])
      expect(authorTruncation(s)).toEqual({ truncated: true });
  });

  it('leaves complete lists alone', () => {
    for (const s of ['A. Lee, B. Chen', 'Ann Moreau, Al Etal', 'Alan Turing and Bo Li', '3 authors (all shown)'])
      expect(authorTruncation(s).truncated).toBe(false);
  });
});

describe('htmlToText', () => {
  it('drops footnote marks, tags and decodes entities', () => {
    expect(htmlToText('Shane Arora<sup><sup> </sup></sup>, David Atkinson<sup>α</sup>')).toBe('Shane Arora, David Atkinson');
    expect(htmlToText('<em>Ann</em> Lee &amp; Bo Ch&#233;n &#x2014; D&apos;Ark &lt;x&gt;')).toBe("Ann Lee & Bo Chén — D'Ark <x>");
    expect(htmlToText('plain text')).toBe('plain text');
    expect(htmlToText('a<script>alert(1)</script>b &bogus; &#0;')).toBe('ab &bogus; &#0;');
  });
});

describe('soleText and classAttr: what textContent and the class attribute give', () => {
  const doc = parseHtmlDocument(`<!DOCTYPE html><html><body>
    <p id="one">plain text</p><p id="chain"><span><a href="#"><b>deep</b></a></span></p>
    <p id="mixed">a <i>b</i> c</p><p id="empty"></p><p id="deepempty"><span><a></a></span></p>
    <p id="comment"><!-- note --></p><p id="commentchain"><span><!-- x -->y</span></p>
    <p id="nested"><span>one</span><span>two</span></p><svg id="icon" class="ico"></svg><p id="noclass"></p>
  </body></html>`);
  const el = (id: string) => doc.getElementById(id)!;

  it('gives the text of one text node, a chain of sole children, or of everything inside', () => {
    for (const id of ['one', 'chain', 'mixed', 'empty', 'deepempty', 'comment', 'commentchain', 'nested'])
      expect(soleText(el(id)), id).toBe(el(id).textContent);
    expect(soleText(el('chain'))).toBe('deep');
    expect(soleText(el('mixed'))).toBe('a b c');
    expect(soleText(el('comment'))).toBe('');
    expect(soleText(el('nested'))).toBe('onetwo');
  });

  it('reads the class attribute, an empty string without one', () => {
    expect(classAttr(el('icon'))).toBe('ico');
    expect(classAttr(el('noclass'))).toBe('');
  });
});

describe("the CLI's DOM: compareDocumentPosition in document order", () => {
  const doc = parseHtmlDocument(
    '<html><body><table><tr><td><ul><li id="a">a</li></ul><p id="b">b</p></td></tr></table><div><span id="c">c</span></div></body></html>',
  );
  const [a, b, c, td] = ['#a', '#b', '#c', 'td'].map((s) => doc.querySelector(s)!) as [Element, Element, Element, Element];

  it('orders nodes of different parents and depths as a browser does (linkedom compared their depths)', () => {
    // 4 = following, 2 = preceding: a (deeper) is before b and c.
    expect([a.compareDocumentPosition(b), b.compareDocumentPosition(a)]).toEqual([4, 2]);
    expect([a.compareDocumentPosition(c), c.compareDocumentPosition(a), b.compareDocumentPosition(c)]).toEqual([4, 2, 4]);
  });

  it('says which contains which, and nothing for a node and itself', () => {
    expect(td.compareDocumentPosition(a)).toBe(4 | 16);
    expect(a.compareDocumentPosition(td)).toBe(2 | 8);
    expect(a.compareDocumentPosition(a)).toBe(0);
  });
});
