// What a recruiter can do from the card: move to a stage or archive (each with a reason), thumbs
// up or down (with an optional reason, it steers the sourcing agent) and, where the server keeps
// them, notes.
import { formatDate, h, STAGES, stageLabel } from '../../ui.js';
import { MOVE } from '../project/queries.js';
import { NOTE, RATE } from './queries.js';

export function actionsCard({ ctx, projectId, candidate, entry, rated, onRated, refresh }) {
  const vars = { project: projectId, candidate: candidate.id };
  const status = h('p', { class: 'action-status', role: 'status' });
  const failed = h('p', { class: 'error', role: 'alert' });
  const run = async (work, done) => {
    failed.textContent = '';
    try {
      await work();
      status.textContent = done;
      ctx.announce(done);
      await refresh();
    } catch (error) {
      failed.textContent = error.message;
    }
  };

  const move = async (stage) => {
    const why = await ctx.askReason(stage === 'ARCHIVED' ? `Archive ${candidate.name}?` : `Move ${candidate.name} to ${stageLabel(stage)}`, { label: 'Why? (recorded with the move)' });
    if (why) await run(() => ctx.api(MOVE, { projectId, candidateId: candidate.id, stage, why }), `${candidate.name} moved to ${stageLabel(stage)}.`);
  };
  const reason = h('input', { id: 'rate-reason', maxlength: 500, autocomplete: 'off' });
  const rate = verdict => run(async () => {
    await ctx.api(RATE, { ...vars, verdict, reason: reason.value.trim() || null });
    reason.value = '';
    onRated(verdict);
  }, `Thumbs ${verdict === 'UP' ? 'up' : 'down'} sent to the assistant.`);

  const stageSelect = h('select', { id: 'move-stage' }, STAGES.filter(s => s !== entry.stage && s !== 'ARCHIVED').map(s => h('option', { value: s }, stageLabel(s))));
  const note = h('textarea', { id: 'note-text', rows: 2, maxlength: 2000 });
  return h('section', { class: 'card actions-card', 'aria-labelledby': 'actions-title' },
    h('h2', { id: 'actions-title' }, 'Actions'),
    h('form', { class: 'inline-form', onsubmit: e => { e.preventDefault(); move(stageSelect.value); } },
      h('label', { for: 'move-stage' }, 'Move to'), stageSelect, h('button', { type: 'submit' }, 'Move…')),
    h('div', { class: 'rate' },
      h('label', { for: 'rate-reason' }, 'Reason for a thumbs up or down (optional)'), reason),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(rated === 'UP'), onclick: () => rate('UP') }, 'Thumbs up'),
      h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(rated === 'DOWN'), onclick: () => rate('DOWN') }, 'Thumbs down'),
      entry.stage === 'ARCHIVED' ? null : h('button', { type: 'button', class: 'danger', onclick: () => move('ARCHIVED') }, 'Archive…')),
    status, failed,
    h('div', { class: 'notes' },
      h('h3', {}, 'Notes'),
      (entry.notes ?? []).length === 0 ? h('p', { class: 'muted' }, 'No notes yet.') : h('ul', { class: 'plain notes-list' }, entry.notes.map(n => h('li', {},
        h('p', {}, n.text), h('p', { class: 'muted' }, `${n.by} · `, h('time', { datetime: n.at }, formatDate(n.at)))))),
      h('form', { onsubmit: e => {
        e.preventDefault();
        const text = note.value.trim();
        if (text) run(async () => { await ctx.api(NOTE, { ...vars, text }); note.value = ''; }, 'Note added.');
      } },
      h('label', { for: 'note-text' }, 'Add a note'), note, h('button', { type: 'submit' }, 'Add note'))));
}
