using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>One visitor: who they are and which language they read.</summary>
[Alias("expo.IVisitorGrain")]
public interface IVisitorGrain : IGrainWithStringKey
{
    [Alias("register")]
    Task<VisitorProfile> RegisterGuestAsync(string displayName, string language);

    [Alias("get")]
    Task<VisitorProfile?> GetAsync();
}
