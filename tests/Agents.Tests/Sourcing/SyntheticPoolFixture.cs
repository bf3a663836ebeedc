using Hiring.Agents.Persistence;
using Hiring.Agents.Sourcing;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Sourcing.Feedback;
using Hiring.Agents.Sourcing.Remembered;
using Hiring.Agents.Tests.Sourcing.Remembered;
using Hiring.Agents.Sourcing.Variants;
using Hiring.Agents.Tests.Talent;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Storage;
using Hiring.Talent.Insights;
using Hiring.Talent.Synthetic;

namespace Hiring.Agents.Tests.Sourcing;

/// <summary>
/// A small synthetic public pool (fixed seed) indexed once in a temporary folder, with the sourcing
/// services over it wired as AddSourcing wires them (built-in engine, hashing embedder for speed).
/// </summary>
public sealed class SyntheticPoolFixture : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 11, 1);
    private readonly TempDataDirectory _logs = new();

    internal SearchHarness Harness { get; } = new();

    public IReadOnlyDictionary<string, CandidateProfile> Profiles { get; private set; } = new Dictionary<string, CandidateProfile>();

    public SourcingOptions Options { get; } = new();

    public TimeProvider Clock { get; } = new FakeTimeProvider(new DateTimeOffset(AsOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        var people = new SyntheticPoolGenerator().Generate(new SyntheticPoolOptions(1500, 11, AsOf)).Select(p => p.Profile).ToArray();
        Profiles = people.ToDictionary(p => p.Id);
        await Harness.AddPublicAsync(people);
    }

    /// <summary>The sourcing agent's handlers, as the grain dispatches them.</summary>
    /// <param name="logs">The agent's log store (a fresh one when null).</param>
    /// <param name="memories">The project owner's memories (none when null).</param>
    internal StepHandlers<SourcingState> Agent(ILogStore? logs = null, IRecruiterMemories? memories = null)
    {
        logs ??= NewLogs();
        var preparation = new SearchPreparation(new QueryPlanner(Harness.Taxonomy, Places), new CandidateConstraints(Places, Harness.Taxonomy), RoleMemories(memories ?? new FakeRecruiterMemories()));
        var profiles = new PoolProfiles(Harness.Index);
        var runner = Runner();
        var calibration = new CalibrationStep(preparation, runner, profiles, Options, Clock);
        return new StepHandlers<SourcingState>("sourcing", [
            calibration,
            new FeedbackStep(preparation, new FeedbackReader(Phrases), new PreferenceLearner(Harness.Taxonomy, Options), profiles, Clock),
            new SearchStep(preparation, calibration, runner, History(logs), new SourcingHistory(logs), Options),
            new SearchRefiner(new FeedbackLoop(Options), Options)]);
    }

    internal static ILocationMatcher Places => Specs.Places;

    /// <summary>What sourcing follows of the memories, as AddSourcing wires it.</summary>
    internal RoleMemories RoleMemories(IRecruiterMemories memories) =>
        new(memories, new SourcingMemoryReader(MemoryRules, Harness.Taxonomy, Gazetteer.Default), MemoryRules, QualificationPolicy.Load(Prompts), Harness.Taxonomy, Gazetteer.Default);

    internal static PromptLibrary Prompts { get; } = new(PromptLibrary.Locate(AppContext.BaseDirectory));

    internal static SourcingMemoryRules MemoryRules { get; } = SourcingMemoryRules.Load(Prompts);

    internal static FeedbackPhrases Phrases { get; } = FeedbackPhrases.Load(Prompts);

    internal SourcingRunner Runner() => new(
        Harness.Search,
        Harness.Taxonomy,
        new PoolProfiles(Harness.Index),
        new SignalReader(new TalentInsightsService(Harness.Index, Harness.Compiler, Clock, new InsightsOptions()), Clock, Options),
        new InsightRanker(Options),
        new PreferenceRanker(Harness.Taxonomy, Harness.Vectors, Options),
        new BuiltInQueryVariants(Harness.Taxonomy, Harness.Embedder),
        Options);

    internal QueryHistory History(ILogStore? logs = null) => new(logs ?? NewLogs());

    /// <summary>A log store of its own (every test's project has the same key, so each agent gets a fresh one).</summary>
    internal ILogStore NewLogs() => new SqliteLogStore(new SqliteDatabase(Directory.CreateDirectory(Path.Combine(_logs.Path, Guid.NewGuid().ToString("N"))).FullName));

    public Task DisposeAsync()
    {
        Harness.Dispose();
        _logs.Dispose();
        return Task.CompletedTask;
    }
}
