// How a project's status reads to a recruiter, and the order of stages on a board.
import { STAGES } from '../../ui.js';

const STATUS = {
  INTAKE: 'Qualifications to approve',
  CALIBRATION: 'Calibrating',
  SOURCING: 'Sourcing',
  SHORTLISTED: 'Shortlist ready',
  HIRED: 'Hired',
};

export function statusLabel(status) {
  return STATUS[status] ?? status ?? '';
}

// [{ stage, count }] in board order, from the server's counts or from pipeline entries.
export function countsOf({ stageCounts, pipeline }) {
  if (stageCounts) return [...stageCounts].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  const counts = new Map();
  for (const entry of pipeline ?? []) counts.set(entry.stage, (counts.get(entry.stage) ?? 0) + 1);
  return STAGES.filter(s => counts.has(s)).map(stage => ({ stage, count: counts.get(stage) }));
}
