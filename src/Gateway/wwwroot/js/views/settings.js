// #/settings: which of the assistant's actions ask the recruiter first and which it does alone, and
// when the recruiter takes screens.
import { errorBlock, h } from '../ui.js';
import { ACTIONS } from './approvals/labels.js';
import { availabilitySection } from './settings/availability.js';

const POLICY = `query { approvalPolicy { entries { action mode } } }`;
const SET = `mutation($action: ApprovalAction!, $mode: ApprovalMode!) { setApprovalPolicy(action: $action, mode: $mode) { entries { action mode } } }`;
const MODES = [['ASK', 'Ask me first'], ['AUTO', 'Do it without asking']];

function fieldset(action, mode, onChange) {
  const { title, help } = ACTIONS[action];
  const helpId = `help-${action}`;
  return h('fieldset', { class: 'card policy', 'aria-describedby': helpId },
    h('legend', {}, title),
    h('p', { class: 'muted', id: helpId }, help),
    MODES.map(([value, label]) => h('label', { class: 'choice' },
      h('input', { type: 'radio', name: `mode-${action}`, value, checked: mode === value, onchange: () => onChange(action, value) }), ' ', label)));
}

export async function render(root, _params, ctx) {
  const form = h('form', { class: 'settings', onsubmit: event => event.preventDefault() });
  const status = h('p', { role: 'status', class: 'muted' });
  root.append(h('h1', {}, 'Settings'),
    h('h2', {}, 'When the assistant asks you'),
    h('p', { class: 'muted' }, 'Actions set to “Ask me first” wait in Approvals until you decide; the others go ahead and are reported in the chat.'),
    form, status);

  const draw = entries => {
    const modes = new Map(entries.map(e => [e.action, e.mode]));
    const focused = document.activeElement?.name;
    form.replaceChildren(...Object.keys(ACTIONS).map(action => fieldset(action, modes.get(action) ?? 'ASK', save)));
    if (focused) form.querySelector(`input[name="${focused}"]:checked`)?.focus();
  };
  const save = async (action, mode) => {
    status.textContent = 'Saving…';
    try {
      const { setApprovalPolicy } = await ctx.api(SET, { action, mode });
      draw(setApprovalPolicy.entries);
      status.textContent = `Saved: ${ACTIONS[action].title} — ${MODES.find(m => m[0] === mode)[1].toLowerCase()}.`;
    } catch (error) {
      status.textContent = `Not saved: ${error.message}`;
    }
  };
  const refresh = async () => {
    try {
      draw((await ctx.api(POLICY)).approvalPolicy.entries);
    } catch (error) {
      form.replaceChildren(errorBlock(error));
    }
  };
  ctx.onEvent(event => { if (event.kind === 'POLICY_CHANGED') refresh(); });
  ctx.onReconnect(refresh);
  await refresh();
  root.append(await availabilitySection(ctx));
}
