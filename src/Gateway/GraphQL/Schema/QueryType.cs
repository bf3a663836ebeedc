using GraphQL.Types;
using Hiring.Gateway.GraphQL.Schema.Assistant;
using Hiring.Gateway.GraphQL.Schema.Memory;
using Hiring.Gateway.GraphQL.Schema.Outreach;
using Hiring.Gateway.GraphQL.Schema.Privacy;
using Hiring.Gateway.GraphQL.Schema.Projects;
using Hiring.Gateway.GraphQL.Schema.Scheduling;
using Hiring.Gateway.GraphQL.Schema.Screening;
using Hiring.Gateway.GraphQL.Schema.Talent;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema;

/// <summary>The query root. Each feature adds its fields from its own file (one line here per feature).</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<NonNullGraphType<RecruiterType>>("me").Resolve(c => c.Recruiter());
        AssistantQueries.AddTo(this);
        DigestFields.AddQueries(this);
        ProjectQueries.AddTo(this);
        TalentQueries.AddTo(this);
        ScreeningQueries.AddTo(this);
        OutreachQueries.AddTo(this);
        SchedulingFields.AddQueries(this);
        MemoryFields.AddQueries(this);
        ActionFields.AddQueries(this);
        AutopilotFields.AddQueries(this);
        PrivacyFields.AddQueries(this);
    }
}
