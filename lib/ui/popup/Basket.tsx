import { useEffect, useState } from 'preact/hooks';
import type { BasketSummary, ReviewEntry, SaveReport } from '../../model';
import type { PagedListing } from '../../sites/adapter';
import { plural } from '../format-display';
import type { Answer } from './background-call';
import './basket.css';

/** The popup's calls about the basket of the tab's listing (lib/background/baskets.ts answers them). */
export interface BasketApi {
  status(): Promise<Answer<{ listing: PagedListing | null; basket: BasketSummary | null; problem?: string }>>;
  start(): Promise<Answer<{ listing: PagedListing | null; basket: BasketSummary | null }>>;
  stop(key: string): Promise<Answer<object>>;
  clear(key: string): Promise<Answer<object>>;
  review(key: string): Promise<Answer<{ basket: BasketSummary; entries: ReviewEntry[] }>>;
  save(key: string, startedAt: number, indices: number[]): Promise<Answer<{ report: SaveReport }>>;
}

const STATUS_LABEL: Record<ReviewEntry['status'], string> = { new: 'New', saved: 'Saved', update: 'Update' };

/** What a basket save stores: new entries and entries that would enrich a saved paper; possible duplicates are left for a look. */
const toSave = (entries: ReviewEntry[]) => entries.filter((e) => e.status !== 'saved' && !e.possibleMatch).map((e) => e.index);

/**
 * "Collect across pages" for a paged listing: start and stop the basket, see how many papers it holds, review the
 * whole basket against the library and save it in one go. Nothing is shown on pages that are not part of a listing.
 */
/**
 * `onChange`: a save or the basket's state changed: the popup reads the page again (its marks, and the badge back to the page's count once the basket is off).
 * `onReviewing`: the basket's review opened or closed (the popup shows one list at a time: it fits Chrome's 600 px).
 */
export function Basket({ api, onChange, onReviewing }: { api: BasketApi; onChange?: () => void; onReviewing?: (open: boolean) => void }) {
  const [listing, setListing] = useState<PagedListing | null>(null);
  const [basket, setBasket] = useState<BasketSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [review, setReview] = useState<ReviewEntry[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean; offerClear?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    const r = await api.status();
    if (!r.ok) return setProblem(r.error);
    setListing(r.listing);
    setBasket(r.basket);
    setProblem(r.problem ?? null);
  };
  useEffect(() => {
    void refresh();
  }, []);
  const reviewing = review !== null;
  useEffect(() => onReviewing?.(reviewing), [reviewing]);

  const act = async (call: () => Promise<Answer<object>>, after?: () => void) => {
    setBusy(true);
    const r = await call().catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
    if (!r.ok) setMessage({ text: r.error, error: true });
    else after?.();
    await refresh();
    onChange?.();
    setBusy(false);
  };

  if (!listing && !basket) return null;
  const count = basket?.count ?? 0;

  const showReview = async () => {
    if (!basket) return;
    setBusy(true);
    const r = await api.review(basket.key);
    if (r.ok) setReview(r.entries);
    else setMessage({ text: r.error, error: true });
    setBusy(false);
  };

  const save = async () => {
    if (!basket || !review) return;
    const indices = toSave(review);
    setBusy(true);
    setMessage({ text: `Saving ${plural(indices.length, 'paper')}…` });
    const r = await api.save(basket.key, basket.startedAt, indices);
    if (r.ok) {
      const { added, updated, unchanged } = r.report;
      setMessage({ text: `Saved ${added}, updated ${updated}${unchanged ? `, ${unchanged} already up to date` : ''}.`, offerClear: true });
      onChange?.();
      const again = await api.review(basket.key);
      if (again.ok) setReview(again.entries);
    } else setMessage({ text: r.error, error: true });
    setBusy(false);
  };

  const counts = { new: 0, saved: 0, update: 0 };
  for (const e of review ?? []) counts[e.status]++;
  const saving = review ? toSave(review).length : 0;

  return (
    <section class={reviewing && basket ? 'basket reviewing' : 'basket'} aria-label="Collect across pages">
      {!basket && listing && (
        <p class="basket-idle">
          <button
            type="button"
            class="ghost"
            disabled={busy}
            title={`Gathers the papers of every page of ${listing.label} you open`}
            onClick={() => void act(api.start)}
          >
            Collect across pages
          </button>
          <span class="muted">from each page you open</span>
          {listing.onePage?.url && (
            <a href={listing.onePage.url} target="_blank" rel="noreferrer" title={listing.onePage.text}>
              {listing.onePage.link ?? 'Show it on one page'}
            </a>
          )}
        </p>
      )}
      {basket && (
        <p class="basket-line" role="status">
          <strong>{basket.on ? 'Collecting across pages' : 'Basket (stopped)'}:</strong> {basket.label}:{' '}
          <span class="basket-count">
            {plural(count, 'paper')} from {plural(basket.pages.length, 'page')}
          </span>
        </p>
      )}
      {basket && (
        <p class="basket-actions" role="group" aria-label="Basket">
          <button type="button" class="link" disabled={busy || count === 0} onClick={() => void showReview()}>
            Review basket
          </button>
          {basket.on ? (
            <button type="button" class="link" disabled={busy} onClick={() => void act(() => api.stop(basket.key))}>
              Stop collecting
            </button>
          ) : (
            listing?.key === basket.key && (
              <button type="button" class="link" disabled={busy} onClick={() => void act(api.start)}>
                Collect again
              </button>
            )
          )}
          <button
            type="button"
            class="link"
            disabled={busy}
            onClick={() =>
              void act(
                () => api.clear(basket.key),
                () => {
                  setReview(null);
                  setMessage(null);
                },
              )
            }
          >
            Clear
          </button>
        </p>
      )}
      {listing?.onePage && (basket || !listing.onePage.url) && (
        <p class="muted basket-one-page">
          {listing.onePage.text}{' '}
          {listing.onePage.url && (
            <a href={listing.onePage.url} target="_blank" rel="noreferrer">
              {listing.onePage.link ?? 'Show it on one page'}
            </a>
          )}
        </p>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {review && basket && (
        <div class="basket-review">
          <p class="summary">
            <strong>{plural(review.length, 'paper')} in the basket</strong>
            <span class="pill new">{counts.new} new</span>
            {counts.update > 0 && <span class="pill update">{counts.update} to update</span>}
            <span class="pill saved">{counts.saved} saved</span>
          </p>
          <ul class="basket-entries" aria-label="Papers in the basket">
            {review.map((e) => (
              <li key={e.index} class={`entry ${e.status}`}>
                <span class="title" dir="auto" title={e.candidate.title}>
                  {e.candidate.title}
                </span>
                {e.possibleMatch && (
                  <span class="hint">Possibly already saved as “{e.possibleMatch.title}”: not saved from the basket</span>
                )}
                <span class={`pill ${e.status}`}>{STATUS_LABEL[e.status]}</span>
              </li>
            ))}
          </ul>
          <p class="basket-review-actions">
            <button type="button" class="primary" disabled={busy || saving === 0} onClick={() => void save()}>
              {saving ? `Save ${plural(saving, 'paper')} from the basket` : 'Save (nothing new in the basket)'}
            </button>
            <button type="button" class="link" onClick={() => setReview(null)}>
              Back to this page
            </button>
          </p>
        </div>
      )}
      {message && (
        <p class={message.error ? 'status error' : 'status ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}{' '}
          {message.offerClear && basket && (
            <button
              type="button"
              class="link"
              onClick={() =>
                void act(
                  () => api.clear(basket.key),
                  () => {
                    setReview(null);
                    setMessage(null);
                  },
                )
              }
            >
              Clear the basket
            </button>
          )}
        </p>
      )}
    </section>
  );
}
