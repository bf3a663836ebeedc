using Hiring.Reasoning.Understanding.Places;

namespace Hiring.Agents.Tests.Understanding.Places;

public class PlaceSpellingTests
{
    [Theory]
    [InlineData("manchster", "manchester")]
    [InlineData("albequerque", "albuquerque")]
    [InlineData("philadelpia", "philadelphia")]
    [InlineData("cincinatti", "cincinnati")]
    [InlineData("minneappolis", "minneapolis")]
    [InlineData("edinborough", "edinburgh")]
    public void ALongNameIsReadPastSlipsThatSoundTheSame(string written, string meant) =>
        Assert.Equal(meant, Gazetteer.Default.Spelling.Meant(written));

    [Theory]
    [InlineData("handyman")]
    [InlineData("stockroom")]
    [InlineData("baristas")]
    [InlineData("haircare")]
    [InlineData("windsurf")]
    [InlineData("nineties")]
    [InlineData("polymath")]
    [InlineData("laundries")]
    [InlineData("cincinnati")]
    public void AWordTwoConsonantsFromANameOrTheNameItselfIsNoSlip(string written) =>
        Assert.Null(Gazetteer.Default.Spelling.Meant(written));

    [Theory]
    [InlineData("edinborough", "edinburgh")]
    [InlineData("cincinatti", "cincinnati")]
    [InlineData("roterdam", "rotterdam")]
    public void WordsThatDifferOnlyInVowelsAndDoubledLettersSoundAlike(string a, string b) =>
        Assert.True(PlaceSpelling.SoundsAlike(a, b));

    [Theory]
    [InlineData("handyman", "handan")]
    [InlineData("stockroom", "stockholm")]
    public void WordsThatDifferInAConsonantDoNotSoundAlike(string a, string b) =>
        Assert.False(PlaceSpelling.SoundsAlike(a, b));
}
