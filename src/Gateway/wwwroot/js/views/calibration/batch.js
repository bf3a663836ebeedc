// The calibration batch of a project: the candidates that entered the pipeline at Calibration, each
// with the recruiter's mark as the pipeline records it (liked → Sourced, not a fit → Archived).
const PROJECT = `query($id: ID!) { project(id: $id) { id spec { title } pipeline { candidateId stage why moves { from to by why at } } } }`;
const PROFILE = `name headline location { text } experiences { title company } skills`;

export async function loadBatch(api, projectId) {
  // The batch's profiles are read in full below (for their key skills), so PipelineEntry.candidate is not needed.
  const { project } = await api(PROJECT, { id: projectId });
  const batch = project.pipeline.filter(entry => entry.moves[0]?.to === 'CALIBRATION' || entry.stage === 'CALIBRATION');
  // One request for every profile of the batch (aliases), for the key skills the summary lacks.
  const profiles = batch.length === 0 ? {} : await api(`query(${batch.map((_, i) => `$c${i}: ID!`).join(', ')}) { ${batch.map((_, i) => `c${i}: candidate(id: $c${i}) { ${PROFILE} }`).join(' ')} }`,
    Object.fromEntries(batch.map((entry, i) => [`c${i}`, entry.candidateId])));
  return {
    project,
    shortlisted: project.pipeline.filter(entry => entry.stage === 'SHORTLISTED').length,
    cards: batch.map((entry, i) => ({ entry, profile: profiles[`c${i}`], mark: markOf(entry) })),
  };
}

// Once the recruiter's rating has moved a candidate on from Calibration: 'DOWN' while they are
// archived (a later thumbs down archives a liked one too), 'UP' otherwise.
export function markOf(entry) {
  if (!entry.moves.some(move => move.from === 'CALIBRATION' && move.by !== 'assistant')) return null;
  return entry.stage === 'ARCHIVED' ? 'DOWN' : 'UP';
}
