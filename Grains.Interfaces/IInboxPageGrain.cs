namespace Expo.Grains;

/// <summary>One sealed page of a user's settled negotiations, keyed "{userId}/{pageIndex}", so the inbox's state stays small.</summary>
[Alias("expo.IInboxPageGrain")]
public interface IInboxPageGrain : IGrainWithStringKey
{
    [Alias("store")]
    Task StoreAsync(IReadOnlyList<string> negotiationIds);

    [Alias("read")]
    Task<IReadOnlyList<string>> ReadAsync();
}
