using Hiring.Agents.Outreach;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Learning;

/// <summary>prompts/builtin/learning.yaml: when a pattern in the recruiter's decisions is clear enough to propose, and how proposals are worded.</summary>
public sealed class LearningRules
{
    public const string FileName = "learning.yaml";

    public string Version { get; set; } = "";

    public int MinAccepted { get; set; } = 4;

    public int MinPassed { get; set; } = 3;

    public double MinShareAccepted { get; set; } = 0.6;

    public double MinCorrelation { get; set; } = 0.4;

    public double Significance { get; set; } = 0.05;

    public double RelaxRatio { get; set; } = 0.5;

    public double MustShare { get; set; } = 0.75;

    public int MaxProposals { get; set; } = 2;

    public int MaxNamed { get; set; } = 6;

    public Dictionary<string, string> Messages { get; set; } = [];

    public static LearningRules Load(PromptLibrary library) => BuiltInResource.Load<LearningRules>(library, FileName);

    /// <summary>The message <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Say(string key, params (string Name, string Value)[] values) =>
        Placeholders.Fill(
            Messages.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"prompts/builtin/{FileName} has no 'messages.{key}'."),
            values);
}
