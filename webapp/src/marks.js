// The small marks that the list, the details and the map share: an institution's icon,
// the status and "open now" badges, the distance from the reference place.
// Functions of the app (`app` is the App of app.js), one job per module.
import {h} from './dom.js';
import {kmText} from './format.js';
import {isOpen, moroccoNow} from './hours.js';
import {choiceLabel} from './texts.js';

const ICON = /^[A-Za-z0-9_-]+\.svg$/;

export function icon(app, instIndex) {
  const entry = app.data.vocab.institution[instIndex];
  const dot = h('span', {class: 'ico', 'aria-hidden': 'true'});
  if (!entry) return dot;
  dot.style.backgroundColor = entry.colour;
  if (entry.icon && ICON.test(entry.icon)) dot.appendChild(h('img', {src: 'icons/' + entry.icon, alt: ''}));
  else dot.appendChild(h('span', {text: (entry.acronym || entry.code).slice(0, 1)}));
  return dot;
}

export function statusBadges(app, i) {
  const d = app.data;
  const out = [];
  if (d.status[i] > 0) {
    out.push(h('span', {class: 'badge warn'}, choiceLabel(app, app.data.labels.statuses[d.status[i]])));
  }
  const hours = d.hours[i] >= 0 ? d.vocab.hours[d.hours[i]] : null;
  if (hours && hours.week && d.status[i] === 0) {
    const open = isOpen(hours.week, moroccoNow());
    out.push(h('span', {class: open ? 'badge open' : 'badge'}, app.t(open ? 'open_badge' : 'closed_badge')));
  }
  return out;
}

/** Point i's distance from the reference place, in words ('' without a place). */
export function distanceText(app, i) {
  if (!app.distance) return '';
  return kmText(app.state.lang, app.distance[i]);
}
