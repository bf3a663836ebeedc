using System.Diagnostics;
using System.Globalization;
using Hiring.Agents.Identity;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Projects;
using Hiring.Talent;
using Hiring.Talent.Search;
using Hiring.Talent.Synthetic;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// A night's work: <c>projects</c> projects on a seeded pool, each with its autopilot set, then
/// <c>arrivals</c> new profiles stored; every project's run starts at once and the clock stops when
/// the last ends. While they run, recruiters post one message at a time and the time from each post
/// to its first plan is taken, with the same measure before the night for comparison.
/// </summary>
public sealed class AutopilotBench(TextWriter output)
{
    public async Task RunAsync(string dataDirectory, int profiles, int projects, int arrivals, int seed, int samples, CancellationToken cancellationToken)
    {
        await RecruitingBench.EnsurePoolAsync(output, dataDirectory, profiles, seed, cancellationToken);
        await using var host = await BenchHost.StartAsync(dataDirectory, services => services.AddSingleton(new EmbeddingWorkerOptions { BackfillOnStart = false }));
        using var tenant = TenantScope.For("bench");
        var night = $"n{DateTime.UtcNow:HHmmss}";
        var people = new SyntheticPoolGenerator().Generate(SyntheticPoolOptions.ThisMonth(arrivals, seed + 1000))
            .Select(p => (Specialty: p.Truth.Specialty, Profile: p.Profile with { Id = $"{night}-{p.Profile.Id}", UpdatedAt = DateTimeOffset.UtcNow }))
            .ToList();
        var roles = Roles(people, projects);
        var autopilots = new List<IProjectAutopilot>();
        foreach (var (title, skill, i) in roles.Select((r, i) => (r.Title, r.Skill, i)))
        {
            var key = GrainKeys.Project("bench", $"{night}-p{i}");
            var project = host.Client.GetGrain<IHiringProject>(key);
            await project.Create($"bench/{night}-owner{i}", new JobSpec(title, title.ToLowerInvariant(), "", [], RemotePolicy.Remote, EmploymentType.FullTime, "", [], null), [new Qualification("q1", skill, QualificationKind.MustHave, 1.0, 1, false, PolicyVerdict.Ok, QualificationOrigin.Request, QualificationCategory.Skill, skill)]);
            await project.Decide(new QualificationChange(["q1"], [], []));
            var autopilot = host.Client.GetGrain<IProjectAutopilot>(key);
            await autopilot.Configure(false, null, "bench");
            autopilots.Add(autopilot);
        }

        var (_, idle) = await SupervisorBench.FirstEventLatencyAsync(host.Client, samples, cancellationToken, $"{night}-idle");
        var store = host.App.Services.GetRequiredService<IProfileStore>();
        await store.UpsertAsync(TalentPoolScope.Public, [.. people.Select(p => p.Profile)], cancellationToken);

        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var autopilot in autopilots)
        {
            await autopilot.RunNow("bench");
        }

        var night0 = Task.Run(() => WaitForRunsAsync(autopilots, cancellationToken), cancellationToken);
        var during = new List<double>();
        while (!night0.IsCompleted && during.Count < samples)
        {
            var (_, planned) = await SupervisorBench.FirstEventLatencyAsync(host.Client, 1, cancellationToken, $"{night}-busy{during.Count}-");
            during.AddRange(planned);
        }

        var runs = await night0;
        var wall = clock.Elapsed;
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var scanned = runs.Sum(r => r.Counts.Scanned);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"pool {profiles:N0} profiles; {projects} projects; {arrivals:N0} new profiles; {Environment.ProcessorCount} cores; load {LoadAverage.Now()}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"the night: {wall.TotalSeconds:F1} s wall, {cpuUsed.TotalSeconds:F1} s CPU; {scanned:N0} profiles read and {runs.Sum(r => r.Counts.Evaluated):N0} evaluated across the runs ({scanned / wall.TotalSeconds:N0}/s); added {runs.Sum(r => r.Counts.Added):N0} ({runs.Sum(r => r.Counts.Strong):N0} strong); {runs.Count(r => r.Status == AutopilotRunStatus.Finished)} of {runs.Count} runs finished"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"first plan after a post, idle: p50 {Percentiles.Of(idle, 50):F1} ms, p99 {Percentiles.Of(idle, 99):F1} ms (n={idle.Count})"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"first plan after a post, during the night: p50 {Percentiles.Of(during, 50):F1} ms, p99 {Percentiles.Of(during, 99):F1} ms, max {Percentiles.Of(during, 100):F1} ms (n={during.Count})"));
        foreach (var (run, role) in runs.Zip(roles).Take(5))
        {
            await output.WriteLineAsync($"  {role.Title} (must: {role.Skill}): {run.Digest}");
        }
    }

    /// <summary>The most common specialties among the arrivals, each with its people's most common skill as the must-have.</summary>
    private static List<(string Title, string Skill)> Roles(List<(string Specialty, Hiring.Contracts.Talent.CandidateProfile Profile)> people, int projects) =>
        [.. people.GroupBy(p => p.Specialty)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(projects)
            .Select(g => (g.Key, g.SelectMany(p => p.Profile.Skills).GroupBy(s => s.ToLowerInvariant()).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key))];

    private static async Task<List<AutopilotRun>> WaitForRunsAsync(List<IProjectAutopilot> autopilots, CancellationToken cancellationToken)
    {
        while (true)
        {
            var latest = new List<AutopilotRun>();
            foreach (var autopilot in autopilots)
            {
                latest.Add((await autopilot.Runs(1))[0]);
            }

            if (latest.All(r => r.Status != AutopilotRunStatus.Running))
            {
                return latest;
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
