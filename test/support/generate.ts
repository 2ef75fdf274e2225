/**
 * A deterministic library of realistic papers for tests and benchmarks: the same (n, seed) always gives the same
 * papers. Titles, 1-30 authors (some with diacritics, some truncated), years, venues, a mix of arXiv / DOI / no
 * identifier, tags, notes, sightings. Every paper has a distinct identity.
 */
import type { EntryType, Paper } from '../../lib/model';
import { identityKeys } from '../../lib/identity';

/** mulberry32: small, fast, good enough for test data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Ashish',
  'Yoshua',
  'Geoffrey',
  'Fei-Fei',
  'Jürgen',
  'Léa',
  'Zoë',
  'Søren',
  'Ilya',
  'Oriol',
  'Kaiming',
  'Jian',
  'Chelsea',
  'Pieter',
  'Daphne',
  'Noam',
  'Łukasz',
  'Andrej',
  'Mária',
  'José',
  'François',
  'Hiroshi',
  'Aditi',
  'Olúwaseun',
  'Björn',
  'Çağlar',
  'Ana María',
  'Mohammad',
  'Xin',
  'Yann',
];
const FAMILY = [
  'Vaswani',
  'Bengio',
  'Hinton',
  'Li',
  'Schmidhuber',
  'Müller',
  'Østergaard',
  'Sutskever',
  'Vinyals',
  'He',
  'Sun',
  'Finn',
  'Abbeel',
  'Koller',
  'Shazeer',
  'Kaiser',
  'Karpathy',
  'Szabó',
  'García',
  'Chollet',
  'Tanaka',
  'Raghunathan',
  'Adeyemi',
  'Öztürk',
  'Gülçehre',
  'van der Berg',
  'de la Cruz',
  'Nguyen',
  'Wang',
  'LeCun',
  "O'Neil",
  'Dvořák',
];
const ADJECTIVES = [
  'Efficient',
  'Scalable',
  'Robust',
  'Neural',
  'Sparse',
  'Deep',
  'Contrastive',
  'Self-Supervised',
  'Differentiable',
  'Probabilistic',
  'Causal',
  'Hierarchical',
  'Adaptive',
  'Federated',
  'Multimodal',
  'Zero-Shot',
  'Graph-Based',
  'Bayesian',
  'Latent',
  'Generative',
];
const NOUNS = [
  'Transformers',
  'Diffusion Models',
  'Attention',
  'Representations',
  'Retrieval',
  'Reinforcement Learning',
  'Language Models',
  'Optimization',
  'Inference',
  'Embeddings',
  'Vision Transformers',
  'Agents',
  'Kernels',
  'Priors',
  'Networks',
  'Tokenizers',
  'Policies',
  'Benchmarks',
  'Distillation',
  'Quantization',
];
const TASKS = [
  'Image Classification',
  'Machine Translation',
  'Protein Folding',
  'Code Generation',
  'Question Answering',
  'Speech Recognition',
  'Molecule Design',
  'Robotic Manipulation',
  'Time-Series Forecasting',
  'Semantic Segmentation',
  'Theorem Proving',
  'Weather Prediction',
];
const ACRONYMS = ['BERT', 'GPT-4', 'LoRA', 'CLIP', 'ResNet', 'NeRF', 'MoE', 'RLHF', 'LSTM', 'ViT'];
const SPECIAL_TAILS = [
  ' with 50% Fewer Parameters',
  ': Q&A at Scale',
  ' for $k$-Means',
  ' via Low-Rank_Adapters',
  ' on #Hashtags',
  ' in Zürich',
  ' for Café Recommendations',
  ' (and Why It Works)',
  ' ~ A Study',
  ' Beyond O(n^2)',
];
const TEMPLATES: ((r: Pick) => string)[] = [
  (r) => `${r(ADJECTIVES)} ${r(NOUNS)} for ${r(TASKS)}`,
  (r) => `On the ${r(ADJECTIVES)} Nature of ${r(NOUNS)}`,
  (r) => `${r(ACRONYMS)}: ${r(ADJECTIVES)} ${r(NOUNS)} for ${r(TASKS)}`,
  (r) => `Towards ${r(ADJECTIVES)} ${r(NOUNS)}`,
  (r) => `A Survey of ${r(ADJECTIVES)} ${r(NOUNS)} in ${r(TASKS)}`,
  (r) => `${r(NOUNS)} Are ${r(ADJECTIVES)} Learners`,
  (r) => `Learning ${r(ADJECTIVES)} ${r(NOUNS)} with ${r(ACRONYMS)}`,
];
const CONFERENCES = ['NeurIPS', 'ICML', 'ICLR', 'CVPR', 'ACL', 'EMNLP', 'AAAI', 'KDD', 'SIGIR', 'ECCV'];
const JOURNALS = [
  'Nature',
  'Journal of Machine Learning Research',
  'IEEE Transactions on Pattern Analysis and Machine Intelligence',
  'Transactions on Machine Learning Research',
  'Neural Computation',
  'Science',
];
const CATEGORIES = ['cs.LG', 'cs.CL', 'cs.CV', 'cs.AI', 'stat.ML', 'cs.RO', 'q-bio.BM'];
const TAGS = ['to-read', 'llm', 'vision', 'thesis', 'reviewed', 'favourite', 'reading-group', 'méthodes'];
const NOTES = [
  'Key idea: scale the data, not the model.',
  'Compare with the baseline in Table 3.',
  'Cited in chapter 2; check the proof of Lemma 4.',
  'Code does not reproduce the 95% number.',
];

type Pick = <T>(xs: readonly T[]) => T;

const BASE_TIME = Date.UTC(2024, 0, 1);

export function generatePapers(n: number, seed: number): Paper[] {
  const rand = seededRandom(seed);
  const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const seen = new Set<string>();
  const papers: Paper[] = [];
  let serial = 0;
  while (papers.length < n) {
    serial++;
    let title = pick(TEMPLATES)(pick);
    if (rand() < 0.15) title += pick(SPECIAL_TAILS);
    const year = int(1995, 2025);
    const authorCount = rand() < 0.8 ? int(1, 8) : int(9, 30);
    const authors = Array.from({ length: authorCount }, () => `${pick(GIVEN)} ${pick(FAMILY)}`);
    const truncated = authorCount > 10 && rand() < 0.3;
    const shownAuthors = truncated ? authors.slice(0, 3) : authors;

    const kind = rand();
    const type: EntryType =
      kind < 0.4 ? 'preprint' : kind < 0.7 ? 'inproceedings' : kind < 0.9 ? 'article' : pick(['book', 'thesis', 'report', 'misc'] as const);
    const ids: Paper['ids'] = {};
    const idKind = rand();
    const month = int(1, 12);
    if (type === 'preprint' || idKind < 0.3)
      ids.arxiv = `${String(Math.max(year, 2007) % 100).padStart(2, '0')}${String(month).padStart(2, '0')}.${String(10000 + serial).slice(-5)}`;
    if (type !== 'preprint' && idKind < 0.75) ids.doi = `10.${int(1000, 9999)}/${pick(['j', 'nature', 'tmlr', 'neco'])}.${year}.${serial}`;

    const p: Paper = {
      id: '',
      title,
      authors: shownAuthors,
      authorsTruncated: truncated,
      ids,
      signals: {},
      sources: [],
      tags: {},
      note: rand() < 0.2 ? pick(NOTES) : '',
      readState: pick(['unread', 'unread', 'reading', 'read'] as const),
      starred: rand() < 0.1,
      addedAt: 0,
      updatedAt: 0,
      clock: {},
      year,
      type,
    };
    if (truncated) p.authorCount = authorCount;
    if (rand() < 0.5) p.date = `${year}-${String(month).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    if (type === 'inproceedings') p.venue = `${pick(CONFERENCES)} ${year}`;
    else if (type === 'article') p.venue = pick(JOURNALS);
    else if (type === 'preprint') p.venue = 'arXiv';
    if (rand() < 0.3)
      p.abstract = `We study ${title.toLowerCase()}. Our method improves results by ${int(2, 40)}% on ${int(2, 12)} benchmarks.`;
    if (ids.arxiv) {
      p.url = `https://arxiv.org/abs/${ids.arxiv}`;
      p.pdf = `https://arxiv.org/pdf/${ids.arxiv}`;
      p.signals = { category: pick(CATEGORIES), upvotes: int(0, 300) };
    } else if (ids.doi) p.url = `https://doi.org/${ids.doi}`;
    if (rand() < 0.2) p.code = `https://github.com/example/repo-${serial}`;
    // Derived, not drawn: the random sequence (and every generated library) stays as it was before comments.
    if (ids.arxiv && serial % 4 === 0) p.comment = `${(serial % 30) + 6} pages, ${(serial % 9) + 1} figures`;

    const key = identityKeys(p)[0]!;
    const fp = identityKeys(p).at(-1)!;
    if (seen.has(key) || seen.has(fp)) continue;
    seen.add(key);
    seen.add(fp);
    p.id = key;

    const addedAt = BASE_TIME + int(0, 365 * 24 * 3600) * 1000;
    p.addedAt = addedAt;
    p.updatedAt = addedAt;
    p.sources = [
      {
        site: ids.arxiv ? 'huggingface' : 'scholar',
        url: ids.arxiv ? `https://huggingface.co/papers/${ids.arxiv}` : `https://scholar.google.com/citations?user=u${serial % 97}`,
        kind: ids.arxiv ? 'feed' : 'profile',
        firstSeenAt: addedAt,
        seenAt: addedAt,
      },
    ];
    for (let i = int(0, 2); i > 0; i--) p.tags[pick(TAGS)] = { on: true, t: addedAt };
    for (const f of [
      'title',
      'authors',
      'authorsTruncated',
      'authorCount',
      'year',
      'date',
      'venue',
      'type',
      'abstract',
      'comment',
      'url',
      'pdf',
      'code',
    ] as const) {
      if (p[f] !== undefined) p.clock[f] = addedAt;
    }
    if (p.note) {
      p.updatedAt = addedAt + 60_000;
      p.clock.note = p.updatedAt;
    }
    papers.push(p);
  }
  return papers;
}

/** n generated papers no other set shares: each under its own DOI and a title marked with `mark`. */
export function distinctGeneratedPapers(n: number, seed: number, mark: string): Paper[] {
  return generatePapers(n, seed).map((p, i) => {
    const doi = `10.5555/${mark}.${i}`;
    return { ...p, id: `doi:${doi}`, ids: { doi }, title: `${mark} ${i}: ${p.title}` };
  });
}
