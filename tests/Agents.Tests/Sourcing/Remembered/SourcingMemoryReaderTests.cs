using Hiring.Agents.Sourcing.Remembered;
using Hiring.Agents.Tests.Support;
using Xunit.Abstractions;

namespace Hiring.Agents.Tests.Sourcing.Remembered;

/// <summary>The reader of kept memories into what sourcing acts on, on phrasings written before its rules.</summary>
public sealed class SourcingMemoryReaderTests(ITestOutputHelper output)
{
    internal static SourcingMemoryReader Reader { get; } = new(SourcingMemoryRules.Load(UnderstandingResources.Prompts), UnderstandingResources.Taxonomy, UnderstandingResources.Gazetteer);

    public static TheoryData<string> DevTexts() => [.. MemoryReadingCases.Dev.Select(c => c.Text)];

    [Theory]
    [MemberData(nameof(DevTexts))]
    public void EachDevPhrasingReadsAsWritten(string text)
    {
        var expected = MemoryReadingCases.Dev.Single(c => c.Text == text);

        Assert.Equal(Expected(expected), Actual(Reader.Read(text)));
    }

    [Fact]
    public void TheHeldOutPhrasingsAreReadMostlyAsWritten()
    {
        var misses = MemoryReadingCases.HeldOut.Where(c => Expected(c) != Actual(Reader.Read(c.Text))).ToList();
        foreach (var miss in misses)
        {
            output.WriteLine($"held-out miss: '{miss.Text}' expected {Expected(miss)}, read {Actual(Reader.Read(miss.Text))}");
        }

        var passed = MemoryReadingCases.HeldOut.Count - misses.Count;
        output.WriteLine($"held-out: {passed}/{MemoryReadingCases.HeldOut.Count}");

        // The honest figure is reported, not tuned; it must at least stay well above chance.
        Assert.True(passed * 3 >= MemoryReadingCases.HeldOut.Count * 2, $"held-out {passed}/{MemoryReadingCases.HeldOut.Count}");
    }

    [Fact]
    public void ALikingAndACompanyToAvoidInOneMemoryAreBothRead()
    {
        var reading = Reader.Read("Our Berlin HM loves Terraform and never source from Globex");

        Assert.Equal(["terraform"], reading.Skills);
        Assert.Equal(["Globex"], reading.Companies);
    }

    private static string Expected(MemoryReadingCases.Case c) =>
        $"skills={Canonical(c.Skills)} companies={c.Companies} places={c.Places} roles={c.Roles}";

    private static string Actual(MemoryReading r) =>
        $"skills={Join(r.Skills.Order(StringComparer.Ordinal))} companies={Join(r.Companies)} places={Join(r.Places)} roles={Join(r.Roles)}";

    private static string Canonical(string skills) =>
        skills == "-" ? "-" : Join(skills.Split(',').Select(s => UnderstandingResources.Taxonomy.CanonicalSkill(s.Trim())).Order(StringComparer.Ordinal));

    private static string Join(IEnumerable<string> values) => values.ToList() is { Count: > 0 } list ? string.Join(',', list) : "-";
}
