using GraphQL.Types;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ApprovalPolicyEntryType : ObjectGraphType<ApprovalPolicyEntry>
{
    public ApprovalPolicyEntryType()
    {
        Name = "ApprovalPolicyEntry";
        Field<NonNullGraphType<EnumerationGraphType<ApprovalAction>>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<EnumerationGraphType<ApprovalMode>>>("mode").Resolve(c => c.Source.Mode);
    }
}
