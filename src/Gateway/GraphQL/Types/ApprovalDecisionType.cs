using GraphQL.Types;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ApprovalDecisionType : ObjectGraphType<ApprovalDecision>
{
    public ApprovalDecisionType()
    {
        Name = "ApprovalDecision";
        Field<NonNullGraphType<EnumerationGraphType<ApprovalVerdict>>>("verdict").Resolve(c => c.Source.Verdict);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeyValueType>>>>("changes")
            .Resolve(c => c.Source.Changes ?? new Dictionary<string, string>());
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
    }
}
