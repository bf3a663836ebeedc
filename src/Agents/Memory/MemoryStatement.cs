using Hiring.Contracts.Memory;

namespace Hiring.Agents.Memory;

/// <summary>A clause worth keeping beyond its message.</summary>
/// <param name="Text">What to keep (the clause without its "remember that").</param>
/// <param name="Quote">The clause as written.</param>
/// <param name="Kind">Fact or preference.</param>
/// <param name="Importance">Explicitly asked to remember weighs most.</param>
/// <param name="Corrects">Said as a correction of something kept before.</param>
/// <param name="Replaces">The correction says what replaces what ("switch to Notion", "make that Friday").</param>
/// <param name="Weak">Kept only for a weak cue ("fyi"): the supervisor keeps it only when the message asks for no project work.</param>
/// <param name="Resolved">Its pronoun was read from the message itself, and what it stands for is kept with it already.</param>
public sealed record MemoryStatement(string Text, string Quote, MemoryKind Kind, double Importance, bool Corrects, bool Replaces = false, bool Weak = false, bool Resolved = false);
