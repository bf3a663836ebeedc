// What each kind of approval means, in a recruiter's words.
import { enumLabel } from '../../ui.js';

export const ACTIONS = {
  APPLY_QUALIFICATION_CHANGE: { title: 'Change a project’s qualifications', help: 'Approving, rewording, adding or removing the requirements candidates are rated on.' },
  START_SOURCING: { title: 'Start a search for candidates', help: 'Searching the talent pools with the approved qualifications.' },
  ADVANCE: { title: 'Move candidates forward', help: 'For example putting the best matches on the shortlist.' },
  REJECT: { title: 'Archive candidates', help: 'Taking candidates out of the pipeline.' },
  DRAFT: { title: 'Draft messages to candidates', help: 'Writing outreach for you to send.' },
  SEND: { title: 'Send messages to candidates', help: 'Contacting candidates on your behalf.' },
};

export function actionTitle(action) {
  return ACTIONS[action]?.title ?? enumLabel(action);
}

export function agentLabel(agent) {
  return `${enumLabel(agent)} agent`;
}

// Inputs whose key does not read well on its own (a learning proposal's).
const INPUTS = {
  'learning.evidence': 'Why (from your decisions)',
  'learning.change': 'Change',
  'learning.key': 'Proposal',
};

// Keys of inputs as labels ("q1" stays as it is: it names a qualification).
export function inputLabel(key) {
  return INPUTS[key] ?? (/^q\d+$/.test(key) ? key : enumLabel(key.toUpperCase()));
}
