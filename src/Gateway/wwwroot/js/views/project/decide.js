// Applying the recruiter's qualification decision with changeQualifications: the server decides the
// project's waiting apply-qualifications approval as an edit, or posts the decision to the assistant.

const CHANGE = `mutation($projectId: ID!, $approve: [ID!], $remove: [ID!], $edits: [QualificationEditInput!], $add: [String!], $clientMessageId: String) {
  changeQualifications(projectId: $projectId, approve: $approve, remove: $remove, edits: $edits, add: $add, clientMessageId: $clientMessageId) { clientMessageId } }`;

// The pending APPLY_QUALIFICATION_CHANGE approval of this project, or null.
export async function pendingQualificationApproval(api, project) {
  const { approvals } = await api('query { approvals(pendingOnly: true) { id action projectId } }');
  return approvals.find(a => a.action === 'APPLY_QUALIFICATION_CHANGE' && a.projectId === project.id) ?? null;
}

export async function applyDecision(api, project, decision) {
  await api(CHANGE, { projectId: project.id, ...decision, clientMessageId: crypto.randomUUID() });
}
