using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>
/// A judge without a model: an <see cref="IEvaluator"/> that reads what it compares from its own
/// <see cref="EvaluationContext"/> (expected and actual), so every judge, deterministic or LLM, has one shape.
/// </summary>
public abstract class DeterministicJudge<TContext> : IEvaluator
    where TContext : EvaluationContext
{
    public abstract string Name { get; }

    public abstract IReadOnlyCollection<string> EvaluationMetricNames { get; }

    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var context = additionalContext?.OfType<TContext>().FirstOrDefault()
            ?? throw new ArgumentException($"The {Name} judge needs a {typeof(TContext).Name}.", nameof(additionalContext));
        return ValueTask.FromResult(Evaluate(context));
    }

    /// <summary>Judges without the chat ceremony: the context is all it needs.</summary>
    public EvaluationResult Evaluate(TContext context) => Score(context);

    protected abstract EvaluationResult Score(TContext context);
}
