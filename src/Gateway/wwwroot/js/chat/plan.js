// A plan in the conversation: its summary and steps, each step's progress as events arrive, and a
// link from each result to the view it concerns.
import { payloadOf } from '../live.js';
import { enumLabel, h } from '../ui.js';
import { linkForStep, stepFromText } from './links.js';

const STATE = {
  STEP_STARTED: 'working', STEP_COMPLETED: 'done', STEP_FAILED: 'failed', STEP_SKIPPED: 'skipped',
  STEP_RETRYING: 'retrying', APPROVAL_REQUESTED: 'waiting for you', APPROVAL_DECIDED: 'decided',
};
const LONG = 320;

function resultText(text) {
  if (text.length <= LONG) return h('p', { class: 'result' }, text);
  return h('details', { class: 'result' }, h('summary', {}, `${text.slice(0, LONG).trimEnd()}…`), h('p', {}, text));
}

// projectFor(planId, step, event) resolves to the project a step worked on, or null.
export function planCard(created, projectFor) {
  const plan = payloadOf(created)?.plan;
  const steps = (plan?.steps ?? []).map(s => ({ agent: s.agent, action: s.action }));
  const list = h('ol', { class: 'steps' });
  const state = h('span', { class: 'plan-state' }, 'planned');
  const items = [];
  const element = h('li', { class: 'plan', dataset: { plan: created.planId } },
    h('p', { class: 'plan-summary' }, h('strong', {}, 'Plan: '), created.text, ' ', state), list);

  const item = index => {
    while (items.length <= index) {
      const step = steps[items.length] ?? { agent: 'Assistant', action: 'step' };
      const label = h('span', { class: 'step-label' }, `${enumLabel(step.agent.toUpperCase())}: ${step.action.replaceAll('-', ' ')}`);
      const status = h('span', { class: 'step-state' }, 'to do');
      const detail = h('div', { class: 'step-detail' });
      const li = h('li', { class: 'step todo' }, status, ' ', label, detail);
      list.append(li);
      items.push({ li, status, label, detail, step });
    }
    return items[index];
  };
  steps.forEach((_, i) => item(i));

  async function update(event) {
    switch (event.kind) {
      case 'PLAN_COMPLETED': state.textContent = 'done'; element.classList.add('finished'); return;
      case 'PLAN_FAILED': state.textContent = `failed: ${event.text}`; element.classList.add('failed'); return;
      case 'PLAN_REPLANNED': state.textContent = 'replanned'; list.append(h('li', { class: 'note' }, event.text)); return;
    }
    if (event.stepIndex === null || event.stepIndex === undefined || !STATE[event.kind]) return;
    const it = item(event.stepIndex);
    if (!steps[event.stepIndex]) nameFollowUp(it, event);
    it.li.className = `step ${STATE[event.kind].replaceAll(' ', '-')}`;
    it.status.textContent = STATE[event.kind];
    if (event.kind === 'STEP_STARTED') return;
    const detail = [resultText(event.text)];
    const projectId = await projectFor(created.planId, it.step, event);
    const link = linkForStep(it.step, event, projectId);
    if (link) detail.push(h('a', { class: 'result-link', href: link.href }, link.label));
    it.detail.replaceChildren(...detail);
    return { step: it.step, projectId, link };
  }

  return { element, update };
}

// A step the plan added later (a follow-up) is named by its first event: "Sourcing: calibrate" or an approval.
function nameFollowUp(it, event) {
  const approval = event.kind.startsWith('APPROVAL_') ? payloadOf(event) : null;
  if (event.kind === 'STEP_STARTED') it.step = stepFromText(event.text);
  else if (approval?.agent && approval?.stepAction) it.step = { agent: approval.agent, action: approval.stepAction };
  else return;
  it.label.textContent = `${enumLabel(it.step.agent.toUpperCase())}: ${it.step.action.replaceAll('-', ' ')}`;
}
