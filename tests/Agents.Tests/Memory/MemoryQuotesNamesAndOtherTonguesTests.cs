using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// A list item quoting a sign-off with a comma in it, days joined by "and", a title, a name and what that person does said as three
/// items, and notes headed "few things on …": each kept as one thing; an age limit in words that only mean age is never kept; a
/// quoted sign-off put right whole; a number of what a memory counts; questions asked the Hindi way or in the first person of
/// Romance languages; and one client's part of a memory that a dash runs on into another's.
/// </summary>
public sealed class MemoryQuotesNamesAndOtherTonguesTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));
    private readonly MemoryQuestionReader _questions = new(Rules, new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds), new TimePhraseReader(TimePhrases.Load(TestResources.Prompts)));

    [Fact]
    public void AQuotedSignOffWithACommaIsOneItemOfTheList()
    {
        var kept = _reader.Read("my rules for the Castellane Hotels account: always cc Hugo on offer emails, calls only after 10am, and sign emails 'Bien à vous, Claire'");

        Assert.Equal(3, kept.Count);
        Assert.Contains(kept, s => s.Text.Contains("'Bien à vous, Claire'", StringComparison.Ordinal));
    }

    [Fact]
    public void ThingsAnnouncedInOneSentenceAfterAGreetingAreKeptEachAlone()
    {
        var kept = _reader.Read("Hola! Tres cosas sobre mí: firmo los correos como 'Lucía, equipo de Talento', con clientes alemanes escribo en inglés, y los lunes por la mañana no hago entrevistas.");

        Assert.Equal(3, kept.Count);
        Assert.Contains(kept, s => s.Text.Contains("'Lucía, equipo de Talento'", StringComparison.Ordinal));
    }

    [Fact]
    public void DaysJoinedByAndAreOneListOfDays()
    {
        var kept = _reader.Read("remember Harlow Dairy only interview Tue and Thu afternoons, HM is Ben Cole, fee 17%");

        Assert.DoesNotContain(kept, s => s.Text.StartsWith("Thu", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(kept, s => s.Text.Contains("Tue and Thu afternoons", StringComparison.Ordinal));
    }

    [Fact]
    public void ATitleTheNameAfterItAndWhatTheyDoAreOneItem() =>
        Assert.Contains(
            _reader.Read("for the file on Lochside Inns: 15% fee, invoices go to their Glasgow office, and the GM at the Leith hotel, Ewan Kerr, handles all the bar interviews"),
            s => s.Text.Contains("Ewan Kerr", StringComparison.Ordinal) && s.Text.Contains("bar interviews", StringComparison.Ordinal));

    [Fact]
    public void AFewThingsOnSomeoneAreKeptEachWithTheirName()
    {
        var kept = _reader.Read("couple things on Dara Quinn for the Galway fitter role: 2 weeks notice, wants €48k, holds a C licence");

        Assert.True(kept.Count >= 2);
        Assert.All(kept, s => Assert.Contains("Dara Quinn", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void AnAsideThatSaysHowThingsAlwaysGoIsKeptBesideTheWork() =>
        Assert.Contains(
            _reader.Read("peux-tu me trouver 6 devs Java à Lyon ? Au passage, chez Brisa Tech l'entretien final se fait toujours sur place"),
            s => !s.Weak && s.Text.Contains("Brisa Tech", StringComparison.Ordinal));

    [Fact]
    public void TheNextCandidateForTheSameRoleToldWithoutAColonIsKept() =>
        Assert.Contains(
            _reader.Read("and Tom Reyes for the same role needs a TN visa renewal, 3 weeks notice"),
            s => s.Text.Contains("Tom Reyes", StringComparison.Ordinal) && s.Text.Contains("TN visa", StringComparison.Ordinal));

    [Theory]
    [InlineData("Yıldız Tekstil'in müdürü sadece 25 yaş altı mezun istiyor - keep that as a filter for their roles")]
    [InlineData("fyi Kessler Bau has an Altersgrenze of 35 for all their apprentices")]
    [InlineData("note: the Monterrey plant wants operators no older than 30 años de edad")]
    public void AnAgeLimitInWordsThatOnlyMeanAgeIsNeverKept(string message) =>
        Assert.Empty(_reader.Read(message));

    [Fact]
    public void AQuotedSignOffGivesWayWholeToTheOneQuotedInstead() =>
        Assert.Equal(
            "From now on sign candidate emails 'Cheers, Tom'",
            MemoryCorrection.Apply("From now on sign candidate emails 'Best wishes, Tom'", "switch the sign-off to 'Cheers, Tom'"));

    [Fact]
    public void AnAddressGivesWayToTheAddressSaidAndTheRestStays() =>
        Assert.Equal(
            "Tamar Civils want invoices each fortnight to accounts@tamar.co.uk with the job code on every line",
            MemoryCorrection.Apply("Tamar Civils want invoices each fortnight to billing@tamar.co.uk with the job code on every line", "Tamar have moved it, invoices go to accounts@tamar.co.uk from now on"));

    [Fact]
    public void ATimeOfDayGivesWayToTheTimeSaidAndTheRestStays() =>
        Assert.Equal(
            "Going forward send the pipeline summary at 9am, and keep it under 12 lines",
            MemoryCorrection.Apply("Going forward send the pipeline summary at 6:45am, and keep it under 12 lines", "hmm actually make the summary 9am instead"));

    [Theory]
    [InlineData("they've gone up to 21% on perm")]
    [InlineData("ok cap it at 4 names per shortlist")]
    public void SayingWhatComesInsteadReplaces(string message) =>
        Assert.True(_reader.Replaces(message));

    [Theory]
    [InlineData("shortlists as a table, max 10 rows", "actually cap it at 6 rows", true)]
    [InlineData("Brackley Foods pay us 17%", "they've gone up to 19% btw", true)]
    [InlineData("shortlists as a table, max 10 rows", "make it 6 welders", false)]
    public void ANumberCountsWhatTheMemorysNumberCounts(string old, string said, bool alike) =>
        Assert.Equal(alike, MemoryCorrection.CountsAlike(old, said));

    [Theory]
    [InlineData("Brightlane ka recruiter kaun hai", true)]
    [InlineData("Tarsus ki fee kitni thi", true)]
    [InlineData("kaun hai woh, pata karo aur shortlist bhejo", false)]
    public void AQuestionEndsTheHindiWayWithItsQuestionWordAndVerb(string message, bool asked) =>
        Assert.Equal(asked, MemoryQuestionRoute.EndsAsking(message));

    [Fact]
    public void ADayOfTheWeekendFindsARuleForWeekends()
    {
        var words = new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds);

        Assert.Equal(1, words.Shared(words.Content("no client calls at weekends, push them to Monday"), words.Content("Sunday")));
        Assert.Equal(0, words.Shared(words.Content("no client calls at weekends"), words.Content("Friday")));
    }

    [Theory]
    [InlineData("¿a quién copio en mis correos?")]
    [InlineData("come scrivo ai miei clienti tedeschi?")]
    [InlineData("quando ligo aos meus candidatos?")]
    public void AVerbOfTheRecruitersOwnBeforeTheirThingsAsksHowTheyWork(string question) =>
        Assert.True(_questions.AsksOwnLiking(question));

    [Fact]
    public void AClientsPartThatADashRunsOnIntoAnothersLeavesTheOthersPart()
    {
        var rest = MemoryDetails.WithoutSubject("Brightway Labs ka fee 15% hai, Orion Staffing ka 9% — Brightway ki HR Pooja Rane hai", name => name.Contains("Orion", StringComparison.Ordinal));

        Assert.NotNull(rest);
        Assert.Contains("Pooja Rane", rest.Value.Kept, StringComparison.Ordinal);
        Assert.DoesNotContain("9%", rest.Value.Kept, StringComparison.Ordinal);
    }
}
