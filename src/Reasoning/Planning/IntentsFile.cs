namespace Hiring.Reasoning.Planning;

/// <summary>prompts/builtin/intents.yaml.</summary>
public sealed class IntentsFile
{
    public const string FileName = "intents.yaml";

    public string Version { get; set; } = "";

    public double Threshold { get; set; }

    public double CueBoost { get; set; }

    public List<IntentSpec> Intents { get; set; } = [];
}
