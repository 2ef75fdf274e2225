/**
 * Is a name, as a page shows it, an organisation ("Gemini Team", "DeepSeek-AI", "The LIGO Scientific Collaboration")
 * rather than a person? Dependency-free. Tested on real author lists in test/text/organisations.test.ts.
 *
 * The rule. A name is an organisation when one of these holds:
 *  1. One of its words (any case, trailing "." or "," ignored) names a body of people or a legal form: Team(s),
 *     Collaboration(s), Consortium, Group, Project, Lab(s), Laboratory/Laboratories, Institute/Institut, Initiative,
 *     Association, Society, Foundation, Committee, Council, Alliance, Workshop, Research, Center/Centre, University,
 *     Observatory, Corporation, Organization/Organisation, Department, Agency, Contributors; Inc, Ltd, LLC, GmbH, Corp,
 *     PLC. No personal name among the test lists contains one of these words.
 *  2. It has two or more words and the first is "The" ("The OPT Team", "The Tor Project").
 *  3. It has two or more words and the last is "AI" in capitals ("Meta AI", "Mistral AI", "Moonshot AI").
 *  4. It contains "@" or "&" ("AI @ Meta", "AT&T").
 *  5. It is one word with two or more capitals, or a digit inside, that is not shaped like a person's name:
 *     "DeepSeek-AI", "OpenAI", "MiniMax", "NVIDIA", "01.AI". Person-shaped: each hyphen-separated part is a capitalised
 *     word, optionally after a family-name prefix ("McDonald", "MacKay", "DeWitt", "LeCun", "O'Neil", "Jean-Pierre"),
 *     or a lower-case particle ("al-Khwarizmi"); two capitals alone ("JP") may be initials.
 * Not recognised, on purpose: a single capitalised word ("Anthropic", "Sukarno"), because mononyms exist and nothing in
 * the word tells them apart; several ordinary capitalised words ("Google DeepMind"), which is what most personal names
 * look like; camel-case words inside a longer name ("ZhiHao Zhang" is a person).
 */

const ORGANISATION_WORDS = new Set([
  'team',
  'teams',
  'collaboration',
  'collaborations',
  'consortium',
  'consortia',
  'group',
  'project',
  'lab',
  'labs',
  'laboratory',
  'laboratories',
  'institute',
  'institut',
  'initiative',
  'association',
  'society',
  'foundation',
  'committee',
  'council',
  'alliance',
  'workshop',
  'research',
  'center',
  'centre',
  'university',
  'observatory',
  'corporation',
  'organization',
  'organisation',
  'department',
  'agency',
  'contributors',
  'inc',
  'ltd',
  'llc',
  'gmbh',
  'corp',
  'plc',
]);

/** One part of a person's single-word name: "Sukarno", "McDonald", "DeWitt", "O'Neil"; or a particle: "al", "ibn". */
const PERSON_WORD_PART = /^(?:(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz)?\p{Lu}[\p{Ll}\p{M}'’]*|\p{Ll}[\p{Ll}\p{M}'’]*)$/u;

function isOrganisationWord(word: string): boolean {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  const innerDigit = /\d/.test(word.replace(/\d+$/, '')); // a trailing digit is a footnote mark ("Smith1"), not a name
  if (innerDigit) return true;
  if (capitals < 2) return false;
  if (/^[\p{Lu}.]+$/u.test(word)) return capitals >= 3; // "NVIDIA", "IBM"; "JP" may be initials
  return !word.split('-').every((part) => PERSON_WORD_PART.test(part));
}

/** The rule above, for one name as displayed. */
export function isOrganisationName(raw: string): boolean {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) return false;
  if (/[@&]/.test(name)) return true;
  const words = name.split(' ');
  for (const w of words) if (ORGANISATION_WORDS.has(w.replace(/[.,;:]+$/, '').toLowerCase())) return true;
  if (words.length === 1) return isOrganisationWord(name);
  return words[0] === 'The' || words[words.length - 1] === 'AI';
}
