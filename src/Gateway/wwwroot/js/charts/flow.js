// A two-column flow diagram: where people left (left column) and where they went (right column),
// a band between the two for each move whose thickness is the number of people.
import { empty } from './bars.js';
import { figure, format, label, s, surface } from './svg.js';

const WIDTH = 400;
const COLUMN = 128;
const ROW = 26;

// flows: [{ from, to, count }]; options: { title }.
export function flowChart(flows, { title, countName = 'moves' } = {}) {
  if (flows.length === 0) return figure(title, empty(), ['From', 'To', countName], []);
  const froms = unique(flows.map(f => f.from));
  const tos = unique(flows.map(f => f.to));
  const rows = Math.max(froms.length, tos.length);
  const height = rows * ROW + 24;
  const yOf = (list, name) => 24 + list.indexOf(name) * ROW + (rows - list.length) * ROW / 2 + ROW / 2;
  const max = Math.max(...flows.map(f => f.count));
  const left = COLUMN + 12;
  const right = WIDTH - COLUMN - 12;
  const bands = flows.map(flow => {
    const y1 = yOf(froms, flow.from);
    const y2 = yOf(tos, flow.to);
    const middle = (left + right) / 2;
    const text = `${flow.from} → ${flow.to}: ${format.format(flow.count)} ${countName}`;
    return s('path', {
      d: `M ${left} ${y1} C ${middle} ${y1}, ${middle} ${y2}, ${right} ${y2}`,
      class: 'flow', 'stroke-width': 2 + (flow.count / max) * 10, 'data-from': flow.from, 'data-to': flow.to,
    }, s('title', {}, text));
  });
  const names = [
    s('text', { x: 0, y: 12, class: 'chart-legend' }, 'From'),
    s('text', { x: WIDTH, y: 12, class: 'chart-legend', 'text-anchor': 'end' }, 'To'),
    froms.map(name => label(name, 18, { x: COLUMN, y: yOf(froms, name) + 4, class: 'chart-label flow-label', 'text-anchor': 'end' })),
    tos.map(name => label(name, 18, { x: WIDTH - COLUMN, y: yOf(tos, name) + 4, class: 'chart-label flow-label' })),
  ];
  const top = flows.slice(0, 3).map(f => `${f.from} to ${f.to} ${f.count}`).join(', ');
  const chart = surface(WIDTH, height, `${title}: ${top}${flows.length > 3 ? ', …' : ''}`, bands, names);
  return figure(title, chart, ['From', 'To', countName], flows.map(f => [f.from, f.to, format.format(f.count)]));
}

function unique(values) {
  return [...new Set(values)];
}
