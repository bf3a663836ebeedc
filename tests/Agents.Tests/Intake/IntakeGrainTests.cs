using Hiring.Agents.Hosting;
using Hiring.Agents.Identity;
using Hiring.Agents.Intake;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Prompts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Intake;

/// <summary>The intake and tenant-history grains in a cluster with the product's storage; projects are in memory (the project grain is not intake's).</summary>
public sealed class IntakeGrainTests : IAsyncLifetime
{
    private static readonly FakeIntakeGrains Projects = new(TimeProvider.System);
    private readonly TempDataDirectory _data = new();
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hiring:Ai:Provider"] = "BuiltIn",
            [PromptLibrary.PathSetting] = PolicyResources.Prompts.Root,
        }).Build();
        _cluster = await TestClusters.StartAsync(silo =>
        {
            silo.AddHiringStorage(_data.Path);
            silo.Services.AddSingleton(IntakeHarness.Taxonomy);
            silo.Services.AddHiringReasoning(configuration);
            silo.Services.AddIntake();
            silo.Services.Replace(ServiceDescriptor.Singleton<IIntakeGrains>(sp => new ProjectsInMemoryHistoryInGrains(Projects, sp.GetRequiredService<IGrainFactory>())));
        });
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task AStepFromAnotherTenantIsRefusedAsNotFound()
    {
        var intake = _cluster.Client.GetGrain<IIntakeAgent>(GrainKeys.Project("t2", "p1"));
        var command = new StepCommand("k", "t3/rita", "p1", PlanActions.CreateProject, new Dictionary<string, string> { ["request"] = "x" }, RequestSlots.Empty);

        var error = await Assert.ThrowsAsync<AssistantRefusalException>(() => intake.Start(command));

        Assert.Equal(RefusalCodes.NotFound, error.Code);
    }

    [Fact]
    public async Task TheTenantHistoryKeepsProjectsAndHires()
    {
        var history = _cluster.Client.GetGrain<ITenantHistory>("t4");
        var spec = new JobSpec("Backend Engineer", "backend engineer", "senior", ["Berlin"], RemotePolicy.OnSite, EmploymentType.FullTime, "", []);

        await history.RecordProject("p1", "t4/rita", spec);
        await history.RecordHire("p1", "backend engineer", ["go", "docker", "go"]);

        Assert.Equal("p1", Assert.Single(await history.SimilarProjects("backend engineer", 3)).ProjectId);
        Assert.Equal(["docker", "go"], await history.PastHireSkills("backend engineer"));
    }

    /// <summary>Projects in memory, the tenant history through the real grain.</summary>
    private sealed class ProjectsInMemoryHistoryInGrains(FakeIntakeGrains projects, IGrainFactory factory) : IIntakeGrains
    {
        private readonly GrainFactoryIntakeGrains _grains = new(factory);

        public IIntakeProject Project(string tenant, string projectId) => projects.Project(tenant, projectId);

        public IIntakeHistory History(string tenant) => _grains.History(tenant);

        public Task<IReadOnlyList<Contracts.Memory.RecalledMemory>> RememberedAbout(string recruiterKey, string role, int max) => _grains.RememberedAbout(recruiterKey, role, max);
    }
}
