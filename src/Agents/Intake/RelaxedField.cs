namespace Hiring.Agents.Intake;

/// <summary>The spec fields a change can let go, as intake.yaml's relax_fields names them.</summary>
public static class RelaxedField
{
    public const string Location = "location";
    public const string Seniority = "seniority";
    public const string Years = "years";
}
