namespace Hiring.Agents.Memory;

/// <summary>A question to the memory as read: its subject (what is left without the question's frame) and its content words.</summary>
/// <param name="Subject">The subject as written, or empty when the question asks for everything.</param>
/// <param name="Words">The subject's content words, stemmed.</param>
/// <param name="PreferencesOnly">"what are my preferences?": only preferences.</param>
public sealed record MemoryQuery(string Subject, IReadOnlyList<string> Words, bool PreferencesOnly)
{
    /// <summary>No subject: everything (or every preference), newest first.</summary>
    public bool IsGeneral => Words.Count == 0;
}
