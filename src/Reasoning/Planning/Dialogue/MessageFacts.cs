using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>What the planner read in a message before deciding what it is.</summary>
/// <param name="Title">The canonical job title it names, if any.</param>
/// <param name="TitleWritten">The title as the message writes it.</param>
/// <param name="TitleKnown">Whether the title is one of the vocabulary's as written (not the recruiter's own phrase or the nearest in meaning to it).</param>
/// <param name="Places">Places it names.</param>
/// <param name="HasRoleDetails">Whether it names a level, years, requirements, places or a remote policy.</param>
/// <param name="OtherWords">Words that are none of title, place, level, years or requirements.</param>
/// <param name="Classified">The classifier's intent.</param>
/// <param name="Decisive">Whether one of the classified intent's own cue words occurs.</param>
/// <param name="Requirements">The requirements it names, by subject ("python").</param>
/// <param name="Seniority">The level it names ("senior"), if any.</param>
/// <param name="NotNeeded">Requirements it names only to say they are not needed ("no need for FIFO anymore"), by subject.</param>
/// <param name="Remote">The work arrangement it names ("remote", "hybrid"), if any.</param>
/// <param name="Chats">Whether it thanks, greets or praises in so many words (a cue of small talk), whatever intent is nearest.</param>
public sealed record MessageFacts(
    string? Title,
    string? TitleWritten,
    bool TitleKnown,
    IReadOnlyList<Place> Places,
    bool HasRoleDetails,
    int OtherWords,
    IntentMatch Classified,
    bool Decisive,
    IReadOnlyList<string> Requirements,
    string? Seniority = null,
    IReadOnlyList<string>? NotNeeded = null,
    RemotePolicy Remote = RemotePolicy.Unspecified,
    bool Chats = false);
