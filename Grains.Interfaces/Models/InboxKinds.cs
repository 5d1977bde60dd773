namespace Expo.Grains.Models;

/// <summary>The kinds of <see cref="InboxItem"/>.</summary>
public static class InboxKinds
{
    public const string Request = "request";
    public const string Offer = "offer";
    public const string Signature = "signature";
}
