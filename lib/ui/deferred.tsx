/** A part of a page that loads its code after the page's first screen. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** What `load` resolves to, once it has (`until` before); a readable line if its code could not load. */
export function Deferred({
  load,
  what,
  until = null,
}: {
  load: () => Promise<ComponentChildren>;
  what: string;
  until?: ComponentChildren;
}) {
  const [content, setContent] = useState<ComponentChildren>(until);
  useEffect(() => {
    let live = true;
    load().then(
      (c) => live && setContent(c),
      (e: unknown) =>
        live && setContent(<span role="alert">{`${what} could not load: ${e instanceof Error ? e.message : String(e)}`}</span>),
    );
    return () => {
      live = false;
    };
  }, []);
  return <>{content}</>;
}
