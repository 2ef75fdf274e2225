/** The virtualised library list: a multi-select listbox driven by the keyboard through aria-activedescendant. */
import { useEffect, useRef } from 'preact/hooks';
import type { Paper } from '../../model';
import { siteName } from '../format-display';
import { useVirtualizer } from '../hooks/use-virtualizer';
import { authorLine, sourceSites, venueYear } from './display';
import { LIST_OVERSCAN, READ_LABEL, ROW_HEIGHT, listHeightStyle, rowDomId, rowStyle, unmeasuredListRect } from './first-screen';
import { activeTags } from '../../library/query';

export interface PaperListProps {
  ids: readonly string[];
  paperOf(id: string): Paper | undefined;
  selected: ReadonlySet<string>;
  activeIndex: number;
  setActiveIndex(i: number): void;
  onOpen(id: string): void;
  onToggle(id: string, range: boolean): void;
  onSelectAll(): void;
  label: string;
  listRef?: { current: HTMLDivElement | null };
}

export function PaperList(props: PaperListProps) {
  const { ids, activeIndex } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: LIST_OVERSCAN,
    initialRect: unmeasuredListRect(),
  });

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < ids.length) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex]);

  const move = (to: number) => {
    if (!ids.length) return;
    props.setActiveIndex(Math.max(0, Math.min(ids.length - 1, to)));
  };
  const pageRows = () => Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 5) / ROW_HEIGHT) - 1);

  const onKeyDown = (e: KeyboardEvent) => {
    const current = Math.max(0, activeIndex);
    const id = ids[current];
    switch (e.key) {
      case 'ArrowDown':
        move(activeIndex < 0 ? 0 : current + 1);
        if (e.shiftKey && ids[current + 1]) props.onToggle(ids[current + 1]!, true);
        break;
      case 'ArrowUp':
        move(current - 1);
        if (e.shiftKey && ids[current - 1]) props.onToggle(ids[current - 1]!, true);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(ids.length - 1);
        break;
      case 'PageDown':
        move(current + pageRows());
        break;
      case 'PageUp':
        move(current - pageRows());
        break;
      case 'Enter':
        if (id) props.onOpen(id);
        break;
      case ' ':
        if (id) props.onToggle(id, false);
        break;
      case 'a':
        if (!(e.ctrlKey || e.metaKey)) return;
        props.onSelectAll();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const activeId = ids[activeIndex];
  return (
    <div
      ref={(el) => {
        scrollRef.current = el;
        if (props.listRef) props.listRef.current = el;
      }}
      class="paper-list"
      role="listbox"
      aria-label={props.label}
      aria-multiselectable="true"
      aria-activedescendant={activeId ? rowDomId(activeId) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (activeIndex < 0 && ids.length) props.setActiveIndex(0);
      }}
    >
      <div class="paper-list-inner" style={listHeightStyle(virtualizer.getTotalSize())}>
        {virtualizer.getVirtualItems().map((item) => {
          const id = ids[item.index]!;
          const paper = props.paperOf(id);
          if (!paper) return null;
          return (
            <PaperRow
              key={id}
              paper={paper}
              top={item.start}
              index={item.index}
              setSize={ids.length}
              active={item.index === activeIndex}
              selected={props.selected.has(id)}
              onOpen={() => {
                props.setActiveIndex(item.index);
                props.onOpen(id);
              }}
              onToggle={(range) => {
                props.setActiveIndex(item.index);
                props.onToggle(id, range);
              }}
            />
          );
        })}
      </div>
    </div>
  );
}

function PaperRow(p: {
  paper: Paper;
  top: number;
  index: number;
  setSize: number;
  active: boolean;
  selected: boolean;
  onOpen(): void;
  onToggle(range: boolean): void;
}) {
  const { paper } = p;
  const tags = activeTags(paper);
  const where = venueYear(paper);
  return (
    <div
      id={rowDomId(paper.id)}
      role="option"
      aria-selected={p.selected ? 'true' : 'false'}
      aria-posinset={p.index + 1}
      aria-setsize={p.setSize}
      class={`paper-row${p.active ? ' active' : ''}${p.selected ? ' selected' : ''}`}
      style={rowStyle(p.top)}
      onClick={(e) => {
        if (e.shiftKey || e.ctrlKey || e.metaKey) p.onToggle(e.shiftKey);
        else p.onOpen();
      }}
    >
      <span
        class="row-check"
        aria-hidden="true"
        title={p.selected ? 'Deselect' : 'Select'}
        onClick={(e) => {
          e.stopPropagation();
          p.onToggle(e.shiftKey);
        }}
      >
        {p.selected ? '✓' : null}
      </span>
      <div class="row-body">
        <div class="row-title">
          {paper.starred && (
            <span class="star on" aria-label="Starred" role="img">
              ★
            </span>
          )}
          {paper.title}
        </div>
        <div class="row-authors">{authorLine(paper)}</div>
        <div class="row-meta">
          {where && <span class="row-venue">{where}</span>}
          <span class={`read-badge ${paper.readState}`}>{READ_LABEL[paper.readState]}</span>
          {sourceSites(paper).map((s) => (
            <span class="site-badge" key={s}>
              {siteName(s)}
            </span>
          ))}
          {tags.map((t) => (
            <span class="tag-chip" key={t}>
              {t}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
