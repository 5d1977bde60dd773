using Expo.Grains.Models;

namespace Expo.Grains.Agenda;

[GenerateSerializer, Alias("expo.AgendaState")]
public sealed class AgendaState
{
    [Id(0)]
    public long Version { get; set; }

    [Id(1)]
    public List<AgendaSession> Sessions { get; set; } = [];

    /// <summary>Recent "actor/operation" keys with the session each produced, so a retry returns the first outcome.</summary>
    [Id(2)]
    public Dictionary<string, string> Operations { get; set; } = [];

    /// <summary>Oldest first, to forget the oldest operations once the window is full.</summary>
    [Id(3)]
    public List<string> OperationOrder { get; set; } = [];

    /// <summary>Set by the first seed or edit: the demo seed never overwrites an agenda that exists.</summary>
    [Id(4)]
    public bool Initialised { get; set; }
}
