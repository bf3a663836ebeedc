using System.Text.RegularExpressions;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>
/// Reads a message against what waits for the recruiter's approval (the "approvals" section of prompts/builtin/dialogue.yaml):
/// a message of nothing but a verdict ("approve all of that", "lgtm, send it", "no, don't send that") decides the pending
/// approvals its words name, or all of them when it says so or only one could be meant; when it could mean several, the
/// one question which. Affirming ("yes good", "passt so 👍") or putting off ("not yet", "hold the search") decides too when
/// no other question is open. A clause of nothing but a verdict decides beside a reason or the next request, which it hands
/// on; clauses deciding both ways, each naming what it decides, are a mixed decision. With nothing pending, or words beyond
/// a verdict, it is no decision and keeps its other reading.
/// </summary>
public sealed partial class ApprovalReader
{
    private readonly Regex[] _approve;
    private readonly Regex[] _agree;
    private readonly Regex[] _reject;
    private readonly Regex[] _affirm;
    private readonly Regex[] _acknowledge;
    private readonly Regex[] _decline;
    private readonly Regex[] _hedge;
    private readonly Regex[] _later;
    private readonly Regex _contrast;
    private readonly Regex[] _letter;
    private readonly Regex[] _all;
    private readonly Regex[] _amend;
    private readonly Regex[] _pointing;
    private readonly Regex[] _tags;
    private readonly Regex _filler;
    private readonly Regex _clauseBreak;
    private readonly int _maxOtherWords;
    private readonly Kind[] _kinds;
    private readonly string _question;
    private readonly string _projectChoice;
    private readonly string[] _verdicts;

    public ApprovalReader(ApprovalCuesFile file)
    {
        _approve = DialogueRules.Compile(file.ApproveCues, "approvals.approve_cues");
        _agree = DialogueRules.Compile(file.AgreeCues, "approvals.agree_cues");
        _reject = DialogueRules.Compile(file.RejectCues, "approvals.reject_cues");
        _affirm = DialogueRules.Compile(file.AffirmCues, "approvals.affirm_cues");
        _acknowledge = DialogueRules.Compile(file.AcknowledgeCues, "approvals.acknowledge_cues");
        _decline = DialogueRules.Compile(file.DeclineCues, "approvals.decline_cues");
        _hedge = DialogueRules.Compile(file.HedgeCues, "approvals.hedge_cues");
        _later = DialogueRules.Compile(file.LaterCues, "approvals.later_cues");
        _contrast = DialogueRules.Compile([file.Contrast], "approvals.contrast")[0];
        _letter = DialogueRules.Compile(file.LetterCues, "approvals.letter_cues");
        _all = DialogueRules.Compile(file.AllCues, "approvals.all_cues");
        _amend = DialogueRules.Compile(file.AmendCues, "approvals.amend_cues");
        _pointing = DialogueRules.Compile(file.PointingCues, "approvals.pointing_cues");
        _tags = DialogueRules.Compile(file.QuestionTags, "approvals.question_tags");
        _filler = DialogueRules.Compile([file.Filler], "approvals.filler")[0];
        _clauseBreak = DialogueRules.Compile([file.ClauseBreak], "approvals.clause_break")[0];
        _maxOtherWords = file.MaxOtherWords;
        _kinds = file.Kinds.Count == 0
            ? throw DialogueRules.Invalid("approvals.kinds is empty")
            : [.. file.Kinds.Select((k, i) => new Kind(k.Actions.ToHashSet(StringComparer.Ordinal), k.Name, DialogueRules.Compile(k.Cues, $"approvals.kinds[{i}].cues")))];
        _question = file.Question.Contains("{choices}", StringComparison.Ordinal) ? file.Question : throw DialogueRules.Invalid("approvals.question lacks {choices}");
        _projectChoice = file.ProjectChoice.Contains("{project}", StringComparison.Ordinal) ? file.ProjectChoice : throw DialogueRules.Invalid("approvals.project_choice lacks {project}");
        _verdicts = file.Verdicts.Count == 2 ? [.. file.Verdicts] : throw DialogueRules.Invalid("approvals.verdicts needs the approving and the rejecting word");
    }

    /// <summary>The decision the message makes on what waits, or null when it makes none (nothing waits, or it says more than a verdict).</summary>
    public ApprovalChoice? Read(string message, DialogueState dialogue)
    {
        var waiting = dialogue.Waiting;
        // "the qualifications" answers "which should I approve?": the verdict is the one asked about.
        var answering = dialogue.Question is { Kind: OpenQuestion.Approval } asked ? asked : null;
        var asks = Asks(message);
        if (waiting.Count == 0 || (asks && (answering is not null || _clauseBreak.Split(message).Any(AsksAboutIt))))
        {
            // "anything else waiting on me?", "¿me queda algo pendiente por aprobar?", "approved, right?": a question decides
            // nothing; only a clause of nothing but a verdict beside another question does ("approved — can you pull
            // candidates now?"), read below as a clause.
            return null;
        }

        // "yes" or "go ahead" answers another open question; only a verdict in so many words decides beside it.
        var agrees = dialogue.Question is null || answering is not null;
        // Read once: a mixed decision returns here, a single verdict is used below when the whole message is more than one.
        var verdictClause = VerdictClause(message, dialogue, agrees);
        if (verdictClause is { Mixed: { } mixed })
        {
            // "lisbon one ok. porto not yet": each clause decides what it names, one way and the other.
            return mixed;
        }

        var own = asks ? null : Verdict(message, dialogue, agrees, whole: true);
        // "approve the Leeds one", "the sommelier reqs": a project named by its title or place picks its approvals.
        var projects = NamedProjects(message, dialogue);
        if (answering is not null && own is null && OtherWords(message, projects.Words) > 0)
        {
            // Only naming one ("the search", "los dos") answers which; with a verb of its own ("lance la recherche") it asks for that.
            return null;
        }

        var approve = own ?? (answering is not null ? Verdict(answering.Request, dialogue, agrees: true, whole: true) : null);
        string? rest = null;
        if (approve is null || OtherWords(message, projects.Words) > _maxOtherWords)
        {
            // "actually hold off — finance haven't signed it", "lgtm — now pull me some candidates": a clause of nothing
            // but a verdict decides, read alone; the rest explains it or asks for what comes next. Asked which, only a
            // verdict of its own does ("sorry, both are wrong — reject both, I'll resend").
            if ((answering is not null && own is null) || verdictClause is not { } clause)
            {
                return null;
            }

            (message, rest, approve, projects, _) = clause;
        }

        List<PendingApproval> scope = answering is not null ? [.. waiting.Where(w => answering.Missing.Contains(w.Id))]
            : projects.Ids.Count > 0 ? [.. waiting.Where(w => w.ProjectId is { } id && projects.Ids.Contains(id))]
            : InProject(waiting, dialogue.Project?.ProjectId);
        if (answering is not null && projects.Ids.Count > 0)
        {
            // "the quantity surveyor one" answers which by naming a project: its choices are the ones meant.
            scope = [.. scope.Where(w => w.ProjectId is { } id && projects.Ids.Contains(id))];
        }

        // "send it" names the outreach when a message waits; beside only qualifications it tells it to go ahead with those.
        var pointed = _pointing.Aggregate(message, (text, pattern) => pattern.Replace(text, " "));
        var namesKind = _kinds.Any(k => Any(k.Cues, pointed));
        var named = scope.Where(w => Names(message, w)).ToList();
        if (named.Count == 0 && projects.Ids.Count == 0 && answering is null)
        {
            // "run the search" while the open project's qualifications wait: the search is the earlier project's.
            named = [.. waiting.Where(w => Names(message, w))];
        }

        if (namesKind && named.Count == 0 && answering is null)
        {
            // "send the outreach" with only qualifications waiting asks for something else.
            return null;
        }

        if (answering is not null && named.Count == 0 && projects.Ids.Count == 0 && !Any(_all, message))
        {
            // Neither one of them nor "all": the question is left for what the message asks instead.
            return null;
        }

        // A verdict that picks nothing ("yes", "dale") while another project's approval waits too could mean either: it asks.
        // "approve both" with one thing waiting in the open project and one in another means those two.
        var meant = named.Count > 0 ? named
            : answering is null && projects.Ids.Count == 0 && (!Any(_all, message) || scope.Count == 1) ? [.. waiting]
            : scope;
        if (meant.Count == 0)
        {
            return null;
        }

        return meant.Count == 1 || Any(_all, message)
            ? new ApprovalChoice(approve.Value, [.. meant.Select(w => w.Id)], Rest: rest)
            : new ApprovalChoice(approve.Value, [.. meant.Select(w => w.Id)], Ask(approve.Value, meant, dialogue), rest);
    }

    /// <summary>
    /// The clauses of nothing but a verdict (beside other words, only agreeing to act, refusing or putting off, or affirming
    /// what the clause names: "go for it", "not yet", "the nurse one's ok"; a bare "ok" or "yes, thanks" is no clause of its
    /// own) and the rest, which explains them or asks for more; when the clauses decide both ways, each naming what it
    /// decides ("lisbon one ok. porto not yet"), the mixed decision. Null when no clause is a verdict.
    /// </summary>
    private (string Verdict, string? Others, bool Approve, (HashSet<string> Ids, HashSet<string> Words) Projects, ApprovalChoice? Mixed)? VerdictClause(string message, DialogueState dialogue, bool agrees)
    {
        var clauses = _clauseBreak.Split(message).Where(c => c.Any(char.IsLetterOrDigit) || Any(_affirm, c)).ToList();
        // A clause that says more than a verdict ("HM se confirm karna hai") is part of the reason, not a verdict.
        // A clause that asks ("approve? what would that do") is no verdict either.
        // What each clause names is read once: the verdicts and the labels before them both weigh it.
        var naming = clauses.Select(c => NamedProjects(c, dialogue).Words).ToList();
        var read = clauses.Select((c, i) => !Asks(c) && Verdict(c, dialogue, agrees, whole: false) is { } v && OtherWords(c, naming[i]) <= _maxOtherWords ? v : (bool?)null).ToList();
        if (!read.Any(v => v is not null))
        {
            return null;
        }

        // "the sparkies search — run it": a clause that only names what waits, just before a verdict, is what it decides.
        var labels = clauses.Where((c, i) => read[i] is null && i + 1 < clauses.Count && read[i + 1] is not null && !Asks(c) && NamesWaiting(c, dialogue)
            && OtherWords(c, naming[i]) <= _maxOtherWords).ToHashSet(StringComparer.Ordinal);
        var verdicts = clauses.Select((c, i) => (Clause: i > 0 && labels.Contains(clauses[i - 1]) ? $"{clauses[i - 1]}. {c}" : c, Verdict: read[i], At: i))
            .Where(r => r.Verdict is not null).Select(r => (r.Clause, Approve: r.Verdict!.Value, r.At)).ToList();
        // "fwd from the HM: > Hi Mette, the requirements look right … > /Lars": the note's frame is neither verdict nor request.
        // A bare yes beside an approval ("sweet, approve that but take the cert off") is part of it, not of what comes next.
        var approves = verdicts.Any(v => v.Approve);
        var others = clauses.Where((c, i) => read[i] is null && !labels.Contains(c) && !Any(_letter, c) && !(approves && Affirms(c))).ToList();
        var rest = others.Count > 0 ? string.Join(". ", others) : null;
        if (verdicts.Select(v => v.Approve).Distinct().Count() > 1)
        {
            // "Chef reqs are grand, approve those", "HSE list isn't right, reject that one": a verdict that names nothing
            // decides what the nearest clause before it names.
            var named = verdicts.Select(v => NamesWaiting(v.Clause, dialogue) ? v.Clause
                : clauses.Take(v.At).LastOrDefault(c => NamesWaiting(c, dialogue)) is { } before ? $"{before}. {v.Clause}" : v.Clause);
            return Mixed([.. named.Zip(verdicts, (c, v) => (c, v.Approve))], dialogue, rest) is { } mixed ? ("", rest, true, ([], []), mixed) : null;
        }

        var said = string.Join(". ", verdicts.Select(v => v.Clause));
        return (said, rest, verdicts[0].Approve, NamedProjects(said, dialogue), null);
    }

    /// <summary>
    /// A bare yes opening a message ("fine but make dbt a must", "va bene, però il PLC obbligatorio", "passt, aber Englisch als
    /// Pflicht") with no other question open: the approval of the one thing waiting in the open project, and the rest, none of
    /// it a verdict or a question. It is no decision of its own: only a change of what waits beside it makes it one (the
    /// planner weighs that), since a bare "ok, let me think" decides nothing. Null when it is none. Unless
    /// <paramref name="contrasted"/>, a yes without "but" counts too ("tá ótimo, pode procurar candidatos"): the planner
    /// takes it only before the next work on the qualifications it approves, never before a change it agrees with.
    /// </summary>
    public ApprovalChoice? AffirmedBeside(string message, DialogueState dialogue, bool contrasted = true)
    {
        if (dialogue.Waiting.Count == 0 || dialogue.Question is not null || Asks(message))
        {
            return null;
        }

        var clauses = _clauseBreak.Split(message).Where(c => c.Any(char.IsLetterOrDigit) || Any(_affirm, c)).ToList();
        if (clauses.Count < 2 || !Affirms(clauses[0]) || clauses.Skip(1).Any(c => Verdict(c, dialogue, agrees: true, whole: false) is not null))
        {
            return null;
        }

        // "ok yeah, drop SAS" agrees with the change it asks for; only "but" and its like set a yes to what waits beside it.
        var after = message.IndexOf(clauses[0], StringComparison.Ordinal) + clauses[0].Length;
        if (contrasted && !_contrast.IsMatch(message[after..]))
        {
            return null;
        }

        var meant = InProject(dialogue.Waiting, dialogue.Project?.ProjectId);
        return meant.Count == 1 ? new ApprovalChoice(true, [meant[0].Id], Rest: string.Join(". ", clauses.Skip(1))) : null;
    }

    /// <summary>Whether a clause is nothing but a yes ("fine", "sweet", "va bene", "dale"): affirming or agreeing, with no word beside it and nothing that negates, hedges or refuses.</summary>
    private bool Affirms(string clause) =>
        (Any(_affirm, clause) || Any(_agree, clause)) && !Any(_reject, clause) && !Any(_hedge, clause) && !Any(_decline, clause) && !Any(_acknowledge, clause)
        && OtherWords(clause, []) == 0;

    /// <summary>Whether a clause names a kind of what waits ("the search") or a project something waits in ("the Leeds one").</summary>
    private bool NamesWaiting(string clause, DialogueState dialogue) =>
        _kinds.Any(k => Any(k.Cues, clause)) || NamedProjects(clause, dialogue).Ids.Count > 0;

    /// <summary>Whether the message asks something ("anything else waiting on me?").</summary>
    private static bool Asks(string message) => message.Contains('?', StringComparison.Ordinal) || message.Contains('¿', StringComparison.Ordinal);

    /// <summary>Whether a clause asks about the verdict beside it: a question of a word or two ("right?", "isn't it?") or its alternative ("or should we wait?").</summary>
    private bool AsksAboutIt(string clause) => Asks(clause) && (OtherWords(clause, []) <= _maxOtherWords || Any(_tags, clause));

    /// <summary>Whether what follows a verdict opens with "but" or its like ("maar zet er ook Duits bij", "aber Englisch als Pflicht"): a change set beside it.</summary>
    public bool Contrasts(string rest) => _contrast.IsMatch(rest);

    /// <summary>Whether words beside a verdict ask to change something first ("but change the greeting to Dear Lena").</summary>
    public bool Amends(string rest) => Any(_amend, rest);

    /// <summary>The message without its words for every one of them ("both look fine" as " look fine"): whether it still names candidates.</summary>
    public string WithoutAll(string message) => _all.Aggregate(message, (rest, pattern) => pattern.Replace(rest, " "));

    /// <summary>A decision both ways: each clause's own approvals by the kind or project it names, none of them in both; null when a clause picks none or could mean several.</summary>
    private ApprovalChoice? Mixed(List<(string Clause, bool Approve)> verdicts, DialogueState dialogue, string? rest)
    {
        List<string> approved = [];
        List<string> rejected = [];
        foreach (var (clause, approve) in verdicts)
        {
            var picked = Picked(clause, dialogue);
            if (picked.Count == 0)
            {
                return null;
            }

            (approve ? approved : rejected).AddRange(picked);
        }

        return approved.Intersect(rejected).Any() ? null : new ApprovalChoice(true, [.. approved.Distinct()], Rest: rest, Opposite: [.. rejected.Distinct()]);
    }

    /// <summary>The approvals a clause names: of the kind it names ("the search"), in the project it names ("the Lisbon one"); none when it names neither or could mean several projects'.</summary>
    private List<string> Picked(string clause, DialogueState dialogue)
    {
        var projects = NamedProjects(clause, dialogue);
        var scope = projects.Ids.Count > 0 ? [.. dialogue.Waiting.Where(w => w.ProjectId is { } id && projects.Ids.Contains(id))] : dialogue.Waiting.ToList();
        var named = scope.Where(w => Names(clause, w)).ToList();
        var picked = named.Count > 0 ? named : projects.Ids.Count > 0 ? scope : [];
        return projects.Ids.Count == 0 && picked.Count > 1 ? [] : [.. picked.Select(w => w.Id)];
    }

    /// <summary>
    /// Reject wins ("no, don't send that" names sending too); negated or hedged ("hasn't approved it yet"), approving words
    /// decide nothing. Only agreeing, refusing, putting off or affirming decides when no other question is open; affirming
    /// ("yes good", "👍") only in a message of nothing else, or in a clause naming what it decides, which may say one word
    /// more ("the residente reqs are ok"). Null when it gives no verdict.
    /// </summary>
    private bool? Verdict(string message, DialogueState dialogue, bool agrees, bool whole)
    {
        if (Any(_reject, message))
        {
            return false;
        }

        if (Any(_hedge, message) || (Any(_later, message) && _clauseBreak.Split(message).Count(c => c.Any(char.IsLetterOrDigit)) == 1))
        {
            // "she hasn't approved it yet", "I'd approve it if it had X": approving words negated or hedged decide nothing;
            // only putting off in them does ("not yet", "nog niet"), after what it names too ("sous chef not quite").
            return agrees && (Any(_decline, message) || DeclinesWhatItNames(message, dialogue)) ? false : null;
        }

        if (Any(_approve, message))
        {
            return true;
        }

        if (!agrees)
        {
            return null;
        }

        if (Any(_decline, message) || DeclinesWhatItNames(message, dialogue))
        {
            return false;
        }

        if (Any(_agree, message))
        {
            return true;
        }

        // "great ty", "ok thanks!": thanks with a casual word acknowledges; it approves nothing.
        if (Any(_acknowledge, message))
        {
            return null;
        }

        var projects = NamedProjects(message, dialogue);
        var names = projects.Ids.Count > 0 || _kinds.Any(k => Any(k.Cues, message));
        return Any(_affirm, message) && OtherWords(message, projects.Words) <= (names ? _maxOtherWords : 0) && (whole || names) ? true : null;
    }

    /// <summary>
    /// A bare no after what it names ("forklift one no", "el comercial de Bogotá no", "die Suche nein"): the clause without its
    /// project's words (its name, and the words of the request it was written with), its kind's words and its filler is nothing
    /// but a refusal. A no naming nothing is read as before.
    /// </summary>
    private bool DeclinesWhatItNames(string clause, DialogueState dialogue)
    {
        var (ids, naming) = NamedProjects(clause, dialogue);
        if (naming.Count == 0 && !_kinds.Any(k => Any(k.Cues, clause)))
        {
            return false;
        }

        // "el comercial de Bogotá no": the other words the recruiter wrote the named project with name it too.
        naming = [.. naming, .. dialogue.Projects.Where(p => ids.Contains(p.ProjectId))
            .SelectMany(p => Tokenizer.Tokenize(p.Spec.Description)).Select(t => t.Folded).Where(w => w.Length >= 3)];

        var unnamed = _kinds.SelectMany(k => k.Cues).Aggregate(clause, (rest, pattern) => pattern.Replace(rest, " "));
        var left = Tokenizer.Tokenize(unnamed).Select(t => t.Folded)
            .Where(t => t.Any(char.IsLetterOrDigit) && (Any(_decline, t) || (!naming.Contains(t) && !_filler.IsMatch(t))));
        return Any(_decline, string.Join(' ', left));
    }

    /// <summary>The words that are no verdict, no kind, no "all", no filler and no name of a project; a number ("1 and 3 look right") is one too.</summary>
    private int OtherWords(string message, HashSet<string> naming)
    {
        var rest = message;
        foreach (var pattern in _reject.Concat(_approve).Concat(_agree).Concat(_decline).Concat(_affirm).Concat(_all).Concat(_kinds.SelectMany(k => k.Cues)).Append(_filler))
        {
            rest = pattern.Replace(rest, " ");
        }

        return Tokenizer.Tokenize(rest).Count(t => t.Folded.Any(char.IsLetterOrDigit) && !naming.Contains(t.Folded));
    }

    /// <summary>The open project's approvals (and those of no project); all of them when none is the open project's.</summary>
    private static List<PendingApproval> InProject(IReadOnlyList<PendingApproval> waiting, string? projectId)
    {
        var own = waiting.Where(w => w.ProjectId is null || w.ProjectId == projectId).ToList();
        return projectId is null || own.Count == 0 ? [.. waiting] : own;
    }

    private bool Names(string message, PendingApproval waiting) =>
        _kinds.Any(k => k.Actions.Contains(waiting.StepAction) && Any(k.Cues, message));

    private string KindName(PendingApproval waiting) =>
        _kinds.FirstOrDefault(k => k.Actions.Contains(waiting.StepAction))?.Name ?? waiting.StepAction.Replace('-', ' ');

    private static bool Any(Regex[] patterns, string message) => Array.Exists(patterns, p => p.IsMatch(message));

    private sealed record Kind(HashSet<string> Actions, string Name, Regex[] Cues);
}
