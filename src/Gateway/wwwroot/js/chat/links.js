// Where a result of the assistant is seen in the workspace: a step's outcome or an approval,
// as { href, label } for a link, or null.
import { payloadOf } from '../live.js';

const project = id => `#/projects/${encodeURIComponent(id)}`;

// step: { agent, action } (agent as the plan names it: "Intake", "Sourcing", …); projectId may be null.
export function linkForStep(step, event, projectId) {
  if (event.kind === 'APPROVAL_REQUESTED') return { href: '#/approvals', label: 'Review it in Approvals' };
  if (event.kind !== 'STEP_COMPLETED' || !projectId) return null;
  const payload = payloadOf(event) ?? {};
  const agent = step.agent.toLowerCase();
  if (agent === 'intake') return { href: project(projectId), label: 'Open the project' };
  if (agent === 'sourcing') {
    const batch = payload.candidates?.length && (step.action === 'calibrate' || payload.calibration);
    if (batch) return { href: `${project(projectId)}/calibration`, label: `Calibrate ${payload.candidates.length} candidate${payload.candidates.length === 1 ? '' : 's'}` };
    return { href: project(projectId), label: 'See the board' };
  }
  if (agent === 'evaluation') {
    // An evaluation's payload lists the candidates evaluated: one of them opens its card.
    const candidate = Array.isArray(payload) ? (payload.length === 1 ? payload[0].candidateId : null) : payload.candidateId ?? payload.candidate;
    if (typeof candidate === 'string') return { href: `${project(projectId)}/candidates/${encodeURIComponent(candidate)}`, label: 'Open the candidate' };
    return { href: project(projectId), label: step.action === 'shortlist' ? 'See the shortlist on the board' : 'See the board' };
  }
  return null;
}

// A step as the plan names it, or as a STEP_STARTED event's text says it ("Sourcing: calibrate").
export function stepFromText(text) {
  const [agent, words = ''] = text.split(':');
  return { agent: agent.trim(), action: words.trim().replaceAll(' ', '-') };
}
