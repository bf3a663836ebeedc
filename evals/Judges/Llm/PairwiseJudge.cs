using System.Text.Json;
using Hiring.Evals.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges.Llm;

/// <summary>
/// Which of two answers to one input is better, asked twice with the answers swapped (prompts/judges/pairwise).
/// Metrics: <c>preferred</c> ("first", "second", "tie", or "inconsistent" when the two orders disagree)
/// and <c>position_flip</c> (true when the verdict followed the position rather than the answer);
/// the report turns the flips into <c>pairwise_flip_rate</c>.
/// </summary>
public sealed class PairwiseJudge(JudgeCall call) : IEvaluator
{
    public const string Prompt = "judges/pairwise";
    public const string Preferred = "preferred";
    public const string Flip = SplitRunner.FlipMetric;

    public IReadOnlyCollection<string> EvaluationMetricNames => [Preferred, Flip];

    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var preferred = new StringMetric(Preferred);
        var flip = new BooleanMetric(Flip);
        var inputs = additionalContext?.OfType<PairwiseInputs>().FirstOrDefault();
        if (chatConfiguration is null || inputs is null)
        {
            var error = EvaluationDiagnostic.Error("The pairwise judge needs a model and two answers.");
            preferred.AddDiagnostics(error);
            flip.AddDiagnostics(error);
            return new EvaluationResult(preferred, flip);
        }

        var forward = await AskAsync(inputs.Input, inputs.First, inputs.Second, inputs.Criteria, chatConfiguration.ChatClient, cancellationToken);
        var backward = await AskAsync(inputs.Input, inputs.Second, inputs.First, inputs.Criteria, chatConfiguration.ChatClient, cancellationToken);
        if ((forward.Error ?? backward.Error) is { } failure)
        {
            var error = EvaluationDiagnostic.Error(failure);
            preferred.AddDiagnostics(error);
            flip.AddDiagnostics(error);
            return new EvaluationResult(preferred, flip);
        }

        // Forward: A is the first answer. Backward: A is the second.
        var first = Winner(forward.Json!.Value) switch { "A" => "first", "B" => "second", _ => "tie" };
        var second = Winner(backward.Json!.Value) switch { "A" => "second", "B" => "first", _ => "tie" };
        var consistent = first == second;
        preferred.Value = consistent ? first : "inconsistent";
        preferred.Reason = $"answers in order: {first}; swapped: {second}";
        flip.Value = !consistent;
        return new EvaluationResult(preferred, flip);
    }

    private Task<JudgeAnswer> AskAsync(string input, string a, string b, string criteria, IChatClient client, CancellationToken cancellationToken) =>
        call.AskAsync(
            Prompt,
            new Dictionary<string, object?> { ["input"] = input, ["answer_a"] = a, ["answer_b"] = b, ["criteria"] = criteria },
            client,
            json => Winner(json) is "A" or "B" or "tie" ? null : "\"winner\" must be \"A\", \"B\" or \"tie\".",
            cancellationToken);

    private static string? Winner(JsonElement json) => json.TryGetProperty("winner", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
}
