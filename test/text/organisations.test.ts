/**
 * The organisation rule (lib/text/organisations.ts) on real author lists: every person named on the saved real pages
 * stays a person, and real organisation authors are recognised.
 */
import { describe, expect, it } from 'vitest';
import { isOrganisationName } from '../../lib/text/organisations';
import { fixtureDocument } from '../helpers';

/**
 * Organisation authors as real bibliographies and pages write them. Source: the saved arXiv page in test/fixtures,
 * a named public repository file, or a public code file found by exact search in the tool library's index (its
 * `find_string` id; the excerpt shows the name in an author field or a citation).
 */
const ORGANISATIONS: [name: string, source: string][] = [
  ['Gemini Robotics Team', 'test/fixtures/pages/arxiv-search-200-2025-12.html (arXiv author link)'],
  ['LHAASO Collaboration', 'test/fixtures/pages/arxiv-search-200-2025-12.html (arXiv author link)'],
  ['DeepSeek-AI', 'find_string 70994364072, 58456488645, 63101721105: author={{DeepSeek-AI}}'],
  ['Moonshot AI', 'find_string 61148176848: author={{Moonshot AI}}'],
  ['Kimi Team', 'find_string 71394458641: author={{Kimi Team}}'],
  ['Qwen Team', 'find_string 71225915909: author = {Qwen Team} (Qwen blog citation)'],
  ['Gemma Team', 'Strivin0311/llms-learning model-hubs/foundation/gemini.md: author={Gemma Team, Thomas Mesnard and …}'],
  ['Gemini Team', 'Strivin0311/llms-learning model-hubs/foundation/gemini.md: author={Gemini Team, Google}'],
  ['Meta AI', 'gtkrshnaaa/skripsipaicode reference/APA_Citations.md: "Meta AI. (2023). Llama 2 …"'],
  ['OpenAI', 'gtkrshnaaa/skripsipaicode reference/APA_Citations.md: "OpenAI. (2023). GPT-4 technical report"'],
  [
    'MBZUAI-ORYX',
    'UmaimaKhan01/Gender-Bias-in-VLM--Reasoning-using-COT docs/Citations.md: author = {Thawakar, Omkar and Aneja, Jyoti and MBZUAI-ORYX}',
  ],
  ['PHENIX Collaboration', 'find_string 54869499776: "{PHENIX Collaboration}"'],
  ['ATLAS Collaboration', 'find_string 54869499776, 55060863277: author = {{ATLAS Collaboration}}'],
  ['ATLAS collaboration', 'find_string 61828102942: author={ATLAS collaboration}'],
  ['sPHENIX Collaboration', 'find_string 54869499776: author = "{sPHENIX Collaboration}"'],
  ['NNPDF Collaboration', 'find_string 54869499776: author = "{NNPDF Collaboration}"'],
  ['Planck Collaboration', 'find_string 2765824387, 9936510629: author = {{Planck Collaboration}}'],
  ['DES Collaboration', 'find_string 36829790638: author = {{DES Collaboration}}'],
  ['KiDS Collaboration', 'find_string 36829790638: author = {{KiDS Collaboration}}'],
  ['qp-planck Contributors', 'find_string 22627143238: author = {{qp-planck Contributors}}'],
  ['HyperMind', 'find_string 60142752259: author={{HyperMind}}'],
  ['The LIGO Scientific Collaboration', 'find_string 22772220891: "The LIGO Scientific Collaboration and the Virgo Collaboration"'],
  ['the Virgo Collaboration', 'find_string 22772220891 (same credit line)'],
  [
    'LIGO Scientific Collaboration and Virgo Collaboration',
    'find_string 67121722402: a.add_contactName("LIGO Scientific Collaboration and Virgo Collaboration")',
  ],
  ['Open Annotation Collaboration', 'find_string 20191705104'],
  ['UQ ITEE eResearch group', 'find_string 20191705104'],
  ['Campbell Collaboration', 'find_string 36981955623'],
  ['Collaboration for Environmental Evidence', 'find_string 36981955623'],
  ['Center for Research & Collaboration', 'find_string 26958931517'],
  ['SH0ES Team', 'find_string 52206869263 (title "… and the SH0ES Team")'],
  ['IceCube Collaboration', 'find_string 68900764631, 57389896605: author = {{IceCube Collaboration}}'],
  ['Pierre Auger Collaboration', 'find_string 68900764631: author = {{Pierre Auger Collaboration}}'],
  ['Event Horizon Telescope Collaboration', 'find_string 61999660553: author = {{Event Horizon Telescope Collaboration}}'],
  ['Team OLMo', 'find_string 68837618010, 40268851505: author = {{Team OLMo} and Walsh, Pete and …}'],
  ['GLM Team', 'find_string 57403804242: author = {{GLM Team}}'],
  ['InternLM Team', 'find_string 57403804242: author = {{InternLM Team}}'],
  ['CMS Collaboration', 'find_string 53413861179, 55348750277: author = {{CMS Collaboration}}'],
  ['LHCb Collaboration', 'find_string 54542997175: author = {{LHCb Collaboration}}'],
  ['DESI Collaboration', 'find_string 56116611544, 56577505376: author = {{DESI Collaboration}}'],
  ['MiniMax', 'find_string 70096480965: author = {{MiniMax}}'],
  ['NVIDIA', 'find_string 52319728032, 68489469721: author = {{NVIDIA}}'],
  ['Mistral AI', 'find_string 55612719090, 66127413192: author = {{Mistral AI}}'],
  ['EleutherAI', 'find_string 52115811254: author = {{EleutherAI}}'],
  ['Stability AI', 'find_string 58150296433: author = {{Stability AI}}'],
  ['Allen Institute for AI', 'find_string 16006078249, 56728500249: author = {{Allen Institute for AI}}'],
  ['xAI', 'find_string 3143820368: author = {{xAI}}'],
  ['Microsoft Research', 'find_string 21961552451, 43677575557: author = {{Microsoft Research}}'],
  ['Google Research', 'find_string 68327818050, 37240507856: author = {{Google Research}}'],
  ['LAION', 'find_string 56536639619: author = {{LAION}}'],
  ['Docklet Team', 'find_string 1700214677'],
];

/** Real organisation authors the rule leaves as people, on purpose (see the rule's comment). */
const KNOWN_MISSES: [name: string, source: string][] = [
  ['Anthropic', 'find_string 53043407813: author = {{Anthropic}} (a single capitalised word: mononyms look the same)'],
  ['Google DeepMind', 'find_string 53123802072, 40711891089: author={{Google DeepMind}} (two ordinary capitalised words)'],
];

/** Every person named on the saved real pages, read with plain DOM queries (no adapter involved). */
function personsOnSavedPages(): { page: string; names: string[] }[] {
  const arxiv = fixtureDocument('pages/arxiv-search-200-2025-12.html');
  const arxivNames = [...arxiv.querySelectorAll('p.authors a')].map((a) => a.textContent!.trim());
  const daily = fixtureDocument('pages/lookalike-arxiv-daily-aggregator-2023-01.html');
  const dailyNames = [...daily.querySelectorAll('.list-authors')].flatMap((d) =>
    [...d.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent)
      .join(' ')
      .split(',')
      .map((s) => s.trim().replace(/\s+/g, ' '))
      .filter(Boolean),
  );
  const hf = fixtureDocument('pages/huggingface-daily-2024-08-01.html');
  const props = [...hf.querySelectorAll('[data-props]')].map((e) => e.getAttribute('data-props')!).find((p) => p.includes('dailyPapers'))!;
  const hfNames = (JSON.parse(props) as { dailyPapers: { paper: { authors: { name: string }[] } }[] }).dailyPapers.flatMap((d) =>
    d.paper.authors.map((a) => a.name),
  );
  return [
    { page: 'arxiv-search-200-2025-12', names: arxivNames },
    { page: 'lookalike-arxiv-daily-aggregator-2023-01', names: dailyNames },
    { page: 'huggingface-daily-2024-08-01', names: hfNames },
  ];
}

describe('isOrganisationName on real author lists', () => {
  it(`recognises the ${ORGANISATIONS.length} real organisation authors`, () => {
    expect(ORGANISATIONS.length).toBeGreaterThanOrEqual(50);
    expect(ORGANISATIONS.filter(([name]) => !isOrganisationName(name)).map(([name]) => name)).toEqual([]);
  });

  it('takes no person on the saved real pages for an organisation (the two organisations the arXiv page names aside)', () => {
    const pages = personsOnSavedPages();
    const all = pages.flatMap((p) => p.names);
    expect(all.length).toBeGreaterThan(2500);
    expect(new Set(all).size).toBeGreaterThan(2400);
    const flagged = pages.flatMap((p) => p.names.filter(isOrganisationName).map((n) => `${p.page}: ${n}`));
    expect(flagged).toEqual(['arxiv-search-200-2025-12: Gemini Robotics Team', 'arxiv-search-200-2025-12: LHAASO Collaboration']);
  });

  it('leaves the documented misses as people', () => {
    for (const [name] of KNOWN_MISSES) expect(isOrganisationName(name), name).toBe(false);
  });

  it('each part of the rule, and the person shapes it must not take', () => {
    // 1. a word naming a body of people or a legal form
    for (const n of ['Acme Inc.', 'Foo Bar Ltd', 'Example LLC', 'Beispiel GmbH', 'Shanghai AI Laboratory', 'The Tor Project'])
      expect(isOrganisationName(n), n).toBe(true);
    // 2-4. "The …", "… AI", @ and &
    expect(isOrganisationName('The OPT Team')).toBe(true);
    expect(isOrganisationName('Llama Team, AI @ Meta')).toBe(true);
    expect(isOrganisationName('AT&T')).toBe(true);
    // 5. single words: a digit inside, two capitals not shaped like a person
    expect(isOrganisationName('01.AI')).toBe(true);
    for (const n of [
      'Sukarno',
      'McDonald',
      'MacKay',
      'DeWitt',
      'LeCun',
      "O'Neil",
      'Jean-Pierre',
      'al-Khwarizmi',
      'JP',
      'Smith1',
      'Aristotle',
    ]) {
      expect(isOrganisationName(n), n).toBe(false);
    }
    // People whose names hold camel-case or particles, in a longer name.
    for (const n of [
      'ZhiHao Zhang',
      'Yann LeCun',
      'Jake VanderPlas',
      'Ludwig van Beethoven',
      'Martin Luther King Jr.',
      'Bengio, Yoshua',
      'Theodore Groves',
    ]) {
      expect(isOrganisationName(n), n).toBe(false);
    }
    expect(isOrganisationName('')).toBe(false);
  });
});
