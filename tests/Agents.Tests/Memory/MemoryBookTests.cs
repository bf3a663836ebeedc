using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Memory;
using Hiring.Reasoning.Embeddings;

namespace Hiring.Agents.Tests.Memory;

/// <summary>The memory as a plain class: keeping, refreshing, correcting, recall by words and likeness, and forgetting that removes.</summary>
public sealed class MemoryBookTests
{
    private readonly MemoryBookState _state = new();
    private readonly ShiftedClock _clock = new();
    private readonly MemoryBook _book;

    public MemoryBookTests() => _book = new MemoryBook(_state, _clock, new MemoryWords(["the", "is", "for", "our", "a"]), texts => [.. texts.Select(Vector)]);

    [Fact]
    public void RecallFindsTheMemoryThatSharesAWordAndNoOtherAndAGeneralQuestionListsEverythingNewestFirst()
    {
        Keep("Jana is the hiring manager for data roles", MemoryKind.Fact);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Keep("I never want agency CVs", MemoryKind.Preference);

        var recalled = _book.Recall(new MemoryQuery("agency", ["agency"], false), 5);
        Assert.Equal(["I never want agency CVs"], recalled.Select(r => r.Entry.Text));
        Assert.Equal(["I never want agency CVs", "Jana is the hiring manager for data roles"], _book.Recall(new MemoryQuery("", [], false), 5).Select(r => r.Entry.Text));
        Assert.Equal(["I never want agency CVs"], _book.Recall(new MemoryQuery("", [], true), 5).Select(r => r.Entry.Text));
    }

    [Fact]
    public void AForgottenMemoryLeavesTheStateAndIsNeverRecalled()
    {
        var jana = Keep("Jana is the hiring manager for data roles", MemoryKind.Fact);
        Keep("Interviews are on Tuesdays", MemoryKind.Fact);

        var gone = _book.Forget([jana.Id]);

        Assert.Equal([jana.Id], gone.Select(e => e.Id));
        Assert.DoesNotContain(_state.Items, m => m.Entry.Text.Contains("Jana", StringComparison.Ordinal));
        Assert.Empty(_book.Recall(new MemoryQuery("jana", ["jana"], false), 5));
        Assert.Empty(_book.Forget([jana.Id]));
    }

    [Fact]
    public void ARepeatRefreshesTheMemoryInsteadOfKeepingItTwice()
    {
        var first = Keep("Interviews are on Tuesdays", MemoryKind.Fact);
        _clock.Advance(TimeSpan.FromDays(1));

        var again = Assert.Single(_book.Remember([Draft("Interviews are on Tuesdays", MemoryKind.Fact)]));

        Assert.Equal((first.Id, MemoryChange.Refreshed), (again.Entry.Id, again.Change));
        Assert.True(again.Entry.UpdatedAt >= first.At + TimeSpan.FromDays(1));
        Assert.Single(_state.Items);
    }

    [Fact]
    public void ACorrectionReplacesTheMemoryThatSharesTheNameItSaysIsGoneAndKeepsWhatItSaid()
    {
        Keep("Interviews are on Tuesdays", MemoryKind.Fact);
        var hm = Keep("Our Seattle infra HM is Marcus", MemoryKind.Fact);

        var corrected = Assert.Single(_book.Remember([Draft("Marcus left, Tamsin is the HM now", MemoryKind.Fact) with { Corrects = true }]));

        Assert.Equal((hm.Id, MemoryChange.Corrected), (corrected.Entry.Id, corrected.Change));
        Assert.Equal(("Our Seattle infra HM is Tamsin", "Our Seattle infra HM is Marcus"), (corrected.Entry.Text, corrected.Entry.Replaced));
        Assert.Equal(2, _state.Items.Count);
    }

    [Fact]
    public void ACorrectionOpeningWithAWordOfAClientsNameCorrectsThatClientsMemory()
    {
        Keep("Interviews are on Tuesdays", MemoryKind.Fact);
        var fee = Keep("Summit Legal temps: we charge a 12% fee on the hourly rate", MemoryKind.Fact);

        var corrected = Assert.Single(_book.Remember([Draft("Summit fee's not 12 anymore, they talked us down to 10", MemoryKind.Fact) with { Corrects = true }]));

        Assert.Equal((fee.Id, MemoryChange.Corrected), (corrected.Entry.Id, corrected.Change));
        Assert.Contains("10", corrected.Entry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("12", corrected.Entry.Text, StringComparison.Ordinal);
        Assert.Equal(2, _state.Items.Count);
    }

    [Fact]
    public void ACorrectionThatOnlyDeniesWhatTheNamedMemoryNeverSaysIsKeptBesideItAndLeavesItsNameAlone()
    {
        var visa = Keep("Kelvin Dynamics in Glasgow sponsors visas for every firmware hire", MemoryKind.Fact);

        var added = Assert.Single(_book.Remember([Draft("Kelvin's CTO likes a call first, not Teams", MemoryKind.Preference) with { Corrects = true }]));

        Assert.Equal(MemoryChange.Added, added.Change);
        Assert.Equal(visa.Text, _state.Items.Single(m => m.Entry.Id == visa.Id).Entry.Text);
    }

    [Fact]
    public void ACorrectionKeptWithWhatItsPronounStoodForKeepsThatSubjectAndSaysTheNewPlace()
    {
        var venue = Keep("Harlow Logistics assessments are at their Basildon yard, Unit 4 Cranes Farm Rd", MemoryKind.Fact);

        var corrected = Assert.Single(_book.Remember([Draft("They've moved every assessment to the Chelmsford office on Duke St, the yard's not used any more (Harlow Logistics)", MemoryKind.Fact) with { Corrects = true }]));

        Assert.Equal(venue.Id, corrected.Entry.Id);
        Assert.Contains("Harlow Logistics", corrected.Entry.Text, StringComparison.Ordinal);
        Assert.Contains("Duke St", corrected.Entry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cranes Farm", corrected.Entry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("They've interviews", corrected.Entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorrectionThatSaysTheMemoryIsNoLongerTrueReplacesItWholeWithTheNameItWasAbout()
    {
        Keep("Veltra Pharma accepts fully remote chemists if they live in the EU", MemoryKind.Fact);

        var corrected = Assert.Single(_book.Remember([Draft("that's no longer true about Veltra and remote, they want 4 days on site in Basel", MemoryKind.Fact) with { Corrects = true }]));

        Assert.Equal("they want 4 days on site in Basel (Veltra Pharma)", corrected.Entry.Text);
    }

    [Fact]
    public void PastItsCapacityTheLeastImportantOldestMemoryGivesWay()
    {
        for (var i = 0; i < MemoryBook.Capacity; i++)
        {
            _state.Items.Add(new KeptMemory(new MemoryEntry($"m-{i}", $"memory {i}", MemoryKind.Fact, i == 0 ? 0.1 : 0.6, Source(), _clock.GetUtcNow()), Vector($"memory {i}")));
        }

        Keep("The newest thing", MemoryKind.Fact);

        Assert.Equal(MemoryBook.Capacity, _state.Items.Count);
        Assert.DoesNotContain(_state.Items, m => m.Entry.Id == "m-0");
    }

    [Fact]
    public void AnEpisodeOfferedAgainForTheSameStretchIsKeptOnceAndTwoStretchesThatReadAlikeAreBothKept()
    {
        static MemoryDraft Episode(string text, string stretch) => new(text, MemoryKind.Episode, 0.3, new MemorySource(MemorySource.Conversation, stretch, "", "ana.p1"));
        var first = _book.Remember([Episode("On 4 Dec, Backend Engineer (Berlin): you asked me to source.", "ana.p1#1-40")])[0];

        var retried = _book.Remember([Episode("On 4 Dec, Backend Engineer (Berlin): you asked me to source.", "ana.p1#1-40")])[0];
        var next = _book.Remember([Episode("On 5 Dec, Backend Engineer (Berlin): you asked me to source.", "ana.p1#41-90")])[0];

        Assert.Equal((MemoryChange.Refreshed, first.Entry.Id), (retried.Change, retried.Entry.Id));
        Assert.Equal(MemoryChange.Added, next.Change);
        Assert.Equal(2, _state.Items.Count);
    }

    [Fact]
    public void AQuestionThatNamesDaysHearsOnlyWhatWasToldThenAndTheConversationsThatRanThen()
    {
        var monday = _clock.GetUtcNow();
        Keep("Jonas is the Hamburg HM", MemoryKind.Fact);
        _book.Remember([Episode("On Mon, Backend Engineer (Berlin): you asked me to source.", monday, monday.AddHours(2))]);
        _clock.Advance(TimeSpan.FromDays(2));
        Keep("Petra is the Munich HM", MemoryKind.Fact);
        var day = new DateTimeOffset(monday.UtcDateTime.Date, TimeSpan.Zero);
        var onMonday = new MemoryPeriod(day, day.AddDays(1), "on Monday");

        var told = _book.Recall(new MemoryQuery("", [], false, onMonday), 5).Select(r => r.Entry.Text).ToList();
        var recap = _book.Recall(new MemoryQuery("", [], false, onMonday, Recap: true), 5).Select(r => r.Entry.Text).ToList();

        Assert.Equal(["Jonas is the Hamburg HM", "On Mon, Backend Engineer (Berlin): you asked me to source."], told);
        Assert.Equal(["On Mon, Backend Engineer (Berlin): you asked me to source.", "Jonas is the Hamburg HM"], recap);
        Assert.Empty(_book.Recall(new MemoryQuery("petra", ["petra"], false, onMonday), 5));
    }

    [Fact]
    public void AnEpisodeOfAConversationStillGoingOnIsBroughtUpToDateNotKeptTwice()
    {
        var start = _clock.GetUtcNow();
        var early = _book.Remember([Episode("Today, Nurse (Leeds): you set up the project.", start, start.AddMinutes(5))])[0];

        var later = _book.Remember([Episode("Today, Nurse (Leeds): you set up the project and you asked me to source.", start, start.AddMinutes(40))])[0];

        Assert.Equal((early.Entry.Id, "Today, Nurse (Leeds): you set up the project and you asked me to source."), (later.Entry.Id, later.Entry.Text));
        Assert.Single(_state.Items);
    }

    [Fact]
    public void AForgottenConversationNeverComesBackAsItGoesOnAndForgettingEverythingDropsConversationsBegunBefore()
    {
        var start = _clock.GetUtcNow();
        var phoenix = _book.Remember([Episode("On Mon, Store Manager (Phoenix): you set up the project.", start, start.AddMinutes(5))])[0].Entry;
        _book.Forget([phoenix.Id]);

        Assert.Empty(_book.Remember([Episode("On Mon, Store Manager (Phoenix): you set up the project and you asked me to source.", start, start.AddHours(1))]));

        var tucson = start.AddMinutes(10);
        _clock.Advance(TimeSpan.FromHours(2));
        _book.ForgetAll();
        Assert.Empty(_book.Remember([Episode("On Mon, Store Manager (Tucson): you set up the project.", tucson, tucson.AddHours(2), "ana.p2")]));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(_book.Remember([Episode("On Mon, Store Manager (Mesa): you set up the project.", _clock.GetUtcNow(), _clock.GetUtcNow(), "ana.p3")]));
        Assert.DoesNotContain(_state.Items, m => m.Entry.Text.Contains("Phoenix", StringComparison.Ordinal) || m.Entry.Text.Contains("Tucson", StringComparison.Ordinal));
    }

    private static MemoryDraft Episode(string text, DateTimeOffset from, DateTimeOffset to, string project = "ana.p1") =>
        new(text, MemoryKind.Episode, 0.3, new MemorySource(MemorySource.Conversation, $"{project}#{to.Ticks}", "", project, from, to));

    [Fact]
    public void AskedAboutASubjectWhatTheRecruiterToldComesBeforeAConversationSummaryThatOnlySharesAWord()
    {
        Keep("On 5 Dec, Registered Nurse (Glasgow): you set up the project", MemoryKind.Episode);
        Keep("The ward managers always want the NMC PIN on nurse CVs", MemoryKind.Preference);

        var words = new MemoryWords(["the", "is", "for", "our", "a"]);
        var asked = _book.Recall(new MemoryQuery("nurse cvs", words.Content("nurse cvs"), false), 5);
        var recap = _book.Recall(new MemoryQuery("nurse", words.Content("nurse"), false, null, true), 5);

        Assert.Equal(["The ward managers always want the NMC PIN on nurse CVs"], asked.Select(r => r.Entry.Text));
        Assert.Equal(2, recap.Count);
    }

    [Fact]
    public void AskedHowTheyLikeThingsDoneWithNoWordInCommonTheRecruitersPreferencesAnswer()
    {
        Keep("Jana is the hiring manager for data roles", MemoryKind.Fact);
        Keep("Going forward, send me candidates as a table", MemoryKind.Preference);

        var recalled = _book.Recall(new MemoryQuery("presented", ["presented"], true), 5);

        Assert.Equal(["Going forward, send me candidates as a table"], recalled.Select(r => r.Entry.Text));
        Assert.Empty(_book.Recall(new MemoryQuery("presented", ["presented"], false), 5));
    }

    [Fact]
    public void AskedHowTheyLikeAThingDoneAFactToldAboutThatThingAnswersBeforeAPreferenceAboutAnother()
    {
        Keep("Reports for the board go out as a two-page PDF", MemoryKind.Fact);
        Keep("Going forward, no calls before 10am", MemoryKind.Preference);

        var recalled = _book.Recall(new MemoryQuery("reports", ["report"], true), 5);

        Assert.Equal(["Reports for the board go out as a two-page PDF"], recalled.Select(r => r.Entry.Text));
    }

    [Fact]
    public void APluralOfAShortWordMeetsItsSingularSoTheMemoryThatAnswersMoreOfTheQuestionAloneAnswers()
    {
        var rules = MemoryRules.Load(TestResources.Prompts);
        var words = new MemoryWords(rules.CommonWords, rules.Synonyms, rules.Kinds);
        var book = new MemoryBook(new MemoryBookState(), _clock, words, texts => [.. texts.Select(Vector)]);
        book.Remember([Draft("Harlow Foods wants CVs in by noon Friday", MemoryKind.Fact), Draft("Harlow Foods pays 18% on perm", MemoryKind.Fact)]);

        var recalled = book.Recall(new MemoryQuery("cv harlow", words.Content("when is the cv cutoff at harlow"), false), 5);

        Assert.Equal(["Harlow Foods wants CVs in by noon Friday"], recalled.Select(r => r.Entry.Text));
    }

    [Fact]
    public void AMemoryThatAnswersOnlyPartOfWhatAnotherAnswersGivesWayButOneThatAnswersAnotherPartStays()
    {
        var words = new MemoryWords(["the", "is", "for", "our", "a", "we", "so", "no", "that", "all", "with", "only", "there"]);
        Keep("For Singapore roles we always check Employment Pass eligibility", MemoryKind.Preference);
        Keep("Our Singapore office shuts for Chinese New Year, so no interviews that week", MemoryKind.Fact);
        Keep("The Monterrey plant only takes mechanical engineers with CSWP", MemoryKind.Fact);
        Keep("Garza is the HM for all the mechanical roles there", MemoryKind.Fact);

        var interviews = _book.Recall(new MemoryQuery("interviews singapore", words.Content("interviews singapore"), false), 5);
        var hm = _book.Recall(new MemoryQuery("hm mechanical monterrey", words.Content("hm mechanical monterrey"), false), 5);
        var singapore = _book.Recall(new MemoryQuery("singapore", words.Content("singapore"), false), 5);

        Assert.Equal(["Our Singapore office shuts for Chinese New Year, so no interviews that week"], interviews.Select(r => r.Entry.Text));
        Assert.Equal(2, hm.Count);
        Assert.Contains(hm, r => r.Entry.Text.StartsWith("Garza", StringComparison.Ordinal));
        Assert.Equal(2, singapore.Count);
    }

    [Fact]
    public void ANameTheQuestionSharesWithAMemoryWeighsMoreThanAnEverydayWord()
    {
        Keep("Chicago wants 3 references per candidate", MemoryKind.Fact);
        Keep("Boston sends a cover letter with every CV", MemoryKind.Fact);

        var recalled = _book.Recall(new MemoryQuery("chicago letter", ["chicago", "letter"], false), 5);

        Assert.Equal(["Chicago wants 3 references per candidate", "Boston sends a cover letter with every CV"], recalled.Select(r => r.Entry.Text));
        Assert.True(recalled[0].Relevance > recalled[1].Relevance);
    }

    [Fact]
    public void AskedAboutASubjectApprovalsAnswerOnlyWhereNothingToldDoesAndConversationsOnlyWhereNeitherDoes()
    {
        var told = Keep("Berlin offers need sign-off from Jana", MemoryKind.Fact);
        var decision = _book.Remember([new MemoryDraft("You approved a shortlist for Berlin", MemoryKind.Decision, 0.5, new MemorySource(MemorySource.Approval, "ap-1", ""))])[0].Entry;
        Keep("On 5 Dec, Backend Engineer (Berlin): you set up the project", MemoryKind.Episode);

        Assert.Equal([told.Id], _book.Recall(new MemoryQuery("berlin", ["berlin"], false), 5).Select(r => r.Entry.Id));
        Assert.Equal(3, _book.Recall(new MemoryQuery("berlin", ["berlin"], false, Recap: true), 5).Count);

        _book.Forget([told.Id]);
        Assert.Equal([decision.Id], _book.Recall(new MemoryQuery("berlin", ["berlin"], false), 5).Select(r => r.Entry.Id));

        _book.Forget([decision.Id]);
        Assert.Equal([MemoryKind.Episode], _book.Recall(new MemoryQuery("berlin", ["berlin"], false), 5).Select(r => r.Entry.Kind));
    }

    private MemoryEntry Keep(string text, MemoryKind kind) => _book.Remember([Draft(text, kind)])[0].Entry;

    private static MemoryDraft Draft(string text, MemoryKind kind) => new(text, kind, 0.7, Source());

    private static MemorySource Source() => new(MemorySource.Message, "msg-1", "as said");

    /// <summary>A stand-in for MiniLM: each word lights one of 64 dimensions, normalized, so shared words are what makes texts alike.</summary>
    internal static float[] Vector(string text)
    {
        var vector = new float[64];
        foreach (var word in MemoryWords.Split(text))
        {
            vector[(int)((uint)word.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)) % 64)] += 1;
        }

        VectorMath.Normalize(vector);
        return vector;
    }
}
