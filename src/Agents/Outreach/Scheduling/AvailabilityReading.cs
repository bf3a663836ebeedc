using Hiring.Contracts.Scheduling;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>What a recruiter's message says about their availability: the availability to keep, or the one question to ask instead.</summary>
/// <param name="Availability">The whole availability to keep (what was kept, changed as the message says); null when a question is asked.</param>
/// <param name="Question">What could not be read, asked back; null when the message was read.</param>
/// <param name="DaysOffOnly">The message only added days off (the reply then says the windows stay).</param>
public sealed record AvailabilityReading(RecruiterAvailability? Availability, string? Question, bool DaysOffOnly = false)
{
    public static AvailabilityReading Ask(string question) => new(null, question);
}
