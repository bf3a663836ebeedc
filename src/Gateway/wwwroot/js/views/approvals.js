// #/approvals: the inbox of what waits for the recruiter (approve, edit, reject with a note) and
// the recently decided ones; refreshed on approval events and after a reconnect.
import { debounce } from '../concerns.js';
import { enumLabel, errorBlock, formatDate, h } from '../ui.js';
import { approvalCard } from './approvals/card.js';
import { actionTitle } from './approvals/labels.js';

// Two queries: the API's complexity limit does not allow inputs and decisions in one list.
const PENDING = 'query { approvals(pendingOnly: true) { id action agent stepAction summary createdAt projectId inputs { key value } } }';
const DECIDED = `query { approvals(pendingOnly: false) { id action agent summary status createdAt decision { verdict note } } }`;
const DECIDE = `mutation($id: ID!, $verdict: ApprovalVerdict!, $changes: [KeyValueInput!], $note: String) {
  decideApproval(id: $id, verdict: $verdict, changes: $changes, note: $note) { id status } }`;
const RECENT = 10;

function decidedRow(a) {
  const verdict = a.decision?.verdict === 'EDIT' ? 'Approved with changes' : enumLabel(a.status);
  return h('li', {}, h('span', { class: `verdict verdict-${a.status.toLowerCase()}` }, verdict), ' ',
    h('strong', {}, actionTitle(a.action)), ': ', a.summary,
    a.decision?.note && h('span', { class: 'muted' }, ` — “${a.decision.note}”`),
    h('span', { class: 'muted' }, ` (asked ${formatDate(a.createdAt)})`));
}

export async function render(root, _params, ctx) {
  const pending = h('div', { 'aria-live': 'polite' });
  const decided = h('div');
  root.append(h('h1', {}, 'Approvals'),
    h('p', { class: 'muted' }, 'What the assistant waits for you to decide. Settings say which actions need you.'),
    pending,
    h('section', { 'aria-labelledby': 'decided-title', class: 'decided' }, h('h2', { id: 'decided-title' }, 'Recently decided'), decided));

  const decide = a => async (verdict, extra) => {
    await ctx.api(DECIDE, { id: a.id, verdict, ...extra });
    ctx.announce(`${actionTitle(a.action)}: ${verdict === 'REJECT' ? 'rejected' : 'approved'}.`);
    refresh();
  };
  // The two lists load apart: history that fails to load never hides what waits for a decision.
  const showPending = async () => {
    try {
      const { approvals: waiting } = await ctx.api(PENDING);
      pending.replaceChildren(waiting.length
        ? h('ol', { class: 'approvals' }, waiting.map(a => approvalCard(a, { decide: decide(a), askReason: ctx.askReason, api: ctx.api })))
        : h('p', { class: 'card empty' }, 'Nothing waits for your approval.'));
    } catch (error) {
      pending.replaceChildren(errorBlock(error));
    }
  };
  const showDecided = async () => {
    try {
      const { approvals: all } = await ctx.api(DECIDED);
      const recent = all.filter(a => a.status !== 'PENDING').sort((a, b) => new Date(b.createdAt) - new Date(a.createdAt)).slice(0, RECENT);
      decided.replaceChildren(recent.length ? h('ul', { class: 'decided-list' }, recent.map(decidedRow)) : h('p', { class: 'muted' }, 'None yet.'));
    } catch (error) {
      decided.replaceChildren(errorBlock(error));
    }
  };
  const refresh = () => Promise.all([showPending(), showDecided()]);
  const later = debounce(refresh);
  ctx.onEvent(event => { if (event.kind.startsWith('APPROVAL_')) later(); });
  ctx.onReconnect(refresh);
  ctx.onCleanup(later.cancel);
  await refresh();
}
