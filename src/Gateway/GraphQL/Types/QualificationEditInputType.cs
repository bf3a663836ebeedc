using GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class QualificationEditInputType : InputObjectGraphType
{
    public QualificationEditInputType()
    {
        Name = "QualificationEditInput";
        Description = "A new wording for a qualification of the project.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The new wording, 1 to 500 characters.");
    }
}
