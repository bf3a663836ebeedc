namespace Hiring.Agents.Memory;

/// <summary>Reads a question to the memory ("what did I tell you about agencies?") into its subject, without the words that only frame it.</summary>
public sealed class MemoryQuestionReader(MemoryRules rules, MemoryWords words)
{
    private readonly HashSet<string> _frame = [.. rules.RecallFrameWords];
    private readonly HashSet<string> _preferences = [.. rules.PreferenceWords];

    public MemoryQuery Read(string question)
    {
        var all = MemoryWords.Split(question);
        var preferences = all.Any(_preferences.Contains);
        var subject = all.Where(w => !_frame.Contains(w) && !_preferences.Contains(w)).ToList();
        return new MemoryQuery(string.Join(' ', subject), words.Content(string.Join(' ', subject)), preferences);
    }
}
