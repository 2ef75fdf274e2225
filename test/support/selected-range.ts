/**
 * What `Range.cloneContents()` gives for a selection from before `first` to after `last` (DOM Standard, "clone the
 * contents of a range"), for linkedom, whose Range cannot clone across levels: partially selected ancestors are
 * cloned without their unselected children. test/e2e/selection-elements.test.ts checks it against Chromium's own.
 */
export function cloneSelectedBetween(first: Element, last: Element): DocumentFragment {
  const doc = first.ownerDocument;
  const fragment = doc.createDocumentFragment();
  const common = commonAncestor(first, last);
  const startChild = childContaining(common, first);
  const endChild = childContaining(common, last);
  let inside = false;
  for (const child of [...common.childNodes]) {
    if (child === startChild) inside = true;
    if (!inside) continue;
    if (child === startChild && child !== first && child !== endChild) fragment.append(cloneFrom(child as Element, first));
    else if (child === endChild && child !== last && child !== startChild) fragment.append(cloneUntil(child as Element, last));
    else fragment.append(child.cloneNode(true));
    if (child === endChild) break;
  }
  return fragment;
}

function commonAncestor(a: Node, b: Node): Node {
  for (let n: Node | null = a.parentNode; n; n = n.parentNode) if (n.contains(b)) return n;
  throw new Error('no common ancestor');
}

function childContaining(parent: Node, node: Node): Node {
  let n = node;
  while (n.parentNode !== parent) n = n.parentNode!;
  return n;
}

/** `el` shallow, with its children from the one holding `from` onwards (that one cut the same way). */
function cloneFrom(el: Element, from: Node): Node {
  const out = el.cloneNode(false);
  const holder = childContaining(el, from);
  let inside = false;
  for (const child of [...el.childNodes]) {
    if (child === holder) {
      inside = true;
      out.appendChild(child === from ? child.cloneNode(true) : cloneFrom(child as Element, from));
    } else if (inside) out.appendChild(child.cloneNode(true));
  }
  return out;
}

/** `el` shallow, with its children up to the one holding `until` (that one cut the same way). */
function cloneUntil(el: Element, until: Node): Node {
  const out = el.cloneNode(false);
  const holder = childContaining(el, until);
  for (const child of [...el.childNodes]) {
    if (child === holder) {
      out.appendChild(child === until ? child.cloneNode(true) : cloneUntil(child as Element, until));
      break;
    }
    out.appendChild(child.cloneNode(true));
  }
  return out;
}
