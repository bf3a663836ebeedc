using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Schema.Assistant;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>
/// changeQualifications: the project view's approve, edit, reject (remove) and add, through the
/// recruiter's assistant so the plan's follow-ups happen (the first approval starts the calibration batch).
/// </summary>
public static class QualificationMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PostAckType>>("changeQualifications")
            .Description(
                "Approves, edits, removes (rejects) and adds qualifications of the project: ids must be the project's, at most 50 items in all, each text 1 to 500 characters. "
                + "When an APPLY_QUALIFICATION_CHANGE approval of this project waits for the recruiter, it is decided as an EDIT with these changes (inboxSequence is then 0: nothing was queued); "
                + "otherwise the change goes to the assistant as the recruiter's own decision, needing no second approval. A wording the policy refuses stays refused. Progress arrives on assistantEvents.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("approve", a => a.Description = "Ids to approve as they stand.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("remove", a => a.Description = "Ids to remove.")
            .Argument<ListGraphType<NonNullGraphType<QualificationEditInputType>>>("edits", a => a.Description = "New wordings, approved with the change unless the policy refuses them.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("add", a => a.Description = "New requirements in the recruiter's words.")
            .Argument<StringGraphType>("clientMessageId", a => a.Description = "Idempotency key; a new one is made when omitted.")
            .ResolveAsync(async c =>
            {
                var projectId = c.GetArgument<string>("projectId");
                var clientMessageId = ClientMessageIds.From(c, "qualifications");

                // Read under the caller's tenant: another tenant's project reads exactly like an unknown one.
                var project = await c.Project(projectId).Snapshot();
                var change = QualificationChangeArguments.From(c, project);
                var assistant = c.Assistant();
                var note = $"Changed from the project view ({clientMessageId}).";
                var approvals = await assistant.Approvals(pendingOnly: false);
                if (approvals.FirstOrDefault(a => a.Decision?.Note == note) is { } decided)
                {
                    return new PostAck(clientMessageId, 0, decided.CreatedAt, Duplicate: true);
                }

                if (approvals.FirstOrDefault(a => a is { Status: ApprovalStatus.Pending, Action: ApprovalAction.ApplyQualificationChange } && a.ProjectId == projectId) is { } waiting)
                {
                    await assistant.Decide(waiting.Id, new ApprovalDecision(ApprovalVerdict.Edit, change.ToApprovalChanges(project), note));
                    return new PostAck(clientMessageId, 0, DateTimeOffset.UtcNow, Duplicate: false);
                }

                var text = $"Change the qualifications of {projectId}: {Describe(change)}.";
                return await assistant.Post(new MessageEnvelope(clientMessageId, text, projectId, Qualifications: change.ToMessage()));
            });
    }

    /// <summary>What the message says in the conversation; the wordings stay out of it (the qualification policy reads them where they apply).</summary>
    private static string Describe(QualificationChangeArguments change) =>
        string.Join("; ", new[]
        {
            change.Approve.Count > 0 ? $"approve {string.Join(", ", change.Approve)}" : null,
            change.Edits.Count > 0 ? $"reword {string.Join(", ", change.Edits.Keys)}" : null,
            change.Remove.Count > 0 ? $"remove {string.Join(", ", change.Remove)}" : null,
            change.Add.Count > 0 ? $"add {change.Add.Count} new" : null,
        }.Where(part => part is not null));
}
