/** Filters with counts: read state, starred, this page, year range, source sites, tags. */
import type { ReadState } from '../../model';
import { siteName } from '../format-display';
import type { FacetCounts, LibraryQuery } from '../../library/query';

export interface FilterPanelProps {
  query: LibraryQuery;
  facets: FacetCounts;
  /** The active tab's page (pageKey), if it is a web page. */
  pageKey: string | undefined;
  onChange(q: LibraryQuery): void;
}

const READ_STATES: [ReadState, string][] = [
  ['unread', 'Unread'],
  ['reading', 'Reading'],
  ['read', 'Read'],
];

const fmt = (n: number) => n.toLocaleString('en');

export function FilterPanel({ query, facets, pageKey, onChange }: FilterPanelProps) {
  const set = (over: Partial<LibraryQuery>) => onChange({ ...query, ...over });
  const tags = [...facets.tags.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const t of query.tags) if (!facets.tags.has(t)) tags.unshift([t, 0]);
  const sites = [...facets.sites.entries()].sort((a, b) => b[1] - a[1]);
  for (const s of query.sites) if (!facets.sites.has(s)) sites.push([s, 0]);
  const toggleIn = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  return (
    <div class="filters" id="filter-panel" role="group" aria-label="Filters">
      <fieldset>
        <legend>Read state</legend>
        <label>
          <input type="radio" name="read" checked={!query.readState} onChange={() => set({ readState: undefined })} /> Any
        </label>
        {READ_STATES.map(([state, label]) => (
          <label key={state}>
            <input type="radio" name="read" checked={query.readState === state} onChange={() => set({ readState: state })} /> {label}{' '}
            <span class="count">{fmt(facets.readStates[state])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Show only</legend>
        <label>
          <input type="checkbox" checked={query.starredOnly} onChange={(e) => set({ starredOnly: e.currentTarget.checked })} /> Starred{' '}
          <span class="count">{fmt(facets.starred)}</span>
        </label>
        <label title={pageKey ? pageKey : 'Switch to a web page in this window to use this filter.'}>
          <input
            type="checkbox"
            disabled={!pageKey}
            checked={Boolean(query.fromPage)}
            onChange={(e) => set({ fromPage: e.currentTarget.checked ? pageKey : undefined })}
          />{' '}
          Captured from this page{' '}
          {pageKey ? <span class="count">{fmt(facets.fromPage)}</span> : <span class="muted">(no web page open)</span>}
        </label>
      </fieldset>
      <fieldset class="years">
        <legend>Year</legend>
        <YearInput label="From" value={query.yearMin} hint={facets.yearMin} onChange={(v) => set({ yearMin: v })} />
        <YearInput label="to" value={query.yearMax} hint={facets.yearMax} onChange={(v) => set({ yearMax: v })} />
      </fieldset>
      {sites.length > 0 && (
        <fieldset>
          <legend>Source site</legend>
          {sites.map(([s, n]) => (
            <label key={s}>
              <input type="checkbox" checked={query.sites.includes(s)} onChange={() => set({ sites: toggleIn(query.sites, s) })} />{' '}
              {siteName(s)} <span class="count">{fmt(n)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>Tags</legend>
        {tags.length === 0 && <p class="muted small">No tags yet. Add tags in a paper's details or to a selection.</p>}
        <div class="tag-filter">
          {tags.slice(0, 60).map(([t, n]) => (
            <button
              type="button"
              key={t}
              class="tag-chip toggle"
              aria-pressed={query.tags.includes(t)}
              onClick={() => set({ tags: toggleIn(query.tags, t) })}
            >
              {t} <span class="count">{fmt(n)}</span>
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function YearInput({
  label,
  value,
  hint,
  onChange,
}: {
  label: string;
  value?: number;
  hint?: number;
  onChange(v: number | undefined): void;
}) {
  return (
    <label>
      {label}{' '}
      <input
        type="number"
        inputMode="numeric"
        min={1000}
        max={2200}
        placeholder={hint ? String(hint) : ''}
        value={value ?? ''}
        onInput={(e) => onChange(year(e.currentTarget.value))}
      />
    </label>
  );
}

function year(v: string): number | undefined {
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
