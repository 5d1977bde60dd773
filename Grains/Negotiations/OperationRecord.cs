using Expo.Grains.Models;

namespace Expo.Grains.Negotiations;

/// <summary>
/// An applied command: its operation id, a fingerprint of who sent what (so a reused id with another command is
/// refused rather than answered with someone else's receipt), and the receipt a retry gets back.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.OperationRecord")]
public sealed record OperationRecord(
    [property: Id(0)] string OperationId,
    [property: Id(1)] string Fingerprint,
    [property: Id(2)] NegotiationReceipt Receipt);
