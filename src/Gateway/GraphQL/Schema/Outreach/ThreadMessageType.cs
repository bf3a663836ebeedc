using GraphQL.Types;
using Hiring.Contracts.Outreach;

namespace Hiring.Gateway.GraphQL.Schema.Outreach;

public sealed class ThreadMessageType : ObjectGraphType<ThreadMessage>
{
    public ThreadMessageType()
    {
        Name = "ThreadMessage";
        Description = "A message of a candidate's conversation: one sent to them, with its delivery status, or their reply, with how it was read.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EnumerationGraphType<ThreadDirection>>>("direction").Resolve(c => c.Source.Direction);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it was queued to go out, or received.").Resolve(c => c.Source.At);
        Field<StringGraphType>("subject").Description("Outgoing only.").Resolve(c => c.Source.Subject);
        Field<StringGraphType>("channel").Description("The channel it went by; outgoing only.").Resolve(c => c.Source.Channel);
        Field<EnumerationGraphType<ContactStatus>>("status").Description("Where an outgoing message stands; null for a reply.").Resolve(c => c.Source.Status);
        Field<DateTimeOffsetGraphType>("statusAt").Description("When that status was recorded.").Resolve(c => c.Source.StatusAt);
        Field<StringGraphType>("statusReason").Description("Why it failed, when it did.").Resolve(c => c.Source.StatusReason);
        Field<EnumerationGraphType<ReplyKind>>("replyKind").Description("What the built-in classifier read in a reply; null for an outgoing message.").Resolve(c => c.Source.ReplyKind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("answers").Description("For a question: what the candidate was told for each question asked (the FAQ's answer quoted, or that you will follow up); empty otherwise.").Resolve(c => c.Source.Answers ?? []);
    }
}
