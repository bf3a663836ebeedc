using GraphQL.Types;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class QualificationType : ObjectGraphType<Qualification>
{
    public QualificationType()
    {
        Name = "Qualification";
        Description = "One requirement of the role; only approved, policy-allowed ones are used by evaluation and sourcing.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<EnumerationGraphType<QualificationKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<FloatGraphType>>("weight").Resolve(c => c.Source.Weight);
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<BooleanGraphType>>("approved").Resolve(c => c.Source.Approved);
        Field<NonNullGraphType<PolicyVerdictType>>("policy").Resolve(c => c.Source.Policy);
        Field<NonNullGraphType<EnumerationGraphType<QualificationOrigin>>>("origin").Resolve(c => c.Source.Origin);
        Field<NonNullGraphType<EnumerationGraphType<QualificationCategory>>>("category").Resolve(c => c.Source.Category);
        Field<StringGraphType>("subject").Resolve(c => c.Source.Subject);
        Field<IntGraphType>("minYears").Resolve(c => c.Source.MinYears);
    }
}
