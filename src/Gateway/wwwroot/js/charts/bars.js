// A horizontal bar chart: one row per item, its label above its bar (so it stays readable when the
// chart is phone-narrow), the value at the bar's end, and an optional marker such as an average.
import { figure, format, label, s, surface } from './svg.js';

const WIDTH = 400;
const ROW = 38;
const VALUE_ROOM = 56;

// items: [{ label, value, marker?, markerLabel? }]; options: { title, unit, summary?, head? }.
export function barChart(items, { title, unit = '', summary, head, markerName = 'marker' } = {}) {
  const max = Math.max(1, ...items.map(i => Math.max(i.value, i.marker ?? 0)));
  const scale = (WIDTH - VALUE_ROOM) / max;
  const rows = items.map((item, index) => {
    const y = index * ROW;
    const width = Math.max(2, item.value * scale);
    return s('g', { class: 'bar-row', 'data-label': item.label },
      label(item.label, 52, { x: 0, y: y + 13, class: 'chart-label' }),
      s('rect', { x: 0, y: y + 18, width, height: 14, rx: 2, class: 'bar' }),
      s('text', { x: width + 6, y: y + 30, class: 'chart-value' }, `${format.format(item.value)}${unit}`),
      item.marker === undefined ? null : s('g', { class: 'marker' },
        s('line', { x1: item.marker * scale, x2: item.marker * scale, y1: y + 15, y2: y + 35 }),
        s('title', {}, item.markerLabel ?? `${markerName} ${format.format(item.marker)}`)));
  });
  const text = summary ?? `${title}: ${items.slice(0, 3).map(i => `${i.label} ${format.format(i.value)}${unit}`).join(', ')}${items.length > 3 ? ', …' : ''}`;
  const chart = items.length === 0
    ? null
    : surface(WIDTH, items.length * ROW + 2, text, rows);
  const tableHead = head ?? ['Value', 'Count'];
  return figure(title, chart ?? empty(),
    tableHead,
    items.map(i => [i.label, `${format.format(i.value)}${unit}`, ...(i.marker === undefined ? [] : [format.format(i.marker)])]));
}

export function empty() {
  const note = document.createElement('p');
  note.className = 'muted';
  note.textContent = 'Nothing to show for this pool.';
  return note;
}
