using GraphQL.Types;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class PostAckType : ObjectGraphType<PostAck>
{
    public PostAckType()
    {
        Name = "PostAck";
        Description = "The assistant accepted a message into its inbox; the work is reported through assistantEvents.";
        Field<NonNullGraphType<StringGraphType>>("clientMessageId").Resolve(c => c.Source.ClientMessageId);
        Field<NonNullGraphType<LongGraphType>>("inboxSequence").Resolve(c => c.Source.InboxSequence);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("acceptedAt").Resolve(c => c.Source.AcceptedAt);
        Field<NonNullGraphType<BooleanGraphType>>("duplicate")
            .Description("True when this client message id was already accepted (the message is not posted twice).")
            .Resolve(c => c.Source.Duplicate);
    }
}
