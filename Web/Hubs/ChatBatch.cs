using Expo.Grains.Models;

namespace Expo.Web.Hubs;

/// <summary>
/// The lines one write of the booth stored, in sequence order: the event a connection gets instead of one
/// <c>ChatMessage</c> per line once it enabled <see cref="HubFeatures.ChatBatches"/>.
/// </summary>
public sealed record ChatBatch(string BoothId, IReadOnlyList<ChatMessage> Messages);
