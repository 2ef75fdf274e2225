/**
 * The React Server Components payload that a Next.js app-router page inlines as `self.__next_f.push([1,"…"])`
 * strings, read the way React's Flight client reads it (checked against react-server's ReactFlightServer.js):
 * - rows are `<hex id>:<JSON>\n`;
 * - a string of 1024 or more characters stays out of the JSON: its place holds `"$<hex id>"` and the text travels in a
 *   text row `<hex id>:T<hex UTF-8 byte length>,<text>`, with no newline after it (so rows cannot simply be split on
 *   newlines: an abstract or a BibTeX entry of that size would swallow the next row);
 * - an object sent before is referenced as `"$<hex id>"` or `"$<hex id>:key:key"`; `$@<id>` / `$L<id>` point to rows too;
 * - a string that starts with "$" is escaped as "$$"; `$D<ISO date>` is a date;
 * - every other `"$<letter>…"` (`$undefined`, `$S` symbols, `$F` server references, …) is not page data: dropped;
 * - other tagged rows (`I` imports, `HL` hints, `E` errors, `D` debug info) are skipped.
 * Returns every JSON row that no other row points to, with its references resolved.
 */

type Row = { json: unknown } | { text: string };

/** Index just past `bytes` UTF-8 bytes of `s` from `start`. */
function advanceBytes(s: string, start: number, bytes: number): number {
  let i = start;
  let n = 0;
  while (i < s.length && n < bytes) {
    const c = s.codePointAt(i)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return i;
}

function flightRows(stream: string): Map<string, Row> {
  const rows = new Map<string, Row>();
  let i = 0;
  while (i < stream.length) {
    const colon = stream.indexOf(':', i);
    if (colon < 0) break;
    const id = stream.slice(i, colon);
    if (!/^[0-9a-f]{1,8}$/.test(id)) {
      const nl = stream.indexOf('\n', i);
      if (nl < 0) break;
      i = nl + 1;
      continue;
    }
    if (stream[colon + 1] === 'T') {
      const comma = stream.indexOf(',', colon + 2);
      const bytes = comma < 0 ? NaN : parseInt(stream.slice(colon + 2, comma), 16);
      if (!Number.isFinite(bytes)) break;
      const end = advanceBytes(stream, comma + 1, bytes);
      rows.set(id, { text: stream.slice(comma + 1, end) });
      i = end;
      continue;
    }
    let nl = stream.indexOf('\n', colon + 1);
    if (nl < 0) nl = stream.length;
    const payload = stream.slice(colon + 1, nl);
    if (/^[[{"]/.test(payload)) {
      try {
        rows.set(id, { json: JSON.parse(payload) });
      } catch {
        /* not a model row */
      }
    }
    i = nl + 1;
  }
  return rows;
}

/** The inlined stream, pushes concatenated in page order. */
function flightStream(doc: Document): string {
  let stream = '';
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('__next_f')) continue;
    for (const m of text.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) {
      try {
        stream += JSON.parse(m[1]!) as string;
      } catch {
        /* not a string literal */
      }
    }
  }
  return stream;
}

/** Every JSON row of the page's RSC payload, references resolved. */
export function flightValues(doc: Document): unknown[] {
  const stream = flightStream(doc);
  return stream ? resolveRows(flightRows(stream)) : [];
}

function resolveRows(rows: Map<string, Row>): unknown[] {
  const done = new Map<string, unknown>();
  const busy = new Set<string>();
  const referenced = new Set<string>();
  const row = (id: string): unknown => {
    if (done.has(id)) return done.get(id);
    const raw = rows.get(id);
    if (!raw || busy.has(id)) return undefined;
    busy.add(id);
    const value = 'text' in raw ? raw.text : resolve(raw.json, 0);
    busy.delete(id);
    done.set(id, value);
    return value;
  };
  const reference = (s: string): unknown => {
    if (s === '$') return s; // the element marker in ["$", type, key, props]
    if (s.startsWith('$$')) return s.slice(1);
    if (s.startsWith('$D')) return s.slice(2);
    const m = /^\$[@L]?([0-9a-f]+)((?::[^:]+)*)$/.exec(s);
    if (!m) return undefined;
    referenced.add(m[1]!);
    let target = row(m[1]!);
    for (const key of m[2] ? m[2].slice(1).split(':') : []) {
      target = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined;
    }
    return target;
  };
  const resolve = (v: unknown, depth: number): unknown => {
    if (depth > 60) return undefined;
    if (typeof v === 'string') return v.startsWith('$') ? reference(v) : v;
    if (Array.isArray(v)) return v.map((x) => resolve(x, depth + 1));
    if (typeof v === 'object' && v !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const r = resolve(x, depth + 1);
        if (r !== undefined) out[k] = r;
      }
      return out;
    }
    return v;
  };
  for (const id of rows.keys()) row(id);
  // Rows that another row points to are inside it already: the roots keep the page's own order.
  const out: unknown[] = [];
  for (const [id, raw] of rows) if ('json' in raw && !referenced.has(id)) out.push(done.get(id));
  return out;
}
