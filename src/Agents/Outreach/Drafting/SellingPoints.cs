namespace Hiring.Agents.Outreach.Drafting;

/// <summary>What a message may say about the role, all from the spec and its approved FAQ.</summary>
/// <param name="Role">The role's title.</param>
/// <param name="Where">Where it is and how it is worked (" in Berlin (hybrid)"), or empty.</param>
/// <param name="Pay">The pay range as the FAQ writes it ("€70–85k"); null when the FAQ states none.</param>
/// <param name="Team">The FAQ's answer about the team; null when it has none.</param>
public sealed record SellingPoints(string Role, string Where, string? Pay, string? Team);
