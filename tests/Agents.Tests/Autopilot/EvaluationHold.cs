using Hiring.Agents.Evaluation;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Autopilot;

/// <summary>The built-in evaluator, except that evaluating <see cref="CandidateId"/> waits until released: a run stopped mid-batch, where a test can kill the silo.</summary>
internal sealed class EvaluationHold(string candidateId)
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string CandidateId => candidateId;

    /// <summary>Completes when the held evaluation has started.</summary>
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release.TrySetResult();

    public IReasoningTask<EvaluationRequest, CandidateEvaluation> Around(IReasoningTask<EvaluationRequest, CandidateEvaluation> inner) => new Task(this, inner);

    private sealed class Task(EvaluationHold hold, IReasoningTask<EvaluationRequest, CandidateEvaluation> inner) : IReasoningTask<EvaluationRequest, CandidateEvaluation>
    {
        public string Name => inner.Name;

        public ModelTier Tier => inner.Tier;

        public async Task<CandidateEvaluation> RunAsync(EvaluationRequest input, ReasoningContext context, CancellationToken cancellationToken = default)
        {
            if (input.Masked.Id == hold.CandidateId)
            {
                hold.Reached.TrySetResult();
                await hold._release.Task.WaitAsync(cancellationToken);
            }

            return await inner.RunAsync(input, context, cancellationToken);
        }
    }
}
