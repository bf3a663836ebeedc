namespace Hiring.Agents.Memory;

/// <summary>A question to the memory as read: its subject (what is left without the question's frame) and its content words.</summary>
/// <param name="Subject">The subject as written, or empty when the question asks for everything.</param>
/// <param name="Words">The subject's content words, stemmed.</param>
/// <param name="PreferencesOnly">"what are my preferences?": only preferences.</param>
/// <param name="When">The days the question names ("last week"), when it names any and they were read against a clock: only what belongs to them answers.</param>
/// <param name="Recap">"what did we discuss?", "recap our conversation": the conversations are asked about, so episodes come first.</param>
public sealed record MemoryQuery(string Subject, IReadOnlyList<string> Words, bool PreferencesOnly, MemoryPeriod? When = null, bool Recap = false)
{
    /// <summary>No subject: everything (or every preference), newest first.</summary>
    public bool IsGeneral => Words.Count == 0;
}
