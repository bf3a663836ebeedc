namespace Hiring.Agents.Supervisor;

/// <summary>prompts/builtin/supervisor.yaml.</summary>
public sealed class SupervisorMessagesFile
{
    public string Version { get; set; } = "";

    public Dictionary<string, string> Messages { get; set; } = [];
}
