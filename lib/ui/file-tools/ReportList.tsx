/** One list of an import preview or a sync report: its first entries (the worker sends at most REPORT_LIST_LIMIT) and how many it has in all. */
export function ReportList({ label, items, total }: { label: string; items: string[]; total: number }) {
  if (total === 0) return null;
  return (
    <details open={total <= 8}>
      <summary>
        {label} ({total})
      </summary>
      <ul>
        {items.map((t, i) => (
          <li key={i}>{t}</li>
        ))}
        {total > items.length && <li class="muted">… and {total - items.length} more</li>}
      </ul>
    </details>
  );
}
