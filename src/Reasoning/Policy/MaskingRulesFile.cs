namespace Hiring.Reasoning.Policy;

/// <summary>prompts/builtin/masking.yaml: what the PII masker removes or neutralises.</summary>
public sealed class MaskingRulesFile
{
    public const string FileName = "masking.yaml";

    public string Version { get; set; } = "";

    public string PlaceholderName { get; set; } = "";

    public string CourtesyTitles { get; set; } = "";

    public Dictionary<string, string> NeutralWords { get; set; } = [];

    public List<string> Remove { get; set; } = [];
}
