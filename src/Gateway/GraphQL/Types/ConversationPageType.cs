using GraphQL.Types;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Subscriptions;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ConversationPageType : ObjectGraphType<ConversationPage>
{
    public ConversationPageType()
    {
        Name = "ConversationPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConversationTurnType>>>>("turns").Resolve(c => c.Source.Turns);
        Field<StringGraphType>("before")
            .Description("Pass as `before` to read older turns; null when there are none.")
            .Resolve(c => c.Source.Before is { } before ? EventCursor.Format(before) : null);
    }
}
