using Hiring.Agents.Intake.Steps;
using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.SubAgents;

/// <summary>The one binder between a plan's named values and the typed records of each action.</summary>
public sealed class StepValuesTests
{
    private static readonly QueryPlan Plan = new(["backend engineer"], ["backend engineer", "software engineer"], TitleScope.Family, ["go"], ["kafka"], ["kafka"], ["Berlin"], LocationScope.Exact, ["php"]);

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    [Fact]
    public void AnInputSurvivesARoundTripThroughNamedValues()
    {
        var input = new SearchInput("find go people", 25, 2, Plan, ["php", "company:acme"]);

        var values = StepValues.Write(input);
        var back = StepValues.Bind<SearchInput>(values);

        Assert.Equal(("find go people", "25", "2", "php,company:acme"), (values["request"], values["count"], values["sourcing.iteration"], values["exclude"]));
        Assert.Equal((input.Request, input.Count, input.Iteration), (back.Request, back.Count, back.Iteration));
        Assert.Equal(input.Exclude, back.Exclude);
        Assert.Equal(Plan.CoreTitles, back.Plan!.CoreTitles);
        Assert.Equal((Plan.Titles, Plan.Where), (back.Plan.Titles, back.Plan.Where));
        Assert.Equal(Plan.RequiredNiceToHaves, back.Plan.RequiredNiceToHaves);
    }

    [Fact]
    public void MissingValuesBindAsAbsentAndNamesTheRecordDoesNotMapAreIgnored()
    {
        var input = StepValues.Bind<SearchInput>(Values(("titles", "backend engineer"), ("good.count", "3")));

        Assert.Equal(new SearchInput(), input);
    }

    [Fact]
    public void AMissingValueTheRecordCannotGoWithoutIsRefusedByName()
    {
        var refusal = Assert.Throws<AssistantRefusalException>(() => StepValues.Bind<CalibrateOutput>(Values(("calibration.candidates", "a,b"))));

        Assert.Equal(RefusalCodes.Invalid, refusal.Code);
        Assert.Contains("'calibration.count'", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("count", "five", "a whole number")]
    [InlineData("sourcing.iteration", "2.5", "a whole number")]
    [InlineData("sourcing.plan", "{not json", "a QueryPlan as JSON")]
    [InlineData("sourcing.plan", "[1, 2]", "a QueryPlan as JSON")]
    public void AValueThatDoesNotReadIsRefusedSayingWhichAndWhy(string name, string value, string expected)
    {
        var refusal = Assert.Throws<AssistantRefusalException>(() => StepValues.Bind<SearchInput>(Values((name, value))));

        Assert.Equal(RefusalCodes.Invalid, refusal.Code);
        Assert.Equal($"The step's '{name}' should be {expected}, not '{value}'.", refusal.Message);
    }

    [Fact]
    public void AnUnknownWordIsRefusedWithTheWordsItCouldBe()
    {
        var refusal = Assert.Throws<AssistantRefusalException>(() => StepValues.Bind<RefineSearchOutput>(Values(("sourcing.precision", "0.3"), ("sourcing.liquidity", "6"), ("sourcing.decision", "sideways"))));

        Assert.Equal("The step's 'sourcing.decision' should be one of stop, tighten, broaden, not 'sideways'.", refusal.Message);
    }

    [Fact]
    public void NumbersAreInvariantAndWordsAreKebabCase()
    {
        var values = StepValues.Write(new RefineSearchOutput(0.3, 13, LoopDecision.Tighten));

        Assert.Equal(("0.3", "13", "tighten"), (values["sourcing.precision"], values["sourcing.liquidity"], values["sourcing.decision"]));
        Assert.Equal(new RefineSearchOutput(0.3, 13, LoopDecision.Tighten), StepValues.Bind<RefineSearchOutput>(values));
    }

    [Fact]
    public void ListsAreTrimmedWithoutEmptiesOrRepeats()
    {
        var input = StepValues.Bind<SearchInput>(Values(("exclude", " php, company:acme ,,php , ")));

        Assert.Equal(["php", "company:acme"], input.Exclude);
    }

    [Fact]
    public void AnOutputWritesAnEmptyListSoItReplacesAnEarlierOneButLeavesOutWhatIsAbsent()
    {
        var values = StepValues.Write(new SearchOutput([], 2, "title:\"go\""));

        Assert.Equal(["candidates", "sourcing.iteration", "sourcing.query"], values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("", values["candidates"]);
    }

    [Fact]
    public void QualificationsAreNumberedValuesAndTheRecruitersIdsReadInAnyCase()
    {
        var input = StepValues.Bind<ApplyQualificationsInput>(Values(("q1", "Go"), ("request", "ok"), ("q12", "Kafka, a plus"), ("qa", "not an id"), ("approve", "Q1 q12;"), ("add", "Rust; SQL ;")));

        Assert.Equal(["q1", "q12"], input.Listed!.Keys);
        Assert.Equal("Kafka, a plus", input.Listed["q12"]);
        Assert.Equal(["q1", "q12"], input.Approve);
        Assert.Equal(["Rust", "SQL"], input.Add);
        Assert.Null(input.Remove);
    }

    [Fact]
    public void ASpecChangeWrittenBeforeTheBinderStillReads()
    {
        // Approvals persisted before typed inputs hold the spec change as web JSON with the enum as a number.
        var old = """{"seniority":"senior","places":null,"remote":3,"remoteWithin":null,"minYears":null,"isEmpty":false}""";

        var input = StepValues.Bind<ApplyQualificationsInput>(Values(("spec", old)));

        Assert.Equal(("senior", RemotePolicy.Remote), (input.Spec!.Seniority, input.Spec.Remote));
        Assert.Equal("""{"seniority":"senior","remote":"remote"}""", StepValues.Write(input)["spec"]);
    }

    [Fact]
    public async Task AStepWhoseValuesDoNotReadIsRefusedBeforeItsHandlerRuns()
    {
        var handler = new CountTo();
        var handlers = new StepHandlers<CountingState>("counting", [handler]);
        var command = new StepCommand("k", "t1/rita", "p1", CountTo.Name, Values(("count", "lots")), RequestSlots.Empty);

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => handlers.RunAsync(new StepContext<CountingState>("t1/p1", command, new CountingState(), null!)));

        Assert.Equal("The step's 'count' should be a whole number, not 'lots'.", refusal.Message);
        Assert.False(handler.Ran);
    }

    [Fact]
    public async Task ATypedHandlerReadsItsInputAndItsOutputBecomesNamedValues()
    {
        var handlers = new StepHandlers<CountingState>("counting", [new CountTo()]);
        var command = new StepCommand("k", "t1/rita", "p1", CountTo.Name, Values(("count", " 3 ")), RequestSlots.Empty);

        var outcome = await handlers.RunAsync(new StepContext<CountingState>("t1/p1", command, new CountingState(), null!));

        Assert.Equal("3", outcome.Outputs["calibration.count"]);
        Assert.Equal("", outcome.Outputs["calibration.candidates"]);
    }

    private sealed class CountTo : StepHandler<CountingState, CalibrateInput, CalibrateOutput>
    {
        public const string Name = "count-to";

        public bool Ran { get; private set; }

        public override string Action => Name;

        public override Task<StepResult<CalibrateOutput>> RunAsync(StepContext<CountingState> step, CalibrateInput input, CancellationToken cancellationToken = default)
        {
            Ran = true;
            return Task.FromResult(new StepResult<CalibrateOutput>("counted", new CalibrateOutput([], input.Count ?? 0)));
        }
    }
}
