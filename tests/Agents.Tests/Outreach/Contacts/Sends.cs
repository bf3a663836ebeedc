using Hiring.Agents.Outreach.Channels;
using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Tests.Outreach.Contacts;

/// <summary>Sends as the outreach agent would make them, with only what a test cares about named.</summary>
internal static class Sends
{
    public static OutreachSend First(string key, string candidate = "cand-1", string project = "backend", string channel = OutreachChannelNames.BuiltIn, string? text = null) =>
        new(key, candidate, project, ContactKind.FirstOutreach, channel, "A backend role at Acme", text ?? "Hi Ada, your Go work at Acme caught my eye.");

    public static OutreachSend FollowUp(string key, string candidate = "cand-1", string project = "backend", string channel = OutreachChannelNames.BuiltIn) =>
        new(key, candidate, project, ContactKind.FollowUp, channel, "A backend role at Acme", $"Just following up ({key}).");
}
