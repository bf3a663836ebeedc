using System.Diagnostics;
using Hiring.Agents.Identity;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Talent;
using Hiring.Talent.Search;
using Hiring.Talent.Synthetic;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// Time from a recruiter's first message to a shortlist, with the built-in engine, on a seeded
/// pool: request → spec and qualifications → calibration → "find candidates" → sourcing and
/// evaluation loop → shortlist. Approvals are set to auto so the clock measures the assistant.
/// </summary>
public sealed class RecruitingBench(TextWriter output)
{
    private static readonly ApprovalAction[] Auto = [ApprovalAction.ApplyQualificationChange, ApprovalAction.StartSourcing, ApprovalAction.Advance];

    public async Task RunAsync(string dataDirectory, int profiles, int seed, CancellationToken cancellationToken)
    {
        await EnsurePoolAsync(output, dataDirectory, profiles, seed, cancellationToken);
        await using var host = await BenchHost.StartAsync(dataDirectory, services => services.AddSingleton(new EmbeddingWorkerOptions { BackfillOnStart = false }));
        using var tenant = TenantScope.For("bench");
        var recruiter = GrainKeys.Recruiter("bench", $"r{DateTime.UtcNow:HHmmss}");
        var supervisor = host.Client.GetGrain<IRecruiterSupervisor>(recruiter);
        foreach (var action in Auto)
        {
            await supervisor.SetPolicy(action, ApprovalMode.Auto);
        }

        var clock = Stopwatch.StartNew();
        var first = await supervisor.Post(new MessageEnvelope("bench-1", "I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years"));
        var intake = await WaitForPlanAsync(supervisor, $"m{first.InboxSequence}", cancellationToken);
        var afterIntake = clock.Elapsed;
        var second = await supervisor.Post(new MessageEnvelope("bench-2", "Find senior Go engineers in Berlin"));
        var sourcing = await WaitForPlanAsync(supervisor, $"m{second.InboxSequence}", cancellationToken);
        var total = clock.Elapsed;

        var projects = (await supervisor.EventsAfter(0, 1000)).Count(e => e.Kind == AssistantEventKind.StepCompleted);
        var project = host.Client.GetGrain<IHiringProject>(GrainKeys.Project("bench", $"{GrainKeys.IdOf(recruiter)}.p{first.InboxSequence}"));
        var snapshot = await project.Snapshot();
        var shortlisted = snapshot.Pipeline.Count(p => p.Stage == PipelineStage.Shortlisted);
        await output.WriteLineAsync($"pool: {profiles:N0} profiles (seed {seed}); intake plan {intake}, sourcing plan {sourcing}; {projects} steps completed");
        await output.WriteLineAsync($"request → spec, qualifications and calibration batch: {afterIntake.TotalSeconds:F1} s");
        await output.WriteLineAsync($"first message → shortlist of {shortlisted} ({snapshot.Pipeline.Count} in the pipeline): {total.TotalSeconds:F1} s");
    }

    /// <summary>Seeds the public pool of <paramref name="dataDirectory"/> to <paramref name="profiles"/> when it holds fewer (not part of any measurement).</summary>
    internal static async Task EnsurePoolAsync(TextWriter output, string dataDirectory, int profiles, int seed, CancellationToken cancellationToken)
    {
        using var services = TalentServices.Open(dataDirectory);
        var store = services.GetRequiredService<IProfileStore>();
        if (await store.CountAsync(TalentPoolScope.Public, cancellationToken) >= profiles)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var result = await services.GetRequiredService<SyntheticPoolSeeder>().SeedAsync(SyntheticPoolOptions.ThisMonth(profiles, seed), cancellationToken: cancellationToken);
        await output.WriteLineAsync($"seeded {result.Inserted:N0} profiles in {clock.Elapsed.TotalSeconds:F1} s (not part of the measurement)");
    }

    private static async Task<string> WaitForPlanAsync(IRecruiterSupervisor supervisor, string planId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var end = (await supervisor.EventsAfter(0, 2000)).LastOrDefault(e => e.PlanId == planId && e.Kind is AssistantEventKind.PlanCompleted or AssistantEventKind.PlanFailed);
            if (end is not null)
            {
                return end.Kind == AssistantEventKind.PlanCompleted ? "completed" : $"failed: {end.Text}";
            }

            await Task.Delay(20, cancellationToken);
        }
    }
}
