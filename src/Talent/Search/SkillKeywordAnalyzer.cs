using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace Hiring.Talent.Search;

/// <summary>A skill is one term ("machine learning", "c#"): the whole text, lower-cased.</summary>
public sealed class SkillKeywordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(ProfileTextAnalyzer.Version, tokenizer));
    }
}
