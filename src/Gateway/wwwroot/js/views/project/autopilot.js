// The project's autopilot card: on or off, when it runs and the next run, "Run now", and the latest
// runs. Refused input (a time zone the server does not know, hours out of range) shows the server's
// reason and changes nothing; AUTOPILOT_CHANGED and AUTOPILOT_RUN_FINISHED refresh it in every tab,
// and a run in progress is read again every few seconds to show how far it has got.
import { debounce, projectIdsOf } from '../../concerns.js';
import { keepFocus } from '../../focus.js';
import { errorBlock, h } from '../../ui.js';
import { loadAutopilot, runAutopilot, setAutopilot } from './autopilot/queries.js';
import { runList } from './autopilot/runs.js';
import { scheduleDraft, scheduleFields, scheduleInput } from './autopilot/schedule.js';
import { scheduleWords, stateLine } from './autopilot/words.js';

const KINDS = new Set(['AUTOPILOT_CHANGED', 'AUTOPILOT_RUN_FINISHED']);
// While a run works (no event marks its batches), its progress is read again this often.
const PROGRESS_MS = 5000;

// Returns { element, refresh }; the card listens through ctx until the view changes.
export function autopilotSection(ctx, projectId) {
  const state = h('p', { class: 'autopilot-state' });
  const message = h('p', { role: 'status' });
  const body = h('div');
  const element = h('section', { class: 'card autopilot', 'aria-labelledby': 'autopilot-title' },
    h('h2', { id: 'autopilot-title' }, 'Autopilot'),
    h('p', { class: 'muted' }, 'Looks through the profiles that are new or changed since its last run and adds good matches to Sourced, with the reason. It uses only approved qualifications.'),
    state, body, message);
  let current = null; // { settings, runs, zone }
  let draft = null; // the schedule the recruiter is editing, kept across refreshes until saved
  let waiting = false; // "Run now" said a run is going: its end replaces that
  // Counts the starts and ends of saves and runs: a read that overlapped one may answer with what
  // was before it (it is dropped; the write's own event brings a fresh read).
  let writes = 0;
  let progress = null; // the timer that reads a running run's progress again

  const say = (text, error = false) => { message.textContent = text; message.className = error ? 'error' : 'muted'; };

  // withSchedule false keeps the saved schedule (no cadence sent): turning it off never fails on a half-typed one.
  const save = async (enabled, schedule, withSchedule) => {
    say('Saving…');
    writes++;
    try {
      current.settings = await setAutopilot(ctx.api, projectId, enabled, withSchedule ? scheduleInput(schedule) : {});
      if (withSchedule) draft = null;
      const { enabled: on, schedule: saved } = current.settings;
      say(on ? `Saved: autopilot runs ${scheduleWords(saved)}.` : withSchedule ? `Saved: it will run ${scheduleWords(saved)} once turned on.` : 'Saved: autopilot is off.');
    } catch (error) {
      draft = schedule;
      say(`Not saved: ${error.message}`, true);
    }
    writes++;
    draw();
  };

  const runNow = async () => {
    say('Starting a run…');
    writes++;
    try {
      const run = await runAutopilot(ctx.api, projectId);
      current.runs = [run, ...current.runs.filter(r => r.id !== run.id)];
      waiting = run.status === 'RUNNING';
      say(waiting ? 'Running: its digest shows below when it ends.' : 'The run ended.');
    } catch (error) {
      say(`Not started: ${error.message}`, true);
    }
    writes++;
    draw();
  };

  const draw = () => {
    const { settings, runs, zone } = current;
    state.textContent = stateLine(settings);
    const schedule = draft ?? scheduleDraft(settings, zone);
    const toggle = h('input', { type: 'checkbox', role: 'switch', checked: settings.enabled, dataset: { key: 'autopilot-on' },
      onchange: () => save(toggle.checked, schedule, toggle.checked) });
    const form = h('form', { class: 'autopilot-form', novalidate: true, onsubmit: event => { event.preventDefault(); save(settings.enabled, schedule, true); } },
      h('label', { class: 'switch' }, toggle, ' Look for new matches on a schedule'),
      scheduleFields(schedule, () => { draft = schedule; }),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'secondary', dataset: { key: 'autopilot-save' } }, 'Save schedule'),
        h('button', { type: 'button', dataset: { key: 'autopilot-run' }, onclick: runNow }, 'Run now')));
    keepFocus(body, () => body.replaceChildren(form, runList(runs, settings)));
    clearTimeout(progress);
    progress = runs.some(run => run.status === 'RUNNING') ? setTimeout(refresh, PROGRESS_MS) : null;
  };

  const refresh = async () => {
    const before = writes;
    try {
      const loaded = await loadAutopilot(ctx.api, projectId);
      if (before !== writes) return;
      current = loaded;
      draw();
    } catch (error) {
      body.replaceChildren(errorBlock(error));
    }
  };

  const later = debounce(refresh);
  ctx.onEvent(event => {
    const ids = projectIdsOf(event);
    if (!KINDS.has(event.kind) || (ids.length > 0 && !ids.includes(projectId))) return;
    if (waiting && event.kind === 'AUTOPILOT_RUN_FINISHED') {
      waiting = false;
      say('The run ended.');
    }
    later();
  });
  ctx.onReconnect(refresh);
  ctx.onCleanup(later.cancel);
  ctx.onCleanup(() => clearTimeout(progress));
  return { element, refresh };
}
