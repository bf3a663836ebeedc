// The autopilot's schedule as the recruiter edits it: nightly at a time of their time zone, or every
// N hours. The card keeps the draft across live refreshes until it is saved.
import { h } from '../../../ui.js';
import { browserZone, zoneList } from '../../../zones.js';

// The draft a saved schedule starts from. Where no nightly zone was ever chosen, it proposes the
// recruiter's own (from their availability, else this browser's) rather than the server's default, UTC.
export function scheduleDraft(settings, recruiterZone) {
  const s = settings.schedule;
  const chosen = settings.changedAt && s.cadence === 'NIGHTLY';
  const zone = s.timeZone ?? (chosen ? 'UTC' : recruiterZone ?? browserZone());
  return { cadence: s.cadence, at: s.at ?? '02:00', timeZone: zone, hours: s.hours ?? 24 };
}

// What setAutopilot takes: only the chosen cadence's fields (hours as typed: the server says what it refuses).
export function scheduleInput(draft) {
  return draft.cadence === 'EVERY_HOURS'
    ? { cadence: 'EVERY_HOURS', hours: Number.parseInt(draft.hours, 10) }
    : { cadence: 'NIGHTLY', at: draft.at, timeZone: draft.timeZone.trim() };
}

// onEdit(): called after each change of the draft (the fields change it in place).
export function scheduleFields(draft, onEdit) {
  const edit = change => event => { Object.assign(draft, change(event.target)); onEdit(); };
  const at = h('input', { type: 'time', id: 'autopilot-at', value: draft.at, dataset: { key: 'autopilot-at' }, oninput: edit(t => ({ at: t.value })) });
  const zone = h('input', { id: 'autopilot-zone', value: draft.timeZone, list: 'autopilot-zones', autocomplete: 'off', dataset: { key: 'autopilot-zone' },
    oninput: edit(t => ({ timeZone: t.value })) });
  const hours = h('input', { type: 'number', id: 'autopilot-hours', min: '1', max: '168', value: String(draft.hours), dataset: { key: 'autopilot-hours' },
    oninput: edit(t => ({ hours: t.value })) });
  // Only the chosen cadence's fields can be changed.
  const enable = () => { at.disabled = zone.disabled = draft.cadence === 'EVERY_HOURS'; hours.disabled = !at.disabled; };
  const cadence = (value, label) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'autopilot-cadence', value, checked: draft.cadence === value, dataset: { key: `autopilot-${value}` },
      onchange: event => { edit(() => ({ cadence: value }))(event); enable(); } }), ' ', label);
  enable();
  return h('fieldset', { class: 'autopilot-schedule' },
    h('legend', {}, 'When it runs'),
    h('div', { class: 'autopilot-cadence' },
      cadence('NIGHTLY', 'Nightly'), h('label', { for: 'autopilot-at' }, h('span', { class: 'visually-hidden' }, 'Nightly run '), 'at'), at,
      h('label', { for: 'autopilot-zone' }, 'Time zone'), zone, zoneList('autopilot-zones')),
    h('div', { class: 'autopilot-cadence' },
      cadence('EVERY_HOURS', 'Every few hours'), h('label', { for: 'autopilot-hours' }, 'Hours between runs'), hours));
}
