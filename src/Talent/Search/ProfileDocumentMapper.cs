using Hiring.Contracts.Talent;
using Lucene.Net.Documents;

namespace Hiring.Talent.Search;

/// <summary>Turns a profile into its Lucene document: searchable fields plus the stored profile.</summary>
public sealed class ProfileDocumentMapper(TalentTaxonomy taxonomy)
{
    public Document ToDocument(CandidateProfile profile, string pool)
    {
        var document = new Document
        {
            new StringField(TalentFields.Id, profile.Id, Field.Store.YES),
            new StringField(TalentFields.Pool, pool, Field.Store.YES),
            new StoredField(TalentFields.Profile, StoredProfileCodec.Encode(profile)),
            new TextField(TalentFields.Name, profile.Name, Field.Store.NO),
            new TextField(TalentFields.Headline, profile.Headline, Field.Store.NO),
            new TextField(TalentFields.Location, profile.Location.ToString(), Field.Store.NO),
        };

        foreach (var title in profile.Experiences.SelectMany(e => taxonomy.TitlesWithin(e.Title)).Distinct())
        {
            document.Add(new StringField(TalentFields.TitleKey, title, Field.Store.NO));
        }

        foreach (var title in CurrentRole.Of(profile).SelectMany(e => taxonomy.TitlesWithin(e.Title)).Distinct())
        {
            document.Add(new StringField(TalentFields.CurrentTitleKey, title, Field.Store.NO));
        }

        foreach (var experience in profile.Experiences)
        {
            document.Add(new TextField(TalentFields.Title, experience.Title, Field.Store.NO));
            document.Add(new TextField(TalentFields.Company, experience.Company, Field.Store.NO));
            if (!string.IsNullOrWhiteSpace(experience.Description))
            {
                document.Add(new TextField(TalentFields.Summary, experience.Description, Field.Store.NO));
            }
        }

        foreach (var current in CurrentRole.Of(profile))
        {
            document.Add(new TextField(TalentFields.CurrentTitle, current.Title, Field.Store.NO));
        }

        // Skills are stored under their canonical name, so every alias finds them.
        foreach (var skill in profile.Skills.Select(taxonomy.CanonicalSkill).Where(s => s.Length > 0).Distinct())
        {
            document.Add(new StringField(TalentFields.Skill, skill, Field.Store.NO));
        }

        foreach (var education in profile.Education)
        {
            document.Add(new TextField(TalentFields.School, education.School, Field.Store.NO));
            document.Add(new TextField(TalentFields.Summary, $"{education.Degree} {education.Field}", Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(profile.Summary))
        {
            document.Add(new TextField(TalentFields.Summary, profile.Summary, Field.Store.NO));
        }

        return document;
    }

    /// <summary>The stored copy: what search and insights read (see <see cref="StoredProfileCodec"/>).</summary>
    public static CandidateProfile ReadProfile(Document document)
    {
        var bytes = document.GetField(TalentFields.Profile).GetBinaryValue();
        return StoredProfileCodec.Decode(bytes.Bytes, bytes.Offset, bytes.Length);
    }
}
