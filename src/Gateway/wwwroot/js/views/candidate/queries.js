// The candidate card's reads and writes. The card reads its pipeline entry with project.entry when
// the server has it (and its notes), else it finds the entry in the project's pipeline.
import { capabilities } from '../../capabilities.js';

const PROFILE = `candidate(id: $candidate) { id pool name headline location { text } experiences { company title start end description } education { school degree field startYear endYear } skills openToWork lastActive }`;
const MOVES = `candidateId stage score why moves { from to by why at }`;
const EVIDENCE = `evidence { score recommendation summary provenance { engine model } assessments { qualificationId verdict rationale years quotes { section text } } }`;
const ENTRY = `${MOVES} ${EVIDENCE}`;
// Without project.entry, evidence is read through pipeline(first: n): the complexity limit allows about this many entries.
const EVIDENCE_REACH = 12;
const PROJECT = `id spec { title } qualifications { id text kind approved }`;

export async function loadCard(api, projectId, candidateId) {
  const can = await capabilities(api);
  const notes = can.has('entry', 'notes') ? ' notes { text by at }' : '';
  if (can.has('project', 'entry')) {
    const data = await api(`query($project: ID!, $candidate: ID!) { ${PROFILE} project(id: $project) { ${PROJECT} entry(candidateId: $candidate) { ${ENTRY}${notes} } } }`, { project: projectId, candidate: candidateId });
    return { candidate: data.candidate, project: data.project, entry: data.project.entry, notesSupported: Boolean(notes) };
  }
  const data = await api(`query($project: ID!, $candidate: ID!) { ${PROFILE} project(id: $project) { ${PROJECT} pipeline { ${MOVES} } } }`, { project: projectId, candidate: candidateId });
  const index = data.project.pipeline.findIndex(e => e.candidateId === candidateId);
  const entry = index < 0 ? null : { ...data.project.pipeline[index], evidence: null };
  if (entry && entry.score != null && index < EVIDENCE_REACH) {
    const ranked = await api(`query($project: ID!) { project(id: $project) { pipeline(first: ${index + 1}) { candidateId ${EVIDENCE} } } }`, { project: projectId });
    entry.evidence = ranked.project.pipeline.find(e => e.candidateId === candidateId)?.evidence ?? null;
  }
  return { candidate: data.candidate, project: data.project, entry, notesSupported: false };
}

export const MOVE = `mutation($project: ID!, $candidate: ID!, $stage: PipelineStage!, $why: String!) { moveCandidate(projectId: $project, candidateId: $candidate, stage: $stage, why: $why) { stage } }`;
export const RATE = `mutation($project: ID!, $candidate: ID!, $verdict: RatingVerdict!, $reason: String) { rateCandidate(projectId: $project, candidateId: $candidate, verdict: $verdict, reason: $reason) { clientMessageId } }`;
export const NOTE = `mutation($project: ID!, $candidate: ID!, $text: String!) { addCandidateNote(projectId: $project, candidateId: $candidate, text: $text) { candidateId } }`;
