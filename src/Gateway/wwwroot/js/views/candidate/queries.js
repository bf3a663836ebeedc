// The candidate card's reads and writes: the profile and the project's entry for the candidate
// (moves, evidence, notes) in one query.

const PROFILE = `candidate(id: $candidate) { id pool name headline location { text } experiences { company title start end description } education { school degree field startYear endYear } skills openToWork lastActive }`;
const ENTRY = `candidateId stage score why moves { from to by why at } evidence { score recommendation summary provenance { engine model } assessments { qualificationId verdict rationale years quotes { section text } } } notes { text by at }`;
const PROJECT = `id spec { title } qualifications { id text kind approved }`;

export async function loadCard(api, projectId, candidateId) {
  const data = await api(`query($project: ID!, $candidate: ID!) { ${PROFILE} project(id: $project) { ${PROJECT} entry(candidateId: $candidate) { ${ENTRY} } } }`, { project: projectId, candidate: candidateId });
  return { candidate: data.candidate, project: data.project, entry: data.project.entry };
}

export const RATE = `mutation($project: ID!, $candidate: ID!, $verdict: RatingVerdict!, $reason: String) { rateCandidate(projectId: $project, candidateId: $candidate, verdict: $verdict, reason: $reason) { clientMessageId } }`;
export const NOTE = `mutation($project: ID!, $candidate: ID!, $text: String!) { addCandidateNote(projectId: $project, candidateId: $candidate, text: $text) { candidateId } }`;
