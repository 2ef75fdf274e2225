/**
 * File bytes -> text for import, saying what had to be guessed: a file that is not valid UTF-8 is read as UTF-8 with
 * each bad sequence replaced by U+FFFD, or, when nothing in it is UTF-8 beyond ASCII, as Windows-1252 (old BibTeX
 * files in Latin-1); either way the reader gets a warning instead of a silent change.
 */
/** Room for a sync file of a 200,000-paper library, the most a sync file may hold (a 100k library with abstracts is ~100 MB). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export type DecodedFile = { ok: true; text: string; warnings: string[] } | { ok: false; error: string };

const count = (n: number) => n.toLocaleString('en-US');

/** "the file is 268,435,457 bytes; the limit is 268,435,456 bytes (256 MiB)": exact, whatever the size. */
export function tooLargeMessage(bytes: number): string {
  return `the file is too large: ${count(bytes)} bytes; the limit is ${count(MAX_IMPORT_BYTES)} bytes (${MAX_IMPORT_BYTES / 1048576} MiB)`;
}

function countReplacementBytes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

export function decodeImportBytes(input: ArrayBuffer | Uint8Array): DecodedFile {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: tooLargeMessage(bytes.byteLength) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    // not valid UTF-8: read it anyway and say how
  }
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const replaced = (lossy.match(/\uFFFD/g)?.length ?? 0) - countReplacementBytes(bytes);
  const nonAscii = lossy.match(/[^\x00-\x7F]/g)?.length ?? 0;
  if (replaced === nonAscii) {
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      warnings: ['the file is not UTF-8: read as Windows-1252 (Latin-1); check accented letters'],
    };
  }
  const firstLine = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
  return {
    ok: true,
    text: lossy,
    warnings: [
      `the file is not valid UTF-8: ${count(replaced)} invalid byte sequence${replaced === 1 ? '' : 's'} read as U+FFFD (�), the first on line ${firstLine}`,
    ],
  };
}
