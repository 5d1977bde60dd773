using Expo.Grains.Models;

namespace Expo.Grains.Visitors;

[GenerateSerializer, Alias("expo.VisitorState")]
public sealed class VisitorState
{
    [Id(0)]
    public VisitorProfile? Profile { get; set; }

    /// <summary>The normalised email of the visitor's account; null for a guest.</summary>
    [Id(1)]
    public string? Email { get; set; }

    [Id(2)]
    public bool Organiser { get; set; }

    /// <summary>Booth id to staff role, as the booths report it.</summary>
    [Id(3)]
    public Dictionary<string, string> Booths { get; set; } = [];
}
