using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hiring.Agents.Sourcing;

/// <summary>Names of the step inputs and outputs sourcing reads and writes, and how values are written.</summary>
public static class SourcingInputs
{
    /// <summary>Input: how many candidates to add (search) or show (calibrate).</summary>
    public const string Count = "count";

    /// <summary>Input: terms to exclude, comma-separated ("php, company:acme").</summary>
    public const string Exclude = "exclude";

    /// <summary>Input and output: the loop iteration (1 for a search the recruiter asked for).</summary>
    public const string Iteration = "sourcing.iteration";

    /// <summary>Input: the adjusted query plan (JSON) of the next iteration.</summary>
    public const string Plan = "sourcing.plan";

    /// <summary>Output: the boolean query used.</summary>
    public const string Query = "sourcing.query";

    /// <summary>Output: ids added to the pipeline, comma-separated.</summary>
    public const string Candidates = "candidates";

    /// <summary>Output: how many candidates the calibration batch holds.</summary>
    public const string CalibrationCount = "calibration.count";

    /// <summary>Output of calibrate: the batch, comma-separated, in the order shown.</summary>
    public const string CalibrationCandidates = "calibration.candidates";

    /// <summary>
    /// Input of record-feedback: the open question's candidates, comma-separated, in the order shown, so
    /// "1 and 3" can be read (the planner's name for them); without it, the last calibration batch.
    /// </summary>
    public const string Shown = "shown";

    /// <summary>Input: the recruiter's message (record-feedback reads their words about the candidates shown).</summary>
    public const string Request = "request";

    /// <summary>Input: the recruiter's answer to the open question, when the planner passes it apart ("request" then holds what was asked about).</summary>
    public const string Answer = "answer";

    /// <summary>Input: the recruiter's words about candidates, when a step passes them apart from the message.</summary>
    public const string Feedback = "feedback";

    /// <summary>Inputs of a thumbs rating: the candidate, "up" or "down", and the reason given, if any.</summary>
    public const string Candidate = "candidate";
    public const string Verdict = "verdict";
    public const string Reason = "reason";

    /// <summary>Outputs of record-feedback: the candidates liked and disliked, comma-separated.</summary>
    public const string FeedbackLiked = "feedback.liked";
    public const string FeedbackDisliked = "feedback.disliked";

    /// <summary>Inputs from evaluation: how many it assessed, how many were good, which.</summary>
    public const string Evaluated = "evaluated.count";
    public const string Good = "good.count";
    public const string GoodIds = "good.ids";

    /// <summary>Outputs of refine-search: the metrics and the decision.</summary>
    public const string Precision = "sourcing.precision";
    public const string Liquidity = "sourcing.liquidity";
    public const string Decision = "sourcing.decision";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static int? Number(IReadOnlyDictionary<string, string> inputs, string name) =>
        inputs.TryGetValue(name, out var text) && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static IReadOnlyList<string> List(IReadOnlyDictionary<string, string> inputs, string name) =>
        inputs.TryGetValue(name, out var text) ? [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static QueryPlan? PlanFrom(IReadOnlyDictionary<string, string> inputs)
    {
        if (!inputs.TryGetValue(Plan, out var json) || string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<QueryPlan>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
