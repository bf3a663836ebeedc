// The qualifications: each with its kind, origin and state; the recruiter approves, edits, rejects
// and adds in one draft, then applies it as one decision. Refused ones show the policy's reason
// and its lawful rewording ("Use this wording").
import { keepFocus } from '../../focus.js';
import { enumLabel, h } from '../../ui.js';

const ORIGIN = { REQUEST: 'from your request', MARKET_INSIGHTS: 'common in the market', PAST_HIRES: 'from past hires', RECRUITER: 'added by you', LEARNING: 'learned from your feedback' };

// decidable: whether a decision can be applied now; apply(decision) resolves when it was sent.
export function qualificationsSection(qualifications, { decidable, apply }) {
  const draft = new Map(); // id → { verdict: 'approve' | 'reject' | null, text: string | null }
  const added = [];
  const pending = qualifications.filter(q => !q.approved);
  const status = h('p', { class: 'muted', role: 'status' });
  const list = h('ul', { class: 'qualifications' });
  const addedList = h('ul', { class: 'added' });
  const applyButton = h('button', { type: 'button', class: 'secondary', dataset: { key: 'apply-qualifications' } }, 'Apply my decisions');
  const approveAll = h('button', { type: 'button', dataset: { key: 'approve-all' } }, 'Approve all waiting');
  const entry = id => draft.get(id) ?? { verdict: null, text: null };
  const set = (id, change) => { draft.set(id, { ...entry(id), ...change }); redraw(); };

  const row = q => {
    const d = entry(q.id);
    const refused = !q.policy.allowed;
    const state = refused ? 'Refused by policy' : q.approved ? 'Approved' : 'Waiting for your approval';
    const inputId = `q-edit-${q.id}`;
    return h('li', { class: `qualification${refused ? ' refused' : ''}${q.approved ? ' approved' : ''}`, dataset: { id: q.id } },
      h('div', { class: 'q-head' },
        h('span', { class: 'q-text' }, q.text),
        h('span', { class: `kind kind-${q.kind.toLowerCase()}` }, enumLabel(q.kind)),
        h('span', { class: 'muted' }, ORIGIN[q.origin] ?? enumLabel(q.origin)),
        h('span', { class: `state${refused ? ' bad' : q.approved ? ' ok' : ''}` }, state)),
      refused && h('p', { class: 'policy' }, h('strong', {}, 'Why: '), q.policy.reason ?? 'It concerns a protected attribute.',
        q.policy.rewording && [h('br'), h('strong', {}, 'Lawful wording: '), h('q', {}, q.policy.rewording), ' ',
          decidable && h('button', { type: 'button', class: 'secondary small', dataset: { key: `reword:${q.id}` }, onclick: () => set(q.id, { text: q.policy.rewording, verdict: null }) }, 'Use this wording')]),
      d.text !== null && h('div', { class: 'q-edit' },
        h('label', { for: inputId }, `New wording for ${q.text}`),
        h('input', { id: inputId, value: d.text, oninput: event => { draft.get(q.id).text = event.target.value; } }),
        h('button', { type: 'button', class: 'secondary small', onclick: () => set(q.id, { text: null }) }, 'Keep the old wording')),
      decidable && h('div', { class: 'actions' },
        !q.approved && !refused && toggle(`Approve`, q, d.verdict === 'approve', () => set(q.id, { verdict: d.verdict === 'approve' ? null : 'approve' })),
        d.text === null && h('button', { type: 'button', class: 'secondary small', dataset: { key: `edit:${q.id}` }, onclick: () => { set(q.id, { text: q.text, verdict: null }); document.getElementById(inputId)?.focus(); } },
          'Edit', h('span', { class: 'visually-hidden' }, ` ${q.text}`)),
        toggle('Reject', q, d.verdict === 'reject', () => set(q.id, { verdict: d.verdict === 'reject' ? null : 'reject', text: null }))));
  };

  const redraw = () => {
    keepFocus(list, () => list.replaceChildren(...qualifications.map(row)));
    addedList.replaceChildren(...added.map((text, i) => h('li', {}, text, ' ',
      h('button', { type: 'button', class: 'secondary small', onclick: () => { added.splice(i, 1); redraw(); } }, 'Remove', h('span', { class: 'visually-hidden' }, ` ${text}`)))));
    const count = [...draft.values()].filter(d => d.verdict || d.text !== null).length + added.length;
    applyButton.disabled = count === 0;
    applyButton.textContent = count ? `Apply ${count} decision${count === 1 ? '' : 's'}` : 'Apply my decisions';
  };

  const send = async decision => {
    applyButton.disabled = approveAll.disabled = true;
    status.textContent = 'Sending your decision…';
    try {
      await apply(decision);
      status.textContent = 'Sent: the assistant applies it and the list updates.';
    } catch (error) {
      status.textContent = `Not applied: ${error.message}`;
      approveAll.disabled = false;
      redraw();
    }
  };
  applyButton.onclick = () => send({
    approve: [...draft].filter(([, d]) => d.verdict === 'approve').map(([id]) => id),
    remove: [...draft].filter(([, d]) => d.verdict === 'reject').map(([id]) => id),
    edits: [...draft].filter(([, d]) => d.text !== null && d.text.trim()).map(([id, d]) => ({ id, text: d.text.trim() }))
      .filter(e => e.text !== qualifications.find(q => q.id === e.id)?.text),
    add: [...added],
  });
  approveAll.onclick = () => send({ approve: pending.filter(q => q.policy.allowed).map(q => q.id), remove: [], edits: [], add: [] });

  const addInput = h('input', { id: 'q-add', placeholder: 'e.g. Terraform, or 3+ years of Go' });
  const addForm = h('form', { class: 'q-add', onsubmit: event => {
    event.preventDefault();
    if (addInput.value.trim()) added.push(addInput.value.trim());
    addInput.value = '';
    redraw();
    addInput.focus();
  } }, h('label', { for: 'q-add' }, 'Add a requirement'), addInput, h('button', { type: 'submit', class: 'secondary' }, 'Add'));

  redraw();
  const waiting = pending.filter(q => q.policy.allowed).length;
  return h('section', { class: 'card', 'aria-labelledby': 'q-title' },
    h('h2', { id: 'q-title' }, 'Qualifications'),
    qualifications.length === 0 && h('p', { class: 'muted' }, 'None yet.'),
    waiting > 0 && h('p', {}, `${waiting} waiting for your approval. Only approved qualifications are used to find and rate candidates.`),
    list,
    decidable
      ? [addedList, addForm, h('div', { class: 'actions' }, waiting > 0 && approveAll, applyButton), status]
      : h('p', { class: 'muted' }, 'To change them, tell the assistant in the chat, e.g. “add Terraform as a nice-to-have”.'));
}

function toggle(label, q, pressed, onclick) {
  return h('button', { type: 'button', class: `small ${pressed ? '' : 'secondary'}`, 'aria-pressed': String(pressed), dataset: { key: `${label.toLowerCase()}:${q.id}` }, onclick },
    label, h('span', { class: 'visually-hidden' }, ` ${q.text}`));
}
