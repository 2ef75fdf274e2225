/**
 * Reference strings: one formatted reference in, its fields out. The shared core of the generic DOM list reader
 * (lib/sites/generic.ts), selection capture, the paste box and `.txt` in the CLI (lib/text/publist.ts).
 *
 * Why rules and not a trained model: GROBID and AnyStyle label tokens with CRFs trained on thousands of annotated
 * references; that needs a model file (hundreds of kB to MB) shipped in the on-demand script and labelled data we do
 * not have. A lab page is a *list* in *one* style, so the ambiguity a CRF resolves per string is resolved here per
 * list: `inferListStyle` tries every name form on every entry and keeps the one that reads the most entries
 * ("Cai, W." is a surname and initials only if the list writes names that way), and the DOM reader tells which
 * element holds the title (link, bold, italic, heading) from the whole list. Within one string the rules are few:
 * the author block is the longest prefix that reads as names in the list's name form and ends at a sentence
 * boundary, a year marker or an opening quote; the title is the quoted text, the DOM's title, or the sentence after
 * the author block (and after an APA/ACM year); the venue is what follows, cut before volume, pages and year.
 * Dependency-free, linear in the string's length (a bounded number of candidate boundaries, each checked once).
 */
import { parseArxivId, parseDoi, titleKey } from '../identity';
import type { Ids } from '../model';
import { collapse } from './common';
import { COAUTHORS_INTRO_IN_ENTRY, COAUTHORS_JOINTLY, COAUTHORS_WORD, coauthorsIntroLength, isName } from './names';
import { isCapitalisedNameSuffix, isNameParticle } from '../names';
import { MONTH_NAME } from '../dates';

/** How a list writes its names. */
export type NameForm =
  | 'given' /** "Wei Cai", "W. Cai", "M. de Moya" */
  | 'surname-initials' /** "Cai, W.", "de Moya, M. A." (APA, Nature, bibtex "Cai, W. and de Moya, M.") */
  | 'surname-given' /** "Cai, Wei and de Moya, Maria" (BibTeX-like, Chicago's first author) */
  | 'vancouver'; /** "Cai W, de Moya MA" */

export const NAME_FORMS: NameForm[] = ['given', 'surname-initials', 'vancouver', 'surname-given'];

export interface ParsedReference {
  title: string;
  authors: string[];
  authorsTruncated: boolean;
  year?: number;
  venue?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  ids: Ids;
  pmid?: string;
  urls: string[];
  /** The name form the authors were read in (undefined when the entry shows no authors). */
  nameForm?: NameForm;
}

export interface ReferenceHints {
  /** The list's name form (from `inferListStyle`); every form is tried when absent. */
  nameForm?: NameForm;
  /** The title as the markup marks it (a link, bold or heading): trusted when it occurs in the text. */
  title?: string;
  /** A year the list's heading gives. */
  groupYear?: number;
  /** Entries without an author line are accepted (title / venue lists, whose authors are unknown). */
  allowNoAuthors?: boolean;
  /** The list writes its authors by family name alone ("Nagler, Brock, and Palm"): read so before a marked title. */
  familyNamesOnly?: boolean;
  /** Only `nameForm` is tried (style inference). */
  strictForm?: boolean;
}

// ------------------------------------------------------------------ cleaning

/**
 * "[12]", "12.", "(12)", "27).", "J12.", "C3:", "[ C3.]", "2.0.1." (an outline's section number) numbering at the start of an entry,
 * with a dash after it ("[J6] - Title"), or a dash for the period ("7- Leroy, B., …"); "[13]Title", "[C21]“Title”" (no space after it); a
 * bullet, or a pictograph used as one ("📄 Names (2023). Title"); a Word export's Symbol-font bullet its Latin-1 bytes leave
 * undecodable ("\uFFFD Title, Vijay Pai, 2000").
 */
const NUMBERING =
  /^\s*\d{1,4}\.[-–]\s*(?=\p{Lu})|^\s*(?:\[\s*[A-Za-z]{0,3}\d{1,4}[a-z]?\.?\s*\]|\(\s*[A-Za-z]{0,2}\d{1,4}\s*\)|\d{1,2}(?:\.\d{1,3}){1,3}\.|[A-Za-z]{0,2}\d{1,4}(?:[.):]|\)\.)|\d{1,3}\s?[-–](?=\s)|[-‐‑‒−•*–·▪►■□○●\uFFFD]|\p{Extended_Pictographic}\uFE0F?|[[(][-+•*·▪►■□○●][\])])(?:\s+[-–—](?=\s))?(?:\s+|$)|^\s*\d{1,4}\s+(?=\p{Lu}\p{Ll})|^\s*\[[A-Za-z]{0,3}\d{1,4}\](?=[\p{Lu}“‘])/u;

/** The entry without its opening number or bullet: "[3] Title", "📰 Title". */
export const withoutNumbering = (entry: string): string => entry.replace(NUMBERING, '');

/** Link and button labels ("[bib]", "[ pdf ]", "[link to publication]", "Code", "Project", "[ bib | pdf | slides ]"). */
export const LABEL_WORD =
  '(?:abs(?:tract)?|arxiv|bib(?:tex)?|pdf(?:\\s+file)?|ps|html|code|github|slides?|video|poster|project(?:\\s+(?:page|site))?|web(?:site|page)?|talk|supp(?:lementary)?(?:\\s+material)?|data(?:set)?|blog|cite|repo|link(?:\\s+to\\s+(?:publication|paper|article|pdf))?|paper|openreview|doi|preprint|publisher(?:\\s+site)?|full\\s+text|published\\s+version|url|demo|media|press|software|errata|erratum|presentation|appendix|award|best\\s+paper|dblp|google\\s+scholar|scholar|pubmed|pmc|ieee\\s+xplore|acm\\s+dl|springer|journal|conference|download|more|details|summary|tldr|bib\\s*tex|endnote|ris|ref|reference|citation|artifact|tweet|twitter|news|cover|zenodo|osf|hal|ssrn|researchgate|biorxiv|medrxiv|zbmath|mathscinet|nasa\\s+ads)';
/** A call to follow a link before its label word: "View on PubMed", "Read the paper", "Watch the talk", "Download PDF". */
const LABEL_CALL_VERB = '(?:view|read|watch|see|visit|download)';
const LABEL_CALL_PARTICLE = '(?:(?:the|this|full|it)|(?:(?:it|the|full)\\s+)?(?:on|at|in|via|from)(?:\\s+the)?)';
const LABEL_CALL = `(?:${LABEL_CALL_VERB}(?:\\s+${LABEL_CALL_PARTICLE})?\\s+)`;
/** Closing an entry, the call names the link it labels ("… Watch the talk"); "… to Read Code" is a title's end. */
const TRAILING_CALL = new RegExp(`\\s${LABEL_CALL_VERB}\\s+${LABEL_CALL_PARTICLE}\\s+${LABEL_WORD}$`, 'i');
/** Words that are link labels in square brackets only ("[Proceedings]", "[ePrint]": the published version, the IACR preprint). */
const SQUARE_BRACKET_LABEL_WORD = '(?:proceedings|e-?print)';
const BRACKET_LABELS = new RegExp(
  `[\\[(]\\s*${LABEL_WORD}(?:\\s*[|,/·]\\s*${LABEL_WORD})*\\s*[\\])]|\\[\\s*${SQUARE_BRACKET_LABEL_WORD}\\s*\\]`,
  'gi',
);
const TRAILING_LABELS = new RegExp(`(?:\\s+(?:${LABEL_WORD})(?=\\s|$))+\\s*$`, 'i');
const COMMA_SEPARATED_LABELS = new RegExp(
  `(?:\\s+${LABEL_WORD}(?:\\s*,\\s*${LABEL_WORD})+\\s*,?|\\s+,\\s*${LABEL_WORD}(?:\\s*,\\s*${LABEL_WORD})*\\s*,?)$`,
  'i',
);
const SINGLE_LABEL_AFTER_WORD = new RegExp(`\\p{L}{2}\\s+${LABEL_WORD}$`, 'iu');
/** A link named for its target ("ADS link", "PDF link", "arXiv link"): a label even right after a title's word. */
const NAMED_LINK_AT_END = /\s(?:pdf|doi|arxiv|(?:nasa\s+)?ads|journal|publisher|paper|article)\s+link\s*$/i;
/** A short label: one to three words, no digits or sentence punctuation ("Manuscript", "Supplementary Materials"). */
const SHORT_LABEL = `[\\p{L}][\\p{L}'’.-]*(?:\\s+[\\p{L}][\\p{L}'’.-]*){0,2}`;
/** A middle dot between labels; not one between Chinese characters, which parts a name ("阿图罗·埃斯科瓦尔"). */
const LABEL_DOT = '(?!(?<=\\p{Script=Han})·\\p{Script=Han})·';
/**
 * A row of link labels: known label words ("[ bib | pdf ]", "Code"), or any short labels separated by "|", "·" or
 * "•" ("Manuscript | Supplementary Materials | Preprint"): a row of links, never a title or an entry.
 */
export const LABEL_ONLY = new RegExp(
  `^(?:(?:[\\[(]?\\s*(?:\\p{Extended_Pictographic}\\uFE0F?\\s*)?${LABEL_CALL}?${LABEL_WORD}\\s*[\\])]?[\\s|,/·]*)+|[\\[(]?\\s*${SHORT_LABEL}(?:\\s*(?:[|•]|${LABEL_DOT})\\s*${SHORT_LABEL})+\\s*[\\])]?)$`,
  'iu',
);

/**
 * Mark symbols that follow a name or close a title; "$" marks only names (in a title it is TeX: "$U(1)$"); "§" before a
 * number is a section of a law ("Improving §230, Preserving Democracy").
 */
const TITLE_MARK_SYMBOLS = '*†‡§¶✉♠♣♥♦⋆∗✝⁺';
const marksOf = (symbols: string) =>
  new RegExp(
    `\\(\\s*[${symbols}]\\s*\\)|(?:(?!§\\s?\\d)[${symbols}]|#(?![A-Za-z]))+|\\s*\\(\\s*[*†‡#]?\\s*(?:equal(?:ly)?|co-?first|co-?corresponding|corresponding|joint|shared)\\b(?=[^()]{0,30}\\b(?:authors?|contributions?|contributed|first)\\b)[^()]{0,50}\\)|\\s*\\((?:co-first|corresponding)\\)`,
    'gi',
  );
/**
 * Marks and contribution notes on names: "*", "†", "$", "+" ("Henry MD.+": joint corresponding), "^" ("A. Zylberberg^":
 * equal contribution as senior authors), "(*)", "(equal contribution)", "(*joint first authors)", "(joint first
 * authors in alphabetical order)", "(co-corresponding author)", "(‡ Equal contribution)", "(* shared first authorship)".
 */
const MARKS = marksOf(`${TITLE_MARK_SYMBOLS}$+^`);
/** The same marks where they close a title ("Title*"), but for "$". */
const MARKS_IN_TITLES = marksOf(TITLE_MARK_SYMBOLS);

const HAS_MARK = /[*†‡§¶✉♠♣♥♦⋆∗✝⁺$+^]|#(?![A-Za-z])|\(\s*[*†‡#]?\s*(?:equal|co-?first|co-?corresponding|corresponding|joint|shared)/i;

/** A role label after the names ("Lead author", "Co-author", "(senior author)", "(PI)"): about the lab's member, not a name. */
const ROLE_LABEL =
  /(?<=^|[.,;)]|\s)\s*(?:\(?(?:lead|co|first|last|senior|corresponding|co-first|co-senior|co-corresponding|joint first)[- ]?author\)?|\((?:co-?)?PI\))(?=\s*(?:$|[.,;]))/gi;

/**
 * The key to a mark on names, written out in the entry ("(2021). *shared first-author Title.", "DOI: 10.1101/…. (*)
 * co-first author."): no part of the title or the venue.
 */
const MARK_KEY =
  /(?<=^|\s)(?:\(\s*[*†‡#]+\s*\)|[*†‡#]+)\s*(?:(?:shared|equal(?:ly)?|joint)\s+(?:first[- ]?|senior[- ]?)?|co-?(?:first|senior|corresponding)[- ]?)(?:author(?:s|ship)?|contribut(?:ion|ions|ed))\b\.?/giu;

/**
 * A mark written in TeX that the page's math renderer would show as a superscript ("\\(^\\dagger\\)Liu, Y.",
 * "$^{*}$"): the text holds the TeX source (lib/sites/math-text.ts reads it so), the names want the mark.
 */
const TEX_MARK =
  /\\\(\s*(?:\\math(?:bf|rm)\s*\{\s*)?\^\s*\{?\s*(\\d?dagger|\\ast|\\star|\*|\\?#)\s*\}?\s*\}?\s*\\\)|\$\s*\^\s*\{?\s*(\\d?dagger|\\ast|\\star|\*|\\?#)\s*\}?\s*\$/g;
const texMark = (_: string, a?: string, b?: string) => {
  const mark = a ?? b ?? '';
  return mark === '\\dagger' ? '†' : mark === '\\ddagger' ? '‡' : mark.endsWith('#') ? '#' : '*';
};

/** How many answers each memo of the readers keeps while a page is read; the oldest are dropped past it. */
export const BLOCK_MEMO_SIZE = 10000;

/**
 * A memo's keys in the order they were kept, BLOCK_MEMO_SIZE at most: the oldest is found in constant time, where a
 * Map's `keys().next()` walks past every entry deleted before it (13x slower measured at this size).
 */
class KeptKeys<K> {
  private keys: K[] = [];
  private oldest = 0;
  get size(): number {
    return this.keys.length;
  }
  /** Keeps `key`; once full, returns the oldest key, which it no longer keeps. */
  push(key: K): K | undefined {
    if (this.keys.length < BLOCK_MEMO_SIZE) {
      this.keys.push(key);
      return undefined;
    }
    const dropped = this.keys[this.oldest];
    this.keys[this.oldest] = key;
    this.oldest = (this.oldest + 1) % BLOCK_MEMO_SIZE;
    return dropped;
  }
  clear(): void {
    this.keys = [];
    this.oldest = 0;
  }
}

/**
 * A pure function of one string whose answers are kept while a page is read (asked again for every hint a reference is
 * read with): as `readBlock`'s answers are, the oldest dropped past BLOCK_MEMO_SIZE, all forgotten when the task that
 * reads the page ends.
 */
function keptForPage<T>(compute: (s: string) => T): (s: string) => T {
  const kept = new Map<string, T>();
  const order = new KeptKeys<string>();
  return (s) => {
    if (kept.has(s)) return kept.get(s)!;
    const v = compute(s);
    if (kept.size === 0)
      queueMicrotask(() => {
        kept.clear();
        order.clear();
      });
    const dropped = order.push(s);
    if (dropped !== undefined) kept.delete(dropped);
    kept.set(s, v);
    return v;
  };
}

const stripWithLabels = keptForPage((s) => stripChrome(s, true));
const stripKeepingLabels = keptForPage((s) => stripChrome(s, false));

/** Numbering, role labels and link labels around an entry's line; `trailingLabels` false keeps a title's last word ("… using sparse data"). */
function stripEntryChrome(s: string, trailingLabels = true): string {
  return trailingLabels ? stripWithLabels(s) : stripKeepingLabels(s);
}

/**
 * A badge of a few CJK characters in a line of Latin script, after a title and before its names or at the line's end
 * ("… in the CRASH-2 trial.筆頭責任Kazuki Nishida, …" for first and corresponding author, "Title 高影響因子" for high
 * impact factor): a note on the entry that ends the part before it, no part of the title.
 */
const CJK_BADGE_IN_LATIN_LINE =
  /^((?=[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*\p{Script=Latin}{3,}\s+\p{Script=Latin}{3,})[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*[\p{Script=Latin}.?!)])\s*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,8})\s*(?=\p{Lu}[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*$|$)/u;
const badgeLeftOut = (m: string, before: string, _badge: string, at: number, all: string) =>
  at + m.length >= all.length ? before : /[.?!]$/.test(before) ? `${before} ` : `${before}. `;

/**
 * Each line of `text` without its CJK badge (CJK_BADGE_IN_LATIN_LINE): a sentence's end in its place, or with `fused`
 * nothing, the title run into the names as the badge left them for a reader of such runs ("…trialKazuki Nishida, …").
 */
export const withoutCjkBadges = (text: string, fused = false) =>
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
    ? text
        .split('\n')
        .map((l) => (fused ? l.replace(CJK_BADGE_IN_LATIN_LINE, '$1') : l.replace(CJK_BADGE_IN_LATIN_LINE, badgeLeftOut)))
        .join('\n')
    : text;

/**
 * The kinds of work a list labels its entries with ("Book chapter: …", "PhD thesis: …", "… [M.A. thesis]."), never a
 * title's own words. A bare "Paper" or "Article" labels an entry only before a colon ("[Paper]" is a link's label), a bare
 * "Journal", "Conference" or "Proceedings" only in APA's brackets ("Journal: Nature Methods" names the venue).
 */
const THESIS_DEGREE = `(?:b\\.?a\\.?|m\\.?a\\.?|m\\.?sc?\\.?|ph\\.?\\s?d\\.?|bachelor'?s?|master'?s?|doctoral|diploma)`;
const THESIS_KIND = `(?:${THESIS_DEGREE}\\s+)?(?:thesis|dissertation)`;
// "Sujet de (la) thèse : Title": the French label of a thesis's subject.
const WORK_KIND = `book(?:\\s+chapter)?|chapter|monograph|edited\\s+(?:book|volume)|(?:journal|conference|workshop)\\s+(?:article|paper)|preprint|working\\s+paper|report|${THESIS_KIND}|sujet\\s+de\\s+(?:la\\s+)?thèse|(?:semester|term|student)\\s+project`;
/** Kinds of article that open a journal's own titles too ("Editorial: Title", "Perspective: Title" in Frontiers). */
const ARTICLE_TYPE =
  'editorial|commentary|perspective|review\\s+article|letter|correspondence|viewpoint|erratum|corrigendum|conference\\s+abstract';

/** "Book chapter: ", "Article | ", "Review | ": a kind of work before the entry, a colon or a bar after it. */
const ENTRY_KIND_OPENING = new RegExp(`^\\s*(?:${WORK_KIND}|${ARTICLE_TYPE}|paper|article|review)\\s*[:|]\\s*`, 'iu');
/** Names written with initials: "S. Koiso", "Ozsanlav-Harris, L.", "Koiso S,"; case-exact (under the i flag \p{Lu} is any cased letter). */
const INITIALLED_NAME_FIRST =
  /^(?:(?:\p{Lu}\.\s?-?)+\s?\p{Lu}\p{Ll}|\p{Lu}[\p{L}'’-]+,\s+\p{Lu}\.|\p{Lu}[\p{L}'’-]+\s+\p{Lu}{1,2}[*†‡]*(?:[,.]|\s+\((?:19|20)\d\d))/u;

function stripChrome(s: string, trailingLabels: boolean): string {
  const t = collapse(
    s
      .replace(TEX_MARK, texMark)
      // TeX's quotes as typed into a page: ``Title'' (or "Title'') are “Title”.
      .replace(/``/g, '“')
      // Ornament quotes (Dingbats' ❝Title❞) are quotes.
      .replace(/❝/g, '“')
      .replace(/❞/g, '”')
      // "Names, ''Title'' Journal": two apostrophes typed for each of the quotes.
      .replace(/(^|[\s,;:(])''(?=[^\s'])((?:(?!'')[^“”"\n]){2,300}?)''/g, '$1“$2”')
      // "``Title.’’": the closing pair typeset as two right single quotes.
      .replace(/''|’’/g, '”')
      // ", ”Title” in Book", "(2020). ”Title.” Cognition": a closing quote typed for the opening one, before a capital
      // after a space or a comma (not '”Do Metaphors …?”: A Gamified Survey', a quotation opening a title).
      .replace(/(^|[\s,(])”(?=\p{Lu}[^“”"]{2,300}(?:”(?:\s*[,.]|\s+in\s|$)|[.?!]”\s))/gu, '$1“')
      .replace(NUMBERING, '')
      // "Editors: Family, Given and …. Title.": the names of an edited volume are its authors here.
      .replace(/^\s*(?:Editors?|Eds?\.)\s*:\s*(?=\p{Lu})/u, '')
      // "Book chapter: S. Koiso. (2026). Title.", "Editorial: S. Koiso, E.P. Hyle. Title." (a mixed list's kind of work
      // before the names): a label, where names written with initials follow it (a Frontiers title "Editorial: Title" stays).
      .replace(ENTRY_KIND_OPENING, (kind: string, at: number, all: string) =>
        at === 0 && INITIALLED_NAME_FIRST.test(all.slice(kind.length)) ? '' : kind,
      )
      .replace(MARK_KEY, ' ')
      .replace(ROLE_LABEL, '')
      // "Names (preprint). Title.": the status in the year's place, not a link label.
      .replace(BRACKET_LABELS, (m: string, at: number, all: string) =>
        /^\(preprint\)$/i.test(m) && /^\.\s/.test(all.slice(at + m.length)) ? m : ' ',
      )
      .replace(/\[\s*[|,;/\s]*\s*\]/g, ' ')
      // "Names, [Title], Venue, 2023" (a Markdown link whose target the page left out): the bracketed title is quoted.
      .replace(/(?<=[,.]\s)\[([^[\]]{15,300})\](?=\s*,)/g, (m: string, inner: string) =>
        words(inner) >= 3 && /\p{Ll}{3}/u.test(inner) ? `“${inner}”` : m,
      )
      // "[2013 impact factor: 3.111]", "[2013 acceptance rate (oral presentation): 2.52%]", "(Cited by 12)": notes on the
      // venue and the paper (their years date neither).
      .replace(
        /\s*[[(]\s*(?:(?:19|20)\d\d\s+)?(?:impact factor|IF|acceptance rate|acceptance ratio)\b(?:[^\][()]|\([^()]*\))*[\])]|\s*\(\s*cited by\s+\d+\s*\)/gi,
        '',
      )
      // "Title, 10 pages, acceptance rate: 19.1% (to appear)" (CS CVs): the paper's length and its venue's acceptance rate.
      .replace(
        /,\s*\d{1,4}\s+pages(?=\s*[,.(]|$)|[,.]?\s*\(?(?:about\s+)?(?:acceptance rate|acceptance ratio)\s*:?\s*(?:about\s+)?\d+(?:\.\d+)?\s*%\)?/gi,
        '',
      )
      // "Hampton, J. & Coretta, S. [as Gaya Seldon] (2026).", "[alphabetical order] (2019)": a note on the names before the
      // year ("[including Cappozzo, A.]" names one of them).
      .replace(/\s*\[(?!\s*incl)[^[\]]{2,40}\]\s*(?=\((?:19|20)\d\d[a-z]?\))/gi, ' ')
      // "…, Costa, D.P.. (2025)": a generator's period after the initial's own before the year (not an ellipsis).
      // So does "Alexander, M.. ‘Title’" before a quoted title, and "<b>Upadhyayula A.</b>., &amp; Henderson, J. M." the
      // period after the owner's bold name before the comma.
      .replace(/(?<=(?:^|[\s.,-])\p{Lu})\.\.(?=\s*,|\s+(?:\(?(?:19|20)\d\d\b|[‘“"]))/gu, '.')
      // "Kop, B. R., Bramson, B., . . . Hervais-Adelman, A. (2021)" (APA 6 for more than seven authors): the spaced
      // ellipsis is the one of names left out.
      .replace(/(?<=,)\s*\.\s\.\s\.\s*(?=[\p{L}&])/gu, ' … ')
      .replace(CJK_BADGE_IN_LATIN_LINE, badgeLeftOut)
      // "Biniam Tilahun, Fleur Fritz (PhD), Shitaye Alemu" (medicine): a degree after a name in a list is no part of it.
      .replace(/(?<=\p{Ll})\s+\((?:Ph\.?\s?D\.?|M\.?D\.?|MPH|MSc|BSc|RN|DrPH|MBBS|MBChB|DPhil)\)(?=\s*(?:[,;&]|and\s))/gu, ''),
  );
  // One label word right after a word is a title's last word ("… Querying over Video", "… of Structured Data"); after a
  // call to follow the link ("… Watch the talk") or as the link's name ("… ADS link") it is a label.
  const call = trailingLabels ? TRAILING_CALL.exec(t) : null;
  const unlabelled = call ? t.slice(0, call.index) : t;
  const strip = trailingLabels && (!SINGLE_LABEL_AFTER_WORD.test(unlabelled) || NAMED_LINK_AT_END.test(unlabelled));
  // "… With Tchapo Gbandi. | | |": the separators of a link row whose labels were left out.
  return (strip ? unlabelled.replace(NAMED_LINK_AT_END, '').replace(TRAILING_LABELS, '') : unlabelled)
    .replace(/(?:\s*[|·])+\s*$/, '')
    .trim();
}

// ------------------------------------------------------------------ identifiers

const URL_RE = /\bhttps?:\/\/[^\s<>"'\])]+[^\s<>"'\]).,;:]/gi;
// "¶": a heading's permalink mark after the DOI that closes it (MkDocs, Sphinx).
const DOI_RE = /(?:doi\.org\/|\bdoi:\s*|\bDOI\s*:?\s*)?\b(10\.\d{4,9}\/[^\s"<>（）【】，。；¶]+[^\s"<>.,;:)\]（）【】，。；¶])/i;
const DOI_LABELLED = /(?:doi\.org\/|\bdoi:\s*)(10\.\d{4,9}\/[^\s"<>（）【】，。；¶]+[^\s"<>.,;:)\]（）【】，。；¶])/i;
const ARXIV_RE =
  /(?:arxiv\.org\/(?:abs|pdf)\/|arXiv\s*:?\s*(?:preprint\s+)?(?:arXiv:)?\s*)(\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z.-]*(?:\.[A-Z]{2})?\/\d{7})/i;
const PMID_RE = /\bPMID\s*:?\s*(\d{5,9})\b/;

function idsIn(text: string): { ids: Ids; pmid?: string; urls: string[] } {
  const ids: Ids = {};
  const arxiv = ARXIV_RE.exec(text);
  const a = arxiv ? parseArxivId(`arXiv:${arxiv[1]}`) : undefined;
  if (a) ids.arxiv = a;
  // A DOI the entry links or labels as one ("https://doi.org/10.…", "doi:10.…") before one inside another URL.
  const doi = DOI_LABELLED.exec(text) ?? DOI_RE.exec(text);
  const d = doi ? parseDoi(doi[1]!) : undefined;
  if (d) ids.doi = d;
  const pmid = PMID_RE.exec(text)?.[1];
  const urls = [...text.matchAll(URL_RE)].map((m) => m[0]);
  return pmid ? { ids, pmid, urls } : { ids, urls };
}

// ------------------------------------------------------------------ names

/** "A.Luque-Fernandez", "D.Park": a given name's initial glued to the family name. */
const GLUED_INITIAL_NAME = /^\p{Lu}\.\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

/** Particles as reference lists also write them, capitalised: "Van De Streek", "St. John", "Mac Lane". */
const CAPITALISED_PARTICLE = /^(?:St\.?|Mac|De|Van|Von|Di|Da|Le|La|Du|Del|Dos)$/;
function isParticle(w: string): boolean {
  // "van ’t Veer", "van 't Hoff", "Bernard t Hart" (its apostrophe lost): Dutch "'t" (het). "Sohaib ul Hassan",
  // "Habib ur Rehman": Urdu and Arabic "ul", "ur", "ud".
  // "Fontcuberta i Morral": the Catalan "i" joining two family names.
  return isNameParticle(w) || CAPITALISED_PARTICLE.test(w) || /^['’‘]?t$/.test(w) || /^u[lrd]$/.test(w) || w === 'i';
}
/**
 * "Bruno C. d. S. Oliveira", "Bruno C d S Oliveira": a particle ("de", "dos") shortened to its lower-case initial; "v.
 * Hartrott, P." ("von", "van").
 */
function isAbbreviatedParticle(w: string): boolean {
  return /^(?:d\.?|v\.)$/.test(w);
}
/** The vowels of names written in capitals, accented ones too ("BÉLAND", "MÓRA"). */
const UPPER_VOWELS = 'AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ü';
const UPPER_VOWEL = new RegExp(`[${UPPER_VOWELS}]`);
const UPPER_CONSONANT = new RegExp(`[^${UPPER_VOWELS}]`);
const TWO_UPPER_VOWELS = new RegExp(`(?:[${UPPER_VOWELS}].*){2}`);
/**
 * A capitalised name word: "Zhong-Zhi", "Jean‑Pierre" (a non-breaking hyphen), "O'Brien", "McDonald", "al-Khwarizmi",
 * "Łukasz", "Jean-Pierre", "DeWitt", "YingWenQi", "Dawicki-McKenna"; "Bela�d", a letter the page's encoding lost (a
 * windows-1252 "ï" read as UTF-8) between its letters.
 */
const NAME_WORD =
  /^(?:(?:al|el|d|l|de|ibn|bin)[-'’]|(?:de|di|da|du|le|la|van|von|ten|ter)(?=\p{Lu}\p{Ll}))?\p{Lu}(?:[\p{Ll}\p{M}'’]|(?<=\p{Ll})\uFFFD(?=\p{Ll}))*(?:\p{Lu}[\p{Ll}\p{M}'’]+){0,2}(?:[-‐‑](?:\p{Lu}[\p{Ll}\p{M}'’]*(?:\p{Lu}[\p{Ll}\p{M}'’]+)?|\p{Ll}+))*\.?$/u;
/** A nickname in quotes within a name: "‘Erico’", "“Cassandra”", "'Bob'". */
const NICKNAME = /^[‘“"']\p{Lu}[\p{Ll}\p{M}'’-]+[’”"']$/u;
/**
 * "W.", "J. A.", "J.-P.", "J.A.", "Ch.", "Th."; "J.D", "F. R. J" (the last period dropped after dotted ones); "M.İ." with
 * its dot a combining mark (text typed decomposed, NFD); "McN.", "N.McN." (a Scottish middle name, "McNeil", shortened
 * to its prefix and initial).
 */
const INITIALS = /^(?:(?:\p{Lu}\p{M}?[\p{Ll}]?\.|\p{Lu}\.?-\p{Lu}\.|Ma?c\p{Lu}\.)\s?)+(?:(?<=\.\s?)\p{Lu})?$/u;
/** Undotted initials after a Vancouver surname: "W", "MA", "J-P". */
const BARE_INITIALS = /^\p{Lu}{1,4}(?:-\p{Lu})?$/u;
/** A name suffix or a degree after the family name: "Jr.", "III", "PhD". */
function isSuffix(w: string): boolean {
  return isCapitalisedNameSuffix(w) || w === 'PhD' || w === 'MD';
}
/** A word that names a publisher: "Nomos Verlag", "Sarmal Yayınları", "Çantay Kitabevi" ("Press" is TITLE_WORD's). */
const PUBLISHER_WORD = 'verlag|publishers|publishing|yayınları|yayınevi|kitabevi|éditions|edizioni|ediciones|editora|uitgeverij|förlag';
/** ", Sarmal Yayınları, İstanbul, 1996" after a title: the publisher's name, its word closing it. */
const PUBLISHER_AFTER_TITLE = new RegExp(`^\\s*[,.]?\\s*[^,.]{0,60}?(?:${PUBLISHER_WORD})(?=[\\s,.]|$)`, 'iu');
const TITLE_WORD = new RegExp(
  `^(?:the|of|for|with|via|from|towards?|beyond|using|through|without|into|is|are|not|an?|its|their|when|what|how|why|on|in|at|to|by|we|our|can|do|does|under|over|between|learning|deep|neural|networks?|models?|data|large|language|efficient|robust|analysis|method|study|approach|system|systems|new|novel|based|toward|journal|revista|rivista|zeitschrift|revue|cadernos|cuadernos|boletim|bolet[ií]n|conference|proceedings|proc|intl|research|studies|current|advanced|recognition|understanding|intelligence|photonics|astronomy|nuclear|insight|studia|universitatis|university|institute|department|lab|laboratory|workshop|symposium|international|society|press|${PUBLISHER_WORD}|review|letters|transactions|vol|pp|published|posted|email|cited|edition|editor|home|news|contact|menu|search|publications?|papers|occasional|january|february|march|july|september|october|november|december|feb|apr|jul|sep|sept|oct|nov|dec|linkedin|twitter|github|orcid|google|scholar|physics|energy|chemistry|mathematical|appl|simul|mater|[ée]conomique)$`,
  'i',
);

/** Affiliation numbers "Smith1,2"; not the year after undotted initials and the period that ends the block ("Fay JC. 2015."). */
const AFFILIATION_NUMBERS = /(\p{L}\.?)\s*(?:(?<!(?:^|\s)\p{Lu}{2,3}\.\s+)|(?!(?:19[5-9]\d|20[0-4]\d)$))\d+(?:\s*,\s*\d+)*$/u;

/** Kept for the page: a list's names are cleaned again for every prefix of it that is read as a block. */
const cleanName = keptForPage((s: string): string => {
  const unmarked = HAS_MARK.test(s) ? s.replace(MARKS, ' ') : s;
  // The pattern can only match a name that ends in a digit; testing that first spares a scan of every other string.
  const unnumbered = /\d/.test(unmarked.charAt(unmarked.length - 1)) ? unmarked.replace(AFFILIATION_NUMBERS, '$1') : unmarked;
  return collapse(unnumbered.replace(/^\s*(?:and|&)\s+/i, ''));
});

/** A given-first name without the period that closes its list ("Ann Lee." -> "Ann Lee"); "Jr."'s period is its own. */
const withoutListPeriod = (name: string) => (/\s(?:Jr|Sr)\.$/.test(name) ? name : name.replace(/(\p{L}{2})\.$/u, '$1'));

/**
 * One person's name written given-name first: "Wei Cai", "W. Cai", "M. de Moya", "Jean-Pierre Sartre Jr."; never one word.
 * Kept while a page is read: every longer block `splitAuthors` tries asks again about the names before its last.
 */
const isGivenFirst = (s: string, upperFamilies = false): boolean => (upperFamilies ? givenFirstBeforeUpperFamily(s) : givenFirstName(s));
const givenFirstName = keptForPage((s) => readsAsGivenFirst(s, false));
const givenFirstBeforeUpperFamily = keptForPage((s) => readsAsGivenFirst(s, true));

/** A Chinese or Japanese word for a work's kind, as a badge or a heading writes it: no person's name. */
const CJK_KIND_WORD =
  /^(?:期刊|期刊论文|论文|論文|会议|會議|会议论文|會議論文|专利|專利|特許|著作|专著|專著|著書|译著|書籍|书籍|教材|预印本|預印本|综述|綜述|报告|報告|雑誌|雑誌論文|学位论文|学位論文)$/u;

function readsAsGivenFirst(s: string, upperFamilies: boolean): boolean {
  // "Runze (Aiden) Cheng": a nickname in parentheses between the given and family names.
  const nick = /^(\S.*?) \(\p{Lu}[\p{Ll}\p{M}]+\) (\S.*)$/u.exec(s);
  if (nick) return isGivenFirst(`${nick[1]} ${nick[2]}`);
  // "G.Goebbels", "T.G.Kirner", "P.Th.Aquino Jr.", "K.von Lübtow": initials written without the space after them.
  const fused = /^((?:\p{Lu}\p{Ll}?\.){1,3})(?=\p{L}{2})/u.exec(s);
  if (fused) return isGivenFirst(`${fused[1]} ${s.slice(fused[0].length)}`);
  if (s.length > 60 || /\d|[:;!?"“”()[\]{}]/.test(s)) return false;
  // "陈佳洲", "曾碧", "佐々木大輔", "小野里幸司": a Chinese or Japanese name, family name first, written without spaces; "海野 晃弘" with one.
  // Not a badge of the work's kind ("期刊" journal article, "会议论文" conference paper, "著書" book).
  if (/^\p{Script=Han}{2,5}$/u.test(s) || /^\p{Script=Han}{1,3} \p{Script=Han}{1,3}$/u.test(s)) return !CJK_KIND_WORD.test(s);
  // "阿图罗·埃斯科瓦尔", "卡尔·马克思": a foreign name written in Chinese characters, its parts apart by a middle dot.
  if (/^\p{Script=Han}{1,6}(?:[·・]\p{Script=Han}{1,8}){1,3}$/u.test(s)) return true;
  // "손성은", "이연수", "남궁민수": a Korean name in Hangul, family name first, two to four syllables without spaces.
  if (/^\p{Script=Hangul}{2,4}$/u.test(s)) return true;
  const words = s.split(' ');
  // "Geert J M G van der Heijden": seven words when three of them are initials or particles.
  if (words.length > 7 || (words.length === 7 && words.filter((w) => /^\p{Lu}\.?$/u.test(w) || isParticle(w)).length < 3)) return false;
  // "Weisheng LU", "Frank Ato GHANSA": a family name in capitals after given names written as names.
  const upperLast = words[words.length - 1]!;
  if (
    upperFamilies &&
    words.length >= 2 &&
    UPPER_FAMILY_WORD.test(upperLast) &&
    !TITLE_WORD.test(upperLast) &&
    // "Irina S. STEPANCHIKOVA": a middle initial after the given name.
    words.slice(0, -1).every((w, k) => (NAME_WORD.test(w) && /\p{Ll}/u.test(w) && !TITLE_WORD.test(w)) || (k > 0 && INITIALS.test(w)))
  )
    return true;
  // "D. A. MESSENGER", "J.-S. CHEN", "J. SUR PARK" (SIAM): dotted initials before a family name in capitals.
  if (upperFamilies && upperFamilyAfterInitials(s)) return true;
  let full = 0;
  for (const [i, w] of words.entries()) {
    // "Ch." and "Th." abbreviate given names before the family name; "Weisheng Lu. Blockchain" ends a sentence.
    if (full > 0 && /^\p{Lu}\p{Ll}\.$/u.test(w) && !isSuffix(w)) return false;
    if (
      INITIALS.test(w) ||
      // "W. -C. Mueller": the second part of a hyphenated initial written after a space.
      (i > 0 && /^-\p{Lu}\.$/u.test(w) && INITIALS.test(words[i - 1]!)) ||
      (i < words.length - 1 &&
        // "RWL. Jones": undotted initials with one period after them, opening the name ("Jinying XU. Frontiers" is none);
        // four of them have one vowel at most ("EMWV Ekanayake"; "OTIS Joanne" is a family name first).
        (/^(?:\p{Lu}{1,3}|\p{Lu}-\p{Lu}|Ma?c\p{Lu})$/u.test(w) ||
          (i === 0 && /^\p{Lu}{2,3}\.$/u.test(w)) ||
          (i === 0 && words.length === 2 && /^\p{Lu}{4}$/u.test(w) && !/(\p{Lu})\1/u.test(w) && !TWO_UPPER_VOWELS.test(w))))
    )
      continue;
    // "Dong ‘Erico’ Yu": a nickname in quotes between the given and the family name.
    if (i > 0 && i < words.length - 1 && NICKNAME.test(w)) continue;
    // "Carlos-D. Martínez-Hinarejos": a given name joined to the initial of a second one.
    if (i < words.length - 1 && /^\p{Lu}\p{Ll}+-\p{Lu}\.$/u.test(w)) continue;
    // "Mun On Wong": a short capitalised word between two name words.
    if (i === 1 && words.length === 3 && /^\p{Lu}\p{Ll}$/u.test(w)) continue;
    // "Fernando Náufel do Amaral": the Portuguese particle "do" before the family name, not the English verb.
    if (w === 'do' && i > 0 && i < words.length - 1 && /^\p{Lu}\p{Ll}/u.test(words[i + 1]!)) continue;
    // "An Mai", "Bao An Mai Hoang": the Vietnamese given name "An", not the article. "F. Can", "K. T. Do": a family name
    // that is also an English word, after initials.
    const familyAfterInitials = i > 0 && i === words.length - 1 && SHORT_FAMILY.test(w) && words.slice(0, i).every((g) => INITIALS.test(g));
    if (TITLE_WORD.test(w.replace(/\.$/, '')) && !(w === 'An' && words.length >= 2) && !familyAfterInitials) return false;
    if ((isParticle(w) || isAbbreviatedParticle(w)) && i > 0 && i < words.length - 1) continue;
    if (isSuffix(w) && i > 0) continue;
    if ((NAME_WORD.test(w) || GLUED_INITIAL_NAME.test(w)) && !w.endsWith('.')) {
      full++;
      continue;
    }
    return false;
  }
  if (full === 0) return false;
  // The family name is written in full: "A. B." is not a name; "Cai" alone only where a list allows it. A second
  // family name may be shortened to its initial after it ("Erika F. Merschrod S.").
  const isFullWord = (w: string) => NAME_WORD.test(w) && !w.endsWith('.') && !TITLE_WORD.test(w);
  if (words.length >= 3 && /^\p{Lu}\.$/u.test(words[words.length - 1]!) && isFullWord(words[0]!) && isFullWord(words[words.length - 2]!))
    return true;
  const last = words[words.length - 1]!;
  if (!((NAME_WORD.test(last) || GLUED_INITIAL_NAME.test(last)) && !last.endsWith('.') && last.length >= 2) && !isSuffix(last))
    return false;
  return words.length >= 2;
}

/**
 * A body of people among the names: "DREAM Olfactory Mixtures Prediction Consortium", "the LIGO Scientific Collaboration".
 * Kept while a page is read, as `isGivenFirst` is.
 */
const isGroupAuthor = keptForPage((s: string): boolean => {
  // "メソ気象セミナー事務局" (a seminar's office), "…委員会" (a committee): a Japanese body of people.
  if (/^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,30}(?:事務局|委員会|研究会|研究グループ|グループ|チーム)$/u.test(s))
    return true;
  // "on behalf of the SOCOS Group", "for the EMPHASIS Investigators" (medical papers): the group the names write for.
  const words = s.replace(/^(?:on\s+behalf\s+of|for)\s+(?=the\s)/i, '').split(' ');
  return (
    words.length >= 2 &&
    words.length <= 8 &&
    !/\b(?:19|20)\d\d\b|[:;!?"“”()[\]{}]/.test(s) &&
    /^(?:consortium|consortia|collaborations?|teams?|group|project|contributors|initiative|committee|alliance|network|investigators)$/i.test(
      words[words.length - 1]!,
    ) &&
    // "DREAM6 Promoter Prediction Consortium", "DREAM 6&7 Parameter Estimation consortium", "the EMPHASIS study group";
    // not a title's "… for Heterogeneous Multi-Robot Teams", "… for Human-Robot Collaboration".
    words.every(
      (w, j) =>
        j === words.length - 1 || /^[\p{Lu}\d]/u.test(w) || /^(?:the|of|and|on|in|study|working|research|writing|steering)$/i.test(w),
    )
  );
});

/**
 * "Sonali Shah, ChandrashekharDeopujari": a given name and a family name run together, among names written given first in
 * full (not "McDonald", "LaRock", "JavaScript").
 */
const FUSED_GIVEN_FAMILY = /^\p{Lu}\p{Ll}{4,}\p{Lu}\p{Ll}{4,}$/u;

/** An upper-case family name word, as the ABNT style writes them: "MENEGUZZI", "MÓRA", "SILVA-FAGUNDES". */
const UPPER_FAMILY_WORD = /^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*$/u;

/** Dotted initials before one to three words in capitals: "D. A. MESSENGER", "J.-S. CHEN", "S. WUN CHEUNG", "B. O'SHEA". */
const INITIALS_THEN_UPPER_FAMILY =
  /^(?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){0,2}\p{Lu}\.(?:-\p{Lu}\.)?\s((?:\p{Lu}['’])?\p{Lu}{2,}(?:-\p{Lu}{2,})?(?:\s\p{Lu}{2,}(?:-\p{Lu}{2,})?){0,2})$/u;

/**
 * A family name's word in capitals has vowels and consonants ("XU", "GHANSA"); Vancouver initials ("RM", "EE") and
 * acronyms ("CVPR") do not.
 */
const hasVowelsAndConsonants = (w: string) => /[AEIOUY]/.test(w) && /[^AEIOU]/.test(w);

/** The family name in capitals of "D. A. MESSENGER" as words with vowels and consonants ("XU", "DE"; not "IEEE", "CVPR"). */
function upperFamilyAfterInitials(n: string): string[] | null {
  const m = INITIALS_THEN_UPPER_FAMILY.exec(n);
  if (!m) return null;
  const words = m[1]!.replace(/^\p{Lu}['’]/u, '').split(/[\s-]/);
  return words.every((w) => hasVowelsAndConsonants(w) && !TITLE_WORD.test(w)) ? words : null;
}

/** One pinyin syllable without its tone: "wang", "hua", "zhi", "peng", "xi". */
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|ü)';
/** A Chinese name in pinyin, family name first: "WANG Hua-wei", "LI Zhi-peng", "DANG Wei" (one or two syllables each). */
const PINYIN_FAMILY_FIRST = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2} (?:${PINYIN_SYLLABLE})(?:-?${PINYIN_SYLLABLE})?$`, 'iu');

/**
 * "BÉLAND François", "DE KONINCK Maria", "McCUSKER Jane", "MOHINDRA Katia S.", "SHEK Daniel TL": a family name in
 * capitals, then the given names, as French (and other) lists invert names without a comma. Given first, as names are
 * shown; a Chinese name in pinyin ("WANG Hua-wei") is family name first as written, and stays so.
 */
const UPPER_FAMILY_THEN_GIVEN =
  /^((?:(?:D[AEIU]|DEL|DOS|LA|LE|VAN|VON|De|Da|Di|Du|Le|La|Van|Von) )?(?:Mc|Mac|O['’]|D['’])?\p{Lu}{2,}(?:[-'’ ]\p{Lu}{2,}){0,2}) (\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?: (?:\p{Lu}[\p{Ll}\p{M}'’]+|\p{Lu}\.?|\p{Lu}{2}|\p{Lu}\.\p{Lu}\.))?|(\p{Lu}{1,2}\.?|\p{Lu}\.\p{Lu}\.))$/u;

/** `initialsToo`: the given names may be initials alone ("CUPERTINO F"), in a block that writes its other names so. */
function upperFamilyThenGiven(n: string, initialsToo = false): string | null {
  const m = UPPER_FAMILY_THEN_GIVEN.exec(n);
  if (!m || (m[3] && !initialsToo)) return null;
  const family = m[1]!;
  const given = m[2]!;
  const familyWords = family.split(/[-'’ ]/).filter((w) => /^\p{Lu}{2,}$/u.test(w));
  if (!familyWords.every((w) => UPPER_VOWEL.test(w) && UPPER_CONSONANT.test(w) && !TITLE_WORD.test(w))) return null;
  if (given.split(' ').some((w) => w.length > 2 && TITLE_WORD.test(w.replace(/\.$/, '')))) return null;
  return PINYIN_FAMILY_FIRST.test(n) ? n : `${given} ${family}`;
}

/**
 * A family name as a surname-first list writes it: "Cai", "de Moya", "van der Berg", "Garcia Marquez", "Smith-Jones",
 * "Fisher III"; with `upperCase`, also ABNT's "DE SILVA" (never in a Vancouver list, where "IEEE CVF" would pass).
 */
const isFamily = (s: string, upperCase = false): boolean => (upperCase ? familyNameInCapitalsToo(s) : familyName(s));
const familyName = keptForPage((s) => readsAsFamily(s, false));
const familyNameInCapitalsToo = keptForPage((s) => readsAsFamily(s, true));

function readsAsFamily(s: string, upperCase: boolean): boolean {
  const words = s.split(' ');
  // "DE CASTRO DE ANDRADE FILHO" (ABNT): five words, two of them particles.
  const particles = upperCase ? words.filter((w) => isParticle(w.toLowerCase())).length : 0;
  if (words.length - particles > 4 || words.length > 6 || s.length > 40 || /\d|[:;!?"“”()]/.test(s)) return false;
  for (const [i, w] of words.entries()) {
    if ((isParticle(w) || isAbbreviatedParticle(w) || (upperCase && isParticle(w.toLowerCase()))) && i < words.length - 1) continue;
    // "Fisher III, J.": a generation after the family name.
    if (i > 0 && i === words.length - 1 && /^(?:II|III|IV|Jr\.?|Sr\.?)$/.test(w)) continue;
    if (upperCase && UPPER_FAMILY_WORD.test(w) && !TITLE_WORD.test(w)) continue;
    if (!NAME_WORD.test(w) || w.endsWith('.') || w.length < 2 || (TITLE_WORD.test(w) && !SHORT_FAMILY.test(s))) return false;
  }
  return true;
}

/** "Çiftçi M. C.", "RENGÜL B. F.": Vancouver initials written dotted and apart. */
const SPACED_DOTTED_INITIALS = /^\p{Lu}\.(?:\s\p{Lu}\.){1,2}$/u;

/**
 * "ÇABUK S., İNCE İ." (YÖK Akademik and other CV exports): a Vancouver family name in capitals. Only before dotted
 * initials, which capitals of a venue's or a title's words ("IEEE T", "HIV AIDS") do not take; a name word has vowels
 * and consonants.
 */
function upperFamilyBeforeDottedInitials(family: string, initials: string): boolean {
  return initials.includes('.') && family.split(' ').some(isUpperGivenName) && isFamily(family, true);
}

/** Family names that are also English words ("Do, K. T.", "An, S.", "Can, F.", "New, D. D."), whole family names only. */
const SHORT_FAMILY = /^(?:Do|An|To|Can|New)$/;

/** "VERA", "EDER", "ÂNGELO": a name word in capitals, vowels and consonants (not initials "RM"). */
const isUpperGivenName = (w: string) => UPPER_FAMILY_WORD.test(w) && /[AEIOUYÀ-Ý]/.test(w) && /[^AEIOUYÀ-Ý]/.test(w) && !TITLE_WORD.test(w);

/**
 * `upperCase`: after a family name in capitals, given names in capitals too ("RAMOS, PEDRO L.", "TOMAZELLA, VERA LUCIA
 * DAMASCENO"), as Lattes CV exports write every name.
 */
function isGivenNames(s: string, upperCase = false): boolean {
  const words = s.split(' ');
  // "ANA C. R. L. A." (four initials after a given name) is as short as four words.
  // "NETA, Ana Maria Xavier da Silva": a Portuguese name's particles among them are no more given names.
  if (words.filter((w) => !/^\p{Lu}\.$/u.test(w) && !(/^\p{Ll}/u.test(w) && isParticle(w))).length > 4 || words.length > 6) return false;
  // "Wm." and "Ch." abbreviate given names; "Smith." ends a sentence.
  // "Amaral, Fernando Náufel do", "Berg, Jan van den": an inverted name's particles after its given names (Chicago,
  // BibLaTeX), "do" among them, though it is an English word too.
  return words.every(
    (w, i) =>
      INITIALS.test(w) ||
      (i > 0 && /^\p{Ll}/u.test(w) && isParticle(w) && words.slice(i).every((p) => isParticle(p) && /^\p{Ll}/u.test(p))) ||
      (upperCase && isUpperGivenName(w.replace(/(?<=\p{Lu}{3})\.$/u, ''))) ||
      // "Tai, Yuehong ‘Cassandra’": a nickname in quotes after the given name.
      (i > 0 && NICKNAME.test(w)) ||
      /^\p{Lu}$/u.test(w) ||
      // "Smith, Daniel JB": a given name's undotted initials after it.
      (i > 0 && i === words.length - 1 && /^\p{Lu}{2}$/u.test(w) && !/^(?:II|IV|VI)$/.test(w) && NAME_WORD.test(words[i - 1]!)) ||
      ((NAME_WORD.test(w) || isParticle(w)) && !TITLE_WORD.test(w.replace(/\.$/, '')) && !/\p{L}{4}\.$/u.test(w)),
  );
}

export interface AuthorBlock {
  names: string[];
  truncated: boolean;
}

/**
 * "et al.", "and others", "…" closing an author block; ", others" is BibTeX's "and others" as a name list prints it
 * (APA's "Austin, C., … others." reaches it so once the ellipsis is read).
 */
const ET_AL =
  /(?:,?\s*(?:et\.?\s*al[.,]*|etc\.?|and others|&\s*others|ed? altri|et coll\.?|et autres\.?|e coll\.?|…|\.\.\.|and\s+\d+\s+(?:more|other)s?(?:\s+authors)?|and\s+\d+\s+others\.|[他等]\.?)|\s*,\s*others\.?)\s*$/i;

/**
 * An author line without the mark that closes it ("A. Smith, B. Jones." -> "A. Smith, B. Jones"), but for the period of
 * an inverted name's last initial ("Quiroz, L., & Riquelme, I."): that one is the initial's; so is the period after a
 * last initial where the other names dot theirs ("Buscemi P. , Vettori V., Lastrucci V.").
 */
export function withoutNamesClosingMark(names: string): string {
  return names.replace(/[.,;]$/, (m, at: number) => {
    const before = names.slice(0, at);
    const initial =
      /,\s*(?:\p{Lu}\.\s?-?)*\p{Lu}$/u.test(before) || (/(?:\s|\p{Lu}\.)\p{Lu}$/u.test(before) && /\s\p{Lu}\.\s*[,;]/u.test(before));
    return m === '.' && initial ? m : '';
  });
}

/**
 * Read an author block (the whole string must be names) in one name form; null when it is not one. Names are
 * returned in display form, given names first ("Cai, W." -> "W. Cai"; "Cai W" -> "W Cai"), otherwise as shown.
 */
export function readAuthorBlock(raw: string, form: NameForm): AuthorBlock | null {
  const r = readBlock(raw, form);
  return r === DEAD ? null : r;
}

/** "Family, Given and Family, Given." / "Family, Given; Family, Given.": whole inverted names, one comma each. */
const INVERTED_WHOLE_NAMES = /^[^,;]{2,40},[^,;]{2,40}(?:(?:;|\s+and\s+)[^,;]{2,40},[^,;]{2,40})+\.$/;
/**
 * "Bauerle Danzman, Sarah." / "Smith, John Paul." / "Turnbull-Sailor, Craig." / "Amaral, Fernando Náufel do." (Chicago's
 * single author, a particle after the given names): one whole inverted name and its period.
 */
const INVERTED_WHOLE_NAME =
  /^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s\p{Lu}[\p{Ll}'’-]+)?,\s\p{Lu}\p{Ll}+(?:\s(?:\p{Lu}\p{Ll}+|\p{Lu}\.))?(?:\s(?:da|de|do|dos|das|van|von|der|den|di|du|la|le))*\.$/u;

/** BibLaTeX's "Family, Given prefix": "Badia, S. B. i.", "Andrade Branco, D. A. de" (the particle after the initials). */
function initialsThenParticle(given: string): boolean {
  const m = /^(.+?\.)((?:\s+(?:\p{Ll}{1,3}|['’]t))+)\.?$/u.exec(given);
  // Catalan "i" joins two family names ("Bermúdez i Badia"), and BibLaTeX moves it after the initials as a prefix.
  return (
    !!m &&
    INITIALS.test(m[1]!) &&
    m[2]!
      .trim()
      .split(/\s+/)
      .every((w) => isParticle(w) || w === 'i')
  );
}

/** Not a block, and no longer prefix of the same text is one either (an item before the last is not a name). */
const DEAD = 'dead' as const;

/**
 * Whether an author block may hold one name the rules do not know (see `readBlock`): only in a second reading of a
 * reference no reading of which succeeds without it, so that it never takes the place of a name form that reads all.
 * `oddNameSeen` records that a strict reading met such a block: without one the second reading would repeat the first.
 */
let oddNameAllowed = false;
let oddNameSeen = false;

/**
 * An item of a long author list that may be a name the rules do not know ("vanden Berghe E", "Estradivari", "Kuo C-y",
 * "Mullins, Alex"): letters with the marks names use, one to four words, no digit, no acronym, no word of a title.
 */
function oddNameItem(s: string, index = 1): boolean {
  return (
    s.length <= 40 &&
    // The block's first item is a family name at least, not initials a title or label ends before ("CHOICE: Froehlich. C.Y.M.").
    (index > 0 || /\p{Ll}{2}/u.test(s)) &&
    /^[\p{L}\p{M}][\p{L}\p{M}'’`.¬‑-]*(?:\s[\p{L}\p{M}'’`.¬‑-]+){0,3}$/u.test(s) &&
    !/\p{Lu}{4}/u.test(s) &&
    !s.split(' ').some((w) => TITLE_WORD.test(w.replace(/\.$/, '')))
  );
}

/**
 * "Wilkerson. T.", "Hoogenboezem. R", "Titus. B.M." among "Family, I." names: a period typed where the comma between a
 * family name and its initials belongs.
 */
const FAMILY_PERIOD_INITIALS = /^(\p{Lu}[\p{L}\p{M}'’-]+)\.\s+((?:\p{Lu}\.?){1,3})$/u;
const withoutFamilyPeriod = (family: string) => family.replace(/(?<=\p{Ll}{2})\.$/u, '');

/** "S. Holland", "G.P Hsieh": one name's initials and the next name's family name, the comma between them left out. */
const RUN_TOGETHER = /^((?:\p{Lu}\.\s?-?){1,3}|(?:\p{Lu}\.){1,2}\p{Lu}(?=\s))\s*(\p{Lu}[\p{L}'’-]+)$/u;

/** How many odd names a block of `count` names may hold: one among five, one more for every ten. */
const oddNamesFit = (odd: number, count: number) => count >= 5 && odd <= 1 + Math.floor(count / 10);

function withOddName<T>(read: () => T): T {
  oddNameAllowed = true;
  try {
    return read();
  } finally {
    oddNameAllowed = false;
  }
}

/** An editor's mark after names: German "(Hrsg.)", French "(dir.)", "(Éd.)", "(sous la direction de)", Spanish "(coord.)", Portuguese "(Org.)". */
const EDITOR_MARK =
  '\\s*\\((?:hrsg|dir|coords?|orgs?|[ée]ds?|editors?|authors?|translators?|trans|(?:collectif\\s+)?sous la direction de)\\.?\\)';
const EDITOR_MARK_CLOSING = new RegExp(`${EDITOR_MARK}\\.?$`, 'iu');
const EDITOR_MARK_OPENING = new RegExp(`^${EDITOR_MARK}[.:,]?\\s+(?=\\S)`, 'iu');
const EDITOR_MARK_IN_LIST = new RegExp(`${EDITOR_MARK}(?=\\s*(?:[,;]|and\\s|&))`, 'giu');
const EDITOR_MARK_ANYWHERE = new RegExp(EDITOR_MARK, 'iu');
const EDITOR_MARK_EVERY = new RegExp(EDITOR_MARK, 'giu');
const PARENTHESISED_YEAR = /\((?:19|20)\d{2}[a-z]?\)/;

/**
 * "Huijnen, P., Huisman, M. (Ed.), Koch, J. (Ed.), & van Miert, D. (Ed.) (2023). ‘Title’." (a research portal's APA, a
 * role after each name): the names before the year without their marks, when nothing else there is in parentheses.
 */
function withoutRolesBeforeYear(raw: string): string {
  if (!EDITOR_MARK_ANYWHERE.test(raw)) return raw;
  const year = PARENTHESISED_YEAR.exec(raw);
  if (!year) return raw;
  const names = raw.slice(0, year.index).replace(EDITOR_MARK_EVERY, '');
  return names.length < year.index && !/[()]/.test(names) ? `${names.trimEnd()} ${raw.slice(year.index)}` : raw;
}

/** "and" between given-first names in the languages of non-English lab pages ("Claudia Moreno González y Javier Antelis"). */
export const NAME_CONJUNCTION_OTHER_LANGUAGES =
  /,?\s+(?:et|y|e|und|en|och|og|ve|avec la collaboration de|con la colaboraci[oó]n de|com a colabora[çc][ãa]o de)\s+(?=\p{Lu})/gu;

/** "Straube, Till …": a block that opens with one inverted name, "Family, Given". */
const INVERTED_FIRST_NAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?,\s+\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.)*(?:,|\s+(?:e|y|und|en)\s)/u;
/**
 * "…, Till und Seyram Avle", "…, Henning Füller und Till Straube": "and" without its comma before the closing whole name
 * (no particle: "Erschließung, Auswertung und Publikation von Texten" is German prose, its nouns capitalised).
 */
const LAST_NAME_AFTER_BARE_CONJUNCTION =
  /(?<=,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:e|y|und|en)\s+(?=\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)*\s+\p{Lu}[\p{L}'’-]+\.?$)/gu;
/**
 * "Mosca, Santiago; Carlevaro, C. Manuel y Lomba, Enrique", "Goldberg, Ezequiel y Pugnaloni, Luis A" (Spanish BibTeX
 * exports): "and" without its comma between the last two whole inverted names.
 */
// The conjunction first, the names before it after it (a lookbehind tried at every position is slow on long texts).
const INVERTED_NAMES_BARE_CONJUNCTION =
  /\s+(?:e|y|und|et|en)\s+(?<=(?:^|;)\s*[^,;]+,\s*[^,;]+?\s+(?:e|y|und|et|en)\s+)(?=\p{Lu}[\p{L}'’ -]*,\s*\p{Lu}[^,;]*$)/u;
/** An initial alone between commas: "…, Nicholas, N., and …". */
const LONE_INITIAL_ITEM = /,\s*\p{Lu}\.\s*(?:,|$)/u;

/**
 * "Iles, David T., Dorian, Nicholas, N., and Crone, Elizabeth E.": a comma typed before an inverted name's middle
 * initial, which then stands alone where the next family name belongs (among "Family, Given" pairs, not "Jones, A.").
 */
function withGivenNameCommaInitial(s: string): string {
  if (s.includes(';')) return s;
  const items: string[] = [];
  for (const it of s.split(/\s*,\s*/))
    if (items.length >= 2 && items.length % 2 === 0 && /^\p{Lu}\.$/u.test(it) && /^\p{Lu}[\p{Ll}'’-]+$/u.test(items.at(-1)!))
      items[items.length - 1] += ` ${it}`;
    else items.push(it);
  return items.join(', ');
}
const UPPER_FAMILY_OPENING = /^\p{Lu}{2,}(?:[\s'’-]\p{Lu}{2,})*\s?,/u;
const UPPER_FAMILY_AFTER_BARE_CONJUNCTION = /\s+(?:e|y|und|et|en)\s+(?=\p{Lu}{2,}(?:[\s'’-]\p{Lu}{2,})*\s?,\s*\p{Lu}\p{Ll}[^,;]*$)/u;

/**
 * Answers of a reading that may meet an odd name (`oddNameSeen`, the one state a reading leaves), kept while a page is
 * read: by a key for the reading's other inputs, then by its text (the text itself the key, no key string built per
 * call); a kept answer replays its odd name; the oldest dropped past BLOCK_MEMO_SIZE, all forgotten when the task that
 * reads the page ends. Answers are handed out as the caller copies them.
 */
class KeptReadings<T> {
  private readonly byKey = new Map<string, Map<string, { value: T; odd: boolean }>>();
  private readonly order = new KeptKeys<[string, string]>();
  get size(): number {
    return this.order.size;
  }
  read(key: string, raw: string, compute: () => T): T {
    let withKey = this.byKey.get(key);
    if (!withKey) this.byKey.set(key, (withKey = new Map()));
    const kept = withKey.get(raw);
    if (kept) {
      if (kept.odd) oddNameSeen = true;
      return kept.value;
    }
    const seenBefore = oddNameSeen;
    oddNameSeen = false;
    const value = compute();
    const odd = oddNameSeen;
    oddNameSeen ||= seenBefore;
    if (this.order.size === 0)
      queueMicrotask(() => {
        this.byKey.clear();
        this.order.clear();
      });
    const dropped = this.order.push([key, raw]);
    const droppedFrom = dropped && this.byKey.get(dropped[0]);
    if (droppedFrom?.delete(dropped![1]) && droppedFrom.size === 0 && droppedFrom !== withKey) this.byKey.delete(dropped![0]);
    withKey.set(raw, { value, odd });
    return value;
  }
}

/**
 * `readBlock` is asked about the same text in the same form many times on one page (at every end `splitAuthors` tries,
 * for every hint a list is read with): its answers are kept (KeptReadings), by form with odd names allowed or not.
 */
const keptBlocks = new KeptReadings<AuthorBlock | null | typeof DEAD>();
export const blockMemoSize = () => keptBlocks.size;

function readBlock(raw: string, form: NameForm): AuthorBlock | null | typeof DEAD {
  // readBlockText's object reaches no caller but through a copy.
  const block = keptBlocks.read(oddNameAllowed ? `${form}+` : form, raw, () => readBlockText(raw, form));
  return block && block !== DEAD ? { ...block, names: [...block.names] } : block;
}

/**
 * "Laini, A. · Fenoglio, S. · Bo, T." (a middle dot, as profile exports write it), "Ingo Börner / Vanessa Hannesschläger"
 * (German humanities): a spaced dot or slash between names separates them as a semicolon does.
 */
const SPACED_NAME_SEPARATOR = /\s+[·•∙/]\s+(?=\p{Lu}|\p{Ll}{1,3}\s)/gu;

/** The text with its spaced dots or slashes as semicolons, when each piece between them is one name (no digits, no list). */
function withNameSeparators(raw: string): string {
  const pieces = raw.split(SPACED_NAME_SEPARATOR);
  if (pieces.length < 2 || pieces.some((p) => /\d/.test(p) || (p.match(/,/g)?.length ?? 0) > 1)) return raw;
  return pieces.join('; ');
}

/** Inline math inside a word ("H\(\ddot{a}\)hnel"), and the letter it is read as. */
const TEX_IN_WORD = /(?<=\p{L})\\\([^()\s]{1,24}\\\)|\\\([^()\s]{1,24}\\\)(?=\p{L})/gu;
const TEX_LETTER = 'ɐ';

function readBlockText(raw: string, form: NameForm): AuthorBlock | null | typeof DEAD {
  // "Klein, R., H\(\ddot{a}\)hnel, P." (an accent written as pandoc's inline math): read as one letter of the name, given
  // back as written.
  if (raw.includes('\\(') && !raw.includes(TEX_LETTER)) {
    const spans = raw.match(TEX_IN_WORD);
    if (spans) {
      const block = readBlockText(raw.replace(TEX_IN_WORD, TEX_LETTER), form);
      return block && block !== DEAD
        ? { ...block, names: block.names.map((n) => n.replaceAll(TEX_LETTER, () => spans.shift() ?? '')) }
        : block;
    }
  }
  // "Riera‐Lizarazu, Oscar" (U+2010, as publishers' exports write a name's hyphen): read as "-", given back as written.
  const unicodeHyphen = /[‐‑]/.exec(raw)?.[0];
  if (unicodeHyphen && !/-|[‐‑]/.test(raw.replaceAll(unicodeHyphen, ''))) {
    const block = readBlockText(raw.replaceAll(unicodeHyphen, '-'), form);
    return block && block !== DEAD ? { ...block, names: block.names.map((n) => n.replaceAll('-', unicodeHyphen)) } : block;
  }
  // "Wevers, Melvin &Pim Huijnen" (hand-typed lists): an ampersand glued to the name after it.
  raw = withNameSeparators(raw);
  // Tested for "&" first: the lookbehind is tried at every space of every block.
  if (raw.includes('&')) raw = raw.replace(/(?<=\p{L}\.?)\s+&(?=\p{Lu}\p{Ll})/gu, ' & ');
  // "Chi, Y. R.* J. Am. Chem. Soc.": marks close a name, so initials after them are no part of it (a journal's).
  if (/\p{Lu}\.[*†‡§¶✉#]+\s+\p{Lu}\p{Ll}?\.(?:\s|$)/u.test(raw)) return DEAD;
  // "Vidal-Cordasco, M.*, Marín-Arroyo, A.B.*.": a mark dropped between an initial and the punctuation after it.
  let s = (
    HAS_MARK.test(raw)
      ? collapse(raw.replace(MARKS, ' '))
          .replace(/(?<=[\p{L}.])\s+(?=[.,;])/gu, '')
          .replace(/(?<=\p{Lu}\.)\.$/u, '')
      : raw.trim()
  ).replace(/[,;]\s*$/, '');
  // "Moon, M.() and Alexander, M.": the parentheses of a mark the page's Markdown ate ("(*)" opening an emphasis).
  if (s.includes('(')) s = s.replace(/(?<=\S)\(\s*\)(?=[\s,;]|$)/gu, '');
  // "刘伟国（通讯作者）", "Liu, W. (通讯作者)", "Bo Zhang*（共同第一作者及通讯作者）": an author's role in Chinese lists.
  if (s.includes('作') || s.includes('通')) s = s.replace(/\s*[(（]\s*\p{Script=Han}{0,12}(?:作者|通讯|通信)\s*[)）]/gu, '');
  // "Brand, J., and Vink., G.", "C.J. Courtney-Mustaphi., R. Greenway": a stray period after a family name, before the comma.
  if (s.includes('.,')) s = s.replace(/(?<=\p{Ll}{2})\.(?=,\s*(?:and\s+|&\s*)?\p{Lu}\.)/gu, '');
  // The names of an edited book: "Gerald Gazdar, Ewan Klein, and Geoffrey K. Pullum, editors" (BibTeX styles), "…, and
  // W. Wilson (eds.)" (APA).
  s = s.replace(/(?:,\s*|\s*\()(?:editors?|eds?\.?)\)?\.?$/i, '');
  // The same in other languages: "(Hrsg.)", "(dir.)", "(Org.)".
  s = s.replace(EDITOR_MARK_CLOSING, '');
  // Spanish "Hernández, J. y Maturana, F.", Portuguese and Italian "e", German "und", Dutch "en": "and" after an initial.
  s = s.replace(/(?<=\p{Lu}\.)\s+(?:y|e|und|en)\s+(?=\p{Lu})/gu, ' and ');
  // "メソ気象セミナー事務局（加藤亮平, 渡邉俊一, …）": a body and, in full-width parentheses, its members: all are authors.
  s = s.replace(/^([^（,]{2,30})（([^（）]{2,600})）$/u, '$1, $2');
  // "Corso, F., Baili, P., et al. [including Cappozzo, A.]": the names a page adds after a shortened list.
  let including: string[] = [];
  const incl = /\s*[[(]including\s+([^\])]{2,200})[\])][.,]?\s*$/i.exec(s);
  if (incl) {
    // "Shackelford, N. and 16 others (including L. M. Hallett)": the added names may be written in another form.
    const inner = [form, ...NAME_FORMS].map((f) => readBlock(incl[1]!, f)).find((b) => b && b !== DEAD);
    if (!inner || inner === DEAD) return DEAD;
    including = inner.names;
    s = s.slice(0, incl.index);
  }
  let truncated = false;
  // "Gross, L. J., ... & White, E. R.", "Aczel B, ..., Hardwick RM, ..., Nosek BA": names left out in the middle.
  if (/[.…]/.test(s)) {
    // "Kassa ZY, ….., Ahmed KY": an ellipsis typed with more periods after it.
    const middle = s.replace(/,?\s*(?:(?:\.\.\.|…)[.…]*|\[\s*(?:\.\.\.|…)\s*\])\s*,?\s*(?:&|and\b)?\s*(?=\S)/g, ', ');
    if (middle !== s) {
      truncated = true;
      s = middle;
    }
  }
  const etAl = ET_AL.exec(s);
  if (etAl) {
    truncated = true;
    s = s.slice(0, etAl.index).trim();
  }
  // "Messing et al.", "van der Berg et al.", "Trapnell, Cacchiarelli et al." (a card that names its first authors only):
  // one to three family names before "et al." are a block. Read so in the given-first form only: a list's name form is
  // not to be told from them.
  const families =
    etAl && form === 'given' && /et\.?\s*al/i.test(etAl[0]) ? s.split(/\s*(?:,\s*(?:and|&)\s+|,\s*|\s+(?:and|&)\s+)\s*/) : [];
  if (
    families.length >= 1 &&
    families.length <= 3 &&
    families.every((f) => isFamily(f) && f.split(' ').filter((w) => !isParticle(w)).length === 1)
  )
    return { names: [...families, ...including], truncated };
  // "SANTOS-NETO, MANOEL . Title" (Lattes CV exports, which space their semicolons): a spaced period closes the block.
  if (/\s;\s/.test(s)) s = s.replace(/(?<=[\p{L}.])\s+\.$/u, '');
  // "Seitan V.C." in a list that dots its initials ("Wilson B.C., Boehme L., …") keeps its last period.
  // So does one name alone, its family name in capitals ("İNCE İ."), or before "et al." ("Didikoglu A., et al.", "Lucas
  // R.J., et al."); not "Mora C.", which ends its sentence there.
  // Not in one that puts a period after run-together initials ("Bull KR., Mead AJ., & Cornall RJ."): that period is the
  // page's mark after each name, and the block's own after the last; unless a mark follows it ("Henry MD.+, Xing Y.+").
  const periodAfterRunTogetherInitials = /\s\p{Lu}{2,3}\.(?:,|\s+(?:and|&)\s)/u.test(s) && !/\p{Lu}\.\s*[*†‡§¶✉#+]+$/u.test(raw.trim());
  const dottedVancouver =
    form === 'vancouver' &&
    ((!periodAfterRunTogetherInitials && /\s\p{Lu}\.(?:-?\p{Lu}\.)*(?:,|\s+(?:and|&)\s)/u.test(s)) ||
      /^\p{Lu}{2,}(?:[\s'’-]\p{Lu}{2,})?\s\p{Lu}\.(?:\s?\p{Lu}\.){0,2}$/u.test(s) ||
      (!!etAl && /\s(?:\p{Lu}\.)+$/u.test(s)));
  // ABNT ends the block with a period: "…; FAGUNDES, Moser." drops it after a word, "LUCK, M.." keeps one after an initial.
  // So does a BibTeX-like "Family, Given and Family, Given." (two or more whole names, one comma each).
  if (
    form === 'surname-given' &&
    (/^\p{Lu}{2,}(?:[\s'’-]\p{Lu}{2,})*,/u.test(s) || INVERTED_WHOLE_NAMES.test(s) || INVERTED_WHOLE_NAME.test(s) || commaInvertedNames(s))
  )
    s = s.replace(/(\p{Ll}{2}|\p{Lu}{3})\.$/u, '$1').replace(/(?<=\p{Lu})\.\.$/u, '.');
  // "MacFadyen, AC; Paterson, GK.", "Mahony, CB, Higgs, M, Monteiro, R.": after undotted initials the period ends the
  // block, it is not an initial's.
  const undottedInitialEnd =
    form === 'surname-initials' &&
    /,\s*\p{Lu}{1,3}(?:-\p{Lu})?\.$/u.test(s) &&
    (s.includes(';') ? /,\s*\p{Lu}{2,3}(?:[;,]|\.$)/u.test(s) : /,\s*\p{Lu}{2,3}(?:,|\s+(?:and|&)\s)/u.test(s)) &&
    !/\p{Lu}\.(?!$)/u.test(s);
  // "Wang J. et al." read given-first: before "et al." the period is the initial's ("J. Wang"), not the names' end.
  const lastInitialDotted = form === 'given' && !!etAl && /\s\p{Lu}\.$/u.test(s);
  // "A.-S. Bonnet-Ben Dhia, C. Carvalho, P. Ciarlet Jr.": in a list that dots its initials the period is the generation's own.
  s = s.replace(/[.,;]\s*$/, (m, at: number) =>
    m.trim() === '.' && /\s(?:Jr|Sr)$/.test(s.slice(0, at)) && /\p{Lu}\.\s/u.test(s.slice(0, at))
      ? '.'
      : form === 'given' || (form === 'vancouver' && !dottedVancouver) || undottedInitialEnd
        ? ''
        : m.trim() === '.'
          ? '.'
          : '',
  );
  if (!s) return null;
  if (s.length > 4000) return DEAD;
  // A failure on an item before the last `tail` items is final for every longer prefix.
  // So is one on an item already too long to be a name: a longer prefix only makes the last item longer.
  const fail = (index: number, count: number, tail: number, item?: string) =>
    index < count - tail || (item !== undefined && (item.length > 60 || item.split(' ').length > 7)) ? DEAD : null;
  let names: string[];
  // Odd names met (see `oddNameItem`), read as written: a long list may hold a few ("Estradivari", "Kuo C-y").
  let odd = 0;
  if (form === 'given') {
    // An item written "Gholami A" among given-first names is reordered as Vancouver names are; not "Weisheng LU" in a
    // list that writes family names in capitals ("Frank Ato GHANSA").
    const split = s
      // French "J. Gravier et M. Barthelemy": a lower-case "et" is "and" ("ET Shea-Brown" is a name); so are Spanish "y",
      // Portuguese and Italian "e", German "und", Dutch "en", Scandinavian "och" / "og", Turkish "ve", and French "avec la
      // collaboration de".
      .replace(NAME_CONJUNCTION_OTHER_LANGUAGES, ', ')
      // "GODIN Gaston (Éd.), BÉLANGER-GRAVEL Ariane": the editor's mark after one name.
      .replace(EDITOR_MARK_IN_LIST, '')
      .split(/\s*(?:,\s*(?:and|&)\s+|;\s*(?:(?:and|&)\s+)?|[,，]\s*|\s+(?:and|&|∙)\s+)\s*/i)
      .map(cleanName)
      .filter(Boolean);
    // "Ran Li, Wang, Minxian, Li Jin, and Yungang He" (a CV that writes the owner's name inverted): one name written
    // "Family, Given" among two or more written given-first is one name, not two one-word ones.
    const inverted = split.flatMap((n, j) =>
      j + 1 < split.length &&
      /^\p{Lu}[\p{Ll}'’-]+$/u.test(n) &&
      isFamily(n) &&
      /^\p{Lu}[\p{Ll}'’-]+$/u.test(split[j + 1]!) &&
      isGivenNames(split[j + 1]!)
        ? [j]
        : [],
    );
    // Until two such names are read, a longer block may still read so: a failure here is not final.
    const invertedPending = inverted.length === 1;
    if (
      inverted.length === 1 &&
      split.filter((n, j) => j !== inverted[0] && j !== inverted[0]! + 1 && n.includes(' ') && isGivenFirst(n)).length >= 2
    )
      split.splice(inverted[0]!, 2, `${split[inverted[0]! + 1]} ${split[inverted[0]!]}`);
    // "FRANK, Blye W" among "CHAMBERLAND Line" names: one family name in capitals with a comma after it (not ABNT's
    // "MENEGUZZI, Felipe; TELANG, Pankaj", where every name has one).
    const withoutComma = split.some((n) => (upperFamilyThenGiven(n) ?? n) !== n);
    for (let j = 0; withoutComma && j + 1 < split.length; j++) {
      const joined = `${split[j]} ${split[j + 1]}`;
      if (UPPER_FAMILY_WORD.test(split[j]!) && !TITLE_WORD.test(split[j]!) && (upperFamilyThenGiven(joined) ?? joined) !== joined)
        split.splice(j, 2, joined);
    }
    // "Irina S. STEPANCHIKOVA": initials may stand between them.
    const upperWords = split
      .flatMap((n) => /\p{Ll}(?:\s\p{Lu}\.)*\s+(\p{Lu}{2,})$/u.exec(n)?.[1] ?? (n.includes('.') ? (upperFamilyAfterInitials(n) ?? []) : []))
      .filter((w): w is string => !!w);
    // Not in a list of undotted initials before family names ("Moscoso JE, RE Tripoli, SA Hill"): "JE" is initials there.
    const initialsFirst = split.some((n) => /^\p{Lu}{1,3}\s\p{Lu}\p{Ll}/u.test(n));
    const upperFamilies = upperWords.length > 0 && !initialsFirst && upperWords.every(hasVowelsAndConsonants);
    const givenFirstAmong = split.some(
      (n) =>
        /^(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\.?)?)\s\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(n) &&
        !CAPITALISED_PARTICLE.test(n.split(' ')[0]!),
    );
    // "Anish Mathew, Deepak P, Sahely Bhadra", "Suvorit Bhowmick, Kanchana Pillai, Divya MR": among more names written
    // given first in full than "Word P" ones, an initial after a given name is the family's (South Indian names), as written.
    const givenThenInitial = (n: string) => /^\p{Lu}[\p{Ll}\p{M}'’-]+\s+\p{Lu}{1,3}$/u.test(n);
    const fullGivenFirst = split.filter((n) => /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(n)).length;
    const initialAfterGiven = fullGivenFirst >= 2 && fullGivenFirst > split.filter(givenThenInitial).length;
    const initialKept = (n: string) => initialAfterGiven && givenThenInitial(n) && !TITLE_WORD.test(n.split(' ')[0]!);
    const items = split
      .map((n, j) => {
        if (initialKept(n)) return n;
        // "Zurita-Gotor P": a hyphenated family name too. Among names given first ("Siobhan M McAteer, Waltzing BM, Van
        // Caenegem EE", "RM Hardwick, McAllister CJ"), a family name with a particle before it or a capital inside as well
        // (not in a block of Vancouver names alone, which the Vancouver form reads).
        const m = upperFamilies
          ? null
          : (/^(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*)\s+(\p{Lu}{1,2})$/u.exec(n) ??
            (givenFirstAmong
              ? /^((?:Van|De|Del|Di|Da|Du|Le|La)\s\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+)\s+(\p{Lu}{1,2})$/u.exec(n)
              : null));
        // Not after undotted names ("Kashnitsky I, Gunko M."): there the period ends the block.
        const dot =
          lastInitialDotted && j === split.length - 1 && m?.[2]!.length === 1 && split.slice(0, -1).every((o) => /\p{Lu}\./u.test(o))
            ? '.'
            : '';
        return m && !TITLE_WORD.test(m[1]!) ? `${m[2]}${dot} ${m[1]}` : n;
      })
      // "GS Boebinger PC Canfield" (a comma missing between initials-first names) is two names.
      .flatMap((n) => (/^\p{Lu}{1,3}\s\p{Lu}\p{Ll}+(?:\s\p{Lu}{1,3}\s\p{Lu}\p{Ll}+)+$/u.test(n) ? n.split(/\s(?=\p{Lu}{1,3}\s)/u) : [n]))
      // "J. Kodet U. Hugentobler" (a line break where the comma was) is two names too.
      .flatMap((n) =>
        /^(?:\p{Lu}\.\s?-?)+\p{Lu}[\p{Ll}'’-]+(?:\s(?:\p{Lu}\.\s?-?)+\p{Lu}[\p{Ll}'’-]+)+$/u.test(n)
          ? n.split(/\s(?=(?:\p{Lu}\.\s?-?)+\p{Lu}[\p{Ll}'’-])/u)
          : [n],
      );
    // "MAKINO KEIICHIRO, AKASAKA TAKESHI, Tanabe Yasutada": romanised Japanese names in capitals among names written
    // otherwise (never a block of capitals alone, which may be a venue's acronyms).
    const romanisedUpper = (n: string) =>
      /^\p{Lu}{3,}(?: \p{Lu}{3,}){1,2}$/u.test(n) &&
      n.split(' ').every((w) => /[AEIOU]/.test(w) && /[^AEIOU]/.test(w) && !TITLE_WORD.test(w));
    const mixedCase = items.some((n) => /\p{Ll}|\p{Script=Han}/u.test(n));
    // "WANG Hua-wei", "LI Zhi-peng", "DANG Wei": a Chinese name, the family name first in capitals, the given name in pinyin.
    const upperFamilyFirst = (n: string) => {
      const m = /^(\p{Lu}{2,6}) (\p{Lu}\p{Ll}{1,5}(?:-\p{Ll}{2,5})?)$/u.exec(n);
      return !!m && /[AEIOU]/.test(m[1]!) && /[^AEIOU]/.test(m[1]!) && !TITLE_WORD.test(m[1]!) && !TITLE_WORD.test(m[2]!);
    };
    // A block that writes its names family first in capitals ("BÉLAND François, ROY Mathieu et GUAY Maryse"): half of
    // them or more read so, one only so (in it "ROY Mathieu" and "GUAY Maryse" are no initials before a given name).
    const familyFirst =
      items.some((n) => !isGivenFirst(n, upperFamilies) && !isGroupAuthor(n) && (upperFamilyThenGiven(n) ?? n) !== n) &&
      items.filter((n) => upperFamilyThenGiven(n, true)).length * 2 >= items.length;
    // "Marcelino I, Chavez A, …, Vachiéry N. Protozoal and …": in a block of Vancouver names, "Family I. Word" is the last
    // name run into the title's first word, not a name given first.
    const vancouverShaped = split.filter((n) => /^\p{Lu}[\p{Ll}\p{M}'’-]+\s+\p{Lu}{1,3}$/u.test(n)).length;
    const runIntoTitle = (n: string) =>
      !upperFamilies && vancouverShaped * 2 > split.length && /^\p{Lu}\S+ \p{Lu}\.(?: \p{Lu}\p{Ll}+)+$/u.test(n);
    const bad = items.findIndex(
      (n) =>
        runIntoTitle(n) ||
        (!isGivenFirst(n, upperFamilies) &&
          !initialKept(n) &&
          !(fullGivenFirst >= 3 && FUSED_GIVEN_FAMILY.test(n)) &&
          !isGroupAuthor(n) &&
          !(mixedCase && romanisedUpper(n)) &&
          !upperFamilyFirst(n) &&
          !(familyFirst && upperFamilyThenGiven(n, true))),
    );
    if (items.length === 0) return null;
    // One name the rules do not know among four or more that they do ("Xi"), away from the block's ends (where a venue
    // tag or the title may stand), in a block with no acronym ("TVCG", "HIV" of a title's words), is a name written
    // oddly: it stays as written.
    const oddOne =
      bad > 0 &&
      items.length >= 4 &&
      bad < items.length - 2 &&
      !items.some((n) => /\p{Lu}{3}/u.test(n)) &&
      /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s[\p{L}\p{M}'’.-]+){0,3}$/u.test(items[bad]!) &&
      items.every((n, j) => j === bad || n !== items[bad]) &&
      items.slice(bad + 1).every((n) => isGivenFirst(n, upperFamilies) || isGroupAuthor(n) || initialKept(n));
    if (oddOne && !oddNameAllowed) oddNameSeen = true;
    if (bad >= 0 && !(oddOne && oddNameAllowed)) return invertedPending ? null : fail(bad, items.length, 1, items[bad]);
    names = familyFirst ? items.map((n) => upperFamilyThenGiven(n, true) ?? n) : items;
  } else if (form === 'vancouver') {
    const items = s
      .split(/\s*(?:,\s*(?:and|&)\s+|;\s*|,\s*|\s+(?:and|&)\s+)\s*/i)
      .map(cleanName)
      .filter(Boolean);
    names = [];
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (isGroupAuthor(it)) {
        names.push(it);
        continue;
      }
      // "Petricoin EF 3rd", "Smith JA Jr": a generation suffix after the initials stays after the family name.
      // "Cai H S": initials written apart. "Moraes SPCB": four given names (Portuguese names often have that many). "Singh
      // R.K": dotted initials whose last period the page left out; "Gorbunov MY.": undotted ones with a period after them.
      const m =
        /^(.+?)\s+(\p{Lu}{1,4}(?:-\p{Lu})?|(?:\p{Lu}\.-?){1,3}|\p{Lu}(?:\.\p{Lu}){1,2}|\p{Lu}{2,3}\.|\p{Lu}(?:\s\p{Lu}){1,2}|\p{Lu}\.(?:\s\p{Lu}\.){1,2})(?:\s+(Jr\.?|Sr\.?|II|III|IV|2nd|3rd|[4-9]th))?$/u.exec(
          it,
        );
      const initials = m?.[2] ?? '';
      if (
        !m ||
        !(isFamily(m[1]!) || upperFamilyBeforeDottedInitials(m[1]!, initials)) ||
        !(
          BARE_INITIALS.test(initials) ||
          INITIALS.test(initials) ||
          /^\p{Lu}(?:\s\p{Lu})+$/u.test(initials) ||
          SPACED_DOTTED_INITIALS.test(initials) ||
          /^\p{Lu}{2,3}\.$/u.test(initials)
        )
      ) {
        // "Mathioudakis NN, …, McGready J, Zilbermint, M, Saria,S, Golden, SH" (hand-typed lists): after names in the form,
        // a comma between a family name and its bare initials, the last name's too.
        if (names.length > odd && isFamily(it) && i + 1 < items.length && BARE_INITIALS.test(items[i + 1]!)) {
          names.push(`${items[++i]} ${it}`);
          continue;
        }
        if (i === items.length - 1 || !oddNameItem(it, i)) return fail(i, items.length, 1, it);
        if (!oddNameAllowed) oddNameSeen = true;
        odd++;
        // "Sun, Y" (a comma between the family name and its initials) is one name.
        const split = isFamily(it) && BARE_INITIALS.test(items[i + 1]!) && i + 2 < items.length;
        const initialsLast = /^(.+?)\s+(\p{Lu}[\p{L}-]{0,3}\.?)$/u.exec(it);
        names.push(split ? `${items[++i]} ${it}` : initialsLast ? `${initialsLast[2]} ${withoutFamilyPeriod(initialsLast[1]!)}` : it);
        continue;
      }
      names.push(m[3] ? `${m[2]} ${m[1]} ${m[3]}` : `${m[2]} ${m[1]}`);
    }
  } else {
    // Surname first. With ";" or " and " between whole names each piece holds one comma; otherwise pieces pair up.
    // French "SUÁREZ-HERRERA, José Carlos et BLAIN, Marie-Jeanne": a lower-case "et" before a name is "and".
    // Chicago in Portuguese, Spanish, Italian, German: "Amaral, Fernando, e P. G. Rabelo", "…, y J. Pérez", "…, und K. Beck";
    // the comma left out, as German and Dutch write it before the last name (a whole one, closing the block; German nouns
    // are capitalised too): "Straube, Till und Seyram Avle", "…, Katharina en Pim Huijnen".
    s = s.replace(/,\s+(?:e|y|und|et|en)\s+(?=\p{Lu})/gu, ', and ');
    if (INVERTED_FIRST_NAME.test(s)) s = s.replace(LAST_NAME_AFTER_BARE_CONJUNCTION, ' and ');
    s = s.replace(INVERTED_NAMES_BARE_CONJUNCTION, '; ');
    // "OLIVEIRA, Caroline, COSTA, Mônica e AIKAWA, Monica" (ABNT, commas for semicolons): the last upper-case family name
    // after a bare "e".
    if (UPPER_FAMILY_OPENING.test(s)) s = s.replace(UPPER_FAMILY_AFTER_BARE_CONJUNCTION, s.includes(';') ? '; ' : ', ');
    // "Iles, David T., Dorian, Nicholas, N., and Crone, Elizabeth E.": a comma typed before a given name's middle initial.
    if (form === 'surname-given' && LONE_INITIAL_ITEM.test(s)) s = withGivenNameCommaInitial(s);
    const pieces = s
      .replace(/(?<=\p{Ll}|\.)\s+et\s+(?=\p{Lu}[\p{L}'’-]+,)/gu, ' and ')
      .split(/\s*(?:;\s*(?:and\s+|&\s*)?|,?\s+(?:and|&)\s+|,\s*&\s*)\s*/i)
      .map((p) => p.trim())
      .filter(Boolean)
      // "LUCK Michael" among ABNT names: the comma left out after an upper-case family name.
      // "TOMAZELLA Vera L. D." too, initials after the given name.
      .map((p) => (form === 'surname-given' ? p.replace(/^(\p{Lu}{2,}) (?=\p{Lu}\p{Ll}+(?: \p{Lu}\.)*$)/u, '$1, ') : p));
    const commas = (p: string) => (p.match(/,/g) ?? []).length;
    // "Zhan, Yafeng and Wei, Jianze and Liang, Jian, He, Ran and Wang, Zheng" (BibTeX's whole names joined by "and", one
    // "and" written as a comma; "…, Camplani, Massimo and Vinery Jason and Boddy, James", one name without its comma):
    // among three or more whole names, a piece of two names is two, and one of two words is an odd name.
    if (form === 'surname-given' && pieces.length >= 3 && pieces.filter((p) => commas(p) === 1).length >= 3) {
      const byName = pieces.flatMap((p) => (commas(p) === 3 ? p.split(/(?<=^[^,]*,[^,]*),\s*/) : [p]));
      // The period that ends the block, after a given name (as INVERTED_WHOLE_NAMES drops it above).
      byName.push(byName.pop()!.replace(/(\p{Ll}{2})\.$/u, '$1'));
      const noComma = byName.filter((p) => commas(p) === 0);
      if (noComma.length === 0 || noComma.every((p) => /^\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+$/u.test(p) && oddNameItem(p))) {
        if (noComma.length > 0 && !oddNameAllowed) oddNameSeen = true;
        odd += noComma.length;
        pieces.splice(0, pieces.length, ...byName.map((p) => (commas(p) === 0 ? p.replace(' ', ', ') : p)));
      }
    }
    const wholeNames = pieces.every((p) => commas(p) === 1);
    const items = wholeNames ? pieces.flatMap((p) => p.split(/\s*,\s*/)) : s.split(NAME_SEPARATORS).filter(Boolean);
    // APA 7 "Coleman, T. J., III, & Uzdavines, A.": a generation as an item of its own after the initials goes with the
    // family name ("Fisher III", as isFamily reads it).
    if (form === 'surname-initials')
      for (let k = items.length - 1; k >= 2; k--)
        if (GENERATION_ITEM.test(items[k]!.trim()) && INITIALS.test(cleanName(items[k - 1]!)) && isFamily(cleanName(items[k - 2]!), true))
          items.splice(k - 2, 3, `${items[k - 2]!.trim()} ${items[k]!.trim()}`, items[k - 1]!);
    // "MENEGUZZI, F.R., ZORZO, Avelino Francisco, MÓRA, Michael": ABNT names with commas for semicolons invert every name.
    const upperFamilies =
      items.length >= 4 &&
      items.length % 2 === 0 &&
      items.every((it, j) => j % 2 === 1 || UPPER_FAMILY_WORD.test(cleanName(it).split(' ').pop()!));
    // ABNT mixes "MENEGUZZI, F. R." among "ZORZO, Avelino Francisco": initials after an upper-case family name.
    // Lattes CV exports write given names in capitals too ("TOMAZELLA, VERA": a name, not four initials) and drop an
    // initial's period ("GRANZOTTO, D").
    // "Pugnaloni, Luis A.; Kramár, M.; Socolar, Joshua E. S." (BibTeX data as typed): among whole names, some with their
    // given names in full, a name with initials alone is one too. The last name's given names do not count: a venue may
    // run on after its initials ("…; Zhu, R. Nat. Catal").
    const givenInFull =
      form === 'surname-given' &&
      wholeNames &&
      items.some((it, j) => j % 2 === 1 && j < items.length - 1 && /(?:^|\s)\p{Lu}\p{Ll}+(?=\s|$)/u.test(cleanName(it)));
    const givenOk = (given: string, family: string) => {
      // "Guzmán, JA., Cordero, RA.": undotted initials with one period after them.
      // "Oortwijn, W. Ph.D. Thesis": the degree of a thesis's venue, not the initials "Ph." and "D.".
      if (form === 'surname-initials')
        return (
          !/\sPh\.D\.?$/.test(given) &&
          (INITIALS.test(given) || BARE_INITIALS.test(given) || /^\p{Lu}{2,3}\.$/u.test(given) || initialsThenParticle(given))
        );
      const upperFamily = UPPER_FAMILY_WORD.test(family.split(' ').pop()!);
      return (
        isGivenNames(given, upperFamily) &&
        (!wholeNames ||
          givenInFull ||
          (!INITIALS.test(given) && !BARE_INITIALS.test(given)) ||
          ((INITIALS.test(given) || BARE_INITIALS.test(given)) && upperFamily))
      );
    };
    names = [];
    // Chicago inverts only the first name ("Cai, Wei, Maria de Moya, and John Lee"); BibTeX-like lists invert all.
    let pairs = form === 'surname-given' && !wholeNames && !upperFamilies && !commaInvertedNames(s) ? 1 : items.length / 2;
    if (form === 'surname-given' && !wholeNames && items.length < 3) return null;
    // Chicago's first name has its comma ("Cai, Wei, Maria de Moya, and John Lee"), not an "and": "Comparing and
    // Combining Read Miss Clustering and Software Prefetching" is a title.
    if (form === 'surname-given' && pairs === 1 && !s.includes(',')) return null;
    let i = 0;
    let givenFirstFrom = 2;
    for (; i + 1 < items.length && i / 2 < pairs; i += 2) {
      // "Yamamoto, K., RACI Consortium, Price, A. L.": a group author stands alone among inverted names.
      if (form === 'surname-initials' && isGroupAuthor(cleanName(items[i]!))) {
        names.push(cleanName(items[i]!));
        i--;
        continue;
      }
      // "Unuma, T., H. Yamauchi, and T. Kato, 2025:" (AMS): only the first name inverted, the others given first; or the
      // first few, as a list merged from two styles writes them ("Meng, G., Jiang, Q., Fu, K. , B. Lin, C. Lu, and Z. Chen").
      if (form === 'surname-initials' && i >= 2 && items.slice(i).every((it) => isGivenFirst(withoutListPeriod(cleanName(it))))) {
        givenFirstFrom = i;
        break;
      }
      // "Mathis, M., Van Langevelde F., Burghardt, T.", "Zeng H.*, Fu J.": a name written without the comma after its family
      // name, among inverted ones.
      // "Buckner MA, White, EL, Howard, TG": undotted initials too, before names inverted with undotted initials.
      const nextBare = i + 2 < items.length && isFamily(cleanName(items[i + 1]!)) && BARE_INITIALS.test(cleanName(items[i + 2]!));
      // "Kanold, P. O., Goff LA, Kim, J.": the owner's name in Vancouver form (two or three capitals) among dotted ones.
      const ownVancouver = /\s\p{Lu}{2,3}$/u.test(cleanName(items[i]!));
      const noComma = form === 'surname-initials' ? familyThenInitials(cleanName(items[i]!), true, nextBare || ownVancouver) : null;
      // "Teong S. P.; Chan S. P.; Zhang, X.": two such names in a row.
      // "…, Rehkopf D.H., Basu S." closing the list: the last of them has no item after it.
      const nextInverted =
        (i + 2 < items.length &&
          ((isFamily(cleanName(items[i + 1]!)) && INITIALS.test(cleanName(items[i + 2]!))) ||
            nextBare ||
            familyThenInitials(cleanName(items[i + 1]!), true))) ||
        (i > 0 && i + 2 === items.length && !!familyThenInitials(cleanName(items[i + 1]!)));
      if (noComma && nextInverted) {
        names.push(noComma);
        i--;
        continue;
      }
      // "Agnetis A., H. Kellerer, G. Nicosia": AMS's first name inverted without its comma, the others given first (a
      // prefix that ends inside the last name may still grow into one).
      const givenFirstItem = (it: string) => isGivenFirst(withoutListPeriod(cleanName(it)));
      if (noComma && i === 0 && items.length >= 2 && items.slice(1, -1).every(givenFirstItem)) {
        if (!givenFirstItem(items[items.length - 1]!)) return null;
        names.push(noComma);
        givenFirstFrom = i = 1;
        break;
      }
      const family = cleanName(items[i]!);
      const given = cleanName(items[i + 1]!);
      // "Stewart, J. L. Gonza Inlago, & G. Prado Ayala": the comma left out after the first name's initial; the next
      // name, given first, follows it (the first inverted, the others not, as AMS lists write them).
      const runOn = form === 'surname-initials' && i === 0 ? /^(\p{Lu}\.)\s+(\S.*)$/u.exec(given) : null;
      if (runOn && isFamily(family, true) && /\p{Lu}\p{Ll}{2}/u.test(runOn[2]!) && isGivenFirst(runOn[2]!)) {
        names.push(`${runOn[1]} ${family}`, runOn[2]!);
        continue;
      }
      // "Baolei Lyu, Yuzhong Zhang, and Yongtao Hu": two whole names given first are two people, not "Lyu, Baolei".
      if (form === 'surname-given' && pairs === 1 && family.includes(' ') && isGivenFirst(family) && isGivenFirst(given)) return null;
      if (!isFamily(family, true) || !givenOk(given, family)) {
        // A longer prefix may still end in AMS's given-first names (its last item is an initial now).
        if (form === 'surname-initials' && i === 2 && isGivenFirst(family)) return null;
        // "Harrison, S. Holland, M., Lambrinos, J. Malvadkar, R.": the comma left out between two inverted names, after
        // the first one's initials (the next item the second one's initials).
        const runTogether = form === 'surname-initials' ? RUN_TOGETHER.exec(given) : null;
        const next = i + 2 < items.length ? cleanName(items[i + 2]!) : '';
        if (
          runTogether &&
          isFamily(family, true) &&
          isFamily(runTogether[2]!) &&
          (INITIALS.test(next) || BARE_INITIALS.test(next) || RUN_TOGETHER.test(next))
        ) {
          items.splice(i + 1, 1, runTogether[1]!.trim(), runTogether[2]!);
          pairs = items.length / 2;
          names.push(`${runTogether[1]!.trim()} ${family}`);
          continue;
        }
        // An odd name among inverted ones, before a name that reads: one item ("Kentgens", "Russell. L", "Holmes;") or a
        // pair ("Mullins, Alex", "Vink., G.").
        const pairReads = (j: number) =>
          j + 1 < items.length && isFamily(cleanName(items[j]!), true) && givenOk(cleanName(items[j + 1]!), cleanName(items[j]!));
        const oddAlone = form === 'surname-initials' && oddNameItem(family, i) && pairReads(i + 1);
        const oddPair = form === 'surname-initials' && !oddAlone && oddNameItem(family, i) && oddNameItem(given) && pairReads(i + 2);
        if (oddAlone || oddPair) {
          if (!oddNameAllowed) oddNameSeen = true;
          odd++;
          const periodForComma = oddAlone ? FAMILY_PERIOD_INITIALS.exec(family) : null;
          names.push(periodForComma ? `${periodForComma[2]} ${periodForComma[1]}` : oddAlone ? family : `${given} ${family}`);
          if (oddAlone) i--;
          continue;
        }
        // Initials alone among whole names that semicolons separate: a longer block may still show given names in full
        // (see `givenInFull`).
        if (form === 'surname-given' && wholeNames && !givenInFull && s.includes(';') && isFamily(family, true) && INITIALS.test(given))
          return null;
        return fail(i, items.length, 3, i + 2 >= items.length ? `${family} ${given}` : undefined);
      }
      // "Berg, A. van den." before the title: the period ends the block, not a particle's abbreviation.
      // "NADARAJAH, SARALEES.;": a stray period after a given name in capitals.
      // "Collins, AGE and Frank, MJ. (2014)": the block's period after the last two or three initials, where the others have
      // none (a lone "Hodgkinson, A." keeps its period).
      const blockPeriod = i + 2 === items.length && i >= 2 && undottedGivens(items.slice(1, i).filter((_, j) => j % 2 === 0));
      // "Manahan, M. Jr.": the generation written after the initials goes after the family name ("M. Manahan Jr.").
      const generation = /^(.+?)\s+((?:Jr|Sr)\.?)$/.exec(given);
      if (generation && INITIALS.test(generation[1]!)) {
        names.push(`${generation[1]} ${family} ${generation[2]}`);
        continue;
      }
      names.push(
        `${initialsThenParticle(given) ? given.replace(/(\p{Ll}{2})\.$/u, '$1') : given.replace(blockPeriod ? /(?<=^\p{Lu}{2,3})\.$/u : /(?<=\p{Lu}{3})\.$/u, '')} ${family}`,
      );
    }
    // "Cuddington, K., Currie, W. and M. Koops": the last name, after "and", written given name first.
    if (form === 'surname-initials' && i === items.length - 1 && /\s(?:and|&)\s+[^,]+$/.test(s)) {
      const last = withoutListPeriod(cleanName(items[i]!));
      if (isGivenFirst(last)) {
        names.push(last);
        i++;
      }
    }
    // "…; de Müllenheim, P.-Y.; on behalf of the SOCOS Group" (medical papers): a group closing two or more inverted
    // names, that says so or is named by its acronym, digits and all ("… & GERAD1 Consortium"; not a title's "Lightweight
    // Super-Resolution With … Network").
    const closingGroup = i === items.length - 1 && i >= 4 ? cleanName(items[i]!).replace(/\.$/, '') : '';
    // APA's "…, Bartlett, J. E., … & FORRT.": a body named by its acronym alone, after the closing "&".
    const closingAcronym = /^\p{Lu}[\p{Lu}\d]{2,9}$/u.test(closingGroup) && /(?:&|\band)\s+\p{Lu}[\p{Lu}\d]{2,9}\.?$/u.test(raw.trim());
    if (
      closingGroup &&
      (closingAcronym || (/^(?:on\s+behalf\s+of|for|the)\s|\b\p{Lu}{2,}\d*\b/u.test(closingGroup) && isGroupAuthor(closingGroup)))
    ) {
      names.push(closingGroup);
      i++;
    }
    // "…, Fratzl P." closing the list.
    const lastNoComma =
      form === 'surname-initials' && i >= 2 && i === items.length - 1 ? familyThenInitials(cleanName(items[i]!), false, true) : null;
    if (lastNoComma) {
      names.push(lastNoComma);
      i++;
    }
    if (form !== 'surname-given' && i < items.length && !(form === 'surname-initials' && i === givenFirstFrom))
      return fail(i, items.length, 3);
    for (const givenFirstStart = i; i < items.length; i++) {
      const n = withoutListPeriod(cleanName(items[i]!));
      // Chicago's "…, John C. Maxwell, III, and Ashley Nunes": a generation set off by commas goes with the name before it.
      if (i > givenFirstStart && GENERATION_ITEM.test(n)) {
        names.push(`${names.pop()!} ${n}`);
        continue;
      }
      if (!isGivenFirst(n)) return fail(i, items.length, 1, n);
      names.push(n);
    }
  }
  if (names.length === 0) return null;
  // A longer block may hold more names to bear its odd ones: the reading is not final.
  if (odd > 0 && (!oddNameAllowed || !oddNamesFit(odd, names.length))) return null;
  return { names: [...names, ...including], truncated };
}

/**
 * "Nagler, Brock, and Palm", "Rundel, Kobialka, von Crailsheim, and Li": family names alone (one or two words each, no
 * initials), as some lists write their authors; only read where the list is known to write them so.
 */
export function readFamilyNames(raw: string): AuthorBlock | null {
  let s = raw.replace(/[.,;:]\s*$/, '').trim();
  const etAl = ET_AL.exec(s);
  if (etAl) s = s.slice(0, etAl.index).trim();
  const items = s
    .split(/\s*(?:,\s*(?:and|&)\s+|,\s*|\s+(?:and|&)\s+)\s*/i)
    .map(cleanName)
    .filter(Boolean);
  if (items.length === 0 || items.length > 40) return null;
  const family = (n: string) =>
    isFamily(n) && n.split(' ').filter((w) => !isParticle(w)).length <= 2 && /\p{Ll}/u.test(n) && !TITLE_WORD.test(n.split(' ').pop()!);
  return items.every(family) ? { names: items, truncated: !!etAl } : null;
}

/** A generation after a name: "Jr.", "Sr.", "II", "III", "IV". */
const GENERATION_ITEM = /^(?:II|III|IV|Jr\.?|Sr\.?)$/;

/** What separates the items of a surname-first block: commas, semicolons, "and", "&". */
const NAME_SEPARATORS = /\s*(?:,\s*(?:and|&)\s+|[,;]\s*|\s+(?:and|&)\s+)\s*/i;

/**
 * "Ozer, Adam L., Waggoner, Philip D., & Kennedy, Ryan", "Codeço, Cláudia Torres, Coelho, Flávio Codeço": whole names,
 * every one inverted, commas between them as within them. Told from Chicago's "Cai, Wei, Maria de Moya, and John Lee"
 * (the first name inverted only) by its family names, each one word.
 */
function commaInvertedNames(block: string): boolean {
  const s = block.replace(/(?<=\p{Ll}{2})\.$/u, '');
  const names = s.split(NAME_SEPARATORS).map(cleanName);
  if (
    names.length < 4 ||
    names.length % 2 === 1 ||
    !names.every((n, j) =>
      j % 2 === 0 ? /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?$/u.test(n) && isFamily(n) : isGivenNames(n) && /\p{Ll}/u.test(n),
    )
  )
    return false;
  // Family names alone ("Rodemann, Goschenhofer, Dorigatti, and Augustin", "Goldstein, Lau, Deutsch, Brennan") pair up
  // as well: "and" before the last pair, not the last item, tells them apart; without it, a given name of two words or
  // with an initial does.
  const and = /(?:,\s*|\s+)(?:and|&)\s+/i.exec(s);
  if (and) return s.slice(0, and.index).split(NAME_SEPARATORS).length === names.length - 2;
  return names.some((n, j) => j % 2 === 1 && /\s/.test(n));
}

/** Initials of inverted names all written without periods ("Collins, AGE, Cavanagh, JF"): the given-name items. */
function undottedGivens(givens: string[]): boolean {
  return givens.length > 0 && givens.every((g) => BARE_INITIALS.test(cleanName(g)));
}

/** "Van Langevelde F." -> "F. Van Langevelde", "Hwang D.S." -> "D.S. Hwang"; null when the text is not that. */
function familyThenInitials(item: string, upperCase = false, undotted = false): string | null {
  const m = (undotted ? /^(.+?)\s+((?:\p{Lu}\.\s?-?){1,3}|\p{Lu}{1,3})$/u : /^(.+?)\s+((?:\p{Lu}\.\s?-?){1,3})$/u).exec(item);
  return m && isFamily(m[1]!, upperCase) ? `${m[2]!.trim()} ${m[1]}` : null;
}

/**
 * The statuses of a paper not yet out, in the words lists write where its year or its venue would stand ("(in press)",
 * "Submitted to Ecology", "Title? submitted."): the English words every status list below builds on, each use adding
 * its context's own (a preprint, the languages, "in prep.").
 */
export const PAPER_STATUS =
  'in press|in print|forthcoming|to appear|accepted|submitted|under review|in review|(?:in|under) revision|in preparation';

/**
 * A status a paper shows in place of its year: "In preparation", "under review", "In review – Ecosphere", "Accepted at …",
 * "To appear in: <em>Journal</em>".
 */
export const UNPUBLISHED =
  /\((?:preprint|preregistration)\)|\bin prep(?:\.|(?=\)))|\b(?:in preparation|in submission|in review|under review|(?:in|under) revision|submitted (?:to|at)|accepted (?:at|in|by|for)|to appear in|in press|in print|forthcoming|in vorbereitung|im druck|im erscheinen|eingereicht|à paraître|en prensa|no prelo|in stampa|sous presse|en preparaci[oó]n|em prepara[çc][ãa]o)\b/i;

// ------------------------------------------------------------------ the reference

/** A plausible publication year, as a regex source. */
export const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
/**
 * A status written in parentheses in a reference's year place ("(in press)", "(under review)"; "(due YEAR)" is added by
 * each pattern with its own year): YEAR_MARK reads the year's place with it, BLOCK_END ends an author block before it.
 * The other status lists differ on purpose and are not built from it: UNPUBLISHED finds a status anywhere in an entry
 * ("submitted to", "accepted at"), YEAR_MARK_TAIL is the year's place between names and a marked title (no "(n.d.)",
 * "(preprint)", "(in prep.)"), generic.ts's STATUS_IN_YEAR_PLACE a list's own marks ("(accepted)", "(to appear)").
 */
const STATUS_IN_PARENS =
  'in press|forthcoming|n\\.d\\.|preprint|preregistration|(?:(?:manuscript|paper|article|work) )?(?:under review|in review|(?:in|under) revision|in preparation|in progress|submitted)|in prep\\.?|' +
  // Spanish, Portuguese, Italian, French, German.
  'en prensa|en preparaci[oó]n|en revisi[oó]n|no prelo|em prepara[çc][ãa]o|in (?:corso di )?stampa|in preparazione|sous presse|à paraître|en préparation|im druck|in vorbereitung|eingereicht';
/**
 * APA "(2020)." "(2020a)." "(2020, May 3)." "(in press)." "(in prep):" "(under review)." "(under review at Journal)." "(due 2027)." "(to appear 2020)."; ACM ". 2020."; OpenScholar's Chicago ". 11/4/2019."; AMS ", 2020:";
 * a status in the year's place, "Names. in review. Title.", "Straube, Till und Seyram Avle. Eingereicht. Title.", a
 * placeholder for a year to come ("Names. XXXX. Title. Submitted."); a month
 * abbreviated before the author-date year, "Names. Jan 2022. Title." (not Hugo Academic's "February 2020 Journal" line)
 */
const YEAR_MARK = new RegExp(
  `^\\s*[.,]?\\s*\\(\\s?(?:(?:to appear|in press|forthcoming|accepted)[,\\s]+)?(${YEAR})(?:[a-z]|\\+)?(?:,\\s*[^)]{1,30}|\\s+${MONTH_NAME}\\.?(?:\\s+\\d{1,2})?)?\\)[.,:]?(?:\\s+|(?=["“]))|^\\s*[.,]?\\s*\\(${MONTH_NAME}\\.?,?\\s+(${YEAR})\\)[.,:]?\\s+|^\\s*[.,]?\\s*\\((?:${STATUS_IN_PARENS}|due ${YEAR})(?:\\s+(?:at|to|in|for|with)\\s+[^()]{2,120})?\\)[.,:]?\\s+|^\\s*[.,]?\\s*(?:in prep(?:aration)?|in review|under review|in press|submitted|forthcoming|eingereicht|im druck|in vorbereitung|xxxx)\\.\\s+(?=[A-Z"“])|^\\s*[.,]?\\s*(?:\\d{1,2}/){0,2}(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?\\s+)?\\[?(${YEAR})[a-z]?\\]?\\.\\s+|^\\s*,\\s*(${YEAR})[a-z]?:\\s+|^\\s*,?\\s*(${YEAR})[a-z]?(?:,\\s+(?=[A-Z"“„«])|\\s+(?=["“„«]))`,
  'i',
);

interface Split {
  block: AuthorBlock;
  form: NameForm;
  rest: string;
  year?: number;
  /** The names ended at a comma before a sentence-like part ("Ed Bueler, An exact solution to …, preprint, 2007"). */
  commaParts?: boolean;
}

/**
 * "…, and H. Liao, Title", "…, and Rycroft, C. H., Title", "… Monbet V. and Derbré F., 13th Meeting" (after the comma);
 * "… and Y. Shin, tLaSDI: …" (a title opening with a word like "mRNA").
 */
const LAST_NAME_AFTER_AND =
  /,\s+(?:and|&)\s+(?:\p{Lu}[\p{L}'’-]+,\s*(?:\p{Lu}\.\s?-?)+|(?:(?:\p{Lu}\.\s?-?)+\s*|\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s?)+)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?|\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.-?)+)(?=,\s+(?:\p{Lu}|\p{Ll}{1,2}\p{Lu}|\d{1,3}(?:st|nd|rd|th)\s))/u;
/** The same after names that open the text ("S. Chibani and F.-X. Coudert, Phil. Trans."): the comma before "and" may lack. */
const LEADING_LAST_NAME_AFTER_AND = new RegExp(LAST_NAME_AFTER_AND.source.replace(/^,\\s\+/, '(?:,\\s+|\\s+)'), 'u');

/** DBLP's close of an entry: ". ICDCN 2022: 221-224", ". IEEE Access 10: 6109-6125 (2022)". */
const DBLP_TAIL =
  /\.\s+[^.]{2,80}?(?:\b(?:19|20)\d\d:\s*\d+(?:\s*[-–]\s*\d+)?|\d+(?:\(\d+\))?:\s*\d+(?:\s*[-–]\s*\d+)?\s*\((?:19|20)\d\d\))\.?\s*$/;

const NAME_PART = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*";
const GIVEN_NAMES_RUN = new RegExp(`^(?:${NAME_PART}(?:\\s+(?:\\p{Lu}\\.?|${NAME_PART}))?\\s+${NAME_PART}[*†‡#⁺]*,\\s+){3,}`, 'u');

const INITIALLED_NAMES_RUN = /^(?:(?:\p{Lu}\.\s?-?){1,3}\s?\p{Lu}[\p{L}'’-]+[*†‡#]*,\s*){2,}/u;
/** "Desai, P., Levine, M., Albers, D.A., Title, …": inverted names, each closed by a comma after its initials. */
const INVERTED_INITIALLED_RUN = /^(?:\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?-?){1,3},\s+){2,}/u;

/** "Book review: ‘Title’", "Recensie: “Title”": a review's label before the quoted title of the work reviewed. */
const REVIEW_LABEL = '(?:book\\s+review|review|recensie|rezension|compte\\s+rendu)\\s*:\\s*';

const BLOCK_END = new RegExp(
  String.raw`[.:][*†‡§¶✉#+]*\s+|．\s*|(?<=\p{Script=Han})\.(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}“《])|(?<=\((?:eds?|editors?)\.?\))\s+(?=(?:19|20)\d\d)|\s*;\s+|(?<=[他等])[,，]\s*|(?<!(?:^|[\s.,-])\p{Lu})\.,\s+|[:：](?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|：\s*|\s*\((?:19|20)\d\d[a-z+]?[,)\s]|\s*\((?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d\))|\s*\((?:${STATUS_IN_PARENS}|due (?:19|20)\d\d)\)|\s*[,.]?\s*["“„«]|(?:[,.]\s*|\s+)‘|,\s+(?=${REVIEW_LABEL}[‘"“„«])|\s*[,.，、]?\s*[「『]|\s+·\s+|,\s+(?=(?:19|20)\d\d[a-z]?[.:]\s|(?:19|20)\d\d[a-z]?,?\s*["“„«])|(?<=\p{Lu}\.),\s*(?=(?:19|20)\d\d,\s)`,
  'giu',
);

/** Whether `at` is inside "[including Cappozzo, A.]" or "(including …)", the names a page adds after "et al.". */
function insideIncluding(t: string, at: number): boolean {
  return t.lastIndexOf('[including', at) > t.lastIndexOf(']', at) || t.lastIndexOf('(including', at) > t.lastIndexOf(')', at);
}

/**
 * Where an author block may end: before ". ", ": ", an APA/ACM year, a quote, or " · "; at a period glued between Chinese
 * characters ("殷俊,张磊.崇拜与怀疑…[J]": GB/T 7714 written without spaces). At most 40 positions.
 */
function blockEnds(t: string): number[] {
  const ends = new Set<number>();
  for (const m of t.matchAll(BLOCK_END)) {
    if (ends.size >= 40) break;
    if (insideIncluding(t, m.index)) continue;
    // "Hsieh, F.-F. A "fifth" tone in …": an article after the last initial opens the title; the quote after it ends no names.
    if (/["“„«]/.test(m[0]) && /\p{Lu}\.\s+An?$/u.test(t.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "Zhang, X.* ACS Catal.": the marks after a name's last initial stay with the names.
    ends.add(m.index + (/^[.:：]/.test(m[0]) ? /^[.:：][*†‡§¶✉#+]*/.exec(m[0])![0].length : 0));
  }
  // "…, and H. Liao, Title", "…, and Rycroft, C. H., Title" (Copernicus), "…, J. Zhu and H. Dong, Title": the comma
  // after the name that follows "and".
  const last = LEADING_LAST_NAME_AFTER_AND.exec(t);
  if (last) ends.add(last.index + last[0].length);
  // "R. Li, W. Gong*, C. Lu*, Title, Journal. 2022" (IEEE without quotes and without "and"): the comma after a run of
  // initialled names.
  const run = INITIALLED_NAMES_RUN.exec(t);
  if (run && !/^(?:(?:and|&)\s+)?\p{Lu}(?:\.|-\p{Lu}\b)/u.test(t.slice(run[0].length))) ends.add(run[0].replace(/,\s*$/, '').length);
  const inverted = INVERTED_INITIALLED_RUN.exec(t);
  // Not before more names: "and"/"&" and a last one, or another inverted name soon after ("…, Monayar, V., Ezequiel
  // Pozzi Tay, and & Carranza, J. P. Title", "…, Storms, E., Van Gestel, J.").
  if (
    inverted &&
    !/^(?:and|&)\s/.test(t.slice(inverted[0].length)) &&
    !/\p{Lu}[\p{L}'’-]+,\s*\p{Lu}\./u.test(t.slice(inverted[0].length, inverted[0].length + 120))
  )
    ends.add(inverted[0].replace(/,\s*$/, '').length);
  // "Jinpeng Li, Edouard Duchesnay, Mathieu Dubois, Title, Venue" (the same with whole given names): the comma after a
  // run of three or more two- or three-word names, before a part of three words or more that is not one (nor "and" another).
  const given = GIVEN_NAMES_RUN.exec(t);
  const next = given ? /^[^,:;]*?(?=[,:;]|\.(?:\s|\p{Lu})|$)/u.exec(t.slice(given[0].length))![0] : '';
  if (given && words(next) >= 3 && !/^(?:and|&)\s/.test(next) && !readAuthorBlock(next.replace(MARKS, ''), 'given'))
    ends.add(given[0].replace(/,\s*$/, '').length);
  return [...ends].sort((a, b) => a - b);
}

/**
 * A comma-separated part that reads as a sentence, not a name: three words or more, two of them (not particles nor
 * "and") in lower case. "An exact solution to the temperature equation in a column of ice and bedrock". So is a run of
 * Chinese or Japanese characters long enough to be no name.
 */
function isSentencePart(part: string): boolean {
  if (isCjkTitlePart(part.trim())) return true;
  const ws = part.trim().split(/\s+/);
  // "…, MR Spalinger Protein tyrosine phosphatase …": a part that opens with initials opens with a name.
  // "…, (Equal contribution) Title": a part that opens with a parenthesis is a remark.
  if (
    ws.length < 3 ||
    /^(?:and|&|et)\s/i.test(part.trim()) ||
    !/^[\p{Lu}\d"“„«]/u.test(part.trim()) ||
    /^(?:\p{Lu}{1,3}|(?:\p{Lu}\.\s?-?)+)\s+\p{Lu}/u.test(part.trim()) ||
    opensWithYearOrGluedSentence(part.trim())
  )
    return false;
  // "…, Marc Axel Wollmer Is there an association …": a part that opens with a whole name before a capital opens with a name.
  for (let n = 2; n <= 3; n++) if (/^\p{Lu}/u.test(ws[n] ?? '') && readAuthorBlock(ws.slice(0, n).join(' '), 'given')) return false;
  const lower = ws.filter((w) => /^\p{Ll}[\p{Ll}'’-]+$/u.test(w) && w !== 'and' && w !== 'et' && w !== 'al.' && !isParticle(w));
  return lower.length >= 2 && !NAME_FORMS.some((f) => readAuthorBlock(part.trim(), f));
}

/**
 * "寺田 行彦，志賀 拓麿, ねじれグラフェンナノリボン熱伝導の弾道輸送解析, 日本機械学会論文集 86(892)": a run of six Chinese or Japanese
 * characters or more with no space is a title (a name is two to four, its family and given names apart).
 */
function isCjkTitlePart(part: string): boolean {
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・／/]{6,}$/u.test(part);
}

/**
 * "…, Kirkbright, S., 1996 Survey of Victorian …": a year that opens a part dates the entry (its title follows it).
 * "…, Jiang Xiao, Fei Chen.When FPGA-accelerator meets …": a period glued to the next word ends a sentence there (the
 * names end at it, not at a comma).
 */
function opensWithYearOrGluedSentence(part: string): boolean {
  return /^(?:19|20)\d\d\b/.test(part) || /\p{Ll}{2}\.\p{Lu}\p{Ll}/u.test(part);
}

/**
 * "Groth-Pedersen L*, Aits S* (* shared first authorship), Corcelle-Termeau E, Petersen NH, Jaattela M. Title.": more
 * names after a part (two or more, up to a sentence end) put that part among the names, whatever it reads like.
 */
function namesFollow(after: string): boolean {
  const m = /^,\s+([^]*?)(?:\.\s|$)/.exec(after);
  return !!m && NAME_FORMS.some((f) => (readAuthorBlock(m[1]!, f)?.names.length ?? 0) >= 2);
}

/**
 * "Ed Bueler and Jed Brown, The shallow shelf approximation …, preprint arXiv:0810.3449, 2008." and "Paolo F.S., H.A.
 * Fricker, L. Padman, Volume loss from Antarctic ice shelves is accelerating, Science (2015)" (fields separated by commas
 * only): the first comma before a sentence-like part may end the names.
 */
function commaBeforeSentence(t: string): number | null {
  // "Raa, B. 2020, Title": a comma after a year is the year's (read with it elsewhere).
  for (const m of t.matchAll(/(?<!\d),\s+/g)) {
    const from = m.index + m[0].length;
    const next = /^(?:[^,;:.]|\.(?!\s))*/.exec(t.slice(from))![0];
    if (isSentencePart(next) && !namesFollow(t.slice(from + next.length))) return m.index;
  }
  return null;
}

/** A title that opens with more names ("A. Coleman, D. F.", "Paterson¬, GK."): a block with odd names ended too soon before it. */
const ODD_BLOCK_BEFORE_NAMES =
  /^\s*(?:(?:\p{Lu}\.\s?)+(?:,|\p{Lu}[\p{L}'’-]+,)|\p{Lu}[\p{L}'’¬-]+,\s*(?:(?:\p{Lu}\.\s?)+|\p{Lu}{1,3}(?:[.,;]|$)))/u;

/**
 * "Giulio Rigoni, Cristina M. Pinotti, Bhumika, …: Title", "…, Lu Chen, Sashank K. Reddy, Zhiqi Hu, L.A. Garza, Adv Drug
 * Deliv Rev (2023)": an end after the period of a middle initial, the family name after it, cuts a given-first name in
 * two (read as "K Sashank"). Not after Vancouver names ("Owais R, Memon J, Mhajabin S. Knowledge, Attitude, Practice of
 * …"): the block's period. So before the last name after "&" or "and" ("…, Carol D. SanMartín & Mario Sanhueza (2026)").
 */
function endsAtMiddleInitial(head: string, rest: string): boolean {
  // Not where a line ends ("İNCE İ., Tortu E.\nKnee, …"), nor after dotted Vancouver names (an item closing with an initial)
  // unless "&" and a name follow ("Upadhyayula A., Ian B. Phillips & Flombaum": no title is "Phillips & Flombaum").
  if (/^[^\S\n]*\n/.test(rest)) return false;
  if (
    /,\s\p{Lu}\p{Ll}+\s\p{Lu}\.$/u.test(head) &&
    /^\s*\p{Lu}\p{Ll}[\p{L}'’-]*(?:,\s|\s+(?:&|and)\s+\p{Lu})/u.test(rest) &&
    !VANCOUVER_NAMES_RUN.test(head) &&
    (!/\s\p{Lu}\.,/u.test(head) || /^\s*\p{Lu}\p{Ll}[\p{L}'’-]*\s+&\s+\p{Lu}/u.test(rest))
  )
    return true;
  // The first name so ("Madeline A. Marshall, Michele Perna, Chris J. Willott, …"): only where given-first names follow
  // the family name (not "Mhajabin S. Knowledge, Attitude, Practice of …").
  const family = /^\s*\p{Lu}\p{Ll}[\p{L}'’-]*(?=,\s)/u.exec(rest);
  return /^\p{Lu}\p{Ll}+\s\p{Lu}\.$/u.test(head.trim()) && !!family && namesFollow(rest.slice(family[0].length));
}

/** "Holakouie-Naieni K, Owais R, Nematollahi S, …": two Vancouver names (undotted initials) in a row. */
const VANCOUVER_NAMES_RUN =
  /(?:^|,\s)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?\s\p{Lu}{1,3},\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?\s\p{Lu}{1,3},/u;
const NAMES_THEN_YEAR_SENTENCE = new RegExp(`\\.\\s+${YEAR}[a-z]?\\.$`);

/**
 * `splitAuthors`' answers, kept (KeptReadings) by the forms tried and whether odd names are allowed: an entry's text is
 * split again for every hint it is read with (each name form of `inferListStyle`, a title, a group's year).
 */
const keptSplits = new KeptReadings<Split | null>();
const copyBlock = (block: AuthorBlock): AuthorBlock => ({ ...block, names: [...block.names] });

/** The longest author block opening `t` in one of `forms`, and the rest of the text after it. */
function splitAuthors(t: string, forms: NameForm[]): Split | null {
  const split = keptSplits.read(`${oddNameAllowed}|${forms.join()}`, t, () => readSplit(t, forms));
  return split && { ...split, block: copyBlock(split.block) };
}

function readSplit(t: string, forms: NameForm[]): Split | null {
  let best: Split | null = null;
  const alive = new Set(forms);
  const ends = blockEnds(t);
  const commaEnd = commaBeforeSentence(t);
  if (commaEnd !== null && !ends.includes(commaEnd)) ends.splice(ends.filter((e) => e < commaEnd).length, 0, commaEnd);
  for (const end of ends) {
    if (alive.size === 0) break;
    // "…, H. Boesch: Title" (Copernicus): the colon ends two or more names, it is not part of the last one; after a
    // shorter block only initials may lead to it ("…, McElroy, M. B.:"; "…, Bo Li. Horae: A Graph …" is a title's).
    const colon = t[end - 1] === ':' || t[end - 1] === '：';
    const between = best ? t.slice(t.length - best.rest.length, end - 1) : '';
    // "…, Michael B. McElroy:" after "…, Michael B." read in the same form: the family name after an initial.
    const familyAfterInitial =
      /(?:^|[\s.])\p{Lu}\.$/u.test(t.slice(0, t.length - (best?.rest.length ?? 0))) && /^\s*\p{Lu}[\p{L}'’-]+(?:,\s|$)/u.test(between);
    // "Maturana, F. y Vial, C.: Title": the last inverted name, after "and", before the colon.
    const lastInverted = /^\s*(?:and|&|y|e|und)\s+\p{Lu}[\p{L}'’-]+,\s*(?:\p{Lu}\.\s?-?)+$/u.test(between);
    if (colon && best && !/^[.\s]*(?:\p{Lu}\.\s?-?)+$/u.test(between) && !familyAfterInitial && !lastInverted) continue;
    const head = colon ? t.slice(0, end - 1) : t.slice(0, end);
    const rest = t.slice(end);
    // "Kashnitsky I, Gunko M. 2016. Title." (a demographer's Vancouver names, the year in a sentence of its own): the
    // year after the names' period is the year's place, no affiliation number of the last name.
    if (NAMES_THEN_YEAR_SENTENCE.test(head)) continue;
    // "Kahle et al. (including Hodgkinson, A.). Title": the names the page adds after "et al." are the block's too.
    if (/^[.:]?\s*[[(]including\s/i.test(rest)) continue;
    if (endsAtMiddleInitial(head, rest)) continue;
    // "Junjie Zhao; Bo Li ; Title": the last semicolon ends names that semicolons separate (not one inverted ABNT name).
    if (/^\s*;/.test(rest) && (!head.includes(';') || rest.includes(';', rest.indexOf(';') + 1))) continue;
    for (const form of forms) {
      if (!alive.has(form)) continue;
      const block = readBlock(head, form);
      if (block === DEAD) {
        alive.delete(form);
        continue;
      }
      // One name before the colon only when it opens the entry with an initial ("C. Ronse: Title", a mathematician's
      // single-author paper): a whole word before a colon is a title's head ("Horae: A Graph …").
      // So may a whole name in a DBLP list ("Alfredo Navarra: Title. ICDCN 2022: 221-224"), whose venue closes the entry
      // with its year and pages.
      const singleInitialed =
        !best &&
        block?.names.length === 1 &&
        form === 'given' &&
        (/^(?:\p{Lu}\.\s?-?)+\s?\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(head.trim()) ||
          (/^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}$/u.test(head.trim()) && DBLP_TAIL.test(rest)));
      if (!block || (colon && ((block.names.length < 2 && !singleInitialed) || (best && familyAfterInitial && best.form !== form))))
        continue;
      const after = rest.replace(/^[.:．]/, '');
      const title = after.replace(YEAR_MARK, '').replace(/^\s*[,·]\s*/, '');
      if (!/\p{L}{2}/u.test(title)) continue;
      // A block with odd names ends before no more names: "…, Austin Jr., J. A. Coleman, D. F. Ben-Avraham", "…, Holmes, MA;
      // Paterson¬, GK.", "…, Goodman-Tchernov, B. N., Austin Jr.".
      if (oddNameAllowed && ODD_BLOCK_BEFORE_NAMES.test(title)) continue;
      // The longest block wins (a prefix of it is a prefix of the names); the first form in `forms` on a tie.
      if (!best || end > t.length - best.rest.length)
        best = { block, form, rest: after, ...(end === commaEnd ? { commaParts: true } : {}) };
      break;
    }
  }
  return best;
}

/**
 * "Lior Regev, Kristin M. Poduska. Lia Addadi, Steve Weiner. Title." / "Martin R. Albrecht. Jean-Charles Faugère, Keita
 * Xagawa. Title.": a period where a comma belongs splits the author list; names in the block's form, two or more with
 * commas between them, run on after it, before a title sentence of three words or more.
 */
function namesAfterStrayPeriod(split: Split): { block: AuthorBlock; rest: string } | null {
  if (!/^\.\s+\p{Lu}/u.test(split.rest) && !/^\s+\p{Lu}/u.test(split.rest)) return null;
  const more = leadingAuthors(split.rest, [split.form]);
  if (!more || more.block.names.length < 2) return null;
  const names = split.rest.slice(0, split.rest.length - more.rest.length);
  const rest = more.rest.replace(/^[.\s]+/, '');
  if (!/\.\s*$/.test(names) && !/^\s*\./.test(more.rest)) return null;
  // Commas between them: a title in title case reads as two names joined by "and" ("Shuffle Lattices and Bubble
  // Lattices. In Proceedings of …").
  if (!names.includes(',')) return null;
  const next = titleSentence(rest);
  return next && words(next.title) >= 3 && !/^In:?\s/.test(next.title) ? { block: more.block, rest } : null;
}

/** "…, Long-Term Stability, In Vitro Performance and …": a Latin phrase of the title ("in vivo", "in situ"), no venue's "In". */
const LATIN_IN = /^[\s,]*In\s+(?:vitro|vivo|situ|silico|utero|vacuo)\b/i;

/**
 * "…Dependability in Embedded Systems In Wireless Personal Communications. 2015", "A review of SCADA anomaly detection
 * systems In Advances in Intelligent and Soft Computing" (hand-made lists that put no period after the title): a
 * capitalised " In " the title would write in lower case opens the venue. The title shows how it writes it: "in" in lower
 * case elsewhere, or in sentence case, or in title case with lower-case small words before a venue's words. Where it is
 * (the "In"), or null.
 */
function capitalInBeforeVenue(title: string): number | null {
  const m = /(?<=[\p{L}\d)])\s+In(?:\s+(?=\p{Lu}|\d{1,3}(?:st|nd|rd|th)\s)|$)/u.exec(title);
  if (!m || words(title.slice(0, m.index)) < 3) return null;
  const before = title.slice(0, m.index);
  const after = title.slice(m.index + m[0].length);
  const lowerIn = /\sin\s/.test(before) || /\sin\s/.test(after);
  const sentenceCase = /\s(?!(?:and|or|of|for|from|with|the|into|onto|over|under|using|via|between|through)\s)\p{Ll}{4,}\b/u.test(before);
  const titleCaseBeforeVenue = /\s(?:and|of|for|on|the|to|with)\s/.test(before) && VENUE_WORDS.test(after);
  return lowerIn || sentenceCase || titleCaseBeforeVenue ? m.index : null;
}

/**
 * "A systematic review", "An Empirical Analysis", "A meta-review", "An Introduction": a subtitle sentence that names the
 * kind of study (not "A Review of Economic Studies": no journal's name follows it).
 */
const STUDY_KIND_SENTENCE =
  /^\s+An?\s+(?:(?:\p{L}[\p{L}-]*|\p{Lu}{2,6})\s+){0,6}(?:\p{Ll}+-)?(?:[Ss]tudy|[Rr]eview|[Aa]nalysis|[Mm]eta-analysis|[Tt]rial|[Rr]eport|[Ii]nvestigation|[Ee]xperiment|[Rr]eplication|[Ii]ntroduction|[Oo]verview|[Ss]urvey)\b(?!\s+(?:of|in|on)\s+\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/** The end of a title that is the next sentence: ". " (not after an initial-like "U.S." or "vs."), "? ", "! ". */
const THESIS_SUPERVISORS_LABEL = /^\s+(?:Co-?)?(?:[Ss]upervisors?|[Aa]dvisors?|[Dd]irectors?|[Jj]ury|[Cc]ommittee)(?:\s+members)?\s*:\s/;

function sentenceEnd(s: string): { end: number; next: number } | null {
  // "Title., Venue., 2021." (members' lists): a period and a comma end a sentence too.
  // "…in south-western Australia.Ecological Management 15(2)", "… No. 01.Centro UC": so does a period the next sentence is
  // glued to.
  // "…影响因素研究.西北林学院学报,39(05)": a Chinese title's period, the journal's name glued to it.
  const re =
    /([.?!])(["”’]?)(?:\s+|,\s+(?=[A-Z\d])|$|(?<=(?:\p{Ll}{3}|\d)\.)(?=\p{Lu}\p{Ll}{2,}\s)|(?<=\p{Script=Han}\.)(?=\p{Script=Han}))/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const before = s.slice(0, m.index);
    // "Y.-C. Huang": an initial after a hyphen is one too.
    // "Bryan E.G. Lucier": dotted initials without spaces.
    // "Plagiostriata sp. CCMP470": a species abbreviation. "Md. Aftab Hussain": Muhammad's, opening a name.
    // "… from Signal to C. Supervisor: Jean-Pierre Talpin, Jury: …": a thesis's supervisors after its title, whose last
    // word may be a letter.
    if (
      m[1] === '.' &&
      /(?:^|[\s(])(?:[Vv]s|e\.g|i\.e|et al|cf|etc|approx|St|Dr|Mr|Ms|Md|Mohd|sp|spp|subsp|[A-Z]|(?:\p{Lu}\.)+\p{Lu})$|\p{Lu}\.-\p{Lu}$/u.test(
        before,
      ) &&
      !THESIS_SUPERVISORS_LABEL.test(s.slice(m.index + 1, m.index + 40)) &&
      // "… from Signal to C. In HAL - INRIA": a title's last word a letter after a word in lower case, "In" and the venue after.
      !(/\s(?!(?:and|und|et|y|e)\s)\p{Ll}+\s\p{Lu}$/u.test(before) && /^\s+In\s+\p{Lu}/u.test(s.slice(m.index + 1, m.index + 8)))
    )
      continue;
    if (m[1] === '.' && /\d$/.test(before) && /^\d/.test(s.slice(m.index + m[0].length))) continue;
    // "Antología Poéticas de Asia No. 01", "Working Paper Nr. 3": a number's abbreviation, the number after it (not a
    // venue's "Vol. 30").
    if (m[1] === '.' && /(?:^|\s)(?:No|Nr|Núm|Num)$/i.test(before) && /^\s*\d/.test(s.slice(m.index + 1))) continue;
    // "…of Caragana korshinskii Kom. and Its Effect on …": an abbreviation's period the title goes on after with a joining word.
    if (m[1] === '.' && !m[2] && /^\s+(?:and|or|of|for|from|the)\s/.test(s.slice(m.index + 1))) continue;
    // "Title, 2024, pp. arXiv:2401.04783." (SIAM's BibTeX style, the arXiv number in the pages): no sentence ends there.
    if (m[1] === '.' && /(?:^|\s)pp$/.test(before) && /^\s*arXiv:\d/.test(s.slice(m.index + 1))) continue;
    // "Validated Leverett approach for …. Part 1: Hydrophobicity Effect": a numbered part goes on with the title.
    if (m[1] === '.' && !m[2] && /^\s+Part\s+(?:\d{1,2}|[IVX]{1,4})\b/.test(s.slice(m.index + 1))) continue;
    // "Title. An ERP study", "Do words compete as we speak? A systematic review of …" (psychology and medicine): a
    // subtitle sentence that names the kind of study goes on with the title; no venue opens so.
    if (!m[2] && STUDY_KIND_SENTENCE.test(s.slice(m.index + 1))) continue;
    // "One-off events? an empirical study of …": a question the title goes on after in lower case (not "? in Venue").
    if (m[1] !== '.' && !m[2] && /^\s+(?!in\s)\p{Ll}{2,}\s\p{Ll}/u.test(s.slice(m.index + 1))) continue;
    // "Title: “It Was There At That Time.” Journal": the period closes a quotation the title ends with, and stays in it.
    if (m[2] && /^[”"’]$/.test(m[2]) && /\S/.test(before.slice(0, 1)) && closesInnerQuote(before.replace(/^\s*["“]/, ''), m[2]))
      return { end: m.index + 1 + m[2].length, next: m.index + m[0].length };
    return { end: m[1] === '.' ? m.index : m.index + 1, next: m.index + m[0].length };
  }
  return null;
}

/** The first sentence of a one-line entry as its title, and what follows it. */
function titleSentence(t: string): { title: string; after: string } | null {
  const end = sentenceEnd(t);
  return end ? { title: t.slice(0, end.end), after: t.slice(end.next) } : null;
}

const ABBREV_END =
  /(?:^|[\s(])(?:\p{Lu}\p{Ll}{0,5}|[A-Z]{1,2}|Proc|Conf|Int|Intl|Trans|Symp|Mach|Comput|Phys|Rev|Lett|Sci|Eng|Natl|Acad|Soc|Am|Appl|Nucl|Res|Biol|Chem|Med|Eur|Assoc|Inf|Syst|Stat|Math|Theor|Ann|Adv|Ser|Vol|No|pp|Tech|Rep|Univ|Dept|Inst|Technol|Electron|Opt|Mol|Neurosci|Cogn|Psychol|Commun|Netw|Softw|Anal|Artif|Intell|Process|Mech|Robot|Autom|Ecol|Evol|Genet|Geophys|Astrophys|J)\.$/u;

/**
 * "Title, Commun. Nonlinear Sci. Numer. Simulat. 14, 4226--4245.", "Title, SIAM J. Num. Analysis 45 (6)", "Title, Soochow J.
 * Math. 28 (1), 33--55.": the head of an abbreviated journal's name after the title's last comma, whose period the title
 * sentence ended at (its last word a journal abbreviation, or a dotted one before it), the rest of the name or its
 * volume after. The match is the comma and spaces before the head.
 */
function abbreviatedJournalHead(title: string, venueText: string): RegExpExecArray | null {
  const head = /,\s+(?=((?:\p{Lu}[\p{L}]*\.?\s+){0,3})(\p{Lu}\p{Ll}{0,7})$)/u.exec(title);
  if (!head || !/^(?:\p{Lu}|\d)/u.test(venueText)) return null;
  const dottedBefore = /\.\s/.test(head[1]!);
  return dottedBefore || JOURNAL_ABBREVIATION_WORD.test(head[2]!) ? head : null;
}

/** A word journals abbreviate ("Commun.", "Math.", "Anal."), from ABBREV_END's list. */
const JOURNAL_ABBREVIATION_WORD =
  /^(?:Proc|Conf|Int|Intl|Trans|Symp|Mach|Comput|Phys|Rev|Lett|Sci|Eng|Natl|Acad|Soc|Am|Appl|Nucl|Res|Biol|Chem|Med|Eur|Assoc|Inf|Syst|Stat|Math|Theor|Ann|Adv|Ser|Tech|Rep|Univ|Technol|Electron|Opt|Mol|Neurosci|Cogn|Psychol|Commun|Netw|Softw|Anal|Artif|Intell|Mech|Robot|Autom|Ecol|Evol|Genet|Geophys|Astrophys|Org|Mater)$/u;

/** A venue without the "In" that introduces it ("In Proceedings of …"), Spanish and Portuguese "en Revista …", "em Anais …" too. */
export const withoutInBeforeVenue = (venue: string) =>
  venue.replace(/^(?:In|in|In:)\s+/, '').replace(/^(?:[Ee][nm]|in:)\s+(?=\p{Lu})/u, '');

/** Where a venue's name ends: the first of volume/issue/pages, a year, a publisher sentence, a date, a link's label. */
const VENUE_CUTS = [
  // "Current Advancements in Stereo Vision. 1ed.: InTech", "Book. 2. ed. São Paulo: Atlas" (ABNT): the book's edition.
  /\.\s+\d{1,2}\s?(?:\.\s?|ª\s?)?ed\.(?=[\s:,]|$)/i,
  // "Volume: 9 Issue: 2" too.
  /,?\s*\b(?:vol(?:ume)?\.?|no\.|pp?\.|pages?|art(?:icle)?\.?\s*(?:no\.)?|issue)\s*:?\s*(?:no\.?\s*)?\d/i,
  // "ISPRS Archives of the …, XLVIII-4/W5-2022", "…, V-4-2022": a volume in Roman numerals, its part and year.
  /,\s*(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})-\d{1,2}(?:[-/][A-Z]?\d{1,4})+(?=[\s,.;]|$)/,
  // "Revue de l’OFCE, n°157" (French), "Statistics and Its Interface, v. 13, p. 139-149" (ABNT).
  /,\s*(?:n[°º]|v\.)\s*\d/,
  /,?\s+\d{1,5}\s*\(\d{1,4}[^)]*\)/,
  /,?\s+\d{1,5}\s*,\s*(?:no|issue)\.?\s*\d/i,
  // "Science Advances 6, eabb0695": a volume and an article number.
  /,?\s+\d{1,5}\s*[,:]\s*e[a-z]{0,4}\d{3,}\b/,
  // "Physics Letters B 762, June 2016": a volume, then the month and year.
  new RegExp(`,?\\s+\\d{1,5}\\s*,\\s*${MONTH_NAME}\\.?\\s+(?:\\d{1,2},?\\s+)?(?:19|20)\\d\\d\\b`, 'i'),
  /[,;]?\s*\d{1,5}[a-z]?\s*[,:]\s*[a-z]?\d/i,
  /(?:[.,;]\s*|\s*\(|\s+(?=(?:19|20)\d\d[a-z]?\s*[.,;)]?\s*$))(?:19|20)\d\d[a-z]?\b\)?/,
  // A numeric date: "De Volkskrant 17-03-2012", "De Groene Amsterdammer (26-03-2008)".
  /[.,;]?\s*\(?\b\d{1,2}([-./])\d{1,2}\1(?:19|20)\d\d\b/,
  new RegExp(`[,.]?\\s*\\(?\\b(?:${PAPER_STATUS})\\b.*$`, 'i'),
  /,?\s+\d{1,5}\.?$/,
  // PubMed's "J Med Internet Res 2018;20(4):e139", "Blood. 2016 Jan 28;127(4):426-35".
  new RegExp(`[.,]?\\s+(?:19|20)\\d\\d(?:\\s+${MONTH_NAME}\\.?(?:\\s+\\d{1,2})?)?\\s*;`),
  // A volume and then pages: "J. Chem. Phys 154 p. 114109", "Langmuir 34 pp 6748".
  /,?\s+\d{1,5}\s+pp?\.?\s*\d/,
  // A meeting's days: "EGU General Assembly, 19–30 Apr", "Workshop, 26–29 Sep 2022".
  new RegExp(`,\\s*\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH_NAME}\\b`),
  // The month before the year: "BMVC, November 2024", "ECCV, Oct. 2024", "Immunity · Mar 05, 2024"; a lettered volume: "Vol. E107-D".
  // DBLP's volume of a proceedings before its year: "AINA (2) 2022: 31-42".
  /\s+\(\d{1,2}\)(?=\s+(?:19|20)\d\d\s*:)/,
  // "Optimization-Online May 2023": a month and year closing the venue, no comma before them.
  new RegExp(`\\s+${MONTH_NAME}\\.?\\s+(?:19|20)\\d\\d\\.?$`),
  // "GECCO ’19, July 13–17, 2019": the meeting's days too.
  new RegExp(`(?:,|\\s+[·•])\\s*${MONTH_NAME}\\.?(?:\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)?,?\\s+(?:19|20)\\d\\d\\b`),
  // A link label after the venue: "Astronomy & Astrophysics, (bibtex)".
  new RegExp(`[,.;]?\\s*[\\[(]\\s*${LABEL_WORD}(?:\\s*[|,/·]\\s*${LABEL_WORD})*\\s*[\\])]`, 'i'),
  /,?\s*\bvol(?:ume)?\.?\s*[A-Z]\d/i,
  // "The 40th International Conference on Machine Learning (ICML), PMLR 202:25660-25676", "ASIACRYPT 2024, LNCS 15491":
  // the volume in a proceedings series.
  /,?\s*\b(?:PMLR|LNCS|LNAI|LNBI|CCIS|LIPIcs)\s+\d/,
  // Pages alone after the journal, no volume: "Nature Ecology and Evolution, 1-14."
  /,\s*[a-z]?\d{1,6}\s*[-–—]+\s*[a-z]?\d{1,6}\s*\.?$/i,
  // "Economics Letters · 254 · 112447", "Journal of Banking & Finance · 75 · pp. 152–166": numbers set apart by dots.
  /\s+[·•]\s+(?:vol\.?\s*)?\d/i,
  // "Sustainable Cities and Society, 107470", "PLoS ONE, e0123456": an article number alone after the journal.
  /,\s*e?\d{4,9}\.?$/,
  // "Sino-Platonic Papers, 338. (Based on Ph.D. thesis)": a series number closing the venue's sentence.
  /,\s*\d{1,5}\.(?=\s)/,
  // APA 7's translation of a book's title after it: "Gazdaság, történelem és politika [Economy, history and politics]".
  /(?<=\p{L})\s+\[(?=[^[\]]*\p{L}{3})[^[\]]{3,200}\](?=\s*(?:\(|[.,]|$))/u,
];

/** "Names (2021) | Journal 44:2": the year or status a names line closes with, and the bar or line end before the venue. */
const YEAR_OR_STATUS_BEFORE_BAR = new RegExp(`^\\(\\s*(?:${YEAR}[a-z]?|${STATUS_IN_PARENS})\\s*\\)\\s*[|·.]\\s*(?=\\p{L})`, 'iu');
/** "2022. Plant and Soil.": a year as a sentence of its own opening the text. */
const YEAR_SENTENCE_OPENING = new RegExp(`^${YEAR}[a-z]?\\.\\s+(?=\\p{Lu})`, 'u');

interface VenueParts {
  venue?: string;
  volume?: string;
  issue?: string;
  pages?: string;
}

/**
 * The venue: what follows the title up to volume, pages, year, publisher sentence or identifiers. Kept while a page is
 * read (an entry's rest is read again for every hint the entry is read with); each caller gets its own copy.
 */
function readVenue(rest: string): VenueParts {
  return { ...keptVenues(rest) };
}
const keptVenues = keptForPage(readVenueText);

const PRESENTED_AT =
  /^(?:(?:(?:invited|contributed)\s+)?(?:poster|abstract|talk|oral(?:\s+presentation)?|presentation)\s*(?:\([^()]{1,30}\)\s*)?)?presented\s+(?:online\s+|virtually\s+)?(?:at|in)\s+(?:the\s+(?=[\p{L}\d])|(?=\p{L}))/iu;
/** ", Pasadena, CA", ", Berlin, Germany", ", Doha, Qatar": the city (and region, country) a meeting met in, closing its name. */
const MEETING_PLACE_CLOSING = /(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}){1,3}$/u;

function readVenueText(rest: string): VenueParts {
  let s = rest
    // "bioRxiv 2024.07.23.604700; doi: https://doi.org/10.1101/…" (the server's own citation): its id and labelled DOI link.
    .replace(/\b(?:doi|DOI)\s*:\s*https?:\/\/(?:dx\.)?doi\.org\/\S+/g, ' ')
    .replace(/\b((?:bio|med)Rxiv)\s+(?:19|20)\d\d\.\d\d\.\d\d\.\d{6,8}(?:v\d+)?\b/gi, '$1')
    // "Genome Biology · [no date info] · doi:… review" (Manubot's cite data, as the Greene lab-website-template prints it):
    // the date's placeholder, in the date's place, ends the venue as a date would.
    .replace(/\s*[·•,]?\s*\[no date info\][\s\S]*$/i, '')
    .replace(URL_RE, ' ')
    .replace(/\b(?:doi|DOI)\s*:?\s*10\.\S+|\b10\.\d{4,9}\/\S+/g, ' ')
    .replace(/\b(?:PMID|PMCID)\s*:?\s*\S+/g, ' ')
    // "arXiv:1903.02904 [cs.DS]": the subject class after the id goes with it.
    .replace(
      /[[(]?\s*arXiv\s*:?\s*(?:preprint\s+)?(?:arXiv:)?\s*(?:\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z.-]*\/\d{7})\s*[\])]?(?:\s*\[[a-z-]+(?:\.[A-Za-z-]+)?\])?/gi,
      ' ',
    );
  s = collapse(s).replace(/^[\s.,:;·|—–-]+/, '');
  // "10 pages. In 40th International Conference …", "4 pages, In …": the paper's length before its venue.
  s = s.replace(/^\d{1,4}\s+pages\s*[.,;]\s*/i, '');
  // "[ ASE 2016 ]": a venue set in brackets on a line of its own.
  s = s.replace(/^\[\s*([^[\]]{2,120}?)\s*\](?=\s*$|\s+\[)/, '$1');
  // "Names (2021) | Journal 44:2, 226–263.", "Names (Under Review) | Linguistics", "Title / Names (2026) / Journal": the
  // year or status the names line closes with, and the bar or line end before the venue.
  s = s.replace(YEAR_OR_STATUS_BEFORE_BAR, '');
  // "Names & Mimmo T. 2022. Plant and Soil." (title-first Vancouver lists): the year as a sentence of its own before the venue.
  s = s.replace(YEAR_SENTENCE_OPENING, '');
  // "(Émulations, vol. 15, n° 41, p. 189-208)", "(SocArXiv).": the whole venue in parentheses.
  s = s.replace(/^\(((?:[^()]|\([^()]*\))+)\)\.?$/u, '$1');
  // A note between the names and the venue: "(equal contributions: * Co-first authors, # Co-senior authors)".
  s = s.replace(/^\((?=[^)]*\p{L}{3})[^)\d]{3,120}\)[\s.,;]*/u, '');
  // "Accepted by CVPR 2024", "To appear in ICML 2025", "To appear in: Journal": the venue follows the note.
  s = s.replace(/^(?:accepted\s+(?:by|to|at|in|for)|to\s+appear\s+(?:in|at)|published\s+in|appear(?:s|ed)?\s+in):?\s+(?=\p{L})/iu, '');
  // "Poster (C43A-0261) presented at AGU24", "Abstract presented online at EGU General Assembly": the meeting follows.
  // "presented at FMICS'2010, Antwerp, Belgium", "Presented at the 14th European Wave and Tidal Energy Conference (EWTEC),
  // Plymouth, UK": the meeting, then the place it met in.
  const presented = PRESENTED_AT.exec(s);
  if (presented) s = s.slice(presented[0].length);
  // "In review – Ecosphere", "Under review at Nature", "to be submitted to IEEE Transactions on …": the status before the
  // journal; "In preparation" or "in submission" alone names none.
  s = s.replace(
    /^(?:in review|under review|(?:in|under) revision|(?:to be )?submitted|revised? and resubmit(?:ted)?)\s*(?:[–—-]\s*|\s(?:at|to|in|with)\s+(?:the\s+(?=\p{L}))?)(?=\p{L})/iu,
    '',
  );
  if (
    UNPUBLISHED.test(s.slice(0, 20)) &&
    /^\W*(?:in preparation|in prep\.|in review|under review|(?:in|under) revision|submitted|in submission)\W*$/i.test(s)
  )
    s = '';
  s = withoutInBeforeVenue(s);
  // Editors: "In J. Smith (Eds.), Book" / "In Book, edited by X"; the venue is the book.
  const eds = /^(.*?)\s*\((?:eds?\.?|editors?|hrsg\.?|hg\.?)\)\s*[,:.]?\s*/i.exec(s);
  if (eds && eds[1]!.length < 300) s = s.slice(eds[0].length);
  // BibTeX styles: "In J. Smith and K. Lee, editors, Book" (bibtex2html, plain/alpha).
  const bibEds = /^(.{1,300}?),?\s+(?:editors?|eds?\.)\s*,\s*/i.exec(s);
  if (bibEds && bibEds[1]!.length < 300) s = s.slice(bibEds[0].length);
  // "Angew. Chem. Int. Ed. 61" (a journal's edition) is no editor.
  s = s.replace(/,?\s+(?:[Ee]dited by|[Ee]d\. by|eds?\.|Eds\.)\s+.*$/, '');
  // "VLDB 2024 | Paper PDF | Code": a row of links after the venue line.
  s = s.replace(/\s+\|(?:\s.*)?$/, '');
  // "Science Advances 상세읽기 ↗", "Nature Read more →": a link's label with an arrow after the venue.
  s = s.replace(/\s+(?:read\s+more|more|details|[^\s\p{Script=Latin}\d,.;]+)\s*[↗→»›]$/iu, '');
  const out: VenueParts = {};
  const pages = /(?:\bpp?\.\s*|:\s*|,\s*)(\d+[a-z]?\s*[-–—]+\s*\d+|e\d+|(?!(?:19|20)\d\d\b)\d{3,})(?=\s*[.,;)]|\s*$)/i.exec(s);
  if (pages) out.pages = pages[1]!.replace(/\s+/g, '');
  const volIssue =
    /(?:\bvol(?:ume)?\.?\s*|,\s*|\s)(\d{1,5})\s*\((?!(?:19|20)\d\d\))(\d{1,4}(?:[-–]\d{1,4})?)\)|;\s*(\d{1,5})\s*(?:\((\d{1,4})\))?\s*:|\bvol(?:ume)?\.?\s*(\d{1,5})|\bno\.?\s*(\d{1,4})/i.exec(
      s,
    );
  if (volIssue) {
    out.volume = volIssue[1] ?? volIssue[3] ?? volIssue[5];
    const issue = volIssue[2] ?? volIssue[4] ?? volIssue[6];
    if (issue) out.issue = issue;
  }
  // Cut the venue at the first of: volume/issue/pages, a year, a publisher sentence (VENUE_CUTS).
  let end = s.length;
  for (const c of VENUE_CUTS) {
    const m = c.exec(s);
    if (m && m.index < end) end = m.index;
  }
  let v = s.slice(0, end);
  // A sentence boundary (not an abbreviation) ends the venue: "Journal Name. Publisher, City."
  for (const m of v.matchAll(/\.\s+/g)) {
    const before = v.slice(0, m.index + 1);
    if (ABBREV_END.test(before) || /^[(\p{Ll}\d]/u.test(v.slice(m.index + m[0].length))) continue;
    // "HOLOS (NATAL. ONLINE)": a period inside the venue's parentheses ends no sentence.
    if (unclosedParenthesis(before) !== null && v.indexOf(')', m.index) > 0) continue;
    v = v.slice(0, m.index);
    break;
  }
  // A note on the kind of presentation after the venue: "(invited)", ", demo", ", short paper".
  v = v
    .replace(/(?:,\s*|\s*\()(?:invited|demo|poster|oral|spotlight|short(?:\s+paper)?)\)?\s*$/i, '')
    .replace(/\s*\([^()]*\b(?:award|prize)\b[^()]*\)[.,;]?\s*$/i, '');
  // "Methods*": a mark on the journal (a page's note on its ranking), not part of its name.
  v = collapse(v).replace(/^[\s.,:;–-]+|[\s,:;–(·*†-]+$/g, '');
  if (presented) v = v.replace(MEETING_PLACE_CLOSING, '');
  if (v.endsWith('.') && !ABBREV_END.test(v)) v = v.slice(0, -1);
  if (/\p{L}/u.test(v) && v.length <= 300) out.venue = v;
  return out;
}

/** The venue a reference shows after its title (", ICMLA 2025." -> "ICMLA"); none for an arXiv id alone. */
export function venueAfterTitle(rest: string): string | undefined {
  return readVenue(rest).venue;
}

// "Epub 2025 Nov 13", "Epub 21 Aug 2025" (a day before its month), "Epub ahead of print 2024".
const EPUB_DATE = new RegExp(`\\bEpub(?:\\s+ahead\\s+of\\s+print)?\\s+(?:\\d{1,2}\\s+${MONTH_NAME}\\.?\\s+)?${YEAR}\\b`, 'gi');

/** A year in a text, not part of a longer number, nor a span's second year after a slash (see `lastYear`). */
const YEAR_IN_TEXT = new RegExp(
  `(?:(?<![\\d./-])|(?<=[A-Za-z]{2}\\.)|(?<=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}》」』）]\\.)|(?<=(?:^|[,;(]\\s*)\\p{Lu}\\p{Ll}{2,8}-)|(?<=(?:^|[\\s(])(?:[IVXLC]{1,7}|\\d{1,3})\\/)|(?<=(?:^|[^\\d./-])\\d{1,2}(?:-\\d{1,2}-|\\.\\d{1,2}\\.|\\/\\d{1,2}\\/)))(${YEAR})[a-z]?(?![\\d]|\\p{Lu}{2}\\d|\\/(?!${YEAR})\\d{3,4}\\b)`,
  'gu',
);

/**
 * The last year a text shows, outside URLs, DOIs, arXiv ids and ePrint report numbers ("Report 2014/928"). A span of
 * years ("(2006-2007: funder, $5,000)", a grant's or a season's) dates no paper, nor do pages ("15(2):1952-2959").
 * Kept while a page is read.
 */
export const lastYear = keptForPage((s: string): number | undefined => {
  // "Cell Biol Int. 2026 Jan;50(1):e70101. … Epub 2025 Nov 13." (PubMed): the online-first date is no publication year.
  const issued = s.replace(EPUB_DATE, ' ');
  const issuedYear = issued !== s ? lastYear(issued) : undefined;
  if (issuedYear !== undefined) return issuedYear;
  const clean = s
    .replace(URL_RE, ' ')
    .replace(/\b10\.\d{4,9}\/\S+/g, ' ')
    .replace(/\b\d{4}\.\d{4,5}\b/g, ' ')
    // "(IF 2020=3.878, JCR Q1)": the year of a journal's impact factor, not the paper's.
    .replace(/\bIF\s*\(?(?:19|20)\d\d\)?\s*[=:]\s*\d/g, ' ');
  // "De Volkskrant 17-03-2012", "Den Haag 03/25/2015", "25.03.2015": a numeric date's year (a newspaper's, a talk's).
  // "BMC Emergency Medicine.2017;17(1):29": a Vancouver year glued to the journal's period. "t. XIX/2003", "nr 3/2011"
  // (Polish, Czech and German volume or issue of the year): the year after the number's slash.
  // "İstanbul, Mayıs-2013", ", Dec-2012": a month's name joined to its year by a hyphen, after a comma (not the
  // "CoNLL-2014" of a sentence). Not an AGU article number's year ("47, e2019GL085654" in a paper of 2020).
  const found = [...clean.matchAll(YEAR_IN_TEXT)];
  const single = found.filter(
    (m) =>
      !(
        /^\s*[-–]\s*\d/.test(clean.slice(m.index + m[0].length, m.index + m[0].length + 4)) &&
        !/\p{L}$/u.test(clean.slice(Math.max(0, m.index - 1), m.index))
      ) && !/\b(?:19|20)\d\d\s*[-–]\s*$/.test(clean.slice(Math.max(0, m.index - 7), m.index)),
  );
  const years = single.map((m) => Number(m[1]));
  return years[years.length - 1];
});

/** "'RMT-Finder': an automated …": a title that opens with a quoted word keeps its opening quote. */
const OPENS_QUOTED_WORD = /^(["“'‘])[^"“”'‘’]{1,60}(["”'’])(?=[\s:,.-])/;

/**
 * "Paper: Title", "PhD thesis: Title", "Semester project: Title" (a page's heading over each entry): the kind of work, not
 * part of its title.
 */
export const WORK_KIND_LABEL = new RegExp(`^(?:${WORK_KIND}|paper|article)\\s*:\\s+(?=\\p{L})`, 'iu');

/** "Title (PhD thesis)", "Title (Doctoral dissertation, Northwestern University)": the kind of work closing a title. */
const THESIS_CLOSING_TITLE = new RegExp(`\\s+\\(${THESIS_KIND}(?:,[^()]{2,80})?\\)[.,]?$`, 'i');

/**
 * "Title (to appear)", "Title (Im Druck)", "Title (en revisión)", "Title (aceptado)": the paper's status, not part of its
 * title.
 */
const STATUS_CLOSING_TITLE = new RegExp(
  `\\s+\\((?:${PAPER_STATUS}|${STATUS_IN_PARENS}|acept(?:ado|ada)|aceit[oa]|accettat[oa]|accepté)\\)[.,]?$`,
  'iu',
);

function tidyTitle(s: string): string {
  // "Based on A* Optimization", "D* Lite": a star after a lone capital names an algorithm; it is no mark.
  const t = collapse(
    s.replace(MARKS_IN_TITLES, (m, at: number, all: string) => (m === '*' && /(?:^|\s)\p{Lu}$/u.test(all.slice(0, at)) ? m : ' ')),
  );
  const q = OPENS_QUOTED_WORD.exec(t);
  if (q && q[0].length < t.length - 1) {
    const after = t.slice(q[0].length);
    return q[0] + (/^\s/.test(after) ? ' ' : '') + tidyTitleText(after);
  }
  return tidyTitleText(t);
}

function tidyTitleText(s: string): string {
  return (
    s
      // "Title [Conference poster]", "Title [Université Rennes1]": a note on the entry, not part of its title; not a quoted
      // translation ("Newid ac amrywiaeth mewn Cymraeg cyfoes ['Variation and change in contemporary Welsh']"), nor the
      // citation of the corrected paper that an erratum's title closes with ("Erratum: Title [J. Appl. Phys. 95 , 2639 (2004)]").
      .replace(/\s+\[(?!['‘"“])(?![^\]]*\d\s*,\s*\d+\s*\((?:19|20)\d\d\)\])(?=[^\]]*\p{L}{3})[^[\]]{2,60}\][.,]?$/u, '')
      // "Title (regular paper)", "Title (short paper)": the kind of paper, not part of its title ("(Position Paper)" and
      // "(invited paper)" stay: pages write them as part of it).
      .replace(/\s+\((?:regular|short|full|long|working)\s+paper\)[.,]?$/i, '')
      // "Title (PhD thesis)", "Title (Doctoral dissertation, Northwestern University)" (APA): the kind of work, not part
      // of its title.
      .replace(THESIS_CLOSING_TITLE, '')
      // "Title (to appear)": the paper's status, not part of its title.
      .replace(STATUS_CLOSING_TITLE, '')
      // "Title[J]", "Title [C]", "Title[EB/OL]": GB/T 7714's mark of the kind of document, not part of the title.
      .replace(/\s*\[(?:J|C|M|D|R|P|N|S|Z|A|G|EB|DB|CP)(?:\/OL)?\]$/, '')
      // "Title CDROM ISBN 1 920 79710 6", "Title, ISBN: 978-3-16-148410-0": the book's (or disc's) number, not part of its title.
      .replace(/[\s,.]+(?:(?:CD-?ROM|DVD)\s+)?ISBN(?:-1[03])?:?\s*[\dXx][\d\sXx-]{8,20}$/iu, '')
      // "Skrotzki, B. - FAIR and structured data: …": the dash that sets the names apart, not part of the title.
      .replace(/^[-–—]\s+/, '')
      // "Chapter 11: Title": the chapter's number in its book, not part of its title.
      .replace(/^Chapter\s+\d{1,3}\s*:\s+/, '')
      .replace(WORK_KIND_LABEL, '')
      // "Title paper, presentation, DOI", "Title , presentation" (Org-mode and hand-made pages): the links after the
      // title, with commas between them, or some left behind after a comma the title does not write before a space.
      .replace(COMMA_SEPARATED_LABELS, '')
      // "Title ↗", "Title 🔗": the icon a page sets in a title's link to say it leads off the site.
      .replace(/\s*(?:[↗⇗➚➶⧉]|🔗)\uFE0E?\uFE0F?$/u, '')
      // "„Sarti digital“": German quotes, closed by the mark English opens with.
      .replace(/^„([^„“”]+)[“”][,.]?$/u, '$1')
      .replace(/^["“„«'‘]\s*|\s*["”»'’]$/g, (q, at: number, all: string) =>
        (at > 0 ? closesInnerQuote(all.slice(0, at), q) : opensInnerQuote(all)) ? q : '',
      )
      .replace(/\s*[,.;:]$/, '')
      .replace(/^["“„«'‘]\s*|\s*["”»'’]$/g, (q, at: number, all: string) =>
        (at > 0 ? closesInnerQuote(all.slice(0, at), q) : opensInnerQuote(all)) ? q : '',
      )
      .trim()
  );
}

/**
 * "Comment on ‘Can we …?’", 'Commentary on "Federated … review"': the closing quote ends a quotation opened inside
 * the title, so it stays.
 */
function closesInnerQuote(body: string, quote: string): boolean {
  // A straight quote closes one opened inside when the title (its own opening quote aside) holds an odd number of them.
  if (quote.trim() === '"') return (body.replace(/^\s*"/, '').match(/"/g) ?? []).length % 2 === 1;
  // "Comment on 'Homogeneous Utility Functions …: A Note'": a straight single quote closes one opened before a word (an
  // apostrophe sits inside a word, "Earth's").
  if (quote.trim() === "'") {
    const inside = body.replace(/^\s*'/, '');
    return (inside.match(/(?:^|[\s(“"])'(?=\p{L})/gu) ?? []).length > (inside.match(/(?<=[\p{L}.?!])'(?!\p{L})/gu) ?? []).length;
  }
  // "Earth’s": a ’ before a letter is an apostrophe, not a closing quote.
  return (body.match(/[‘“„«]/g) ?? []).length > (body.match(/[’”»](?!\p{L})/gu) ?? []).length;
}

/** '“Quotation”: Subtitle': the opening quote closes inside the title, before its end, so it stays. */
function opensInnerQuote(title: string): boolean {
  const close = { '“': '”', '"': '"', '«': '»', '„': '“' }[title[0]!];
  if (!close) return false;
  const at = title.indexOf(close, 1);
  return at > 0 && /\s*\S/.test(title.slice(at + 1)) && !/^[,.;:]?\s*$/.test(title.slice(at + 1));
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Quoted title at the start of `s`: “Title,” in Venue / "Title." Journal / “Observation of the “K-pp”-like structure”. */
function quotedTitle(s: string): { title: string; rest: string } | null {
  const m =
    germanQuotedTitle(s) ??
    /^\s*[“"„«]((?:[^”"»“]|“[^”"“]{1,80}”(?=\S))+?)[,.?!]?\s*[”"»]\s*,?/.exec(s) ??
    singleQuotedTitle(s) ??
    cornerQuotedTitle(s);
  if (!m || m[1]!.length < 3 || m[1]!.length > 600) return null;
  // "“Smarterized” urban project process with …": a quoted word or two that the title's words in lower case run on from
  // opens the title (not "“Title” in Proceedings …").
  // "„Sarti digital“, in: …" (German) closes with “, and its "in:" opens the venue.
  if (words(m[1]!) <= 2 && !/[,.]\s*[”"»“]\s*,?$|[”"»“]\s*,$/.test(m[0]) && /^\s*(?!in:?\s)\p{Ll}/u.test(s.slice(m[0].length))) return null;
  // "« … du crédit ?»": French writes a space before "?" and "!", and the title keeps it.
  const mark = /(\s?)([?!])\s*[”"»]/.exec(m[0]);
  const tail = mark ? `${mark[1] ? ' ' : ''}${mark[2]}` : '';
  return { title: tidyTitle(m[1]!) + tail, rest: s.slice(m[0].length) };
}

/**
 * "„Die Gattung als vernetzte Struktur. Überlegungen zur Oper um 1800“, in: …" (German quotes, closed by the mark English
 * opens with, or by ” or " where a page mixes them): the quotation, where a comma, a period, "in" or the end follows it
 * (not "„Das reine Banditenblatt“: Die Verhandlung …", a quotation the title runs on from).
 */
function germanQuotedTitle(s: string): RegExpExecArray | null {
  return s.includes('„') ? /^\s*„([^“”"„]{2,600}?)[,.?!]?[“”"](?=[,.;]|\s+in:?\s|\s*$)\s*,?/u.exec(s) : null;
}

/**
 * "‘Indigenous Employment: A Story of Continuing Growth’, CAEPR …" (British single quotes): the quotation, where a "’"
 * before a letter is an apostrophe ("Huntington’s"); three words or more, not a quoted word opening a title ("‘Omics’ …").
 */
function singleQuotedTitle(s: string): RegExpExecArray | null {
  const m = /^\s*‘((?:[^‘’]|’(?=\p{L}))+?)[,.?!]?’(?!\p{L})\s*,?/u.exec(s);
  // Two words where punctuation closes the quotation ("‘Eendrachtige samenwerking’, De Volkskrant"): no word opening a title.
  return m && (words(m[1]!) >= 3 || (words(m[1]!) === 2 && /(?:[,.?!]’|’\s*,)\s*$/.test(m[0]))) ? m : null;
}

/**
 * "「ロボット用統合GUI環境Choreonoid」, 日本ロボット学会誌" and "藤田健人, 椿野大輔、「Title」 Venue、2024年。": Japanese corner brackets
 * quote a title; the ideographic comma before them (the names') and the comma after them go with them.
 */
function cornerQuotedTitle(s: string): RegExpExecArray | null {
  // Not "「2014 年広島豪雨に関する予測検討会」の報告": a quotation the title's words run on from opens the title.
  return (
    /^\s*[、，]?\s*「([^「」]+)」(?=[\s,，、.。]|$)\s*[,，、]?/u.exec(s) ??
    /^\s*[、，]?\s*『([^『』]+)』(?=[\s,，、.。]|$)\s*[,，、]?/u.exec(s)
  );
}

/**
 * A note on an entry, not its title: "Best paper nominee at IEEE VR 2021", "Honorable Mention Award", "Invited", "Spotlight",
 * "Oral at NeurIPS". A title may open with "Oral" or "Spotlight" ("Oral probiotic combination …", Trends' "Spotlight: Bears
 * arouse interest …"): other words than a note's after them, or a colon, make a title.
 */
export const AWARD_NOTE =
  /^(?:(?:best|outstanding|distinguished)\s+(?:\S+\s+){0,2}(?:paper|poster|demo|student|presentation)|honou?rable mention|invited(?:\s+(?:talk|paper|contribution))?|presented at|(?:spotlight(?:\s+(?:on|paper|talk|presentation))?|oral(?:\s+presentation)?)(?!\s*:|\s+(?!(?:at|in|presentation|paper|talk|session|track)\b)\p{L}))\b|\b(?:award|prize|nominee|finalist)s?\b(?!-)(?=[^.]{0,60}$)/iu;

/**
 * A line of an entry, after its first, that is an award and nothing else ("🏆 Best Paper Award in Biomedical Engineering
 * Track", "Best Student Paper Award", "Harold W. Kuhn Award 2022"): a badge between the entry's parts, no part of them.
 */
function isAwardLine(line: string, index: number): boolean {
  return (
    index > 0 &&
    words(line) <= 12 &&
    AWARD_NOTE.test(line) &&
    (/^[^\p{L}\d"“(]/u.test(line) ||
      /^(?:best|outstanding|distinguished|honou?rable)\s/i.test(line) ||
      /\b(?:award|prize)(?:\s+(?:19|20)\d\d)?\s*$/i.test(line))
  );
}

/** "A webinar for …", "An invited talk at …", "A public lecture given to …" where the venue stands: a talk, not a paper. */
export const TALK_IN_VENUE_PLACE =
  /^[\s.,:;–-]*An?\s+(?:\p{Ll}+\s+){0,2}(?:webinar|talk|seminar|lecture|keynote|presentation|podcast|interview)\s+(?:for|at|to|given|in|on|with)\b/u;

/** An entry that ends with a website's name (not a preprint server's): "→ Auf DataAnalyst.eu", "on towardsdatascience.com". */
const WEB_POST =
  /(?:→\s*|\b(?:auf|on|at)\s+)(?!(?:arxiv|biorxiv|medrxiv|chemrxiv|ssrn|zenodo|osf|hal|researchgate)\.)[\p{L}\d-]{2,}\.(?:com|eu|de|net|io|blog|org)\.?$/iu;

/**
 * A patent or a registered program / database: "U.S. Patent No. …", "Patent Number: CN105205096 B", "U. S. Patent
 * Application 63/185,407", "… 2019. [Patent]", "Патент на изобретение № …", "Свидетельство о государственной регистрации программ для ЭВМ".
 */
const PATENT =
  /\b(?:U\.?\s?S\.?\s+)?Patent\s+(?:No\.?|Number|Application(?:\s+No\.?)?)\s*[:#]?\s*(?:[A-Z]{2}\s?)?\d|\bU\.?S\.? Patent\s+\d|\[Patent\]|Патент\s+(?:на\s+(?:изобретение|полезную\s+модель)|РФ|№)|Свидетельство\s+о\s+(?:государственной\s+)?регистрации/iu;

/**
 * "Title – NeurIPS 2023", "Title – Technion 2023 (PhD Thesis)" (CS pages' title lines): the venue and year after a dash
 * that closes a title, capitalised words and a year (no month: "Oct 2019 – Sept 2020" is a span of dates).
 */
const TITLE_VENUE_TAIL = new RegExp(
  `\\s+[–—]\\s+(?!${MONTH_NAME}\\b)(\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,3})\\s+(${YEAR})(?:\\s*\\([^()]{1,40}\\))?$`,
  'u',
);

/** Where the first parenthesis a text leaves open stands ("Title (Venue, vol"); null when it closes all. */
function unclosedParenthesis(s: string): number | null {
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') open.push(i);
    else if (s[i] === ')') open.pop();
  }
  return open.length ? open[0]! : null;
}

/** "In press at Systematic Biology", "Submitted to Ecology": an entry's status and venue where its title would be (it shows none). */
const STATUS_AS_TITLE = new RegExp(`^(?:${PAPER_STATUS})(?:\\s+(?:at|to|in|by|for|with)\\s.*)?$`, 'i');
/** A card's label of the kind of work ("Journal Article", "International Conference", "Conference Paper"), never a title. */
const KIND_AS_TITLE = new RegExp(
  `^(?:(?:international|national|peer-reviewed)\\s+)?(?:${WORK_KIND}|${ARTICLE_TYPE}|journal|conference|proceedings)s?$`,
  'iu',
);

/** "DOI: 10.21105/joss.06695", "arXiv:2101.00001", "In T. Röfer, …": an entry's identifier line or its editors' line, never a title. */
const IDENTIFIER_AS_TITLE =
  /^(?:(?:doi|DOI|arXiv|arxiv|PMID|PMCID|ISBN|ISSN)\s*:\s*\S+$|https?:\/\/\S+$|In:?\s+(?:\p{Lu}\.\s?-?)+\s?\p{Lu}[\p{L}\p{M}'’-]+(?:$|,))/u;

/** A sentence, then APA's bracketed description of a work's kind closing the entry ("Subtitle. [Book].", "… [M.A. thesis]."). */
const WORK_KIND_CLOSING = new RegExp(
  `^\\s*(\\p{L}[^.[\\]]{2,150}?)\\.\\s*(\\[(?:${WORK_KIND}|${ARTICLE_TYPE}|(?:journal|conference)(?:\\s*\\/\\s*proceedings)?|proceedings)\\])\\.?\\s*$`,
  'iu',
);

export function finishReference(
  title: string,
  block: AuthorBlock | null,
  form: NameForm | undefined,
  year: number | undefined,
  venueText: string,
  whole: string,
): ParsedReference | null {
  // "Verificare di essere umani. Per una teoresi del Transumanesimo. [Book].": the description of the work's kind that APA
  // puts right after the title closes the title, so a sentence alone between them is the title's own, not a venue.
  const described = WORK_KIND_CLOSING.exec(venueText);
  if (described && !/[.?!]\s*$/.test(title.trim()) && words(described[1]!) >= 2) {
    title = `${title.trim()}. ${described[1]}`;
    venueText = described[2]!;
  }
  const tail = TITLE_VENUE_TAIL.exec(tidyTitle(title));
  if (tail && words(title.slice(0, tail.index)) >= 2) {
    title = title.slice(0, tail.index);
    year = Number(tail[2]);
    venueText = `${tail[1]} ${tail[2]}`;
  }
  // "Title (Émulations, vol. 15, n° 41, p. 189-208)" cut at a period inside its parentheses: the title ends before the
  // parenthesis it leaves open, which opens the venue.
  const open = unclosedParenthesis(title);
  // Closed in the venue text ("…, vol. 3, n° 5)"); not "Title (Wide Area Network" that a page never closes.
  if (open !== null && words(title.slice(0, open)) >= 2 && /^[^()]*\)/.test(venueText)) {
    venueText = `${title.slice(open)}${/^\s*[,;:]/.test(venueText) ? '' : '.'} ${venueText}`;
    title = title.slice(0, open);
  }
  let t = tidyTitle(title);
  // "Mamykina, L., Hartman, B., 2011 Design Lessons from …", "Cusack CM, Mamykina L. 2013 The future state of …": the
  // date written after the names with no mark of its own opens the title; not "Smith J. (2012). 2011 Tohoku earthquake …".
  const openingYear = block && /^(?:19|20)\d\d\s+(?=\p{Lu})/u.exec(t);
  if (openingYear) {
    const y = Number(openingYear[0]);
    const rest = t.slice(openingYear[0].length);
    const at = whole.indexOf(t);
    if (
      (year ?? lastYear(venueText) ?? y) === y &&
      words(rest) >= 2 &&
      at > 0 &&
      /[.,]\s+$/.test(whole.slice(Math.max(0, at - 3), at)) &&
      !YEAR_AS_WORD.test(whole.slice(0, at))
    ) {
      t = rest;
      year ??= y;
    }
  }
  // "Names. 2010. Gumbo. In The New Encyclopedia of …": an encyclopedia's entry or a chapter in a book, one word long.
  const oneWordChapter = !!block && year !== undefined && /^\p{Lu}\p{Ll}{4,}$/u.test(t) && /^\s*In:?\s+\p{Lu}/u.test(venueText);
  // "Names (2025). FigSense (1.0). Zenodo.": a software record's one-word name and its version.
  const versioned = !!block && year !== undefined && /^\p{L}[\p{L}\d-]{3,}\s+\((?:v(?:ersion)?\s?)?\d+(?:\.\d+)+\)$/u.test(t);
  // A word the entry quotes as its title ("« Trajectoire »", "Lits G. « Belgium », in …", "“Processus,” in …"): an
  // encyclopedia's entry or a chapter, however short.
  // "‘§ 15 – Geldwäschecompliance’ in …" (British single quotes) and "„Migrationen“, in: …" (German) too.
  const quotedWord = () => [...whole.matchAll(/[«“"‘„]\s*([^«»“”"‘’„]{5,80}?)[,.]?\s*[»”"’“]/g)].some((m) => m[1] === t);
  // "张磊.超设计的悖论[C]//…", "张磊,曹楠. 2024生/成[M].": GB/T 7714's mark of the work's kind closes a title, however short.
  const kindMarked = () => {
    const at = whole.indexOf(t);
    return at >= 0 && GBT_MARK_OPENING.test(whole.slice(at + t.length));
  };
  if (
    !/\p{L}/u.test(t) ||
    // A Chinese or Japanese title is one "word" (no spaces): six of its characters in a row make it one.
    // So is a one-word title in quotes ("« Trajectoire »").
    (words(t) < 2 &&
      !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{6}/u.test(t) &&
      !oneWordChapter &&
      !versioned &&
      !quotedWord() &&
      !kindMarked()) ||
    (t.length < 8 && !oneWordChapter && !quotedWord() && !kindMarked()) ||
    LABEL_ONLY.test(t) ||
    STATUS_AS_TITLE.test(t) ||
    KIND_AS_TITLE.test(t) ||
    IDENTIFIER_AS_TITLE.test(t) ||
    // A breadcrumb's "›", not a pair of German quotes ("the DTA ›Base Format‹") or French ones ("‹Title›").
    /(?<!‹[^‹›]{1,80})›(?![^‹›]{1,80}‹)|^\S+\.(?:com|org|net|edu)\b/.test(t) ||
    AWARD_NOTE.test(t) ||
    PATENT.test(whole) ||
    // "Title → Auf DataAnalyst.eu", "Title. Medium.com": a post on a website, not a paper.
    WEB_POST.test(collapse(`${t} ${venueText}`)) ||
    // "Title A webinar for Franklin Marshall University (2021)": a talk, not a paper.
    TALK_IN_VENUE_PLACE.test(venueText) ||
    // The rest of a long author list cut short by a stray period ("…, Steven L. Klein SL, Blakesley RW, …"); the rest of
    // a name cut after its first initial ("Laughner, J. L., Title, …" read as "Laughner, J." and "L., Title").
    (form !== undefined && t.includes(',') && (readAuthorBlock(t, form)?.names.length ?? 0) >= 3) ||
    (block !== null && /^\p{Lu}\.,\s/u.test(t)) ||
    // "with Valentina Aprigliano": an owner's coauthors' line read apart from its title.
    (coauthorsIntroLength(t) > 0 && NAME_FORMS.some((f) => readAuthorBlock(t.slice(coauthorsIntroLength(t)), f)))
  )
    return null;
  const { ids, pmid, urls } = idsIn(whole);
  const venue = readVenue(venueText);
  const ref: ParsedReference = { title: t, authors: block?.names ?? [], authorsTruncated: block?.truncated ?? false, ids, urls, ...venue };
  const y = year ?? lastYear(venueText) ?? venueShortYear(venueText);
  if (y !== undefined) ref.year = y;
  if (pmid) ref.pmid = pmid;
  if (form && block) ref.nameForm = form;
  return ref;
}

/** "G Lits", "O Champagne-Poirier": one undotted initial before a family name. */
const UNDOTTED_INITIAL = /^(\p{Lu})\s(?=\p{Lu}\p{Ll})/u;
/** "HR Siebner", "G Lits": undotted initials. */
const UNDOTTED_INITIALS = /^\p{Lu}{1,3}\s\p{Lu}\p{Ll}/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.\s?-?)+\s?\p{Lu}\p{Ll}/u;

/**
 * "Roussel R., Grabener J., Lits G. et al. Title" in a list that writes "Lits G., Cougnon A. & Heeren A. Title": the
 * period of the last name's initial was read as the names' end, leaving "G Lits". The last name of an entry whose lone
 * initial is undotted takes the dot where the entry's other names are dotted and another entry of the list writes that
 * very name dotted before more names, in a list that dots (four in five) the initials inside its author lists; not
 * "Madsen KH, Thielscher A." (In place in `refs`.)
 */
export function dotInitialsAsList(refs: (ParsedReference | null | undefined)[]): void {
  const inside = refs.flatMap((r) => r?.authors.slice(0, -1) ?? []);
  const dottedInside = inside.filter((n) => DOTTED_INITIALS.test(n));
  if (dottedInside.length === 0 || inside.filter((n) => UNDOTTED_INITIALS.test(n)).length * 4 > dottedInside.length) return;
  const dottedNames = new Set(dottedInside);
  // Copies: a reading may be kept (memoised) for other lists of the page.
  for (const [i, r] of refs.entries()) {
    const last = r?.authors[r.authors.length - 1];
    const dotted = last?.replace(UNDOTTED_INITIAL, '$1. ');
    if (r && dotted && dotted !== last && dottedNames.has(dotted) && r.authors.slice(0, -1).every((n) => DOTTED_INITIALS.test(n)))
      refs[i] = { ...r, authors: [...r.authors.slice(0, -1), dotted] };
  }
}

/** "J. Kodet U. Hugentobler", "E. Grande A. Pacifici": two initialled names, given first, with no separator between them. */
const TWO_INITIALLED_NAMES = /^((?:\p{Lu}\.\s?-?)+\s?\p{Lu}[\p{Ll}\p{M}'’-]+)\s+((?:\p{Lu}\.\s?-?)+\s?\p{Lu}[\p{Ll}\p{M}'’-]+)$/u;

/**
 * "Giorgio Corbellini, Kaan Akşit, Stefan Mangold Stefan Schmid and Thomas R. Gross", "Bernard Gregory Fionula M.
 * Brennan": two names a missing comma ran into one. Split where both halves are names the list's other entries write
 * apart (and the whole is in none of them), or where the one name is two initialled names ("J. Kodet U. Hugentobler").
 * (In place in `refs`.)
 */
export function splitRunTogetherNamesAsList(refs: (ParsedReference | null | undefined)[]): void {
  const entriesWith = new Map<string, Set<number>>();
  for (const [i, r] of refs.entries()) for (const n of r?.authors ?? []) entriesWith.set(n, (entriesWith.get(n) ?? new Set()).add(i));
  const elsewhere = (name: string, i: number) => [...(entriesWith.get(name) ?? [])].some((j) => j !== i);
  const halves = (name: string, i: number): string[] | null => {
    const initialled = TWO_INITIALLED_NAMES.exec(name);
    if (initialled) return [initialled[1]!, initialled[2]!];
    const words = name.split(' ');
    if (words.length < 3 || elsewhere(name, i)) return null;
    for (let k = 1; k < words.length; k++) {
      const left = words.slice(0, k).join(' ');
      const right = words.slice(k).join(' ');
      // Each half a name with a word in full: "F." read alone elsewhere does not split "F. F. Silva".
      if ([left, right].every((half) => /\p{L}{2}/u.test(half) && elsewhere(half, i))) return [left, right];
    }
    return null;
  };
  // Copies: a reading may be kept (memoised) for other lists of the page.
  for (const [i, r] of refs.entries()) {
    if (!r || r.authors.length < 2) continue;
    const split = r.authors.map((n) => halves(n, i) ?? [n]);
    if (split.some((parts) => parts.length > 1)) refs[i] = { ...r, authors: split.flat() };
  }
}

/**
 * "———. 2000b. “Title”. Venue." (Chicago as Pandoc's citeproc and BibTeX's chicago style print it; MLA's "---. Title."):
 * dashes in the place of the previous entry's authors.
 */
const REPEATED_AUTHORS = /^\s*(?:[—―]{2,}|-{3,}|_{3,})\s*[.,]\s*/;

/**
 * The entry whose dashes stand for `previous`'s authors, read with one plain name in their place (the names as read
 * need not read again in the list's form: "Fernando Náufel do Amaral"); it takes `previous`'s authors. Null when it
 * does not open with the dashes or does not read so.
 */
export function readWithRepeatedAuthors(
  text: string,
  previous: ParsedReference,
  read: (text: string, hints: ReferenceHints) => ParsedReference | null,
  hints: ReferenceHints,
): ParsedReference | null {
  const dashes = REPEATED_AUTHORS.exec(text);
  if (!dashes || previous.authors.length === 0) return null;
  const r = read(`J. Doe. ${text.slice(dashes[0].length)}`, { ...hints, nameForm: 'given' });
  return r && { ...r, authors: [...previous.authors], authorsTruncated: previous.authorsTruncated, nameForm: previous.nameForm };
}

/**
 * One reference string in, its fields out; null when the string does not read as a reference (no author block and
 * no title, or nothing beyond a title: a navigation link, a news line). Lines (\n) separate a title-first entry's
 * title, author line and venue line; other entries are read as one line.
 */
export function parseReference(raw: string, hints: ReferenceHints = {}): ParsedReference | null {
  const r = keptReading(raw, hints);
  observer?.(raw, hints, r);
  return r;
}

/**
 * `parseByRules`'s answers, kept (KeptReadings) by hints and whether odd names are allowed: a page's references are read
 * again by other lists of it, and a selection of the page again as its elements and as its text.
 */
const keptReferences = new KeptReadings<ParsedReference | null>();
const copyReading = (r: ParsedReference): ParsedReference => ({ ...r, authors: [...r.authors], ids: { ...r.ids }, urls: [...r.urls] });

function keptReading(raw: string, hints: ReferenceHints): ParsedReference | null {
  const { nameForm, title, groupYear, allowNoAuthors, familyNamesOnly, strictForm } = hints;
  const hintsKey = `${oddNameAllowed}|${nameForm}|${groupYear}|${allowNoAuthors}|${familyNamesOnly}|${strictForm}|${title === undefined ? '' : `"${title}`}`;
  const reading = keptReferences.read(hintsKey, raw, () => parseByRules(raw, hints));
  return reading && copyReading(reading);
}

type ReadingObserver = (raw: string, hints: ReferenceHints, rules: ParsedReference | null) => void;
let observer: ReadingObserver | null = null;

/** Every entry parseReference reads (and its reading or null) goes to `o`: how the tagger's training tool collects its data. */
export function observeReadings(o: ReadingObserver | null): void {
  observer = o;
}

// "作者：A, B": a Chinese page's full-width colon.
const FIELD_LABEL = /^\s*([\p{L}][\p{L} ]{1,30}?)\s*[:：]\s*(.*)$/u;
/** "Authors" in the languages of lab pages, as a field's or a line's label. */
export const AUTHORS_LABEL = '(?:authors?|autor(?:es|en|as)?|auteurs?|autori|作者|著者)';
export const YEAR_LABEL = '(?:year|(?:año|ano)(?: de)?(?: publicaci[oó]n| publica[çc][ãa]o)?|ann[ée]e|jahr|anno|年|年度|发表年份)';
export const VENUE_LABEL =
  '(?:journal|revista|venue|conference|published in|source|fuente|rivista|zeitschrift|期刊|会议|誌名|雑誌名|掲載誌名?)';
const AUTHORS_FIELD = new RegExp(`^${AUTHORS_LABEL}$`, 'i');
const YEAR_FIELD = new RegExp(`^${YEAR_LABEL}$`, 'i');
const VENUE_FIELD = new RegExp(`^${VENUE_LABEL}$`, 'i');
/** An entry whose text labels its authors on a line of their own. */
const AUTHORS_LINE = new RegExp(`^\\s*${AUTHORS_LABEL}\\s*[:：]`, 'im');
const TITLE_FIELD = /^(?:title|t[ií]tulo|titre|titel|titolo)$/i;
/** A link's label on its own line ("pdf version here", "[PDF]", "Slides"): no venue. */
const LINK_LABEL_LINE = /^\[?(?:pdf|ppt|slides|code|bibtex|link|download|video|poster)\b[^\n]{0,20}$/i;
/** One name as a field lists it: "Luz Deicy Alvarado Nieto", "C. Lima", "João Vítor de Azambuja Carvalho". */
const FIELD_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3}))*$/u;

/**
 * "Title\nJournal: Tecnura\nYear: 2015\nAuthors: A, B" and "Title\nAuthors: A, B | Year: 2024": an entry that labels its
 * fields (in any of a few languages) is read by its labels; the line no label opens is its title. Null when the
 * entry labels no authors, or shows no title line, or neither a year nor a venue.
 */
function readLabelledFields(raw: string, hints: ReferenceHints): ParsedReference | null {
  const segments = raw
    .replace(/\p{Cf}/gu, '')
    .split(/\n|\s\|\s/)
    .map((l) => l.trim())
    .filter(Boolean);
  let title: string | undefined;
  let authors: AuthorBlock | null = null;
  let form: NameForm | undefined;
  let year: number | undefined;
  let venue: string | undefined;
  let unlabelledVenue: string | undefined;
  let yearLine: string | undefined;
  for (const seg of segments) {
    const m = FIELD_LABEL.exec(seg);
    const label = m?.[1]!.trim() ?? '';
    const value = m?.[2]!.trim() ?? '';
    if (m && AUTHORS_FIELD.test(label)) {
      if (authors) return null;
      const etAl = /,?\s*(?:et al\.?|…|\.\.\.)$/.exec(value);
      const names = etAl ? value.slice(0, etAl.index) : value.replace(/[.;]$/, '');
      form = NAME_FORMS.find((f) => readAuthorBlock(names, f));
      authors = form ? readAuthorBlock(names, form) : null;
      if (!authors) {
        const split = names.split(/\s*(?:,\s*(?:and|&|y|e)\s+|,\s*|\s+(?:and|&|y|e)\s+)\s*/).filter(Boolean);
        if (split.length === 0 || split.length > 100 || !split.every((n) => n.length <= 50 && FIELD_NAME.test(n))) return null;
        authors = { names: split, truncated: false };
      }
      if (etAl) authors = { ...authors, truncated: true };
    } else if (m && YEAR_FIELD.test(label)) year = lastYear(value.split(/\s/)[0] ?? '') ?? year;
    else if (m && VENUE_FIELD.test(label)) venue = value.replace(/[.,;]$/, '');
    else if (m && TITLE_FIELD.test(label)) title = value;
    // "Title\nIn Big Data and Extreme-scale Computing (BDEC)\nAuthors: …": a line opening "In Venue" is no title.
    else if (!authors && title && /^In\s+\p{Lu}/u.test(seg)) unlabelledVenue ??= seg;
    else if (!authors && year === undefined && !venue) title = seg;
    else if (authors && title && !venue && !LINK_LABEL_LINE.test(seg) && seg.length <= 250) {
      yearLine ??= lastYear(seg) !== undefined ? seg : undefined;
      unlabelledVenue ??= seg;
    }
  }
  // "Title\nAuthors: A, B and C\nIn Proc. of …, Nov 4, 2014, Dallas": the unlabelled line after the names is the venue.
  if (unlabelledVenue && year === undefined) {
    year = lastYear(yearLine ?? unlabelledVenue);
    venue = venueAfterTitle(unlabelledVenue) ?? unlabelledVenue.replace(/[.,;]$/, '');
  }
  year ??= hints.groupYear;
  if (!authors || !title || (year === undefined && !venue)) return null;
  // "Han, Yf. et al. “Title”\n作者：Yafeng Han, …": a short citation above the labelled names; its quotes hold the title.
  const cited = /^[^“”"]{2,80}?\set al\.?,?\s*[“"]([^“”"]{8,400})[”"][.,]?$/u.exec(title);
  if (cited) title = cited[1]!;
  const r = finishReference(title.replace(/[:.]$/, ''), authors, form, year, venue ?? '', raw);
  if (r && venue) r.venue = venue;
  return r;
}

const TITLE_YEAR_VENUE = new RegExp(
  `^([\\p{Lu}“"][^\\n]{8,300}?)\\s+\\((${YEAR}|${STATUS_IN_PARENS})\\)\\.\\s+(\\p{Lu}[^\\n]{1,250})$`,
  'u',
);

/** "(with A and B)" after an own paper's year: its coauthors. */
const COAUTHORS_NOTE = new RegExp(`\\s*\\(${COAUTHORS_WORD}\\s+(\\p{Lu}[^()]*)\\)`, 'u');

/**
 * "Title (2021). Journal 116: 615-636." / "Title (forthcoming). Mind.": an author's own paper on their page, the title
 * first and the year in parentheses after it, no names but a "(with A and B)" note of coauthors. Only where the text
 * before the year does not read as names (APA's "Names (2021). Title.").
 */
function readOwnPaper(raw: string): ParsedReference | null {
  const m = TITLE_YEAR_VENUE.exec(collapse(stripEntryChrome(raw)));
  if (!m) return null;
  const title = m[1]!;
  // Names the reader could not read ("Abdel-Raheem, S.T., Payne, A.R., …") and organisations ("Programa … (PNUD)") are no titles.
  if (words(title) < 2 || /[.;]\s|[,&()]|(?:^|\s)\p{Lu}\./u.test(title) || opensWithNames(title)) return null;
  if (NAME_FORMS.some((f) => readAuthorBlock(title.replace(/[.,]$/, ''), f))) return null;
  // "Title (2024). G. Sinigiani, …, and A. Cipriani. Heart Rhythm.": names after the year are the entry's own.
  if (opensWithNames(m[3]!)) return null;
  const venueText = m[3]!.replace(COAUTHORS_NOTE, '');
  const coauthors = COAUTHORS_NOTE.exec(m[3]!)?.[1];
  const block = coauthors ? readAuthorBlock(coauthors, 'given') : null;
  if (coauthors && !block) return null;
  const r = finishReference(title, block, block ? 'given' : undefined, /^\d/.test(m[2]!) ? Number(m[2]) : undefined, venueText, raw);
  return r && !r.venue && venueText.length > 120 ? null : r;
}

/**
 * "Giants of the Amazon: How does … large trees? Lima et al (2023)", "…National Forest<a>Abreu et al (2023) b</a>": a title
 * and, after it, the short citation of the paper (its first author's family name and the year) that links to it.
 */
const TITLE_THEN_SHORT_CITATION = new RegExp(
  `^(.{12,300}?[^\\s,;:])\\s*(\\p{Lu}\\p{Ll}[\\p{Ll}\\p{M}'’]*(?:-\\p{Lu}\\p{Ll}+)?)\\s+et\\s+al\\.?,?\\s*\\((${YEAR})\\)(?:\\s*[a-z])?\\.?$`,
  'u',
);

const CITING_WORD_CLOSING = /\b(?:of|by|in|on|from|with|to|and|the|see|cf\.?|de|da|do|por|em|von|par)$/i;

function readTitleThenShortCitation(raw: string): ParsedReference | null {
  if (!raw.includes(' et al')) return null;
  const m = TITLE_THEN_SHORT_CITATION.exec(collapse(stripEntryChrome(raw)));
  if (!m) return null;
  const title = m[1]!;
  // A reference whose names or dates come first ("Silva, J. (2024). Title. Abreu et al (2023)") is none of these, nor is
  // prose that cites a paper ("We extend the model of Silva et al (2020)").
  if (words(title) < 3 || lastYear(title) !== undefined || opensWithNames(title) || CITING_WORD_CLOSING.test(title)) return null;
  return { title: tidyTitle(title), authors: [m[2]!], authorsTruncated: true, year: Number(m[3]), ids: {}, urls: [], nameForm: 'given' };
}

/**
 * "Jakub Machura – Detekce interpunkce v češtině: analýza problémů a vylepšení (2017)" (a list of theses a project
 * supervised): one student's name written in full, a spaced en dash, then the title and, when given, its year in
 * parentheses. Three words of title or more, one phrase (no parentheses, no sentence after it), and no period in the names.
 */
const NAME_DASH_TITLE = new RegExp(`^([^–—.,;:()\\d]{4,60}?)\\s+[–—]\\s+(\\p{Lu}[^\\n()]{8,300}?)(?:\\s+\\((${YEAR})\\))?\\.?$`, 'u');

function readNameDashTitle(raw: string): ParsedReference | null {
  const text = collapse(stripEntryChrome(raw));
  const m = text.includes('–') || text.includes('—') ? NAME_DASH_TITLE.exec(text) : null;
  // Not "Patent Trolling Isn’t Dead — It’s Just Moving to Delaware. (w/ A and B) 2017. JOURNAL": a title's own dash, a
  // citation after it.
  if (!m || !FULL_NAME.test(m[1]!) || words(m[2]!) < 3 || /[–—]\s|\.\s/.test(m[2]!)) return null;
  const block = readAuthorBlock(m[1]!, 'given');
  if (!block || block.names.length !== 1) return null;
  return finishReference(m[2]!, block, 'given', m[3] ? Number(m[3]) : undefined, '', raw);
}

/**
 * "‘Kryptowerte und Geldwäsche’ (2019) Zeitschrift für Bank- und Kapitalmarktrecht (BKR) 19(8), 377–386 (mit Mathias
 * Fromberger und Patrick Zimmermann)" (a legal citation, OSCOLA's order): the title in single quotes, the year in
 * parentheses, the journal up to its volume; "‘§ 10 – Title’ in Maume/Maute (Hrsg.), Book (C.H. Beck, 2022), S. 269–312"
 * a chapter, the book after the editors and the year closing the publisher's parentheses. The owner is never named, the
 * coauthors are in the closing note.
 */
const QUOTED_TITLE_YEAR = new RegExp(
  `^\\s*(?:\\(\\s*(${YEAR})(?:\\/\\d{2,4})?\\)|(\\(\\s*\\d{4}\\/\\d{2,4}\\)))\\s+(\\p{Lu}.{2,300})$`,
  'u',
);
const EDITED_BOOK_CHAPTER = /^\s*in\s+[^,()]{2,120}\((?:Hrsg|Hg|eds?)\.\),\s+([^()]{3,200}?)(?:,\s+\d+\.\s+Auflage)?\s*\(([^()]{2,80})\)/u;
const VOLUME_OPENING = /\s+\d{1,4}(?:\(\d{1,3}\)|\/(?:19|20)\d\d)(?=[,\s]|$)/u;

function readQuotedTitleFirst(raw: string): ParsedReference | null {
  const text = collapse(stripEntryChrome(raw));
  if (!text.startsWith('‘')) return null;
  // "‘§ 24 – Geldwäschecompliance’": a chapter's number and a word or two, a title here, where a year or a book follows.
  const quoted = /^‘((?:[^‘’]|’(?=\p{L}))+?)[,.?!]?’(?!\p{L})\s*/u.exec(text);
  if (!quoted) return null;
  const rest = text.slice(quoted[0].length);
  const coauthors = COAUTHORS_NOTE.exec(rest)?.[1];
  const block = coauthors ? readAuthorBlock(coauthors, 'given') : null;
  if (coauthors && !block) return null;
  const dated = QUOTED_TITLE_YEAR.exec(rest);
  if (dated) {
    const volume = VOLUME_OPENING.exec(dated[3]!);
    if (!volume) return null;
    const year = dated[1] && !dated[2] && !/\//.test(dated[0].split(')')[0]!) ? Number(dated[1]) : undefined;
    return finishReference(quoted[1]!, block, block ? 'given' : undefined, year, dated[3]!.slice(0, volume.index), raw);
  }
  // "‘Rechtshandbuch für Start-Ups’, C.H. Beck, in Vorbereitung für 2024 (mit Mathias Fromberger)": a book, its publisher
  // and year after a comma.
  if (/^,\s/.test(rest)) {
    const venueText = rest.replace(COAUTHORS_NOTE, '').slice(1);
    const year = lastYear(venueText);
    return year === undefined ? null : finishReference(quoted[1]!, block, block ? 'given' : undefined, year, venueText, raw);
  }
  const chapter = EDITED_BOOK_CHAPTER.exec(rest);
  const year = chapter ? /(?:^|\s)((?:19|20)\d\d)$/.exec(chapter[2]!)?.[1] : undefined;
  if (!chapter || !year) return null;
  return finishReference(quoted[1]!, block, block ? 'given' : undefined, Number(year), chapter[1]!, raw);
}

/**
 * APA's group author, the body and its acronym before the year: "Programa de las Naciones Unidas para el Desarrollo
 * (PNUD). (2017). Title. Subtitle. Santiago de Chile: PNUD." (reports of ministries, agencies, UN bodies). The author is
 * the body as written; a book's title runs to its "Place: Publisher." closing, otherwise to the first period.
 */
const GROUP_AUTHOR_APA =
  /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){1,14}\s+\((\p{Lu}[\p{Lu}\d&-]{1,11})\))\.\s*\((\d{4})[a-z]?\)\.\s+(.+)$/u;
const BOOK_TITLE_THEN_PUBLISHER = /^(.+?[^.\s]{2})\.\s+(\p{Lu}[^.:]{1,60}:\s*[^.:]{2,80}\.?)$/u;

/**
 * "Instituto Nacional de Estadística y Geografía (2022) Cuadros de Oferta y Utilización. (Liga al producto)", "World Health
 * Organization (2020). Title.": an institution's report, its name (an institute, a ministry, an agency…) before the year.
 */
const INSTITUTION_APA = new RegExp(
  `^(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+[\\p{L}\\p{M}'’-]+){1,10})\\s+\\((${YEAR})[a-z]?\\)[.:]?\\s+(\\p{Lu}.+)$`,
  'u',
);
const INSTITUTION_WORD =
  /^(?:institut[eo]?|istituto|ministry|minist[eé]rio|minist[eè]re|ministerio|agency|agencia|ag[eê]ncia|bureau|office|oficina|commission|comisi[oó]n|comiss[aã]o|council|consejo|conselho|secretar[ií]a|department|departamento|organi[sz]ation|organizaci[oó]n|organiza[cç][aã]o|bank|banco)$/i;

function readGroupAuthorApa(raw: string): ParsedReference | null {
  const lines = raw.split('\n').map((l) => collapse(stripEntryChrome(l)));
  const institution = INSTITUTION_APA.exec(lines[0]!);
  if (institution && institution[1]!.split(' ').some((w) => INSTITUTION_WORD.test(w))) {
    const cut = /^(.+?[^.\s]{2})\.\s+(.*)$/u.exec(institution[3]!);
    const r = finishReference(cut?.[1] ?? institution[3]!.replace(/\.$/, ''), null, undefined, Number(institution[2]), cut?.[2] ?? '', raw);
    if (r) r.authors = [collapse(institution[1]!)];
    return r;
  }
  const m = GROUP_AUTHOR_APA.exec(lines[0]!);
  if (!m) return null;
  const rest = m[4]!;
  const book = BOOK_TITLE_THEN_PUBLISHER.exec(rest);
  const cut = book ? null : /^(.+?[^.\s]{2})\.\s+(.*)$/u.exec(rest);
  const title = book?.[1] ?? cut?.[1] ?? rest.replace(/\.$/, '');
  const venueText = book?.[2] ?? cut?.[2] ?? '';
  const r = finishReference(title, null, undefined, Number(m[3]), venueText, raw);
  if (r) r.authors = [collapse(m[1]!)];
  return r;
}

/**
 * Citations as the humanities and social sciences write them in German and the Romance languages, names first and the
 * venue after "In:": "Laura Untner: Title. In: Journal of Open Humanities Data 11 (2025), S. 1–15.", "Isabel Langkabel /
 * Katharina Prager, Title, in: Musil-Forum, Bd. 36, Berlin 2021, 227–242.", a book "Laura Untner (Hg.): Title. Würzburg:
 * Königshausen & Neumann 2023." and an owner's paper naming the coauthors only, "(mit Tim Voigt), Title, in: Editors
 * (Hrsg.), Book, Springer, 2008, S. 47-62." (the title then runs to its first comma where no "in:" follows), or
 * in brackets, "[with Mingyang Cai and Stef van Buuren] Title." (working papers).
 */
const OWNER_COAUTHORS_OPENING = new RegExp(
  `^(?:\\(|\\[)\\s*(?:${COAUTHORS_JOINTLY})?${COAUTHORS_WORD}\\s+([^()[\\]]{2,300})(?:\\)|\\])\\s*[,.:]?\\s+`,
  'iu',
);
const NAMES_OPENING = /^([^:,;()]{3,300}?)(\s*\((?:hg|hrsg|eds?|orgs?|coords?)\.?\))?\s*([:,])\s+(?=\S)/iu;
const IN_VENUE = /[,.]\s+in:\s+(?=\S)/i;
/** A title sentence alone: no comma, which would run on to a venue ("Title, OTB Working papers 2014-07, …"). */
const TITLE_SENTENCE_ALONE = /^(\p{Lu}[^.?!,]{8,300}?[^\s.;:])[.?!]?$/u;
const PLACE_PUBLISHER_YEAR = /^(.+?[^.\s]{2})\.\s+(\p{Lu}[^.:]{1,60}:\s*[^.:]{2,80}?\s(?:19|20)\d\d\b.*)$/u;
/** "Title. LREC 2016.": a meeting's acronym and its year. */
const ACRONYM_YEAR = /^(.+?[^.\s]{2})\.\s+(\p{Lu}{2,10}(?:['’]?\d\d)?\s(?:19|20)\d\d)\.?$/u;
const STATUS_NOTE_CLOSING = /\s*\[([^[\]]{2,200})\]\.?$/;
/** "Title. Berlin 2019.": a book's place of publication and its year, no publisher. */
const PLACE_YEAR = /^(.+?[^.\s]{2})\.\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?\s(?:19|20)\d\d)\.?$/u;
/**
 * "Langmandel, Eva: Title. Duisburg: Universitätsverlag Rhein-Ruhr 2013." (German "Family, Given:"), "Arbeitsstelle
 * Edition und Editionstechnik (Hg.): Title. …" (a body as the book's editor): names inverted, or a body marked as the
 * editor, before the colon that opens the title.
 */
// "Herold, Kristin: „Sarti digital“, in: …": the title may open with a quote mark.
const INVERTED_NAMES_OPENING = /^([^:;()]{3,300}?)(\s*\((?:hg|hrsg|eds?|orgs?|coords?)\.?\))?\s*:\s+(?=[\p{L}„“"«])/iu;
const BODY_NAME = /^\p{Lu}[\p{L}-]+(?:\s+(?:\p{Lu}[\p{L}-]+|und|and|et|für|for|of|de|du|des|der))*\s+\p{Lu}[\p{L}-]+$/u;

function invertedOpening(t: string): { block: AuthorBlock; form: NameForm; rest: string } | null {
  const m = INVERTED_NAMES_OPENING.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  // "Albrecht-Hohmaier, Martin": a double family name, its parts capitalised.
  if (/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*,\s+\p{Lu}/u.test(m[1]!)) {
    const block = readAuthorBlock(m[1]!, 'surname-given');
    if (block) return { block, form: 'surname-given', rest };
  }
  // A body: only where the editor's mark says the words before it are the book's makers.
  if (m[2] && !m[1]!.includes(',') && BODY_NAME.test(m[1]!) && words(m[1]!) <= 8 && !readAuthorBlock(m[1]!, 'given'))
    return { block: { names: [m[1]!], truncated: false }, form: 'given', rest };
  return null;
}

/** "Susanne Haaf, Christian Thomas: Title": names written in full, commas between them, a colon after them. */
const NAMES_BEFORE_COLON = /^([^:;()]{3,300}?):\s+(?=\S)/u;

function namesListBeforeColon(t: string): { block: AuthorBlock; rest: string } | null {
  const m = t.includes(',') ? NAMES_BEFORE_COLON.exec(t) : null;
  const names = m ? m[1]!.trim().split(/\s*,\s*(?:(?:and|und)\s+)?|\s+(?:and|und|&)\s+/) : [];
  if (names.length < 2 || !names.every((n) => FULL_NAME.test(n) && readAuthorBlock(n, 'given')?.names.length === 1)) return null;
  return { block: { names, truncated: false }, rest: t.slice(m![0].length) };
}

function readHumanitiesCitation(raw: string): ParsedReference | null {
  let t = collapse(stripEntryChrome(raw));
  // "Title. [In Review; eingereicht für jTEI 10]", "Title. LREC 2016. [Im Erscheinen, vorgesehen für …]": a bracketed note
  // on the paper's status closes the entry; the citation is read without it.
  const note = t.endsWith(']') ? STATUS_NOTE_CLOSING.exec(t) : null;
  const status = !!note && UNPUBLISHED.test(note[1]!);
  if (status) t = t.slice(0, note!.index);
  let block: AuthorBlock | null;
  let form: NameForm | undefined;
  let rest: string;
  const own = OWNER_COAUTHORS_OPENING.exec(t);
  const inverted = own ? null : invertedOpening(t);
  const listed = own || inverted ? null : namesListBeforeColon(t);
  if (own) {
    form = NAME_FORMS.find((f) => readAuthorBlock(own[1]!, f));
    if (!form) return null;
    block = readAuthorBlock(own[1]!, form);
    rest = t.slice(own[0].length);
  } else if (inverted) {
    ({ block, form, rest } = inverted);
  } else if (listed) {
    ({ block, rest } = listed);
    form = 'given';
  } else {
    const m = NAMES_OPENING.exec(t);
    if (!m) return null;
    // "Katharina Prager / Simon Ganahl unter Mitarbeit von Isabel Langkabel (Hg.)": the collaborators are no authors.
    const parts = m[1]!
      .replace(/\s+(?:unter Mitarbeit von|with the collaboration of|con la colaboraci[oó]n de)\s.*$/u, '')
      .split(/\s+\/\s+/);
    const names = parts.map((p) => readAuthorBlock(p, 'given'));
    if (!names.every((b) => b?.names.length === 1)) return null;
    rest = t.slice(m[0].length);
    // After a comma, one name opens a title only where "in:" names the venue after it, or where slashes join the names.
    // Nor where another name follows the comma ("Zhendong Shi, Ercan E. Kuruoglu, and Xiaoli Wei.Title. In: …").
    const next = /^[^,]+/.exec(rest)?.[0] ?? '';
    // "Die Sprache", "Le Monde": an article opens a title.
    const nextIsName =
      /^(?!(?:Die|Der|Das|Le|La|Les|El|Los|Las|Il|Lo|Gli|Os|As|The)\s)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(next) &&
      !!readAuthorBlock(next, 'given');
    if (m[3] === ',' && ((parts.length < 2 && !IN_VENUE.test(rest)) || nextIsName)) return null;
    block = { names: names.map((b) => b!.names[0]!), truncated: false };
    form = 'given';
  }
  // "(mit Ulrich Fehl, …), Stichwortgruppe Genossenschaften in: Siegfried Georg Häberle (Hrsg.), …": after the
  // coauthors' parentheses, "in:" names the venue with no comma before it.
  const inVenue = IN_VENUE.exec(rest) ?? (own ? /\s+in:\s+(?=\p{Lu})/u.exec(rest) : null);
  const book = inVenue ? null : (PLACE_PUBLISHER_YEAR.exec(rest) ?? PLACE_YEAR.exec(rest) ?? ACRONYM_YEAR.exec(rest));
  // "[with Stef van Buuren] The best prediction can be the worst imputation.": a working paper, the title alone.
  const titleAlone = (own || status) && !inVenue && !book ? TITLE_SENTENCE_ALONE.exec(rest) : null;
  if (titleAlone && words(titleAlone[1]!) >= 3) return finishReference(titleAlone[1]!, block, form, undefined, '', raw);
  const comma = inVenue || book || !own ? null : /^(.{8,300}?[^\s,]),\s+(?=\S)/u.exec(rest);
  const title = inVenue ? rest.slice(0, inVenue.index) : (book?.[1] ?? comma?.[1]);
  if (!title) return null;
  // "In: " kept before the venue: a chapter's one-word title ("Korrespondenzen, in: Editors (Hg.), Handbuch") stands.
  const venueText = inVenue ? `In: ${rest.slice(inVenue.index + inVenue[0].length)}` : book ? book[2]! : rest.slice(comma![0].length);
  // "Text. Kritische Beiträge (16/2020)": a German journal's issue and its year.
  const year = lastYear(venueText) ?? Number(/\b\d{1,2}\/((?:19|20)\d\d)\b/.exec(venueText)?.[1] ?? NaN);
  if (Number.isNaN(year) && !UNPUBLISHED.test(venueText)) return null;
  return finishReference(title, block, form, Number.isNaN(year) ? undefined : year, venueText, raw);
}

const LABELLED_FIELDS_ONLY = new RegExp(
  `^\\s*${AUTHORS_LABEL}\\s*:[^\\n]*(?:\\s\\|\\s|\\n)\\s*(?:${YEAR_LABEL}|${VENUE_LABEL})\\b[^:\\n]{0,20}:`,
  'i',
);

/**
 * "Klymkowsky. 2023. Title. Journal", "Cooper & Klymkowsky 2022. Title. Venue", "Ming, Leung, Yung, Wong and Lau (2006)
 * Title. Publisher.": family names alone before the year, as some CVs write their authors. Read so only where no name
 * form reads the entry: the year right after them tells them from a title's words, and a title sentence of three words
 * or more and a venue after it must follow.
 */
const FAMILY_NAMES_THEN_YEAR = new RegExp(`^([^.()\\d]{2,300}?)[.,]?\\s+\\(?(${YEAR})[a-z]?\\)?[.,:]?\\s+(?=[\\p{Lu}"“‘])`, 'u');

/** A status word where names would stand: "Submitted (2025)", "Accepted, 2024". */
const STATUS_WORDS = /\b(?:submitted|accepted|forthcoming|preprint|published|review|press|appear|progress|preparation)\b/i;
/** "Title<br>Trapnell &amp; Schatz, 2009.<br>Journal 35(8)": a line of family names and the year alone, under the title. */
const FAMILY_NAMES_YEAR_LINE = new RegExp(`^([^.()\\d]{2,300}?)[.,]?\\s+\\(?(${YEAR})[a-z]?\\)?\\.?$`, 'u');

function readFamilyNamesThenYear(raw: string): ParsedReference | null {
  const lines = raw
    .split('\n')
    .map((l) => collapse(stripEntryChrome(l)))
    .filter(Boolean);
  // Between the title and a venue line: a card's "Title<br>Limnology and Oceanography (2019)" is a venue, not names.
  const at = lines.findIndex(
    (l, i) => i > 0 && FAMILY_NAMES_YEAR_LINE.test(l) && /\p{L}{3}/u.test(lines[i + 1]?.replace(URL_RE, '') ?? ''),
  );
  const names = at > 0 ? FAMILY_NAMES_YEAR_LINE.exec(lines[at]!)! : null;
  const lineBlock = names && !STATUS_WORDS.test(names[1]!) ? readFamilyNames(names[1]!) : null;
  // Two names or more ("Submitted (2025)" under "Names,<br>Title," is a status), under a title that opens with no names.
  if (names && lineBlock && !lineBlock.truncated && lineBlock.names.length >= 2 && !opensWithNames(lines[0]!)) {
    const title = lines
      .slice(0, at)
      .join(' ')
      .replace(/[.,;:]$/, '');
    return finishReference(title, lineBlock, undefined, Number(names[2]), lines.slice(at + 1).join('. '), raw);
  }
  const line = lines[0] ?? '';
  const m = FAMILY_NAMES_THEN_YEAR.exec(line);
  const block = m && !STATUS_WORDS.test(m[1]!) ? readFamilyNames(m[1]!) : null;
  // "Turnbull-Sailor, Craig. 2007.": two words and a comma alone are one inverted name as likely as two family names.
  if (!m || !block || block.truncated || /^[^,&]+,[^,&]+$/.test(m[1]!.replace(/\s+and\s+/, ' & '))) return null;
  const rest = [line.slice(m[0].length), ...lines.slice(1)].join(' ');
  const quoted = quotedTitle(rest);
  const plain = quoted ? null : titleSentence(rest);
  const title = quoted?.title ?? plain?.title ?? '';
  const venueText = quoted?.rest ?? plain?.after ?? '';
  if (words(title) < 3 || !/\p{L}{2}/u.test(venueText)) return null;
  return finishReference(title, block, undefined, Number(m[2]), venueText, raw);
}

/** A line of an entry's names and its year alone ("A B, C D & E F (2026)"), with no title: the numbering and the year taken off. */
const NAMES_LINE_YEAR = new RegExp(`\\s+\\(${YEAR}[a-z]?\\)[.,;]?$`);

/**
 * A line of two names or more and nothing else but a year in parentheses after them: an entry's byline, "Title" /
 * "Names (2026)" / "Journal" cards' middle line, never a reference with a title of its own.
 */
export function isNamesOnlyLine(line: string): boolean {
  return readsAsTwoNamesOrMore(withoutNamesClosingMark(line.replace(NUMBERING, '').trim().replace(NAMES_LINE_YEAR, '').trim()));
}

/** Text that is two names or more in some name form and nothing else (capped in length: the reading is costly). */
export function readsAsTwoNamesOrMore(names: string): boolean {
  return names.length <= 1000 && NAME_FORMS.some((f) => (readAuthorBlock(names, f)?.names.length ?? 0) >= 2);
}

/**
 * "Nahass et al., Ophthalmology Science (2025)", "Peterson et al. (2025)": a short citation, a card's caption over the
 * full reference, no reference by itself (no title).
 */
export const SHORT_CITATION = new RegExp(
  `^\\s*\\p{Lu}[\\p{L}'’-]+\\s+et\\s+al\\.?\\s*(?:,\\s*[^\\s,()][^,()\\n]{0,50}?\\s*)?\\((?:(?:19|20)\\d\\d[a-z]?|${PAPER_STATUS}|preprint)\\)\\.?\\s*$`,
  'u',
);

/** A name as written in full: "Jérôme Vouillon", "Anil Madhavapeddy", "Madeline A. Marshall". */
const FULL_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+)){1,3}$/u;

/**
 * A line below the title that is names split by " - " ("Title\nGabriel Radanne - Jérôme Vouillon\nICFP 2020"): its
 * separators are commas, which the dash is nowhere else (it parts fields: "Unpublished - 2018").
 */
function withDashedNamesLines(raw: string): string {
  if (!raw.includes(' - ') || !raw.includes('\n')) return raw;
  return raw
    .split('\n')
    .map((line, i) => {
      const names = line.trim().split(/\s+-\s+/);
      return i > 0 && names.length >= 2 && names.every((n) => FULL_NAME.test(n)) && readAuthorBlock(names.join(', '), 'given')
        ? names.join(', ')
        : line;
    })
    .join('\n');
}

const LABEL_WORD_ONLY = new RegExp(`^${LABEL_WORD}$`, 'i');

/**
 * LaTeX's line break left as text between the fields of an entry a page generated from BibTeX ("Title \\\\ Family,
 * Given and Family, Given \\\\ 2023, Publisher", Org-mode and pandoc exports): a line break.
 */
const LATEX_LINE_BREAK = /[^\S\n]*\\{2,}[^\S\n]*\n?/g;

/** A replacement character where a quote mark opens (before a letter, not after one) or closes (after text, not before a letter). */
const LOST_QUOTE = /(?<![\p{L}\p{N}])\uFFFD(?=[\p{L}\p{N}])|(?<=\S)\uFFFD(?![\p{L}\p{N}])/gu;

/**
 * "Bela�d, �Title of the Paper,� Journal": the curly quotes of a windows-1252 page read as UTF-8, each a replacement
 * character, written back as quotes. A pair closes at a mark before punctuation or after it ("…Learning Paths�,", "…Homes.�")
 * else at the last before the next opening; a lost apostrophe inside ("Students� Adaptive") stays as it is.
 */
export function withLostQuotes(text: string): string {
  if (!text.includes('\uFFFD')) return text;
  const marks = [...text.matchAll(LOST_QUOTE)].map((m) => ({ at: m.index, opens: /[\p{L}\p{N}]/u.test(text.charAt(m.index + 1)) }));
  let out = text;
  for (const [i, open] of marks.entries()) {
    if (!open.opens) continue;
    const closings = [];
    for (const m of marks.slice(i + 1)) {
      if (m.opens) break;
      closings.push(m);
    }
    const close =
      closings.find((m) => /^(?:$|\s*[,.;:)\]])/.test(text.slice(m.at + 1, m.at + 3)) || /[,.?!]/.test(text.charAt(m.at - 1))) ??
      closings[closings.length - 1];
    if (!close) continue;
    out = `${out.slice(0, open.at)}“${out.slice(open.at + 1, close.at)}”${out.slice(close.at + 1)}`;
  }
  return out;
}

/**
 * "Xenakis A., Savić S. D.. Title", "Savić S. D.. . Title": the last initial's period and the names' own, written both (and
 * an empty field after them); one period ends the names.
 */
const DOUBLED_INITIAL_PERIOD = /(?<![\p{L}.])(\p{Lu})\.\.(?:\s+\.)?(?=\s)/gu;
const withSingleInitialPeriod = (raw: string) => (raw.includes('..') ? raw.replace(DOUBLED_INITIAL_PERIOD, '$1.') : raw);

function parseByRules(rawText: string, hints: ReferenceHints): ParsedReference | null {
  const raw = withDashedNamesLines(withSingleInitialPeriod(withLostQuotes(rawText)).replace(LATEX_LINE_BREAK, '\n'));
  if (!hints.title && !raw.trim().includes('\n') && isNamesOnlyLine(raw)) return null;
  const [caption, ...below] = raw.trim().split('\n');
  if (SHORT_CITATION.test(caption!)) {
    if (!below.length || !opensWithNames(below.join(' ').trim())) return null;
    const year = /\((?:19|20)\d\d/.exec(caption!);
    return parseByRules(
      below.join('\n'),
      year && hints.groupYear === undefined ? { ...hints, groupYear: Number(year[0].slice(1)) } : hints,
    );
  }
  if (AUTHORS_LINE.test(raw)) {
    const labelled = readLabelledFields(raw, hints);
    if (labelled) return labelled;
    // "Authors: A, B | Year: 2024" alone: the fields line of an entry whose title stands apart, no entry by itself.
    if (LABELLED_FIELDS_ONLY.test(raw)) return null;
  }
  const underMeta = citationUnderMetaLines(raw, hints);
  if (underMeta) return underMeta;
  const legal = raw.includes('‘') ? readQuotedTitleFirst(raw) : null;
  if (legal) return legal;
  const seenBefore = oddNameSeen;
  oddNameSeen = false;
  const strict = readReference(raw, hints);
  const retry = !strict && oddNameSeen;
  oddNameSeen ||= seenBefore;
  const withOdd = !strict && retry ? withOddName(() => readReference(raw, hints)) : null;
  // A reading with odd names whose title opens with more names ended its block too soon: no reading.
  const whole = strict ?? (withOdd && !ODD_BLOCK_BEFORE_NAMES.test(withOdd.title) ? withOdd : null);
  // "(mit Tim Voigt), Title, in: Rainer Kühl, Dietmar Rößl und Johann Brazda (Hrsg.), …": a reading whose title opens
  // with the coauthors' parentheses took the editors for the authors; the owner's coauthors are the authors.
  if (whole && whole.title.startsWith('(') && OWNER_COAUTHORS_OPENING.test(collapse(stripEntryChrome(raw))))
    return readHumanitiesCitation(raw) ?? whole;
  // "Schmidt, Dörte: „Title”, in: Eds (Hg.): Book – Subtitle, Words, Words, …": a reading whose title holds the German
  // quotation (and the names before it) took words of the book for the names.
  if (whole && whole.title.includes('„')) return readHumanitiesCitation(raw) ?? whole;
  if (whole) return whole;
  const semicolons = semicolonFields(raw, hints);
  if (semicolons) return semicolons;
  const namesUnder = namesUnderCitation(raw, hints);
  if (namesUnder) return namesUnder;
  const announced = announcedPaper(raw, hints);
  if (announced) return announced;
  const own = readOwnPaper(raw);
  if (own) return own;
  const cited = readTitleThenShortCitation(raw);
  if (cited) return cited;
  const group = readGroupAuthorApa(raw);
  if (group) return group;
  const humanities = readHumanitiesCitation(raw);
  if (humanities) return humanities;
  const thesis = readNameDashTitle(raw);
  if (thesis) return thesis;
  // "[ICML 2026] D. Wu, C. Shi, “Title”, The Forty-Third International Conference …", "[IEEE TSP] C. Shi and C. Shen, …"
  // (CS pages): a bracketed venue tag before the names; the venue the entry writes out is its venue.
  const bracketed = BRACKETED_VENUE_TAG.exec(raw);
  const bracketedTag = bracketed && (bracketed[1] ?? bracketed[3])!;
  if (bracketedTag && !LABEL_WORD_ONLY.test(bracketedTag)) {
    const tagYear = bracketed[2] ? Number(bracketed[2]) : undefined;
    const r = readReference(raw.slice(bracketed[0].length), tagYear !== undefined ? { ...hints, groupYear: tagYear } : hints);
    if (!r || r.authors.length === 0) return null;
    r.venue ??= collapse(bracketedTag);
    return r;
  }
  // "CVPR 2026 H. Liu, B. Zou, "Title"", "TVCG J. Zhu, …": a venue tag (a badge) before the names gives venue and year.
  const tag = VENUE_TAG.exec(raw);
  // "<b>IP Core Protection using …</b>": an acronym that opens the marked title is the title's first word.
  const tagInTitle = !!tag && !!hints.title && raw.trimStart().startsWith(hints.title.trim());
  if (!tag || tagInTitle || (tag[1] ?? tag[3])!.length > 30) return readFamilyNamesThenYear(raw);
  const tagYear = tag[2] ? Number(tag[2]) : undefined;
  const r = readReference(raw.slice(tag[0].length), tagYear !== undefined ? { ...hints, groupYear: tagYear } : hints);
  if (!r || r.authors.length === 0) return null;
  r.venue = collapse((tag[1] ?? tag[3])!);
  if (tagYear !== undefined) r.year = tagYear;
  return r;
}

/**
 * "Pillai KS, Trivedi TH, Moulick ND; A review of acute poisoning cases …; International Journal of … September 2017;
 * 24(2): 51-55.": Vancouver names, title and journal parted by semicolons, read as the sentences they stand for.
 */
const SEMICOLON_FIELDS = /^([^;.]{3,400});\s+([^;]{10,400});\s+(\S[^;]*?(?:19|20)\d\d;.*)$/su;

function semicolonFields(raw: string, hints: ReferenceHints): ParsedReference | null {
  const m = raw.includes(';') ? SEMICOLON_FIELDS.exec(raw.trim()) : null;
  if (!m || !readAuthorBlock(m[1]!, 'vancouver')) return null;
  // "… Technology September 2017;": the month before the year closes the journal's name.
  const venue = m[3]!.replace(/\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d;)/, ', ');
  const r = readReference(`${m[1]}. ${m[2]!.replace(/\.$/, '')}. ${venue}`, hints);
  return r && r.title === m[2]!.replace(/\.$/, '').trim() ? r : null;
}

/**
 * "[24 June 2023] Our paper (Qiming Bao, Gaël Gendron and Jiamou Liu) “Title” has been accepted by LLM@IJCAI'23 [Paper
 * link].": a list of the owner's papers written as news, the names in parentheses before the quoted title, the venue
 * after "accepted by / at / to" or "published in", the date before it all.
 */
const NAMES_THEN_QUOTED_TITLE = /\(([^()]{3,1500})\)\s*[“"]([^”"]{10,400}?)[,.]?[”"]\s*(.*)$/su;
const ANNOUNCED_AT =
  /^(?:has\s+been|have\s+been|was|were|is|got)?\s*(?:accepted|published|presented|archived)\s+(?:by|at|in|to|for)\s+(?:the\s+)?/i;

function announcedPaper(raw: string, hints: ReferenceHints): ParsedReference | null {
  const m = NAMES_THEN_QUOTED_TITLE.exec(collapse(raw));
  if (!m) return null;
  const names = withoutNamesClosingMark(m[1]!.replace(/\*/g, '').trim());
  const form = NAME_FORMS.find((f) => readAuthorBlock(names, f));
  const block = form ? readAuthorBlock(names, form) : null;
  if (!block || words(m[2]!) < 3) return null;
  const after = m[3]!.replace(/\s*\[[^\]]*\]/g, '').trim();
  const at = ANNOUNCED_AT.exec(after);
  const venue = at ? after.slice(at[0].length).replace(/[.\s]+$/, '') : '';
  const year = lastYear(raw.slice(0, m.index)) ?? hints.groupYear ?? lastYear(after);
  return finishReference(m[2]!, block, form, year, venue, raw);
}

/**
 * "2026\nReview of Finance · 30(1) · pp. 231–272\nGarel, A., Romec, A., Sautner, Z., & Wagner, A. F. Firm-Level Nature
 * Dependence." (a card's year and journal lines over its citation): a year alone, then one or two short lines that open
 * with no names, then a line of names that runs on into the title and closes with it. Read as the citation, then the
 * journal, then the year; null unless the title read is that line's close, three words or more.
 */
function citationUnderMetaLines(raw: string, hints: ReferenceHints): ParsedReference | null {
  const lines = raw.trim().split('\n');
  if (lines.length < 3 || !YEAR_LINE.test(lines[0]!.trim())) return null;
  const at = lines.findIndex((l, i) => i > 0 && opensWithNames(l));
  if (at < 2 || at > 3) return null;
  const meta = lines.slice(1, at);
  if (meta.some((l) => words(l) > 12 || lastYear(l) !== undefined || opensWithNames(l))) return null;
  const citation = lines[at]!;
  if (hints.title && !citation.includes(hints.title)) return null;
  const r = readReference([citation, ...meta, lines[0]!, ...lines.slice(at + 1)].join('\n'), hints);
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (!r || r.authors.length === 0 || words(r.title) < 3 || !key(citation).endsWith(key(r.title))) return null;
  return r;
}

/**
 * "Title, Venue, 2024.\nJingli Gao, Mengya Zhang, Li Ma." (a hand-made list's or a JabRef export's author line under the
 * citation): a dated line that opens with no names, then a line of two names or more and nothing else, read names first.
 */
function namesUnderCitation(raw: string, hints: ReferenceHints): ParsedReference | null {
  const lines = raw.trim().split('\n');
  // A fallback's reading tells nothing of the list's name form (`inferListStyle` reads with `strictForm`).
  if (hints.strictForm || lines.length !== 2 || lastYear(lines[0]!) === undefined || opensWithNames(lines[0]!)) return null;
  const names = lines[1]!.trim().replace(/[.;,]$/, '');
  if (!isNamesOnlyLine(names)) return null;
  const r = readReference(`${names}.\n${lines[0]}`, hints);
  return r && r.authors.length >= 2 ? r : null;
}

/**
 * "Names, Title, <em>Venue</em> 2018;20(4):e139." and "Names. Title, <em>SIGITE 2015</em>." in a list that sets its venues
 * apart: the title is all that lies between the names and the venue, its own commas and colons included; the names are
 * the longest block before a comma or period with three words or more of title after it.
 */
export function parseWithMarkedVenue(raw: string, venue: string, hints: ReferenceHints = {}): ParsedReference | null {
  const t = collapse(
    raw
      .split('\n')
      .map((l) => stripEntryChrome(l))
      .join(' '),
  );
  const at = t.indexOf(venue);
  if (at < 10 || venue.length < 2) return null;
  const before = t.slice(0, at).replace(/[\s,.;:]+$/, '');
  const after = t.slice(at);
  const year = lastYear(after) ?? hints.groupYear;
  if (year === undefined) return null;
  const forms = hints.nameForm ? [hints.nameForm, ...NAME_FORMS.filter((f) => f !== hints.nameForm)] : NAME_FORMS;
  // Only numbers, a year and link labels after the venue.
  if (after.length > venue.length + 40 || /\p{L}{3}/u.test(readVenueIdsOut(after.slice(venue.length)))) return null;
  let best: { block: AuthorBlock; form: NameForm; title: string } | null = null;
  for (const m of before.matchAll(/[,.]\s+/g)) {
    const title = before.slice(m.index + m[0].length);
    if (words(title) < 3) break;
    const head = before.slice(0, m.index + (m[0].startsWith('.') ? 1 : 0));
    for (const f of forms) {
      const block = readAuthorBlock(head, f);
      if (block) {
        best = { block, form: f, title };
        break;
      }
    }
  }
  // Two names or more; a title that opens with another name, holds a year or opens in lower case is the rest of the names.
  if (!best || best.block.names.length < 2 || lastYear(best.title) !== undefined || !/^[\p{Lu}\d"“'‘]/u.test(best.title)) return null;
  // A quoted title is read as such elsewhere; one that ends in ", and Given Family" or "I. Family" or holds digits may be names run on.
  if (
    /["“”\d]/.test(best.title) ||
    /,\s+(?:and\s+)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}*\.?)+$|\s\p{Lu}\p{Ll}?\.\s\p{Lu}\p{Ll}+$/u.test(best.title)
  )
    return null;
  const firstPart = best.title.split(/,\s+/)[0]!;
  if (best.title.includes(',') && NAME_FORMS.some((f) => readAuthorBlock(firstPart, f))) return null;
  return finishReference(best.title, best.block, best.form, year, after, t);
}

/**
 * "<a>Title, Nat Rev Mater 8, (2023)</a>", "<a>Title, Phys Rev Mater 6, 083802 (2022)</a>": a marked title that runs on
 * into its journal, numbers and a closing year in parentheses. The journal is the last comma part that opens in capitals
 * before the numbers; the title all before it.
 */
const CLOSING_YEAR = new RegExp(`[,\\s]*\\((${YEAR})\\)$`);

function citationClosingTitle(hint: string): { title: string; venueText: string; year: number } | null {
  const closing = CLOSING_YEAR.exec(hint);
  if (!closing) return null;
  const parts = hint.slice(0, closing.index).split(/,\s+/);
  let k = parts.length - 1;
  while (k > 1 && NUMBER_PART.test(parts[k]!)) k--;
  const venue = parts[k]!;
  const title = parts.slice(0, k).join(', ');
  // "Nat Rev Mater 8", "arXiv:2309.05250", "Angew. Chem. Int. Ed.", "Microsc Microanal" before numbers.
  const journal =
    /^(?:\p{Lu}|arXiv)/u.test(venue) &&
    words(venue) <= 8 &&
    (k < parts.length - 1 || /\d/.test(venue) || /\p{Lu}\p{Ll}*\.(?:\s|$)/u.test(venue));
  if (k === 0 || !journal || words(title) < 3) return null;
  return { title, venueText: `${parts.slice(k).join(', ')} (${closing[1]})`, year: Number(closing[1]) };
}

/** A short venue tag before an entry's names: "CVPR 2026", "ACL FINDINGS 2026", "Nature Comm. 2026", "TVCG" (an acronym alone). */
const VENUE_TAG = new RegExp(
  `^\\s*(?:(\\p{Lu}[\\p{L}\\d&.'-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'-]*){0,3})\\s+(${YEAR})|(\\p{Lu}{2,8}))[:.,]?\\s+(?=\\p{Lu})`,
  'u',
);

/**
 * A bracketed venue tag before an entry's names: "[ICML 2026]", "[NeurIPS 2024]", "[Globecom 2019]", "[ASPLOS'22]" (a year
 * and its tag's capitals), or "[TMLR]", "[IEEE TSP]" (an acronym of two capitals or more, one to three words).
 */
const BRACKETED_VENUE_TAG = new RegExp(
  `^\\s*\\[\\s*(?:(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,2})(?:\\s+(${YEAR})|['’]\\d\\d)|((?=[^\\]]*\\p{Lu}{2})\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,2}))\\s*\\][:.,]?\\s+(?=\\p{Lu})`,
  'u',
);

/** "(2025) Names. “Title.” Journal, 78, 1999-2011.": a year in parentheses that opens the entry is its year, whatever numbers follow. */
const OPENING_YEAR = new RegExp(`^\\s*\\((${YEAR})\\)\\s+(?=\\p{Lu})`, 'u');

/** "2019. Names. Title. Venue." (a CV's year column run into the entry): the year and its period before the entry. */
const OPENING_YEAR_DOT = new RegExp(`^\\s*(${YEAR})\\.\\s+(?=[\\p{Lu}“"])`, 'u');

/** "Title, (2025), Names, Journal.": a title of three words or more, then its year in parentheses before a capital. */
const DATED_TITLE_OPENING = new RegExp(
  `^\\s*(\\p{Lu}[^()\\n]{10,300}?(?:\\([^()\\n]{1,40}\\)[^()\\n]{0,200}?)?),?\\s+\\(${YEAR}\\)[,.:]?\\s+\\p{Lu}`,
  'u',
);

/** An entry that opens with its title and year, names after them, read as if its title were marked; null unless two names or more. */
function datedTitleFirst(raw: string, hints: ReferenceHints): ParsedReference | null {
  const title = DATED_TITLE_OPENING.exec(raw.replace(NUMBERING, ''))?.[1];
  if (!title || words(title) < 3 || NAME_FORMS.some((f) => readAuthorBlock(title, f))) return null;
  const r = readReferenceText(raw, { ...hints, title });
  return r && r.authors.length >= 2 ? r : null;
}

/** Title, names and "(2014)" run together on one line, the venue after the year ("… Free Choice Cockburn, J, Collins, AGE, and Frank, MJ (2014) Neuron"). */
const NAMES_BEFORE_PARENTHESISED_YEAR = new RegExp(
  `^(\\p{Lu}[^\\n]{20,2000}?)\\s+\\((${YEAR})[a-z]?\\)[.,:]?(?:\\s+(\\p{Lu}[^\\n]*))?$`,
  'u',
);

/** "… modelling with", "… edited by": a title that runs to the word introducing names. */
const COAUTHORS_OR_BY_CLOSING = new RegExp(`\\b(?:by|${COAUTHORS_WORD})$`, 'i');

/**
 * "A Reinforcement Learning Mechanism Responsible for the Valuation of Free Choice Cockburn, J, Collins, AGE, and Frank, MJ
 * (2014) Neuron", "Reasoning, Learning, and Creativity: … Decision-Making Collins A, Koechlin E (2012) PLoS Biology 10(3)"
 * (a page whose title, names and year lines the markup joins with no stop between them): the names are the longest run
 * before the year, two names or more, whose first name is written no longer than the others ("Free Choice Cockburn, J" is
 * a title's words before "Cockburn, J"); the text before them is the title.
 */
function titleThenNamesThenYear(raw: string): ParsedReference | null {
  const m = NAMES_BEFORE_PARENTHESISED_YEAR.exec(raw.replace(NUMBERING, '').trim());
  if (!m) return null;
  const head = m[1]!;
  for (const start of head.matchAll(/(?<=\s)\p{Lu}/gu)) {
    const title = head.slice(0, start.index).trim();
    // "… modelling with R N Sinclair, V S Rainey and A W Bowen (1987)": the coauthors of an owner's entry, read elsewhere.
    if (COAUTHORS_OR_BY_CLOSING.test(title)) return null;
    // No stop between the title and the names: a comma or a period before them is one between names ("Jawed M, Priti,
    // Mandeep, S A, Barbhuiya S (2025)"); so is a name's first word or initial closing the title ("… Cats and", "… A").
    if (words(title) < 3 || /[,;.:]$|\b[Aa]nd$|(?:^|\s)\p{Lu}$/u.test(title)) continue;
    // The head of a names list the year closes ("Raymond C, Coumou D, Foreman T, King A, Perkins-Kirkpatrick S (2020)").
    const parts = title.split(/[,;]\s*/);
    if (
      parts.filter((part) => isName(part) || /^\p{Lu}{1,3}\.?$/u.test(part)).length >= 2 ||
      /^\p{Lu}[\p{L}'’-]+,\s*\p{Lu}{1,3}\b/u.test(title)
    )
      return null;
    if (NAME_FORMS.some((f) => readAuthorBlock(title, f))) return null;
    for (const form of NAME_FORMS) {
      const block = readAuthorBlock(head.slice(start.index), form);
      // Its middle initials left out: "Paola A Rios Agudelo" before "Julián Reyes Vélez" is a name and no longer.
      const withoutInitials = (name: string) => collapse(name.replace(/(?<=\s)\p{Lu}\.?(?=\s)/gu, ''));
      if (!block || block.names.length < 2 || !isName(withoutInitials(block.names[0]!))) continue;
      const nameWords = (name: string) => words(withoutInitials(name));
      if (nameWords(block.names[0]!) > Math.max(...block.names.slice(1).map(nameWords))) continue;
      return finishReference(title, block, form, Number(m[2]), m[3] ?? '', raw);
    }
  }
  return null;
}

/** A heading over a list of theses: "Ph.D. Theses", "M.S. Theses", "Doctoral Dissertations", "Supervised PhD theses". */
export const THESES_HEADING = new RegExp(`^(?:[\\p{L}.'’]+\\s+){0,3}(?:theses|thesis|dissertations?|thèses)\\s*:?$`, 'iu');
/** "Title, Name Ph.D. Thesis, May 2006.": a kind of thesis closing the part after the title. */
const THESIS_KIND_CLOSING = new RegExp(`[,\\s]+(${THESIS_KIND})$`, 'iu');
/** "…, 2003.", "…, May 2006.", "…, 20 June 2017": the date closing a thesis entry. */
const THESIS_DATE_CLOSING = new RegExp(`\\s*,\\s*(?:(?:\\d{1,2}\\s+)?${MONTH_NAME}\\.?,?\\s+(?:\\d{1,2},?\\s+)?)?(${YEAR})\\.?$`, 'u');

/** Under a heading of theses, "Đoković Jelena - Title (in Serbian, 2024)": the student's name, a dash, the title, the year. */
const NAME_DASH_THESIS =
  /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,3})\s+[-–]\s+(\S[^()]{10,400}?)\s+\((?:[^(),]{1,30},\s*)?((?:19|20)\d\d)\)\.?$/u;

/**
 * A student's thesis in a group's list, title first: "Lifetime Reliability Aware Microprocessors, Jayanth Srinivasan Ph.D.
 * Thesis, May 2006.", and under a heading that names theses ("Ph.D. Theses", `underThesisHeading`) "Exploiting
 * Instruction-Level Parallelism for Memory System Performance, Vijay Pai, 2000": the title to the comma before one
 * person's name, the kind of thesis if the entry names it, then its date and nothing else. One name after a title reads
 * as a journal's name too ("Title, Economic Journal, 2024"): only the kind of thesis, in the entry or over it, tells.
 */
export function thesisTitleFirst(raw: string, underThesisHeading: boolean, markedTitle?: string): ParsedReference | null {
  const t = collapse(raw.replace(NUMBERING, ''));
  if (underThesisHeading && t.includes(' - ')) {
    const named = NAME_DASH_THESIS.exec(t);
    const block = named && isName(named[1]!) ? readAuthorBlock(named[1]!, 'given') : null;
    if (block?.names.length === 1 && (!markedTitle || titleKey(markedTitle) === titleKey(named![2]!)))
      return finishReference(named![2]!, block, 'given', Number(named![3]), '', raw);
  }
  const date = THESIS_DATE_CLOSING.exec(t);
  if (!date) return null;
  let head = t.slice(0, date.index);
  const kind = THESIS_KIND_CLOSING.exec(head);
  if (kind) head = head.slice(0, kind.index);
  if (!kind && !underThesisHeading) return null;
  const comma = head.lastIndexOf(',');
  const title = head.slice(0, comma).trim();
  const name = head.slice(comma + 1).trim();
  if (comma < 0 || words(title) < 3 || lastYear(title) !== undefined || !isName(name) || words(name) > 4) return null;
  if (markedTitle && titleKey(markedTitle) !== titleKey(title)) return null;
  if (isName(title) || NAME_FORMS.some((f) => (readAuthorBlock(title, f)?.names.length ?? 0) >= 2)) return null;
  const block = readAuthorBlock(name, 'given');
  if (!block || block.names.length !== 1) return null;
  return finishReference(title, block, 'given', Number(date[1]), '', raw);
}

/** "The study focusing on the tensile test ontology (TTO), which …: - Names - Title (2024)": a sentence introducing the citation after it. */
const LEAD_IN = /^([^:\n]{20,400}):\s*[-–•]\s+(?=\p{Lu})/u;

/**
 * "Applied Sciences 12, no. 1: 238", "Sensors 21, no. 16: 5456" (Chicago author-date as MDPI prints it, the title's
 * closing quote with no period of its own): a journal's name, its volume, issue and page after a quoted title.
 */
const JOURNAL_VOLUME_NUMBER = /^\s*\p{Lu}[^,.;:"“”]{1,120}?\s\d{1,4}(?:,\s+no\.\s*\d+)?:\s*[\dA-Za-z]/u;

function readReference(raw: string, hints: ReferenceHints): ParsedReference | null {
  // The citation that the introducing sentence's colon and a dash open is the entry, where it names its authors.
  const lead = raw.includes(':') ? LEAD_IN.exec(raw) : null;
  if (lead && words(lead[1]!) >= 6 && !NAME_FORMS.some((f) => readAuthorBlock(lead[1]!, f))) {
    const cited = readReference(raw.slice(lead[0].length), hints);
    if (cited?.authors.length) return cited;
  }
  const r =
    readReferenceText(raw, hints) ??
    (hints.title
      ? thesisTitleFirst(raw, false, hints.title)
      : (datedTitleFirst(raw, hints) ?? titleThenNamesThenYear(raw) ?? thesisTitleFirst(raw, false)));
  const yearDot = OPENING_YEAR_DOT.exec(raw);
  const opening = OPENING_YEAR.exec(raw) ?? yearDot;
  if (r && opening) r.year = Number(opening[1]);
  if (r && !r.venue && r.authors.length) {
    const venue = badgeVenue(raw);
    if (venue) r.venue = venue;
  }
  // The year column read as the entry's first sentence leaves it unread or without names: the rest is read as an entry of that year.
  if (yearDot && !r?.authors.length) {
    const year = Number(yearDot[1]);
    const dated = readReferenceText(raw.slice(yearDot[0].length), { ...hints, groupYear: year });
    if (dated && (!r || dated.authors.length)) return { ...dated, year };
  }
  return r;
}

const titleApartFromNames = keptForPage((t) =>
  t
    // "COELHO, F. C., CODEÇO, C. T.Dynamic Modeling of …" (Lattes CV exports): a title glued to an inverted name's last
    // initial starts after it; not "M.Savi, F.Pederzolli and D.Siracusa", names with their initials glued on.
    .replace(/(?<![\p{L}.])(\p{L}{2,},\s+(?:\p{Lu}\.\s?)*\p{Lu}\.)(?=\p{Lu}\p{Ll}{2,}\s+\p{L})/gu, '$1 ')
    // "Title, 10 pages, acceptance rate: 33%. By Md Masudur Rahman, Jed Barson, …": so is one after a sentence, before
    // three names or more (not a news byline's "By Maria Lopez, Science Editor").
    .replace(/(?<=[.;]\s+)By\s+(?=(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+){2})/gu, ''),
);

/** "June 2026.", "2024": a date and nothing else where a venue may stand. */
const DATE_ONLY_VENUE = new RegExp(`^[\\s,.]*(?:${MONTH_NAME}\\.?\\s+)?(?:\\d{1,2},?\\s+)?${YEAR}[.,]?$`, 'i');

/**
 * An owner's paper on a page that names only the coauthors, line by line: the title, then (past at most one dated
 * venue line) a line that "with" / "With" / "joint with" opens and names fill, or names then the venue and year on that
 * line ("with A, B, and C, <em>Journal</em>, 2024.", "with A and B, May 2025."); otherwise the line after it is the venue.
 * Null unless the names read and a year dates the entry.
 */
function readCoauthorsLine(
  title: string,
  marked: boolean,
  blockLines: string[],
  forms: NameForm[],
  hints: ReferenceHints,
  whole: string,
): ParsedReference | null {
  if (blockLines.length < 2 || words(blockLines[0]!) < 2 || coauthorsIntroLength(blockLines[0]!) > 0) return null;
  // "(with A, B and C)." (economists' pages): the line in its parentheses.
  const lines = blockLines.map((l, i) => (i > 0 ? (/^\(([^()]*(?:\([^()]*\)[^()]*)*)\)[.;]?$/.exec(l)?.[1] ?? l) : l));
  const k = [1, 2].find((j) => lines[j] !== undefined && coauthorsIntroLength(lines[j]!) > 0);
  if (k === undefined || (k === 2 && lastYear(lines[1]!) === undefined)) return null;
  // A first line that may be names is the title only where the markup marks it, or above a dated venue line ("Cities,
  // Immigrant Diversity and …").
  if (k === 1 && !marked && opensWithNames(lines[0]!)) return null;
  const names = lines[k]!.slice(coauthorsIntroLength(lines[k]!)).replace(/[.;]$/, '');
  let block: AuthorBlock | null = null;
  let form: NameForm | undefined;
  let rest = '';
  for (const f of forms) {
    block = readAuthorBlock(names, f);
    if (block) {
      form = f;
      break;
    }
  }
  // Names, then the venue and year after a comma or a period: "…, and Baptiste Meunier, Banca d'Italia Occasional Papers,
  // 2025.", "A and B (editors), European Central Bank Occasional Papers, 2024.", "A, B, and C. <em>Journal</em>, 2023, 78(2)",
  // "T. Aidt & P.-G. Méon · <span>Journal</span> · 2026":
  // the longest run of parts that reads as names.
  const commas = block ? [] : [...names.matchAll(/[,.]\s+|\s+[·|]\s+/g)].reverse();
  for (const m of commas) {
    const after = names.slice(m.index + m[0].length);
    if (lastYear(after) === undefined) continue;
    const head = names.slice(0, m.index).replace(/\s*\((?:eds?|editors?)\.?\)$/i, '');
    form = forms.find((f) => readAuthorBlock(head, f));
    if (form) {
      block = readAuthorBlock(head, form);
      rest = after;
      break;
    }
  }
  if (!block) return null;
  const venueLine = k === 2 ? lines[1]! : rest || (lines[2] && lines[2].length <= 250 ? lines[2] : '');
  const venueText = DATE_ONLY_VENUE.test(venueLine) ? '' : venueLine;
  const year = lastYear(venueLine) ?? hints.groupYear;
  if (year === undefined) return null;
  return finishReference(title, block, form, year, venueText, whole);
}

/** " · 2017", " · 2020 · 封面文章", " | 2026": a card's year badge (and a short note after it) closing a venue line. */
const YEAR_BADGE_TAIL = `\\s+[·|]\\s+(${YEAR})(?:\\s+[·|]\\s+[^·|\\n]{1,20})?`;

/** A card's year badge at the end of a venue's text, to cut it off. */
export const YEAR_BADGE_CLOSING = new RegExp(`${YEAR_BADGE_TAIL}$`, 'u');

/**
 * "Nature Medicine · 2017", "Analyst · 2020 · 封面文章", "IEEE TKDE | 2025": a venue, a middle dot or a bar and a year (and a
 * short note) on a line.
 */
const VENUE_YEAR_BADGE = new RegExp(`^\\p{Lu}[^·|\\n]{1,80}?${YEAR_BADGE_TAIL}$`, 'u');

/** The venue of a badge line over a card's title and names ("KDD | 2026" / "Title" / "Names"), when the card cites no venue. */
function badgeVenue(raw: string): string | undefined {
  if (!raw.includes('|') && !raw.includes('·')) return undefined;
  const lines = raw.trim().split('\n');
  const line = lines[0]!.trim();
  return lines.length >= 3 && VENUE_YEAR_BADGE.test(line) ? line.replace(YEAR_BADGE_CLOSING, '') : undefined;
}

/**
 * A card's citation or badge line read as an entry's title ("Nature Medicine, 2017, 23, 548", "Analyst · 2020 · 封面文章"):
 * a reading that finds such "entries" read the lines of cards apart.
 */
export function isCitationLineTitle(title: string): boolean {
  return /,\s*(?:19|20)\d\d,\s*\d+(?:\(\d+\))?(?:,\s*[A-Za-z]?\d+)?\.?$/.test(title) || YEAR_BADGE_CLOSING.test(title.replace(/\.$/, ''));
}

/** "(2025), " right after a marked title: the entry's year, before its names. */
const YEAR_AFTER_MARKED_TITLE = new RegExp(`^\\s*\\((${YEAR})\\)[,.:]?\\s+(?=\\p{Lu})`, 'u');

/**
 * "<a>Title</a>, with Y. Ohno, <em>Information Geometry</em> 5 (2022), no. 1", "<a>Title</a>, <em>Mathematische Annalen</em> 388
 * (2024)" (mathematicians' lists): the last "name" before a volume and its year in parentheses is the journal's (the
 * volume read as a name's affiliation number).
 */
function journalBeforeVolume<T extends { block: AuthorBlock; form: NameForm; rest: string }>(text: string, lead: T | null): T | null {
  if (!lead || lead.block.truncated || !/^\s*\((?:19|20)\d\d\)/.test(lead.rest)) return lead;
  const volume = /\s(\d{1,4})\s*$/.exec(text.slice(0, text.length - lead.rest.length));
  if (!volume) return lead;
  const journal = lead.block.names[lead.block.names.length - 1]!;
  if (lead.block.names.length === 1) return null;
  return { ...lead, block: { ...lead.block, names: lead.block.names.slice(0, -1) }, rest: `, ${journal} ${volume[1]}${lead.rest}` };
}

/** "with A and B, Journal (2012)" after a marked title: the owner's coauthors. */
const COAUTHORS_OPENING = new RegExp(`^\\s*${COAUTHORS_WORD}\\s+(?=\\p{Lu})`, 'u');
/** "(with A and B)", "(joint with A)": the owner's coauthors, the whole text. */
const COAUTHORS_IN_PARENS = new RegExp(`^\\(\\s*(?:${COAUTHORS_JOINTLY})?${COAUTHORS_WORD}\\s+([^()]{2,300})\\)$`, 'iu');
/** "Title, with K. Hare", "Title (with K. Dajani)", "Title. (w/ A, B, and C)", "“Title”. with A and B": a title (its own parentheses kept) and the owner's coauthors after it. */
const TITLE_THEN_COAUTHORS = new RegExp(
  `^((?:[^()]|\\([^()]{1,40}\\)){8,}?)(?:,\\s*|(?<=[”"])\\.\\s+|(?:\\s+|(?<=\\.))\\(\\s*)(?:${COAUTHORS_WORD}\\s+|w\\/\\s*)(?=\\p{Lu})`,
  'u',
);

// The patterns readReferenceText reads a text with, built once (see its comments for what each finds).
const LEADING_YEAR = new RegExp(`^\\s*(?:(${YEAR})|\\[(${YEAR})\\]|\\((${YEAR})\\))(?:\\s+[-–—]\\s+|\\s*:\\s*|\\s+)(?=[\\p{Lu}"“])`, 'u');
const YEAR_SENTENCE_FIRST = new RegExp(`^\\s*(${YEAR})[a-z]?\\.\\s+(?=[\\p{Lu}(])`, 'u');
const DATED_COAUTHORS_LINE = new RegExp(`^(${YEAR})(?:-\\d{2})?(?:\\s*\\([^)]{0,20}\\))?\\s+${COAUTHORS_WORD}\\s+(?=\\p{Lu})`, 'u');
const YEAR_LINE = new RegExp(`^[[(]?(${YEAR})[\\])]?[.:]?$`);
const YEAR_CLOSING = new RegExp(`\\(?(?<!\\bdue )(${YEAR})[a-z]?\\)?[.,:]?\\s*$`);
const YEAR_ONLY = new RegExp(`^[\\s.,]*\\(?${YEAR}\\)?[.,]?\\s*$`);
const REVIEW_LABEL_OPENING = new RegExp(`^[\\s,]*${REVIEW_LABEL}(?=[‘"“„«])`, 'i');
const BARE_YEAR_OPENING = new RegExp(`^\\s*(${YEAR})\\s+(?=\\p{Lu}\\p{Ll})`, 'u');
const PARENTHESISED_YEAR_CLOSING = new RegExp(`\\s*\\((${YEAR})\\)$`);

const MARKED_YEAR_THEN_QUOTATION = new RegExp(`^\\s*[.,]\\s*${YEAR}[a-z]?\\.\\s+[“"]([^“”"]{8,600})[”"]\\s*[.,]?\\s*$`, 'u');

function readReferenceText(raw: string, hints: ReferenceHints): ParsedReference | null {
  raw = withoutRolesBeforeYear(raw);
  // "2025 Van De Streek, M., …", "2023 - Vidal-Cordasco, M., …": a year before the entry (a year column, a year and a
  // dash) dates it; it does not number it.
  // So do "[2019] Cyr, F., …" (a bracketed year) and "(2025) Hill, SA, D Zamir-Meyers. “Title.”" (an org-mode list).
  const leadingYear = LEADING_YEAR.exec(raw);
  // "2025. Title. Journal 51(1):32–69." (a CV's own papers): the year opens the entry, with a period after it.
  const yearDot = YEAR_SENTENCE_FIRST.exec(raw);
  if (leadingYear) raw = raw.slice(leadingYear[0].length);
  // A marked title is one element's text, link labels already left out: its last word is the title's ("… Visual Data").
  // "Names<i>. 2022. "Title" </i>Journal" (Chicago author-date copied into a Word page, the italics over year and title):
  // the quotation is the title.
  const yearQuoted = hints.title && /^\s*[.,]/.test(hints.title) ? MARKED_YEAR_THEN_QUOTATION.exec(hints.title)?.[1] : undefined;
  const hint = hints.title ? tidyTitle(stripEntryChrome(yearQuoted ?? hints.title, false)) : '';
  const all = raw.split('\n').map((l, i) => {
    // "2016. Southern Economic Journal" under the title and names: the year opening a later line dates the entry; only
    // the first line opens with a number.
    const year = i > 0 ? YEAR_DOT_LINE_OPENING.exec(l)?.[0] : undefined;
    if (year) return year + stripEntryChrome(l.slice(year.length));
    const kept = hint.length >= 4 ? stripEntryChrome(l, false) : '';
    return kept && kept.includes(hint) ? kept : stripEntryChrome(l);
  });
  if (leadingYear) all.unshift((leadingYear[1] ?? leadingYear[2] ?? leadingYear[3])!);
  // "2017-07 mit Fahrenkrog, Gabriele & Meyer, Sebastian" (a card's date and coauthors line, the owner never written):
  // the date dates the entry, the names are its author line.
  for (const [i, l] of all.entries()) {
    const dated = DATED_COAUTHORS_LINE.exec(l);
    if (!dated || i === 0) continue;
    const names = l.slice(dated[0].length);
    for (const f of NAME_FORMS) {
      const block = readAuthorBlock(names, f);
      if (!block) continue;
      const venue = all
        .slice(i + 1)
        .filter(Boolean)
        .join('. ');
      const title = all
        .slice(0, i)
        .filter(Boolean)
        .map((t, j, ts) => (j < ts.length - 1 && !/[.,:;!?–-]$/.test(t) ? `${t}.` : t))
        .join(' ');
      return finishReference(title, block, f, Number(dated[1]), venue, raw);
    }
  }
  // "Nature Medicine · 2017" over "Title" / "Names" / "Nature Medicine, 2017, 23, 548." (a card's badge line): the line
  // dates the entry and is no part of its text; the citation under the names gives the venue.
  const badge = all.length >= 3 ? VENUE_YEAR_BADGE.exec(all[0]!) : null;
  if (badge) {
    all.shift();
    if (hints.groupYear === undefined) hints = { ...hints, groupYear: Number(badge[1]) };
  }
  // A line that is only a year ("<span class="pub-year">2025</span>") dates the entry; other short numbers number it.
  const yearLine = all.map((l) => YEAR_LINE.exec(l)?.[1]).find(Boolean);
  if (yearLine && hints.groupYear === undefined) hints = { ...hints, groupYear: Number(yearLine) };
  // Link labels, numbering, and what a link row leaves once its links are dropped ("| |").
  const lines = all
    .filter(
      (l, i) =>
        l &&
        !LABEL_ONLY.test(l) &&
        !/^\[?\(?[A-Za-z]{0,2}\d{1,4}[.)\]:]?$/.test(l) &&
        !/^[\s|·•/]+$/.test(l) &&
        !isAwardLine(l, i) &&
        // "Abstract: In this paper … [Math. Prog. 89: 437--448, 2001] …" under the citation: prose, its years not the paper's.
        !(i > 0 && ABSTRACT_LINE.test(l)),
    )
    // "Title / by Names. / [ Venue ]": a byline's "by" is no part of the names (a news byline writes "By").
    .map((l, i) => (i > 0 ? l.replace(/^by\s+(?=\p{Lu})/u, '') : l));
  if (lines.length === 0) return null;
  // A line break ends a part as a period does ("A, B<br>Title<br>Venue, 2020"); not one inside a quoted title, nor one after
  // a word's hyphen or a names list's "and" ("A and<br>B, “Feature selection and classifi-<br>cation of …”": an entry
  // hard-wrapped as a PDF's column was).
  let inQuote = false;
  const parts = lines.map((l, i) => {
    const opens = (l.match(/“/g)?.length ?? 0) > (l.match(/”/g)?.length ?? 0) && lines.slice(i + 1).some((n) => n.includes('”'));
    inQuote = opens || (inQuote && !l.includes('”'));
    const wrapped = inQuote || (/\p{L}-$/u.test(l) && /^\p{Ll}/u.test(lines[i + 1] ?? '')) || /\s(?:and|&)$/.test(l);
    return i < lines.length - 1 && !wrapped && !/[.,:;!?·]$/.test(l) ? `${l}.` : l;
  });
  const t = titleApartFromNames(parts.join(' '));
  if (t.length < 15 || t.length > 5000) return null;
  const forms = hints.nameForm
    ? hints.strictForm
      ? [hints.nameForm]
      : [hints.nameForm, ...NAME_FORMS.filter((f) => f !== hints.nameForm)]
    : NAME_FORMS;
  const at = hint.length >= 4 ? t.indexOf(hint) : -1;

  // "Title / with A and B / Journal, 2024", "Title / Journal, 2025. / With A, B, and C", "Title / with A, B, Journal, 2026."
  // (an owner's page that names only the coauthors): the title line, then the coauthors' line its "with" opens.
  if (at < 0 || tidyTitle(lines[0]!) === hint) {
    const own = readCoauthorsLine(at >= 0 ? hint : lines[0]!, at >= 0, lines, forms, hints, t);
    if (own) return own;
  }

  // The markup says where the title is: names before it (or on the line after it), venue after.
  if (at >= 0) {
    // "…; NORMAN, Timothy J. <b>Title</b>": the period of a last initial stays with the names. "Semester project:
    // <b>Title</b>": the kind of work before the title names no one.
    const kindOnly = WORK_KIND_LABEL.exec(t)?.[0].length === at;
    const before = t
      .slice(0, kindOnly ? 0 : at)
      .replace(/[\s,.:;“"„«]+$/, (m) =>
        /^\.+(?:[\s,;:“"„«]|$)/.test(m) && /(?:^|[\s.])\p{Lu}$/u.test(t.slice(0, at).replace(/[\s,.:;“"„«]+$/, '')) ? '.' : '',
      )
      .replace(YEAR_MARK_TAIL, '');
    const yearBefore = YEAR_CLOSING.exec(t.slice(0, at).replace(/[\s“"„«]+$/, ''));
    let after = t.slice(at + hint.length).replace(/^\s*[”"»]?\s*[,.:;]?\s*[”"»]?/, ' ');
    // "<a>Title</a>, (2025), Names, Journal.": the year in parentheses after the title dates it; the names follow.
    const yearAfter = before ? null : YEAR_AFTER_MARKED_TITLE.exec(after);
    if (yearAfter) after = ` ${after.slice(yearAfter[0].length)}`;
    // "<a><i>Title</i></a> with A and B, Journal (2012)": a page that names only the owner's coauthors.
    if (!before) after = after.replace(COAUTHORS_OPENING, ' ');
    let block: AuthorBlock | null = null;
    let form: NameForm | undefined;
    // "<a>Title</a> — A B, C D — Venue 2023": the dashes set the title, the names and the venue apart.
    const dashed = !before && /^\s*[—–-]\s/.test(after) ? dashPartsTitleFirst(t.slice(at), t.slice(at), forms, hints) : null;
    if (dashed?.title === hint) return dashed;
    // "(with A and B) <i>Title</i>, Journal 8(3) (2023)": the owner's coauthors named before the title.
    const coauthors = COAUTHORS_IN_PARENS.exec(before)?.[1];
    if (before) {
      for (const f of forms) {
        block = readAuthorBlock(coauthors ?? before, f);
        if (block) {
          form = f;
          break;
        }
      }
      // In a list of family names alone, "Boisbunon, Maruyama." is two of them, not one inverted name.
      const families =
        hints.familyNamesOnly && (!block || (form === 'surname-given' && block.names.length === 1)) ? readFamilyNames(before) : null;
      if (families && (!block || families.names.length >= 2)) {
        block = families;
        form = undefined;
      }
      if (!block) {
        // "A. Kapanowski, Phys. Rev. E 55, 7090 (1997). <em>Title</em>.": names, then the citation, then the title.
        const cite = citationOnly(t.slice(0, at).replace(/[\s“"„«]+$/, ''), forms);
        if (cite) return finishReference(hint, cite.block, cite.form, cite.year, cite.venueText, t);
        // Text before the title that is not names ("Journal paper:", a date): authors may follow the title.
        if (words(before) > 8) return null;
      }
    }
    if (!block) {
      // A line after a marked title that is names and nothing else is the author line, whatever follows it; the
      // other lines are the venue ("Title / Venue (ABBR), 2020. / A, B, C." as Bootstrap pub-list-items write it).
      const i = lines.findIndex((l) => tidyTitle(l) === hint);
      const found = i >= 0 ? namesLine(lines, i + 1, forms) : null;
      const lead = journalBeforeVolume(after, leadingAuthors(after, forms, 'volume'));
      // "<i>Title</i>, Israel J. Math. 259(2) (2024)", "…, J. Amer. Math. Soc. 34(1)": one "name" that an abbreviated word
      // follows, or that ends in a journal's abbreviated word, opens the journal's name.
      const journalOpening =
        lead?.block.names.length === 1 &&
        !lead.block.truncated &&
        (/^\s*\p{Lu}\p{Ll}{1,7}\.\s/u.test(lead.rest) || JOURNAL_ABBREVIATION.test(after.slice(0, after.length - lead.rest.length).trim()));
      const fromAfter = journalOpening ? null : lead;
      // "Plant Cell (2019)" above a line of names is a venue, not one author.
      const venueFirst = found && found.index > i + 1 && fromAfter && fromAfter.block.names.length === 1 && !fromAfter.block.truncated;
      // A whole line of names under the title reads more of them than a prefix of the text after it.
      const lineReadsMore = found && found.index === i + 1 && fromAfter && found.block.names.length > fromAfter.block.names.length;
      // "<em>Title.</em> <strong>Nature Genetics</strong>. 2025. LoTempio J, Moreno J.": a journal read as one name
      // gives way to the names closing the entry.
      const oneName = fromAfter && fromAfter.block.names.length === 1 && !fromAfter.block.truncated;
      const trailing = oneName ? trailingAuthors(after, forms) : null;
      if (trailing && trailing.block.names.length >= 2) {
        ({ block, form, rest: after } = trailing);
      } else if (
        fromAfter &&
        !venueFirst &&
        !lineReadsMore &&
        (isVenueLine(fromAfter.rest, t, hints, lines.length >= 3, namesSeveral(fromAfter.block)) ||
          (!!yearAfter && isVenueAfterDatedTitle(fromAfter.rest, fromAfter.block)))
      ) {
        block = fromAfter.block;
        form = fromAfter.form;
        after = fromAfter.rest;
      } else if (found) {
        ({ block, form } = found);
        after = lines.filter((_, j) => j > i && j !== found.index).join('. ');
      }
    }
    if (!block) {
      const trailing = trailingAuthors(after, forms);
      if (trailing) ({ block, form, rest: after } = trailing);
    }
    // "<a>Title</a>. Journal 42, 501–513. (with A and B) [supplement]" (a page that names only the owner's coauthors):
    // the names the note after the citation holds.
    const note = !block && !before && !COAUTHORS_INTRO_IN_ENTRY.test(hint) ? COAUTHORS_NOTE.exec(after) : null;
    const noteForm = note ? forms.find((f) => readAuthorBlock(note[1]!, f)) : undefined;
    if (note && noteForm) {
      block = readAuthorBlock(note[1]!, noteForm);
      form = noteForm;
      after = after.slice(0, note.index) + after.slice(note.index + note[0].length);
    }
    if (!block && yearAfter) {
      // "Title (2022) / Names" (the venue a link label, dropped): names and nothing more after the dated title.
      const namesOnly = leadingAuthors(after, forms);
      const names =
        namesBeforeLastCommaPart(after, forms) ??
        (namesOnly && namesOnly.block.names.length >= 2 && !/\p{L}{2}/u.test(namesOnly.rest) ? namesOnly : null);
      if (names) ({ block, form, rest: after } = names);
    }
    // "Title / Sartini, Zhou, & Crainiceanu / Journal (2025)" (a Quarto listing's card): family names alone on the line
    // under the marked title, where the list writes them so.
    const titleLine = hints.familyNamesOnly && !block && !before ? lines.findIndex((l) => tidyTitle(l) === hint) : -1;
    const familyLine = titleLine >= 0 && lines[titleLine + 1] ? readFamilyNames(lines[titleLine + 1]!) : null;
    if (familyLine) {
      block = familyLine;
      after = lines.filter((_, j) => j > titleLine + 1).join('. ');
    }
    // "Master thesis: <b>Title</b> (2021)": the kind of work, the title and its year are the whole entry.
    const kindTitleYear = kindOnly && YEAR_ONLY.test(after);
    if (!block && !hints.allowNoAuthors && !kindTitleYear) return null;
    const year = yearBefore ? Number(yearBefore[1]) : yearAfter ? Number(yearAfter[1]) : undefined;
    const cited = year === undefined && lastYear(after) === undefined ? citationClosingTitle(hint) : null;
    if (cited) return finishReference(cited.title, block, form, cited.year, `${cited.venueText} ${after}`, t);
    return finishReference(hint, block, form, year ?? lastYear(after) ?? hints.groupYear, after, t);
  }

  // "A. Kapanowski, K. Sokalski, Mol. Cryst. Liq. Cryst. 301, 431 (1997)." / "Title." (physics lists that write the
  // citation, then the title on a line of its own, then arXiv lines).
  if (lines.length >= 2) {
    const cite = citationOnly(lines[0]!, forms);
    if (cite && isTitleLineAfterCitation(lines[1]!) && lines.slice(2).every((l) => /^(?:arXiv\s*:|https?:|doi\s*:)/i.test(l)))
      return finishReference(lines[1]!, cite.block, cite.form, cite.year, cite.venueText, t);
  }

  // The owner's paper with its coauthors reads so; one that names no one reads so only when no other reading finds names
  // ("“Title,” in Encyclopedia, J. A. Henry, M. A. Hines, (Dekker, 2005).").
  const own = ownQuotedPaper(t, forms, hints);
  if (own?.authors.length) return own;

  // "Title, with K. Hare and T. Persson, appeared in Nonlinearity, 2021.", "Title (with K. Dajani), Indag. Math 2014."
  // (a page that names only the owner's coauthors): the title runs to "with", the names to the longest run of them.
  // The title's own parentheses stay in it ("Ruling out (160,54,18) difference sets …").
  // "Title. (w/ A, B, and C) 2024." (economists' shorthand): the title's own period before the parenthesis ends it.
  const coauthors = TITLE_THEN_COAUTHORS.exec(t);
  const ownTitle = coauthors?.[1]!.replace(/(?<=\p{L}{2})\.$/u, '');
  // A question may close the title or open it ("Title? (with A and B) Journal", "Question? Insights from … (with A)").
  if (coauthors && !sentenceEnd(ownTitle!.replace(/[?!](?=\s|$)/g, '')) && words(ownTitle!) >= 2) {
    const rest = t.slice(coauthors[0].length);
    let best: { block: AuthorBlock; form: NameForm; end: number } | null = null;
    // "Title, with B. K. Pagnoncelli. Optimization-Online May 2023.": a period after a whole word ends the names.
    const sentence = /(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u.exec(rest);
    const names = sentence ? rest.slice(0, sentence.index) : rest;
    for (const m of [...names.matchAll(/\)|,\s+|$/g)].slice(0, 20)) {
      for (const f of forms) {
        const block = readAuthorBlock(names.slice(0, m.index), f);
        if (block && (!best || m.index > best.end)) best = { block, form: f, end: m.index };
        if (block) break;
      }
    }
    if (best) {
      const after = rest.slice(best.end).replace(/^[\s),]+/, '');
      // The title before "(with" is the owner's even where its comma parts read as names ("Internal Deadlines, Drug
      // Approvals, and Safety Problems"): no form is given for finishReference to read it as more names with.
      const r = finishReference(ownTitle!, best.block, undefined, lastYear(after) ?? hints.groupYear, after, t);
      if (r) r.nameForm = best.form;
      return r;
    }
  }

  const namesDashed = dashPartsNamesFirst(t, forms, hints);
  if (namesDashed) return namesDashed;

  // Authors first.
  const split = splitAuthors(t, forms);
  // "Disorder-Free Localization. Adam Smith, Johannes Knolle. Phys. Rev. Lett.": a lone "name" followed by a list
  // of names is a title followed by its authors.
  const titleFirst = split && split.block.names.length === 1 && !split.block.truncated ? titleSentence(t) : null;
  // Not "Martin R. Albrecht. Jean-Charles Faugère, …. Title": a middle initial makes the lone name a person's.
  const lonePerson = !!titleFirst && /^\p{Lu}\p{Ll}+\s\p{Lu}\.\s\p{Lu}[\p{Ll}'’-]+$/u.test(titleFirst.title);
  const namesAfter = titleFirst && !lonePerson ? leadingAuthors(titleFirst.after, forms) : null;
  if (split && !(namesAfter && namesAfter.block.names.length >= 2 && isVenueLine(namesAfter.rest, t))) {
    let rest = split.rest;
    const runOn = namesAfterStrayPeriod(split);
    if (runOn) {
      split.block = { ...split.block, names: [...split.block.names, ...runOn.block.names], truncated: runOn.block.truncated };
      rest = runOn.rest;
    }
    // "Lits G. (dir.) Title (Venue)": the editors' mark after names that ended at their last initial's period is theirs.
    // "Huijnen, Pim, Book review: ‘Title’, Isis 108": the label of a review is no part of the reviewed work's title.
    rest = rest.replace(EDITOR_MARK_OPENING, '').replace(REVIEW_LABEL_OPENING, '');
    let year: number | undefined;
    const ym = YEAR_MARK.exec(rest);
    if (ym) {
      const y = ym[1] ?? ym[2] ?? ym[3] ?? ym[4] ?? ym[5];
      year = y ? Number(y) : undefined;
      rest = rest.slice(ym[0].length);
    }
    // "Names. 2024 Title. Journal, 27, e14475.": the year's period left out, the only year of the entry.
    const bareYear = ym ? null : BARE_YEAR_OPENING.exec(rest);
    if (bareYear && /\.\s*$/.test(t.slice(0, t.length - split.rest.length)) && lastYear(rest.slice(bareYear[0].length)) === undefined) {
      year = Number(bareYear[1]);
      rest = rest.slice(bareYear[0].length);
    }
    rest = rest.replace(/^\s*[,·:;]\s*/, '');
    // The title is read; what follows it is the venue, and gives the year when the names did not.
    const finishAfterNames = (title: string, venueText: string, yearText = venueText) =>
      finishReference(title, split.block, split.form, year ?? lastYear(yearText) ?? hints.groupYear, venueText, t);
    const quotedOpening = quotedTitle(rest);
    // "Names. 2012. “Talking Shit” in Rayne: How …. Journal", "Names. 2000. “Quotation”: Subtitle. Journal": after an
    // author-date year (". 2012.", not APA's "(2012)."), a quotation that closes with no punctuation of its own and runs
    // on into words opens the title.
    const quotedRunsOn =
      !!ym?.[3] &&
      !!quotedOpening &&
      /^\s*(?::\s+)?\p{L}/u.test(quotedOpening.rest) &&
      !/[,.?!]\s*[”"»’]\s*,?\s*$|[”"»’]\s*,\s*$/.test(rest.slice(0, rest.length - quotedOpening.rest.length)) &&
      !JOURNAL_VOLUME_NUMBER.test(quotedOpening.rest);
    // '"Many-to-Many" Relationships Between … Matching[J], IEEE/ACM …' (GB/T 7714): a quotation that runs on into the
    // words before the mark of the kind of document opens the title.
    const quotedBeforeMark = !!quotedOpening && /^\s*\p{L}/u.test(quotedOpening.rest) && GBT_MARK.test(quotedOpening.rest);
    const quoted = quotedRunsOn || quotedBeforeMark ? null : quotedOpening;
    if (quoted) return finishAfterNames(quoted.title, quoted.rest);
    // 'Names, 2011, Title," Journal, vol. 196' (a hand-written list that left out the opening quote): the closing quote
    // after the title's comma ends it.
    const unopened = /^([^"“”„«»]{10,400}?)[,.]["”]\s+(?=\S)/.exec(rest);
    if (unopened && !/["“”„«»]/.test(rest.slice(unopened[0].length))) return finishAfterNames(unopened[1]!, rest.slice(unopened[0].length));
    // Names ended at the comma before a sentence-like part: that part is the title, its own list of words included.
    const parted = split.commaParts ? sentencePartTitle(rest) : null;
    if (parted) return finishAfterNames(parted.title, parted.venueText);
    // After names ending with a comma, or "Names 2020, Title, Journal": a list that separates its parts with commas.
    // So does "Names (2018) Title, Venue" (APA's year with no period after it), where the part after the comma names a
    // venue ("Los Alamos National Laboratory Tech. Rep.", "15th Annual Workshop …", "2016 Undergraduate Research Symposium").
    const venueAfterComma = (s: string) => {
      const m = /,\s+(in\s+(?=\p{Lu}))?([^,]+?)(?:\.\s+\p{Lu}\p{Ll}{3,}|,|$)/u.exec(s);
      const part = m?.[2] ?? '';
      // "Title, in Building Healthy Communities: A Guide …, Publisher" (Harvard): "in" names the book a chapter is in.
      return !!m?.[1] || VENUE_WORDS.test(part) || /^(?:\d{1,3}(?:st|nd|rd|th)\s|(?:19|20)\d\d\s+\p{Lu})/u.test(part);
    };
    const apaNoPeriod = !!ym?.[1] && /\)\s+$/.test(ym[0]) && venueAfterComma(rest);
    const commaTitle = (!ym && /^\s*[,;]/.test(split.rest)) || ym?.[5] || apaNoPeriod ? titleToFirstComma(rest) : null;
    if (commaTitle) return finishAfterNames(commaTitle.title, commaTitle.rest);
    // "Names (2019): Title. Subtitle, In: Journal, …" (German lists): after a year and a colon the title runs, its own
    // periods and question marks included, up to the comma before "In", "Submitted to", "Accepted for" or a publisher.
    const runIn = ym && /\)\s*:\s*$/.test(ym[0]) ? COLON_YEAR_TITLE_END.exec(rest) : null;
    if (runIn && words(rest.slice(0, runIn.index)) >= 2)
      return finishReference(rest.slice(0, runIn.index), split.block, split.form, year, rest.slice(runIn.index).replace(/^[,.]\s*/, ''), t);
    // "Title[J]. Journal, 2024, 8(2): 1–9.", "Title [J], Journal", "Title[C]//Proceedings …" (GB/T 7714): the mark of
    // the kind of document ends the title.
    const gbt = GBT_MARK.exec(rest);
    // A Chinese or Japanese title writes no spaces: "现代设计在中国[J]", "2024生/成[M]" are one word.
    if (
      gbt &&
      (words(rest.slice(0, gbt.index)) >= 2 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(rest.slice(0, gbt.index)))
    )
      return finishAfterNames(rest.slice(0, gbt.index), rest.slice(gbt.index + gbt[0].length), rest.slice(gbt.index));
    // "Names Title // Journal, – 2017. – №1 – C. 137-151." (Russian GOST): the title runs to " // ", its own periods
    // included; the venue from there to the first " – " part.
    const gost = /\s\/\/\s+/.exec(rest);
    if (gost && words(rest.slice(0, gost.index)) >= 2 && !/https?:$/.test(rest.slice(0, gost.index))) {
      const after = rest.slice(gost.index + gost[0].length);
      const ref = finishAfterNames(rest.slice(0, gost.index).replace(/\s+\/\s+[^/]*$/, ''), after);
      const venue = collapse(after.split(/\s*[.,]?\s+[–—-]\s+/)[0]!).replace(/[.,;:]+$/, '');
      if (ref && /\p{L}{2}/u.test(venue) && venue.length <= 300) ref.venue = venue;
      return ref;
    }
    // "Names:Title, Venue, 2018年 11月" (Japanese lists): after the colon that ends the names, in an entry dated "2018年",
    // the title runs to the first comma.
    const jaDate = JAPANESE_DATE.exec(rest);
    const jaComma = jaDate && /[:：]\s*$/.test(t.slice(0, t.length - split.rest.length)) ? /\s*[,，、]\s*/.exec(rest) : null;
    if (jaDate && jaComma && jaComma.index < jaDate.index)
      return finishReference(
        rest.slice(0, jaComma.index),
        split.block,
        split.form,
        Number(jaDate[1]),
        rest.slice(jaComma.index + jaComma[0].length),
        t,
      );
    const end = sentenceEnd(rest);
    let title = end ? rest.slice(0, end.end) : rest;
    let venueText = end ? rest.slice(end.next) : '';
    // "Names et al. Title (2020)." (a preprint list): the year in parentheses closing the entry dates it.
    const closingYear = PARENTHESISED_YEAR_CLOSING.exec(title);
    // So does one before a venue sentence without a year of its own ("Names. Title (2024). Journal, 14(12).").
    if (
      closingYear &&
      (!venueText.trim() || lastYear(venueText) === undefined) &&
      year === undefined &&
      /\.\s*$/.test(t.slice(0, t.length - split.rest.length)) &&
      !/\d\s*,\s*\d+$/.test(title.slice(0, closingYear.index))
    ) {
      year = Number(closingYear[1]);
      title = title.slice(0, closingYear.index);
    }
    // "Lits G. Title (Émulations, vol. 15, n° 41, p. 189-208)", "Cologna V. et al. Title (Nature Human Behaviour)": the
    // parentheses that close a dated entry with no venue sentence after its title hold the venue (not "(Extended Abstract)").
    const closingVenue = venueText.trim() ? null : /\s+\(((?=\p{Lu})[^()]{3,200})\)\.?$/u.exec(title);
    if (
      closingVenue &&
      words(title.slice(0, closingVenue.index)) >= 3 &&
      (year ?? hints.groupYear ?? lastYear(closingVenue[1]!)) !== undefined &&
      !/\b(?:abstract|paper|poster|demo|invited|extended|talk|keynote|tutorial)\b/i.test(closingVenue[1]!)
    ) {
      venueText = closingVenue[1]!;
      title = title.slice(0, closingVenue.index);
    }
    // ABNT and SIAM: "Title, In Venue, Place, 2014." — a title sentence that runs on into a dated "In …" part ends there.
    // "Title In: 4th conference on …, 2013, City." (Lattes CV exports): " In: " ends the title without a comma too, before
    // a book's editor as well ("Title In: Sujith Ovallath, The Essentials of …. New York: Nova Publishers, 2021").
    // So does " in proceedings of …" ("Title in proceedings of PKC 2014, Springer").
    const inVenue = /,\s+[Ii]n:?\s+(?=\p{Lu}|\d{1,3}(?:st|nd|rd|th)\s)|\s+In:\s+(?=[\p{Lu}\d])|\s+[Ii]n\s+(?=[Pp]roceedings\s+of\s)/u.exec(
      title,
    );
    if (
      inVenue &&
      !LATIN_IN.test(inVenue[0] + title.slice(inVenue.index + inVenue[0].length)) &&
      (lastYear(title.slice(inVenue.index)) !== undefined ||
        ((VENUE_WORDS.test(title.slice(inVenue.index + 2)) || /^\s+In:/.test(inVenue[0])) && lastYear(venueText) !== undefined))
    ) {
      venueText = `${title.slice(inVenue.index + inVenue[0].length)}${venueText ? ` ${venueText}` : ''}`;
      title = title.slice(0, inVenue.index);
    } else {
      const capitalIn = capitalInBeforeVenue(title);
      if (capitalIn !== null && (year ?? hints.groupYear ?? lastYear(`${title.slice(capitalIn)} ${venueText}`)) !== undefined) {
        venueText = `${title.slice(capitalIn).replace(/^\s*In\b\s*/, '')}${venueText ? ` ${venueText}` : ''}`;
        title = title.slice(0, capitalIn);
      }
    }
    // "Title (…), NAFO SCR Doc. 19/011", "Title DFO Tech. Rep. 3212" (grey literature): a report series run into a title
    // that ends with no period is no part of it; the report's number follows the series' abbreviation.
    const series = /[,\s]+((?:\p{Lu}{2,}\s+)+(?:\p{Lu}\p{Ll}{1,5}\.?\s+)*\p{Lu}\p{Ll}{1,5})$/u.exec(title);
    if (
      series &&
      series.index > 0 &&
      /^(?:\p{Lu}{2,}\s+)+(?:\p{Lu}\p{Ll}{1,5}\.\s+)*(?:Doc|Rep|Memo|Pap|Ser)\.\s+\d/u.test(`${series[1]}. ${venueText}`)
    ) {
      venueText = `${series[1]}. ${venueText}`;
      title = title.slice(0, series.index);
    }
    // "Title, Journal, 20, 7, 2020." (Copernicus, commas only): the venue is the last part with words before the
    // numbers and the year; the title is everything before it, its own commas included.
    // A note in parentheses after it ("(in Chinese)") is no venue sentence.
    const noteOnly = /^\([^()]{1,30}\)\.?$/.test(venueText.trim());
    // "Title, Journal, 2015. DOI: 10.…": a sentence of identifiers alone after it is no venue sentence either.
    const idsOnly = !!venueText && !/\p{L}{2}/u.test(readVenueIdsOut(venueText).replace(/\bdoi\b\s*:?/gi, ' '));
    const commaTail =
      (venueText || (end && end.next < rest.trimEnd().length)) && !noteOnly && !idsOnly
        ? null
        : commaSeparatedVenue(idsOnly ? title : rest, year !== undefined);
    if (commaTail)
      ({ title, venueText } = idsOnly ? { title: commaTail.title, venueText: `${commaTail.venueText} ${venueText}` } : commaTail);
    // "基于…方法，小型微型计算机系统，2025" (Chinese): a full-width comma ends a Chinese title.
    const cjkComma = /^\s*\p{Script=Han}[^，]*，/u.exec(title);
    if (cjkComma) {
      venueText = `${title.slice(cjkComma[0].length)}${venueText ? ` ${venueText}` : ''}`;
      title = cjkComma[0].slice(0, -1).trim();
    }
    // "Title, Atmos. Chem. Phys., 20, 2020" (Copernicus): the period of an abbreviated journal name is no sentence end.
    const abbreviated = /,\s+(\p{Lu}\p{Ll}{1,7})$/u.exec(title);
    const nextAbbreviated = !!abbreviated && /^\p{Lu}\p{Ll}{0,8}\.(?:\s|,|$)/u.test(venueText);
    const journalHead = nextAbbreviated ? null : abbreviatedJournalHead(title, venueText);
    if (abbreviated && nextAbbreviated) {
      venueText = `${abbreviated[1]}. ${venueText}`;
      title = title.slice(0, abbreviated.index);
    } else if (journalHead) {
      venueText = `${title.slice(journalHead.index + journalHead[0].length)}. ${venueText}`;
      title = title.slice(0, journalHead.index);
    }
    // "Names. Title, ICDAR 2013, Washington, DC", "Names. Title, 11th Conference on …, ICDAR2011, Beijing. (Oral)": a
    // title sentence that runs on past a comma into the entry's only year ends at that comma.
    const datedTail = lastYear(venueText) === undefined ? titleBeforeDatedPart(title) : null;
    if (datedTail) {
      venueText = `${datedTail.venueText}${venueText ? ` ${venueText}` : ''}`;
      title = datedTail.title;
    }
    // "Watch them Fight! Creativity Task Tournaments of …. Olympiads in Informatics, 10, 2016.": a title's "?" or "!"
    // ends a sentence of the title when the next sentence is long, holds no number and names no venue.
    const next = /[?!]$/.test(title) ? sentenceEnd(venueText) : null;
    if (next) {
      const sentence = venueText.slice(0, next.end);
      if (
        words(sentence) >= 4 &&
        !/\d/.test(sentence) &&
        !VENUE_WORDS.test(sentence) &&
        /^\p{Lu}/u.test(sentence) &&
        /\p{L}{2}/u.test(venueText.slice(next.next))
      ) {
        title = `${title} ${sentence}`;
        venueText = venueText.slice(next.next);
      }
    }
    // A title with nothing after it and no year is a name list followed by prose, not a reference; unless a status
    // stands in the year's place ("Names (preprint). Title.").
    const status = !!ym && year === undefined;
    if (!venueText && year === undefined && !status && !idsIn(t).ids.doi) return null;
    const ownTitle = titleReadAsName(split, t, title);
    if (ownTitle) {
      const coauthors = coauthorsAfter(venueText, forms);
      const ref = finishReference(
        ownTitle,
        coauthors?.block ?? null,
        coauthors?.form,
        year ?? lastYear(title),
        `${title}. ${venueText}`,
        t,
      );
      if (ref) return ref;
    }
    return finishAfterNames(title, venueText);
  }

  // "“Title,” I. I. Family, and I. A. Family, J. Phys. Chem. C 126, 4899 (2022)." (AIP/ACS with the title first): an entry
  // that opens with a quote is its title, whatever periods the title holds.
  const quotedFirst = /^\s*[“"„«]/.test(t) ? quotedTitle(t) : null;
  if (quotedFirst) {
    const lead = leadingAuthors(quotedFirst.rest, forms, 'journal');
    if (lead && isVenueLine(lead.rest, t, hints))
      return finishReference(quotedFirst.title, lead.block, lead.form, lastYear(lead.rest) ?? hints.groupYear, lead.rest, t);
    // "“Avuçlarımızdaki Cennet”, e Yayınları, İstanbul, 2002": a book of no named authors, its publisher after the title.
    const year = !lead && PUBLISHER_AFTER_TITLE.test(quotedFirst.rest) ? lastYear(quotedFirst.rest) : undefined;
    if (year !== undefined)
      return finishReference(quotedFirst.title, null, undefined, year, quotedFirst.rest.replace(/^\s*[,.]\s*/, ''), t);
  }
  const dashed = dashPartsTitleFirst(t, lines[0]!, forms, hints);
  if (dashed) return dashed;
  // "Title / [no author info] / Apple Academic Press · 24 Feb 2014 · doi:…" (Manubot's cite data, as the Greene
  // lab-website-template prints it): the names' placeholder where the names line stands, a work of no named authors.
  if (lines.length >= 3 && /^\[no author info\]$/i.test(lines[1]!.trim())) {
    const venueText = lines.slice(2).join(' ');
    if (isVenueLine(venueText, t, hints))
      return finishReference(lines[0]!, null, undefined, lastYear(venueText) ?? hints.groupYear, venueText, t);
  }
  // Title first: "Title" / "Names" / "Venue, 2020" on lines, or "Title. Names. Venue (2020)." on one, or a quoted title then names.
  const first =
    lines.length >= 2
      ? {
          title: lines[0]!,
          after: lines
            .slice(1)
            // "Title<br>山崎勇樹, 小林伸吾, 山影相,<br>固体物理 56, 1, 49-58 (2021).": a line of names whose comma runs on to the
            // venue's line ends there as a period would end it.
            .map((l, i) =>
              i < lines.length - 2 && (!/[.,:;!?·]$/.test(l) || (l.endsWith(',') && forms.some((f) => readAuthorBlock(l.slice(0, -1), f))))
                ? `${l.replace(/,$/, '')}.`
                : l,
            )
            .join(' '),
        }
      : titleSentence(t);
  if (first) {
    const lead = leadingAuthors(first.after, forms, lines.length >= 2 && 'volume');
    const titleAsNames = readAuthorBlock(first.title, 'given');
    const titleIsNames = titleAsNames && (titleAsNames.names.length >= 2 || (lead?.block.names.length ?? 0) < 2);
    // Title / venue / names: the names line after the venue line ("Plant Cell (2019)" is not one author).
    const names =
      lines.length >= 3 && !titleIsNames && /^[\p{Lu}\d“"]/u.test(first.title) && !/[{}=]/.test(first.title)
        ? namesLine(lines, 1, forms)
        : null;
    const venueFirst = names && names.index === 2 && (!lead || (lead.block.names.length === 1 && !lead.block.truncated));
    // "Title (2022)" / "Names, bioRxiv": the year closing the title's line dates the entry.
    const closingYear = lead && lastYear(lead.rest) === undefined && words(first.title) > 3 ? CLOSING_YEAR.exec(first.title) : null;
    if (
      lead &&
      !titleIsNames &&
      !venueFirst &&
      (isVenueLine(lead.rest, t, hints, lines.length >= 3, namesSeveral(lead.block)) ||
        (!!closingYear && lines.length >= 2 && isVenueAfterDatedTitle(lead.rest, lead.block)))
    ) {
      if (closingYear)
        return finishReference(first.title.slice(0, closingYear.index), lead.block, lead.form, Number(closingYear[1]), lead.rest, t);
      return finishReference(first.title, lead.block, lead.form, lastYear(lead.rest) ?? hints.groupYear, lead.rest, t);
    }
    if (venueFirst) {
      const venue = lines.filter((_, j) => j > 0 && j !== names.index).join('. ');
      if (isVenueLine(venue, t, hints))
        return finishReference(first.title, names.block, names.form, lastYear(venue) ?? hints.groupYear, venue, t);
    }
  }
  const quoted = quotedTitle(t);
  if (quoted) {
    const lead = leadingAuthors(quoted.rest, forms);
    if (lead && isVenueLine(lead.rest, t)) return finishReference(quoted.title, lead.block, lead.form, lastYear(lead.rest), lead.rest, t);
  }
  // "Title, Benoit Richard, Jean-Luc Lemyre and Anna M. Ritcey, Langmuir, 2017, 33(19), 4748–4757." (chemistry CVs, with
  // the title first and no quotes): the title runs to the first comma when two or more names follow it, then a dated venue
  // (or a venue under a year heading: "Title, Names, 10 pages. In 40th International Conference on …").
  const comma = /^([^,]{8,}?)\s*,\s*/.exec(t);
  if (
    comma &&
    words(comma[1]!) >= 3 &&
    /\p{Ll}{3}/u.test(comma[1]!) &&
    !sentenceEnd(comma[1]!) &&
    !/^\p{Lu}\.\s/u.test(comma[1]!) &&
    !readAuthorBlock(comma[1]!, 'given')
  ) {
    const lead = leadingAuthors(t.slice(comma[0].length), forms, 'journal');
    if (
      lead &&
      lead.block.names.length >= 2 &&
      // The names end before the venue, not before a title's words in lower case ("…, Recombination Events and Mobile
      // Genetic Elements in Streptococcus …" is the title's run on, its "names" words of a title).
      !/^\s*\p{Ll}/u.test(lead.rest) &&
      (lastYear(lead.rest) ?? hints.groupYear) !== undefined &&
      isVenueLine(lead.rest, t, hints, false, true)
    )
      return finishReference(comma[1]!, lead.block, lead.form, lastYear(lead.rest) ?? hints.groupYear, lead.rest, t);
  }
  const commaParts = commaPartsTitleFirst(t, forms);
  if (commaParts) return finishReference(commaParts.title, commaParts.block, commaParts.form, commaParts.year, commaParts.venueText, t);
  // "2025. Title. Journal 51(1):32–69." and "2026. (With Yi-Yang Cheng). Title. …" (a CV that lists the owner's own papers
  // without the owner's name): the year, the coauthors if any, the title sentence, then a journal with its numbers.
  if (yearDot) {
    let rest = t;
    let block: AuthorBlock | null = null;
    let form: NameForm | undefined;
    const withNames = OWNER_COAUTHORS_OPENING.exec(rest);
    if (withNames) {
      for (const f of forms) {
        block = readAuthorBlock(withNames[1]!, f);
        if (block) {
          form = f;
          break;
        }
      }
      if (!block) return null;
      rest = rest.slice(withNames[0].length);
    }
    const sentence = titleSentence(rest);
    if (sentence && words(sentence.title) >= 2 && isJournalCitation(sentence.after))
      return finishReference(sentence.title, block, form, Number(yearDot[1]), sentence.after, t);
  }
  // A one-line entry: a card's lines ("Title / Journal Article / Apr 1, 2025 / Names") are read by their lines.
  return own ?? (lines.length === 1 ? namesClosingCitation(t, forms, hints) : null);
}

/**
 * "Title, Ultrasonics 53 (3), 2013, pages 815-822. M. Molero, U. Iturráran-Viveros", "Title, Scipy 2013 Ursula
 * Iturraran-Viveros, Miguel Molero" (CVs in free text that write the title and its citation first, the names last):
 * the names run from a break after the citation's last number to the end; before them, the title up to the comma that
 * opens the dated venue.
 */
function namesClosingCitation(t: string, forms: NameForm[], hints: ReferenceHints): ParsedReference | null {
  const text = t.replace(/[\s,;]+$/, '');
  for (const m of text.matchAll(/(?<=\d[)\].,;]?)\s+(?=\p{Lu})/gu)) {
    const citation = text.slice(0, m.index).replace(/[\s.,;]+$/, '');
    const year = lastYear(citation) ?? hints.groupYear;
    if (year === undefined) continue;
    const names = withoutNamesClosingMark(text.slice(m.index + m[0].length));
    for (const form of forms) {
      const block = readAuthorBlock(names, form);
      if (!block || block.names.length < 2) continue;
      let parts = titleBeforeDatedPart(citation) ?? commaSeparatedVenue(citation, true) ?? titleRunIntoVenue(citation);
      // "Title Materiales de Construcción, Volume 59, …": a venue part with numbers and no name leaves the name in the title.
      const run = parts && !readVenue(parts.venueText).venue ? titleRunIntoVenue(parts.title) : null;
      if (parts && run) parts = { title: run.title, venueText: `${run.venueText}, ${parts.venueText}` };
      return parts && finishReference(parts.title, block, form, lastYear(parts.venueText) ?? year, parts.venueText, t);
    }
  }
  return null;
}

/**
 * A venue's name in title case after a title in sentence case, no comma between them, then its numbers: "…by using
 * ultrasonic techniques Materiales de Construcción", "…of fractures in concrete 5th Pan American Conference for NDT".
 */
const TITLE_CASE_VENUE =
  /(?<=\s(?!(?:a|an|and|or|of|the|in|on|for|to|with|from|by|at)\s)\p{Ll}[\p{Ll}-]*)\s+(?=(?:\d{1,3}(?:st|nd|rd|th)\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:(?:of|de|del|la|for|on|and|in|the|&)\s+)*\p{Lu}[\p{L}&.'’-]*)+(?:\s+[\d(][\d()\s-]*)?(?:,|$))/u;

/** The title and the venue of a citation whose first comma part runs the title into the venue's name (see TITLE_CASE_VENUE). */
function titleRunIntoVenue(citation: string): { title: string; venueText: string } | null {
  const comma = citation.search(/,\s|$/);
  const m = TITLE_CASE_VENUE.exec(citation.slice(0, comma === -1 ? citation.length : comma + 1));
  if (!m || words(citation.slice(0, m.index)) < 4) return null;
  return { title: citation.slice(0, m.index), venueText: citation.slice(m.index + m[0].length) };
}

/**
 * "Ricardo M. Zago, Fabiano Fruett - Title - 2017 2nd International Symposium … (INSCIT) - DOI: …" (personal pages that
 * set the parts apart with spaced dashes, the names first): the whole first part reads as names, the title runs to the
 * next dash, or to a sentence's period ("Names - Title. Journal, [S. l.], n. 26, 2019 - DOI: …"), the venue is the rest.
 */
function dashPartsNamesFirst(t: string, forms: NameForm[], hints: ReferenceHints): ParsedReference | null {
  const parts = t.split(/\s+[—–-]\s+/);
  if (parts.length < 3) return null;
  const names = parts[0]!;
  const stop = /\p{Ll}{2}\.\s+(?=\p{Lu})/u.exec(parts[1]!);
  const title = stop ? parts[1]!.slice(0, stop.index + 2) : parts[1]!;
  // Not a meeting's name and number ("Euromech Colloquium 639 - Microplastic Dispersion Pathways, (Speaker), …").
  if (/\d/.test(names) || words(title) < 2 || NAME_FORMS.some((f) => readAuthorBlock(title, f))) return null;
  // One line; a lone name with no initial may be a title's first words ("Variant Forks – Motivations and Impediments").
  if (t.includes('\n')) return null;
  for (const form of forms) {
    const block = readAuthorBlock(names, form);
    if (!block || (block.names.length < 2 && !/\p{Lu}\.\s/u.test(names))) continue;
    const venueText = [...(stop ? [parts[1]!.slice(stop.index + stop[0].length)] : []), ...parts.slice(2)].join(' - ');
    return finishReference(title, block, form, lastYear(venueText) ?? hints.groupYear, venueText, t);
  }
  return null;
}

/**
 * "Title — A B, C D — Venue 2023", "Title - A B - ePrint 2026/984", "Title – A B, C D, ASIACRYPT 2018." (personal pages
 * that set the parts apart with spaced dashes): the title runs to a dash, the names to the next such dash, or else over
 * the comma parts that read as names, then a venue. A title that reads as a name gives way to two names or more after it.
 */
function dashPartsTitleFirst(t: string, firstLine: string, forms: NameForm[], hints: ReferenceHints): ParsedReference | null {
  const namesOf = (s: string) => {
    for (const form of forms) {
      const block = readAuthorBlock(s, form);
      if (block) return { block, form };
    }
    return null;
  };
  for (const dash of [...t.matchAll(/\s+([—–-])\s+(?=\p{Lu})/gu)].slice(0, 3)) {
    const title = t.slice(0, dash.index);
    // The title is the first line's ("Title. Journal, 2008<br>Prize — Best Paper …" is no such line).
    if (words(title) < 2 || dash.index >= firstLine.length || lastYear(title) !== undefined) continue;
    const after = t.slice(dash.index + dash[0].length);
    const next = after.indexOf(` ${dash[1]} `);
    let names: { block: AuthorBlock; form: NameForm } | null = null;
    let venueText = '';
    if (next >= 0) {
      names = namesOf(after.slice(0, next));
      venueText = after.slice(next + 3);
    } else {
      const parts = after.split(/,\s+/);
      for (let n = 1; n < parts.length && !/\d/.test(parts[n - 1]!) && !VENUE_WORDS.test(parts[n - 1]!); n++) {
        const read = namesOf(parts.slice(0, n).join(', '));
        if (read) ({ names, venueText } = { names: read, venueText: parts.slice(n).join(', ') });
      }
    }
    // One name before a comma is one only before a venue's word ("A B, PhD thesis (2021)"; not "Title - Employment
    // Protection, Ch. 6, …").
    if (!names || (next < 0 && names.block.names.length < 2 && !VENUE_WORDS.test(venueText.split(',')[0]!))) continue;
    // Not "A. Mian, B. Collas, “Title”, in Book 1 - Part" nor "Peeters, M., Zondervan – Zwijnenburg, M., …": names open it.
    if (/[“"]|,\s*\p{Lu}\.(?:\s|,|$)/u.test(title)) continue;
    // A title may read as names ("Quantum Boomerang Attacks and Some Applications"): between two dashes, more names than
    // it reads as make the names part.
    const titleAsNames = readAuthorBlock(title, 'given');
    if (next >= 0 ? titleAsNames && names.block.names.length < Math.max(2, titleAsNames.names.length) : opensWithNames(title)) continue;
    if (next < 0 && titleAsNames && (titleAsNames.names.length > 1 || names.block.names.length < 2)) continue;
    // Three parts that the dashes set apart need no year in the third ("ePrint 2026/984", an undated preprint).
    const threeParts = next >= 0 && words(venueText) <= 12 && (/\d/.test(venueText) || VENUE_WORDS.test(venueText));
    if (threeParts || isVenueLine(venueText, t, hints, false, names.block.names.length >= 2))
      return finishReference(title, names.block, names.form, lastYear(venueText) ?? hints.groupYear, venueText, t);
  }
  return null;
}

/**
 * "Title, A B, C D, and E F, Journal: Structure, Function, and Bioinformatics, 2016." and "Title: X, Y, and a Z, A B, C D,
 * Journal, 2016." (one part after another, commas only): the title is the fewest comma parts (three words or more, none
 * a sentence, the first no name of fewer than four words) before a run of parts that reads as two names or more, the
 * longest such run; the rest, opening in capitals, is a dated venue.
 */
function commaPartsTitleFirst(
  t: string,
  forms: NameForm[],
): { title: string; block: AuthorBlock; form: NameForm; venueText: string; year: number } | null {
  const parts = t.replace(/\.$/, '').split(/,\s+/);
  if (parts.length < 4 || parts.length > 40 || /^\p{Lu}\.\s/u.test(t)) return null;
  const firstAsName = readAuthorBlock(parts[0]!, 'given');
  if (firstAsName && (firstAsName.names.length > 1 || words(parts[0]!) < 4)) return null;
  for (let k = 1; k <= Math.min(6, parts.length - 3); k++) {
    const title = parts.slice(0, k).join(', ');
    if (words(title) < 3 || !/\p{Ll}{3}/u.test(title) || sentenceEnd(title) || lastYear(title) !== undefined) return null;
    // "Click here to read Andersson M, Jia Q, …": a title that holds a name's family and initials runs into the names.
    const last = parts[k - 1]!;
    if (
      /\s\p{Lu}[\p{Ll}'’-]+\s\p{Lu}{1,3}(?:-\p{Lu})?$/u.test(last) ||
      /^\p{Lu}{1,3}\.?$/u.test(last) ||
      (k > 1 && readAuthorBlock(last, 'vancouver'))
    )
      return null;
    let best: { block: AuthorBlock; form: NameForm; m: number } | null = null;
    for (let m = k + 1, misses = 0; m < Math.min(parts.length, k + 25) && misses < 2; m++) {
      const names = parts.slice(k, m).join(', ');
      const f = forms.find((form) => readAuthorBlock(names, form));
      if (f) best = { block: readAuthorBlock(names, f)!, form: f, m };
      misses = f ? 0 : best ? misses + 1 : 0;
    }
    // "Title, Resistant-Tolerant HIV Capsid Inhibitors, Zhang X, …": a part with an acronym, or of five words, is the title's.
    if (!best || best.block.names.length < 2 || best.block.names.some((n) => n.split(' ').length > 4 || /\p{Lu}{3}/u.test(n))) continue;
    const venueText = parts.slice(best.m).join(', ');
    const year = lastYear(venueText);
    // "…, Arley Caraballo Guzmán, Giovanny Torres Lindarte (2025)": the names run on to the year, no venue after them.
    const beforeYear = /^(.*?)[,.]?\s*\((?:19|20)\d\d[a-z]?\)/.exec(parts.slice(k).join(', '));
    const namesToYear = beforeYear && readAuthorBlock(beforeYear[1]!, best.form);
    if (
      year === undefined ||
      (namesToYear && namesToYear.names.length > best.block.names.length) ||
      !/^(?:\p{Lu}|In\s)/u.test(venueText) ||
      !/\p{L}{3}/u.test(venueText.replace(/\b(?:19|20)\d\d\b/g, ''))
    )
      continue;
    return { title, block: best.block, form: best.form, venueText, year };
  }
  return null;
}

/**
 * A journal's citation in a title's place: "Philosophical Studies 178: 1339-1359", "Journal of Environmental Economics and
 * Management, 85, 171–192, 2017", "The British Journal for the Philosophy of Science".
 */
const CITATION_IN_TITLE_PLACE =
  /^(?:\p{Lu}[\p{L}&\s,-]{2,100}?,?\s+\d{1,4}\s*(?:\(\d{1,4}\))?\s*[:,]\s*\d{1,6}(?:\s*[-–]\s*\d{1,6})?(?:,\s*(?:19|20)\d\d)?|(?:The\s+)?(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Journal|Proceedings|Transactions|Annals)\s+(?:of|on|for)\s+(?:the\s+)?\p{Lu}[\p{L}\s]{2,80})$/u;

/**
 * "Explanatory Priority Monism (2021). Philosophical Studies 178: 1339-1359.", "Pollution Haven and Corruption Paradise.
 * Journal of …, 85, 171–192, 2017. With Elisa Dienesch." (an owner's own paper, no names): a title of capitalised words
 * read as one name, the journal's citation then read as the title. The text the names were read from is the title.
 */
function titleReadAsName(split: Split, t: string, title: string): string | null {
  if (split.block.names.length > 2 || split.block.truncated) return null;
  const namesText = t.slice(0, t.length - split.rest.length).replace(/[\s.,:;]+$/, '');
  if (words(namesText) < 2 || /[.,;]/.test(namesText)) return null;
  return CITATION_IN_TITLE_PLACE.test(title.trim()) ? namesText : null;
}

/** The coauthors an owner's entry names after its citation: "…, 2017. With Elisa Dienesch. DOI | Working paper". */
function coauthorsAfter(venueText: string, forms: NameForm[]): { block: AuthorBlock; form: NameForm } | null {
  const intro = COAUTHORS_INTRO_IN_ENTRY.exec(venueText);
  return intro ? leadingAuthors(venueText.slice(intro.index + intro[0].length), forms, 'journal') : null;
}

const YEAR_DOT_LINE_OPENING = /^\s*(?:19|20)\d\d\.\s+(?=\p{Lu})/u;
const ABSTRACT_LINE = /^abstract\s*[.:]\s+(?:\S+\s+){7}/i;
const ABSTRACT_AFTER_CITATION = /\sAbstract\s*[.:]\s[\s\S]*$/;

/** "September 2001, ": a date opening a text. */
const DATE_OPENING = new RegExp(`^[\\s,.;]*(?:${MONTH_NAME}\\.?\\s+)?${YEAR}\\b[\\s,.;]*`);

/**
 * "“Measuring hierarchy.” Social Choice and Welfare, 65, 583–627, 2025." and '"Title" with Bruno Jullien and Thierry
 * Magnac, Econometrica Vol. 76, No. 4, (July 2008), 679-725' (a page that lists its owner's papers and names only the
 * coauthors, if any): an entry that opens with its quoted title and no names after it is the owner's; the coauthors are
 * the names after "with", wherever they stand ('"Title", October 2005, with Ethan Ligon'); a year or a status dates it.
 * Undefined when the entry is not of that shape (other readings follow), null when it is but does not read.
 */
function ownQuotedPaper(t: string, forms: NameForm[], hints: ReferenceHints): ParsedReference | null | undefined {
  const q = /^\s*[“"„«]/.test(t) ? quotedTitle(t) : null;
  if (!q) return undefined;
  // Names right after the title ("“Title,” I. I. Family, and I. A. Family, J. Phys. Chem. C") are read elsewhere.
  const lead = leadingAuthors(q.rest, forms, 'journal');
  if (lead && (lead.block.names.length >= 2 || lead.block.truncated)) return undefined;
  let venueText = q.rest;
  let block: AuthorBlock | null = null;
  let form: NameForm | undefined;
  const intro = COAUTHORS_INTRO_IN_ENTRY.exec(venueText);
  const listed = intro ? null : namesBeforeVenue(venueText, forms);
  if (listed) ({ block, form, rest: venueText } = listed);
  else if (intro) {
    const from = venueText.slice(intro.index + intro[0].length);
    // "“Title” (with Sophie Meunier) Journal.": the coauthors are what the parentheses hold.
    const inParens = intro[0].trimStart().startsWith('(') ? /^([^()]{2,300})\)/.exec(from) : null;
    const inForm = inParens ? forms.find((f) => readAuthorBlock(inParens[1]!, f)) : undefined;
    const names = inForm
      ? { block: readAuthorBlock(inParens![1]!, inForm)!, form: inForm, rest: from.slice(inParens![0].length) }
      : leadingAuthors(from, forms, 'journal');
    if (!names) return undefined;
    ({ block, form } = names);
    venueText = `${venueText.slice(0, intro.index)} ${names.rest.replace(/^[\s),]+/, '')}`;
  }
  // "“Title” Analysis. 83 (1): 50-54. 2023. DOI: …. Abstract. Kearns (2021) argues …": the years of an abstract shown
  // after the citation are not the paper's while the citation has its own.
  const year = lastYear(venueText.replace(ABSTRACT_AFTER_CITATION, '')) ?? lastYear(venueText) ?? hints.groupYear;
  if (year === undefined && !UNPUBLISHED.test(venueText)) return undefined;
  // '"Attention Is All You Need" is a 2017 landmark paper': a sentence about the title, no citation of it.
  if (!/^\s*(?:[,.;:(]|\p{Lu}|\d|in:?\s)/u.test(venueText)) return undefined;
  // "“Title,” in Encyclopedia, J. A. Henry, D. Sengupta, M. A. Hines, (Dekker, 2005).": names after the venue are no owner's list.
  const parts = venueText.split(/,\s+/);
  if (!block && parts.slice(1, 8).some((_, j) => namesBeforeVenue(parts.slice(j + 1, j + 13).join(', '), forms))) return undefined;
  // "September 2001, revise and resubmit at …": a date opening the rest is no venue.
  venueText = venueText.replace(DATE_OPENING, '');
  // The quoted title before "(with" is the owner's even where its comma parts read as names ("“Social Capital,
  // Institutional Rules and …”"): no form is given for finishReference to read it as more names with.
  if (intro && block) {
    const r = finishReference(q.title, block, undefined, year, venueText, t);
    if (r) r.nameForm = form;
    return r;
  }
  return finishReference(q.title, block, form, year, venueText, t);
}

const opensWithInitial = (name: string) => /^\p{Lu}\p{Ll}?\.(?:[\s-]|\p{Lu})/u.test(name);

/**
 * '(invited), M. Y. Shalaginov*, S. Bogdanov, A. Boltasseva, V. M. Shalaev, 2nd Annual Conference on …, April 12, 2017.':
 * the names after a quoted title, up to the comma where the venue starts (a meeting that no venue word announces), a
 * note on the kind of talk before them left out. The most comma-separated parts that read as two names or more.
 */
function namesBeforeVenue(s: string, forms: NameForm[]): { block: AuthorBlock; form: NameForm; rest: string } | null {
  const t = s.replace(/^[\s,.]*(?:\([^()]{1,20}\)[\s,.]*)?/, '');
  const parts = t.split(/,\s+/).slice(0, 40);
  // Longer prefixes only while some form is alive (one dead on a prefix is dead on every longer one): linear, not quadratic.
  const alive = new Set(forms);
  let best: { block: AuthorBlock; form: NameForm; k: number } | null = null;
  for (let k = 1; k < parts.length && alive.size > 0; k++) {
    const names = parts.slice(0, k).join(', ');
    for (const form of forms) {
      if (!alive.has(form)) continue;
      const block = readBlock(names, form);
      if (block === DEAD) {
        alive.delete(form);
        continue;
      }
      // "A. Boltasseva, V. M. Shalaev, Optics Express": after names that open with initials, a full "name" is the venue.
      const last = block?.names[block.names.length - 1] ?? '';
      if (!block || k < 2 || block.names.length < 2 || (block.names.slice(0, -1).every(opensWithInitial) && !opensWithInitial(last)))
        continue;
      best = { block, form, k };
      break;
    }
  }
  return best && { block: best.block, form: best.form, rest: parts.slice(best.k).join(', ') + t.slice(parts.join(', ').length) };
}

/** A journal or book with its volume, issue or pages ("Oceanic Linguistics 60(2):447–473"), or a venue word. */
function isJournalCitation(s: string, numbered = false): boolean {
  const head = s.split('\n')[0]!;
  return (
    /^\p{Lu}/u.test(head) &&
    /\p{L}{3}/u.test(head) &&
    (/\d+\s*\(\d+\)|\d+\s*[:,]\s*\d+|\d+\s*[-–]\s*\d+/.test(head) || (!numbered && VENUE_WORDS.test(head)))
  );
}

const YEARS_AS_WORDS = new RegExp(`\\b${YEAR}\\b`, 'g');

/**
 * "M. Fiałkowski, A. Kapanowski, K. Sokalski, Mol. Cryst. Liq. Cryst. 265, 371 (1995)", "A. Kapanowski, A. Krawczyk,
 * arXiv:1903.02904 [cs.DS] (2019)": names, then a journal with its numbers and year (or an arXiv id) and nothing else,
 * no title.
 */
function citationOnly(s: string, forms: NameForm[]): { block: AuthorBlock; form: NameForm; venueText: string; year: number } | null {
  const lead = leadingAuthors(s, forms, 'journal');
  if (!lead) return null;
  const rest = lead.rest.replace(/^[\s,]+/, '');
  const year = lastYear(rest);
  if (year === undefined || !/\d/.test(rest.replace(YEARS_AS_WORDS, ''))) return null;
  const venue = readVenue(rest).venue;
  if (!venue && !idsIn(rest).ids.arxiv) return null;
  const at = venue ? rest.indexOf(venue) : 0;
  if (at < 0 || at > 2 || (venue && words(venue) > 8)) return null;
  const residue = readVenueIdsOut(venue ? rest.slice(at + venue.length) : rest);
  return /\p{L}{3}/u.test(residue) ? null : { block: lead.block, form: lead.form, venueText: rest, year };
}

/** Text without its URLs, DOIs and arXiv ids (with their subject class) and volume words. */
function readVenueIdsOut(s: string): string {
  return s
    .replace(URL_RE, ' ')
    .replace(/\b10\.\d{4,9}\/\S+/g, ' ')
    .replace(/arXiv\s*:?\s*\S+(?:\s*\[[^\]]*\])?/gi, ' ')
    .replace(/\b(?:pp|vol|no|art|p)\b\.?/gi, ' ');
}

/** A title alone on the line under a citation: two words or more, no year, not names. */
function isTitleLineAfterCitation(line: string): boolean {
  return (
    words(line) >= 2 &&
    lastYear(line) === undefined &&
    /^[\p{Lu}\d"“'‘]/u.test(line) &&
    !NAME_FORMS.some((f) => readAuthorBlock(line.replace(/[.,;]$/, ''), f))
  );
}

/** Two or more names (or names cut short by "et al.") opening a text: "H Al Habobe, EB Haverkort, K Nazmi (https://…)". */
export function opensWithNames(s: string): boolean {
  const lead = leadingAuthors(s, NAME_FORMS);
  return !!lead && (lead.block.names.length >= 2 || lead.block.truncated);
}

const DATE_AFTER_NAMES = new RegExp(`^\\s*\\(${YEAR}[a-z]?\\)[.,:]?\\s+\\p{Lu}`, 'u');

/** One name or more opening `s` and the year in parentheses right after them: "Montag, J. L. (2018) Title. …" (APA). */
export function opensWithNamesAndDate(s: string): boolean {
  const lead = leadingAuthors(s, NAME_FORMS);
  return !!lead && lead.block.names.length >= 1 && DATE_AFTER_NAMES.test(lead.rest);
}

/** The line after a line that is a whole citation without a title ("A. Kapanowski, Phys. Rev. E 55, 7090 (1997).") is its title. */
export function isCitationWithoutTitle(line: string): boolean {
  return citationOnly(line, NAME_FORMS) !== null;
}

const YEAR_AS_WORD = new RegExp(`\\b${YEAR}\\b`);
const YEAR_OPENING = new RegExp(`^\\(?${YEAR}\\b`);

/** A venue's opening in lower case: its paper's status ("to appear in", "to be included in", "accepted for") or "in the Proceedings". */
const LOWER_CASE_VENUE_OPENING =
  /^(?:to appear|to be (?:included|published)|(?:provisionally )?accepted (?:for|in|at|to|by)|in press|in (?:the )?Proceedings?)\b/i;

/** A comma between a title's parts, not before a numbered part of it ("…, Part II: Enforcing the Lorenz Gauge Condition"). */
const COMMA_NOT_BEFORE_PART = /,\s+(?!Part\s+(?:\d{1,2}|[IVX]{1,4})\b)/;

/**
 * "Y. Du, J. She, and W. Cao, Title, IEEE Transactions on Cybernetics, 20(1), 941-952, Jan. 2024." and "Bo Li; Junjie
 * Zhao ; Title, IFAC-PapersOnLine, 2020, 53(2): 4297-4303" (IEEE without quotes, names ending with a comma or a
 * semicolon): the title runs to the first comma when what follows it up to the sentence's end is a venue (its words,
 * its volume and pages, a year or a DOI), not the rest of a title.
 */
function titleToFirstComma(rest: string): { title: string; rest: string } | null {
  const comma = COMMA_NOT_BEFORE_PART.exec(rest);
  if (!comma || words(rest.slice(0, comma.index)) < 3) return null;
  const end = sentenceEnd(rest);
  const to = end ? end.end : rest.length;
  if (comma.index >= to) return null;
  // "Title, in Proceedings of the …, Canberra, pp. 1-10." (Harvard): "in" opens the book or proceedings, no part of them.
  const inBook = /^in\s+(?=\p{Lu})/u.exec(rest.slice(comma.index + comma[0].length))?.[0].length ?? 0;
  const after = rest.slice(comma.index + comma[0].length + inBook);
  const within = rest.slice(comma.index, to);
  // "Title, to appear in the Proceedings of …, CHI 2018", "Title, in the Proceedings of …": a venue opening in lower case.
  if (!/^(?:\p{Lu}|the\s|arXiv\b|\d{1,3}(?:st|nd|rd|th)\s|(?:19|20)\d\d\s+\p{Lu})/u.test(after) && !LOWER_CASE_VENUE_OPENING.test(after))
    return null;
  // "Title, Swarm and Evolutionary Computation. 2022, 74, 101139.": a next sentence that opens with the year dates it.
  const venueShown =
    YEAR_AS_WORD.test(within) ||
    (end !== null && YEAR_OPENING.test(rest.slice(end.next))) ||
    /\d+\s*\(\d+\)|\d+\s*[-–]\s*\d+|\bdoi\b|\bpp?\.\s*\d|\bvol\.\s*\d/i.test(within) ||
    VENUE_WORDS.test(after.split(',')[0]!) ||
    inBook > 0;
  return venueShown ? { title: rest.slice(0, comma.index), rest: after } : null;
}

/**
 * The title after names that a comma before a sentence-like part ended, and the venue after it: the title is that part, a
 * sentence at most, and the parts of its own list ("On exact solutions for cold, shallow, and thermocoupled ice sheets,
 * preprint, 2006": the short parts up to one that opens with "and").
 */
function sentencePartTitle(rest: string): { title: string; venueText: string } | null {
  const end = sentenceEnd(rest);
  const firstComma = rest.search(/,\s+/);
  if (end && (firstComma < 0 || end.end < firstComma)) return { title: rest.slice(0, end.end), venueText: rest.slice(end.next) };
  const parts = rest.split(/,\s+/);
  let k = 1;
  for (let j = 1; j < Math.min(parts.length, 6); j++) {
    // "…, IEEE Transactions on Systems, Man, and Cybernetics": a part that names a venue opens the venue's own list.
    if (VENUE_WORDS.test(parts[j]!)) break;
    if (/^(?:and|or|&)\s/.test(parts[j]!)) k = j + 1;
    if (/\d/.test(parts[j]!) || words(parts[j]!) > 4) break;
  }
  const title = parts.slice(0, k).join(', ');
  // "Poly(3,4-ethylenedioxythiophene)": a comma inside parentheses is the title's.
  // "Global methane budget and trend, 2010-2017: complementarity of …": a part after it that holds a subtitle is the title's too.
  if (
    !isSentencePart(parts[0]!) ||
    (words(title) < 3 && !isCjkTitlePart(title)) ||
    /\([^)]*$/.test(title) ||
    /:\s+\p{Ll}/u.test(parts[k] ?? '')
  )
    return null;
  return { title, venueText: parts.slice(k).join(', ') };
}

/** A meeting's year as computer science abbreviates it after the name: "ICSE’19", "Edge Computing’22", "CHI '20". */
const VENUE_SHORT_YEAR = /\p{L}\s?['’](\d\d)\b/u;
/** A meeting's acronym and abbreviated year in parentheses after its full name: "(IPCCC’23)", "(Cluster'19)". */
export const MEETING_SHORT_YEAR = /\(\p{Lu}[\p{L}-]*\s?['’]\d\d\)/u;

/** The year a meeting's abbreviated year gives: "(IPCCC’23)" 2023, "(ICCKE’17)" 2017, "SIGGRAPH '98" 1998. */
export function venueShortYear(venue: string): number | undefined {
  const yy = VENUE_SHORT_YEAR.exec(venue)?.[1];
  if (yy === undefined) return undefined;
  return Number(yy) < 50 ? 2000 + Number(yy) : 1900 + Number(yy);
}

// A part in capitals, "11th …", "2024 3rd …", or (where the paper went) "has been accepted as a podium presentation at …".
const DATED_PART_OPENING =
  /^(?:(?:19|20)\d\d\s+)?(?:\p{Lu}|\d{1,3}(?:st|nd|rd|th)\s|(?:has been\s+|was\s+)?(?:accepted|presented)\s+(?:as|at|to|for|in)\s)/u;

/**
 * "Title, ICDAR 2013, Washington, DC", "Title, Posters and Demos ACM/IEEE Symposium on Edge Computing’22 (accepted)": the
 * title and the dated part after it, cut at the first comma that opens a part in capitals (or "11th …", IEEE's "2024 3rd
 * International Conference on …", "accepted at …"), when the parts before the year hold no year, and no part up to it
 * opens with "and" / "or" (a title's own list: "Allocation, Planning, and Scheduling").
 */
function titleBeforeDatedPart(s: string): { title: string; venueText: string } | null {
  const parts = s.split(/,\s+/);
  const dated = parts.findIndex((p) => lastYear(p) !== undefined || VENUE_SHORT_YEAR.test(p));
  // A journal's citation ("Nature Methods 18 (2021) 12-20") is read as such elsewhere.
  if (dated < 1 || /\((?:19|20)\d\d\)/.test(parts.slice(dated).join(', '))) return null;
  if (parts.slice(1, dated + 1).some((p) => /^(?:and|or|&)\s/i.test(p))) return null;
  for (let k = 1; k <= dated; k++) {
    if (!DATED_PART_OPENING.test(parts[k]!)) continue;
    const title = parts.slice(0, k).join(', ');
    const venueText = parts
      .slice(k)
      .join(', ')
      .replace(/^(?:has been|was)\s+/, '');
    return words(title) >= 3 ? { title, venueText } : null;
  }
  return null;
}

/** A Japanese date: "2018年 11月", "2017年". */
const JAPANESE_DATE = new RegExp(`(${YEAR})\\s*年(?:\\s*\\d{1,2}\\s*月)?`);

/** GB/T 7714's mark of a document's kind after its title: [J] journal, [C] proceedings, [M] book, [D] thesis, [EB/OL] … */
const GBT_MARK = /\s*\[(?:J|C|M|D|R|P|N|S|Z|A|G|EB|DB|CP)(?:\/OL)?\](?:\s*\/\/?|\s*[.,]|\s+|$|(?=[(（]))\s*/;
const GBT_MARK_OPENING = new RegExp(`^${GBT_MARK.source}`);

const NUMBER_PART =
  /^(?:[A-Za-z]{0,4}\d[\w–-]*|(?:pp\.\s*)?arXiv:\d{4}\.\d{4,5}(?:v\d+)?|\d+\s*\(\d+\)(?::\s*[\d–-]+)?|(?:pp?\.|pages?)\s*\d[\d–-]*|in review|in press|(?:doi:?\s*|(?:https?:\/\/)?(?:dx\.)?doi\.org\/)10\.\S+?)\.?(?:\s*\([^()]{1,30}\))?$/i;

/** A part that cites a journal's issue or a paper's identifier: "47(3):1178-1194", "128 (11)", "doi: 10.…", "https://doi.org/10.…". */
const CITING_PART = /^\d+\s*\(\d+\)|^\d+\s*[:(]\s*\d+\s*[-–]\s*\d+|(?:^doi:?\s*|doi\.org\/)10\./i;

/**
 * "Title, Venue, vol, pages, Year." with no sentence break: the title and the venue part (null when not that shape). With
 * `dated` (the names gave the year: "Names (2019). Title, Nucleic Acids Res, 47(3):1178-1194, doi: 10.…"), the numbers
 * need no year when they cite an issue or an identifier.
 */
const MEETING_ON_TOPIC = /\b(?:conference|symposium|workshop|congress)\s+on\s+[^,]+$/i;

const YEAR_PART = new RegExp(`^${YEAR}\\.?$`);

function commaSeparatedVenue(rest: string, dated = false): { title: string; venueText: string } | null {
  const parts = rest.trim().split(COMMA_NOT_BEFORE_PART);
  let k = parts.length - 1;
  let cited = false;
  for (; k > 1 && NUMBER_PART.test(parts[k]!); k--) {
    if (YEAR_PART.test(parts[k]!)) cited = true;
    else if (dated && CITING_PART.test(parts[k]!)) cited = true;
  }
  // "Title, 2024, pp. arXiv:2401.04783." (SIAM's preprints): numbers alone after a title, no venue.
  if (k === 1 && NUMBER_PART.test(parts[1]!) && parts.slice(1).some((p) => YEAR_PART.test(p)) && words(parts[0]!) >= 3)
    return {
      title: parts[0]!,
      venueText: parts
        .slice(1)
        .join(', ')
        .replace(/\bpp\.\s*(?=arXiv:)/, ''),
    };
  if (!cited || k === parts.length - 1 || !/^(?:\p{Lu}|submitted\b|accepted\b)/u.test(parts[k]!) || words(parts[k]!) < 1) return null;
  // "Title, 8th International Conference on Control, Robotics and Cybernetics, 2023.": a meeting's name that lists its
  // topics with commas is one venue.
  while (k > 1 && MEETING_ON_TOPIC.test(parts[k - 1]!)) k--;
  return { title: parts.slice(0, k).join(', '), venueText: parts.slice(k).join(', ') };
}

/** Where a title after "(Year): " ends: ", In …", ". In: …", ", Submitted to …", ", Accepted for …", ", Nomos Verlag". */
const COLON_YEAR_TITLE_END =
  /[,.]\s+In(?::\s+|\s+(?=\p{Lu}|\(|the\s))|,\s+(?:Submitted|Accepted|To appear|Presented)\s+(?:to|for|at|in)\b|,\s+(?:\p{Lu}[\p{L}-]*\s+)?Verlag\b/u;

/**
 * The line at `from` when it is names and nothing else; else the line after it, when it is two or more names and
 * the line at `from` does not start with names (a venue line): "Title / Venue (ABBR), 2020. / A, B, C.".
 */
function namesLine(lines: string[], from: number, forms: NameForm[]): { block: AuthorBlock; form: NameForm; index: number } | null {
  const whole = (j: number) => {
    for (const form of forms) {
      const block = lines[j] ? readAuthorBlock(withoutNamesClosingMark(lines[j]!), form) : null;
      if (block) return { block, form, index: j };
    }
    return null;
  };
  const first = whole(from);
  if (first || from + 1 >= lines.length) return first;
  const lead = leadingAuthors(lines[from]!, forms);
  if (lead && (lead.block.names.length >= 2 || lead.block.truncated)) return null;
  const second = whole(from + 1);
  return second && (second.block.names.length >= 2 || second.block.truncated) ? second : null;
}

/**
 * Names closing an entry after its citation, as NCBI's My Bibliography orders it ("Nature Genetics. 2025 Feb;
 * 57(2):287–294. LoTempio JE, Moreno JD. PMID: 39843657."): the longest run of sentences at the end that is an author
 * block, with a year before it.
 */
function trailingAuthors(s: string, forms: NameForm[]): { block: AuthorBlock; form: NameForm; rest: string } | null {
  const closing = s.replace(/(?:\s*\b(?:PMID|PMCID)\s*:?\s*\S+)+\s*$/i, '').trim();
  const t = closing.replace(/\.$/, '');
  // "…; Rusconi, F.; Voller, F.": the period closing the entry is the last initial's too.
  const initialClosing = /[\s.,;]\p{Lu}\.$/u.test(closing);
  for (const m of t.matchAll(/[.;]\s+/g)) {
    const rest = t.slice(0, m.index + 1);
    // "…, 2017. With Elisa Dienesch.", "…, 2026. Com A, B e C.": an owner's coauthors, one name too.
    // The labels of a link row after them ("With A. | Data & code | Companion paper") are no names.
    const intro = coauthorsIntroLength(t.slice(m.index + m[0].length));
    const after = t.slice(m.index + m[0].length + intro);
    const names = intro > 0 ? after.replace(/\.?\s+\|\s.*$/, '') : after;
    if (lastYear(rest) === undefined || !/^\p{Lu}/u.test(names)) continue;
    for (const form of forms) {
      const block = readAuthorBlock(form === 'surname-initials' && initialClosing && intro === 0 ? `${names}.` : names, form);
      if (block && (block.names.length >= 2 || form === 'vancouver' || intro > 0)) return { block, form, rest };
    }
    // "…, 2025. With A, B, and C. Published version (open access)": the coauthors' sentence ends the names, a link's
    // label after it is no name.
    const lead = intro > 0 ? leadingAuthors(names, forms) : null;
    if (lead && /\.$/.test(names.slice(0, names.length - lead.rest.length)) && /^\s+\S/u.test(lead.rest))
      return { block: lead.block, form: lead.form, rest };
  }
  return null;
}

/**
 * "Names, Nature Communications." after a dated title ("<a>Title</a>, (2025), Names, Venue."): the last comma part is the
 * venue (a journal's name can read as a person's), the parts before it two names or more.
 */
function namesBeforeLastCommaPart(s: string, forms: NameForm[]): { block: AuthorBlock; form: NameForm; rest: string } | null {
  const t = s.trim().replace(/\.$/, '');
  const comma = t.lastIndexOf(', ');
  if (comma < 0 || !/^\p{L}/u.test(t.slice(comma + 2)) || /[.;:]\s/.test(t.slice(comma + 2))) return null;
  for (const form of forms) {
    const block = readAuthorBlock(t.slice(0, comma), form);
    if (block && block.names.length >= 2) return { block, form, rest: t.slice(comma + 2) };
  }
  return null;
}

/** Words that make a sentence a venue, not the rest of a title. */
export const VENUE_WORDS =
  /^(?:in|to appear)\b|\b(?:journal|proceedings|proc|conference|conf|workshop|symposium|transactions|letters|review|reviews|press|university|arxiv|preprint|bulletin|annals|magazine|report|rep|thesis|book|chapter|edited|eds?|editors?|publishing|publishers?|springer|elsevier|wiley|mdpi|hindawi|ieee|acm|siam|aps|iop|nature|science)\b/i;

const MONTHS = new RegExp(`\\b${MONTH_NAME}\\.?\\b`, 'g');

/** "Names (Under Review) | Linguistics": a status in the year's place closing the names. */
const STATUS_CLOSING_NAMES = new RegExp(`^\\s*[.,]?\\s*\\((?:${STATUS_IN_PARENS})\\)`, 'i');

/**
 * What follows a title-first entry's names is a venue with a year (or the entry has a DOI / arXiv id): a news
 * byline or a blog post's "February 2024" is not.
 */
function isVenueLine(rest: string, whole: string, hints: ReferenceHints = {}, stacked = false, severalNames = false): boolean {
  const { ids } = idsIn(whole);
  if (ids.doi || ids.arxiv) return true;
  if (/\bcited by\b|\bcomments?\b|\bviews?\b|\bread more\b|\bposted\b|›/i.test(rest)) return false;
  // A marked title, names and a year ("<code>Title</code> <em>A, B</em> (2024)"): the venue may be a label-like "bioRxiv".
  if (hints.title && /^\s*[.,]?\s*\((?:19|20)\d\d[a-z]?\)[.,]?\s*$/.test(rest)) return true;
  // Under a year heading the venue line need not repeat the year; in a list read in its own style a title and its
  // names may be all an entry shows ("Preprints").
  // Nor need one after two names or more that opens as a venue does ("…, 10 pages. In 40th International Conference on …",
  // ". The 14th International Conference on …").
  if (lastYear(rest) === undefined) {
    if (STATUS_CLOSING_NAMES.test(rest)) return true;
    // "IEEE MIT URTC (https://urtc.mit.edu/)": the venue's own address, shown as text, is no part of it.
    const venue = rest.replace(/^[\s,.;:]*(?:\d{1,4}\s+pages[.,]?\s*)?/i, '').replace(/\s*\(https?:\/\/[^\s()]+\)\s*$/, '');
    // After a title the markup marks, a short venue that names its kind of meeting or journal anywhere ("NeurIPS - Annual
    // Conference on Neural Information Processing Systems"), in one sentence.
    const namedVenue = !!hints.title && words(venue) <= 12 && !/[.?!]\s+\p{Lu}/u.test(venue) && VENUE_WORDS.test(venue);
    const opensVenue =
      severalNames && (/^(?:In\s|(?:The\s+)?\d{1,3}(?:st|nd|rd|th)\s)/i.test(venue) || namedVenue) && VENUE_WORDS.test(venue);
    const journalOnly = severalNames && isJournalNameOnly(venue);
    // Nor one that is a journal with its volume and pages or article number ("Phys. Rev. E 108, 054606", "Nat. Comm.
    // 15:6180").
    return (
      (hints.groupYear !== undefined && (stacked ? words(rest) <= 12 : opensVenue || journalOnly || isJournalCitation(venue, true))) ||
      (!!hints.strictForm && !/\p{L}{2}/u.test(rest))
    );
  }
  // "A&A, 682, A122": a journal's initials joined by "&" are a venue's name.
  return /\p{L}{2}|\p{Lu}&\p{Lu}/u.test(rest.replace(MONTHS, ' ').replace(/\b(?:19|20)\d\d\b/g, ' '));
}

/**
 * What follows two names or more under a title its own year closes ("<b>Title</b> (2022)<br>Names, Proc. SPIE 12183,
 * Optical and Infrared Interferometry and Imaging VIII, 121831A."): a venue when it reads as a journal or venue does, or a
 * short label (not the rest of the names: "…, Stein O Brien, G., Muller, U., bioRxiv").
 */
function isVenueAfterDatedTitle(rest: string, names: AuthorBlock): boolean {
  const venue = rest.replace(/^[\s,.;:]+/, '');
  const label = !venue.includes(',') && words(venue) <= 4 && /\p{L}{2}/u.test(venue);
  return (names.names.length >= 2 || names.truncated) && (isJournalCitation(venue) || label);
}

/** Two names or more, or one and "et al." ("Butler K. T. et al., Chem. Mater." under a year heading). */
const namesSeveral = (block: AuthorBlock) => block.names.length >= 2 || block.truncated;

/**
 * A journal's name and nothing else ("PNAS", "Cancer Research", "Stem Cell Research & Therapy", "Cur Opin Chem Bio"): what
 * closes "Title. Names. Journal" under a year heading (life-science pages that date their papers by the heading alone),
 * its words abbreviated too ("J. Am. Chem. Soc.", "Energy Environ. Sci.").
 */
function isJournalNameOnly(s: string): boolean {
  const v = s.trim().replace(/\.$/, '');
  return /^\p{Lu}[\p{L}&’'-]*\.?(?:\s+(?:&|[\p{L}’'-]+\.?)){0,5}$/u.test(v) && !/\b(?:and|by|with|from|is|are|was|were)\s/i.test(v);
}

/**
 * A year closing the names before a marked title, or a status in its place ("Hampton, J. (under review). <b>Title</b>"),
 * with the comma or period before it; the period of a last initial stays ("Wegmann, M. (2020)").
 */
const YEAR_MARK_TAIL = new RegExp(
  `\\s*(?:,|(?<!(?:^|[\\s.,;-])\\p{L})\\.)?\\s*(?:\\(?${YEAR}[a-z]?\\)?|\\((?:${PAPER_STATUS}|due ${YEAR})\\))$`,
  'iu',
);

/**
 * A comma before a journal, its volume and "(issue)" or ":pages", or before one word and "(year)" (no name is one word);
 * not before a last name run into the journal ("…, P Anfinrud, A Bax The Journal of Physical Chemistry B 122 (49)").
 */
const VOLUME_ISSUE_COMMA = new RegExp(
  `,\\s+(?!(?:\\p{Lu}\\.?\\s?){1,3}\\s\\p{Lu}\\p{Ll})(?=\\p{Lu}[^,.]{0,60}?\\s+\\d{1,4}\\s*[(:]|\\p{Lu}[\\p{L}&-]*\\s+\\(${YEAR}\\))`,
  'gu',
);

/** `leadingAuthors`' answers, kept (KeptReadings) as `splitAuthors`' are. */
const keptLeads = new KeptReadings<{ block: AuthorBlock; form: NameForm; rest: string } | null>();

/**
 * Which commas may close the names besides the ones every text has: 'journal' before a journal and its volume anywhere
 * ("M. A. Hines, Physics 14", after a quoted title); 'volume' only before a journal written with its volume and issue
 * ("…, Luis A Garza, JAMA Dermatol 156 (10) :1057-1065 (2020)", "…, Gaofeng Wang, Allergy (2025)": a line of names under
 * its title that runs on into the venue).
 */
type VenueCommas = 'journal' | 'volume' | false;

/** Names at the start of `s` ("A, B, C · Journal 127 (2025)", "A, B and C. Venue, 2020"): the longest block. */
function leadingAuthors(
  s: string,
  forms: NameForm[],
  journalCommas: VenueCommas = false,
): { block: AuthorBlock; form: NameForm; rest: string } | null {
  const lead = keptLeads.read(`${oddNameAllowed}|${forms.join()}|${journalCommas}`, s, () => readLeadingAuthors(s, forms, journalCommas));
  return lead && { ...lead, block: copyBlock(lead.block) };
}

const STATUS_AFTER_NAMES = new RegExp(
  `(?<!\\b${THESIS_DEGREE}),?\\s+(?=(?:(?:provisionally\\s+)?(?:${PAPER_STATUS})|${THESIS_KIND})\\b)`,
  'giu',
);

function readLeadingAuthors(
  s: string,
  forms: NameForm[],
  journalCommas: VenueCommas,
): { block: AuthorBlock; form: NameForm; rest: string } | null {
  // A comma closing the text is what a dropped link label ("…, Hansen, K. D., <a>bioRxiv</a>") left behind.
  const t = s.replace(/^\s*[,.:;·|-]?\s*/, '').replace(/,\s*$/, '');
  let best: { block: AuthorBlock; form: NameForm; rest: string } | null = null;
  // A comma before a venue's opening words ends the names too: "…, J. Patarin, The Journal of Physical Chemistry C 122",
  // "…, Ardalan Amiri Sani, 22nd ACM International Conference on …";
  // so does one before a page count ("…, Baishakhi Ray, 10 pages. In 40th International Conference …"), and one before
  // a word in camel case that opens in lower case ("…, Hansen, K. D., bioRxiv", "…, eLife"): no name is written so.
  // "et al." closes the names ("Butler K. T. et al., Chem. Mater."); so does a period glued to the venue after Chinese
  // names ("黄必录.医学争鸣,2021", GB/T 7714 written without spaces) or before a camel-case word ("Zhengzhi Wu.bioRxiv").
  const ends = [
    ...t.matchAll(
      /[.:][*†‡§¶✉#]*\s+|(?<=\.)[*†‡§¶✉#]+(?=,\s)|\s+·\s+|\s*\(|[,.]?\s*\b(?:In\s|in\s)|,\s*(?=(?:19|20)\d\d)|,\s+(?=(?:[Tt]he\s+)?(?:Journal|Proceedings|Annals|Transactions|IEEE|ACM)\b|(?:The\s+)?\d{1,3}(?:st|nd|rd|th)\s+\p{Lu})|,\s+(?=\d{1,4}\s+pages\b)|,\s+(?=\p{Ll}+\p{Lu}\p{L}*\b)|(?<=\bet\.?\s+al\.?)(?=\s*,)|\.(?<=\p{Script=Han}\.)(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\d])|\.(?<=\p{Ll}\.)(?=\p{Ll}+\p{Lu}\p{L}*\b)|$/gu,
    ),
    // "Mondal J.*, ACS Materials Lett.": the marks close the names.
  ].map((m) => m.index + (/^[.:]/.test(m[0]) ? /^[.:][*†‡§¶✉#]*/.exec(m[0])![0].length : /^[*†‡§¶✉#]/.test(m[0]) ? m[0].length : 0));
  // After a quoted title (AIP/ACS), a comma before a journal and its volume ends the names: "M. A. Hines, Physics 14".
  if (journalCommas) {
    const venueComma = journalCommas === 'journal' ? /,\s+(?=\p{Lu}[^,]{0,60}?,?\s+\d|arXiv\s*:)/gu : VOLUME_ISSUE_COMMA;
    for (const m of t.matchAll(venueComma)) ends.push(m.index);
  }
  // A paper's status, or a thesis's kind, ends them, with a comma or none: "…, D. L. Jones, to appear in the Proceedings
  // of …", "…, and Jayanth Srinivasan to appear in IEEE …", "S.V. Adve, Provisionally accepted for the Journal of …",
  // "Jayanth Srinivasan Ph.D. Thesis, May 2006" (not "Mulder, H. Master's thesis", whose degree is no name).
  for (const m of t.matchAll(STATUS_AFTER_NAMES)) ends.push(m.index);
  ends.sort((a, b) => a - b);
  // "…, and M. Ceriotti, J. Chem. Phys 154": the name after "and" is the last one (no longer block, "J. Chem" is
  // a journal's abbreviation).
  const last = LEADING_LAST_NAME_AFTER_AND.exec(t);
  if (last) {
    const cap = last.index + last[0].length;
    ends.splice(0, ends.length, ...ends.filter((e) => e < cap), cap);
  }
  // The edition that opens a venue ends names written given name first only: "Geometry, Morphology, and Computational
  // Imaging, 11th International Workshop …" is a book's title, not "Family, Given" names.
  // Not the end after the name that follows "and" ("…, Monbet V. and Derbré F., 13th International …"), the list's last.
  const ordinalEnds = new Set(
    [...t.matchAll(/,\s+(?=(?:The\s+)?\d{1,3}(?:st|nd|rd|th)\s+\p{Lu})/gu)]
      .map((m) => m.index)
      .filter((i) => !last || i !== last.index + last[0].length),
  );
  // A form dead on a prefix (an item before its last is not a name) is dead on every longer one.
  const alive = new Set(forms);
  for (const end of ends.slice(0, 40)) {
    if (alive.size === 0) break;
    // "…, N. Sepúlveda, J. Appl. Phys. 107": "J. Appl" is a journal's abbreviation, not a name.
    if (JOURNAL_ABBREVIATION.test(t.slice(0, end)) && /^\s*(?:\p{Lu}\p{Ll}{0,6}\.|\p{Lu}\b|\d)/u.test(t.slice(end))) continue;
    // "…; Bryce, M. R. J. Org. Chem. 2021", "…; Mulholland, A. J. R. Soc. open sci.": a last "J." (or "R." before "Soc.")
    // opens the journal's abbreviated name (ACS names, then the venue), not the name before it; nor is "J. Am." a name's.
    const head = t.slice(0, end);
    const nextWord = /^\s*(\p{Lu}\p{Ll}{1,11})\.\s/u.exec(t.slice(end))?.[1];
    const lastWord = /\p{Lu}\.\s?J\.\s(\p{Lu}\p{Ll}{1,11})\.$/u.exec(head)?.[1];
    if (
      (/\p{Lu}\.\s?J\.$/u.test(head) && nextWord && JOURNAL_ABBREVIATION_WORD.test(nextWord)) ||
      (/\p{Lu}\.\s?R\.$/u.test(head) && nextWord === 'Soc') ||
      (lastWord && JOURNAL_ABBREVIATION_WORD.test(lastWord))
    )
      continue;
    // A comma before another "I. Family," is inside the names.
    if (/^,\s+(?:\p{Lu}\.\s?-?)+\s*\p{Lu}[\p{L}'’-]+\s*,/u.test(t.slice(end))) continue;
    if (endsAtMiddleInitial(head, t.slice(end))) continue;
    // "L. Boogard et al. (including P.G. Pérez-González, H. Übler), 2026": the names the page adds after "et al." are the
    // block's too (as in readSplit), and no end inside them (as in blockEnds).
    if (/^[.:]?\s*[[(]including\s/i.test(t.slice(end)) || insideIncluding(t, end)) continue;
    // "…, Mimmo T & Bulgarelli D. 2021. PeerJ." (title-first Vancouver lists): the year closing the names is the entry's.
    if (/\s\p{Lu}\.\s+(?:19|20)\d\d[a-z]?\.?$/u.test(t.slice(0, end))) continue;
    for (const form of forms) {
      if (!alive.has(form) || (ordinalEnds.has(end) && form !== 'given')) continue;
      const block = readBlock(t.slice(0, end), form);
      if (block === DEAD) {
        alive.delete(form);
        continue;
      }
      if (block) {
        // "M. A. Hines, Solid State Phenom. 195, 65-70": a longer block that leaves only numbers after it took the venue.
        const rest = t.slice(end);
        const venueTaken = best && /\p{L}{2}/u.test(best.rest) && /\d/.test(rest) && !/\p{L}{2}/u.test(rest);
        if ((!best || end >= t.length - best.rest.length) && !venueTaken) best = { block, form, rest };
        break;
      }
    }
  }
  return best;
}

/** The abbreviated words a journal's name opens with ("J. Phys.", "J. Appl.", "Phys. Rev."), as the last word of a text. */
const JOURNAL_ABBREVIATION =
  /(?:^|[\s,])(?:J\.\s*)?(?:Phys|Chem|Appl|Rev|Lett|Mater|Biol|Sci|Comput|Res|Funct|Acad|Natl|Proc|Electrochem|Vac|Technol|Surf|Opt|Mol|Nucl|Geophys|Astrophys|Stat|Math|Ecol|Evol|Neurosci|Environ|Catal|Inorg|Interfaces)\.$/;

// ------------------------------------------------------------------ lists

export interface ListStyle {
  nameForm: NameForm;
}

/**
 * The name form a list writes its entries in: the one that reads the most entries' author blocks (ties: the
 * earlier form in NAME_FORMS). "Cai, W. and de Moya, M." reads in 'surname-initials' as two names; in 'given' the
 * same string fails, so a list that mostly writes "Surname, I." is read that way throughout.
 */
export function inferListStyle(
  texts: string[],
  titles: (string | undefined)[] = [],
  read: (raw: string, hints: ReferenceHints) => ParsedReference | null = parseReference,
): ListStyle {
  let best: NameForm = 'given';
  let bestCount = -1;
  for (const form of NAME_FORMS) {
    let count = 0;
    for (const [i, text] of texts.entries()) {
      // Each entry adds 1 at most: a form that cannot pass the best even if every entry left reads is not read further.
      if (count + (texts.length - i) <= bestCount) break;
      const r = read(text, { nameForm: form, title: titles[i], strictForm: true });
      if (r && r.nameForm === form && r.authors.length > 0) count += r.authors.length > 1 ? 1 : 0.5;
    }
    if (count > bestCount) {
      bestCount = count;
      best = form;
    }
  }
  return { nameForm: best };
}
