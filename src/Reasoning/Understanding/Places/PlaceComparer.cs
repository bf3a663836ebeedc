using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>Places are the same when kind, name, country and region are (members follow from those).</summary>
internal sealed class PlaceComparer : IEqualityComparer<Place>
{
    public static PlaceComparer Instance { get; } = new();

    public bool Equals(Place? x, Place? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Kind == y.Kind && x.Name == y.Name && x.CountryCode == y.CountryCode && x.Region == y.Region);

    public int GetHashCode(Place obj) => HashCode.Combine(obj.Kind, obj.Name, obj.CountryCode, obj.Region);
}
