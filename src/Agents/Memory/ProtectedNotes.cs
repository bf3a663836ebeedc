using System.Text.RegularExpressions;

namespace Hiring.Agents.Memory;

/// <summary>
/// What the memory never keeps nor recalls (prompts/builtin/memory.yaml, protected_notes): words that say a person's protected
/// attribute (health or disability, pregnancy, religion, age, orientation, race, family status), however the message asked
/// and whether or not the policy held them against anyone, since a note that keeps them would follow the person into every search.
/// </summary>
public sealed class ProtectedNotes(MemoryRules rules)
{
    // No patterns screen nothing (an empty alternation would match every text).
    private readonly Regex? _about = rules.ProtectedNotes.Count > 0 ? MemoryRules.Any(rules.ProtectedNotes) : null;

    /// <summary>Whether the text says a person's protected attribute.</summary>
    public bool About(string text) => _about?.IsMatch(text) == true;
}
