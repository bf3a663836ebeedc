// The project view's GraphQL: one query for the spec, qualifications, status and board, with each
// entry's person and recommendation (the server reads them for the whole page at once).

// The best entries shown on the board; the complexity limit (1,000) counts about 10 per entry.
const BOARD_SIZE = 60;
const SPEC = 'spec { title seniority locations remote employment description minYears faq { question answer } }';
const QUALIFICATIONS = 'qualifications { id text kind weight approved policy { allowed reason rewording attribute } origin category }';
const ENTRY = 'candidateId stage score why candidate { name currentTitle currentCompany location } evidence { recommendation }';

export async function loadProject(api, id) {
  const query = `query($id: ID!) { project(id: $id) { id updatedAt status ${SPEC} ${QUALIFICATIONS} pipeline(first: ${BOARD_SIZE}) { ${ENTRY} } } }`;
  const { project } = await api(query, { id });
  return project;
}

export const MOVE = `mutation($projectId: ID!, $candidateId: ID!, $stage: PipelineStage!, $why: String!) {
  moveCandidate(projectId: $projectId, candidateId: $candidateId, stage: $stage, why: $why) { candidateId stage } }`;
