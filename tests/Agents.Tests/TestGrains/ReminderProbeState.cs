namespace Hiring.Agents.Tests.TestGrains;

[GenerateSerializer, Alias("hiring.tests.reminder-probe-state")]
public sealed class ReminderProbeState
{
    [Id(0)]
    public int Fired { get; set; }
}
