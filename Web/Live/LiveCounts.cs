namespace Expo.Web.Live;

/// <summary>The <c>counts</c> event: distinct visitors in each booth now (booths with nobody may be left out).</summary>
public sealed record LiveCounts(IReadOnlyDictionary<string, int> Booths);
