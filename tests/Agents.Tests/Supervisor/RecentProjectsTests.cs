using Hiring.Agents.Supervisor.State;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>The projects a recruiter worked on before the current one, which a message may go back to by name.</summary>
public sealed class RecentProjectsTests
{
    [Fact]
    public void WorkingOnAnotherProjectKeepsThePreviousOnesMostRecentFirst()
    {
        var state = new SupervisorState();

        state.WorkOn("p1");
        state.WorkOn("p2");
        state.WorkOn("p3");
        state.WorkOn("p1");

        Assert.Equal("p1", state.CurrentProjectId);
        Assert.Equal(["p3", "p2"], state.RecentProjectIds);
    }

    [Fact]
    public void TheRecentProjectsAreBounded()
    {
        var state = new SupervisorState();

        for (var i = 0; i < SupervisorState.MaxRecentProjects + 5; i++)
        {
            state.WorkOn($"p{i}");
        }

        Assert.Equal(SupervisorState.MaxRecentProjects, state.RecentProjectIds.Count);
        Assert.Equal($"p{SupervisorState.MaxRecentProjects + 3}", state.RecentProjectIds[0]);
    }
}
