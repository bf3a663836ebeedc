using GraphQL.Types;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class StageMoveType : ObjectGraphType<StageMove>
{
    public StageMoveType()
    {
        Name = "StageMove";
        Field<EnumerationGraphType<PipelineStage>>("from").Description("Null when the candidate entered the pipeline.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<EnumerationGraphType<PipelineStage>>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<StringGraphType>>("by").Description("A recruiter key, or \"assistant\".").Resolve(c => c.Source.By);
        Field<NonNullGraphType<StringGraphType>>("why").Resolve(c => c.Source.Why);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
    }
}
