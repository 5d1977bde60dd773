using Expo.Grains;

namespace Expo.Web.Hubs;

/// <summary>Optional protocol features a connection asks for, once, usually right after connecting.</summary>
public sealed partial class ExpoHub
{
    public async Task<IReadOnlyList<string>> EnableFeatures(string[] features)
    {
        if (features is null || features.Length > 16 || features.Any(f => f is null or { Length: 0 or > 64 }))
        {
            throw ExpoException.Invalid("features is a list of up to 16 feature names.");
        }

        var wasBatched = hubFeatures.TakesBatches(Context.ConnectionId);
        var enabled = hubFeatures.Enable(Context.ConnectionId, features);
        if (!wasBatched && hubFeatures.TakesBatches(Context.ConnectionId)
            && subscriptions.BoothOf(Context.ConnectionId) is { } boothId && !subscriptions.IsQueued(Context.ConnectionId, boothId))
        {
            // Already in a booth: joined to the batch group before leaving the line group, so a line written in between
            // may come twice (once each way, the same sequence) but is never missed.
            await Groups.AddToGroupAsync(Context.ConnectionId, BoothBatchGroup(boothId));
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, BoothGroup(boothId));
        }

        return enabled;
    }
}
