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
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelism),
            CancellationToken = cancellationToken,
            // Inside a grain the current scheduler runs one thing at a time; the work must go to the thread pool to be parallel.
            TaskScheduler = TaskScheduler.Default,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, candidateIds.Count), parallel, async (i, token) =>
        {
            if (await LoadAsync(tenant, candidateIds[i], token) is { } profile)
            {
                results[i] = await task.RunAsync(new EvaluationRequest(masker.Mask(profile), qualifications, spec), context, token);
            }
        });
        return [.. results.OfType<CandidateEvaluation>()];
    }

    /// <summary>A profile of the tenant's private pool, else of the public pool, else null.</summary>
    public async Task<CandidateProfile?> LoadAsync(string tenant, string candidateId, CancellationToken cancellationToken = default) =>
        await store.GetAsync(TalentPoolScope.Private(tenant), candidateId, cancellationToken)
        ?? await store.GetAsync(TalentPoolScope.Public, candidateId, cancellationToken);
}
