// The latest autopilot runs, newest first: state, when, what it did (its digest and counts) and what
// it spent of its budget. A run in progress says so and shows what it has done so far.
import { h } from '../../../ui.js';
import { budgetLine, countsLine, runState, when } from './words.js';

const TONE = { RUNNING: 'warn', FINISHED: 'ok', BUDGET_REACHED: 'warn', FAILED: 'bad' };

function runItem(run, settings) {
  const running = run.status === 'RUNNING';
  const how = run.trigger === 'schedule' ? 'Scheduled run' : 'Run started by hand';
  return h('li', { class: `autopilot-run${running ? ' running' : ''}`, dataset: { run: run.id } },
    h('p', { class: 'run-head' },
      h('span', { class: `tag ${TONE[run.status] ?? 'neutral'}` }, runState(run.status)), ' ',
      h('span', {}, `${how}, started ${when(run.startedAt)}`),
      run.finishedAt && h('span', { class: 'muted' }, `, ended ${when(run.finishedAt)}`)),
    running
      ? h('p', {}, `Reading new and changed profiles: ${run.batches} batch${run.batches === 1 ? '' : 'es'} done so far.`)
      : run.digest && h('p', { class: 'run-digest' }, run.digest),
    h('p', { class: 'run-counts' }, `${countsLine(run)}.`),
    run.stopReason && h('p', { class: 'muted' }, `Why it stopped: ${run.stopReason}`),
    h('p', { class: 'muted run-budget' }, budgetLine(run, settings)));
}

export function runList(runs, settings) {
  return h('section', { class: 'autopilot-runs', 'aria-labelledby': 'autopilot-runs-title' },
    h('h3', { id: 'autopilot-runs-title' }, 'Latest runs'),
    runs.length
      ? h('ol', { class: 'plain' }, runs.map(run => runItem(run, settings)))
      : h('p', { class: 'muted' }, 'No runs yet. The first one reads the profiles that arrive after autopilot is first turned on.'));
}
