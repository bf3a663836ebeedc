// Building blocks shared by the charts: SVG elements without innerHTML, the accessible figure
// (an <svg role="img"> named by its summary) and the data table each chart offers as a fallback.
import { h } from '../ui.js';

const NS = 'http://www.w3.org/2000/svg';

// s('rect', { x: 0, width: 10 }, child…): an SVG element; numbers are written as attributes.
export function s(tag, attrs = {}, ...children) {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

// The chart's drawing surface: scales with its container's width (viewBox), named for assistive technology.
export function surface(width, height, summary, ...children) {
  return s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': summary, class: 'chart', preserveAspectRatio: 'xMinYMin meet' },
    s('title', {}, summary), ...children);
}

// Text that fits a width: cut with an ellipsis; the full text stays available as a tooltip.
export function label(text, maxChars, attrs) {
  const shown = text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
  return s('text', attrs, shown === text ? null : s('title', {}, text), shown);
}

// A figure: heading, the chart, and the same figures as a table for those who cannot see the chart.
export function figure(title, chart, head, rows) {
  return h('figure', { class: 'chart-figure' },
    h('figcaption', {}, title),
    chart,
    rows.length === 0 ? null : h('details', { class: 'chart-data' },
      h('summary', {}, 'Show the data'),
      h('div', { class: 'table-scroll' },
        h('table', {},
          h('caption', { class: 'visually-hidden' }, title),
          h('thead', {}, h('tr', {}, head.map(cell => h('th', { scope: 'col' }, cell)))),
          h('tbody', {}, rows.map(row => h('tr', {}, row.map((cell, i) => i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))))));
}

export const format = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
