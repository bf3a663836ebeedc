using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// How recruiters phrase memories without the usual cues: notes in other languages or "for my records",
/// a cue that only names the topic before a dash, someone who does a part of the hiring, corrections that
/// only name what replaces.
/// </summary>
public sealed class MemoryPhrasingTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules);

    [Theory]
    [InlineData("Kom ihåg: Uppsala nurses need their legitimation from Socialstyrelsen before they can start", "Uppsala nurses need")]
    [InlineData("Zapamiętaj: for the Poznań warehouse we run the assessment days on Saturdays only", "Saturdays")]
    [InlineData("For my records: Mr Okafor is the site director in Port Harcourt and approves every offer there", "Mr Okafor")]
    [InlineData("also Kasia from ops sits on every Poznań panel", "Kasia")]
    [InlineData("also Giulia is doing all the final interviews for Milan", "Giulia")]
    [InlineData("she also likes to do a half-day trial shift before any offer", "trial shift")]
    [InlineData("Our CTO Johan wants a take-home test for every senior dev we hire, no exceptions", "Johan")]
    [InlineData("and the Galway team pays in euro only", "euro")]
    [InlineData("en general, for nurses in Puebla I prefer candidates with ICU rotation experience", "ICU")]
    public void NotesFactsAndStandingRulesWithoutTheUsualCuesAreKept(string message, string kept)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(kept, statement.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"^(?:For my records|Kom|Zapami)", statement.Text);
    }

    [Theory]
    [InlineData("note: Lagos refinery project — all mechanical engineers must be COREN registered, and Funmi in HR signs the offers", "Lagos refinery", "COREN")]
    [InlineData("Keep in mind for the band 5 nurse posts at the Glasgow Royal — the ward managers always want the NMC PIN on the CV", "band 5 nurse", "NMC")]
    public void ACueThatOnlyNamesTheTopicKeepsItWithWhatFollows(string message, string topic, string fact)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(topic, statement.Text, StringComparison.Ordinal);
        Assert.Contains(fact, statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("need a senior java developer in Munich, Spring and Kafka")]
    [InlineData("fyi it's a lead position")]
    [InlineData("need 3 welders in Houston, start asap")]
    public void ProjectWorkIsStillNoMemory(string message) =>
        Assert.DoesNotContain(_reader.Read(message), s => !s.Weak);

    [Theory]
    [InlineData("sorry, not Dublin\nit's the Cork office")]
    [InlineData("ach sorry, it's the Portobello posts, not Leith.\nSame Mrs Fraser")]
    public void NotAndANameAmidOtherSentencesIsACorrection(string text) => Assert.True(_reader.IsCorrection(text));

    [Theory]
    [InlineData("no wait, Wednesdays.\nsorry", true)]
    [InlineData("no wait, Tuesday afternoons.\nmy mistake", true)]
    [InlineData("no wait, find me five more welders in Houston for the night shift", false)]
    public void ACorrectionThatOnlyNamesTheNewValueReplaces(string text, bool replaces) => Assert.Equal(replaces, _reader.Replaces(text));

    [Fact]
    public void AWeekdayOpeningACorrectionIsTheDayThatReplaces() =>
        Assert.Equal("Nagoya plant tours are on Tuesday afternoons", MemoryCorrection.Apply("Nagoya plant tours are on Thursday afternoons", "no wait, Tuesday afternoons.\nmy mistake"));

    [Fact]
    public void HeOrSheStandsForThePersonTheMessageBeforeNamed()
    {
        const string Said = "he also likes a short call before any onsite";

        Assert.True(_reader.NeedsContext(Said));
        Assert.Equal("Dieter", _reader.SubjectOf("keep in mind that Dieter in Hamburg hates cover letters", Said));
        Assert.StartsWith("the NYC hedge fund", _reader.SubjectOf("we're working with the NYC hedge fund client", "their quant reqs need kdb+"), StringComparison.Ordinal);
    }
}
