// The pipeline board: a column per stage in STAGES order (calibration is its own view, linked
// above the board), cards moved by drag and drop or by each card's "Move…" control.
import { h, STAGES, stageLabel } from '../../ui.js';
import { candidateCard } from './card.js';

const COLUMNS = STAGES.filter(s => s !== 'CALIBRATION');
const nameOf = entry => entry.candidate?.name ?? entry.candidateId;

// open: the view's map of Move… pickers left open (candidateId → stage), kept across refreshes.
export function boardSection(project, onMove, open) {
  const byStage = new Map(COLUMNS.map(s => [s, []]));
  // Best score first, then by name: equal scores keep their places from one refresh to the next.
  const ordered = [...project.pipeline].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || nameOf(a).localeCompare(nameOf(b)));
  for (const entry of ordered) byStage.get(entry.stage)?.push(entry);
  const calibrating = project.pipeline.filter(e => e.stage === 'CALIBRATION').length;
  const entries = new Map(project.pipeline.map(e => [e.candidateId, e]));
  const column = stage => {
    const cards = byStage.get(stage);
    const titleId = `col-${stage.toLowerCase()}`;
    return h('section', { class: 'column', 'aria-labelledby': titleId, dataset: { stage },
      ondragover: event => { event.preventDefault(); event.currentTarget.classList.add('drop'); },
      ondragleave: event => event.currentTarget.classList.remove('drop'),
      ondrop: event => {
        event.preventDefault();
        event.currentTarget.classList.remove('drop');
        const entry = entries.get(event.dataTransfer.getData('text/plain'));
        if (entry) onMove(entry, stage);
      } },
    h('h3', { id: titleId }, stageLabel(stage), ' ', h('span', { class: 'count' }, `(${cards.length})`)),
    cards.length ? h('ol', { class: 'cards' }, cards.map(e => candidateCard(project.id, e, onMove, open))) : h('p', { class: 'muted none' }, 'No one'));
  };
  return h('section', { class: 'pipeline', 'aria-labelledby': 'board-title' },
    h('h2', { id: 'board-title' }, 'Pipeline'),
    calibrating > 0 && h('p', { class: 'banner' },
      h('a', { href: `#/projects/${encodeURIComponent(project.id)}/calibration` }, `${calibrating} candidate${calibrating === 1 ? '' : 's'} to calibrate`),
      ': mark each right or wrong so sourcing learns what you want.'),
    project.pipeline.length === 0 && h('p', { class: 'muted' }, emptyBoard(project)),
    h('div', { class: 'board', tabindex: '0', role: 'region', 'aria-label': 'Pipeline board, scrolls sideways' }, COLUMNS.map(column)));
}

// What an empty board means depends on how far the project got.
function emptyBoard(project) {
  if (project.status === 'INTAKE') return 'No candidates on the board yet: approve the qualifications, then the assistant shows a first few to calibrate.';
  return h('span', {}, 'No candidates on the board yet. If the search found no one, ',
    h('a', { href: `#/search?project=${encodeURIComponent(project.id)}` }, 'look at this project’s pool'),
    ' and widen it from the chat (another place, remote, a must-have as nice to have).');
}
