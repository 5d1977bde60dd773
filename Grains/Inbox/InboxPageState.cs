namespace Expo.Grains.Inbox;

/// <summary>One sealed page of a user's settled negotiations, oldest first.</summary>
[GenerateSerializer, Alias("expo.InboxPageState")]
public sealed class InboxPageState
{
    [Id(0)]
    public List<string> NegotiationIds { get; set; } = [];
}
