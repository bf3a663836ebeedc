using GraphQL.Types;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Schema;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class RecruiterType : ObjectGraphType<RecruiterIdentity>
{
    public RecruiterType()
    {
        Name = "Recruiter";
        Description = "The authenticated recruiter.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Recruiter);
        Field<NonNullGraphType<StringGraphType>>("tenant").Resolve(c => c.Source.Tenant);
        Field<NonNullGraphType<BooleanGraphType>>("operator")
            .Description("True when the recruiter is an operator (Hiring:Operators), who may erase candidates.")
            .Resolve(c => c.Service<OperatorList>().Includes(c.Source));
    }
}
