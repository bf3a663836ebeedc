using GraphQL;
using GraphQL.Types;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Assistant;

/// <summary>Query fields of the recruiter's assistant: approvals, conversation, event log, approval policy.</summary>
public static class AssistantQueries
{
    public const int MaxPage = 200;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApprovalRequestType>>>>("approvals")
            .Argument<BooleanGraphType>("pendingOnly", a => a.DefaultValue = true)
            .ResolveAsync(async c => await c.Assistant().Approvals(c.GetArgument("pendingOnly", true)));

        query.Field<NonNullGraphType<ConversationPageType>>("conversation")
            .Description("Conversation turns, newest last; page backwards with `before`.")
            .Argument<StringGraphType>("before")
            .Argument<IntGraphType>("max", a => a.DefaultValue = 50)
            .ResolveAsync(async c => await c.Assistant().Conversation(c.Cursor("before"), c.Max(MaxPage)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssistantEventType>>>>("events")
            .Description("Events after a cursor from the assistant's event log (what assistantEvents replays).")
            .Argument<StringGraphType>("after")
            .Argument<IntGraphType>("max", a => a.DefaultValue = 100)
            .ResolveAsync(async c => await c.Assistant().EventsAfter(c.Cursor("after") ?? 0, c.Max(MaxPage)));

        query.Field<NonNullGraphType<ApprovalPolicyType>>("approvalPolicy")
            .ResolveAsync(async c => await c.Assistant().GetPolicy());
    }
}
