/** Organisation authors ({ literal }) through every format: BibTeX braced, CSL `literal`, sync JSON; import and round trips. */
import { describe, expect, it } from 'vitest';
import bibtexParse from 'bibtex-parse';
import { parse as parseBib } from '@retorquere/bibtex-parser';
import type { Author, Paper } from '../../lib/model';
import { toBibtex } from '../../lib/formats/bibtex';
import { toCslJson } from '../../lib/formats/csl';
import { parseImport } from '../../lib/formats/import';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { baseCitationKey } from '../../lib/formats/citekey';
import { fingerprint } from '../../lib/identity';
import { familyNameKey } from '../../lib/names';
import { makePaper } from '../helpers';

const NOW = Date.UTC(2025, 5, 1);

function ok(text: string) {
  const r = parseImport(text, undefined, NOW);
  if (!r.ok) throw new Error(r.error);
  return r;
}

/** The independent parser (bibtex-parse) reads the entry; it drops braces inside values, so it checks the text only. */
const authorField = (bib: string) =>
  (bibtexParse as { entries(s: string): Record<string, unknown>[] }).entries(bib).map((e) => e.AUTHOR as string);
const authorLines = (bib: string) => [...bib.matchAll(/^ {2}author = \{(.*)\},$/gm)].map((m) => m[1]);
const decodedNames = (bib: string) =>
  parseBib(bib, { english: false, sentenceCase: false, caseProtection: false }).entries.map((e) =>
    (e.fields.author ?? []).map((c) => c.name ?? `${c.lastName}, ${c.firstName}`),
  );

/** OPT: Open Pre-trained Transformer Language Models (arXiv:2205.01068); authors as a CSL file names the team. */
const OPT_CSL = [
  {
    id: 'opt',
    type: 'article',
    title: 'OPT: Open Pre-trained Transformer Language Models',
    author: [{ literal: 'The OPT Team' }, { family: 'Zhang', given: 'Susan' }, { family: 'Roller', given: 'Stephen' }],
    issued: { 'date-parts': [[2022, 5, 2]] },
    number: '2205.01068',
  },
];

const gemini: Paper = makePaper({
  id: 'arxiv:2312.11805',
  title: 'Gemini: A Family of Highly Capable Multimodal Models',
  authors: [{ literal: 'Gemini Team' }, 'Rohan Anil', 'Sebastian Borgeaud', { literal: 'AT&T {Labs}' }],
  authorsTruncated: true,
  year: 2023,
  type: 'preprint',
  venue: 'arXiv',
  ids: { arxiv: '2312.11805' },
});

describe('BibTeX export of organisations', () => {
  it('the issue\'s case: CSL {"literal": "The OPT Team"} converts to BibTeX {The OPT Team}, never "Team, The OPT"', () => {
    const [p] = ok(JSON.stringify(OPT_CSL)).papers;
    expect(p!.authors).toEqual([{ literal: 'The OPT Team' }, 'Susan Zhang', 'Stephen Roller']);
    const bib = toBibtex([p!]);
    expect(bib).toContain('  author = {{The OPT Team} and Zhang, Susan and Roller, Stephen},\n');
    expect(bib).not.toContain('Team, The OPT');
    expect(authorField(bib)).toEqual(['The OPT Team and Zhang, Susan and Roller, Stephen']);
    expect(decodedNames(bib)).toEqual([['The OPT Team', 'Zhang, Susan', 'Roller, Stephen']]);
  });

  it('an organisation is braced whole, its LaTeX specials escaped, in UTF-8 and ASCII output; "others" closes a truncated list', () => {
    const bib = toBibtex([gemini]);
    expect(bib).toContain(
      'author = {{Gemini Team} and Anil, Rohan and Borgeaud, Sebastian and {AT\\&T \\textbraceleft{}Labs\\textbraceright{}} and others}',
    );
    expect(toBibtex([gemini], { ascii: true })).toContain('{Gemini Team} and Anil, Rohan');
    expect(decodedNames(bib)).toEqual([['Gemini Team', 'Anil, Rohan', 'Borgeaud, Sebastian', 'AT&T {Labs}', 'others, undefined']]);
  });

  it('a record saved before organisations existed, with the organisation as a string, exports it whole too', () => {
    const old = makePaper({
      id: 'arxiv:2312.11805',
      title: 'Gemini',
      authors: ['Gemini Team', 'Rohan Anil'],
      ids: { arxiv: '2312.11805' },
    });
    expect(toBibtex([old])).toContain('author = {{Gemini Team} and Anil, Rohan}');
    expect(toCslJson([old])[0]!.author).toEqual([{ literal: 'Gemini Team' }, { family: 'Anil', given: 'Rohan' }]);
  });

  it("an organisation's citation key and fingerprint use its whole name", () => {
    expect(familyNameKey({ literal: 'The OPT Team' })).toBe('theoptteam');
    expect(familyNameKey('Gemini Team')).toBe('team'); // a person's string: the family name, as before
    expect(baseCitationKey(gemini)).toBe('geminiteamGeminiFamilyHighly2023');
    expect(fingerprint({ ...gemini, ids: {} })).toBe('fp:geminiafamilyofhighlycapablemultimodalmodels|geminiteam|2023');
  });
});

describe('BibTeX import of organisations', () => {
  it('a braced whole name is an organisation; split names are people; "Team, Gemini" as Google Scholar writes it is an organisation', () => {
    const bib = `@article{a, title = {Gemini}, author = {{Gemini Team} and Anil, Rohan and Jane Doe and {DeepSeek-AI} and Team, Gemini and Collaboration, ATLAS}, year = 2023}`;
    expect(ok(bib).papers[0]!.authors).toEqual<Author[]>([
      { literal: 'Gemini Team' },
      'Rohan Anil',
      'Jane Doe',
      { literal: 'DeepSeek-AI' },
      { literal: 'Gemini Team' },
      { literal: 'ATLAS Collaboration' },
    ]);
  });

  it('BibTeX -> BibTeX keeps organisations braced (real entries: OLMo 2, DESI)', () => {
    // As public bibliographies write them (find_string 68837618010, 56577505376).
    const bib = `@article{olmo2furious,
  title   = {2 {OLMo} 2 Furious},
  author  = {{Team OLMo} and Walsh, Pete and Soldaini, Luca and Groeneveld, Dirk and others},
  journal = {arXiv preprint arXiv:2501.00656},
  year    = {2024}
}
@article{DESI,
  author = {{DESI Collaboration} and Aghamousa, A. and Aguilar, J. and others},
  title = {The DESI Experiment Part I: Science, Targeting, and Survey Design},
  year = {2016}
}`;
    const first = ok(bib).papers;
    expect(first.map((p) => p.authors[0])).toEqual([{ literal: 'Team OLMo' }, { literal: 'DESI Collaboration' }]);
    const again = toBibtex(first);
    expect(authorField(again)).toHaveLength(2);
    expect(authorLines(again)).toEqual([
      '{Team OLMo} and Walsh, Pete and Soldaini, Luca and Groeneveld, Dirk and others',
      '{DESI Collaboration} and Aghamousa, A. and Aguilar, J. and others',
    ]);
    const second = ok(again).papers;
    expect(second.map((p) => p.authors)).toEqual(first.map((p) => p.authors));
    expect(toBibtex(second)).toBe(again);
  });
});

describe('CSL-JSON', () => {
  it('exports an organisation as literal and a person split; CSL -> CSL keeps both', () => {
    const [item] = toCslJson([gemini]);
    expect(item!.author).toEqual([
      { literal: 'Gemini Team' },
      { family: 'Anil', given: 'Rohan' },
      { family: 'Borgeaud', given: 'Sebastian' },
      { literal: 'AT&T {Labs}' },
    ]);
    const back = ok(JSON.stringify(toCslJson([gemini]))).papers[0]!;
    expect(back.authors).toEqual(gemini.authors);
    expect(toCslJson([back])[0]!.author).toEqual(item!.author);
    const opt = ok(JSON.stringify(OPT_CSL)).papers;
    expect(toCslJson(opt)[0]!.author).toEqual(OPT_CSL[0]!.author);
  });
});

describe('sync JSON', () => {
  it('JSON -> JSON keeps organisations; a file holding one is version 2', () => {
    const file = toSyncFile([gemini], [], 'dev', NOW);
    expect(file.schemaVersion).toBe(2);
    const r = ok(serialiseSyncFile(file));
    expect(r.papers).toEqual([gemini]);
    expect(ok(serialiseSyncFile(toSyncFile(r.papers, [], 'dev', NOW))).papers).toEqual([gemini]);
  });

  it('a file without organisations stays version 1, which older Papershelf installs read; old version 1 files import', () => {
    const person = makePaper({
      id: 'arxiv:1706.03762',
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani'],
      ids: { arxiv: '1706.03762' },
    });
    expect(toSyncFile([person], [], 'dev', NOW).schemaVersion).toBe(1);
    const old = `{"format":"papershelf-sync","schemaVersion":1,"exportedAt":1,"deviceId":"d","papers":[${JSON.stringify(person)}],"tombstones":[]}`;
    expect(ok(old).papers).toEqual([person]);
    // A deleted paper kept in a tombstone counts too.
    expect(toSyncFile([], [{ id: gemini.id, keys: [gemini.id], deletedAt: 2, paper: gemini }], 'dev', NOW).schemaVersion).toBe(2);
  });

  it('refuses an empty organisation name with its path', () => {
    const bad = JSON.parse(serialiseSyncFile(toSyncFile([gemini], [], 'dev', NOW)));
    bad.papers[0].authors[0] = { literal: '' };
    expect(parseImport(JSON.stringify(bad))).toEqual({ ok: false, error: expect.stringContaining('$.papers[0].authors[0]') });
  });
});
