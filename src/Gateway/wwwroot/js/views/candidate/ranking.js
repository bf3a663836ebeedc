// Why the candidate ranks where they do (the sourcing reason, score, recommendation, the evaluation's
// summary and the engine behind it) and every move through the pipeline, newest first.
import { enumLabel, formatDate, h, stageLabel } from '../../ui.js';

export function rankingCard(entry) {
  const evaluation = entry.evidence;
  const score = entry.score ?? evaluation?.score;
  return h('section', { class: 'card ranking', 'aria-labelledby': 'ranking-title' },
    h('h2', { id: 'ranking-title' }, 'Why this ranking'),
    h('dl', { class: 'facts-list' },
      h('dt', {}, 'Stage'), h('dd', {}, stageLabel(entry.stage)),
      score == null ? null : [h('dt', {}, 'Score'), h('dd', {}, h('meter', { min: 0, max: 1, value: score, 'aria-hidden': 'true' }), ` ${Math.round(score * 100)} / 100`)],
      evaluation ? [h('dt', {}, 'Recommendation'), h('dd', {}, enumLabel(evaluation.recommendation))] : null,
      evaluation ? [h('dt', {}, 'Evaluated by'), h('dd', {}, evaluation.provenance.engine === 'LLM' ? `a language model (${evaluation.provenance.model})` : 'the built-in evaluator')] : null),
    entry.why ? h('p', {}, h('strong', {}, 'Why the assistant added them: '), entry.why) : null,
    evaluation?.summary ? h('p', {}, h('strong', {}, 'Evaluation: '), evaluation.summary) : null);
}

export function movesCard(entry) {
  return h('section', { class: 'card moves', 'aria-labelledby': 'moves-title' },
    h('h2', { id: 'moves-title' }, 'Moves'),
    h('ol', { class: 'plain moves-list' }, [...entry.moves].reverse().map(move => h('li', {},
      h('strong', {}, move.from ? `${stageLabel(move.from)} → ${stageLabel(move.to)}` : `Added to ${stageLabel(move.to)}`),
      h('span', { class: 'muted' }, ` · ${move.by === 'assistant' ? 'by the assistant' : `by ${move.by}`} · `, h('time', { datetime: move.at }, formatDate(move.at))),
      move.why ? h('p', { class: 'why' }, move.why) : null))));
}
