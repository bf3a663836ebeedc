// One candidate on the board: name (to the candidate card), title, place, score, recommendation,
// and a keyboard-accessible "Move…" control beside dragging.
import { enumLabel, h, STAGES, stageLabel } from '../../ui.js';

// open: candidateId → chosen stage of the Move… pickers left open, kept by the view across live refreshes.
export function candidateCard(projectId, entry, onMove, open) {
  const c = entry.candidate;
  const name = c?.name ?? entry.candidateId;
  const href = `#/projects/${encodeURIComponent(projectId)}/candidates/${encodeURIComponent(entry.candidateId)}`;
  const title = c ? (c.currentTitle ? `${c.currentTitle}${c.currentCompany ? ` at ${c.currentCompany}` : ''}` : c.headline) : '';
  const recommendation = entry.evidence?.recommendation;
  const mover = moveControl(entry, name, onMove, open);
  return h('li', { class: 'candidate', draggable: 'true', dataset: { candidate: entry.candidateId },
    ondragstart: event => { event.dataTransfer.setData('text/plain', entry.candidateId); event.dataTransfer.effectAllowed = 'move'; } },
  h('a', { class: 'name', href, dataset: { key: `open:${entry.candidateId}` } }, name),
  title && h('p', { class: 'title' }, title),
  c?.location && h('p', { class: 'muted' }, c.location),
  (entry.score !== null && entry.score !== undefined || recommendation) && h('p', { class: 'rating' },
    entry.score !== null && entry.score !== undefined && h('span', { class: 'score' }, `Score ${Math.round(entry.score * 100)}%`),
    recommendation && h('span', { class: `rec rec-${recommendation.toLowerCase()}` }, enumLabel(recommendation))),
  mover);
}

// "Move…" opens a stage picker in place; Escape or Cancel closes it and gives focus back.
function moveControl(entry, name, onMove, opened) {
  const id = entry.candidateId;
  const selectId = `move-${id}`;
  const select = h('select', { id: selectId, dataset: { key: `stage:${id}` }, onchange: () => opened.set(id, select.value) },
    STAGES.filter(s => s !== entry.stage && s !== 'CALIBRATION').map(s => h('option', { value: s }, stageLabel(s))));
  const open = h('button', { type: 'button', class: 'secondary small', 'aria-expanded': String(opened.has(id)), dataset: { key: `move:${id}` } },
    'Move…', h('span', { class: 'visually-hidden' }, ` ${name}`));
  const close = () => { opened.delete(id); form.hidden = true; open.setAttribute('aria-expanded', 'false'); open.focus(); };
  const form = h('form', { class: 'move', hidden: !opened.has(id),
    onsubmit: event => { event.preventDefault(); onMove(entry, select.value); },
    onkeydown: event => { if (event.key === 'Escape') { event.stopPropagation(); close(); } } },
  h('label', { for: selectId }, `Move ${name} to`), select,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'small' }, 'Move'), h('button', { type: 'button', class: 'secondary small', onclick: close }, 'Cancel')));
  if (opened.get(id)) select.value = opened.get(id);
  open.onclick = () => { opened.set(id, select.value); form.hidden = false; open.setAttribute('aria-expanded', 'true'); select.focus(); };
  return h('div', { class: 'mover' }, open, form);
}
