using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// The intent of one message by the words recruiters use for it, in the languages they write in (search again, more profiles,
/// a message to candidates, a requirement added, a vacancy opened, a verdict on numbered candidates), and with a project open:
/// more people of the open role's kind, or more places to draw them from, is its search, not a new project.
/// </summary>
public sealed class IntentWordsPlannerTests
{
    private static readonly DialogueState GoRoleOpen = new(
        new OpenProject("go-berlin", new JobSpec("Senior Go Developer", "go developer", "senior", ["Berlin"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["go"], []),
        null);

    private static readonly DialogueState ElectricianOpen = new(
        new OpenProject("sparks", new JobSpec("Maintenance Electrician", "maintenance electrician", "", ["Sheffield"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["plc"], []),
        null);

    private static readonly DialogueState GameDeveloperOpen = new(
        new OpenProject("games", new JobSpec("Game Developer", "game developer", "", ["Wellington"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["unreal engine"], []),
        null);

    private static async Task<PlanIntent> IntentAsync(string message, DialogueState dialogue) =>
        (await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: dialogue), ReasoningContext.None)).Intent;

    // The search again or on, in so many words and in other languages.
    [Theory]
    [InlineData("such bitte noch mal weiter, die letzten waren zu teuer")]
    [InlineData("kun je opnieuw zoeken voor deze vacature?")]
    [InlineData("sigue buscando para el puesto, los de ayer no encajan")]
    [InlineData("aur candidates bhejo is role ke liye")]
    [InlineData("search again for the Go developer, same bar as before")]
    [InlineData("find me another 10 for the Go role")]
    public async Task TheSearchAgainIsTheOpenProjectsSearch(string message)
    {
        Assert.Equal(PlanIntent.FindCandidates, await IntentAsync(message, GoRoleOpen));
    }

    // More of the open title's head ("electricians" for a maintenance electrician) are more of its people.
    [Fact]
    public async Task MoreOfTheOpenTitlesHeadIsItsSearch()
    {
        Assert.Equal(PlanIntent.FindCandidates, await IntentAsync("get me 5 more electricians for Sheffield please", ElectricianOpen));
    }

    // The open title's head word alone, in the plural, asked for: its people, even where the word is a title of its own.
    [Theory]
    [InlineData("find me a few electricians please")]
    [InlineData("right, line up some electricians for me")]
    public async Task TheOpenTitlesHeadInThePluralIsItsSearch(string message)
    {
        Assert.Equal(PlanIntent.FindCandidates, await IntentAsync(message, ElectricianOpen));
    }

    // The head word of another form of the open title ("gameplay programmer" for a game developer) is its people too.
    [Fact]
    public async Task AnotherFormOfTheOpenTitlesHeadInThePluralIsItsSearch()
    {
        Assert.Equal(PlanIntent.FindCandidates, await IntentAsync("ok, get me some programmers please", GameDeveloperOpen));
    }

    // Another place to draw people from is the open project's search, whatever words of a role a channel's name holds.
    [Theory]
    [InlineData("can you also pull candidates from the Ada Developers Academy alumni and the PyLadies meetups? same bar")]
    [InlineData("widen the search to the Code First Girls network too, nobody gets filtered out")]
    [InlineData("for this one also draw from the Black Engineers Network, everyone is scored the same")]
    public async Task MorePlacesToLookAreTheOpenProjectsSearch(string message)
    {
        Assert.Equal(PlanIntent.FindCandidates, await IntentAsync(message, GoRoleOpen));
    }

    // Candidates named by number after an article, with a verdict, in other languages.
    [Theory]
    [InlineData("il 2 e il 4 mi convincono, il 3 no")]
    [InlineData("der 1 und der 3 sind top")]
    [InlineData("os 2 e 4 estão muito bons")]
    public async Task NumberedCandidatesLikedInOtherLanguagesAreFeedback(string message)
    {
        Assert.Equal(PlanIntent.CandidateFeedback, await IntentAsync(message, GoRoleOpen));
    }

    // A requirement added or made a must, a need of the person hired, or years as a minimum, in other languages: a change.
    [Theory]
    [InlineData("aggiungi come requisito la certificazione AWS")]
    [InlineData("füge bitte Kubernetes als Pflicht hinzu")]
    [InlineData("pon el inglés como imprescindible")]
    [InlineData("forgot: at least 6 years as a go developer")]
    [InlineData("il faut aussi qu'il parle allemand")]
    public async Task ARequirementAddedInOtherWordsChangesTheOpenRole(string message)
    {
        Assert.Equal(PlanIntent.RefineRequirements, await IntentAsync(message, GoRoleOpen));
    }

    // A search asked for in other words: the pronoun joined by a hyphen, people in other words than candidates, Swedish "sök",
    // Italian's singular after "qualche", "lancer une recherche", the verb alone with a please or a now.
    [Theory]
    [InlineData("Cherche-moi des candidats, s'il te plaît")]
    [InlineData("encontra-me candidatos para esta vaga")]
    [InlineData("zoek even wat mensen voor deze rol")]
    [InlineData("sök kandidater till rollen")]
    [InlineData("mi trovi qualche candidato?")]
    [InlineData("Peux-tu lancer une recherche pour ce poste ?")]
    [InlineData("ok, such mal jetzt bitte")]
    public async Task ASearchAskedInOtherWordsIsTheOpenProjectsSearch(string message)
    {
        Assert.Equal(PlanIntent.FindCandidates, await IntentAsync(message, GoRoleOpen));
    }

    // A vacancy opened, or passed on with its title on a line of its own, in another language, starts a project.
    [Theory]
    [InlineData("Olá, segue abaixo a vaga do nosso cliente:\n\nEngenheira Agrônoma – Londrina/PR\n- CREA ativo\n- experiência com café e soja")]
    [InlineData("Abrir vaga: enfermeiro em Porto, turno da noite, COREN ativo")]
    public async Task AVacancyOpenedInAnotherLanguageStartsAProject(string message)
    {
        Assert.Equal(PlanIntent.StartProject, await IntentAsync(message, DialogueState.None));
    }

    // Another opening in other words is another project, even of the open title.
    [Fact]
    public async Task AnotherOpeningInAnotherLanguageIsANewProject()
    {
        Assert.Equal(PlanIntent.StartProject, await IntentAsync("abre otro puesto de go developer para el mismo equipo", GoRoleOpen));
    }

    [Theory]
    [InlineData("prepara un messaggio per i candidati sul lavoro ibrido", PlanIntent.DraftOutreach)]
    [InlineData("what should we probe for in the first interview?", PlanIntent.PrepareScreeningQuestions)]
    public async Task WorkOnTheOpenRoleIsReadByItsVerbs(string message, PlanIntent expected)
    {
        Assert.Equal(expected, await IntentAsync(message, GoRoleOpen));
    }

    // Work on an open project other than its spec, asked in other languages and in shorthand: a screen booked or moved, screening
    // questions, a message to candidates, a verdict on someone by name, more people for a role named as the project, a requirement
    // added to a role named as one in another language, and chat about the day.
    private static readonly DialogueState ChefOpen = new(
        new OpenProject("chef-porto", new JobSpec("Chef", "chef", "", ["Porto, PT"], RemotePolicy.OnSite, EmploymentType.FullTime, "", []), ["haccp"], []),
        null);

    private static readonly DialogueState ReceptionistOpen = new(
        new OpenProject("rec-porto", new JobSpec("Receptionist", "receptionist", "", ["Porto, PT"], RemotePolicy.OnSite, EmploymentType.FullTime, "", []), ["opera pms"], []),
        null);

    private static readonly DialogueState AccountantOpen = new(
        new OpenProject("acc-lyon", new JobSpec("Accountant", "accountant", "", ["Lyon, FR"], RemotePolicy.OnSite, EmploymentType.FullTime, "", []), ["sage"], []),
        null);

    // A screen booked in other languages, or moved to another time.
    [Theory]
    [InlineData("Programme un entretien avec Léa Girard mercredi à 15h")]
    [InlineData("Organizza una chiamata con Davide venerdì mattina")]
    [InlineData("Kannst du das Vorstellungsgespräch mit Herrn Braun auf Montag verschieben?")]
    [InlineData("Agenda una videollamada con Marta para el jueves")]
    [InlineData("Plan een belafspraak in met Joris voor vrijdag")]
    [InlineData("could you shift Omar's call to Wednesday morning?")]
    [InlineData("reschedule Hannah's screen, she can't do Tuesday")]
    public async Task AScreenBookedOrMovedIsScheduled(string message)
    {
        Assert.Equal(PlanIntent.ScheduleScreen, await IntentAsync(message, ChefOpen));
    }

    // Questions for a screen in other languages and in shorthand, whatever requirements they list.
    [Theory]
    [InlineData("Scrivi delle domande per la selezione dei cuochi: HACCP e turni nel weekend")]
    [InlineData("Bereite bitte Interviewfragen für die Köche vor")]
    [InlineData("Maak een paar sollicitatievragen voor de koks")]
    [InlineData("Elabora preguntas para la entrevista: experiencia en cocina y turnos de noche")]
    [InlineData("screening qs for the chef role: HACCP, weekends ok, notice period")]
    [InlineData("Prepara perguntas para a triagem dos cozinheiros: HACCP e fins de semana")]
    public async Task ScreeningQuestionsAreReadInOtherLanguages(string message)
    {
        Assert.Equal(PlanIntent.PrepareScreeningQuestions, await IntentAsync(message, ChefOpen));
    }

    // A message to candidates asked for as a question in other languages is no search.
    [Theory]
    [InlineData("Peux-tu écrire un message aux cuisiniers de la shortlist ?")]
    [InlineData("Stuur een berichtje naar de kandidaten op de lijst")]
    [InlineData("Schreib bitte eine Nachricht an die drei Kandidaten")]
    [InlineData("Kun je een mail opstellen voor de kandidaten over de vacature?")]
    public async Task AMessageToCandidatesIsOutreach(string message)
    {
        Assert.Equal(PlanIntent.DraftOutreach, await IntentAsync(message, ChefOpen));
    }

    // A verdict said of someone by name, and a candidate to be put in front of the people who hire, beside the role named.
    [Theory]
    [InlineData("Re the chef shortlist - Marco's a yes, get him in front of the owner. Not Ana.")]
    [InlineData("Joana is a firm no, the others are fine")]
    public async Task AVerdictOnSomeoneByNameIsFeedback(string message)
    {
        Assert.Equal(PlanIntent.CandidateFeedback, await IntentAsync(message, ChefOpen));
    }

    // More people for the open role, with a wish of the person who hires ("GM wants …"): that title is no other role.
    [Theory]
    [InlineData("Find more CVs for the receptionist role in Porto - the GM says hotel experience helps.")]
    [InlineData("Pull more profiles for the receptionist role. GM wants people who speak French.")]
    public async Task MoreForTheOpenRoleWithAWishOfTheHiringSideIsItsSearch(string message)
    {
        Assert.Equal(PlanIntent.FindCandidates, await IntentAsync(message, ReceptionistOpen));
    }

    // The open role named as one in another language, with a requirement added: a change to it, not its search.
    [Fact]
    public async Task ARequirementAddedToTheRoleNamedInAnotherLanguageChangesIt()
    {
        Assert.Equal(PlanIntent.RefineRequirements, await IntentAsync("Pour le poste de comptable à Lyon, ajoute Sage comme obligatoire", AccountantOpen));
    }

    // Thanks and the weather in other languages are chat, even naming the open role's own town; another town beside thanks is a change.
    [Theory]
    [InlineData("dzięki :)", PlanIntent.SmallTalk)]
    [InlineData("Hoy hace muchísimo frío en Oporto", PlanIntent.SmallTalk)]
    [InlineData("thanks! make it Lisbon instead", PlanIntent.RefineRequirements)]
    public async Task ChatAboutTheDayIsSmallTalk(string message, PlanIntent expected)
    {
        Assert.Equal(expected, await IntentAsync(message, ChefOpen));
    }
}
