using Expo.Grains.Models;

namespace Expo.Grains.Interests;

/// <summary>What a booth offers now, as its catalogue and presence show it, for matching a visitor's goals.</summary>
public sealed record BoothSignals(int Items, int PricedItems, int Brochures, IReadOnlyList<VisitorRef> StaffPresent);
