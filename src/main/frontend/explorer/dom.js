// Builds DOM nodes from data. Article text is untrusted: it only ever becomes text nodes
// (Node.append of a string), never markup, so a name like "<img onerror=…>" shows literally.

/** Creates an element; string children become text nodes, `on*` props become listeners. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces all children of a node. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** Only web links leave the page; a `javascript:` URL from an article becomes a harmless fragment. */
export function safeHref(url) {
  try {
    const parsed = new URL(String(url), window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '#';
  } catch {
    return '#';
  }
}

/**
 * Splits a sentence into text and <mark> nodes around every occurrence of the given names,
 * longest name first so that 华为技术有限公司 wins over 华为 at the same place.
 */
export function highlighted(sentence, names) {
  const text = String(sentence ?? '');
  const wanted = [...new Set(names.filter((n) => n && n.length > 0))].sort((a, b) => b.length - a.length);
  const parts = [];
  let plainFrom = 0;
  let i = 0;
  while (i < text.length) {
    const name = wanted.find((n) => text.startsWith(n, i));
    if (name) {
      if (i > plainFrom) parts.push(text.slice(plainFrom, i));
      parts.push(el('mark', {}, name));
      i += name.length;
      plainFrom = i;
    } else {
      i += 1;
    }
  }
  if (plainFrom < text.length) parts.push(text.slice(plainFrom));
  return parts;
}

/** Shows a date-time or date as YYYY-MM-DD, the way Chinese news dates are read. */
export function formatDate(value) {
  if (!value) return '';
  const s = String(value);
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : s;
}
