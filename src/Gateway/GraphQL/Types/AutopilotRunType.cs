using GraphQL.Types;
using Hiring.Contracts.Autopilot;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class AutopilotRunType : ObjectGraphType<AutopilotRun>
{
    public AutopilotRunType()
    {
        Name = "AutopilotRun";
        Description = "One run of a project's autopilot: what it read, evaluated and added, what it spent, and its digest.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("trigger").Description("'schedule', or who started it.").Resolve(c => c.Source.Trigger);
        Field<NonNullGraphType<EnumerationGraphType<AutopilotRunStatus>>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeOffsetGraphType>("finishedAt").Resolve(c => c.Source.FinishedAt);
        Field<NonNullGraphType<IntGraphType>>("scanned").Description("New or changed profiles read.").Resolve(c => c.Source.Counts.Scanned);
        Field<NonNullGraphType<IntGraphType>>("evaluated").Resolve(c => c.Source.Counts.Evaluated);
        Field<NonNullGraphType<IntGraphType>>("added").Description("Good matches added as Sourced.").Resolve(c => c.Source.Counts.Added);
        Field<NonNullGraphType<IntGraphType>>("strong").Description("Strong matches among those added.").Resolve(c => c.Source.Counts.Strong);
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Pipeline candidates whose changed profile was evaluated again.").Resolve(c => c.Source.Counts.Updated);
        Field<NonNullGraphType<IntGraphType>>("followUpsDue").Resolve(c => c.Source.Counts.FollowUpsDue);
        Field<NonNullGraphType<IntGraphType>>("approvalsWaiting").Resolve(c => c.Source.Counts.ApprovalsWaiting);
        Field<NonNullGraphType<IntGraphType>>("batches").Description("Checkpointed batches done.").Resolve(c => c.Source.Batches);
        Field<NonNullGraphType<IntGraphType>>("candidatesUsed").Description("Budget used: profiles.").Resolve(c => c.Source.Use.Candidates);
        Field<NonNullGraphType<LongGraphType>>("tokensUsed").Description("Budget used: model tokens.").Resolve(c => c.Source.Use.Tokens);
        Field<NonNullGraphType<DecimalGraphType>>("costUsed").Description("Budget used: model cost.").Resolve(c => c.Source.Use.Cost);
        Field<NonNullGraphType<FloatGraphType>>("seconds").Description("Budget used: wall time.").Resolve(c => c.Source.Use.WallTime.TotalSeconds);
        Field<StringGraphType>("stopReason").Resolve(c => c.Source.StopReason);
        Field<StringGraphType>("digest").Description("What the run did, for the recruiter.").Resolve(c => c.Source.Digest);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("matches").Description("The candidates it added (the first 50).").Resolve(c => c.Source.Matches);
    }
}
