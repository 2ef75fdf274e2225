/**
 * asciiJsonText (lib/formats/decode.ts): a JSON file's bytes as ASCII text with escapes, which JSON.parse must read
 * exactly as it reads the file's own text (the same value, or an error for both), or undefined.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiJsonText, bytesForParsing, decodeForParsing, textForParsing } from '../../lib/formats/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** What JSON.parse makes of a text: its value, or that it fails. */
function parsed(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The file's own text as import reads it (decodeImportBytes: UTF-8, fatal, BOM dropped). */
const fileText = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

describe('asciiJsonText', () => {
  it('escapes every character beyond ASCII, astral ones as surrogate pairs', () => {
    const text = asciiJsonText(utf8('{"t":"Łukasz Dvořák, café 😀 ∑"}'))!;
    expect(text).toBe('{"t":"\\u0141ukasz Dvo\\u0159\\u00e1k, caf\\u00e9 \\ud83d\\ude00 \\u2211"}');
    expect(JSON.parse(text)).toEqual({ t: 'Łukasz Dvořák, café 😀 ∑' });
  });

  it('escapes a character beyond ASCII after an escaped backslash (an even run of backslashes escapes nothing)', () => {
    const file = '{"\\\\驴":["\\\\\\\\😀"]}'; // {"\\驴":["\\\\😀"]}: keys and values holding backslashes
    const text = asciiJsonText(utf8(file))!;
    expect(text).toBe('{"\\\\\\u9a74":["\\\\\\\\\\ud83d\\ude00"]}');
    expect(JSON.parse(text)).toEqual(JSON.parse(file));
  });

  it('gives ASCII files as they are, without their BOM', () => {
    expect(asciiJsonText(utf8('\uFEFF \n[1, "a"]'))).toBe(' \n[1, "a"]');
  });

  it('leaves files that are not JSON, not UTF-8, or have a character beyond ASCII after a backslash to decodeImportBytes', () => {
    expect(asciiJsonText(utf8('@article{k, title = {Café}}'))).toBeUndefined();
    expect(asciiJsonText(utf8('\u00a0{"a": 1}'))).toBeUndefined(); // not JSON whitespace
    expect(asciiJsonText(new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]))).toBeUndefined(); // {"\xc3("}
    expect(asciiJsonText(new Uint8Array([0x5b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x5d]))).toBeUndefined(); // a surrogate
    expect(asciiJsonText(new Uint8Array([0x5b, 0x22, 0xc0, 0xaf, 0x22, 0x5d]))).toBeUndefined(); // overlong "/"
    expect(asciiJsonText(utf8('["\\é"]'))).toBeUndefined(); // `\é` is no escape: as "\\u00e9" it would read as text
    const invalid = decodeForParsing(new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(invalid).toMatchObject({ ok: true, warnings: [expect.stringContaining('not UTF-8')] });
    expect('escaped' in invalid).toBe(false);
  });

  it('reads as the file reads, for any JSON value with any characters', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), fc.constantFrom('', '\uFEFF', ' \n\t'), (value, before) => {
        const json = JSON.stringify(value);
        if (!json.startsWith('{') && !json.startsWith('[')) return;
        const bytes = utf8(before + json);
        const text = asciiJsonText(bytes);
        // Lone surrogates become U+FFFD in UTF-8: the file's text is what is compared, not `value`.
        expect(text === undefined ? undefined : parsed(text)).toEqual(parsed(fileText(bytes)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads as the file reads, or declines, for JSON-like bytes with anything in them', () => {
    const text = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      '\\',
      '\\u',
      '\\"',
      ':',
      ',',
      ' ',
      '0',
      'é',
      'Ł',
      '😀',
      '\u2028',
      'true',
      'u00e9',
    );
    // Bytes at the edges of UTF-8: surrogates, overlong forms, beyond U+10FFFF, cut short, a BOM, continuation bytes alone.
    const edges = fc.constantFrom(
      [0xed, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xc0, 0xaf],
      [0xc1, 0xbf],
      [0xc2, 0x80],
      [0xe0, 0x80, 0x80],
      [0xe0, 0xa0, 0x80],
      [0xf0, 0x8f, 0xbf, 0xbf],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xe2, 0x82],
      [0xef, 0xbb, 0xbf],
      [0x80],
      [0xbf],
      [0xff],
    );
    const piece = fc.oneof(
      text.map((t) => [...utf8(t)]),
      edges,
      fc.uint8Array({ maxLength: 3 }).map((b) => [...b]),
    );
    const arbBytes = fc
      .tuple(fc.constantFrom('{"a":"', '["', '[', ' {'), fc.array(piece, { maxLength: 10 }), fc.constantFrom('"}', '"]', ']', ''))
      .map(([open, pieces, close]) => new Uint8Array([...utf8(open), ...pieces.flat(), ...utf8(close)]));
    fc.assert(
      fc.property(arbBytes, (bytes) => {
        const text = asciiJsonText(bytes);
        if (text === undefined) return;
        expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
        expect(parsed(text)).toEqual(parsed(fileText(bytes)));
      }),
      { numRuns: 10000 },
    );
  });
});

describe('bytesForParsing, then textForParsing in another thread', () => {
  it('hands a JSON file over as ASCII bytes that leave the sender, and reads them as decodeForParsing does', () => {
    const file = utf8('\uFEFF{"t":"Łukasz Dvořák, café 😀"}').buffer;
    const bytes = bytesForParsing(file.slice(0));
    if (!('ascii' in bytes)) throw new Error('a JSON file in UTF-8 gives ASCII bytes');
    // What postMessage(…, [buffer]) does: the buffer moves, the sender's view is left empty.
    const moved = structuredClone(bytes, { transfer: [bytes.ascii.buffer] });
    expect(bytes.ascii.byteLength).toBe(0);
    const text = textForParsing(moved);
    expect(text).toEqual({
      ok: true,
      text: '{"t":"\\u0141ukasz Dvo\\u0159\\u00e1k, caf\\u00e9 \\ud83d\\ude00"}',
      warnings: [],
      escaped: true,
    });
    expect(text).toEqual(decodeForParsing(file));
  });

  it('hands over a JSON file with nothing to escape as a view of its own bytes, without the BOM', () => {
    const bytes = bytesForParsing(utf8('\uFEFF[1, "a"]'));
    expect(textForParsing(structuredClone(bytes))).toMatchObject({ ok: true, text: '[1, "a"]', escaped: true });
  });

  it('hands over any other file decoded, with its warnings', () => {
    const latin1 = new Uint8Array([...utf8('@misc{k, title = {Caf'), 0xe9, ...utf8('}}')]);
    const decoded = textForParsing(structuredClone(bytesForParsing(latin1)));
    expect(decoded).toEqual({ ok: true, text: '@misc{k, title = {Café}}', warnings: [expect.stringContaining('Windows-1252')] });
  });
});
