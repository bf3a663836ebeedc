// Which events concern projects, read from what events carry: their kind, and the project ids a
// payload names (the JSON of step outputs and approvals; some name none, and then any project may
// have changed).
import { payloadOf } from './live.js';

// An autopilot run and an applicant's evaluation add candidates to a pipeline.
const CHANGING = new Set(['PIPELINE_CHANGED', 'STEP_COMPLETED', 'STEP_FAILED', 'STEP_SKIPPED', 'PLAN_COMPLETED', 'PLAN_FAILED', 'PLAN_REPLANNED',
  'APPROVAL_REQUESTED', 'APPROVAL_DECIDED', 'LOCAL_CHANGE', 'AUTOPILOT_RUN_FINISHED', 'APPLICANT_EVALUATED']);

// The project ids an event's payload names (projectId, project, projects), possibly none.
export function projectIdsOf(event) {
  const payload = payloadOf(event);
  if (!payload || typeof payload !== 'object') return [];
  const ids = [payload.projectId, payload.project, ...(Array.isArray(payload.projects) ? payload.projects : [])];
  return ids.filter(id => typeof id === 'string' && id.length > 0);
}

// True when the event may have changed a project's spec, qualifications or pipeline (the project
// given, or any project when projectId is omitted).
export function mayChangeProject(event, projectId) {
  if (!CHANGING.has(event.kind)) return false;
  const ids = projectIdsOf(event);
  return projectId === undefined || ids.length === 0 || ids.includes(projectId);
}

// Runs fn at most once per wait, after the last call: a burst of events becomes one refetch.
export function debounce(fn, waitMs = 250) {
  let timer = null;
  const run = () => { clearTimeout(timer); timer = setTimeout(fn, waitMs); };
  run.cancel = () => clearTimeout(timer);
  return run;
}
