using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges.Llm;

/// <summary>
/// An LLM judge scoring 1 to 5 with a reason, from a rubric prompt in prompts/judges/ (reply-quality,
/// evaluation-accuracy, outreach-policy, outreach-personalization). Metric <c>score</c>; a judge that could not score leaves it
/// without a value and says why in an error diagnostic.
/// </summary>
public sealed class RubricJudge(string prompt, JudgeCall call) : IEvaluator
{
    public const string Score = "score";

    public string Prompt { get; } = prompt;

    public IReadOnlyCollection<string> EvaluationMetricNames => [Score];

    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var metric = new NumericMetric(Score);
        if (chatConfiguration is null)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error($"The {Prompt} judge needs a chat configuration (a model)."));
            return new EvaluationResult(metric);
        }

        var inputs = additionalContext?.OfType<RubricInputs>().FirstOrDefault()?.Values ?? new Dictionary<string, string>();
        var values = inputs.ToDictionary(v => v.Key, v => (object?)v.Value);
        var answer = await call.AskAsync(Prompt, values, chatConfiguration.ChatClient, CheckScore, cancellationToken);
        if (answer.Json is not { } json)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error(answer.Error ?? "no answer"));
            return new EvaluationResult(metric);
        }

        metric.Value = json.GetProperty("score").GetDouble();
        metric.Reason = json.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
        metric.AddOrUpdateMetadata("cached", answer.Cached ? "true" : "false");
        return new EvaluationResult(metric);
    }

    private static string? CheckScore(JsonElement json) =>
        json.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number && score.GetDouble() is >= 1 and <= 5 && score.GetDouble() % 1 == 0
            ? null
            : "\"score\" must be a whole number from 1 to 5.";
}
