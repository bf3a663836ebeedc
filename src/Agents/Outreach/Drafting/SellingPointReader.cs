using Hiring.Agents.Intake.Faq;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>Reads a job's selling points from its spec and approved FAQ only: nothing is said that they do not state.</summary>
public sealed class SellingPointReader(OutreachTemplates templates, FaqDrafter faq)
{
    public SellingPoints Read(JobSpec spec)
    {
        var role = spec.Title is { Length: > 0 } title ? title : spec.NormalizedTitle;
        var pay = spec.Faq.Where(e => faq.TopicOf(e) == FaqTopic.Compensation)
            .SelectMany(e => faq.Money.Read(e.Answer, aboutPay: true))
            .Select(m => m.Text)
            .FirstOrDefault();
        var team = spec.Faq.FirstOrDefault(e => faq.TopicOf(e) == FaqTopic.Team)?.Answer;
        return new SellingPoints(role, Where(spec), pay, string.IsNullOrWhiteSpace(team) ? null : team.Trim());
    }

    private string Where(JobSpec spec)
    {
        var arrangement = templates.Arrangements.GetValueOrDefault(spec.Remote.ToString(), "");
        // A spec's locations may include "remote" itself: that is the arrangement, not a place.
        var places = spec.Locations.Where(l => !string.Equals(l.Trim(), templates.Arrangements.GetValueOrDefault(nameof(RemotePolicy.Remote)), StringComparison.OrdinalIgnoreCase)).ToList();
        var place = places.Count > 0 ? templates.WhereText("place", ("places", string.Join(templates.WhereText("join"), places))) : "";
        return arrangement.Length > 0 ? place + templates.WhereText("arrangement", ("arrangement", arrangement)) : place;
    }
}
