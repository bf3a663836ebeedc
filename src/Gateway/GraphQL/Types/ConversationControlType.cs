using GraphQL.Types;
using Hiring.Agents.Identity;
using Hiring.Contracts.Outreach;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ConversationControlType : ObjectGraphType<ConversationControl>
{
    public ConversationControlType()
    {
        Name = "ConversationControl";
        Description = "Who answers a candidate's conversation about a project: the recruiter while taken over, else the assistant.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Resolve(c => c.Source.ProjectId);
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.CandidateId);
        Field<NonNullGraphType<BooleanGraphType>>("takenOver").Description("True while the recruiter has it: the assistant answers nothing there.").Resolve(c => c.Source.TakenOver);
        Field<NonNullGraphType<StringGraphType>>("by").Description("The recruiter id of who changed it last.").Resolve(c => GrainKeys.IdOf(c.Source.By));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
    }
}
