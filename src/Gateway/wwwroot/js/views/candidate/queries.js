// The candidate card's reads and writes: the profile and the project's entry for the candidate
// (moves, evidence, notes) in one query, then, for someone in the pipeline, their conversation and
// screening.

const PROFILE = `candidate(id: $candidate) { id pool name headline location { text } experiences { company title start end description } education { school degree field startYear endYear } skills openToWork lastActive }`;
const ENTRY = `candidateId stage score why moves { from to by why at } evidence { score recommendation summary provenance { engine model } assessments { qualificationId verdict rationale years quotes { section text } } } notes { text by at }`;
const PROJECT = `id spec { title } qualifications { id text kind approved }`;
const THREAD = `outreachThread(projectId: $project, candidateId: $candidate) { takenOver messages { id direction text subject status replyKind answers at } }`;
const SCREENING = `candidateScreenings(projectId: $project, candidateIds: [$candidate]) { questions { qualification verdict essential text } summary { text at notes { qualification covered text } } }`;

export async function loadCard(api, projectId, candidateId) {
  const vars = { project: projectId, candidate: candidateId };
  const data = await api(`query($project: ID!, $candidate: ID!) { ${PROFILE} project(id: $project) { ${PROJECT} entry(candidateId: $candidate) { ${ENTRY} } } }`, vars);
  const entry = data.project.entry;
  // Only a candidate in the pipeline has a conversation and screens; anyone else reads as not found.
  const engagement = entry ? await api(`query($project: ID!, $candidate: ID!) { ${THREAD} ${SCREENING} }`, vars) : null;
  return { candidate: data.candidate, project: data.project, entry, thread: engagement?.outreachThread ?? null, screening: engagement?.candidateScreenings[0] ?? null };
}

export const RATE = `mutation($project: ID!, $candidate: ID!, $verdict: RatingVerdict!, $reason: String) { rateCandidate(projectId: $project, candidateId: $candidate, verdict: $verdict, reason: $reason) { clientMessageId } }`;
export const NOTE = `mutation($project: ID!, $candidate: ID!, $text: String!) { addCandidateNote(projectId: $project, candidateId: $candidate, text: $text) { candidateId } }`;
export const TAKE_OVER = `mutation($project: ID!, $candidate: ID!) { takeOverConversation(projectId: $project, candidateId: $candidate) { takenOver } }`;
export const HAND_BACK = `mutation($project: ID!, $candidate: ID!) { handBackConversation(projectId: $project, candidateId: $candidate) { takenOver } }`;
export const RECORD = `mutation($project: ID!, $candidate: ID!, $action: AppAction!, $text: String) { recordCandidateAction(projectId: $project, candidateId: $candidate, action: $action, text: $text) }`;
export const PROVENANCE = `query($candidate: ID!) { candidateProvenance(candidateId: $candidate) { held pool origin reference projects { projectId query } erasedAt } }`;
export const ERASE = `mutation($candidate: ID!) { eraseCandidate(candidateId: $candidate) { candidateId } }`;
