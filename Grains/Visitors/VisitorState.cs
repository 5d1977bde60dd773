using Expo.Grains.Models;

namespace Expo.Grains.Visitors;

[GenerateSerializer, Alias("expo.VisitorState")]
public sealed class VisitorState
{
    [Id(0)]
    public VisitorProfile? Profile { get; set; }
}
