using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Hiring.Talent.Search;

/// <summary>The per-field analyzer used both to index profiles and to parse queries.</summary>
public static class TalentAnalyzers
{
    public static Analyzer Create() => new PerFieldAnalyzerWrapper(
        new ProfileTextAnalyzer(),
        new Dictionary<string, Analyzer> { [TalentFields.Skill] = new SkillKeywordAnalyzer() });
}
