namespace Hiring.Reasoning.Understanding.Text;

/// <summary>What a token is: a word (letters, possibly with digits and + # . &amp; '), a number, or a symbol.</summary>
public enum TokenKind
{
    Word,
    Number,
    Symbol,
}
