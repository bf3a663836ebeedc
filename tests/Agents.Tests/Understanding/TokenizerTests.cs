using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding;

public class TokenizerTests
{
    [Theory]
    [InlineData("C++, C# and .NET", "c++|,|c#|and|.net")]
    [InlineData("node.js/React", "node.js|/|react")]
    [InlineData("Front-End Developer in München.", "front|end|developer|in|munchen|.")]
    [InlineData("R&D, FP&A; o'brien", "r&d|,|fp&a|;|o'brien")]
    [InlineData("5+ yrs, 3.5 years, #4", "5|+|yrs|,|3.5|years|,|#|4")]
    [InlineData("CI/CD — k8s", "ci|/|cd|k8s")]
    [InlineData("Straße Zürich Łódź", "strasse|zurich|lodz")]
    public void TokensAreWordsNumbersAndSymbolsFoldedForMatching(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tokenizer.Tokenize(text).Select(t => t.Folded)));
    }

    [Fact]
    public void TokensKnowWhereTheyStandInTheText()
    {
        const string text = "Senior SRE in Hamburg";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["Senior", "SRE", "in", "Hamburg"], tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal(TokenKind.Number, Tokenizer.Tokenize("2019")[0].Kind);
    }

    // A word list writes the contraction of "Reading's fine too" alone: the same token as the one split off the word.
    [Theory]
    [InlineData("Reading's ok too", "reading|'s|ok|too")]
    [InlineData("'s ok too", "'s|ok|too")]
    [InlineData("the 'sales' team", "the|'|sales|'|team")]
    public void APossessiveStandingAloneIsTheTokenSplitOffAWord(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tokenizer.Tokenize(text).Select(t => t.Folded)));
    }

    // Turkish puts a proper name's case ending after an apostrophe, read like a space; an elided article or an Irish name keeps its word.
    [Theory]
    [InlineData("Bursa'dan geliyor", "bursa|geliyor")]
    [InlineData("Eskişehir'i ekle", "eskisehir|ekle")]
    [InlineData("O'Neill in l'Aquila", "o'neill|in|l'aquila")]
    public void ATurkishCaseEndingIsNoPartOfTheName(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tokenizer.Tokenize(text).Select(t => t.Folded)));
    }

    [Fact]
    public void AnEmojiIsOneSymbolNotHalfACharacter()
    {
        var tokens = Tokenizer.Tokenize("hey 👋 nurse 🌍");
        Assert.Equal(["hey", "👋", "nurse", "🌍"], tokens.Select(t => t.Folded));
        Assert.Equal(2, tokens[1].Length);
    }
}
