using Expo.Grains.Models;
using Expo.Grains.Moderation;

namespace Expo.Grains.Negotiations;

/// <summary>
/// Mutes and bans in negotiations: a person muted or banned in the booth a negotiation is about (or expo-wide) sends
/// it no message, and asks no booth for a negotiation there; the booth answers from the sanctions it holds.
/// </summary>
public sealed partial class NegotiationGrain
{
    private Task RequireStandingAsync(string actorId, string expoId, string? boothId) =>
        boothId is not null
            ? GrainFactory.RequireStandingInBoothAsync(boothId, actorId, speaking: true)
            : GrainFactory.RequireStandingAtExpoAsync(expoId, actorId, speaking: true);

    private Task RequireStandingAsync(string actorId) => RequireStandingAsync(actorId, state.State.ExpoId, state.State.BoothId);

    private Task RequireStandingAsync(string actorId, NegotiationRequest request) => RequireStandingAsync(actorId, request.ExpoId, request.BoothId);
}
