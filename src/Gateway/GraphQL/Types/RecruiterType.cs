using GraphQL.Types;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class RecruiterType : ObjectGraphType<RecruiterIdentity>
{
    public RecruiterType()
    {
        Name = "Recruiter";
        Description = "The authenticated recruiter.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Recruiter);
        Field<NonNullGraphType<StringGraphType>>("tenant").Resolve(c => c.Source.Tenant);
    }
}
