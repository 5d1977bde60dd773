namespace Expo.Web.Limits;

/// <summary>The two buckets one kind of request takes from: the signed-in user's and the client address's.</summary>
public sealed class RequestLimit
{
    public TokenLimit PerUser { get; set; } = new();

    public TokenLimit PerAddress { get; set; } = new();

    public string? Validate(string name) => PerUser.Validate($"{name}:PerUser") ?? PerAddress.Validate($"{name}:PerAddress");
}
