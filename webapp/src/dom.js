// Building the page: elements and text nodes only (data never goes through HTML parsing);
// links only get http(s), tel:, mailto: and our own numeric geo: addresses.

const SAFE = /^(https?:\/\/[^\s]+|tel:\+?[0-9]{3,20}|mailto:[^\s<>"']+@[^\s<>"']+|geo:-?[0-9.]+,-?[0-9.]+)$/i;

export function safeUrl(url) {
  const text = String(url || '').trim();
  return SAFE.test(text) ? text : '';
}

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  if (props) {
    for (const key of Object.keys(props)) {
      const value = props[key];
      if (value == null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = value;
      else if (key === 'href') {
        const url = safeUrl(value);
        if (url) el.setAttribute('href', url);
      } else if (key.slice(0, 2) === 'on') el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  add(el, children);
  return el;
}

export function add(el, children) {
  for (const child of children) {
    if (child == null || child === false || child === '') continue;
    if (Array.isArray(child)) add(el, child);
    else el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export const $ = (id) => document.getElementById(id);

/** Whether the layout is wide: the list and the map side by side (app.css's breakpoint). */
export function wide() {
  return !!(window.matchMedia && window.matchMedia('(min-width: 800px)').matches);
}
