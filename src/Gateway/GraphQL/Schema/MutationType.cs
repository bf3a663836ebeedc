using GraphQL.Types;
using Hiring.Gateway.GraphQL.Schema.Assistant;
using Hiring.Gateway.GraphQL.Schema.Memory;
using Hiring.Gateway.GraphQL.Schema.Privacy;
using Hiring.Gateway.GraphQL.Schema.Projects;
using Hiring.Gateway.GraphQL.Schema.Scheduling;
using Hiring.Gateway.GraphQL.Schema.Screening;

namespace Hiring.Gateway.GraphQL.Schema;

/// <summary>The mutation root. Each feature adds its fields from its own file (one line here per feature).</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        AssistantMutations.AddTo(this);
        DigestFields.AddMutations(this);
        ProjectMutations.AddTo(this);
        QualificationMutations.AddTo(this);
        ScreeningMutations.AddTo(this);
        SchedulingFields.AddMutations(this);
        MemoryFields.AddMutations(this);
        ActionFields.AddMutations(this);
        AutopilotFields.AddMutations(this);
        PrivacyFields.AddMutations(this);
    }
}
