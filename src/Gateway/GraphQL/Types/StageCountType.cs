using GraphQL.Types;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class StageCountType : ObjectGraphType<StageCount>
{
    public StageCountType()
    {
        Name = "StageCount";
        Description = "How many candidates of a project stand at one stage.";
        Field<NonNullGraphType<EnumerationGraphType<PipelineStage>>>("stage").Resolve(c => c.Source.Stage);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
