namespace Hiring.Agents.Memory;

/// <summary>What a request to forget points at: everything, the last memory kept, or memories about a subject.</summary>
/// <param name="All">"wipe your memory of me".</param>
/// <param name="Last">"forget that", "don't keep it".</param>
/// <param name="Subject">What it names otherwise ("the cover letter thing" → "cover letter").</param>
public sealed record ForgetTarget(bool All, bool Last, string Subject);
