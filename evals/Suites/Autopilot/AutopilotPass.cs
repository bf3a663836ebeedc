using Hiring.Agents.Autopilot;
using Hiring.Contracts.Projects;

namespace Hiring.Evals.Suites.Autopilot;

/// <summary>
/// One autopilot run for a project, batch by batch as <see cref="ProjectAutopilotGrain"/> drives it:
/// the feed read from the heads taken when autopilot was turned on, each batch working from the
/// project as the last one left it (the shortlist and what earlier batches added in its pipeline and
/// never added again), until the feed is exhausted. Returns whom the run added, in order.
/// </summary>
public sealed class AutopilotPass(AutopilotBatchRunner runner, IReadOnlyDictionary<string, long> heads, int batchSize)
{
    public const string Project = "autopilot-eval";

    public async Task<IReadOnlyList<string>> RunAsync(JobSpec spec, IReadOnlyList<Qualification> approved, IReadOnlyList<string> shortlist, CancellationToken cancellationToken)
    {
        var pipeline = shortlist.Select(id => new PipelineEntry(id, PipelineStage.Sourced, [])).ToList();
        var cursors = heads;
        var added = new List<string>();
        for (var batch = 1; ; batch++)
        {
            var snapshot = new ProjectSnapshot(Project, spec, approved, [.. pipeline], Owner: null, DateTimeOffset.UnixEpoch);
            var excluded = pipeline.Select(e => e.CandidateId).ToHashSet(StringComparer.Ordinal);
            var work = new AutopilotWork(EvalContexts.Tenant, $"{EvalContexts.Tenant}/{Project}", snapshot, approved, excluded, cursors, $"run-{batch}", batchSize);
            var result = await runner.RunAsync(work, cancellationToken);
            if (result.Exhausted)
            {
                return added;
            }

            cursors = result.Cursors;
            foreach (var match in result.Matches.Where(m => excluded.Add(m.CandidateId)))
            {
                added.Add(match.CandidateId);
                pipeline.Add(new PipelineEntry(match.CandidateId, PipelineStage.Sourced, [], match.Score, match.Why));
            }
        }
    }
}
