/** "Paste a publication list": text -> visible-text parser -> review with checkboxes -> save in one transaction. */
import { useRef, useState } from 'preact/hooks';
import type { Candidate, PageScan, SaveReport } from '../../model';
import { plural } from '../format-display';
import { authorLine } from './display';

const PASTED_URL = 'https://pasted.invalid/';

export interface PasteBoxProps {
  /** The active tab's URL when it is a web page: the list is recorded as seen there. */
  pageUrl: string | undefined;
  parse(text: string, url: URL, viewedAt: Date): PageScan | Promise<PageScan>;
  save(candidates: Candidate[], url: string): Promise<SaveReport>;
  onSaved(report: SaveReport): void;
  onClose(): void;
}

export function PasteBox(props: PasteBoxProps) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<Candidate[] | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const url = props.pageUrl ?? PASTED_URL;

  const findPapers = async () => {
    setError(null);
    try {
      const scan = await props.parse(text, new URL(url), new Date());
      setFound(scan.entries);
      setChosen(new Set(scan.entries.map((_, i) => i)));
      if (!scan.entries.length)
        setError(
          'No papers recognised in this text. Paste whole entries (title, authors, year and venue), one entry per line or paragraph, as the page shows them.',
        );
    } catch (e) {
      setFound(null);
      setError(`Could not read this text: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const save = async () => {
    if (!found) return;
    setBusy(true);
    try {
      const report = await props.save(
        found.filter((_, i) => chosen.has(i)),
        url,
      );
      props.onSaved(report);
      setText('');
      setFound(null);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      // The library writer's refusals say what was wrong and that nothing was changed.
      setError(why.endsWith('Nothing was changed.') ? why : `Saving failed: ${why}. Nothing was saved; try again.`);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (i: number) => {
    const next = new Set(chosen);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setChosen(next);
  };

  return (
    <section class="paste-box" aria-labelledby="paste-title">
      <div class="paste-head">
        <h2 id="paste-title">Paste a publication list</h2>
        <button type="button" class="btn quiet" onClick={props.onClose} aria-label="Close the paste box">
          ×
        </button>
      </div>
      {!found?.length ? (
        <>
          <label for="paste-text" class="muted small">
            Copy a list of papers from any page (select it, Ctrl+C) and paste it here.{' '}
            {props.pageUrl ? 'It will be recorded as seen on the current page.' : ''}
          </label>
          <textarea
            id="paste-text"
            ref={area}
            rows={7}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            placeholder={'Attention Is All You Need\nA Vaswani, N Shazeer, N Parmar, …\nNeurIPS 2017'}
          />
          <div class="paste-actions">
            <button type="button" class="btn primary" disabled={!text.trim()} onClick={() => void findPapers()}>
              Find papers
            </button>
          </div>
        </>
      ) : (
        <>
          <p class="small">
            Found {plural(found.length, 'paper')}. Choose what to save:{' '}
            <button type="button" class="btn quiet" onClick={() => setChosen(new Set(found.map((_, i) => i)))}>
              All
            </button>
            <button type="button" class="btn quiet" onClick={() => setChosen(new Set())}>
              None
            </button>
          </p>
          <ul class="paste-review" aria-label="Papers found in the pasted text">
            {found.map((c, i) => (
              <li key={i}>
                <label>
                  <input type="checkbox" checked={chosen.has(i)} onChange={() => toggle(i)} />
                  <span>
                    <span class="row-title">{c.title}</span>
                    <span class="row-authors">
                      {authorLine(c)}
                      {c.year ? ` · ${c.year}` : ''}
                      {c.venue ? ` · ${c.venue}` : ''}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div class="paste-actions">
            <button type="button" class="btn" onClick={() => setFound(null)}>
              Back to the text
            </button>
            <button type="button" class="btn primary" disabled={busy || chosen.size === 0} onClick={() => void save()}>
              Save {plural(chosen.size, 'paper')}
            </button>
          </div>
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
