using Expo.Grains.Models;

namespace Expo.Web.Negotiations;

/// <summary>An agreement went up on the signing wall, and how many are there now.</summary>
public sealed record AgreementSignedEvent(SignedAgreement Agreement, int Signed);
