using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Hiring.Talent.Search;

/// <summary>
/// Free text (titles, companies, places, summaries): Unicode word splitting, lower case, accents
/// folded, no stop words (titles like "Head of Sales" need every word).
/// </summary>
public sealed class ProfileTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    // A phrase must not run from the end of one title into the start of the next.
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
