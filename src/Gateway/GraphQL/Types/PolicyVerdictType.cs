using GraphQL.Types;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class PolicyVerdictType : ObjectGraphType<PolicyVerdict>
{
    public PolicyVerdictType()
    {
        Name = "PolicyVerdict";
        Description = "The responsible-AI check of a qualification; a refused one can never be approved.";
        Field<NonNullGraphType<BooleanGraphType>>("allowed").Resolve(c => c.Source.Allowed);
        Field<StringGraphType>("reason").Resolve(c => c.Source.Reason);
        Field<StringGraphType>("rewording").Description("A lawful way to ask for what may actually be needed.").Resolve(c => c.Source.Rewording);
        Field<StringGraphType>("attribute").Description("The protected attribute concerned, when refused.").Resolve(c => c.Source.Attribute);
    }
}
