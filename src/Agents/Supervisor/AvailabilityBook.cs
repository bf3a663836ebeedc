using Hiring.Agents.Outreach.Scheduling;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// The one way a recruiter's screen availability changes, whether set on the settings page (setAvailability)
/// or said in chat ("I take screens Tue and Thu 2-5pm CET"): checked by <see cref="AvailabilityRules"/>,
/// kept in the supervisor's state, and told to the app as <see cref="AssistantEventKind.AvailabilityChanged"/>.
/// </summary>
public sealed class AvailabilityBook(AvailabilitySentenceReader reader, AvailabilityPhrases phrases, TimeProvider time)
{
    /// <summary>Keeps <paramref name="availability"/> (refused, INVALID, when it cannot be used) and tells the app.</summary>
    public async Task<RecruiterAvailability> SetAsync(SupervisorContext context, RecruiterAvailability availability, string? planId = null)
    {
        context.State.Availability = AvailabilityRules.Validate(availability);
        await context.SaveAndAnnounceAsync(new EventDraft(
            AssistantEventKind.AvailabilityChanged, phrases.Changed(context.State.Availability), planId, Payload: EventJson.Serialize(context.State.Availability)));
        return context.State.Availability;
    }

    /// <summary>Keeps what the recruiter's <paramref name="message"/> says and says back what was kept, or asks the one thing it could not read.</summary>
    public async Task<(string Text, bool Asks)> SetFromChatAsync(SupervisorContext context, string message, string planId)
    {
        var current = context.State.Availability;
        var zone = TimeZones.Find(current?.TimeZone) ?? TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var reading = reader.Read(message, current, today);
        if (reading.Availability is not { } availability)
        {
            return (reading.Question!, true);
        }

        var kept = await SetAsync(context, availability, planId);
        return (phrases.Confirm(kept, reading.DaysOffOnly), false);
    }
}
