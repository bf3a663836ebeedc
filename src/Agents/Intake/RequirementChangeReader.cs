using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Text;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Intake;

/// <summary>
/// Reads a change to an open project's requirements from the recruiter's words: per clause, the
/// requirements it names are removed ("drop Kafka"), made nice-to-have ("Python is just a nice to
/// have") or must-have ("Go is a must"), or added ("Rust instead", "they need to speak Dutch"); the
/// level, places and work arrangement it names change the spec ("make it remote within the EU",
/// "open it up to Rotterdam too", "actually senior not mid").
/// </summary>
public sealed partial class RequirementChangeReader(IntakePhrases phrases, RoleRequestReader roles, QualificationDrafter drafter, ChangedSkillMentions lowerCase, SkillVocabulary skills)
{
    /// <summary>"drop the nights" for "Nights only": a condition kept in the recruiter's words is named by any of its words' run.</summary>
    private static bool SaysCondition(string kept, string named) =>
        $" {TokenFold.Key(kept)} ".Contains($" {named} ", StringComparison.Ordinal) || $" {named} ".Contains($" {TokenFold.Key(kept)} ", StringComparison.Ordinal);

    private static readonly char[] ClauseEnds = [',', ';', '.', '!', '?', '\n'];
    private static readonly System.Buffers.SearchValues<char> ClauseEndValues = System.Buffers.SearchValues.Create(ClauseEnds);

    public RequirementChanges Read(string text, IReadOnlyList<Qualification> current, JobSpec? spec)
    {
        // A place named in an edit is read among the open role's countries ("add Cambridge too" for a London role).
        var near = Place.CountriesOf(spec?.Places);
        var reading = roles.Read(text, nearCountries: near);
        var proposed = new List<Qualification>();
        var removed = new List<Qualification>();
        var all = current.ToList();
        var left = LeftSpans(text);
        var breaks = Breaks(text);
        // "scratch that, make it a sous chef": the title put right is no requirement.
        var retitled = Retitled(text, reading, spec, current);
        var named = reading.Requirements.Concat(reading.NotNeeded ?? []).Concat(lowerCase.Find(text, reading.Requirements, current))
            .Where(r => (r.Known || phrases.Education(r.Written) is null) && !(retitled is not null && TitleEcho.Restates(r.Subject, retitled))).ToList();
        foreach (var requirement in named)
        {
            var clause = Clause(text, requirement.Start, breaks);
            var existing = requirement.Condition
                ? current.FirstOrDefault(q => q.Category == QualificationCategory.Other && q.Subject is null && SaysCondition(q.Text, requirement.Subject))
                : current.FirstOrDefault(q => q.Category == requirement.Category && string.Equals(q.Subject, requirement.Subject, StringComparison.Ordinal))
                    ?? SkillFormLink.Find(skills, current, requirement);
            if (existing is not null && (removed.Contains(existing) || proposed.Exists(p => p.Id == existing.Id)))
            {
                // "kyc/aml is optional": one requirement named twice changes once.
                continue;
            }

            var family = Family(current, requirement).Where(q => q != existing).ToList();
            // "SAP would be lovely but we'll live without it" says how much it counts, not that it goes; "SAP isn't required anymore" that it goes.
            // "et l'anglais, on oublie": a clause after it that names nothing and ends in letting go lets it go too.
            // "German's no longer required, make it a bonus", "ya no es requisito, solo deseable": what it is no longer, then what it
            // becomes later in the sentence, moves it to nice rather than letting it go.
            var after = SentenceAfter(text, requirement.Start, named, breaks);
            var demoted = (phrases.Says("no_longer", clause) || phrases.Says("remove", clause) || phrases.Says("no_longer", after)) && phrases.Says("nice", after);
            if (!demoted && (phrases.Says("no_longer", clause) || (phrases.Says("remove", clause) && !phrases.Says("nice", clause)) || left.Exists(span => span.Contains(requirement.Start))
                || (!phrases.Says("nice", clause) && phrases.EndsSaying("remove", ClauseAfter(text, requirement.Start, named, breaks)))))
            {
                removed.AddRange(existing is null ? family.Count > 0 ? family : OfKind(text, requirement, current) : [existing, .. family]);
                continue;
            }

            // "add Playwright as a must and Jira as a bonus": the words right after a requirement, up to the next one, label it first.
            // "make German required rather than a plus": what it is not to be, after a contrast, weighs nothing.
            var own = phrases.Before("contrast", OwnWords(text, requirement, named, breaks));
            var kind = demoted || phrases.Says("nice", own) ? QualificationKind.NiceToHave
                : phrases.Says("must", own) ? QualificationKind.MustHave
                : phrases.Says("nice", clause) || (!phrases.Says("must", clause) && phrases.Says("nice", ClauseAfter(text, requirement.Start, named, breaks)))
                ? QualificationKind.NiceToHave
                : !phrases.Says("must", clause) && ReplacedKind(text, requirement.Start, current) is { } replaced ? replaced
                : QualificationKind.MustHave;
            if (family.Count > 0 && (phrases.Says("nice", own) || phrases.Says("must", own) || phrases.Says("nice", clause) || phrases.Says("must", clause)))
            {
                // "SAP isn't a dealbreaker" for a role asking SAP S/4HANA: the wording is about the requirements the name heads too.
                proposed.AddRange(family.Where(q => q.Kind != kind).Select(q => q with { Kind = kind, Weight = QualificationDrafter.WeightOf(kind), Version = q.Version + 1, Approved = false }));
                if (existing is null)
                {
                    continue;
                }
            }

            if (existing is not null)
            {
                // "budget for kyc is max 9 lpa": a requirement the role has, named where no word weighs it, stays as it is.
                if (requirement.Years is null && !Weighs(clause) && !Weighs(ClauseAfter(text, requirement.Start, named, breaks)))
                {
                    continue;
                }

                if (existing.Kind != kind || (requirement.Years is { } years && existing.MinYears != years))
                {
                    proposed.Add(existing with { Kind = kind, Weight = QualificationDrafter.WeightOf(kind), Version = existing.Version + 1, Approved = false, MinYears = requirement.Years ?? existing.MinYears });
                }

                continue;
            }

            var added = drafter.Create(QualificationDrafter.NextId(all), new DraftRequirement(RoleDraft.Wording(requirement), kind, requirement.Category, requirement.QualificationSubject, requirement.Years), QualificationOrigin.Recruiter);
            proposed.Add(added);
            all.Add(added);
        }

        // "swap Xero for Sage": what replaces one of the role's requirements is a requirement in the recruiter's words,
        // even when no vocabulary knows it (a place, a level or a known skill is read as such above).
        // What each span the recruiter leaves names, read once for both uses below.
        var leftSubjects = left.Distinct().ToDictionary(span => span, span => LeftSubjects(text.Substring(span.Start, span.Length)));
        foreach (var swap in Swaps(text))
        {
            var leavingSubjects = leftSubjects[new Left(swap.Groups["left"].Index, swap.Groups["left"].Length)];
            var (start, end) = IncomingSpan(text, swap);
            var incoming = text[start..end].Trim();
            var subject = incoming.ToLower(CultureInfo.InvariantCulture);
            if (!current.Any(q => q.Subject is { } s && leavingSubjects.Contains(s)) || incoming.Length == 0 || incoming.Split(' ').Length > 4
                || named.Exists(r => r.Start >= start && r.Start < end) || reading.Places.Spans.Any(p => p.Start >= start && p.Start < end)
                || all.Exists(q => q.Subject == subject))
            {
                continue;
            }

            var swappedIn = drafter.Create(QualificationDrafter.NextId(all), new DraftRequirement(incoming, QualificationKind.MustHave, QualificationCategory.Skill, subject), QualificationOrigin.Recruiter);
            proposed.Add(swappedIn);
            all.Add(swappedIn);
        }

        // "replace BigQuery with Snowflake": the list reader may read "BigQuery with Snowflake" as one tool used with
        // another; what stands in a span the recruiter leaves is left all the same.
        foreach (var subjects in leftSubjects.Values)
        {
            removed.AddRange(current.Where(q => q.Subject is { } subject && (subjects.Contains(subject) || subjects.Any(s => EndsWithName(text, subject, s)))
                && !removed.Contains(q) && !proposed.Exists(p => p.Id == q.Id)));
        }

        // "lose the last one u added": the requirement the recruiter added last goes.
        if (phrases.Says("remove", text) && phrases.Says("last_added", text)
            && current.Where(q => q.Origin == QualificationOrigin.Recruiter).MaxBy(QualificationDrafter.Number) is { } last && !removed.Contains(last))
        {
            removed.Add(last);
        }

        if (phrases.Says("remove", text) && (phrases.Education(text) is not null || reading.Requirements.Count == 0))
        {
            // "remove the degree requirement", "drop the years": by category.
            removed.AddRange(current.Where(q =>
                (q.Category == QualificationCategory.Education && phrases.Education(text) is not null)
                || (q.Category == QualificationCategory.Experience && text.Contains("year", StringComparison.OrdinalIgnoreCase))));
        }

        // "why is the years one a must? make it nice to have", "the experience can be a nice-to-have": the years the role asks
        // for, named by what kind of requirement they are rather than by a skill, move between must and nice, as the last
        // clause that weighs them says.
        if (reading.Requirements.Count == 0 && !phrases.Says("remove", text)
            && text.Split(ClauseEnds).LastOrDefault(c => phrases.Says("nice", c) || phrases.Says("must", c)) is { } weighing)
        {
            var kind = phrases.Says("nice", weighing) ? QualificationKind.NiceToHave : QualificationKind.MustHave;
            proposed.AddRange(current.Where(q => q.Kind != kind && !removed.Contains(q) && !proposed.Exists(p => p.Id == q.Id)
                    && q.Category == QualificationCategory.Experience && q.MinYears is not null && YearsNamed().IsMatch(text))
                .Select(q => q with { Kind = kind, Weight = QualificationDrafter.WeightOf(kind), Version = q.Version + 1, Approved = false }));
        }

        // "actually Wien, not Munich", "not senior — mid", "swap Berlin for Munich": what is left is not what the spec becomes.
        var change = SpecChangeOf(text, left.Count > 0 ? WithoutLeft(reading, roles.Read(Blank(text, left), nearCountries: near), left) : reading, spec, Relaxed(text, breaks, spec?.MinYears))
            with { Title = retitled };
        if (change.AnyYears)
        {
            removed.AddRange(current.Where(q => q.Category == QualificationCategory.Experience && q.MinYears is not null && !removed.Contains(q)));
        }

        if (change.MinYears is { } newYears)
        {
            // "make it 5+ years": the experience requirement says so too.
            proposed.AddRange(current
                .Where(q => q.Category == QualificationCategory.Experience && q.MinYears is not null && !removed.Contains(q) && !proposed.Exists(p => p.Id == q.Id))
                .Select(q => q with { Text = q.Text.Replace($"{q.MinYears}+", $"{newYears}+", StringComparison.Ordinal), MinYears = newYears, Version = q.Version + 1, Approved = false }));
        }

        if (retitled is not null && spec is not null)
        {
            // "2+ years of experience as a metal fabricator" for a role put right as a welder: the experience names the new title.
            foreach (var q in current.Where(q => q.Category == QualificationCategory.Experience && !removed.Contains(q) && q.Text.Contains(spec.NormalizedTitle, StringComparison.OrdinalIgnoreCase)))
            {
                var latest = proposed.Find(p => p.Id == q.Id) ?? q with { Version = q.Version + 1, Approved = false };
                proposed.Remove(latest);
                proposed.Add(latest with { Text = Retitle(latest.Text, spec.NormalizedTitle, retitled) });
            }
        }

        return new RequirementChanges(proposed, removed, change);
    }

    // "as an accountant" becomes "as a bookkeeper": the article follows the new title.
    private static string Retitle(string text, string from, string to) =>
        Regex.Replace(text, $@"\b(?:(?<article>an?)\s+)?{Regex.Escape(from)}\b",
            match => match.Groups["article"].Success ? IndefiniteArticle.Before(to) : to,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    // "sorry typo - payroll specialist not manager", "oops, the title is welder": another title, named as the open role's;
    // not a word the role asks as a skill ("cypress not playwright, my bad" for a role asking Playwright).
    private string? Retitled(string text, RoleReading reading, JobSpec? spec, IReadOnlyList<Qualification> current) =>
        reading.Title is { } title && spec is not null && !string.Equals(title.Canonical, spec.NormalizedTitle, StringComparison.Ordinal)
        && !current.Any(q => q.Subject is { } subject && string.Equals(subject, TokenFold.Key(title.Written), StringComparison.Ordinal))
        && (phrases.Says("retitle", text) || TitleCorrection.Negates(text, spec.NormalizedTitle, roles.TitleOf))
            ? title.Canonical
            : null;

    // "open it up to Rotterdam too", "expand the search to include Galway": the places named join the spec's rather than replace them.
    // "can also be based in Perth": beside the words of where the role is, a word of adding in a place's own clause.
    private bool AddsPlaces(string text, RoleReading reading)
    {
        if (phrases.Says("add_place_always", text))
        {
            return true;
        }

        var rest = WithoutAddedRequirements(text, reading);
        var breaks = Breaks(rest);
        return phrases.Says("add_place", rest) && !phrases.Says("move_place", text)
            && (!phrases.Says("location", text) || reading.Places.Spans.Any(s => s.IsPlace && phrases.Says("add_place_beside", Clause(rest, s.Start, breaks))));
    }

    // "for the Bergen one", "the Bergen role:", "för Uppsala, …" at the start: a place that says which role the message is about.
    private static bool NamesTheRole(string text, Place place) =>
        Regex.IsMatch(text, $@"\b(?:for|on|about)\s+the\s+{Regex.Escape(place.Name)}\s+(?:one|role|req|requisition|position|vacancy|opening|job|project|search)\b|^\W*(?:for|för|für|pour|para|per|voor|dla)\s+{Regex.Escape(place.Name)}\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    // "London only", "just London", "only in London", "just the Gold Coast": the place the recruiter keeps.
    private static bool KeptOnly(string text, Place place) =>
        Regex.IsMatch(text, $@"\b{Regex.Escape(place.Name)}\s+only\b|\b(?:only|just)\s+(?:in\s+)?(?:the\s+)?{Regex.Escape(place.Name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    private static List<Place> Joined(IEnumerable<Place> open, IEnumerable<Place> named) => [.. open.Concat(named).DistinctBy(p => (p.Name, p.CountryCode))];

    private SpecChange SpecChangeOf(string text, RoleReading reading, JobSpec? spec, HashSet<string> relaxed)
    {
        var places = reading.Places;
        if (places.Places.Count > 0 && spec?.Places is { Count: > 0 } own && places.Places.All(p => own.Any(o => SamePlace(o, p)) && NamesTheRole(text, p)))
        {
            // "for the Bergen one English is fine, Norwegian isn't needed": the role's own place, named to say which role, is no place changed.
            places = places with { Places = [] };
        }

        IReadOnlyList<Place>? newPlaces = null;
        IReadOnlyList<Place>? remoteWithin = places.RemoteWithin.Count > 0 ? places.RemoteWithin : null;
        if (places.Places.Count > 0 && spec?.Remote == RemotePolicy.Remote && places.Remote is RemotePolicy.Unspecified or RemotePolicy.Remote
            && places.Places.All(p => p.Kind is PlaceKind.Country or PlaceKind.Zone))
        {
            // "make it remote", then "but UK only": a country for a remote role is where its people may live;
            // "open it up to Canada as well" adds to where they already may ("anywhere in North America" takes their place).
            remoteWithin = places.Places.All(p => p.Kind == PlaceKind.Country) && AddsPlaces(text, reading) && spec.RemoteWithin is { Count: > 0 } scope
                ? Joined(scope, places.Places)
                : places.Places;
        }
        else if (places.Places.Count > 0 && phrases.Says("remove", text) && spec?.Places is { Count: > 0 } current
            && places.Places.All(p => current.Any(o => SamePlace(o, p))))
        {
            // "drop Edinburgh" for a role in London or Edinburgh: the places it names leave the spec, but for the one it keeps
            // ("scratch Manchester, London only").
            newPlaces = [.. current.Where(o => !places.Places.Any(p => SamePlace(o, p)) || KeptOnly(text, o))];
        }
        else if (places.Places.Count > 0 && places.Places.Where(p => KeptOnly(text, p)).ToList() is { Count: > 0 } kept && kept.Count < places.Places.Count)
        {
            // "Brisbane's covered now, just the Gold Coast": of the places named, the one kept is where the role is.
            newPlaces = kept;
        }
        else if (places.Places.Count > 0)
        {
            newPlaces = AddsPlaces(text, reading) && spec?.Places is { } open ? Joined(open, places.Places) : Replacing(text, places, spec) ?? places.Places;
        }
        else if ((places.Remote == RemotePolicy.Remote && places.RemoteWithin.Count == 0 && phrases.Says("remove", text))
            || (relaxed.Contains(RelaxedField.Location) && spec?.Places is { Count: > 0 }))
        {
            newPlaces = [];
        }

        // "8 is too many, let's say 6": the years named back are replaced, not asked for again.
        // "also 2 years of Anaplan" for a role that already asks 3 years overall: the years of a requirement added are its own.
        var years = roles.RestatedYears(text, spec?.MinYears) ?? RoleDraft.OverallYears(reading, fieldsOfWork: spec?.MinYears is null);
        return new SpecChange(
            reading.Seniority is { } level && !string.Equals(level, spec?.Seniority, StringComparison.Ordinal) ? level : null,
            newPlaces,
            places.Remote != RemotePolicy.Unspecified && places.Remote != spec?.Remote ? places.Remote : null,
            remoteWithin,
            years is { } newYears && newYears != spec?.MinYears ? newYears : null,
            AnyLevel: reading.Seniority is null && relaxed.Contains(RelaxedField.Seniority) && spec?.Seniority is { Length: > 0 },
            AnyYears: (years is null || years == spec?.MinYears) && relaxed.Contains(RelaxedField.Years) && spec?.MinYears is not null);
    }

    /// <summary>
    /// The spec fields the message lets go, clause by clause ("any level is fine", "location doesn't matter"): a
    /// clause that names a requirement is about it ("drop the Kafka experience"), and one that names a new value
    /// for the field sets the field (the caller reads that), so neither lets a field go; the years the role asks for
    /// now, named in a clause that lets them go ("please drop the 3 years"), are no new value.
    /// </summary>
    private HashSet<string> Relaxed(string text, List<int> breaks, int? openYears)
    {
        var relaxed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in Clauses(text, breaks))
        {
            var fields = phrases.Relaxed(clause);
            if (fields.Count == 0 || roles.Read(clause) is not { Requirements.Count: 0 } reading)
            {
                continue;
            }

            relaxed.UnionWith(fields.Where(field => field switch
            {
                RelaxedField.Location => reading.Places.Places.Count == 0 && reading.Places.RemoteWithin.Count == 0,
                RelaxedField.Seniority => reading.Seniority is null,
                RelaxedField.Years => RoleDraft.OverallYears(reading) is not { } named || named == openYears,
                _ => false,
            }));
        }

        return relaxed;
    }

    /// <summary>
    /// Whether words say how much a requirement counts ("a must", "optional") or ask for it ("revit also must", "we need
    /// Guidewire"): what sets the kind of a requirement the role has. A clause about pay or notice names it and weighs nothing.
    /// </summary>
    private bool Weighs(string words) => phrases.Says("must", words) || phrases.Says("nice", words) || phrases.Says("weigh", words);

    /// <summary>
    /// The role's requirements a shorter name heads when none is that name itself: "SAP" for "SAP S/4HANA" and
    /// "SAP FICO", "Python" for "Python 3" (the name followed by a space, a slash or a hyphen in the subject).
    /// </summary>
    private static List<Qualification> Family(IReadOnlyList<Qualification> current, ReadRequirement requirement)
    {
        // The name as the vocabulary knows it and as written ("Oracle" is the skill "oracle database", and heads "Oracle EBS").
        string[] heads = [requirement.Subject, requirement.Written.Trim().ToLower(CultureInfo.InvariantCulture)];
        return
        [
            .. current.Where(q => q.Category == requirement.Category && q.Subject is { } subject && heads.Any(head => head.Length > 0 && subject.Length > head.Length + 1
                && subject.StartsWith(head, StringComparison.Ordinal) && subject[head.Length] is ' ' or '/' or '-')),
        ];
    }

    /// <summary>
    /// "forget the cloud platform one" for a role asking GCP: a kind of skill the role does not ask as such, named as one of its
    /// requirements, stands for the role's requirements of that kind (the skills the vocabulary relates to it).
    /// </summary>
    private List<Qualification> OfKind(string text, ReadRequirement requirement, IReadOnlyList<Qualification> current)
    {
        var end = Math.Min(text.Length, requirement.Start + requirement.Written.Length);
        if (!KindReference().IsMatch(text[end..]))
        {
            return [];
        }

        var related = skills.Related(requirement.Subject);
        return [.. current.Where(q => q.Subject is { } subject && (related.Contains(subject) || skills.Related(subject).Contains(requirement.Subject)))];
    }

    // "the cloud platform one", "the database stuff": a word that refers to a requirement by its kind.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[\p{L}-]+\s+)?(?:one|ones|bit|bits|stuff|thing|things|side|part|requirement|req|skill|skills)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex KindReference();

    /// <summary>
    /// "sap ibp instead of apo" for a role asking SAP APO: a requirement of several words named by its last one, the word that
    /// tells it from its kind, when the words of its kind are said beside it ("not management" alone leaves project management be).
    /// </summary>
    private static bool EndsWithName(string text, string subject, string name) =>
        name.Length > 1 && !name.Contains(' ', StringComparison.Ordinal) && subject.EndsWith($" {name}", StringComparison.Ordinal)
        && $" {TokenFold.Key(text)} ".Contains($" {subject[..^(name.Length + 1)]} ", StringComparison.Ordinal);

    private HashSet<string> LeftSubjects(string leaving) =>
        roles.Read(leaving).Requirements.Select(r => r.Subject).Append(leaving.Trim().ToLower(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);

    private static bool SamePlace(Place a, Place b) =>
        string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase) && a.CountryCode == b.CountryCode;

    /// <summary>
    /// The text without the requirements it adds and the word that adds them ("make it Munich and add Airflow"):
    /// "add" there is about Airflow, not a second place; nor is "too" before a word ("New York is too pricey").
    /// </summary>
    private static string WithoutAddedRequirements(string text, RoleReading reading)
    {
        var chars = TooMuch().BlankMatches(text).ToCharArray();
        foreach (var requirement in reading.Requirements)
        {
            var end = Math.Min(text.Length, requirement.Start + requirement.Written.Length);
            var start = AddedBefore().Match(text[..requirement.Start]) is { Success: true } cue ? cue.Index : requirement.Start;
            Array.Fill(chars, ' ', start, end - start);
        }

        return new string(chars);
    }

    /// <summary>
    /// "New York is too pricey, let's do Austin instead": a message that names the open project's place in one clause
    /// and a new one in another moves the role there; the open place is the one it leaves. Places joined in one
    /// clause ("Berlin and Munich") are both meant.
    /// </summary>
    private static IReadOnlyList<Place>? Replacing(string text, PlaceReading places, JobSpec? spec)
    {
        var spans = places.Spans.Where(s => s.IsPlace).ToList();
        if (spec?.Places is not { Count: > 0 } open || spans.Count != places.Places.Count)
        {
            return null;
        }

        var isOpen = places.Places.Select(p => open.Any(o => SamePlace(o, p))).ToList();
        if (!isOpen.Contains(true) || !isOpen.Contains(false))
        {
            return null;
        }

        var apart = Enumerable.Range(0, spans.Count).Where(i => isOpen[i]).All(o => Enumerable.Range(0, spans.Count).Where(n => !isOpen[n]).All(n =>
        {
            var (from, to) = spans[o].Start < spans[n].Start ? (spans[o].End, spans[n].Start) : (spans[n].End, spans[o].Start);
            return to > from && text.AsSpan(from, to - from).IndexOfAny(ClauseEndValues) >= 0;
        }));
        return apart ? [.. places.Places.Where((_, i) => !isOpen[i])] : null;
    }

    /// <summary>Where clauses end: punctuation, and a conjunction that starts another edit ("… optional and add Airflow").</summary>
    private List<int> Breaks(string text) =>
        [.. Enumerable.Range(0, text.Length).Where(i => ClauseEndValues.Contains(text[i])).Concat(phrases.EditBreaks(text)).Order()];

    // The years a role asks for, named as a requirement: "the years one", "the experience requirement", "die Jahre", "los años".
    [GeneratedRegex(@"\b(?:years?|yrs?|experience|exp|jahre|berufserfahrung|erfahrung|años|experiencia|ans|expérience|anni|esperienza|jaar|jaren|ervaring|lat|doświadczenie|anos|experiência)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex YearsNamed();
}
