using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>Mutation fields of hiring projects: move a candidate through the pipeline.</summary>
public static class ProjectMutations
{
    public const int MaxWhy = 2000;

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PipelineEntryType>>("moveCandidate")
            .Description("Moves a candidate of the project's pipeline to a stage, recording the recruiter and the reason.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .Argument<NonNullGraphType<EnumerationGraphType<PipelineStage>>>("stage")
            .Argument<NonNullGraphType<StringGraphType>>("why")
            .ResolveAsync(async c =>
            {
                var projectId = c.GetArgument<string>("projectId");
                var why = c.GetArgument<string>("why").Trim();
                if (why.Length is 0 or > MaxWhy)
                {
                    throw new ExecutionError($"why must be 1 to {MaxWhy} characters.") { Code = RefusalCodes.Invalid };
                }

                var project = c.Project(projectId);
                var moved = await project.Move(c.GetArgument<string>("candidateId"), c.GetArgument<PipelineStage>("stage"), c.Recruiter().RecruiterKey, why);
                return new PipelineEntryView(projectId, moved);
            });
    }
}
