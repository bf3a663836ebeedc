namespace Hiring.Reasoning.Understanding.Text;

/// <summary>One token of a message: as written, folded for matching, and where it stands in the text.</summary>
/// <param name="Text">The token as written.</param>
/// <param name="Folded">Lower case, diacritics removed ("München" → "munchen").</param>
/// <param name="Start">Index of the first character in the text.</param>
/// <param name="Length">Length in the text.</param>
/// <param name="Kind">Word, number or symbol.</param>
public readonly record struct Token(string Text, string Folded, int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}
