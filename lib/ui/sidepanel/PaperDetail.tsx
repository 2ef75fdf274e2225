/** One paper in full: abstract, links, where it was seen, site signals, other versions; tags, note, read state, star. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Paper, ReadState } from '../../model';
import { authorName } from '../../names';
import { siteName } from '../format-display';
import { activeTags } from '../../library/query';
import { formatDate, paperLinks, safeHref, signalRows, venueYear } from './display';
import { parseTagList } from './edits';

export interface PaperDetailProps {
  paper: Paper;
  /** Other versions of this paper in the library (preprint <-> published). */
  versions: Paper[];
  knownTags: string[];
  onClose(): void;
  onOpen(id: string): void;
  onTag(tags: string[], on: boolean): void;
  /** `typedAt`: when the note was last typed (its clock), which may be before the write. */
  onNote(note: string, typedAt: number): void;
  onReadState(state: ReadState): void;
  onStar(starred: boolean): void;
  onDelete(): void;
}

const READ_STATES: [ReadState, string][] = [
  ['unread', 'Unread'],
  ['reading', 'Reading'],
  ['read', 'Read'],
];

const NOTE_SAVE_DELAY_MS = 800;

export function PaperDetail(props: PaperDetailProps) {
  const { paper } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [tagInput, setTagInput] = useState('');
  const [note, setNote] = useState(paper.note);
  const [noteState, setNoteState] = useState<'saved' | 'editing'>('saved');
  const noteTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const noteFocused = useRef(false);
  /** Typed but not yet handed to onNote, with the stored note and the paper's writer at the time it was typed. */
  const pendingNote = useRef<{ value: string; typedAt: number; base: string; write: PaperDetailProps['onNote'] } | null>(null);

  useEffect(() => heading.current?.focus(), [paper.id]);
  // A note changed elsewhere (sync, another window) replaces the draft unless the user is typing in it.
  useEffect(() => {
    if (!noteFocused.current) {
      setNote(paper.note);
      setNoteState('saved');
    }
  }, [paper.id, paper.note]);

  /** Hand the typed note to onNote now (after a pause in typing, on blur, or when the page or this view goes away). */
  const flushNote = () => {
    if (noteTimer.current) clearTimeout(noteTimer.current);
    noteTimer.current = null;
    const pending = pendingNote.current;
    pendingNote.current = null;
    if (pending && pending.value !== pending.base) pending.write(pending.value, pending.typedAt);
  };
  // A panel closed or hidden within the typing pause still saves: pagehide and visibilitychange come before it goes.
  useEffect(() => {
    const onHidden = () => document.visibilityState === 'hidden' && flushNote();
    addEventListener('pagehide', flushNote);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeEventListener('pagehide', flushNote);
      document.removeEventListener('visibilitychange', onHidden);
      flushNote();
    };
  }, []);

  const tags = activeTags(paper);
  const addTags = () => {
    const list = parseTagList(tagInput).filter((t) => !tags.includes(t));
    if (list.length) props.onTag(list, true);
    setTagInput('');
  };

  const total = Math.max(paper.authorCount ?? 0, paper.authors.length);
  const links = paperLinks(paper);
  const signals = signalRows(paper.signals);
  const listId = `known-tags-${paper.id.length}`;

  return (
    <section class="detail" aria-labelledby="detail-title">
      <div class="detail-bar">
        <button type="button" class="btn quiet" onClick={props.onClose} aria-label="Back to the library (Escape)">
          ← Library
        </button>
        <span class="spacer" />
        <button type="button" class="btn danger" onClick={props.onDelete}>
          Delete
        </button>
      </div>
      <div class="detail-scroll">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {paper.title}
        </h2>
        <p class="detail-authors">
          {paper.authors.map(authorName).join(', ') || 'Unknown authors'}
          {total > paper.authors.length ? ` and ${total - paper.authors.length} more` : paper.authorsTruncated ? ' et al.' : ''}
        </p>
        <p class="muted">{[venueYear(paper), paper.date, paper.type].filter(Boolean).join(' · ')}</p>

        <div class="detail-controls">
          <button
            type="button"
            class={`btn star-toggle${paper.starred ? ' on' : ''}`}
            aria-pressed={paper.starred}
            onClick={() => props.onStar(!paper.starred)}
          >
            <span aria-hidden="true">{paper.starred ? '★' : '☆'}</span> {paper.starred ? 'Starred' : 'Star'}
          </button>
          <div class="segmented" role="radiogroup" aria-label="Read state">
            {READ_STATES.map(([state, label]) => (
              <button
                type="button"
                role="radio"
                aria-checked={paper.readState === state}
                class={paper.readState === state ? 'on' : ''}
                key={state}
                onClick={() => props.onReadState(state)}
              >
                {label}
              </button>
            ))}
          </div>
        </div>

        <h3>Tags</h3>
        <ul class="tag-list" aria-label="Tags">
          {tags.map((t) => (
            <li key={t} class="tag-chip editable">
              {t}
              <button type="button" class="chip-remove" aria-label={`Remove tag ${t}`} onClick={() => props.onTag([t], false)}>
                ×
              </button>
            </li>
          ))}
          {tags.length === 0 && <li class="muted">No tags yet.</li>}
        </ul>
        <form
          class="tag-form"
          onSubmit={(e) => {
            e.preventDefault();
            addTags();
          }}
        >
          <label class="visually-hidden" for="add-tag">
            Add tags (comma-separated)
          </label>
          <input
            id="add-tag"
            type="text"
            list={listId}
            placeholder="Add tags, comma-separated"
            value={tagInput}
            onInput={(e) => setTagInput(e.currentTarget.value)}
          />
          <datalist id={listId}>
            {props.knownTags
              .filter((t) => !tags.includes(t))
              .slice(0, 200)
              .map((t) => (
                <option key={t} value={t} />
              ))}
          </datalist>
          <button type="submit" class="btn" disabled={!parseTagList(tagInput).length}>
            Add
          </button>
        </form>

        <h3>
          <label for="note">Note</label> <span class="note-state muted">{noteState === 'editing' ? 'Editing…' : note ? 'Saved' : ''}</span>
        </h3>
        <textarea
          id="note"
          rows={4}
          value={note}
          placeholder="Your note (saved as you type)"
          onFocus={() => (noteFocused.current = true)}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setNote(value);
            setNoteState('editing');
            pendingNote.current = { value, typedAt: Date.now(), base: paper.note, write: props.onNote };
            if (noteTimer.current) clearTimeout(noteTimer.current);
            noteTimer.current = setTimeout(() => {
              flushNote();
              setNoteState('saved');
            }, NOTE_SAVE_DELAY_MS);
          }}
          onBlur={() => {
            noteFocused.current = false;
            flushNote();
            setNoteState('saved');
          }}
        />

        {paper.abstract && (
          <>
            <h3>Abstract</h3>
            <p class="abstract">{paper.abstract}</p>
          </>
        )}

        {paper.comment && (
          <>
            <h3>Authors' comment</h3>
            <p class="comment">{paper.comment}</p>
          </>
        )}

        {links.length > 0 && (
          <>
            <h3>Links</h3>
            <ul class="link-list">
              {links.map((l) => (
                <li key={l.href}>
                  <a href={l.href} target="_blank" rel="noopener noreferrer">
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}

        {props.versions.length > 0 && (
          <>
            <h3>Other versions</h3>
            <ul class="link-list">
              {props.versions.map((v) => (
                <li key={v.id}>
                  <button type="button" class="btn quiet linkish" onClick={() => props.onOpen(v.id)}>
                    {v.title}
                  </button>{' '}
                  <span class="muted">{[v.venue, v.year].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          </>
        )}

        {signals.length > 0 && (
          <>
            <h3>Site signals</h3>
            <dl class="signals">
              {signals.map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          </>
        )}

        <h3>Seen on</h3>
        <ul class="sources">
          {paper.sources.map((s) => {
            const href = safeHref(s.url);
            const rows = signalRows(s.signals);
            return (
              <li key={s.url}>
                <div>
                  <span class="site-badge">{siteName(s.site)}</span>{' '}
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer" class="source-url">
                      {s.context || shortUrl(href)}
                    </a>
                  ) : (
                    <span>{s.url}</span>
                  )}
                </div>
                <div class="muted small">
                  {s.kind} page · first seen {formatDate(s.firstSeenAt)}
                  {s.seenAt !== s.firstSeenAt ? ` · last seen ${formatDate(s.seenAt)}` : ''}
                  {rows.length ? ` · ${rows.map(([k, v]) => `${k}: ${v}`).join(', ')}` : ''}
                </div>
              </li>
            );
          })}
          {paper.sources.length === 0 && <li class="muted">Added from a file: no page recorded.</li>}
        </ul>
        <p class="muted small">
          Added {formatDate(paper.addedAt)} · updated {formatDate(paper.updatedAt)}
        </p>
      </div>
    </section>
  );
}

function shortUrl(href: string): string {
  const u = new URL(href);
  const path = `${u.pathname}${u.search}`;
  return `${u.host}${path.length > 48 ? `${path.slice(0, 47)}…` : path}`;
}
