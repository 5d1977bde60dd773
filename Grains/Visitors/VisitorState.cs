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

    /// <summary>The expo bag: booth ids, most recently added first.</summary>
    [Id(4)]
    public List<string> Favourites { get; set; } = [];

    /// <summary>Recent expo-bag operation ids, oldest first, so a retry is applied once.</summary>
    [Id(5)]
    public List<string> FavouriteOperations { get; set; } = [];

    /// <summary>The visitor's plan: sessions of an expo's agenda, in the order they were added.</summary>
    [Id(6)]
    public List<PlannedSession> Plan { get; set; } = [];

    /// <summary>Recent plan operation ids, oldest first, so a retry is applied once.</summary>
    [Id(7)]
    public List<string> PlanOperations { get; set; } = [];

    /// <summary>Planned sessions ("expo/session") whose reminder was sent: each is reminded of once.</summary>
    [Id(8)]
    public List<string> Reminded { get; set; } = [];
}

