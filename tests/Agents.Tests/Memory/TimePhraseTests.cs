using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>prompts/builtin/time-phrases.yaml as the reader applies it: the days a question names, seen from Thursday 5 November 2026.</summary>
public sealed class TimePhraseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 5, 10, 30, 0, TimeSpan.Zero);
    private readonly TimePhraseReader _reader = new(TimePhrases.Load(TestResources.Prompts));

    [Theory]
    [InlineData("what did we discuss yesterday?", "2026-11-04", "2026-11-05")]
    [InlineData("what have we done so far today?", "2026-11-05", "2026-11-06")]
    [InlineData("what did we talk about last week?", "2026-10-26", "2026-11-02")]
    [InlineData("anything from this week?", "2026-11-02", "2026-11-06")]
    [InlineData("what did I tell you on Monday about the Berlin role?", "2026-11-02", "2026-11-03")]
    [InlineData("what did I say last Thursday?", "2026-10-29", "2026-10-30")]
    [InlineData("and on Thursday?", "2026-11-05", "2026-11-06")]
    [InlineData("what did I tell you in October?", "2026-10-01", "2026-11-01")]
    [InlineData("what did we cover in December?", "2025-12-01", "2026-01-01")]
    [InlineData("what did I say 3 days ago?", "2026-11-02", "2026-11-03")]
    [InlineData("the day before yesterday, what did we do?", "2026-11-03", "2026-11-04")]
    [InlineData("was haben wir gestern besprochen?", "2026-11-04", "2026-11-05")]
    [InlineData("anything last month?", "2026-10-01", "2026-11-01")]
    [InlineData("what did we do on the Tuesday of last week?", "2026-10-27", "2026-10-28")]
    [InlineData("anything from last week's Friday?", "2026-10-30", "2026-10-31")]
    public void ATimePhraseNamesWholeDaysSeenFromNow(string question, string from, string to)
    {
        var phrase = Assert.IsType<TimePhrase>(_reader.Find(question));

        var period = _reader.Resolve(phrase, Now);

        Assert.Equal((DateTimeOffset.Parse(from + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(to + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)), (period.From, period.To));
    }

    [Theory]
    [InlineData("who's the HM for the Berlin role?")]
    [InlineData("Kasia sat on every panel")]
    [InlineData("may I ask what you remember about agencies?")]
    [InlineData("what's saved for the March Street office?")]
    [InlineData("what did I say about ringing me on a Monday?")]
    public void WordsThatOnlyLookLikeDaysNameNone(string question) =>
        Assert.Null(_reader.Find(question));
}
