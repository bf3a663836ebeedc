// How the autopilot reads to a recruiter: its schedule, the next run in the schedule's time zone,
// each run's state, what it did and what it spent of its budget.

const STATE = { RUNNING: 'Running…', FINISHED: 'Finished', BUDGET_REACHED: 'Stopped at its budget', FAILED: 'Failed' };
const number = new Intl.NumberFormat();
const plural = (n, one, many = `${one}s`) => `${number.format(n)} ${n === 1 ? one : many}`;

export function runState(status) {
  return STATE[status] ?? status;
}

// "nightly at 03:30 (Europe/Berlin)" or "every 6 hours".
export function scheduleWords(schedule) {
  if (schedule.cadence === 'EVERY_HOURS') return `every ${plural(schedule.hours ?? 24, 'hour')}`;
  return `nightly at ${schedule.at ?? '02:00'} (${schedule.timeZone ?? 'UTC'})`;
}

// A moment in a time zone ("12 Jun 2025, 03:30"); the browser's own zone when none is given.
export function when(value, timeZone) {
  if (!value) return '';
  const options = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: timeZone ?? undefined }).format(new Date(value));
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(new Date(value));
  }
}

// The one-line state of the card: on with its schedule and next run, or off.
export function stateLine(settings) {
  if (!settings.enabled) return 'Off. Turn it on to look for new matches on a schedule.';
  const zone = settings.schedule.cadence === 'NIGHTLY' ? settings.schedule.timeZone : null;
  const next = settings.nextRunAt ? ` Next run: ${when(settings.nextRunAt, zone)}.` : '';
  return `On: runs ${scheduleWords(settings.schedule)}.${next}`;
}

// What a run did so far: "2,000 profiles read, 40 evaluated, 12 added (3 strong)…".
export function countsLine(run) {
  return [
    `${plural(run.scanned, 'new or changed profile')} read`,
    `${number.format(run.evaluated)} evaluated`,
    `${number.format(run.added)} added to Sourced (${number.format(run.strong)} strong)`,
    run.updated > 0 && `${plural(run.updated, 'candidate')} looked at again`,
    run.followUpsDue > 0 && `${plural(run.followUpsDue, 'follow-up')} due`,
    run.approvalsWaiting > 0 && `${plural(run.approvalsWaiting, 'approval')} waiting for you`,
  ].filter(Boolean).join(', ');
}

// What a run spent of what each run may spend.
export function budgetLine(run, settings) {
  const minutes = run.seconds / 60;
  return `Budget used: ${number.format(run.candidatesUsed)} of ${number.format(settings.maxCandidates)} profiles, `
    + `${number.format(run.tokensUsed)} of ${number.format(settings.maxTokens)} model tokens, `
    + `cost ${Number(run.costUsed).toFixed(2)} of ${Number(settings.maxCost).toFixed(2)}, `
    + `${minutes < 1 ? 'under a minute' : `${minutes.toFixed(1)} minutes`} of ${plural(settings.maxMinutes, 'minute')}.`;
}
