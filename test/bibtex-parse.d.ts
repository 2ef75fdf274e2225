/** bibtex-parse 2.1 ships no types: the slice the tests use (an independent BibTeX parser to check our output). */
declare module 'bibtex-parse' {
  interface BibtexParseEntry {
    type: string;
    key: string;
    [field: string]: string;
  }
  const bibtexParse: { entries(input: string): BibtexParseEntry[] };
  export default bibtexParse;
}
