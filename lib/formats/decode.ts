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

const HEX = '0123456789abcdef';

/** Writes `\uXXXX` for a UTF-16 code unit at out[o]; returns the index after it. */
function writeEscape(out: Uint8Array, o: number, unit: number): number {
  out[o] = 0x5c; // \
  out[o + 1] = 0x75; // u
  for (let k = 0; k < 4; k++) out[o + 2 + k] = HEX.charCodeAt((unit >> (12 - 4 * k)) & 15);
  return o + 6;
}

/** bytes[i] & 0x3f when it is in lo..hi (a continuation byte), else -1. */
function continuation(bytes: Uint8Array, i: number, lo = 0x80, hi = 0xbf): number {
  const c = bytes[i];
  return c !== undefined && c >= lo && c <= hi ? c & 0x3f : -1;
}

/**
 * The UTF-8 sequence at bytes[i] (not ASCII) as its length * 2^21 + its code point, or 0 when it is not valid UTF-8
 * (the WHATWG decoder's rules: no overlong forms, surrogates or code points above U+10FFFF).
 */
function utf8Sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b >= 0xc2 && b <= 0xdf) {
    const c1 = continuation(bytes, i + 1);
    return c1 < 0 ? 0 : 2 * 0x200000 + (((b & 0x1f) << 6) | c1);
  }
  if (b >= 0xe0 && b <= 0xef) {
    const c1 = continuation(bytes, i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf);
    const c2 = continuation(bytes, i + 2);
    return c1 < 0 || c2 < 0 ? 0 : 3 * 0x200000 + (((b & 0x0f) << 12) | (c1 << 6) | c2);
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const c1 = continuation(bytes, i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf);
    const c2 = continuation(bytes, i + 2);
    const c3 = continuation(bytes, i + 3);
    return c1 < 0 || c2 < 0 || c3 < 0 ? 0 : 4 * 0x200000 + (((b & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3);
  }
  return 0;
}

/**
 * A JSON file's UTF-8 bytes as ASCII text that `JSON.parse` reads as it reads the file's text (the same value, or an
 * error for both): each character beyond ASCII written as a `\uXXXX` escape (issue 19: Chromium decodes text with
 * characters beyond Latin-1 about 5x slower than ASCII, slower than `JSON.parse` of it, and parses ASCII faster).
 * Undefined unless the bytes are valid UTF-8 (after an optional BOM), their first character after JSON whitespace
 * is `{` or `[`, and no character beyond ASCII follows a backslash (an escape there would change a value): then
 * decodeImportBytes. Positions in this text are not the file's: an error is to be reported from the file's own text.
 */
export function asciiJsonText(bytes: Uint8Array): string | undefined {
  const ascii = asciiJsonBytes(bytes);
  return ascii && asciiText(ascii);
}

/** Whether bytes[i] follows an escaping backslash: an odd run of them (`\\` is an escaped backslash, escaping nothing). */
function escapedAt(bytes: Uint8Array, i: number): boolean {
  let run = 0;
  while (bytes[i - 1 - run] === 0x5c) run++;
  return run % 2 === 1;
}

/** asciiJsonText before it is text: its ASCII bytes (a view of `bytes` when nothing needed an escape). */
function asciiJsonBytes(bytes: Uint8Array): Uint8Array | undefined {
  const n = bytes.length;
  if (n > MAX_IMPORT_BYTES) return undefined;
  const start = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let i = start;
  while (i < n && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] !== 0x7b && bytes[i] !== 0x5b) return undefined;
  // First pass: every sequence valid, and the length with escapes.
  let length = n - start;
  for (i = start; i < n; i++) {
    if (bytes[i]! < 0x80) continue;
    const seq = utf8Sequence(bytes, i);
    if (!seq || escapedAt(bytes, i)) return undefined;
    const seqLength = seq >>> 21;
    length += ((seq & 0x1fffff) >= 0x10000 ? 12 : 6) - seqLength;
    i += seqLength - 1;
  }
  if (length === n - start) return bytes.subarray(start);
  const out = new Uint8Array(length);
  let o = 0;
  let run = start;
  for (i = start; i < n; i++) {
    if (bytes[i]! < 0x80) continue;
    out.set(bytes.subarray(run, i), o);
    o += i - run;
    const seq = utf8Sequence(bytes, i);
    const codePoint = seq & 0x1fffff;
    if (codePoint < 0x10000) o = writeEscape(out, o, codePoint);
    else {
      const c = codePoint - 0x10000;
      o = writeEscape(out, writeEscape(out, o, 0xd800 | (c >> 10)), 0xdc00 | (c & 0x3ff));
    }
    i += (seq >>> 21) - 1;
    run = i + 1;
  }
  out.set(bytes.subarray(run, n), o);
  return out;
}

/** ASCII bytes as text, by the UTF-8 decoder (with Chromium's Windows-1252 one the 100k preview took 7.3 s, not 6.0 s). */
function asciiText(ascii: Uint8Array): string {
  return new TextDecoder().decode(ascii);
}

/**
 * decodeImportBytes for parsing: a JSON file as asciiJsonText (`escaped`: not the file's text, the same value for
 * `JSON.parse`), anything else as decodeImportBytes gives it.
 */
export function decodeForParsing(input: ArrayBuffer | Uint8Array): DecodedFile & { escaped?: true } {
  return textForParsing(bytesForParsing(input));
}

/**
 * decodeForParsing in two steps, for a file decoded in one thread and parsed in another: a JSON file's asciiJsonBytes
 * cross as a transferable buffer (no copy) and become text on the thread that parses them (textForParsing), where a
 * 20 MB string would be copied twice, into the message and out of it, each copy costing about a JSON.parse of it.
 */
export type BytesForParsing = { ok: true; ascii: Uint8Array } | DecodedFile;

export function bytesForParsing(input: ArrayBuffer | Uint8Array): BytesForParsing {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const ascii = asciiJsonBytes(bytes);
  return ascii ? { ok: true, ascii } : decodeImportBytes(bytes);
}

export function textForParsing(b: BytesForParsing): DecodedFile & { escaped?: true } {
  return 'ascii' in b ? { ok: true, text: asciiText(b.ascii), warnings: [], escaped: true } : b;
}
