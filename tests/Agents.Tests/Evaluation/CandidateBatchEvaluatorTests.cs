using Hiring.Agents.Evaluation;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Talent;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Tasks;
using Hiring.Talent;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Tests.Evaluation;

public sealed class CandidateBatchEvaluatorTests
{
    [Fact]
    public async Task CandidatesAreEvaluatedSeveralAtOnceButNeverMoreThanTheBound()
    {
        var store = new InMemoryProfileStore();
        var ids = Enumerable.Range(0, 12).Select(i => $"c{i}").ToArray();
        await store.UpsertAsync(TalentPoolScope.Public, [.. ids.Select(id => ProfileBuilder.Person(id).Named($"Name {id}").Build())]);
        var task = new GatedTask(arrivalsBeforeRelease: 3);
        var masker = new TestMasker();
        var evaluator = new CandidateBatchEvaluator(store, masker, task, Options.Create(new EvaluationOptions { MaxParallelism = 3 }));

        var evaluations = await evaluator.EvaluateAsync("t1", [.. ids, "missing"], [Quals.Skill("q1", "go")], ReasoningContext.None).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(ids, evaluations.Select(e => e.CandidateId));
        Assert.Equal(3, task.MostAtOnce);
        Assert.Equal(12, masker.Masked);
        Assert.True(task.SawOnlyMaskedProfiles);
    }

    /// <summary>Holds every call until <c>arrivalsBeforeRelease</c> calls are in flight together, which only parallel callers can reach.</summary>
    private sealed class GatedTask(int arrivalsBeforeRelease) : IReasoningTask<EvaluationRequest, CandidateEvaluation>
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight;
        private int _most;
        private int _unmasked;

        public string Name => EvaluationTask.Name;

        public ModelTier Tier => EvaluationTask.Tier;

        public int MostAtOnce => _most;

        public bool SawOnlyMaskedProfiles => _unmasked == 0;

        public async Task<CandidateEvaluation> RunAsync(EvaluationRequest input, ReasoningContext context, CancellationToken cancellationToken = default)
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _most, now);
            if (input.Masked.Name.Length > 0)
            {
                Interlocked.Increment(ref _unmasked);
            }

            if (now >= arrivalsBeforeRelease)
            {
                _release.TrySetResult();
            }

            await _release.Task.WaitAsync(cancellationToken);
            Interlocked.Decrement(ref _inFlight);
            return new CandidateEvaluation(input.Masked.Id, [], 0, Recommendation.Possible, "", new Provenance(ReasoningEngine.BuiltIn, "gate", "gate", "1", Tier));
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
