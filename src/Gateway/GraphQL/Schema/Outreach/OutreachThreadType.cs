using GraphQL.Types;
using Hiring.Contracts.Outreach;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Outreach;

public sealed class OutreachThreadType : ObjectGraphType<OutreachThread>
{
    public OutreachThreadType()
    {
        Name = "OutreachThread";
        Description = "A candidate's conversation about a project: every message sent and reply received, oldest first, and who answers there.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Resolve(c => c.Source.ProjectId);
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.CandidateId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThreadMessageType>>>>("messages").Resolve(c => c.Source.Messages);
        Field<NonNullGraphType<BooleanGraphType>>("takenOver").Description("True while you have taken the conversation over: the assistant answers nothing there.").Resolve(c => c.Source.Control is not null);
        Field<ConversationControlType>("control").Description("Who took it over and when; null while the assistant answers there.").Resolve(c => c.Source.Control);
    }
}
