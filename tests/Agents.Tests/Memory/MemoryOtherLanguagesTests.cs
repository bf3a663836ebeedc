using System.Text.RegularExpressions;
using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Planning;
using Hiring.Testing;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// Questions to the memory asked in other words and other languages than the memory was told in: a name with an elided article
/// or a case ending, a question word after "c'est" or a preposition or amid a Turkish sentence, words of other languages that meet
/// their English word and are shown in English in the answer, and a question the planner could not place though a project is open.
/// </summary>
public sealed class MemoryOtherLanguagesTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private static readonly MemoryWords Words = new(Rules.CommonWords, Rules.Synonyms, Rules.Kinds, Rules.Glosses);

    [Theory]
    [InlineData("le poste chez l'Oréal d'Annecy", "oreal", "annecy")]
    [InlineData("dell'ufficio di Torino", "ufficio", "torino")]
    [InlineData("İzmir'deki ekip Mehmet'e bağlı", "izmir", "mehmet")]
    [InlineData("we don't book O'Connor before noon", "dont", "oconnor")]
    [InlineData("I'm sure it's fine", "im", "it")]
    public void AnElidedArticleOrACaseEndingIsNoPartOfTheName(string text, string first, string second)
    {
        var split = MemoryWords.Split(text);

        Assert.Contains(first, split);
        Assert.Contains(second, split);
    }

    [Fact]
    public void JapaneseWordsEndWhereTheScriptDoesAndItsGrammarIsNoWord()
    {
        Assert.Equal(["サクラ", "電機", "面接", "火曜日"], MemoryWords.Split("サクラ電機の面接は火曜日です"));
        Assert.True(Words.Shared(Words.Content("サクラ電機の採用は鈴木さんが決めます"), Words.Content("サクラ電機で誰が決めるの？")) >= 2);
    }

    [Theory]
    [InlineData("c'est qui, le contact chez Dubreuil ?", true)]
    [InlineData("Mit wem spreche ich bei Krause Bau?", true)]
    [InlineData("¿con quién hablo en Textiles Ruiz?", true)]
    [InlineData("Ankara ofisinde kime sormalıyım?", true)]
    [InlineData("Kim starts on Monday, can you book her induction?", false)]
    [InlineData("c'est bon, merci", false)]
    public void AQuestionWordAfterCestAPrepositionOrAmidATurkishSentenceAsks(string message, bool asks) =>
        Assert.Equal(asks, Regex.IsMatch(message, Rules.WhQuestions, RegexOptions.IgnoreCase));

    [Theory]
    [InlineData("la Dra. Ferrer quiere los informes en alemán", "which language does Dr Ferrer want reports in")]
    [InlineData("el turno de noche empieza a las 22h", "when does the night shift start")]
    [InlineData("não faço chamadas depois das 18h", "latest I take calls")]
    [InlineData("garantía de 60 días con Textiles Ruiz", "how long do we replace for")]
    [InlineData("the QA lead at Brenner signs off every hire", "who owns quality hiring at Brenner")]
    [InlineData("la temporada va de noviembre a enero", "which months")]
    public void AWordOfAnotherLanguageMeetsItsEnglishWord(string memory, string question) =>
        Assert.True(Words.Shared(Words.Content(memory), new MemoryQuestionReader(Rules, Words, new TimePhraseReader(TimePhrases.Load(TestResources.Prompts))).Read(question).Words) > 0);

    [Fact]
    public void AnAnswerShowsInEnglishTheWordsOfAnotherLanguageTheQuestionDoesNotSay()
    {
        Assert.Equal(["tedesco: German", "novembre: November"], Words.Glosses("Con Brenner scrivo in tedesco, contratti da novembre", "what language do I write to Brenner in?"));
        Assert.Empty(Words.Glosses("Con Brenner scrivo in tedesco", "in che lingua scrivo a Brenner, tedesco?"));
        Assert.Empty(Words.Glosses("I write to Brenner in German", "what language do I write to Brenner in?"));
        Assert.Empty(Words.Glosses("Quinta do Lago wants CVs as PDF", "what does Quinta do Lago want?"));
    }

    [Fact]
    public void TheAnswerLineCarriesTheGlosses()
    {
        var entry = new MemoryEntry("m-1", "Las entrevistas en Ruiz son los jueves", MemoryKind.Fact, 0.5, new MemorySource(MemorySource.Message, "x", "", "ana.p1"), DateTimeOffset.UnixEpoch);

        Assert.Contains("jueves: Thursday", new MemoryLines(Rules, Words).List([entry], "which day are Ruiz interviews?"), StringComparison.Ordinal);
        Assert.DoesNotContain("Thursday", new MemoryLines(Rules, Words).List([entry]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionThePlannerCouldNotPlaceIsTheMemorysThoughTheOpenProjectNamesTheSameClient()
    {
        var questions = new MemoryQuestionReader(Rules, Words, new TimePhraseReader(TimePhrases.Load(TestResources.Prompts)));
        var route = new MemoryQuestionRoute(Rules, questions, Words, new MemoryStatementReader(Rules, new ProtectedNotes(Rules)));
        var memory = new BookMemory(questions, "with Van Dalen Bouw every contact goes via Femke from HR");
        var spec = new JobSpec("Site Engineer", "site engineer", "", [], RemotePolicy.Unspecified, EmploymentType.Unspecified, "site engineer for Van Dalen Bouw, every contact goes via Femke from HR", []);
        var open = new OpenProject("p1", spec, [], []);
        var provenance = new Provenance(ReasoningEngine.BuiltIn, "none", "planner", "1", ModelTier.Reasoning);
        var unknown = new Plan(PlanIntent.Unknown, [], "", RequestSlots.Empty, 0.5, provenance);

        Assert.True(await route.AsksAboutNamedAsync(unknown, "über wen läuft bei Van Dalen Bouw der Kontakt?", open, memory));
        Assert.False(await route.AsksAboutNamedAsync(unknown with { Intent = PlanIntent.ShowCandidate }, "which candidates for Van Dalen Bouw?", open, memory));
    }

    // A question the planner could not place, which shares a word other than a place with a memory, is the memory's, though the
    // memory does not name the client the question does (it was said in the request beside it); one that shares only a place is not.
    [Fact]
    public async Task AnUnplacedQuestionSharingAWordBesideItsPlacesIsTheMemorys()
    {
        var questions = new MemoryQuestionReader(Rules, Words, new TimePhraseReader(TimePhrases.Load(TestResources.Prompts)));
        var route = new MemoryQuestionRoute(Rules, questions, Words, new MemoryStatementReader(Rules, new ProtectedNotes(Rules)));
        var provenance = new Provenance(ReasoningEngine.BuiltIn, "none", "planner", "1", ModelTier.Reasoning);
        var unknown = new Plan(PlanIntent.Unknown, [], "", RequestSlots.Empty, 0.5, provenance);

        Assert.True(await route.AsksMemoryAsync(unknown, "qui est le référent recrutement chez Garnier ?", true, new BookMemory(questions, "leur référent s'appelle Paul Morel, ils nous paient 15 %")));
        Assert.False(await route.AsksMemoryAsync(unknown with { Slots = RequestSlots.Empty with { Locations = ["Lyon"] } }, "quel temps fait-il à Lyon ?", true,
            new BookMemory(questions, "le bureau de Lyon ferme à 18h")));
    }

    /// <summary>The recruiter's memory as a plain book, with one memory told.</summary>
    private sealed class BookMemory : IRecruiterMemory
    {
        private readonly MemoryBook _book;
        private readonly MemoryQuestionReader _questions;

        public BookMemory(MemoryQuestionReader questions, string told)
        {
            _questions = questions;
            _book = new MemoryBook(new MemoryBookState(), new ShiftedClock(), Words, texts => [.. texts.Select(MemoryBookTests.Vector)]);
            _book.Remember([new MemoryDraft(told, MemoryKind.Fact, 0.5, new MemorySource(MemorySource.Message, "m-1", told, "ana.p1"))]);
        }

        public Task<IReadOnlyList<RememberedMemory>> Remember(IReadOnlyList<MemoryDraft> drafts) => Task.FromResult(_book.Remember(drafts));

        public Task<IReadOnlyList<RecalledMemory>> Recall(string question, int max) => Task.FromResult(_book.Recall(_questions.Read(question), max));

        public Task<IReadOnlyList<RecalledMemory>> Rank(string text, int max) => Task.FromResult(_book.Rank(_questions.Read(text), max));

        public Task<IReadOnlyList<MemoryEntry>> List() => Task.FromResult(_book.List());

        public Task<IReadOnlyList<MemoryEntry>> Forget(IReadOnlyList<string> ids) => Task.FromResult(_book.Forget([.. ids]));

        public Task<int> ForgetAll() => Task.FromResult(_book.ForgetAll());

        public Task<MemoryEntry?> Correct(string id, string text) => Task.FromResult(_book.Correct(id, text));
    }
}
