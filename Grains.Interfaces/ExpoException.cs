namespace Expo.Grains;

/// <summary>A refusal the caller can act on: a stable <see cref="Code"/> from <see cref="ExpoErrors"/> and a sentence for people.</summary>
[GenerateSerializer, Alias("expo.ExpoException")]
public sealed class ExpoException : Exception
{
    public ExpoException(string code, string message) : base(message) => Code = code;

    [Id(0)]
    public string Code { get; init; }

    /// <summary>For <c>rate_limited</c>: when the caller may try again (HTTP <c>Retry-After</c>).</summary>
    [Id(1)]
    public TimeSpan? RetryAfter { get; init; }

    public static ExpoException Invalid(string message) => new(ExpoErrors.InvalidInput, message);

    public static ExpoException Forbidden(string message) => new(ExpoErrors.Forbidden, message);

    public static ExpoException Conflict(string message) => new(ExpoErrors.Conflict, message);

    public static ExpoException NotFound(string message) => new(ExpoErrors.NotFound, message);

    public static ExpoException Rebase(string message) => new(ExpoErrors.RebaseRequired, message);

    public static ExpoException BoothNotFound(string boothId) =>
        new(ExpoErrors.BoothNotFound, $"There is no booth '{boothId}'.");
}
