using GraphQL;
using GraphQL.Types;
using Hiring.Agents.Identity;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Assistant;

/// <summary>Mutation fields of the recruiter's assistant: send a message, decide an approval, set the approval policy.</summary>
public static class AssistantMutations
{
    public const int MaxClientMessageId = 128;

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PostAckType>>("sendMessage")
            .Description("Posts a message to the assistant; idempotent on clientMessageId. Progress arrives on assistantEvents.")
            .Argument<NonNullGraphType<StringGraphType>>("clientMessageId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IdGraphType>("projectId")
            .ResolveAsync(async c => await c.Assistant().Post(Envelope(c)));

        mutation.Field<NonNullGraphType<ApprovalRequestType>>("decideApproval")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EnumerationGraphType<ApprovalVerdict>>>("verdict")
            .Argument<ListGraphType<NonNullGraphType<KeyValueInputType>>>("changes")
            .Argument<StringGraphType>("note")
            .ResolveAsync(async c => await c.Assistant().Decide(c.GetArgument<string>("id"), Decision(c)));

        mutation.Field<NonNullGraphType<ApprovalPolicyType>>("setApprovalPolicy")
            .Argument<NonNullGraphType<EnumerationGraphType<ApprovalAction>>>("action")
            .Argument<NonNullGraphType<EnumerationGraphType<ApprovalMode>>>("mode")
            .ResolveAsync(async c => await c.Assistant().SetPolicy(c.GetArgument<ApprovalAction>("action"), c.GetArgument<ApprovalMode>("mode")));
    }

    private static MessageEnvelope Envelope(IResolveFieldContext context)
    {
        var clientMessageId = context.GetArgument<string>("clientMessageId");
        if (clientMessageId is not { Length: > 0 and <= MaxClientMessageId })
        {
            throw new ExecutionError($"clientMessageId must be 1 to {MaxClientMessageId} characters.") { Code = RefusalCodes.Invalid };
        }

        var projectId = context.GetArgument<string?>("projectId");
        if (projectId is not null && !GrainKeys.IsValidSegment(projectId))
        {
            // A malformed id cannot name a project of this tenant: same answer as any unknown id.
            throw RefusalErrors.NotFound();
        }

        return new MessageEnvelope(clientMessageId, context.GetArgument<string>("text"), projectId);
    }

    private static ApprovalDecision Decision(IResolveFieldContext context)
    {
        var changes = context.GetArgument<List<Dictionary<string, object?>>?>("changes");
        return new ApprovalDecision(
            context.GetArgument<ApprovalVerdict>("verdict"),
            changes?.ToDictionary(c => (string)c["key"]!, c => (string)c["value"]!, StringComparer.Ordinal),
            context.GetArgument<string?>("note"));
    }
}
