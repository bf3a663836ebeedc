// Time zones a recruiter picks from (the browser's own list, typed with suggestions) and the one
// this browser is in.
import { h } from './ui.js';

const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function browserZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

// The suggestions of a time zone input: h('input', { list: id }) beside zoneList(id).
export function zoneList(id) {
  return h('datalist', { id }, ZONES.map(zone => h('option', { value: zone })));
}
