using System.Text;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Evaluation;

/// <summary>prompts/builtin/evaluation.yaml: the built-in evaluator's thresholds and the sentences it writes.</summary>
public sealed class EvaluationRules
{
    public const string FileName = "evaluation.yaml";
    public const string ResourceName = "builtin/evaluation";

    public string Version { get; set; } = "";

    /// <summary>Cosine at or above which an "Other" qualification is Met.</summary>
    public double SimilarityMet { get; set; }

    /// <summary>Cosine at or above which an "Other" qualification is Partial.</summary>
    public double SimilarityPartial { get; set; }

    /// <summary>At most this many quotes per assessment.</summary>
    public int MaxQuotes { get; set; } = 3;

    /// <summary>Words of spoken-language fluency and their rank (1 elementary … 4 native).</summary>
    public Dictionary<string, int> LanguageLevels { get; set; } = [];

    /// <summary>Labels that open a list of the languages a person speaks ("Languages: …"): a language not in it is NotMet.</summary>
    public List<string> LanguageListLabels { get; set; } = [];

    /// <summary>The last word of a field and the practitioner's ("development" → "developer"), so years of a field no role names count the roles of its practitioner's family.</summary>
    public Dictionary<string, string> FieldPractitioners { get; set; } = [];

    public Dictionary<string, string> Messages { get; set; } = [];

    public static EvaluationRules Load(PromptLibrary library) => BuiltInResource.Load<EvaluationRules>(library, FileName);

    /// <summary>The message <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Say(string key, params (string Name, string Value)[] values)
    {
        if (!Messages.TryGetValue(key, out var template))
        {
            throw new InvalidDataException($"prompts/builtin/{FileName} has no message '{key}'.");
        }

        var text = new StringBuilder(template);
        foreach (var (name, value) in values)
        {
            text.Replace("{" + name + "}", value);
        }

        return text.ToString();
    }
}
