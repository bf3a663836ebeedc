using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Intake;

/// <summary>
/// A chat request ("sr SRE for our München office, kubernets + terraform, Prometheus a plus"):
/// everything named is a must-have unless its wording says otherwise; years tied to one skill
/// belong to it, other years are overall experience. An answer to intake's question is read with
/// the request it answers: what the answer says wins, requirements of both are kept. A city name
/// several countries share is read in the countries the recruiter's latest projects are in.
/// </summary>
public sealed class ChatRequestReader(IntakePhrases phrases, RoleRequestReader roles)
{
    private static readonly char[] ClauseEnds = [',', ';', '.', '!', '?', '\n'];

    public async Task<JobDraft> ReadAsync(IntakeRequest request, Provenance provenance, CancellationToken cancellationToken = default)
    {
        var text = request.Text.Trim();
        var reading = await roles.ReadAsync(text, nearCountries: request.NearCountries, cancellationToken: cancellationToken);
        if (request.Answer is { Length: > 0 } answer)
        {
            // The answer's places are read among the request's countries ("also need one in Valencia" after Barcelona).
            var near = Place.CountriesOf(reading.Places.Places) is { Count: > 0 } asked ? asked : request.NearCountries ?? [];
            // A request with no title asked for one: the answer may name the work alone ("senior backend, Go").
            var titleAsked = reading.Title is null;
            var answered = await roles.ReadAsync(answer, nearCountries: near, titleAsked: titleAsked, cancellationToken: cancellationToken);
            reading = Merge(reading, answered, titleAsked && AddsPlaces(answer, answered));
            text = $"{text}\n{answer.Trim()}";
        }

        return new JobDraft(
            RoleDraft.DisplayTitle(reading),
            reading.Title?.Canonical ?? "",
            reading.Seniority ?? "",
            [.. reading.Places.Places.Select(p => p.Name)],
            reading.Places.Remote,
            phrases.Employment(text),
            text,
            RoleDraft.OverallYears(reading),
            RoleDraft.Requirements(reading),
            IntakeSourceKind.ChatRequest,
            provenance,
            reading.Places.Places,
            reading.Places.RemoteWithin,
            OtherRoles: reading.OtherTitles);
    }

    // "Assistant Store Manager. oh and Salford too", "Pune bhi": in the answer to the title question, a place named with a word of
    // adding after it, in its clause, joins the request's rather than replacing them (not "also need one in Valencia", which names
    // where the role is, nor "the same role for our Ottawa office too", another project of a role already named).
    private bool AddsPlaces(string answer, RoleReading answered) =>
        !phrases.Says("move_place", answer) && answered.Places.Spans.Any(s => s.IsPlace && phrases.Says("add_place_beside", ClauseAfter(answer, s.End)));

    private static string ClauseAfter(string text, int at) => text.IndexOfAny(ClauseEnds, at) is var end and >= 0 ? text[at..end] : text[at..];

    /// <summary>
    /// The answer's title, level, places (unless it adds them to the request's) and years win; requirements of both are kept, the
    /// answer's wording deciding must or nice.
    /// </summary>
    private static RoleReading Merge(RoleReading request, RoleReading answer, bool addsPlaces) => new(
        answer.Title ?? request.Title,
        answer.Seniority ?? request.Seniority,
        new Reasoning.Understanding.Places.PlaceReading(
            answer.Places.Places.Count == 0 ? request.Places.Places
                : addsPlaces ? [.. request.Places.Places.Concat(answer.Places.Places).DistinctBy(p => (p.Name, p.CountryCode))]
                : answer.Places.Places,
            answer.Places.Remote != RemotePolicy.Unspecified ? answer.Places.Remote : request.Places.Remote,
            answer.Places.RemoteWithin.Count > 0 ? answer.Places.RemoteWithin : request.Places.RemoteWithin,
            []),
        answer.Years ?? request.Years,
        [.. answer.Requirements.Concat(request.Requirements).DistinctBy(r => r.Subject, StringComparer.Ordinal)],
        request.OtherWords + answer.OtherWords,
        []);
}
