namespace Hiring.Agents.Autopilot;

/// <summary>The schedule patterns of prompts/builtin/autopilot.yaml (see there).</summary>
public sealed class AutopilotScheduleWords
{
    public string EveryHours { get; set; } = "";

    public string Hourly { get; set; } = "";

    public string TwiceADay { get; set; } = "";

    public string At { get; set; } = "";

    public string Midnight { get; set; } = "";

    public string Clock { get; set; } = "";

    public string Evening { get; set; } = "";
}
