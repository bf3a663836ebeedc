namespace Hiring.Reasoning.Planning;

/// <summary>One step an intent plans, as written in prompts/builtin/intents.yaml.</summary>
public sealed class StepSpec
{
    public string Agent { get; set; } = "";

    public string Action { get; set; } = "";

    public string Approval { get; set; } = "None";

    public Dictionary<string, string> Inputs { get; set; } = [];
}
