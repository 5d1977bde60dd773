using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>One sealed page of a booth's older chat, keyed "{boothId}/{pageIndex}", so the booth's own state stays small.</summary>
[Alias("expo.IChatArchiveGrain")]
public interface IChatArchiveGrain : IGrainWithStringKey
{
    [Alias("store")]
    Task StoreAsync(IReadOnlyList<ChatMessage> messages);

    [Alias("read")]
    Task<IReadOnlyList<ChatMessage>> ReadAsync();
}
