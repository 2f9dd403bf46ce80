// Building DOM from data: every string becomes a text node or a property, never markup.

/**
 * h('td', {class: 'num', text: '3'}, child...) — `class`, `text` (textContent), `data-*` and
 * `aria-*` / other attributes by name (setAttribute), everything else as a property.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  applyProps(node, props);
  for (const child of children.flat()) if (child != null && child !== false) node.append(child);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The same for SVG elements: every prop is an attribute (`text` is textContent). */
export function svg(tag, props = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null) continue;
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) if (child != null && child !== false) node.append(child);
  return node;
}

function applyProps(node, props) {
  for (const [key, value] of Object.entries(props)) {
    if (value == null) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'scope') {
      node.setAttribute(key, String(value));
    } else node[key] = value;
  }
}

/**
 * Resolves in a later task: the page's long jobs go back to the event loop (input, rendering,
 * the worker's messages) between their steps.
 */
export function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** "1 quote", "3 quotes". */
export function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
