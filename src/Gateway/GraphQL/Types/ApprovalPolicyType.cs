using GraphQL.Types;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ApprovalPolicyType : ObjectGraphType<ApprovalPolicy>
{
    public ApprovalPolicyType()
    {
        Name = "ApprovalPolicy";
        Description = "Per action: ASK the recruiter first, or AUTO. Unset actions ask.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApprovalPolicyEntryType>>>>("entries")
            .Resolve(c => ApprovalPolicyEntry.Of(c.Source));
    }
}
