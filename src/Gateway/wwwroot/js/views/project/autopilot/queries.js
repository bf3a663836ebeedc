// The autopilot card's GraphQL: its settings, latest runs and the recruiter's time zone in one
// request; turning it on, off or rescheduling it; a run now.

// Runs the card lists; a run's digest says the rest.
const RUNS = 5;
const SETTINGS = 'enabled schedule { cadence at timeZone hours } nextRunAt changedAt maxCandidates maxTokens maxCost maxMinutes';
const RUN = 'id trigger status startedAt finishedAt scanned evaluated added strong updated followUpsDue approvalsWaiting batches candidatesUsed tokensUsed costUsed seconds stopReason digest';

const LOAD = `query($id: ID!) { autopilot(projectId: $id) { ${SETTINGS} } autopilotRuns(projectId: $id, last: ${RUNS}) { ${RUN} } availability { timeZone } }`;
const SET = `mutation($id: ID!, $enabled: Boolean!, $cadence: AutopilotCadence, $at: String, $timeZone: String, $hours: Int) {
  setAutopilot(projectId: $id, enabled: $enabled, cadence: $cadence, at: $at, timeZone: $timeZone, hours: $hours) { ${SETTINGS} } }`;
const RUN_NOW = `mutation($id: ID!) { runAutopilot(projectId: $id) { ${RUN} } }`;

// { settings, runs, zone }: zone is the recruiter's time zone from their availability, when set.
export async function loadAutopilot(api, id) {
  const data = await api(LOAD, { id });
  return { settings: data.autopilot, runs: data.autopilotRuns, zone: data.availability?.timeZone ?? null };
}

// schedule: { cadence, at, timeZone, hours } as the form reads it; resolves to the new settings.
export async function setAutopilot(api, id, enabled, schedule) {
  return (await api(SET, { id, enabled, ...schedule })).setAutopilot;
}

// Resolves to the run started (or the one already in progress).
export async function runAutopilot(api, id) {
  return (await api(RUN_NOW, { id })).runAutopilot;
}
