// Our own SVG charts (no third-party code): each returns a <figure> holding an <svg role="img">
// named by a summary of its figures, and a <details> data table with the same figures.
export { barChart } from './charts/bars.js';
export { divergingBars } from './charts/diverging.js';
export { flowChart } from './charts/flow.js';
