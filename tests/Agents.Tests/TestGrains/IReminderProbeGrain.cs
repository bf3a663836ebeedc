namespace Hiring.Agents.Tests.TestGrains;

public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task Register(TimeSpan dueTime, TimeSpan period);

    Task<int> Fired();
}
