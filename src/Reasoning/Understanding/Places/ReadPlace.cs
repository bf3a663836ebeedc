using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A place the reader accepted: what it is, where it stands (its qualifier included) and how it was cued.</summary>
internal sealed record ReadPlace(IGazetteerPlace Place, PhraseMatch<PlaceNames> Mention, int EndToken, int End, bool Cued)
{
    public int FirstToken => Mention.FirstToken;

    public int Start => Mention.Start;

    public bool RemoteScope { get; set; }
}
