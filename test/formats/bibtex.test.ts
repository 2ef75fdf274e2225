import { describe, expect, it } from 'vitest';
import bibtexParse from 'bibtex-parse';
import { parse as parseBib } from '@retorquere/bibtex-parser';
import { toBibtex } from '../../lib/formats/bibtex';
import { parseImport } from '../../lib/formats/import';
import { assignCitationKeys, baseCitationKey } from '../../lib/formats/citekey';
import { generatePapers } from '../support/generate';
import { makePaper } from '../helpers';

type ParsedEntry = Record<string, unknown> & { key: string; type: string };
const independentEntries = (bib: string): ParsedEntry[] => (bibtexParse as { entries(s: string): ParsedEntry[] }).entries(bib);

const paper = makePaper;

const attention = paper({
  id: 'arxiv:1706.03762',
  title: 'Attention Is All You Need',
  authors: [
    'Ashish Vaswani',
    'Noam Shazeer',
    'Niki Parmar',
    'Jakob Uszkoreit',
    'Llion Jones',
    'Aidan N. Gomez',
    'Lukasz Kaiser',
    'Illia Polosukhin',
  ],
  year: 2017,
  type: 'preprint',
  venue: 'arXiv',
  ids: { arxiv: '1706.03762' },
  url: 'https://arxiv.org/abs/1706.03762',
  signals: { category: 'cs.CL' },
});

/** arXiv's own "Export BibTeX citation" for 1706.03762 (its year is that of the latest version; set to v1's here). */
const ARXIV_EXPORT = `@misc{vaswani2023attentionneed,
      title={Attention Is All You Need}, 
      author={Ashish Vaswani and Noam Shazeer and Niki Parmar and Jakob Uszkoreit and Llion Jones and Aidan N. Gomez and Lukasz Kaiser and Illia Polosukhin},
      year={2017},
      eprint={1706.03762},
      archivePrefix={arXiv},
      primaryClass={cs.CL},
      url={https://arxiv.org/abs/1706.03762}, 
}`;

const decode = (bib: string) => parseBib(bib, { english: false, sentenceCase: false, caseProtection: false });

describe('toBibtex: hand-checked entries', () => {
  it("an arXiv-only preprint is a @misc like arXiv's own export", () => {
    const ours = toBibtex([attention]);
    expect(ours).toBe(`@misc{vaswaniAttentionAllYou2017,
  title = {Attention Is All You Need},
  author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and Uszkoreit, Jakob and Jones, Llion and Gomez, Aidan N. and Kaiser, Lukasz and Polosukhin, Illia},
  year = {2017},
  eprint = {1706.03762},
  archivePrefix = {arXiv},
  primaryClass = {cs.CL},
  url = {https://arxiv.org/abs/1706.03762},
}
`);
    const [mine] = independentEntries(ours);
    const [theirs] = independentEntries(ARXIV_EXPORT);
    const { key: _k1, ...mineFields } = mine!;
    const { key: _k2, AUTHOR: _a1, ...theirFields } = theirs!;
    expect({ ...mineFields, AUTHOR: undefined }).toEqual({ ...theirFields, AUTHOR: undefined });
    expect(decode(ours).entries[0]!.fields.author).toEqual(decode(ARXIV_EXPORT).entries[0]!.fields.author);
  });

  it("the authors' comment is the note; the user's own note is the annote", () => {
    const p = paper({
      id: 'arxiv:2401.00001',
      title: 'Streaming Routers',
      authors: ['Ada Lovelace'],
      ids: { arxiv: '2401.00001' },
      comment: '12 pages, accepted at ICML 2025',
      note: 'read §3',
    });
    const out = toBibtex([p]);
    expect(out).toContain('  note = {12 pages, accepted at ICML 2025},\n');
    expect(out).toContain('  annote = {read §3},\n');
    const back = parseImport(out, 'library.bib', 5);
    expect(back.ok && back.papers[0]).toMatchObject({ comment: '12 pages, accepted at ICML 2025', note: 'read §3' });
  });

  it('a conference paper is @inproceedings with booktitle, month, doi, tags as keywords and the note as annote', () => {
    const p = paper({
      id: 'doi:10.1109/cvpr.2016.90',
      title: 'Deep Residual Learning for Image Recognition',
      authors: ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'],
      year: 2016,
      date: '2016-06',
      type: 'inproceedings',
      venue: 'CVPR 2016',
      ids: { doi: '10.1109/cvpr.2016.90' },
      tags: { vision: { on: true, t: 1 }, removed: { on: false, t: 2 }, classic: { on: true, t: 1 } },
      note: 'ResNet: 100% worth re-reading',
    });
    expect(toBibtex([p])).toBe(`@inproceedings{heDeepResidualLearning2016,
  title = {Deep Residual Learning for Image Recognition},
  author = {He, Kaiming and Zhang, Xiangyu and Ren, Shaoqing and Sun, Jian},
  booktitle = {CVPR 2016},
  year = {2016},
  month = jun,
  doi = {10.1109/cvpr.2016.90},
  keywords = {classic, vision},
  annote = {ResNet: 100\\% worth re-reading},
}
`);
  });

  it('a journal article with special characters: escapes, per-word protection, UTF-8 or ASCII macros, truncated authors', () => {
    const p = paper({
      id: 'doi:10.1/x',
      title: 'BERT & GPT-4 at 50% Cost: Self-Supervised Café_Models for $k$ {Sets} ~ x^2 #1 \\ iPhone',
      authors: ['Jürgen Müller', 'Hans van der Berg', 'Martin Luther King Jr.', 'OpenAI'],
      authorsTruncated: true,
      year: 2021,
      type: 'article',
      venue: 'Journal of Things & Stuff',
      ids: { doi: '10.1/x' },
      citationKey: 'mullerBERTGPT42021',
    });
    const title =
      '{BERT} \\& {GPT-4} at 50\\% Cost: Self-Supervised {Café\\_Models} for \\$k\\$ \\textbraceleft{}Sets\\textbraceright{} \\textasciitilde{} x\\textasciicircum{}2 \\#1 \\textbackslash{} {iPhone}';
    expect(toBibtex([p])).toBe(`@article{mullerBERTGPT42021,
  title = {${title}},
  author = {Müller, Jürgen and van der Berg, Hans and King, Jr., Martin Luther and {OpenAI} and others},
  journal = {Journal of Things \\& Stuff},
  year = {2021},
  doi = {10.1/x},
}
`);
    const ascii = toBibtex([p], { ascii: true });
    expect(ascii).toContain("{Caf{\\'e}\\_Models}");
    expect(ascii).toContain('M{\\"u}ller, J{\\"u}rgen');
    expect(/[^\x00-\x7f]/.test(ascii)).toBe(false);
    for (const bib of [toBibtex([p]), ascii]) {
      const entry = decode(bib).entries[0]!;
      expect(entry.fields.title?.normalize('NFC')).toBe(p.title);
      expect(
        entry.fields.author?.map((c) =>
          (c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ')).normalize('NFC'),
        ),
      ).toEqual(['Jürgen Müller', 'Hans van der Berg', 'Martin Luther King Jr.', 'OpenAI', 'others']);
    }
  });
});

describe('toBibtex: the generated test library', () => {
  const library = generatePapers(1500, 11);
  const keys = assignCitationKeys(library.slice(0, 1000));
  const keyed = library.map((p) => (keys.has(p.id) ? { ...p, citationKey: keys.get(p.id)! } : p));

  for (const ascii of [false, true]) {
    it(`parses with an independent parser, keys are unique, titles and authors decode to the library's Unicode (ascii: ${ascii})`, () => {
      const bib = toBibtex(keyed, { ascii });
      const parsed = independentEntries(bib);
      expect(parsed).toHaveLength(library.length);
      expect(new Set(parsed.map((e) => e.key.toLowerCase())).size).toBe(library.length);
      for (const [i, e] of parsed.entries()) {
        if (keyed[i]!.citationKey) expect(e.key).toBe(keyed[i]!.citationKey);
      }
      const decoded = decode(bib);
      expect(decoded.errors).toEqual([]);
      decoded.entries.forEach((e, i) => {
        const p = keyed[i]!;
        expect(e.fields.title?.normalize('NFC')).toBe(p.title);
        const names = (e.fields.author ?? []).map((c) => c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' '));
        expect(names.map((n) => n.normalize('NFC'))).toEqual(p.authorsTruncated ? [...p.authors, 'others'] : p.authors);
      });
    });
  }
});

describe('citation keys', () => {
  it('follow Better BibTeX: auth.lower + shorttitle(3,3) + year, skip words dropped, ASCII-folded', () => {
    expect(baseCitationKey({ title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], year: 2017 })).toBe(
      'vaswaniAttentionAllYou2017',
    );
    expect(baseCitationKey({ title: 'On the Dangers of Stochastic Parrots', authors: ['Emily M. Bender'], year: 2021 })).toBe(
      'benderDangersStochasticParrots2021',
    );
    expect(baseCitationKey({ title: 'Über die Größe: a Study', authors: ['Søren Østergaard'], year: 2020 })).toBe(
      'ostergaardUberGrosseStudy2020',
    );
    expect(
      baseCitationKey({ title: 'BERT: Pre-training of Deep Bidirectional Transformers', authors: ['Devlin, Jacob'], year: 2019 }),
    ).toBe('devlinBERTPretrainingDeep2019');
  });

  it('are assigned once, only to papers without one, with a/b suffixes on clashes (older paper first)', () => {
    const base = { title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], year: 2017 };
    const papers = [
      paper({ ...base, id: 'b', addedAt: 2 }),
      paper({ ...base, id: 'a', addedAt: 3 }),
      paper({ ...base, id: 'c', addedAt: 1, citationKey: 'mine' }),
    ];
    const keys = assignCitationKeys(papers, ['vaswaniAttentionAllYou2017']);
    expect([...keys]).toEqual([
      ['b', 'vaswaniAttentionAllYou2017a'],
      ['a', 'vaswaniAttentionAllYou2017b'],
    ]);
    const again = assignCitationKeys(papers.map((p) => ({ ...p, citationKey: p.citationKey ?? keys.get(p.id) })));
    expect(again.size).toBe(0);
  });
});
