// One pending approval: what it will do, its inputs, and approve / edit / reject with a note.
import { formatDate, h } from '../../ui.js';
import { actionTitle, agentLabel, inputLabel } from './labels.js';
import { peopleList, peopleOf } from './people.js';

// For qualification changes the API also reads these keys when they are not among the inputs.
const EXTRA_KEYS = {
  APPLY_QUALIFICATION_CHANGE: {
    approve: 'Approve: “all”, “none” or ids like q1, q3',
    remove: 'Remove: ids like q2',
    add: 'Add: new requirements, separated by “;”',
  },
};

// decide(verdict, { changes, note }) sends the decision; askReason asks for the rejection note; api
// looks up the people a shortlist names.
export function approvalCard(approval, { decide, askReason, api }) {
  const titleId = `approval-${approval.id}`;
  const body = h('div', { class: 'approval-body' });
  const buttons = h('div', { class: 'actions' });
  const status = h('p', { class: 'muted', role: 'status' });
  const run = async (verdict, extra = {}) => {
    buttons.querySelectorAll('button').forEach(b => { b.disabled = true; });
    status.textContent = 'Sending…';
    try {
      await decide(verdict, extra);
      status.textContent = 'Decided.';
    } catch (error) {
      status.textContent = `Not decided: ${error.message}`;
      buttons.querySelectorAll('button').forEach(b => { b.disabled = false; });
    }
  };

  const inputsList = () => approval.inputs.length
    ? h('dl', { class: 'inputs' }, approval.inputs.map(i => [h('dt', {}, inputLabel(i.key)), h('dd', {}, i.value)]))
    : h('p', { class: 'muted' }, 'No inputs.');

  const view = () => {
    body.replaceChildren(inputsList());
    buttons.replaceChildren(
      h('button', { type: 'button', onclick: () => run('APPROVE') }, 'Approve'),
      h('button', { type: 'button', class: 'secondary', onclick: edit }, 'Edit'),
      h('button', { type: 'button', class: 'danger', onclick: reject }, 'Reject'));
  };

  const edit = () => {
    const extra = Object.entries(EXTRA_KEYS[approval.action] ?? {}).filter(([key]) => !approval.inputs.some(i => i.key === key));
    const fields = [...approval.inputs.map(i => [i.key, inputLabel(i.key), i.value]), ...extra.map(([key, label]) => [key, label, ''])];
    const inputs = fields.map(([key, label, value]) => {
      const id = `${titleId}-${key}`;
      const control = value.length > 60 ? h('textarea', { id, rows: 2, dataset: { key, original: value } }, value) : h('input', { id, value, dataset: { key, original: value } });
      return h('div', { class: 'field' }, h('label', { for: id }, label), control);
    });
    const form = h('form', { class: 'edit', onsubmit: event => {
      event.preventDefault();
      const changes = [...form.querySelectorAll('[data-key]')]
        .filter(c => c.value.trim() !== c.dataset.original)
        .map(c => ({ key: c.dataset.key, value: c.value.trim() }));
      run('EDIT', { changes });
    } }, inputs, h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Approve with these changes'), h('button', { type: 'button', class: 'secondary', onclick: () => { view(); buttons.firstElementChild.focus(); } }, 'Cancel')));
    body.replaceChildren(form);
    buttons.replaceChildren();
    form.querySelector('input, textarea')?.focus();
  };

  const reject = async () => {
    const note = await askReason(`Reject: ${actionTitle(approval.action)}`, { label: 'Note for the assistant (why not)' });
    if (note) run('REJECT', { note });
  };

  view();
  const people = h('div', { class: 'approval-people' });
  const ids = peopleOf(approval);
  if (ids.length && api) {
    peopleList(api, approval.projectId, ids).then(list => people.replaceChildren(h('h3', {}, approval.agent === 'LEARNING' ? 'The candidates you accepted that it learned from' : 'Who'), list)).catch(error => people.replaceChildren(h('p', { class: 'muted' }, `Could not look up who they are: ${error.message}`)));
  }
  return h('li', { class: 'card approval', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, actionTitle(approval.action)),
    h('p', {}, approval.summary),
    h('p', { class: 'muted meta' }, `${agentLabel(approval.agent)} · ${approval.stepAction.replaceAll('-', ' ')} · asked ${formatDate(approval.createdAt)}`,
      approval.projectId && [' · ', h('a', { href: `#/projects/${encodeURIComponent(approval.projectId)}` }, 'Open the project')]),
    people, body, buttons, status);
}
