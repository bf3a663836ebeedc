// The project view's GraphQL: one query for the spec, qualifications and board, written for the
// fields this server offers (newer servers add status, stage counts and candidate summaries).
import { capabilities } from '../../schema.js';

const BOARD_SIZE = 100;
const SPEC = 'spec { title seniority locations remote employment description minYears }';
const QUALIFICATIONS = 'qualifications { id text kind weight approved policy { allowed reason rewording attribute } origin category }';

export async function loadProject(api, id) {
  const can = await capabilities(api);
  const candidate = can.has('PipelineEntry', 'candidate') ? 'candidate { id name headline currentTitle currentCompany location openToWork }' : '';
  const status = can.has('Project', 'status') ? 'status' : '';
  const query = `query($id: ID!) { project(id: $id) { id updatedAt ${status} ${SPEC} ${QUALIFICATIONS}
    pipeline(first: ${BOARD_SIZE}) { candidateId stage score why ${candidate} evidence { recommendation } } } }`;
  const { project } = await api(query, { id });
  if (!candidate) await addCandidateSummaries(api, project.pipeline);
  project.status ||= statusOf(project);
  return project;
}

// Older servers: the summaries of the board's candidates, read in one aliased query per 25.
async function addCandidateSummaries(api, entries) {
  for (let start = 0; start < entries.length; start += 25) {
    const slice = entries.slice(start, start + 25);
    const fields = slice.map((e, i) => `c${i}: candidate(id: ${JSON.stringify(e.candidateId)}) { id name headline location { text } }`).join(' ');
    const data = await api(`query { ${fields} }`).catch(() => ({}));
    slice.forEach((e, i) => {
      const c = data[`c${i}`];
      e.candidate = c ? { id: c.id, name: c.name, headline: c.headline, location: c.location.text } : null;
    });
  }
}

// Where a project stands, read from its qualifications and pipeline when the server does not say.
export function statusOf(project) {
  const stages = new Set((project.pipeline ?? []).map(e => e.stage));
  if (stages.has('HIRED')) return 'HIRED';
  if (stages.has('SHORTLISTED') || ['CONTACTED', 'REPLIED', 'SCREENING', 'INTERVIEWING'].some(s => stages.has(s))) return 'SHORTLISTED';
  if (stages.has('SOURCED')) return 'SOURCING';
  if (stages.has('CALIBRATION')) return 'CALIBRATION';
  return (project.qualifications ?? []).some(q => q.approved) ? 'SOURCING' : 'INTAKE';
}

export const MOVE = `mutation($projectId: ID!, $candidateId: ID!, $stage: PipelineStage!, $why: String!) {
  moveCandidate(projectId: $projectId, candidateId: $candidateId, stage: $stage, why: $why) { candidateId stage } }`;
