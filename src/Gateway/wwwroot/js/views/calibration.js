// #/projects/:id/calibration — the calibration batch as cards to mark right or wrong. Each mark is a
// thumbs rating the sourcing agent records; what the assistant does next arrives as events, shown
// here, with a link to the board once a shortlist exists.
import { debounce } from '../concerns.js';
import { payloadOf } from '../live.js';
import { errorBlock, h } from '../ui.js';
import { loadBatch } from './calibration/batch.js';
import { calibrationCard } from './calibration/card.js';

// What the assistant does, without the echoes (its reply repeats the step's words; "Done." says little).
const SHOWN = new Set(['PLAN_CREATED', 'STEP_COMPLETED', 'STEP_FAILED', 'APPROVAL_REQUESTED', 'PLAN_FAILED']);
const FIND_MORE = 'Find more candidates like the ones I marked right';
const SEND = `mutation($id: String!, $text: String!, $project: ID) { sendMessage(clientMessageId: $id, text: $text, projectId: $project) { clientMessageId } }`;
const RATE = `mutation($project: ID!, $candidate: ID!, $verdict: RatingVerdict!, $reason: String) { rateCandidate(projectId: $project, candidateId: $candidate, verdict: $verdict, reason: $reason) { clientMessageId } }`;

export async function render(root, { id: projectId }, ctx) {
  const pending = new Map();
  const reasons = new Map();
  // The plans this view started (its ratings and its request for more): their events are what the assistant does next.
  const sent = new Set();
  // Marks the sourcing agent reported recording (its payload's reactions): they confirm a mark even
  // when the candidate has already moved on from Calibration, so no move records it.
  const recorded = new Map();
  const plans = new Set();
  const heading = h('h1', {}, 'Calibration');
  const intro = h('p', {}, 'Is each of these candidates the kind of person you are looking for? Your marks steer the search.');
  const progress = h('p', { class: 'progress', role: 'status' });
  const list = h('ol', { class: 'calibration-list plain' });
  const next = h('section', { class: 'card next', 'aria-labelledby': 'next-title' },
    h('h2', { id: 'next-title' }, 'What the assistant does next'),
    h('p', { class: 'board-link', role: 'status' }),
    h('button', { type: 'button', class: 'find-more', hidden: true, onclick: () => findMore() }, 'Find more candidates like the ones I marked right'),
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
    const restored = focused?.[0] && focused[1] ? list.querySelector(`[data-candidate="${CSS.escape(focused[0])}"] [data-focus="${focused[1]}"]`) : null;
    restored?.focus();
    // A reason being typed keeps going at the end of what is already there.
    if (restored instanceof HTMLInputElement) restored.setSelectionRange(restored.value.length, restored.value.length);
    const board = next.querySelector('.board-link');
    // More candidates make sense once nobody waiting at Calibration is left unmarked.
    const waiting = cards.filter(c => c.entry.stage === 'CALIBRATION' && !(c.mark ?? pending.get(c.entry.candidateId)));
    next.querySelector('.find-more').hidden = marked === 0 || waiting.length > 0;
    if (shortlisted > 0) board.replaceChildren(`The shortlist has ${shortlisted} candidate${shortlisted === 1 ? '' : 's'}: `, h('a', { href: `#/projects/${encodeURIComponent(projectId)}` }, 'open the project board'), '.');
  };
  const refresh = async () => {
    try {
      state = withRecorded(await loadBatch(ctx.api, projectId));
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
      const { rateCandidate } = await ctx.api(RATE, { project: projectId, candidate: candidateId, verdict, reason: reason || null });
      sent.add(rateCandidate.clientMessageId);
      ctx.announce(`Marked ${verdict === 'UP' ? 'right' : 'wrong'}.`);
    } catch (error) {
      pending.delete(candidateId);
      draw();
      failed.textContent = error.message;
    }
  };

  const findMore = async () => {
    failed.textContent = '';
    try {
      const { sendMessage } = await ctx.api(SEND, { id: crypto.randomUUID(), text: FIND_MORE, project: projectId });
      sent.add(sendMessage.clientMessageId);
      ctx.announce('Asked the assistant for more candidates.');
    } catch (error) {
      failed.textContent = error.message;
    }
  };

  const withRecorded = batch => ({ ...batch, cards: batch.cards.map(card => ({ ...card, mark: recorded.get(card.entry.candidateId) ?? card.mark })) });
  state = await loadBatch(ctx.api, projectId);
  draw();
  const soon = debounce(refresh);
  ctx.onEvent(event => {
    const payload = payloadOf(event);
    if (event.kind === 'PLAN_CREATED' && sent.has(payload?.clientMessageId)) plans.add(event.planId);
    if (event.kind === 'STEP_COMPLETED' && Array.isArray(payload?.reactions)) {
      for (const reaction of payload.reactions) recorded.set(reaction.candidateId, reaction.liked ? 'UP' : 'DOWN');
    }
    const about = `${event.text} ${event.payload ?? ''}`;
    if (!plans.has(event.planId) && !about.includes(projectId) && !state.cards.some(c => about.includes(c.entry.candidateId))) return;
    if (!SHOWN.has(event.kind)) return soon();
    const item = h('li', {}, event.text);
    if (event.kind === 'APPROVAL_REQUESTED') item.append(' ', h('a', { href: '#/approvals' }, 'Review it in Approvals'));
    next.querySelector('.next-events').prepend(item);
    soon();
  });
  ctx.onReconnect(refresh);
}
