// #/projects/:id/calibration — the calibration batch as cards to mark right or wrong. Each mark is a
// thumbs rating the sourcing agent records; what the assistant does next arrives as events, shown
// here, with a link to the board once a shortlist exists.
import { payloadOf } from '../live.js';
import { errorBlock, h } from '../ui.js';
import { loadBatch } from './calibration/batch.js';
import { calibrationCard } from './calibration/card.js';

const RATE = `mutation($project: ID!, $candidate: ID!, $verdict: RatingVerdict!, $reason: String) { rateCandidate(projectId: $project, candidateId: $candidate, verdict: $verdict, reason: $reason) { clientMessageId } }`;

export async function render(root, { id: projectId }, ctx) {
  const pending = new Map();
  const reasons = new Map();
  const heading = h('h1', {}, 'Calibration');
  const intro = h('p', {}, 'Is each of these candidates the kind of person you are looking for? Your marks steer the search.');
  const progress = h('p', { class: 'progress', role: 'status' });
  const list = h('ol', { class: 'calibration-list plain' });
  const next = h('section', { class: 'card next', 'aria-labelledby': 'next-title' },
    h('h2', { id: 'next-title' }, 'What the assistant does next'),
    h('p', { class: 'board-link', role: 'status' }),
    h('ol', { class: 'next-events' }));
  const failed = h('p', { class: 'error', role: 'alert' });
  root.append(
    h('p', { class: 'crumbs' }, h('a', { href: `#/projects/${encodeURIComponent(projectId)}` }, '← Back to the project')),
    heading, intro, progress, failed, list, next);

  let state = null;
  const draw = () => {
    const { project, cards, shortlisted } = state;
    if (project.spec) heading.textContent = `Calibration: ${project.spec.title}`;
    const marked = cards.filter(c => c.mark ?? pending.get(c.entry.candidateId)).length;
    progress.textContent = cards.length === 0 ? 'No calibration batch yet: the assistant shows one when it starts sourcing.' : `${marked} of ${cards.length} marked`;
    // Redrawing keeps the keyboard where it was: the same control of the same card.
    const active = document.activeElement;
    const focused = list.contains(active) ? [active.closest('[data-candidate]')?.dataset.candidate, active.dataset.focus] : null;
    list.replaceChildren(...cards.map((card, i) => calibrationCard({ ...card, pending: pending.get(card.entry.candidateId) }, i + 1, { onMark: mark, reasons })));
    if (focused?.[0] && focused[1]) list.querySelector(`[data-candidate="${CSS.escape(focused[0])}"] [data-focus="${focused[1]}"]`)?.focus();
    const board = next.querySelector('.board-link');
    if (shortlisted > 0) board.replaceChildren(`The shortlist has ${shortlisted} candidate${shortlisted === 1 ? '' : 's'}: `, h('a', { href: `#/projects/${encodeURIComponent(projectId)}` }, 'open the project board'), '.');
  };
  const refresh = async () => {
    try {
      state = await loadBatch(ctx.api, projectId);
      for (const card of state.cards) if (card.mark && card.mark === pending.get(card.entry.candidateId)) pending.delete(card.entry.candidateId);
      draw();
    } catch (error) {
      failed.replaceChildren(errorBlock(error));
    }
  };
  const mark = async (candidateId, verdict, reason) => {
    failed.textContent = '';
    pending.set(candidateId, verdict);
    draw();
    try {
      await ctx.api(RATE, { project: projectId, candidate: candidateId, verdict, reason: reason || null });
      ctx.announce(`Marked ${verdict === 'UP' ? 'right' : 'wrong'}.`);
    } catch (error) {
      pending.delete(candidateId);
      draw();
      failed.textContent = error.message;
    }
  };

  state = await loadBatch(ctx.api, projectId);
  draw();
  ctx.onEvent(event => {
    const about = `${event.text} ${event.payload ?? ''}`;
    if (!about.includes(projectId) && !state.cards.some(c => about.includes(c.entry.candidateId))) return;
    const item = h('li', {}, event.text);
    if (event.kind === 'APPROVAL_REQUESTED') item.append(' ', h('a', { href: '#/approvals' }, 'Review it in Approvals'));
    next.querySelector('.next-events').prepend(item);
    if (payloadOf(event) || event.kind.startsWith('STEP_') || event.kind.startsWith('PLAN_')) refresh();
  });
  ctx.onReconnect(refresh);
}
