// Moving a candidate to another stage: asks the required reason, moves, tells the other tabs.
import { shareChange } from '../../live.js';
import { stageLabel } from '../../ui.js';
import { MOVE } from './queries.js';

// Resolves to true when the candidate moved, false when the recruiter cancelled.
export async function moveCandidate(ctx, projectId, entry, stage) {
  if (entry.stage === stage) return false;
  const name = entry.candidate?.name ?? entry.candidateId;
  const why = await ctx.askReason(`Move ${name} to ${stageLabel(stage)}`, { label: 'Why? (kept in the candidate\'s history)' });
  if (!why) return false;
  await ctx.api(MOVE, { projectId, candidateId: entry.candidateId, stage, why });
  shareChange({ projectId, candidateId: entry.candidateId, stage });
  ctx.announce(`${name} moved to ${stageLabel(stage)}.`);
  return true;
}
