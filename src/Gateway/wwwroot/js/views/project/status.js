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

// The server's [{ stage, count }] in board order.
export function countsOf({ stageCounts }) {
  return [...(stageCounts ?? [])].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
}
