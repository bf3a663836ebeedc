using MimeKit;

namespace Hiring.Agents.Tests.Outreach.Channels;

/// <summary>A message the loopback SMTP server took: the envelope's recipients and the parsed message.</summary>
internal sealed record ReceivedMail(IReadOnlyList<string> Recipients, MimeMessage Message);
