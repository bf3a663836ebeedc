// Applying the recruiter's qualification decision: through changeQualifications where the server
// has it, else as an edit of the project's pending apply-qualifications approval.
import { capabilities } from '../../schema.js';

const CHANGE = `mutation($projectId: ID!, $approve: [ID!], $remove: [ID!], $edits: [QualificationEditInput!], $add: [String!], $clientMessageId: String) {
  changeQualifications(projectId: $projectId, approve: $approve, remove: $remove, edits: $edits, add: $add, clientMessageId: $clientMessageId) { clientMessageId } }`;
const DECIDE = `mutation($id: ID!, $verdict: ApprovalVerdict!, $changes: [KeyValueInput!]) {
  decideApproval(id: $id, verdict: $verdict, changes: $changes) { id status } }`;
const QUALIFICATION_KEY = /^q\d+$/;

// The pending APPLY_QUALIFICATION_CHANGE approval of this project, or null: by its projectId
// where the server says it, else the one whose listed qualifications are this project's.
export async function pendingQualificationApproval(api, project) {
  const can = await capabilities(api);
  const projectField = can.has('ApprovalRequest', 'projectId') ? 'projectId' : '';
  const { approvals } = await api(`query { approvals(pendingOnly: true) { id action ${projectField} inputs { key value } } }`);
  const mine = approvals.filter(a => a.action === 'APPLY_QUALIFICATION_CHANGE');
  if (projectField) return mine.find(a => a.projectId === project.id) ?? null;
  const texts = new Map(project.qualifications.map(q => [q.id, q.text]));
  return mine.find(a => {
    const listed = a.inputs.filter(i => QUALIFICATION_KEY.test(i.key));
    return a.inputs.some(i => i.key === 'project' && i.value === project.id)
      || (listed.length > 0 && listed.every(i => texts.has(i.key) && i.value.startsWith(texts.get(i.key))));
  }) ?? null;
}

export async function canChangeQualifications(api) {
  return (await capabilities(api)).has('Mutation', 'changeQualifications');
}

export async function applyDecision(api, project, approval, decision) {
  if (await canChangeQualifications(api)) {
    await api(CHANGE, { projectId: project.id, ...decision, clientMessageId: crypto.randomUUID() });
    return;
  }
  if (!approval) throw new Error('Nothing waits for a decision: ask the assistant in the chat.');
  const waiting = project.qualifications.filter(q => !q.approved && q.policy.allowed).map(q => q.id);
  const approvesAll = waiting.length > 0 && waiting.every(id => decision.approve.includes(id));
  if (approvesAll && !decision.remove.length && !decision.edits.length && !decision.add.length) {
    await api(DECIDE, { id: approval.id, verdict: 'APPROVE' });
    return;
  }
  // An absent "approve" would approve everything listed, so "none" is said explicitly.
  const changes = [
    ...decision.edits.map(e => ({ key: e.id, value: e.text })),
    { key: 'approve', value: decision.approve.join(', ') || 'none' },
    decision.remove.length && { key: 'remove', value: decision.remove.join(', ') },
    decision.add.length && { key: 'add', value: decision.add.join('; ') },
  ].filter(Boolean);
  await api(DECIDE, { id: approval.id, verdict: 'EDIT', changes });
}
