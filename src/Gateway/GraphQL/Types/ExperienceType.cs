using GraphQL.Types;
using Hiring.Contracts.Talent;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ExperienceType : ObjectGraphType<Experience>
{
    public ExperienceType()
    {
        Name = "Experience";
        Field<NonNullGraphType<StringGraphType>>("company").Resolve(c => c.Source.Company);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<DateOnlyGraphType>>("start").Resolve(c => c.Source.Start);
        Field<DateOnlyGraphType>("end").Description("Null while current.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
    }
}
