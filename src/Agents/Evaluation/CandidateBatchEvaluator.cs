using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Tasks;
using Hiring.Talent;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// Evaluates many candidates at once with bounded parallelism: each profile is loaded from the
/// tenant's private pool or the public pool, masked, and only then assessed.
/// </summary>
public sealed class CandidateBatchEvaluator(
    IProfileStore store,
    IProfileMasker masker,
    IReasoningTask<EvaluationRequest, CandidateEvaluation> task,
    IOptions<EvaluationOptions> options)
{
    /// <summary>
    /// Evaluations in the order of <paramref name="candidateIds"/>; ids with no profile in either pool are
    /// left out. Each checks the constraints (place, level) of <paramref name="spec"/>, when one is given.
    /// </summary>
    public async Task<IReadOnlyList<CandidateEvaluation>> EvaluateAsync(
        string tenant,
        IReadOnlyList<string> candidateIds,
        IReadOnlyList<Qualification> qualifications,
        ReasoningContext context,
        JobSpec? spec = null,
        CancellationToken cancellationToken = default)
    {
        var results = new CandidateEvaluation?[candidateIds.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, candidateIds.Count), Parallelism(options.Value.MaxParallelism, cancellationToken), async (i, token) =>
        {
            if (await LoadAsync(tenant, candidateIds[i], token) is { } profile)
            {
                results[i] = await task.RunAsync(new EvaluationRequest(masker.Mask(profile), qualifications, spec), context, token);
            }
        });
        return [.. results.OfType<CandidateEvaluation>()];
    }

    /// <summary>
    /// Evaluations of profiles already read (the autopilot's change feed), in their order, with at
    /// most <paramref name="parallelism"/> at once: background work leaves cores to interactive work.
    /// </summary>
    public async Task<IReadOnlyList<CandidateEvaluation>> EvaluateProfilesAsync(
        IReadOnlyList<CandidateProfile> profiles,
        IReadOnlyList<Qualification> qualifications,
        ReasoningContext context,
        JobSpec? spec,
        int parallelism,
        CancellationToken cancellationToken = default)
    {
        var results = new CandidateEvaluation[profiles.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, profiles.Count), Parallelism(parallelism, cancellationToken), async (i, token) =>
            results[i] = await task.RunAsync(new EvaluationRequest(masker.Mask(profiles[i]), qualifications, spec), context, token));
        return results;
    }

    private static ParallelOptions Parallelism(int degree, CancellationToken cancellationToken) => new()
    {
        MaxDegreeOfParallelism = Math.Max(1, degree),
        CancellationToken = cancellationToken,
        // Inside a grain the current scheduler runs one thing at a time; the work must go to the thread pool to be parallel.
        TaskScheduler = TaskScheduler.Default,
    };

    /// <summary>A profile of the tenant's private pool, else of the public pool, else null.</summary>
    public async Task<CandidateProfile?> LoadAsync(string tenant, string candidateId, CancellationToken cancellationToken = default) =>
        await store.GetAsync(TalentPoolScope.Private(tenant), candidateId, cancellationToken)
        ?? await store.GetAsync(TalentPoolScope.Public, candidateId, cancellationToken);
}
