using System.Text;
using Hiring.Contracts.Talent;

namespace Hiring.Talent.Search;

/// <summary>
/// The copy of a profile the index keeps, so hits and insights need no second lookup: a compact
/// binary form of what they read. Contact details and role descriptions are left out (they stay in
/// the profile store), and the summary is cut where the profile's embedding text cuts it, so the
/// embedding text can be rebuilt from the index alone.
/// </summary>
public static class StoredProfileCodec
{
    private const byte Version = 1;

    public static byte[] Encode(CandidateProfile profile)
    {
        using var buffer = new MemoryStream(512);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(profile.Id);
            writer.Write(profile.Name);
            writer.Write(profile.Headline);
            writer.Write(profile.Location.City);
            writer.Write(profile.Location.Region);
            writer.Write(profile.Location.Country);
            writer.Write(profile.OpenToWork);
            writer.Write(profile.LastActive.UtcTicks);
            writer.Write(profile.UpdatedAt.UtcTicks);
            writer.Write((byte)profile.Source.Pool);
            writer.Write(profile.Source.Tenant ?? "");
            writer.Write((byte)profile.Source.Origin);
            writer.Write(ProfileEmbeddingText.SummaryPart(profile.Summary));
            writer.Write(profile.Skills.Count);
            foreach (var skill in profile.Skills)
            {
                writer.Write(skill);
            }

            writer.Write(profile.Experiences.Count);
            foreach (var role in profile.Experiences)
            {
                writer.Write(role.Company);
                writer.Write(role.Title);
                writer.Write(role.Start.DayNumber);
                writer.Write(role.End?.DayNumber ?? -1);
            }

            writer.Write(profile.Education.Count);
            foreach (var education in profile.Education)
            {
                writer.Write(education.School);
                writer.Write(education.Degree);
                writer.Write(education.Field);
                writer.Write(education.StartYear ?? -1);
                writer.Write(education.EndYear ?? -1);
            }
        }

        return buffer.ToArray();
    }

    public static CandidateProfile Decode(byte[] bytes, int offset, int length)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, offset, length, writable: false), Encoding.UTF8);
        if (reader.ReadByte() != Version)
        {
            throw new InvalidDataException("The index was written by another version; rebuild it.");
        }

        var id = reader.ReadString();
        var name = reader.ReadString();
        var headline = reader.ReadString();
        var location = new Location(reader.ReadString(), reader.ReadString(), reader.ReadString());
        var openToWork = reader.ReadBoolean();
        var lastActive = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
        var updatedAt = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
        var pool = (TalentPoolKind)reader.ReadByte();
        var tenant = reader.ReadString();
        var source = new ProfileSource(pool, tenant.Length == 0 ? null : tenant, (ProfileOrigin)reader.ReadByte());
        var summary = reader.ReadString();
        var skills = Read(reader, r => r.ReadString());
        var experiences = Read(reader, r => new Experience(r.ReadString(), r.ReadString(), DateOnly.FromDayNumber(r.ReadInt32()), Day(r.ReadInt32()), ""));
        var education = Read(reader, r => new Education(r.ReadString(), r.ReadString(), r.ReadString(), Year(r.ReadInt32()), Year(r.ReadInt32())));
        return new CandidateProfile(id, name, headline, location, experiences, education, skills, openToWork, lastActive, source, updatedAt, summary.Length == 0 ? null : summary);
    }

    private static List<T> Read<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(reader));
        }

        return items;
    }

    private static DateOnly? Day(int dayNumber) => dayNumber < 0 ? null : DateOnly.FromDayNumber(dayNumber);

    private static int? Year(int year) => year < 0 ? null : year;
}
