using GraphQL.Types;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Subscriptions;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ConversationTurnType : ObjectGraphType<ConversationTurn>
{
    public ConversationTurnType()
    {
        Name = "ConversationTurn";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => EventCursor.Format(c.Source.Sequence));
        Field<NonNullGraphType<EnumerationGraphType<ConversationRole>>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<StringGraphType>("clientMessageId").Resolve(c => c.Source.ClientMessageId);
    }
}
