using Hiring.Agents.Memory;

namespace Hiring.Agents.Tests.Memory;

/// <summary>One detail of a memory that lists several is forgotten and the rest kept; never what the memory is about.</summary>
public sealed class MemoryDetailsTests
{
    [Fact]
    public void OneDetailGoesAndTheRestStays()
    {
        var rest = MemoryDetails.Without("Harlow Foods, Leeds — they pay 18%, sign-on bonus up to 2k, and Priya (HM, ops) wants portfolios", p => p.Contains("bonus", StringComparison.Ordinal));

        Assert.NotNull(rest);
        Assert.Equal("Harlow Foods, Leeds — they pay 18%, Priya (HM, ops) wants portfolios", rest.Value.Kept);
        Assert.Equal(["sign-on bonus up to 2k"], rest.Value.Dropped);
    }

    [Fact]
    public void ALabelStaysWithWhatIsLeftUnderIt()
    {
        var rest = MemoryDetails.Without("my rules for the Ostra account: always cc Piet, no Friday calls, and sign 'Groet, Anouk'", p => p.Contains("Piet", StringComparison.Ordinal));

        Assert.Equal("my rules for the Ostra account: no Friday calls, sign 'Groet, Anouk'", rest?.Kept);
    }

    [Theory]
    [InlineData("Harlow Foods, Leeds — they pay 18%, sign-on bonus up to 2k", "Harlow")]
    [InlineData("Harlow Foods pays 18% on perm", "Harlow")]
    [InlineData("Harlow Foods, they pay 18%", "pay")]
    [InlineData("Kestrel CFO search: the chair wants a sitting CFO, not an interim", "chair")]
    public void WhatTheMemoryIsAboutOrAllOfItIsNoDetail(string memory, string named) =>
        Assert.Null(MemoryDetails.Without(memory, p => p.Contains(named, StringComparison.Ordinal)));
}
