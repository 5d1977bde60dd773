using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>
/// The one rule of what a sanction blocks, shared by the booths (which hold their own and the expo-wide sanctions)
/// and the moderation grain (which holds them all): a ban blocks every path in its scope, reading included; a mute
/// blocks the paths where the person speaks to others (chat, questions, negotiation messages, contact requests).
/// </summary>
internal static class SanctionStanding
{
    public static void Require(IEnumerable<Sanction> inForce, string visitorId, DateTimeOffset now, bool speaking, string what)
    {
        Sanction? mute = null;
        foreach (var sanction in inForce)
        {
            if (!sanction.Silences(visitorId, now))
            {
                continue;
            }

            if (sanction.Kind == ModerationRules.Ban)
            {
                throw new ExpoException(ExpoErrors.Banned, Refusal(sanction, what));
            }

            mute ??= sanction;
        }

        if (speaking && mute is not null)
        {
            throw new ExpoException(ExpoErrors.Muted, Refusal(mute, what));
        }
    }

    /// <summary>Says until when, as an ISO time the client can read, and why.</summary>
    public static string Refusal(Sanction sanction, string what) =>
        sanction.Until is { } until
            ? $"{what} until {until.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}: {sanction.Reason}"
            : $"{what} until a moderator lifts it: {sanction.Reason}";
}
