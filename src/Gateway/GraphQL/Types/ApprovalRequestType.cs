using GraphQL.Types;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ApprovalRequestType : ObjectGraphType<ApprovalRequest>
{
    public ApprovalRequestType()
    {
        Name = "ApprovalRequest";
        Description = "A step of a plan that waits for the recruiter's decision.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("planId").Resolve(c => c.Source.PlanId);
        Field<NonNullGraphType<IntGraphType>>("stepIndex").Resolve(c => c.Source.StepIndex);
        Field<IdGraphType>("projectId").Description("The project the waiting plan works on, when it has one.").Resolve(c => c.Source.ProjectId);
        Field<NonNullGraphType<EnumerationGraphType<ApprovalAction>>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<EnumerationGraphType<AgentKind>>>("agent").Resolve(c => c.Source.Agent);
        Field<NonNullGraphType<StringGraphType>>("stepAction").Resolve(c => c.Source.StepAction);
        Field<NonNullGraphType<StringGraphType>>("summary").Resolve(c => c.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeyValueType>>>>("inputs").Resolve(c => c.Source.Inputs);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<EnumerationGraphType<ApprovalStatus>>>("status").Resolve(c => c.Source.Status);
        Field<ApprovalDecisionType>("decision").Resolve(c => c.Source.Decision);
    }
}
