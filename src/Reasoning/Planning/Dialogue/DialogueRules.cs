using System.Text.RegularExpressions;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>prompts/builtin/dialogue.yaml compiled and validated: the cues the planner reads a message's place in the conversation by.</summary>
public sealed partial class DialogueRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private readonly Regex[] _hiring;
    private readonly Regex[] _same;
    private readonly Regex[] _new;
    private readonly Regex[] _repeat;
    private readonly Regex[] _newRole;
    private readonly Regex[] _anotherRole;
    private readonly Regex[] _outreach;
    private readonly Regex[] _refine;
    private readonly Regex[] _feedback;
    private readonly Regex[] _verdict;
    private readonly Regex[] _topic;
    private readonly Regex[] _market;
    private readonly Regex[] _goAhead;
    private readonly Regex[] _relax;
    private readonly Regex[] _question;
    private readonly Regex[] _return;
    private readonly Regex[] _notNow;
    private readonly Regex[] _correction;
    private readonly Regex[] _rename;
    private readonly Regex[] _samePlace;
    private readonly Regex[] _offer;
    private readonly Regex[] _standing;
    private readonly Regex[] _aside;
    private readonly Regex[] _search;
    private readonly Regex[] _sources;
    private readonly Regex[] _overnight;
    private readonly string _projectNouns;
    private readonly List<string> _projectNamePatterns;
    private readonly List<string> _projectPeoplePatterns;
    private readonly List<string> _speakerPatterns;
    private readonly List<string> _consultedPatterns;
    private readonly Regex _roleLead;

    public DialogueRules(DialogueRulesFile file)
    {
        Version = string.IsNullOrWhiteSpace(file.Version) ? throw Invalid("'version' is missing") : file.Version;
        _hiring = Compile(file.HiringCues, "hiring_cues");
        _same = Compile(file.SameProjectCues, "same_project_cues");
        _new = Compile(file.NewProjectCues, "new_project_cues");
        _repeat = Compile(file.RepeatRoleCues, "repeat_role_cues");
        _newRole = Compile(file.NewRoleCues, "new_role_cues");
        _anotherRole = Compile(file.AnotherRoleCues, "another_role_cues");
        _outreach = Compile(file.OutreachCues, "outreach_cues");
        _refine = Compile(file.RefineCues, "refine_cues");
        _feedback = Compile(file.FeedbackCues, "feedback_cues");
        _verdict = Compile(file.VerdictCues, "verdict_cues");
        _topic = Compile(file.TopicCues, "topic_cues");
        _market = Compile(file.MarketCues, "market_cues");
        _goAhead = Compile(file.GoAheadCues, "go_ahead_cues");
        _relax = Compile(file.RelaxCues, "relax_cues");
        _question = Compile(file.QuestionCues, "question_cues");
        _return = Compile(file.ReturnCues, "return_cues");
        _notNow = Compile(file.NotNowCues, "not_now_cues");
        _correction = Compile(file.CorrectionCues, "correction_cues");
        _rename = Compile(file.RenameCues, "rename_cues");
        _samePlace = Compile(file.SamePlaceCues, "same_place_cues");
        _offer = Compile(file.OfferCues, "offer_cues");
        _standing = Compile(file.StandingCues, "standing_cues");
        _aside = Compile(file.AsideCues, "aside_cues");
        _search = Compile(file.SearchCues, "search_cues");
        _sources = Compile(file.SourceCues, "source_cues");
        _overnight = Compile(file.OvernightCues, "overnight_cues");
        _projectNamePatterns = file.ProjectNamePatterns;
        _projectPeoplePatterns = file.ProjectPeoplePatterns;
        _speakerPatterns = file.SpeakerPatterns;
        _consultedPatterns = file.ConsultedPatterns;
        _projectNouns = file.ProjectNouns.Count == 0 ? throw Invalid("project_nouns is empty") : string.Join('|', file.ProjectNouns.Select(Regex.Escape));
        BareRoleMaxOtherWords = file.BareRoleMaxOtherWords;
        _roleLead = string.IsNullOrWhiteSpace(file.RoleLead) ? throw Invalid("role_lead is missing") : Compile([file.RoleLead], "role_lead")[0];
        DecisiveIntents = Intents(file.DecisiveIntents, "decisive_intents");
        YieldToOpenRequirements = Intents(file.YieldToOpenRequirements, "yield_to_open_requirements");
        Approvals = new ApprovalReader(file.Approvals);
    }

    public string Version { get; }

    public int BareRoleMaxOtherWords { get; }

    public IReadOnlySet<PlanIntent> DecisiveIntents { get; }

    /// <summary>Intents that are a requirement change when the message names one of the open project's requirements ("forget Python").</summary>
    public IReadOnlySet<PlanIntent> YieldToOpenRequirements { get; }

    /// <summary>How a message decides what waits for the recruiter's approval.</summary>
    public ApprovalReader Approvals { get; }

    public static DialogueRules Load(PromptLibrary library) => new(BuiltInResource.Load<DialogueRulesFile>(library, DialogueRulesFile.FileName));

    public bool AsksToHire(string message) => Any(_hiring, message);

    /// <summary>
    /// Whether the message opens with the title as written, after nothing but a label or a level ("Hiring: Senior
    /// Tax Associate, Frankfurt", "Driver in Leeds, clean licence"): the first line of a job ad, which describes a role.
    /// </summary>
    public bool OpensWithTitle(string message, string written)
    {
        var at = message.IndexOf(written, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && _roleLead.IsMatch(message[..at]);
    }

    /// <summary>People with a title as the topic of something else ("a joke about recruiters").</summary>
    public bool TalksAbout(string message) => Any(_topic, message);

    public bool RefersToOpenProject(string message) => Any(_same, message);

    public bool MentionsAnotherProject(string message) => Any(_new, message);

    /// <summary>Whether the message announces one more role without naming it ("got one to fill in Leeds").</summary>
    public bool AnnouncesRole(string message) => Any(_newRole, message);

    public bool RepeatsRole(string message) => Any(_repeat, message);

    /// <summary>
    /// Whether the message sets a role beside the open one as one more ("another one for the same JV: planning engineer", "and a
    /// pharmacy technician for the same branch", "open a second one: HSE officer"): with a title other than the open one's, a new project.
    /// </summary>
    public bool AddsRole(string message) => Any(_anotherRole, message) || Any(_samePlace, message);

    /// <summary>"sorry, one correction", "I meant": the message puts right what was said before.</summary>
    public bool Corrects(string message) => Any(_correction, message);

    /// <summary>"make it a sous chef", "the title should be welder": the message renames the open role.</summary>
    public bool Renames(string message) => Any(_rename, message);

    public bool SendsToCandidates(string message) => Any(_outreach, message);

    /// <summary>"we offer visa sponsorship", "the salary band is 60-70k", "relocation is covered": what the job offers the people hired.</summary>
    public bool DescribesOffer(string message) => Any(_offer, message);

    /// <summary>"keep in mind", "for future reqs", "all our Dublin roles": the statement is kept beyond the open project.</summary>
    public bool KeepsBeyondProject(string message) => Any(_standing, message);

    public bool ChangesRequirements(string message) => Any(_refine, message);

    /// <summary>"unrelated, but…", "random q:", "off topic –": the message says itself that it is not about the hiring work.</summary>
    public bool SetsAside(string message) => Any(_aside, message);

    /// <summary>"find more for the Glasgow role", "run a new search but …", "cercane altri 15": more people for the open project, asked for in so many words.</summary>
    public bool AsksForMore(string message) => Any(_search, message);

    /// <summary>"also pull from the Techqueria and /dev/color communities", "widen the search to veteran talent networks": more places to draw people from.</summary>
    public bool AddsSources(string message) => Any(_sources, message);

    /// <summary>Whether the words lie inside a place to draw people from that the message names ("dev" in "pull from Women Who Code and /dev/color").</summary>
    public bool NamesInSource(string message, string words) =>
        Array.Exists(_sources, p => p.Matches(message).Any(m => m.Value.Contains(words, StringComparison.OrdinalIgnoreCase)));

    /// <summary>"source overnight for the paralegal search", "keep looking overnight": a search asked to run through the night.</summary>
    public bool SearchesOvernight(string message) => Any(_overnight, message);

    /// <summary>
    /// Whether the message names the open project as a project by one of its names (its title as written or read, its place):
    /// "quick update on the sheffield QS search", "For the Omaha truck driver project:", "tweak the brief for the Austin growth marketer:";
    /// in other languages by a noun of their own ("para a vaga de técnico de redes", "au poste de comptable", "zur Java-Stelle").
    /// </summary>
    public bool NamesAsOpenProject(string message, IEnumerable<string> names) =>
        names.Where(n => n.Length > 1).Any(name =>
        {
            var named = Regex.Escape(name);
            var words = @"[\p{L}\d&/.+-]+";
            return Regex.IsMatch(message, $@"\b(?:the|our|my|this|that)\s+(?:{words}\s+){{0,4}}?{named}s?(?:\s+{words}){{0,3}}?\s+(?:{_projectNouns}|shortlist|brief|spec)s?\b", Options, RegexLimit.Time)
                || Regex.IsMatch(message, $@"^\W*(?:\p{{L}}+\W+){{0,3}}?(?:for|on|re|about|regarding)\s+the\s+(?:{words}\s+){{0,4}}?{named}s?(?:\s+{words}){{0,3}}?\s*(?::|—|–|\s-\s)", Options, RegexLimit.Time)
                || _projectNamePatterns.Exists(p => Regex.IsMatch(message, p.Replace("{name}", named + "s?", StringComparison.Ordinal), Options, RegexLimit.Time));
        });

    /// <summary>Whether the phrase is weighed as a requirement is ("irrigation mgmt must", "payroll exp is a plus").</summary>
    public static bool WeighsPhrase(string message, string phrase) =>
        Regex.IsMatch(message, $@"\b{Regex.Escape(phrase)}\s+(?:is\s+|are\s+)?(?:an?\s+)?(?:must|essential|required|mandatory|compulsory|needed|plus|nice(?:[- ]to[- ]have)?|preferred|good[- ]to[- ]have|bonus)\b", Options, RegexLimit.Time);

    public bool GivesFeedback(string message) => Any(_feedback, message) || Any(_verdict, message);

    /// <summary>Feedback that names candidates ("1 and 3 look right", "none of these"), not only a verdict ("looks right").</summary>
    public bool NamesCandidates(string message) => Any(_feedback, message);

    public bool GoesAhead(string message) => Any(_goAhead, message);

    /// <summary>Whether the message lets one of the spec's fields go ("any level is fine", "location doesn't matter").</summary>
    public bool RelaxesField(string message) => Any(_relax, message);

    /// <summary>Whether the message asks about the open project rather than changing it ("is it hybrid?").</summary>
    public bool AsksAboutProject(string message) => Any(_question, message);

    /// <summary>Whether the message asks about the market for such a role (its pay, how hard it is to fill, how long a search takes).</summary>
    public bool AsksAboutMarket(string message) => Any(_market, message);

    /// <summary>Whether the message puts hiring off or was not meant for the assistant ("nothing to hire for yet", "wrong window").</summary>
    public bool PutsOff(string message) => Any(_notNow, message);

    /// <summary>Whether the message goes back to an earlier project ("back to…", "regarding…").</summary>
    public bool GoesBack(string message) => Any(_return, message);

    /// <summary>Whether the message names a project by its title as a project: "the paralegal one", "the accountant search", "the UX designer role".</summary>
    public bool NamesAsProject(string message, string title) => ProjectName(message, title, nounRequired: true).Success;

    /// <summary>
    /// Whether the message names a project as one by a word of its name among other words of it: "the den haag fm role",
    /// "the Java backend opening" (a word of the title, its initials or its place, with others before or after it).
    /// </summary>
    public bool NamesAsProjectAmongWords(string message, string word) => NamedAmongWords(message, word).Success;

    /// <summary>Whether the message asks for people by a word of a project's name: "find fm candidates", "go find me techs".</summary>
    public bool AsksForPeopleOf(string message, string word) =>
        _projectPeoplePatterns.Exists(p => Regex.IsMatch(message, p.Replace("{name}", Regex.Escape(word) + "s?", StringComparison.Ordinal), Options, RegexLimit.Time));

    /// <summary>Whether the title as written speaks or wishes ("GM wants nights covered", "the HM says no agencies"): someone's title, not a role to hire.</summary>
    public bool Speaks(string message, string title) =>
        _speakerPatterns.Exists(p => Regex.IsMatch(message, p.Replace("{name}", Regex.Escape(title), StringComparison.Ordinal), Options, RegexLimit.Time));

    /// <summary>Whether the title as written is someone consulted ("let me check with the ops manager", "branch manager se baat karke"): not a role to hire.</summary>
    public bool Consulted(string message, string title) =>
        _consultedPatterns.Exists(p => Regex.IsMatch(message, p.Replace("{name}", Regex.Escape(title), StringComparison.Ordinal), Options, RegexLimit.Time));

    /// <summary>"budget for payroll is 45k", "swedish would be a bonus for the techs": a word of a project's title right after "for" or "for the".</summary>
    public static bool NamesAfterFor(string message, string word) => Regex.IsMatch(message, $@"\bfor\s+(?:the\s+)?{Regex.Escape(word)}s?\b", Options, RegexLimit.Time);

    /// <summary>
    /// The message without the words that name the project it goes back to: "sorry, back to the payroll one - Ceridian
    /// would be a bonus" is "Ceridian would be a bonus"; "make it hybrid for the paralegal one" is "make it hybrid".
    /// </summary>
    public string WithoutProjectName(string message, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => n.Length > 1))
        {
            var asProject = ProjectName(message, name, nounRequired: false);
            if (!asProject.Success)
            {
                continue;
            }

            var before = message[..asProject.Index];
            var after = message[(asProject.Index + asProject.Length)..];
            var rest = LeadIn().IsMatch(before) ? after : TrailingLink().Replace(before, string.Empty) + after;
            return rest.TrimStart(' ', ',', ':', ';', '-', '—', '–').Trim() is { Length: > 0 } left ? left : message;
        }

        return message;
    }

    /// <summary>
    /// The message with the words that place a role where the open project is written as those places: "and a
    /// restaurant manager for the same location" is "and a restaurant manager in Austin, US" for a project in Austin.
    /// </summary>
    public string WithOpenPlaces(string message, IReadOnlyList<string> places)
    {
        if (places.Count == 0)
        {
            return message;
        }

        var written = "in " + string.Join(" or ", places);
        foreach (var pattern in _samePlace)
        {
            if (pattern.Match(message) is { Success: true } match)
            {
                return string.Concat(message.AsSpan(0, match.Index), written, message.AsSpan(match.Index + match.Length));
            }
        }

        return message;
    }

    // "the paralegal one", "our payroll search", "the techs"; without the noun too ("the mechanical engineer") when asked, and
    // then among other words of the name too ("the den haag fm role"). Other languages name it with a noun of their own
    // ("zur Java-Stelle", "au poste de Paris").
    private Match ProjectName(string message, string name, bool nounRequired)
    {
        var english = Regex.Match(message, $@"\b(?:the|that|our|my)\s+{Regex.Escape(name)}s?(?:\s+(?:{_projectNouns})){(nounRequired ? "" : "?")}\b", Options, RegexLimit.Time);
        if (english.Success)
        {
            return english;
        }

        var among = nounRequired ? english : NamedAmongWords(message, name);
        return among.Success
            ? among
            : _projectNamePatterns.Select(p => Regex.Match(message, p.Replace("{name}", Regex.Escape(name) + "s?", StringComparison.Ordinal), Options, RegexLimit.Time))
                .FirstOrDefault(m => m.Success) ?? english;
    }

    // "the den haag fm role", "the Java backend opening": the word with up to three others before it or two after it, then a project's noun.
    private Match NamedAmongWords(string message, string name) =>
        Regex.Match(message, $@"\b(?:the|that|our|my)\s+(?:{GapWord}\s+){{0,3}}?{Regex.Escape(name)}s?(?:\s+{GapWord}){{0,2}}?\s+(?:{_projectNouns})\b", Options, RegexLimit.Time);

    // A word inside a project's name: not one that starts another phrase ("the base for the paralegal").
    private const string GapWord = @"(?!(?:the|a|an|for|to|of|and|or|in|on|at|with|from|is|are)\b)[\p{L}\d&/.+-]+";

    // Only words that lead to a project's name: "sorry, back to", "ok, going back to", "regarding".
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|right|so|now|and|sorry|oh|also|then|go|going|come|coming|back|to|return|returning|switch|switching|regarding|re|about|for|on|with|zurück|wieder|retour|revient|revenons|volvamos|volviendo|vuelvo|torniamo|tornando|terug|wracając|wróćmy|voltando|voltemos|naar|do|a|al|ao|à)\W*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    // "make it hybrid for the paralegal one": the word that led to the name goes with it.
    [GeneratedRegex(@"\s*\b(?:for|on|about|to|with|of|in|regarding)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLink();

    private static bool Any(Regex[] patterns, string message) => Array.Exists(patterns, p => p.IsMatch(message));

    private static HashSet<PlanIntent> Intents(List<string> names, string key) =>
        [.. names.Select(name => Enum.TryParse<PlanIntent>(name, out var intent) ? intent : throw Invalid($"'{name}' in {key} is not an intent"))];

    internal static Regex[] Compile(List<string> patterns, string name)
    {
        if (patterns.Count == 0)
        {
            throw Invalid($"{name} is empty");
        }

        return [.. patterns.Select((p, i) =>
        {
            try
            {
                return new Regex(p, Options, RegexLimit.Time);
            }
            catch (ArgumentException e)
            {
                throw Invalid($"{name}[{i}] is not a valid pattern: {e.Message}");
            }
        })];
    }

    internal static InvalidDataException Invalid(string message) => new($"{DialogueRulesFile.FileName}: {message}.");
}
