// Diverging bars around a centre line: what comes in grows to the right (joins), what goes out to
// the left (leaves), with the net written beside the label. Used for fast-growing companies.
import { empty } from './bars.js';
import { figure, format, label, s, surface } from './svg.js';

const WIDTH = 400;
const ROW = 40;
const CENTRE = WIDTH / 2;
const ROOM = CENTRE - 34;

// items: [{ label, left, right, net }]; options: { title, leftName, rightName }.
export function divergingBars(items, { title, leftName = 'leaves', rightName = 'joins', netName = 'net' } = {}) {
  const max = Math.max(1, ...items.flatMap(i => [i.left, i.right]));
  const scale = ROOM / max;
  const signed = n => `${n > 0 ? '+' : ''}${format.format(n)}`;
  const rows = items.map((item, index) => {
    const y = index * ROW + 22;
    const left = Math.max(item.left > 0 ? 2 : 0, item.left * scale);
    const right = Math.max(item.right > 0 ? 2 : 0, item.right * scale);
    return s('g', { class: 'bar-row', 'data-label': item.label },
      label(`${item.label} (${netName} ${signed(item.net)})`, 60, { x: CENTRE, y: y + 11, class: 'chart-label', 'text-anchor': 'middle' }),
      s('rect', { x: CENTRE - left, y: y + 16, width: left, height: 14, class: 'bar bar-out' }),
      s('rect', { x: CENTRE, y: y + 16, width: right, height: 14, class: 'bar bar-in' }),
      s('text', { x: CENTRE - left - 5, y: y + 28, class: 'chart-value', 'text-anchor': 'end' }, item.left ? `−${format.format(item.left)}` : '0'),
      s('text', { x: CENTRE + right + 5, y: y + 28, class: 'chart-value' }, item.right ? `+${format.format(item.right)}` : '0'));
  });
  const height = items.length * ROW + 24;
  const summary = `${title}: ${items.slice(0, 3).map(i => `${i.label} ${rightName} ${i.right}, ${leftName} ${i.left}, ${netName} ${signed(i.net)}`).join('; ')}${items.length > 3 ? '; …' : ''}`;
  const chart = items.length === 0 ? empty() : surface(WIDTH, height, summary,
    s('text', { x: CENTRE - 6, y: 12, class: 'chart-legend', 'text-anchor': 'end' }, `← ${leftName}`),
    s('text', { x: CENTRE + 6, y: 12, class: 'chart-legend' }, `${rightName} →`),
    s('line', { x1: CENTRE, x2: CENTRE, y1: 16, y2: height, class: 'axis' }),
    rows);
  return figure(title, chart, ['Company', rightName, leftName, netName], items.map(i => [i.label, format.format(i.right), format.format(i.left), signed(i.net)]));
}
