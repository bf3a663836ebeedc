using System.Text.RegularExpressions;
using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// How recruiters phrase memories without the usual cues: notes in other languages or "for my records",
/// a cue that only names the topic before a dash, someone who does a part of the hiring, corrections that
/// only name what replaces, and questions to the memory that never say "remember".
/// </summary>
public sealed class MemoryPhrasingTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private static readonly MemoryQuestionReader Questions = new(Rules, new MemoryWords(Rules.CommonWords), new TimePhraseReader(TimePhrases.Load(TestResources.Prompts)));
    private static readonly MemoryQuestionRoute Route = new(Rules, Questions, new MemoryWords(Rules.CommonWords), new MemoryStatementReader(Rules, new ProtectedNotes(Rules)));
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

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
    [InlineData("das Budget für die Schichtleiter in Bremen liegt bei 52k", "52k")]
    public void NotesFactsAndStandingRulesWithoutTheUsualCuesAreKept(string message, string kept)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(kept, statement.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"^(?:For my records|Kom|Zapami)", statement.Text);
    }

    [Theory]
    [InlineData("note: Lagos refinery project — all mechanical engineers must be COREN registered, and Funmi in HR signs the offers", "Lagos refinery", "COREN")]
    [InlineData("Keep in mind for the band 5 nurse posts at the Glasgow Royal — the ward managers always want the NMC PIN on the CV", "band 5 nurse", "NMC")]
    // An update that names its topic before a dash: "update on Limerick" alone would keep nothing worth recalling.
    [InlineData("quick update re the Galway nurses - their rota moved to 12-hour shifts", "Galway nurses", "12-hour")]
    public void ACueThatOnlyNamesTheTopicKeepsItWithWhatFollows(string message, string topic, string fact)
    {
        var statements = _reader.Read(message);

        // Two facts joined by "and" are two memories, each with the topic.
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Contains(topic, s.Text, StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Text.Contains(fact, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("actually scratch the cover letter thing, she's fine with them now", "cover letter")]
    [InlineData("pls ignore that weekend assessment bit", "weekend assessment")]
    [InlineData("forget the thing about mornings", "mornings")]
    [InlineData("never mind the Rotterdam shift thing", "Rotterdam shift")]
    [InlineData("Das mit dem Ansprechpartner in Bremen kannst du vergessen, der ist weg", "Ansprechpartner in Bremen")]
    public void AForgetNamesItsMemoryByWhatItWasAbout(string message, string subject)
    {
        var match = MemoryRules.Any([Rules.ForgetAbout]).Match(message);

        Assert.True(match.Success);
        Assert.Equal(subject, match.Groups["subject"].Value.Trim());
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

    /// <summary>
    /// told: a question about what the recruiter told the assistant; liking: about someone's liking or who
    /// does what; topic: a terse topic with "rules" or "notes" that asks for what was kept.
    /// </summary>
    [Theory]
    [InlineData("told", "what have I told you so far?", true)]
    [InlineData("told", "any rules about certificates I gave?", true)]
    [InlineData("told", "what did i say about oslo offers", true)]
    [InlineData("told", "what did I tell the candidate about the salary?", false)]
    [InlineData("told", "find me 3 welders in Houston", false)]
    [InlineData("liking", "how do I like candidates presented?", true)]
    [InlineData("liking", "what does Dieter like?", true)]
    [InlineData("liking", "who looks after the site manager reqs on the client side?", true)]
    [InlineData("liking", "who is the HM for Prague QA?", true)]
    [InlineData("liking", "who is in the pipeline for Berlin?", false)]
    [InlineData("liking", "how is the Berlin search going?", false)]
    [InlineData("topic", "Kraków rules again pls", true)]
    [InlineData("topic", "cape town interview rules pls", true)]
    [InlineData("topic", "draft the rules of engagement for the agency", false)]
    public void QuestionsToTheMemoryThatNeverSayRememberReadAsSuch(string kind, string message, bool asks)
    {
        var pattern = kind switch
        {
            "told" => Rules.ToldQuestions,
            "liking" => Rules.LikingQuestions,
            _ => Rules.TopicAsks,
        };

        Assert.Equal(asks, Regex.IsMatch(message, pattern, RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData("how do I like candidates presented?", true)]
    [InlineData("what do we prefer for Monterrey finance?", true)]
    [InlineData("what does Dieter like?", false)]
    [InlineData("what did I tell you about Berlin?", false)]
    public void AQuestionAboutTheRecruitersOwnLikingAsksForPreferences(string question, bool preferences) =>
        Assert.Equal(preferences, Questions.Read(question).PreferencesOnly);

    [Theory]
    [InlineData("what happened with the data engineer search?", true)]
    [InlineData("recap our conversation", true)]
    [InlineData("what do you have on Durban?", false)]
    public void AQuestionAboutPastWorkAsksAboutTheConversationsAsARecapDoes(string question, bool work) =>
        Assert.Equal(work, Questions.Read(question).Recap);

    [Theory]
    [InlineData("which office does thursday panels?", false)]
    [InlineData("who runs Friday interviews in Perth?", false)]
    [InlineData("what did I tell you on Thursday?", true)]
    [InlineData("what do you remember from Monday?", true)]
    [InlineData("and on Monday?", true)]
    [InlineData("if the offer goes out on Tuesday, when would Lena's first day be?", false)]
    public void AWeekdayInAQuestionAboutHowThingsAreDoneIsAHabitNotADay(string question, bool day) =>
        Assert.Equal(day, Questions.NamesDays(question));

    [Theory]
    [InlineData("¿dónde hacen la entrevista final en Ortega Foods?", true)]
    [InlineData("qual é o prazo de pagamento da Brisa?", true)]
    [InlineData("Welke dagen kan Joost interviewen?", true)]
    [InlineData("¿y cuánto cobramos a Ortega?", true)]
    [InlineData("Ortega just signed the contract - who gets the invoice?", true)]
    [InlineData("if Brisa's hire walks in week 3, how long is the guarantee?", true)]
    [InlineData("is Joost still around on Fridays?", false)]
    [InlineData("can we get three more welders for Ortega?", false)]
    public void AQuestionInAnyLanguageIsKnownByTheQuestionWordOpeningItOrAClause(string message, bool asks) =>
        Assert.Equal(asks, Regex.IsMatch(message, Rules.WhQuestions, RegexOptions.IgnoreCase));

    [Theory]
    [InlineData("has Pieter left Brisa?", true)]
    [InlineData("if a Brisa hire walks in month two, do we have to replace them?", true)]
    [InlineData("Ortega moved the panel to Thursdays, did you get that?", false)]
    [InlineData("Pieter left Brisa, Anouk is the HM now", false)]
    public void WordsThatWouldPutAMemoryRightButAreAskedAboutCorrectNothing(string message, bool asked) =>
        Assert.Equal(asked, Route.AsksWhatCorrects(message));

    [Fact]
    public void HeOrSheStandsForThePersonTheMessageBeforeNamed()
    {
        const string Said = "he also likes a short call before any onsite";

        Assert.True(_reader.NeedsContext(Said));
        Assert.Equal("Dieter", _reader.SubjectOf("keep in mind that Dieter in Hamburg hates cover letters", Said));
        Assert.StartsWith("the NYC hedge fund", _reader.SubjectOf("we're working with the NYC hedge fund client", "their quant reqs need kdb+"), StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyAProjectWithNoJobTitleNorHeadcountIsEmpty()
    {
        var provenance = new Provenance(ReasoningEngine.BuiltIn, "none", "planner", "1", ModelTier.Reasoning);
        var empty = new Plan(PlanIntent.StartProject, [], "", RequestSlots.Empty, 0.5, provenance);
        var job = empty with { Slots = new RequestSlots(["Welder"], [], ["Houston"]) };

        Assert.True(MemoryQuestionRoute.IsEmptyProject(empty));
        Assert.False(MemoryQuestionRoute.IsEmptyProject(job));
        Assert.False(MemoryQuestionRoute.IsEmptyProject(empty with { Intent = PlanIntent.FindCandidates }));
    }
}
